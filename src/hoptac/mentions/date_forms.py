"""Date expressions: their forms (lexicon/data/dates.toml) and the candidates a sentence holds.

Split from dates.py, which resolves each candidate to a day as the annotation guide says: here the
forms are compiled once, a sentence's candidates are found (gated by their anchor words) and checked
against the context words that refuse false dates ("1/4 số ca", "13/CT-TTg", "24/7").
"""

from __future__ import annotations

import re
from dataclasses import dataclass, replace
from datetime import date
from functools import lru_cache
from typing import Any

from hoptac.lexicon import read_toml
from hoptac.model import Document, Sentence
from hoptac.text.normalise import fold
from hoptac.text.anchors import (anchors, blind_safe, case_blind_anchors, case_blind_requirements, found_words,
                                 lowers_safely, requires_digit, word_finder)
from hoptac.text.first_chars import starting_with

_DIGIT = re.compile(r"\d")

_LETTER = re.compile(r"[^\W_]")


@dataclass(frozen=True)
class _Form:
    name: str
    kind: str
    bare: bool
    regex: re.Pattern[str]
    needs_digit: bool = False  # every match holds a digit: a sentence without one needs no try
    anchors: frozenset[str] | None = None  # words one of which every match holds (text.anchors)
    # Other word sets every match holds one of each of (text.anchors.requirements: "dd/mm năm yyyy" holds "/"
    # and "19" or "20" besides "năm"), those whose words the automaton finds anyway: a form tried only where
    # all are found. Most sentences with a "năm" and a digit hold no "/": the forms' scans over the 18,176
    # sentences of 600 Dân trí articles 0.20 -> 0.17 s CPU (best of 7), the same matches.
    also: tuple[frozenset[str], ...] = ()
    # What the form holds after its cue word (`_after_lead`): tried first, a form is scanned only where that
    # occurs. The cue opens the form optionally or on a choice of words ("sáng", "chiều hôm", "ngày"), so its
    # scan tries many positions; what follows opens on a digit, which `re` skips to.
    after_lead: re.Pattern[str] | None = None


@dataclass
class _Cand:
    """A match in one sentence's normalised text, before resolution."""

    start: int
    end: int
    order: int
    kind: str
    name: str
    groups: dict[str, str | None]
    extra: Any = None  # offset / reason for word phrases
    absorbed: str = ""
    year_offset: int | None = None  # "tháng 10 năm ngoái": years from publication


@dataclass(frozen=True)
class _Lex:
    forms: tuple[_Form, ...]
    words: re.Pattern[str]  # relative, relative_month, relative_year, null phrases
    table: dict[str, tuple[str, Any]]  # phrase → (kind, offset or reason)
    weekdays: dict[str, int]
    weeks: dict[str, int]
    ctx: dict[str, Any]
    year_name: re.Pattern[str]
    # Words one of which every match holds (text.anchors): `words` looked for in the lower-cased
    # sentence, `year_name` ("ASEAN 2020") in the sentence as written; None: always tried. Most
    # sentences hold none, and these two scans were a third of the date finder's regex time.
    words_anchors: frozenset[str] | None = None
    year_anchors: frozenset[str] | None = None
    # Every anchor of the forms and of `words`, looked for once per sentence (not once per form),
    # by one pass of an automaton (`anchor_finder`, None without anchors): thirty substring tests
    # per sentence took a quarter of the candidates' time; the automaton finds the same words.
    all_anchors: tuple[str, ...] = ()
    anchor_finder: Any = None
    # The phrases of `words` by one pass of an automaton (`_word_phrases`), None where that could
    # differ from `words` (a phrase not written as words one space apart, or not `blind_safe`).
    phrase_finder: Any = None


def _fill(pattern: str, pieces: dict[str, str]) -> str:
    """Substitute {piece} names (pieces may use earlier pieces)."""
    for _ in range(3):
        for k, v in pieces.items():
            pattern = pattern.replace("{" + k + "}", v)
    return pattern


@lru_cache(maxsize=1)
def _lex() -> _Lex:
    """Compile dates.toml once."""
    data = read_toml("dates.toml")
    pieces = data.get("pieces", {})
    # Each form behind a lookahead for its first characters (`starting_with`): the same matches, the
    # forms' scans in half the time (a sentence's candidates took 9% of a run on Dân trí, now 6%).
    forms_rx = [re.compile(_fill(f["pattern"], pieces), re.I) for f in data.get("form", [])]
    forms = tuple(
        _Form(f["name"], f["kind"], bool(f.get("bare")), starting_with(rx), requires_digit(rx), case_blind_anchors(rx),
              after_lead=_after_lead(f["pattern"], pieces))
        for f, rx in zip(data.get("form", []), forms_rx)
    )
    table: dict[str, tuple[str, Any]] = {}
    for kind in ("relative", "relative_month", "relative_year", "null"):
        for phrase, val in data.get(kind, {}).items():
            table[phrase.lower()] = (kind, val)
    alts = "|".join(re.escape(p).replace(r"\ ", r"\s+") for p in sorted(table, key=len, reverse=True))
    words = re.compile(rf"(?<![^\W_])(?:{alts})(?![^\W_])", re.I)
    ctx = data.get("context", {})
    year_name = re.compile(_fill(ctx.get("year_context_name", r"(?!x)x"), pieces))
    words_anchors = case_blind_anchors(words)
    every = {a for f in forms for a in f.anchors or ()} | set(words_anchors or ())
    forms = tuple(replace(f, also=tuple(s for s in case_blind_requirements(rx) if s != f.anchors and s <= every))
                  for f, rx in zip(forms, forms_rx))
    plain = all(p == " ".join(p.split()) and p.isprintable() and blind_safe(p) for p in table)
    return _Lex(forms, words, table, data.get("weekdays", {}), data.get("weeks", {}), ctx, year_name,
                words_anchors, anchors(year_name), tuple(sorted(every)), word_finder(every),
                word_finder(table) if plain else None)


# A form's opening: lookbehinds, then the cue word `{lead}`, required or optional, and nothing else.
_LEAD_OPENING = re.compile(r"(?:\(\?<!?[^()]*\))*(?:\{lead\}|\(\?:\{lead\}\)\?)")


def _after_lead(pattern: str, pieces: dict[str, str]) -> re.Pattern[str] | None:
    """The rest of a form's pattern after its opening cue word (`_LEAD_OPENING`), compiled as the form is: every
    match of the form holds a match of it where its cue ends (lookarounds read the same text, and a group the rest
    names is its own: one named in the opening leaves the rest no pattern, so no gate). None for a form that opens
    otherwise. "dd/mm/yyyy" was tried in 2,572 of the 18,176 sentences of 600 Dân trí articles for 261 matches:
    its scan tried its optional cue ("sáng", "chiều hôm", "ngày") at every letter that opens one."""
    m = _LEAD_OPENING.match(pattern)
    if m is None or m.end() == len(pattern):
        return None
    try:
        return starting_with(re.compile(_fill(pattern[m.end():], pieces), re.I))
    except re.error:
        return None


def _published(doc: Document) -> tuple[date | None, int | None, int | None]:
    """(day, year, month) of publication, as far as doc.published gives them."""
    m = re.match(r"\s*(\d{4})(?:-(\d{1,2})(?:-(\d{1,2}))?)?", doc.published or "")
    if not m:
        return None, None, None
    y, mo, d = int(m.group(1)), m.group(2), m.group(3)
    if d:
        try:
            return date(y, int(mo), int(d)), y, int(mo)
        except ValueError:
            pass
    return None, y, int(mo) if mo else None


@lru_cache(maxsize=256)
def _folded(words: tuple[str, ...]) -> tuple[str, ...]:
    """`words` folded as the text they are matched on is ("cùng kỳ" -> "cùng kì"), longest first: once per list."""
    return tuple(sorted({fold(w) for w in words}, key=len, reverse=True))


def _ends_with_word(text: str, words: list[str]) -> str | None:
    """The word of `words` that `text` (normalised) ends with (as a whole word), if any."""
    low = text.rstrip(" ,(").lower()
    for w in _folded(tuple(words)):
        if low.endswith(w) and (len(low) == len(w) or not _LETTER.match(low[-len(w) - 1])):
            return w
    return None


def _starts_with_word(text: str, words: list[str]) -> str | None:
    """The word of `words` that `text` (normalised) starts with (as a whole word), if any."""
    low = text.lstrip(" ,").lower()
    for w in _folded(tuple(words)):
        if low.startswith(w) and (len(low) == len(w) or not _LETTER.match(low[len(w)])):
            return w
    return None


def _edges_ok(text: str, s: int, e: int) -> bool:
    """Refuse matches glued to other tokens: "NQ-1/4", "1/4-BYT", "27/3%", "12/2020/NĐ"."""
    if s > 0:
        b = text[s - 1]
        if b.isalnum() or b in "/.,":
            return False
        if b == "-" and s > 1 and text[s - 2].isalnum():
            return False
    if e < len(text):
        a = text[e]
        nxt = text[e + 1] if e + 1 < len(text) else " "
        if a.isalnum() or a == "%":
            return False
        if a in "/.," and nxt.isalnum():
            return False
        if a == "-" and _LETTER.match(nxt) and not nxt.isdigit():
            return False
    return True


def _valid_dm(d: str | None, m: str | None) -> bool:
    try:
        date(2000, int(m or 0), int(d or 0))
        return True
    except ValueError:
        return False


def _accept(c: _Cand, form: _Form, text: str, lex: _Lex) -> bool:
    """Context checks that tell a date from a fraction, a score or an ordinal."""
    g = c.groups
    if text[c.start : c.end].strip() in lex.ctx.get("never", []):
        return False
    if form.kind == "date" and not _valid_dm(g.get("d"), g.get("m")):
        return False
    before, after = text[: c.start], text[c.end :]
    if form.bare:
        ctx = lex.ctx
        if _ends_with_word(before, ctx.get("fraction_before", []) + ctx.get("document_before", [])):
            return False
        if _starts_with_word(after, ctx.get("fraction_after", [])):
            return False
    if form.kind == "weekday":
        if g.get("d") or g.get("d_"):
            d, m = (g.get("d"), g.get("m")) if g.get("d") else (g.get("d_"), g.get("m_"))
            g["d"], g["m"] = d, m
            return _valid_dm(d, m)
        if g.get("sun") or g.get("wk"):
            return True
        matched = text[c.start : c.end].lower()
        if not matched.startswith("thứ"):
            return True  # a cue stood in front: "sáng thứ Hai", "vào thứ 5"
        wd = g.get("wd") or ""
        if wd.isdigit() or not wd[:1].isupper():
            return False  # "lần thứ 2", "thứ hai là": ordinals
        return not _ends_with_word(before, ["lần", "hạng", "vị trí", "lượt", "đợt", "vòng", "kỳ", "khóa", "người", "năm", "ngày", "tháng", "phần", "điều", "bước", "đứng", "xếp"])
    return True


def _candidates(text: str, lex: _Lex) -> list[_Cand]:
    """Every accepted match in a sentence, overlaps resolved (longest first)."""
    found: list[_Cand] = []
    digits = _DIGIT.search(text) is not None
    low = text.lower() if lowers_safely(text) else None
    present = None if low is None else found_words(lex.anchor_finder, low)
    for order, form in enumerate(lex.forms):
        if form.needs_digit and not digits:
            continue
        if form.anchors is not None and present is not None and form.anchors.isdisjoint(present):
            continue  # a form with a fixed word ("thứ", "tháng", "năm") where none occurs
        if form.also and present is not None and any(map(present.isdisjoint, form.also)):
            continue  # ... or without one of its other words ("dd/mm năm yyyy" where no "/" is)
        if form.after_lead is not None and form.after_lead.search(text) is None:
            continue  # ... or without what follows its cue word ("2/4" after "ngày", `_after_lead`)
        for m in form.regex.finditer(text):
            c = _Cand(m.start(), m.end(), order, form.kind, form.name, m.groupdict())
            if _edges_ok(text, c.start, c.end) and _accept(c, form, text, lex):
                found.append(c)
    words = lex.words_anchors is None or present is None or not lex.words_anchors.isdisjoint(present)
    if words and low is not None and lex.phrase_finder is not None and text.isprintable() and "  " not in text:
        for start, end, phrase in _word_phrases(text, low, lex.phrase_finder):
            kind, val = lex.table[phrase]
            found.append(_Cand(start, end, len(lex.forms), kind, phrase, {}, val))
        words = False
    for m in lex.words.finditer(text) if words else ():
        phrase = re.sub(r"\s+", " ", m.group(0).lower())
        kind, val = lex.table[phrase]
        found.append(_Cand(m.start(), m.end(), len(lex.forms), kind, phrase, {}, val))
    found.sort(key=lambda c: (c.start, -(c.end - c.start), c.order))
    chosen: list[_Cand] = []
    for c in found:
        if chosen and c.start < chosen[-1].end:
            continue
        prev = chosen[-1] if chosen else None
        if (
            c.kind == "null"
            and prev is not None
            and prev.kind in ("date", "month", "weekday")
            and not text[prev.end : c.start].strip()
        ):
            prev.end, prev.absorbed = c.end, c.name  # "ngày 2/4 vừa qua": the date stands
            continue
        if (
            c.kind == "relative_year"
            and prev is not None
            and prev.kind in ("date", "month")
            and not prev.groups.get("y")
            and not text[prev.end : c.start].strip()
        ):
            prev.end, prev.absorbed, prev.year_offset = c.end, c.name, int(c.extra)
            continue
        if (
            c.kind == "date"
            and prev is not None
            and prev.kind == "relative"
            and not text[prev.end : c.start].strip(" (,")
        ):
            # "hôm qua (30/9)", "sáng nay 20/4": the written date stands, the word is absorbed
            if text[c.end : c.end + 1] == ")" and "(" in text[prev.end : c.start]:
                c.end += 1
            c.start, c.absorbed = prev.start, prev.name
            chosen[-1] = c
            continue
        chosen.append(c)
    return chosen


def _word_phrases(text: str, low: str, finder: Any) -> list[tuple[int, int, str]]:
    """What `lex.words.finditer(text)` finds, as (start, end, phrase), from one pass of an automaton
    over `low` (`text` lowered, as `lowers_safely` allows) for a text whose only white space is single
    spaces (then each phrase's `\\s+` is one space and the phrase occurs as written): the regular
    expression tried its forty-odd phrases at every position and was a fifth of the date finder's time.
    As `finditer` does: from left to right, not overlapping, at a start with no letter or digit before
    it the longest phrase with none after it (the alternation is longest first)."""
    at: dict[int, list[str]] = {}
    for end, phrase in finder.iter(low):
        at.setdefault(end + 1 - len(phrase), []).append(phrase)
    out: list[tuple[int, int, str]] = []
    pos = 0
    for start in sorted(at):
        if start < pos or (start and _LETTER.match(text, start - 1)):
            continue
        for phrase in sorted(at[start], key=len, reverse=True):
            end = start + len(phrase)
            if not _LETTER.match(text, end):
                out.append((start, end, phrase))
                pos = end
                break
    return out


def _sentence_candidates(doc: Document, lex: _Lex) -> list[tuple[Sentence, str, int, list[_Cand]]]:
    """Each body sentence with its normalised text, where that starts, and its date candidates:
    found once per document, since the year scan, the dates stage and the title's resolver
    all read them (nothing downstream changes a candidate)."""
    key = (id(doc.sentences), len(doc.sentences), id(lex))
    memo = doc.scratch.get("date_candidates")
    if memo is None or memo[0] != key:
        found = []
        for s in doc.sentences:
            text, ns = doc.normalised(s.start, s.end)
            found.append((s, text, ns, _candidates(text, lex)))
        memo = doc.scratch["date_candidates"] = (key, found)
    return memo[1]
