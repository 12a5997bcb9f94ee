"""The speaker named after a quotation: '"Iran cũng cần phải chấm dứt ...", ông Trump nói'; and the one a sentence
opens on "Theo" with: "Theo ông Tập, 2 nước cần ...".

The press quotes first and names the speaker after the closing mark. An act inside the
quote that names no subject of its own is the speaker's, and a need the quote puts on
another state is the speaker's request to it. Only a quote that opens before the act and
closes after it counts, with the speaker right after the closing mark (a comma between
allowed; or the speaker's office in apposition, closed by its comma) and a reporting verb
([speech]) right after the speaker. Inside the quote a first person ("chúng tôi") is the
speaker too, whatever state the quote named before it.
"""

from __future__ import annotations

import re
from functools import lru_cache

from hoptac.records.cues import alternation, lexicon
from hoptac.records.roles import Slot, View

_OPEN, _CLOSE = "“\"", "”\""
_SPEAKER_REACH = 60  # characters from the closing mark to the reporting verb
_APPOSED_REACH = 110  # ... with the speaker's office in apposition between
_APPOSITION_WORDS = 10
_FIRST_PERSON_WORDS = 2  # words between a first person and the act ("chúng tôi cũng kêu gọi")


def quote_speaker(view: View, pos: int) -> list[Slot]:
    """The actors who say the quotation that holds `pos`, named after it; [] when there are none."""
    low = view.low
    # A quote that opened in an earlier sentence ('"... đổ vào Mỹ. Tôi muốn cảm ơn ...", ông Trump nói') has its
    # opening mark before this one: then the sentence holds only the closing mark.
    opened = max(low.rfind(q, 0, pos) for q in _OPEN)
    if opened < 0 and sum(low.count(q) for q in set(_OPEN + _CLOSE)) != 1:
        return []
    if opened >= 0 and any(low.find(q, opened + 1, pos) >= 0 for q in _CLOSE):
        return []  # the quote closed before the act
    closed = min((i for i in (low.find(q, pos) for q in _CLOSE) if i >= 0), default=-1)
    if closed < 0:
        return []
    after = closed + 1
    verb = next((s for s, _e in view.speech if after < s <= after + _APPOSED_REACH), None)
    if verb is None:
        return []
    speakers = [sl for sl in view.slots if after <= sl.start and sl.end <= verb]
    # Between the mark and the speaker at most a title or an honorific ("ông", "Ngoại trưởng"), and between
    # the speaker and the verb at most two words ("đã", "cũng", "còn"): no clause of its own.
    if not speakers:
        return []
    lead, tail = low[after:speakers[0].start].strip(" ,"), low[speakers[-1].end:verb].strip()
    # (the speaker's office in apposition, closed by its comma: '”, Lục Khảng, phát ngôn viên Bộ Ngoại giao Trung
    # Quốc, nói': the speaker is the one before it, with those of the apposition of his own state; a state the
    # apposition names otherwise, '”, Tổng thống Trump, người đang thăm Ba Lan, nói', speaks no word of it)
    first = low[speakers[0].end:verb]
    if first.lstrip().startswith(",") and first.rstrip().endswith(",") and len(first.split()) <= _APPOSITION_WORDS \
            and not any(p in first.strip(" ,") for p in ",.;:"):
        tail = ""
        speakers = [sl for sl in speakers if sl.code == speakers[0].code]
    elif verb > after + _SPEAKER_REACH:
        return []
    if len(lead.split()) > 3 or len(tail.split()) > 2 or any(p in lead + tail for p in ",.;:"):
        return []
    return speakers


def first_person_speaker(view: View, pos: int) -> list[Slot]:
    """The speaker named after the quote that holds `pos`, where the act at `pos` is said in the first person ([roles]
    first_person) right before it, at most _FIRST_PERSON_WORDS words and no actor between ("“..., chúng tôi hy vọng các
    bên ...” – thông cáo Bộ Ngoại giao Trung Quốc cho biết"; not "“Chúng tôi thấy Mỹ ủng hộ Israel ...”", where the
    United States backs); [] otherwise."""
    cs, _ce = view.clause(pos)
    cs = max([cs] + [view.low.rfind(m, cs, pos) + 1 for m in ",;“\""])
    rest = view.low[cs:pos].split()
    words = lexicon().raw.get("roles", {}).get("first_person", [])
    # (a speaker named before the quote says it: 'Thủ tướng Abe nói: “Chúng tôi kêu gọi ...”, trong khi Tổng thống Trump')
    opened = max(view.low.rfind(q, 0, pos) for q in _OPEN)
    if any(sl.start < opened for sl in view.slots) or any(cs <= sl.start < pos for sl in view.slots) or not any(
            rest[:len(w.split())] == w.split() and len(rest) - len(w.split()) <= _FIRST_PERSON_WORDS for w in words):
        return []
    return quote_speaker(view, pos)


def according_to(view: View, pos: int) -> list[Slot]:
    """Who a sentence opens on "Theo" with, up to its comma, for an act at `pos` in the clause right after it: a person
    right after it and an honorific ("Theo ông Tập, 2 nước cần ...", "Theo Thủ tướng Abe, ..."; not a former one,
    "Theo cựu (nguyên) Ngoại trưởng Mỹ Henry Kissinger, ..."), or whoever issued a statement named after it ([roles]
    according_statements, after an optional "một": "Theo một thông cáo của Nhà Trắng, ..."). Not a body named alone
    ("Theo Bộ Ngoại giao Mỹ, ..." is a source of news as often as a speaker), nor for an act after another comma
    ("..., còn theo Thủ tướng Abe, Mỹ cần ...", "..., trong khi giới chuyên gia cho rằng Nhật Bản cần ...")."""
    m = _according().match(view.low)
    comma = view.low.find(",", m.end()) if m is not None else -1
    if m is None or comma < 0 or not comma < pos or "," in view.low[comma + 1:pos]:
        return []  # (the clause right after it: "..., trong khi giới chuyên gia cho rằng Nhật Bản cần ..." is not his)
    named = [sl for sl in view.slots if m.end() <= sl.start and sl.end <= comma]
    if not named or view.low[named[-1].end:comma].strip():
        return []
    lead = view.low[m.end():named[0].start].strip()
    lead = lead[len("một "):] if lead.startswith("một ") else lead
    if lead in lexicon().raw.get("roles", {}).get("according_statements", []):
        return named
    former = any(view.low[sl.start:sl.end].startswith(("cựu ", "nguyên ")) for sl in named)
    return named if not lead and not former and all(_person(sl) for sl in named) else []


@lru_cache(maxsize=1)
def _according() -> re.Pattern[str]:
    honour = alternation(lexicon().raw.get("roles", {}).get("list_honorifics", []))
    return re.compile(rf"\s*theo\s+(?:(?:{honour})\s+)?")


@lru_cache(maxsize=1)
def _person_roles() -> frozenset[str]:
    """The roles of titles.tsv's person titles (a minister, a president), not a body's (a ministry, a government)."""
    from hoptac.mentions.actor_lexicon import load

    return frozenset(e.role for entries in load().entries.values() for e in entries
                     if e.role and e.title_kind == "person")


def _person(sl: Slot) -> bool:
    """A person: named ("ông Tập") or by a person's title ("Ngoại trưởng Mỹ"), not a body ("Bộ Ngoại giao Mỹ")."""
    return sl.actor is not None and (sl.actor.name is not None or sl.actor.role in _person_roles())
