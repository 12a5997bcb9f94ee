"""The cue words of `lexicon/data/boilerplate.toml`, compiled once.

Code here only decides how a cue is matched (whole line, prefix, pattern);
which words are cues is data an analyst extends without touching code.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from functools import lru_cache
from typing import Any

from hoptac.lexicon import read_toml
from hoptac.text.normalise import fold

from hoptac.body.lines import Line

_TRAIL = re.compile(r"\s*(\(\d+\)|\d+)?\s*[:：.…>»]*\s*$")


def _key(text: str) -> str:
    """A cue or a line as compared: folded, whitespace collapsed, no trailing ':' or count."""
    return _strip_trail(" ".join(fold(text).split()))


def _strip_trail(k: str) -> str:
    stripped = _TRAIL.sub("", k)
    return stripped or k


def _patterns(items: list[str]) -> list[re.Pattern[str]]:
    return [re.compile(p, re.IGNORECASE) for p in items]


@dataclass
class Cues:
    """Compiled cues: whole-line sets, prefixes and regular expressions."""

    raw: dict[str, Any]

    def __post_init__(self) -> None:
        r = self.raw
        self.end_lines = {_key(x) for x in r["end"]["lines"]}
        self.widget_lines = {_key(x) for x in r["widget"]["lines"]}
        self.widget_prefixes = tuple(fold(x) for x in r["widget"]["prefixes"])
        self.widget_patterns = _patterns(r["widget"]["patterns"])
        self.menu_starts = tuple(fold(x) for x in r["menu"]["starts"])
        self.menu_separators = tuple(r["menu"]["separators"])
        self.caption_patterns = [re.compile(p) for p in r["caption"]["patterns"]]
        self.caption_starts = tuple(fold(x) + " " for x in r["caption"]["starts"])
        self.caption_max_words = int(r["caption"]["max_words"])
        self.caption_run_in = re.compile(r["caption"].get("run_in", r"(?!x)x"))
        self.caption_run_in_words = int(r["caption"].get("run_in_min_words", 12))
        self.caption_in_paragraph_words = int(r["caption"].get("in_paragraph_words", 80))
        self.headless_prose_lines = int(r["body"].get("headless_prose_lines", 2))
        self.teaser_stamps = _patterns(r["teaser"]["patterns"])
        self.truncated = re.compile(r["teaser"]["truncated"])
        self.teaser_block_lines = int(r["teaser"].get("block_lines", 0))
        d = r["dateline"]
        self.weekdays = sorted((fold(x) for x in d["weekdays"]), key=len, reverse=True)
        self.date_cues = sorted((fold(x) for x in d["cues"]), key=len, reverse=True)
        self.date_max_other = int(d["max_other_words"])
        self.assume_tz = str(d.get("assume_tz", ""))
        o = r["outlet"]
        self.outlet_lead = _patterns(o["lead"])
        self.outlet_page = _patterns(o["page"])
        self.not_outlets = {fold(x) for x in o["not_outlets"]}
        b = r["byline"]
        self.byline_max = int(b["max_words"])
        self.byline_suffix = re.compile("(?:" + "|".join(b["suffixes"]) + r")\s*$", re.IGNORECASE)
        body = r["body"]
        self.lead_min_words = int(body["lead_min_words"])
        self.long_words = int(body["long_words"])
        self.min_words = int(body["min_words"])
        self.sentence_end = re.compile(body["sentence_end"])
        self.learn = dict(r["learn"])

    # -- whole-line decisions -------------------------------------------------

    def ends_body(self, line: Line) -> bool:
        """A section header after which the page no longer is the article."""
        return line.words <= 8 and _strip_trail(line.key) in self.end_lines

    def widget(self, line: Line) -> str | None:
        """Why a line is a widget/button/footer line, or None."""
        if line.words <= 8 and (line.key in self.widget_lines or _strip_trail(line.key) in self.widget_lines):
            return f"widget: {line.text!r}"
        for p in self.widget_prefixes:
            if line.key.startswith(p):
                return f"widget: starts with {line.text[:len(p)]!r}"
        for pat in self.widget_patterns:
            if m := pat.search(line.norm.text):
                return f"widget pattern matching {m.group(0)[:40]!r}"
        return None

    def menu(self, line: Line) -> bool:
        """A breadcrumb or navigation line (never a title)."""
        if line.key.startswith(self.menu_starts):
            return True
        return sum(line.text.count(s) for s in self.menu_separators) >= 1

    def run_in_caption(self, text: str, line: Line) -> int | None:
        """Where the body starts in a line that opens with a caption run into it, or None."""
        raw = text[line.start:line.end]
        for m in self.caption_run_in.finditer(raw):
            if len(raw[:m.start()].split()) > self.caption_in_paragraph_words // 2:
                break  # a credit deep inside the line: no caption opens it
            rest = raw[m.end():]
            if rest[:1].isupper() and len(rest.split()) >= self.caption_run_in_words and self.sentence_end.search(rest.rstrip()):
                return line.start + m.end()
        return None

    def caption(self, line: Line) -> str | None:
        """Why a line is a photo caption, or None."""
        for pat in self.caption_patterns:
            # A credit inside a long line of several sentences is a caption inside a paragraph
            # (dumps that join a page's text into one line): the paragraph is kept.
            if line.words > self.caption_in_paragraph_words:
                break
            if m := pat.search(line.norm.text):
                return f"caption: photo credit {m.group(0).strip(' (-.')!r}"
        if line.words <= self.caption_max_words and not self.sentence_end.search(line.text):
            for s in self.caption_starts:
                if line.key.startswith(s):
                    return f"caption: short line starting {line.text[:len(s) - 1]!r}"
        return None

    def teaser_stamp(self, line: Line) -> bool:
        """A teaser's time stamp ("16 Oct, 11:25 PM"): never the page's dateline."""
        return any(p.search(line.norm.text) for p in self.teaser_stamps)

    def is_truncated(self, line: Line) -> bool:
        """A summary cut short with a spaced ellipsis: a teaser, not the article."""
        return bool(self.truncated.search(line.text))

    def sentence(self, line: Line) -> bool:
        return bool(self.sentence_end.search(line.text))

    def prose(self, line: Line, min_words: int) -> bool:
        """A line written as running text: ends a sentence, or is too long for a heading."""
        if line.words >= self.long_words:
            return True
        return line.words >= min_words and self.sentence(line)


@lru_cache(maxsize=1)
def load_cues() -> Cues:
    """The shipped cues plus any extension file in $HOPTAC_LEXICON."""
    return Cues(read_toml("boilerplate.toml"))
