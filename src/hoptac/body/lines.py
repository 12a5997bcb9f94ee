"""The lines of a page dump, each with its offsets in the original text.

A text dump of a web page keeps one block element (a paragraph, a heading, a
menu item, a caption) per line, so the line is the unit the body finder
classifies. Each line carries its collapsed text (the annotation guide's form
of a paragraph), a folded key for matching cues, and its normalised form with a
map back, so that a match can return the words as the outlet wrote them.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field
from functools import cached_property, lru_cache

from hoptac.model import Document
from hoptac.text.normalise import NormText, normalise, strip_accents

_BREAK = re.compile(r"\r\n|[\n\r\u2028\u2029\x0b\x0c\x85]")
_WORDS = re.compile(r"\w+", re.UNICODE)


@dataclass
class Line:
    """One line of the dump: `start`/`end` bound its non-blank content in `Document.text`."""

    no: int
    start: int
    end: int
    text: str  # whitespace collapsed
    kind: str = ""  # what the finder decided: body, title, caption, widget, ...
    reason: str = ""
    tags: set[str] = field(default_factory=set)
    note: str = ""  # what was cut off a line kept in the body (a caption run into it)

    @cached_property
    def norm(self) -> NormText:
        return _normalise_line(self.text)

    @cached_property
    def key(self) -> str:
        """Folded form for cue matching: normalised, lower case."""
        return self.norm.text.lower()

    @cached_property
    def words(self) -> int:
        return len(self.text.split())

    @cached_property
    def ascii_words(self) -> list[str]:
        """The words without diacritics, lower case: what a URL slug is made of."""
        return _WORDS.findall(strip_accents(self.text).lower())

    def original(self, nstart: int, nend: int) -> str:
        """The collapsed-text words behind a span of `norm` (as the outlet wrote them)."""
        s, e = self.norm.to_original(nstart, nend)
        return self.text[s:e]

    @property
    def blank(self) -> bool:
        return not self.text


@lru_cache(maxsize=65536)
def _normalise_line(text: str) -> NormText:
    """Normalising is the finder's main cost; menus and teasers repeat page after page."""
    return normalise(text)


def split_lines(text: str) -> list[Line]:
    """Cut a dump into lines; blank lines are kept (they separate blocks)."""
    out: list[Line] = []
    pos = 0
    for no, m in enumerate(_iter_breaks(text)):
        seg_start, seg_end = pos, m
        raw = text[seg_start:seg_end]
        lead = len(raw) - len(raw.lstrip())
        trail = len(raw.rstrip())
        collapsed = " ".join(raw.split())
        if collapsed:
            out.append(Line(no, seg_start + lead, seg_start + trail, collapsed))
        else:
            out.append(Line(no, seg_start, seg_start, ""))
        pos = _next_pos(text, seg_end)
    return out


def page_lines(doc: Document) -> list[Line]:
    """`split_lines(doc.text)`, cut once per document and kept in `doc.scratch` for the body
    finder: its batch's boilerplate count (`Boilerplate.learn`) and its completion of a reader's
    paragraphs (`BodyFinder._complete`) both read every line of a page and change none, and the
    second cut was nearly a third of the body stage. (`find_layout`, which marks its lines, cuts its own.)"""
    memo = doc.scratch.get(_PAGE_LINES)
    if memo is None or memo[0] is not doc.text:
        memo = doc.scratch[_PAGE_LINES] = (doc.text, split_lines(doc.text))
    return memo[1]


def forget_page_lines(doc: Document) -> None:
    """Drop what `page_lines` kept once the body finder is done with the page."""
    doc.scratch.pop(_PAGE_LINES, None)


_PAGE_LINES = "page_lines"


def _iter_breaks(text: str):
    """End offsets of each line (the last line ends at len(text))."""
    for m in _BREAK.finditer(text):
        yield m.start()
    yield len(text)


def _next_pos(text: str, end: int) -> int:
    m = _BREAK.match(text, end)
    return m.end() if m else len(text)


def slug_words(text: str) -> list[str]:
    """A headline as a URL slug would spell it: no diacritics, lower case, words only."""
    return _WORDS.findall(strip_accents(text).lower())
