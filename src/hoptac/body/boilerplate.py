"""Boilerplate learnt across a batch: lines that repeat on several pages of one site.

Menus, footers, "most read" lists and rating widgets differ from site to site
and change over time, so no cue list can hold them all; but within one site
they repeat page after page, while an article's sentences do not. `learn` counts,
per site, on how many distinct pages each line occurs; a line on enough pages
is boilerplate there. Copies of one article (fetched twice, syndicated) are
counted once, or each copy would erase the other's body: two pages are copies
when they share most of their longest lines (an article's longest paragraphs
are its own, while menus and teaser lists are short and shared).
"""

from __future__ import annotations

import math
import os
import re
import unicodedata
from collections import Counter
from collections.abc import Iterable
from urllib.parse import urlsplit

from hoptac.body.cues import Cues
from hoptac.body.lines import page_lines, split_lines
from hoptac.body.meta import outlet_in_lead, outlet_on_page
from hoptac.model import Document
from hoptac.text.normalise import fold

_MAYBE_OUTLET = re.compile(r"^\S+\s+[-–—]\s|\)\s*[-–—:]\s|^theo\s", re.IGNORECASE)
_SIGNATURE = 5  # how many of a page's longest lines identify its article


def line_key(text: str) -> str:
    """How a line is recognised on another page: NFC, lower case, whitespace collapsed.

    A site prints its furniture byte for byte alike, so the cheap key suffices
    (full normalisation of every line of a batch would double the cost)."""
    return " ".join(unicodedata.normalize("NFC", text).lower().split())


def site_of(doc: Document, cues: Cues) -> str:
    """The group a page belongs to: URL host, else outlet (given or named in the
    text), else the directory it was read from."""
    if doc.url:
        host = urlsplit(doc.url).hostname or ""
        if host:
            return "host:" + host.removeprefix("www.")
    if doc.outlet:
        return "outlet:" + fold(doc.outlet)
    named = _named_outlet(doc, cues)
    if named:
        return "outlet:" + fold(named)
    if doc.source and doc.source not in ("-", "<stdin>"):
        return "dir:" + os.path.dirname(os.path.abspath(doc.source))
    return "batch"


def _named_outlet(doc: Document, cues: Cues) -> str | None:
    """The outlet the page names most often (lead prefixes of its teasers agree)."""
    votes: Counter[str] = Counter()
    for ln in split_lines(doc.text):
        if not ln.text or not _MAYBE_OUTLET.search(ln.text[:60]):
            continue
        found = outlet_on_page(ln, cues) or (outlet_in_lead(ln, cues) if ln.words >= 8 else None)
        if found:
            votes[found[0]] += 1
    return votes.most_common(1)[0][0] if votes else None


class Boilerplate:
    """Per site, the lines that occur on enough pages of the last batch."""

    def __init__(self, cues: Cues):
        self.cues = cues
        self.lines: dict[str, dict[str, int]] = {}  # site -> line key -> pages

    def learn(self, docs: Iterable[Document]) -> None:
        """Count lines per site over the batch (replacing what an earlier batch taught)."""
        learn = self.cues.learn
        pages: dict[str, list[tuple[set[str], set[str]]]] = {}
        for doc in docs:
            lines = [ln.text for ln in page_lines(doc) if ln.text]
            keys = {line_key(t) for t in lines}
            longest = {line_key(t) for t in sorted(lines, key=len, reverse=True)[:_SIGNATURE]}
            group = pages.setdefault(site_of(doc, self.cues), [])
            if not any(_copy(longest, sig, float(learn["copy_share"])) for _, sig in group):
                group.append((keys, longest))
        self.lines = {}
        for site, entries in pages.items():
            sets = [keys for keys, _ in entries]
            need = max(int(learn["min_pages"]), math.ceil(float(learn["min_share"]) * len(sets)))
            counts: Counter[str] = Counter()
            for keys in sets:
                counts.update(keys)
            common = {k: n for k, n in counts.items() if n >= need}
            if common:
                self.lines[site] = common

    def reason(self, site: str, text: str) -> str | None:
        """Why a line is boilerplate on this site, or None."""
        n = self.lines.get(site, {}).get(line_key(text))
        return f"boilerplate: on {n} pages of {site}" if n else None


def _copy(a: set[str], b: set[str], share: float) -> bool:
    """Two pages are copies when they share most of their longest lines."""
    small = min(len(a), len(b)) or 1
    return len(a & b) / small > share
