"""Who acts in a phrase fronted at a sentence's start: the subject that opens the clause after its comma.

"Trả lời họp báo với người đồng cấp Saudi Arabia, Ngoại trưởng Mỹ nói ...", "Trong khuôn khổ chuyến thăm Vương
quốc Hà Lan, chiều 10/7 tại La Haye, Thủ tướng ...": the fronted phrase names no actor before its cue, and the one
after the comma (past short date or place phrases, [roles] frame_openers) acts in it too. records/rules.py asks
this only when `roles.subject` finds nobody before the cue.
"""

from __future__ import annotations

import re
from functools import lru_cache

from hoptac.records.cues import lexicon
from hoptac.records.roles import Slot, View, _alternatives


_FRAME_WORDS = 8  # the longest date or place phrase skipped before or after a fronted phrase
_LEAD_WORDS = 8  # the most words before the cue in its fronted phrase ("Phát biểu với báo giới sau cuộc gặp")


def fronted_subject(view: View, cue_start: int, cue_end: int) -> list[Slot]:
    """'Trả lời họp báo với người đồng cấp Saudi Arabia, Ngoại trưởng Mỹ nói ...': a verb phrase fronted before a
    comma shares the subject that opens the clause after it. Only a phrase fronted at the sentence's start: with
    nothing but date, place or discourse phrases before it ("Trước đó, vào đầu tháng 6, đang dở cuộc điện đàm với
    ..., Tổng thống Trump ...") and up to two such phrases after it ("Trong khuôn khổ chuyến thăm Vương quốc Hà Lan,
    chiều 10/7 tại La Haye, Thủ tướng ..."); not a noun its owner follows ("sự ủng hộ, giúp đỡ ... của nhân dân VN
    ..., Campuchia ..."), nor a place glossed by its state ("... ở Yokosuka, Nhật Bản.")."""
    if any(sl.start < cue_start for sl in view.slots):
        return []
    seg = view.low.rfind(",", 0, cue_start) + 1
    if len(view.low[seg:cue_start].split()) > _LEAD_WORDS:
        return []  # words enough for a subject of its own before the cue ("một nhóm gồm chín thượng nghị sĩ ... đã")
    starts = [0] + [m.end() for m in re.finditer(",", view.low[:seg])]
    if any(not _frame_phrase(view, s, e - 1) for s, e in zip(starts, starts[1:])):
        return []  # a clause of its own before the cue's phrase: the cue stands in the sentence's body
    comma = view.low.find(",", cue_end)
    if comma >= 0 and re.search(r"(?:^|\s)của\s", view.low[cue_end:comma]):
        return []
    for _skip in range(3):
        if comma < 0:
            return []
        rest = view.low[comma + 1:]
        start = comma + 1 + len(rest) - len(rest.lstrip())
        first = next((sl for sl in view.slots if sl.start > comma), None)
        if first is not None and first.start == start:
            listed = re.match(r"\s*(?:[,;.)]|$)", view.low[first.end:])
            return [first] if first.code is not None and not listed else []
        nxt = view.low.find(",", start)
        if nxt < 0 or (first is not None and first.start < nxt) or not _frame_phrase(view, start, nxt):
            return []
        comma = nxt
    return []


def _frame_phrase(view: View, start: int, end: int) -> bool:
    """Whether [start, end) is a short phrase of date, place or discourse: one that opens with a [roles]
    frame_openers word ("ngày", "chiều", "tại", "vào", "trước đó", "cùng ngày", ...)."""
    words = view.low[start:end].split()
    opens = _roles_frame_openers()
    return 0 < len(words) <= _FRAME_WORDS and opens.match(view.low, start) is not None


@lru_cache(maxsize=1)
def _roles_frame_openers() -> re.Pattern[str]:
    """[roles] frame_openers at the start of a phrase, as whole words (compiled once)."""
    words = lexicon().raw.get("roles", {}).get("frame_openers", [])
    return re.compile(r"\s*(?:" + (_alternatives(words) or "(?!x)x") + r")(?=[\s\d,]|$)")
