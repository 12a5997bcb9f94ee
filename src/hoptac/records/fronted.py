"""Who acts in a phrase fronted at a sentence's start: the subject that opens the clause after its comma.

"Trả lời họp báo với người đồng cấp Saudi Arabia, Ngoại trưởng Mỹ nói ...", "Trong khuôn khổ chuyến thăm Vương
quốc Hà Lan, chiều 10/7 tại La Haye, Thủ tướng ...": the fronted phrase names no actor before its cue, and the one
after the comma (past short date or place phrases, [roles] frame_openers) acts in it too. records/rules.py asks
this only when `subjects.subject` finds nobody before the cue.
"""

from __future__ import annotations

import re
from functools import lru_cache

from hoptac.records.cues import CueHit, lexicon
from hoptac.records.lists import is_person, listed, subject_list_end
from hoptac.records.roles import Slot, View, _alternatives


_FRAME_WORDS = 8  # the longest date or place phrase skipped between a fronted phrase and its subject
_LEAD_WORDS = 8  # the most words before the cue in its fronted phrase ("Phát biểu với báo giới sau cuộc gặp")


def fronted_subject(view: View, cue_start: int, cue_end: int) -> list[Slot]:
    """'Trả lời họp báo với người đồng cấp Saudi Arabia, Ngoại trưởng Mỹ nói ...': a verb phrase fronted before a
    comma shares the subject that opens the clause after it. Only a phrase with no actor and no other cue before it
    ("Theo một bài báo trên tờ The New York Times, trong một cuộc điện đàm với Chủ tịch Tập Cận Bình ngày 2.7,
    Tổng thống Trump ...") and few words before its cue ("một nhóm gồm chín thượng nghị sĩ ... đã hối thúc ..." has
    a subject of its own), and up to two date or place phrases after it ("Trong khuôn khổ chuyến thăm Vương quốc
    Hà Lan, chiều 10/7 tại La Haye, Thủ tướng ..."); not a place glossed by its state ("... ở Yokosuka, Nhật Bản.")."""
    if any(sl.start < cue_start for sl in view.slots) or any(c.start < cue_start for c in view.cues):
        return []
    seg = view.low.rfind(",", 0, cue_start) + 1
    if len(view.low[seg:cue_start].split()) > _LEAD_WORDS:
        return []  # words enough for a subject of its own before the cue ("một nhóm gồm chín thượng nghị sĩ ... đã")
    comma = view.low.find(",", cue_end)
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
        if nxt < 0 or (first is not None and first.start < nxt) or not frame_phrase(view, start, nxt):
            return []
        comma = nxt
    return []


def fronted_window_end(view: View, cue: CueHit, subject: Slot, end: int) -> int:
    """Where the window of a cue in a fronted phrase ends, its subject (`fronted_subject`) after the comma: at the end
    of the subject's list when the phrase names the cue's own partner: "với" in the cue or right after it, past words of
    [roles] fronted_partner_between only ("cuộc gặp thượng đỉnh đầu tiên với"), then at most three syllables before the
    actor ("Sau cuộc họp với Ngoại trưởng Mỹ Rex Tillerson, Tổng thống Donald Trump đã chỉ trích Qatar ..." met no
    Qatar); else at `end`. Not a venue, an owner, a topic or a time in the phrase ("Trong cuộc điện đàm từ Nhà Trắng /
    liên quan đến Qatar / kéo dài tới 45 phút, ông Trump nói với ..." names its partner after the subject), nor a "với"
    of another noun ("giữa lúc căng thẳng với Triều Tiên", "liên quan tới quan hệ với Nga")."""
    if re.search(r"(?:^|\s)với$", view.low[cue.start:cue.end].rstrip()):
        at = cue.end  # ("cuộc họp với": the cue's own "với")
    else:
        m = _after_with().match(view.low, cue.end)
        if m is None:
            return end
        at = m.end()
    partner = next((sl for sl in view.slots if at <= sl.start and sl.end <= subject.start), None)
    if partner is None or len(view.low[at:partner.start].split()) > 3:
        return end
    last = [sl for sl in view.slots if sl.end <= subject.start][-1]
    if not is_person(last) and not is_person(subject) and listed(view, last, subject):
        return end  # a bare state goes on the partner's list ("quan hệ đồng minh với Hàn, Nhật dưới thời ...")
    return min(end, subject_list_end(view, subject))


@lru_cache(maxsize=1)
def _after_with() -> re.Pattern[str]:
    """After a cue: words of [roles] fronted_partner_between, then its "với" (compiled once)."""
    words = lexicon().raw.get("roles", {}).get("fronted_partner_between", [])
    return re.compile(r"\s+(?:(?:" + (_alternatives(words) or "(?!x)x") + r")\s+){0,3}với(?=\s)")


def frame_phrase(view: View, start: int, end: int) -> bool:
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
