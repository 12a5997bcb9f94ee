"""Datelines: the page's own publication date ("06:41 | 03/04/2020 GMT+7").

A dateline is a line that is (almost) nothing but a date, a time, a zone, a
weekday and a cue such as "Cập nhật:". A date inside a sentence ("Ngày
24/4/2024, tại ...") is an event of some article, never the page's dateline,
so only whole dateline lines count.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from datetime import date

from hoptac.body.cues import Cues
from hoptac.body.lines import Line

_DMY = re.compile(r"(?<![\d/.\-])(\d{1,2})\s*[/\-.]\s*(\d{1,2})\s*[/\-.]\s*(\d{4})(?![\d/])")
_YMD = re.compile(r"(?<![\d/.\-])(\d{4})-(\d{1,2})-(\d{1,2})(?![\d])")
_WORDY = re.compile(r"(?<!\w)ngày\s+(\d{1,2})\s+tháng\s+(\d{1,2})\s*(?:năm|,)\s*(\d{4})(?!\d)", re.I)
_TIME = re.compile(r"(?<![\d:])(\d{1,2})\s*(?::|h|giờ)\s*(\d{2})(?::(\d{2}))?(?![\d:])(\s*(?:am|pm|sa|ch)\b)?", re.I)
_TZ = re.compile(r"\(?\s*(?:GMT|UTC|ICT)\s*(?:([+-])\s*(\d{1,2})(?::?(\d{2}))?)?\s*\)?", re.I)
_JUNK = re.compile(r"[\s|,\-–—:()\[\]/•·]+")


@dataclass
class Dateline:
    """A parsed dateline: the ISO value and what else the line said (a byline, a section)."""

    value: str
    other: str
    line: int


def _find_date(s: str) -> tuple[date, tuple[int, int]] | None:
    for rx, order in ((_DMY, "dmy"), (_YMD, "ymd"), (_WORDY, "dmy")):
        m = rx.search(s)
        if not m:
            continue
        a, b, c = (int(g) for g in m.groups()[:3])
        d_, mo, y = (a, b, c) if order == "dmy" else (c, b, a)
        try:
            return date(y, mo, d_), m.span()
        except ValueError:
            continue
    return None


def _strip_words(s: str, words: list[str]) -> str:
    low = s.lower()
    for w in words:
        pat = re.compile(r"(?<!\w)" + re.escape(w) + r"(?!\w)")
        while m := pat.search(low):
            s = s[: m.start()] + " " * (m.end() - m.start()) + s[m.end():]
            low = s.lower()
    return s


def parse_dateline(line: Line, cues: Cues) -> Dateline | None:
    """The ISO date(-time) of a dateline line, or None when the line is not one."""
    if not line.text or line.words > cues.date_max_other + 10 or cues.teaser_stamp(line):
        return None
    s = line.norm.text
    found = _find_date(s)
    if not found:
        return None
    day, (ds, de) = found
    rest = s[:ds] + " " * (de - ds) + s[de:]
    value = day.isoformat()
    tm = _TIME.search(rest)
    if tm:
        h, mi, sec = int(tm.group(1)), int(tm.group(2)), int(tm.group(3) or 0)
        ampm = (tm.group(4) or "").strip().lower()
        if ampm in ("pm", "ch") and h < 12:
            h += 12
        elif ampm in ("am", "sa") and h == 12:
            h = 0
        if h < 24 and mi < 60 and sec < 60:
            rest = rest[: tm.start()] + " " * (tm.end() - tm.start()) + rest[tm.end():]
            tz = cues.assume_tz
            z = _TZ.search(rest)
            if z:
                if z.group(1):
                    tz = f"{z.group(1)}{int(z.group(2)):02d}:{int(z.group(3) or 0):02d}"
                else:
                    tz = "+00:00"
                rest = rest[: z.start()] + " " * (z.end() - z.start()) + rest[z.end():]
            value = f"{value}T{h:02d}:{mi:02d}:{sec:02d}{tz}"
    rest = _strip_words(rest, cues.weekdays + cues.date_cues)
    other = " ".join(w for w in _JUNK.split(rest) if w)
    # A date alone with other words is more likely a headline ("Dự báo thời tiết
    # ngày 23/11/2024") than a dateline; with a time, a byline or section may ride along.
    if len(other.split()) > (cues.date_max_other if tm else 0):
        return None
    return Dateline(value, line.original(*_span_of(line, other)) if other else "", line.no)


def _span_of(line: Line, other: str) -> tuple[int, int]:
    """Where the leftover words sit in the normalised line (for the original spelling)."""
    i = line.norm.text.find(other)
    if i < 0:
        return 0, 0
    return i, i + len(other)
