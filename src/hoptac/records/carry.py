"""What a sentence leaves for the next ones: the subject it carried, the last state, pair and list it named.

`carry` runs after each sentence's cues; `sentence_pair` before them, so that "hai nước" in a sentence stands for
the two it names before it.
"""

from __future__ import annotations

import re
from functools import lru_cache

from hoptac.records.context import Context
from hoptac.records.cues import alternation, lexicon
from hoptac.records.roles import Slot, View
from hoptac.records.lists import joins_pair
from hoptac.records.subjects import subject
from hoptac.text.normalise import fold


@lru_cache(maxsize=1)
def _venue_words() -> tuple[str, ...]:
    return tuple(" " + fold(w) for w in lexicon().raw.get("window", {}).get("venue_stops", []))


@lru_cache(maxsize=1)
def _agent_words() -> tuple[tuple[str, ...], re.Pattern[str] | None]:
    """[roles] agent_marks and agent_heads, folded and compiled once (the lexicon is fixed for a run)."""
    roles = lexicon().raw.get("roles", {})
    marks = tuple(" " + fold(w) for w in roles.get("agent_marks", []))
    heads = roles.get("agent_heads", [])
    return marks, re.compile(rf"\s*(?:{alternation(heads)})(?:\s|$)") if heads else None


def _agent(view: View, subj: list[Slot]) -> bool:
    """Whether the subject found is the agent of a passive or relative clause ("lực lượng ly khai mà Ukraine cáo
    buộc do Nga hậu thuẫn", "được các bên nỗ lực đàm phán"): right after a [roles] agent_marks word (not "tự do",
    "lý do"), and not the head of the subject ([roles] agent_heads: "phái đoàn do Ngoại trưởng Nga dẫn đầu đã hội
    đàm" is led by him, and he speaks). Later sentences then do not carry it."""
    marks, heads = _agent_words()
    lead = " " + view.low[max(0, subj[0].start - 20):subj[0].start].rstrip()
    if not lead.endswith(marks) or lead.endswith((" tự do", " lý do", " nguyên do")):
        return False
    return heads is None or heads.match(view.low, subj[-1].end) is None


def _venue(view: View, sl: Slot) -> bool:
    """An actor right after a [window] venue_stops word ("tại Philippines"): a place, no side."""
    return (" " + view.low[max(0, sl.start - 20):sl.start].rstrip()).endswith(_venue_words())


def sentence_pair(view: View, ctx: Context) -> None:
    """'Quan hệ Nhật Bản – Campuchia ... sau khi hai nước ký kết': "hai nước" are the two
    named before it in the sentence (named together, else the first two), when no event of two parties
    frames it (a pair word in a larger event stands for the last pair: "trong cuộc gặp giữa Tổng thống Moon
    và người đồng cấp Pháp, hai nhà lãnh đạo đã nhất trí", within a round of meetings)."""
    first = next((i for i, sl in enumerate(view.slots) if sl.pair), None)
    if first is None or (ctx.event is not None and len(ctx.participants) == 2):
        return
    # (not a venue, while two states remain: "Bên lề Hội nghị tại Philippines, Thủ tướng ... đã gặp"; but "một công
    # ty tại Đồng Nai ... sang Nhật Bản sau khi cơ quan thú y hai nước gặp nhau" names the province for its state)
    states = [sl for sl in view.slots[:first] if sl.is_state]
    before = [sl for sl in states if not _venue(view, sl)]
    before = before if len(before) >= 2 else states
    for a, b in zip(before, before[1:]):
        if a.code != b.code and joins_pair(view, a, b):
            ctx.last_pair = [a.code, b.code]  # type: ignore[list-item]
            return
    codes = list(dict.fromkeys(sl.code for sl in before))
    if len(codes) >= 2:
        ctx.last_pair = codes[:2]  # type: ignore[assignment]


def _apposed(view: View) -> list[Slot]:
    """The actors of an apposition set off by commas after a sentence's first actor ("Bangladesh, một láng giềng
    khác của Ấn Độ, cũng chứng kiến ..."): they describe the subject, which stays the last state named, the one
    a measure with no state before it ("Số ca ... ở đây ... sau khi chính quyền áp lệnh phong tỏa") is taken for.
    ("nước này" is resolved by the actor finder, mentions/actors.py, not here.)"""
    first = view.slots[0] if view.slots else None
    if first is None or not first.is_state or view.low[:first.start].strip() or not view.low.startswith(",", first.end):
        return []
    close = view.low.find(",", first.end + 1)
    return [sl for sl in view.slots[1:] if 0 < close and sl.end <= close]


def carry(view: View, ctx: Context) -> None:
    """Remember who spoke (the subject before the first verb), the last pair named together
    and the last state named."""
    states = [sl.code for sl in view.slots if sl.is_state]
    if states:
        apposed = {id(sl) for sl in _apposed(view)}
        ctx.last_state = [sl.code for sl in view.slots if sl.is_state and id(sl) not in apposed][-1]
        ctx.states_named.update(c for c in states if c)
    # An obligation ("... cần ...") names who is asked, not who speaks: it carries no subject.
    firsts = [s for s, _e in view.speech] + [c.start for c in view.cues if c.rule.direction != "receive"]
    if firsts:
        subj = subject(view, min(firsts))
        codes = [] if subj and _agent(view, subj) else [c for c in ctx.codes(subj) if c != "INTL"]
        if codes:
            ctx.carried = codes
    run: list[str] = []
    for a, b in zip(view.slots, view.slots[1:]):
        if a.code and b.code and a.code != b.code and joins_pair(view, a, b):
            ctx.last_pair = [a.code, b.code]
            run = [] if _venue(view, a) else (run or [a.code]) + [b.code]
            if len(set(run)) >= 3:  # "Nga, Iran và Thổ Nhĩ Kỳ": what "ba nước" later stands for
                ctx.last_list, ctx.last_list_at = list(dict.fromkeys(run)), view.sentence.index
        else:
            run = []
