"""Whether two actors of a sentence stand in one list, and where a list ends: "Mỹ, Anh và Pháp", "Tổng thống Trump và
ông Putin", "Liên minh châu Âu (EU) và Nhật Bản", a caption's "Thủ tướng Nhật Bản Shinzo Abe (trái), Tổng thống Mỹ ...".

Split from records/subjects.py, which reads these to find who acts (a subject's coordination), as records/carry.py
(pairs a later "hai nước" stands for) and records/contact_partner.py do.
"""

from __future__ import annotations

import re
from functools import lru_cache

from hoptac.records.cues import lexicon
from hoptac.records.roles import Slot, View, _alternatives, _role_words

_NEVER = "(?!x)x"  # a pattern that matches nothing, for a word list left empty


@lru_cache(maxsize=1)
def _list_joins() -> tuple[re.Pattern[str], re.Pattern[str]]:
    """[roles] pair_joins, and person_joins each followed by a list_honorifics word, as patterns over the gap
    between two actors (compiled once, not per pair)."""
    roles = lexicon().raw.get("roles", {})
    pair = re.compile(r"\s*(?:" + _alternatives(roles.get("pair_joins", [])) + r")?\s*")
    honoured = [f"{c} {h}" for c in roles.get("person_joins", []) for h in roles.get("list_honorifics", [])]
    person = re.compile(r"\s*(?:" + (_alternatives(honoured) or _NEVER) + r")\s*")
    return pair, person


def is_person(sl: Slot) -> bool:
    """A person, named or by office ("Tổng thống Mỹ", "ông Putin"), not a state named bare."""
    return sl.actor is not None and (sl.actor.name is not None or sl.actor.role is not None)


_ALIAS_BRACKET = re.compile(r"^\s*\(\s*[^()\s]+(?:\s+[^()\s]+){0,2}\s*\)")  # of at most three words


@lru_cache(maxsize=1)
def _caption_position() -> re.Pattern[str]:
    """A bracket holding only one of [roles] caption_positions (compiled once)."""
    words = lexicon().raw.get("roles", {}).get("caption_positions", [])
    return re.compile(r"\s*\(\s*(?:" + (_alternatives(words) or _NEVER) + r")\s*\)")


def _caption_goes_on(view: View, b: Slot) -> bool:
    """Whether a caption's list goes on after its second person `b`: his own place in brackets ("Tillerson (trái),
    Ngoại trưởng Nga Sergei Lavrov (phải) hội đàm ..."), or "và" or a comma right before another person ("...,
    Tổng thống Mỹ Donald Trump và Thủ tướng Ấn Độ ..."); not a comma before a time or an apposition ("..., Thủ tướng
    Nguyễn Xuân Phúc, hôm 10/7, đề nghị ...")."""
    if _caption_position().match(view.low, b.end):
        return True
    nxt = next((sl for sl in view.slots if sl.start >= b.end), None)
    return nxt is not None and is_person(nxt) and re.fullmatch(r"\s*(?:,|và)\s*", view.low[b.end:nxt.start]) is not None


def listed(view: View, a: Slot, b: Slot) -> bool:
    """Whether two actors, `a` before `b`, stand in one list: [roles] coordinators between them, or, after a
    person, a person join and an honorific ("Tổng thống Trump và ông Putin": the person's slot starts at the
    name; "Triều Tiên và ông Moon" is no list); past a short name in brackets, and past a photo's place for a person
    who opens a caption ("Thủ tướng Nhật Bản Shinzo Abe (trái), Tổng thống Mỹ ...")."""
    gap = view.low[a.end:b.start]
    # Past a photo's place for a person who opens the sentence, "(trái)", "(thứ hai từ phải)", also before a comma
    # ([roles] caption_positions: "Thủ tướng Nhật Bản Shinzo Abe (trái), Tổng thống Mỹ Donald Trump và ..."; not the
    # one met in a fronted phrase: "Tiếp Đại sứ Nhật Bản Kunio Umeda (trái), Thủ tướng ... đề nghị ...")
    placed = _caption_position().match(gap) if "(" in gap and is_person(a) and not view.low[:a.start].strip(" \"“'") \
        else None
    if placed and "," in gap[placed.end():] and not _caption_goes_on(view, b):
        placed = None  # (a caption's list goes on after its second person: "..., Tổng thống Mỹ Donald Trump và ...")
    # Past a short name in brackets ("Liên minh châu Âu (EU) và Nhật Bản"), before a comma only for a non-person that
    # opens the list ("EU (...), Nga và ..."; "..., Chủ tịch Ngân hàng ... (AIIB), Thủ tướng ..." is an apposition)
    bare, opens = _ALIAS_BRACKET.sub("", gap, count=1), not view.low[view.low.rfind(",", 0, a.start) + 1:a.start].strip()
    gap = gap[placed.end():] if placed else \
        bare if bare != gap and ((opens and not is_person(a)) or "," not in bare) else gap
    return bool(_role_words()[1].match(gap)) or (is_person(a) and _list_joins()[1].fullmatch(gap) is not None)


def listed_from(view: View, head: Slot, after: list[Slot]) -> list[Slot]:
    """`head` and the actors of `after` listed with it, up to the first that is not ("Mỹ, Anh, Pháp, Đức và
    Pakistan")."""
    group = [head]
    for nxt in after:
        if nxt.start < head.end:
            continue
        if not listed(view, group[-1], nxt):
            break
        group.append(nxt)
    return group


def subject_list_end(view: View, head: Slot) -> int:
    """Where the list of actors that `head` opens ends ("Thủ tướng Anh Theresa May và Thủ tướng Đức Angela Merkel")."""
    at = next((i for i, sl in enumerate(view.slots) if sl is head), len(view.slots))
    return listed_from(view, head, view.slots[at + 1:])[-1].end


def joins_pair(view: View, a: Slot, b: Slot) -> bool:
    """Whether two actors are named together as a pair a later "hai nước" may stand for ("Mỹ và Nga", "Mỹ - Nga",
    "ông Trump và ông Putin")."""
    gap = view.low[a.end:b.start].strip(" ,")
    return _list_joins()[0].fullmatch(gap) is not None or \
        (is_person(a) and _list_joins()[1].fullmatch(gap) is not None)
