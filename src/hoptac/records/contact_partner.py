"""The partner of a contact named in a promise's sentence: "trong cuộc điện đàm với Tổng thư ký NATO ..., ông Trump đã
nhất trí ...", "Trung Quốc cam kết ..., ông Vương nói trong cuộc gặp với Ngoại trưởng Australia ...".

A promise that names one party is no agreement of two (records/handlers.py), unless its sentence places it in a contact
of that party with another: then it is made to that other, the one named right after the contact's "với". Only a call
or a meeting ([context] promise_contact_modes), either named as the frame of what is said ("trong cuộc điện đàm", "tại
cuộc gặp": [context] promise_contact_frames right before it) and had by the promising party (the subject after the
frame, with no verb of saying before the promise: not "..., ông Trump cho biết Mexico đã đồng ý ..."), or had by that
party with the promise as its next verb ("đã hội đàm với Thủ tướng Hà Lan ... và chứng kiến ký kết ..."); not one of
others ("..., một ngày sau khi Mỹ điện đàm với Thủ tướng Israel") nor one in a relative clause ("Ông Trump, người từng
có cuộc gặp với Tổng thống Nga ..., cam kết ..."). Only one partner state, named within a few words of the contact's
cue with no comma between (further on, "với" belongs to another verb), and none joined to it by "và"; and not where the
promise names a partner of its own side ("cam kết với Quốc hội Mỹ").
"""

from __future__ import annotations

import re
from collections.abc import Callable
from functools import lru_cache

from hoptac.records.cues import CueHit, alternation, lexicon
from hoptac.records.roles import Slot, View
from hoptac.records.lists import listed
from hoptac.records.subjects import subject

_REACH_WORDS = 6  # words between the contact's cue and its "với" (a length, a date: "dài 40 phút", "ngày 28/6")


@lru_cache(maxsize=1)
def _patterns() -> tuple[re.Pattern[str], re.Pattern[str]]:
    """The gap from the contact's cue to its partner, and the frame right before the cue."""
    honour = alternation(lexicon().raw.get("roles", {}).get("list_honorifics", []))
    frames = alternation(lexicon().raw.get("context", {}).get("promise_contact_frames", []))
    return (re.compile(rf"(?:\s+[^\s,;.:]+){{0,{_REACH_WORDS}}}?\s+với\s+(?:(?:{honour})\s+)?"),
            re.compile(rf"(?:^|\s)(?:{frames})(?:\s+(?:các|những))?(?:\s+(?:cuộc|buổi))?\s*$"))


def contact_partner(view: View, promise: CueHit, cues: list[CueHit], named: list[str],
                    codes_of: Callable[[list[Slot]], list[str]]) -> tuple[list[str], CueHit] | None:
    """(the one state met or called with, the contact's cue) for a `promise` naming `named`; None when there is none.
    `codes_of` gives the codes of slots (the records context's, which resolves group words)."""
    if _own_partner(view, promise, named, codes_of):
        return None
    modes = lexicon().raw.get("context", {}).get("promise_contact_modes", [])
    gap, frame = _patterns()
    for cue in cues:
        if cue.type != "CONSULT" or cue.rule.fields.get("mode") not in modes:
            continue
        after = [sl for sl in view.slots if sl.start >= cue.end]
        if not after or not after[0].code or gap.fullmatch(view.low[cue.end:after[0].start]) is None:
            continue
        partner = [sl for sl in after if (sl.start, sl.end) == (after[0].start, after[0].end)]
        others = [sl for sl in after if sl.start >= partner[-1].end]
        codes = {sl.code for sl in partner if sl.code}
        if len(codes) != 1 or codes & set(named) or "INTL" in codes or (
                others and listed(view, partner[-1], others[0]) and "," not in view.low[partner[-1].end:others[0].start]):
            continue
        framed = frame.search(view.low[max(0, cue.start - 30):cue.start]) is not None \
            and _took_part(view, cue, partner[-1].end, promise, named, codes_of)
        if framed or _coordinated(view, cue, partner[-1].end, promise, named, codes_of):
            return sorted(codes), cue
    return None


def _took_part(view: View, contact: CueHit, partner_end: int, promise: CueHit, named: list[str],
               codes_of: Callable[[list[Slot]], list[str]]) -> bool:
    """Whether the promising party had the contact that frames it: the subject right after the frame's comma, with no
    verb of saying between it and the promise ("Trong cuộc điện đàm với Thủ tướng Anh, ông Trump đã nhất trí ..."; not
    "..., ông Trump cho biết Mexico đã đồng ý ..."), or, for a frame after the promise, the one who speaks of it ("Trung
    Quốc cam kết ..., ông Vương tiết lộ trong cuộc gặp với ...")."""
    if contact.start > promise.end:
        return set(codes_of(subject(view, contact.start))) == set(named)
    comma = view.low.find(",", partner_end, promise.start)
    first = next((sl for sl in view.slots if comma >= 0 and sl.start > comma), None)
    return first is not None and first.end <= promise.start and set(codes_of([first])) == set(named) \
        and not any(first.end <= s < promise.start for s, _e in view.speech)


def _own_partner(view: View, promise: CueHit, named: list[str], codes_of: Callable[[list[Slot]], list[str]]) -> bool:
    """Whether the promise names its own partner of its own side right after its "với" ("ông Trump cam kết với Quốc hội
    Mỹ ..."): made at home, not in the contact."""
    after = next((sl for sl in view.slots if sl.start >= promise.end), None)
    return after is not None and re.fullmatch(r"(?:\s+[^\s,;.]+){0,2}?\s+với\s+(?:\S+\s+){0,2}",
                                              " " + view.low[promise.end:after.start]) is not None \
        and set(codes_of([after])) <= set(named)


def _coordinated(view: View, contact: CueHit, partner_end: int, promise: CueHit, named: list[str],
                 codes_of: Callable[[list[Slot]], list[str]]) -> bool:
    """Whether the promise is the next verb of the one who met or called, joined by "và" with no comma ("Thủ tướng ...
    đã hội đàm với Thủ tướng Hà Lan Mark Rutte và chứng kiến ký kết các văn kiện hợp tác")."""
    between = view.low[partner_end:promise.start]
    return contact.end <= promise.start and "," not in between and re.search(r"(?:^|\s)và\s", between) is not None \
        and set(codes_of(subject(view, contact.start))) == set(named)
