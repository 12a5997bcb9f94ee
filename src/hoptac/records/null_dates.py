"""Null date markers: when "vừa qua", "trước đó", "thời gian qua" leave an act undated, and when a day written in its
clause dates it after all.

A null marker in a cue's own stretch of its clause makes the record's date null (the guide: a time the text places
before the reporting event). The exceptions are days the marker only places or qualifies: a day right after it
("Trước đó, ngày 10/4"), a day after the act's subject as a lead's day, a contact's own day, a day right before
"vừa qua". What is praised keeps its marker to itself. No marker at all where "cùng ngày" follows it ("Trước đó, sáng
cùng ngày": earlier on the day in force). Kept apart from records/context.py, which orders a record's date sources.
"""

from __future__ import annotations

import re
from functools import lru_cache

from hoptac.lexicon import read_toml
from hoptac.model import DateValue
from hoptac.records.cues import CueHit, alternation, lexicon
from hoptac.records.occasions import subject_patterns
from hoptac.records.own_dates import places_before as _places_before
from hoptac.records.roles import View
from hoptac.text.normalise import fold


@lru_cache(maxsize=1)
def null_in_object() -> frozenset[str]:
    """[dates] null_in_object: the cue groups ("TYPE.group") whose object a time after them belongs to."""
    return frozenset(lexicon().raw.get("dates", {}).get("null_in_object", []))


def _is_past_marker(d: DateValue) -> bool:
    """A null date that places the event before the report ("vừa qua"), not a vague future ("thời gian tới")."""
    rx = lexicon().words["null"]
    return "before" in d.reason or (rx is not None and rx.fullmatch(fold(d.text)) is not None)


def _subject_day(view: View, e: int, s2: int, e2: int, cue: CueHit) -> bool:
    """Whether the day at [s2, e2) stands between a null marker ending at `e` and the cue, dated right after the cue's
    subject as a lead's day is (occasions.subject_patterns: [context] subject_date_gap before the day,
    subject_date_aux after it): "Trước đó, Thủ tướng Nhật Bản hôm 30/6 đã điện đàm ...". "Trước đó, sau vụ thử ngày
    3/9 Tổng thống Mỹ đã điện đàm", "hãng tin ... ngày 12/5 cho biết ..." date another event."""
    if not e <= s2 < e2 <= cue.start:
        return False
    gap, _not_in, _not_after, aux = subject_patterns()
    subject = any(e <= sl.start and gap.fullmatch(view.low[sl.end:s2]) for sl in view.slots if sl.end <= s2)
    return subject and aux.fullmatch(view.low[e2:cue.start]) is not None


@lru_cache(maxsize=1)
def _null_marker_words() -> tuple[frozenset[str], re.Pattern[str]]:
    """cues.toml [dates] null_after_day, folded (markers that qualify a day written right before them), and
    marker_leads (what may stand between a null marker and the day it places: "Trước đó, ngày 10/4", "Trước đó vào
    ngày 26-5", "Trước đó, cũng trong ngày 29/6") with marker_clock ("Trước đó, khoảng 15h30 ngày 30/5"), compiled once."""
    dates = lexicon().raw.get("dates", {})
    clock = dates.get("marker_clock") or "(?!x)x"
    leads = re.compile(rf"[\s,]*(?:(?:cũng )?(?:{alternation(dates.get('marker_leads', []))})\s+)?(?:{clock}\s*)?")
    return frozenset(fold(w) for w in dates.get("null_after_day", [])), leads


@lru_cache(maxsize=1)
def _same_day_after() -> re.Pattern[str] | None:
    """cues.toml [dates] same_day_after_marker, after the marker_leads, marker_clock and a part of the day (all
    optional; the parts are dates.toml's [pieces] part, as the date finder reads them), compiled once: what right
    after a null marker makes it none (the act is earlier on the day in force)."""
    dates = lexicon().raw.get("dates", {})
    if not dates.get("same_day_after_marker"):
        return None
    _after, leads = _null_marker_words()
    parts = read_toml("dates.toml").get("pieces", {}).get("part", "(?!x)x")
    return re.compile(rf"{leads.pattern}(?:{parts}\s+)?(?:{alternation(dates['same_day_after_marker'])})(?!\w)")


_JOINED = re.compile(r"\s*(?:và|cũng như)\s")  # right after a marker: more of what is praised follows
_CONTACT_GAP = 50  # characters from a contact's noun to its day ("cuộc hòa đàm ... tại Astana kéo dài hai ngày 23-24/1")
# Words that make the day another's: a partner ("với"), another event ("sau vụ thử hạt nhân ngày 3/9", "trận động
# đất", "của Triều Tiên"), an end ("kéo dài đến ngày 5/9").
_NOT_CONTACT_GAP = frozenset({"với", "sau", "trước", "vụ", "trận", "đến", "tới", "khi", "của"})


def _contact_day(view: View, contact_end: int, day_start: int) -> bool:
    """Whether the day at `day_start` is the contact's that ends at `contact_end`: right after it, or after its place
    and length with no comma, partner ("với ...", as a test of stop 33 keeps: "Trước đó, khoảng 15h30, ... đã hội đàm
    với Tổng thống Mỹ Donald Trump ngày 30/5" stays undated) or other cue between ("trong cuộc hòa đàm về tình hình
    Syria cũng tại Astana kéo dài hai ngày 23-24/1")."""
    if not 0 <= day_start - contact_end <= _CONTACT_GAP:
        return False
    gap = view.low[contact_end:day_start]
    return len(gap) <= 1 or ("," not in gap and not set(gap.split()) & _NOT_CONTACT_GAP
                             and not any(contact_end <= h.start < day_start for h in view.cues))


def scope_null(view: View, cue: CueHit, record_cues: list[CueHit]) -> str | None:
    """A null marker governs the cue right before it and every cue after it in the clause."""
    cs, ce = view.clause(cue.start)
    same_day = _same_day_after()
    for s, e, d in view.dates:
        if d.value is not None or not (cs <= s < ce) or not _is_past_marker(d):
            continue
        if same_day is not None and same_day.match(view.low, e):
            continue  # "Trước đó, sáng cùng ngày, ...": earlier on the day in force, no marker
        # "Trước đó, ngày 10/4, ...": the marker only places the day written right after it; "Trước đó, trong cuộc
        # hội đàm ngày 3/2, ...": the day right after a contact named after the marker is that contact's, and so of
        # what it frames; "(11-15/5/2017) vừa qua": a marker after a day qualifies it ([dates] null_after_day; not
        # "..., trước đó Mỹ ...", which is before that day). Not a day of something else in between ("sau vụ thử
        # hạt nhân ngày 3/9", "công bố ngày 7/5"), nor one after the act ("kéo dài đến ngày 5/5").
        if not _places_before(view, s, e, d, cue, cs, ce):
            continue
        contacts = [h.end for h in view.cues if h.type == "CONSULT" and e <= h.start <= cue.start]
        after_days, leads = _null_marker_words()
        after_day = fold(d.text) in after_days
        if any(d2.value is not None and len(d2.value) == 10
               and ((s2 >= e and leads.fullmatch(view.low[e:s2]) is not None)
                    or _subject_day(view, e, s2, e2, cue)
                    or any(_contact_day(view, he, s2) for he in contacts) or (after_day and s2 < s and s - e2 <= 3))
               for s2, e2, d2 in view.dates):
            continue
        before = [c for c in record_cues if cs <= c.start < s]
        anchor = before[-1] if before else None
        # Inside what a praise covers ([dates] null_in_object, no comma between), the marker is the time of the
        # praised thing. Right after the praise ("Đánh giá cao hiệu quả hợp tác ... thời gian qua, hai bên thống
        # nhất ..."), that thing is no act of its own: the marker dates neither the praise nor what follows. Where it
        # is an act ("cảm ơn Thủ tướng ... gửi điện thăm hỏi từ rất sớm và ... cũng có hình thức hỗ trợ", dev seed
        # 004), it dates that act and those joined to it by "và" right after the marker; not the praise (before the
        # anchor), nor an act of a new clause ("cảm ơn Nhật Bản đã hỗ trợ ... thời gian qua, hai bên nhất trí ...").
        praised = [c for c in before if f"{c.type}.{c.rule.group}" in null_in_object() and "," not in view.low[c.end:s]]
        if praised and anchor is praised[-1]:
            continue
        if praised:
            if anchor.start <= cue.start < s or (cue.start > s and _JOINED.match(view.low, e)):  # type: ignore[union-attr]
                return f"null marker '{d.text}' in what is praised"
            continue
        if (anchor is not None and anchor.start == cue.start) or cue.start > s:
            return f"null marker '{d.text}' in the clause"
    return None
