"""Sentence splitting of body paragraphs.

Later stages (actors, dates, quantities, record rules) work sentence by
sentence, and a record's evidence is one sentence, so a wrong split either
glues two events together or cuts one in half. Vietnamese news is full of
periods that do not end a sentence: abbreviations ("TP. Hồ Chí Minh",
"PGS.TS. Nguyễn Văn A"), initials, numbers ("1.000", "3.5"). The rule used
here is the classic one, which off-the-shelf splitters (built for English, or
underthesea with a model download) get wrong on these forms:

    a terminator (. ! ? … ... ./.) plus any closing quotes/brackets, then
    whitespace, then a sentence opener (a capital letter or a digit, possibly
    behind an opening quote, bracket or dash)

is a boundary, unless the "." closes an abbreviation listed in
`lexicon/data/abbreviations.tsv` (kind `keep`) or a single capital initial.
A photo credit in brackets (boilerplate.toml [caption] credit_paren) or another
article's title in square brackets ([teaser] bracketed) before a sentence
opener is a boundary too: a caption or a teaser run into the body ends there.
";" is never a boundary: clause analysis is the record rules' business.
A line break inside a paragraph is always a boundary.

Matching runs on the normalised text (NBSP, curly quotes, NFD are folded);
the offsets stored are original ones. `Sentence.text` is the original span
with its whitespace collapsed, like `Paragraph.text`.
"""

from __future__ import annotations

import re
from functools import lru_cache

from hoptac.lexicon import read_toml, read_tsv
from hoptac.model import Document, Sentence
from hoptac.text.first_chars import starting_with

# A run of terminators and what may close behind it; behind a lookahead for its first characters
# (`starting_with`: ".", "…", "!", "?"), which turns the other positions away on one test, where each
# tried the four alternatives: the same matches, the paragraphs scanned in half the time.
_TERMINATOR = starting_with(re.compile(r"(?:\./\.|\.{2,}|…+|[.!?]+)[\"'”’»)\]]*"))
_OPENERS = "\"'“‘«([-–—•*"
_AFTER_END = ".!?…\"”]"  # what a teaser in square brackets follows (or the paragraph's start, or another teaser)
_TOKEN_MAX = 64  # an abbreviation token is short; looking further back would make splitting quadratic


@lru_cache(maxsize=1)
def _abbreviations() -> tuple[frozenset[str], frozenset[str]]:
    """(keep, end_ok) abbreviation sets from the data file."""
    keep: set[str] = set()
    end_ok: set[str] = set()
    for row in read_tsv("abbreviations.tsv"):
        abbr = row.get("abbr", "")
        if not abbr:
            continue
        (end_ok if row.get("kind") == "end_ok" else keep).add(abbr)
    return frozenset(keep), frozenset(end_ok)


@lru_cache(maxsize=1)
def _run_ins() -> tuple[re.Pattern[str] | None, re.Pattern[str] | None]:
    """A photo credit in brackets and another article's title in square brackets: each ends what
    was run into a paragraph before the body's sentence (boilerplate.toml)."""
    data = read_toml("boilerplate.toml")
    credit = data.get("caption", {}).get("credit_paren")
    teaser = data.get("teaser", {}).get("bracketed")
    return (re.compile(credit) if credit else None), (re.compile(teaser) if teaser else None)


def bracketed_teaser(text: str) -> bool:
    """Whether a sentence is only another article's title in square brackets (a related-news link)."""
    teaser = _run_ins()[1]
    return teaser is not None and teaser.fullmatch(text.strip()) is not None


def _opens_sentence(text: str, i: int) -> bool:
    """Whether the text at `i` (after whitespace) looks like a sentence opener."""
    n = len(text)
    while i < n and (text[i] in _OPENERS or text[i] == " "):
        i += 1
    return i < n and (text[i].isupper() or text[i].isdigit())


def _is_abbreviation(text: str, dot: int) -> bool:
    """Whether the single "." at `dot` closes an abbreviation or an initial."""
    start = dot
    floor = max(0, dot - _TOKEN_MAX)
    while start > floor and not text[start - 1].isspace():
        start -= 1
    if start == floor and start > 0 and not text[start - 1].isspace():
        return False  # a "word" longer than any abbreviation
    token = text[start:dot + 1].lstrip("\"'“‘«([")
    keep, end_ok = _abbreviations()
    if token in end_ok:
        return False
    if token in keep:
        return True
    body = token[:-1]
    if len(body) == 1 and body.isalpha() and body.isupper():
        return True  # an initial: "Donald J. Trump", "Q. Bình Thạnh"
    # "PGS.TS." → try the pieces "PGS." and "TS."; "TP.HCM." has piece "HCM." (not kept)
    pieces = [p + "." for p in body.split(".") if p]
    return bool(pieces) and pieces[-1] in keep and len(pieces) > 1


def _boundaries(text: str) -> list[int]:
    """End offsets (exclusive) of sentences in a normalised paragraph."""
    ends: list[int] = []
    for m in _TERMINATOR.finditer(text):
        end = m.end()
        if end < len(text) and not text[end].isspace():
            continue  # "3.5", "TP.HCM", "./." glued to a word: not here
        if end >= len(text):
            continue  # the paragraph end closes the last sentence anyway
        if text[end] == "\n":
            continue  # handled as a hard break
        if not _opens_sentence(text, end):
            continue
        run = m.group(0).rstrip("\"'”’»)]")
        if run == "." and _is_abbreviation(text, m.start()):
            continue
        ends.append(end)
    for rx, bracket in zip(_run_ins(), "(["):
        if rx is None or bracket not in text:
            continue
        for m in rx.finditer(text):
            end = m.end()
            # A teaser in square brackets opens its line or follows a full stop; inside a sentence square
            # brackets are an editor's words ("điện đàm với [người đồng cấp] Ngoại trưởng Mỹ ...").
            if end >= len(text) or text[end] != " " or not _opens_sentence(text, end):
                continue
            if bracket == "[":
                j = m.start() - 1  # what stands before it, spaces skipped (one look back: linear)
                while j >= 0 and text[j] == " ":
                    j -= 1
                if j >= 0 and text[j] not in _AFTER_END:
                    continue
            ends.append(end)
    i = text.find("\n")  # the hard breaks (rare in a paragraph): found by str.find, not by a loop over characters
    while i >= 0:
        ends.append(i)
        i = text.find("\n", i + 1)
    return sorted(set(ends))


MAX_SENTENCE_CHARS = 2000  # longer "sentences" (tables, lists with no stop) are cut at a space


def _bounded(cuts: list[int], text: str, limit: int = MAX_SENTENCE_CHARS) -> list[int]:
    """Add cuts so no piece is longer than `limit`: the per-sentence stages compare
    actors and cues pairwise, so one unbounded sentence would make them quadratic."""
    out = [cuts[0]]
    for b in cuts[1:]:
        a = out[-1]
        while b - a > limit:
            space = text.rfind(" ", a + limit // 2, a + limit)
            a = space + 1 if space > a else a + limit
            out.append(a)
        out.append(b)
    return out


def _collapse(s: str) -> str:
    # A sentence with no white space but single spaces between words (most) is its own collapsed form:
    # `isprintable` is False for every white-space character but the space (read/text.py line_paragraphs).
    if s.isprintable() and "  " not in s and s[:1] != " " and s[-1:] != " ":
        return s
    return " ".join(s.split())


def split_sentences(doc: Document) -> Document:
    """Fill doc.sentences from doc.paragraphs; offsets point into doc.text."""
    doc.sentences = []
    for pi, para in enumerate(doc.paragraphs):
        ntext, ns = doc.normalised(para.start, para.end)
        natural = [0] + _boundaries(ntext) + [len(ntext)]
        cuts = _bounded(natural, ntext)
        if len(cuts) > len(natural):
            doc.warnings.append(f"paragraph {pi}: {len(cuts) - len(natural)} cut(s) in sentences longer than "
                                f"{MAX_SENTENCE_CHARS:,} characters")
        for a, b in zip(cuts, cuts[1:]):
            piece = ntext[a:b]
            lead = len(piece) - len(piece.lstrip())
            trail = len(piece.rstrip())
            if trail <= lead:
                continue
            start, end = doc.to_original(ns + a + lead, ns + a + trail)
            doc.sentences.append(
                Sentence(
                    text=_collapse(doc.text[start:end]),
                    start=start,
                    end=end,
                    paragraph=pi,
                    index=len(doc.sentences),
                )
            )
    return doc
