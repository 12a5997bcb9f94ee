"""Date expressions in body sentences, resolved as the annotation guide says.

A record's `date` is scored as an exact string, and most Vietnamese news gives
days without years ("sáng 27/3"), so the year has to be inferred, and a wrong
guess is an error where `XXXX` is not. The rules, in order:

1. A year written with the day ("27/3/2020", "ngày 2 tháng 4 năm 2020") wins.
2. Else the year of `doc.published`; a day-month that falls more than a day
   after publication is the previous year's ("28/12" in an article of 5
   January), unless a cue marks it as upcoming ("ngày 15/4 tới", "đến ngày
   30/4", "dự kiến ngày 10/5") and it lies within `future_window_days`.
3. Else a year the body states ("năm 2020", "Chủ tịch ASEAN 2020", "tháng
   8/2021"), the nearest in the text; a year that dates a past milestone or
   bounds a span ("hồi năm 2016", "đến hết ngày 31/1/2018") fixes nothing.
4. Else `XXXX-MM-DD`.

Relative words ("hôm qua") and weekdays need `doc.published` (else None, with
a reason); "vừa qua", "trước đó" are None by the guide. Month-only gives
"YYYY-MM", year-only "YYYY" (context for the record stage, not a day).

Patterns, cue words and the context words that refuse false dates (fractions
"1/4 số ca", document numbers "13/CT-TTg", "24/7") live in
`lexicon/data/dates.toml`; this module only applies them.
"""

from __future__ import annotations

import bisect
import re
from dataclasses import dataclass
from datetime import date, timedelta
from functools import lru_cache
from typing import Any

from hoptac.lexicon import read_toml
from hoptac.model import DateValue, Document, Sentence
from hoptac.text.anchors import anchors, case_blind_anchors, found_words, lowers_safely, requires_digit, word_finder

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
    forms = tuple(
        _Form(f["name"], f["kind"], bool(f.get("bare")), rx, requires_digit(rx), case_blind_anchors(rx))
        for f in data.get("form", []) for rx in [re.compile(_fill(f["pattern"], pieces), re.I)]
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
    return _Lex(forms, words, table, data.get("weekdays", {}), data.get("weeks", {}), ctx, year_name,
                words_anchors, anchors(year_name), tuple(sorted(every)), word_finder(every))


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


def _ends_with_word(text: str, words: list[str]) -> str | None:
    """The word of `words` that `text` ends with (as a whole word), if any."""
    low = text.rstrip(" ,(").lower()
    for w in sorted(words, key=len, reverse=True):
        w = w.lower()
        if low.endswith(w) and (len(low) == len(w) or not _LETTER.match(low[-len(w) - 1])):
            return w
    return None


def _starts_with_word(text: str, words: list[str]) -> str | None:
    """The word of `words` that `text` starts with (as a whole word), if any."""
    low = text.lstrip(" ,").lower()
    for w in sorted(words, key=len, reverse=True):
        w = w.lower()
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
        for m in form.regex.finditer(text):
            c = _Cand(m.start(), m.end(), order, form.kind, form.name, m.groupdict())
            if _edges_ok(text, c.start, c.end) and _accept(c, form, text, lex):
                found.append(c)
    words = lex.words_anchors is None or present is None or not lex.words_anchors.isdisjoint(present)
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


def resolver_for(doc: Document, lex: _Lex) -> _Resolver:
    """The document's date resolver, built once (it scans the whole body for years)."""
    key = (id(doc.sentences), len(doc.sentences), id(lex), doc.published)
    memo = doc.scratch.get("date_resolver")
    if memo is None or memo[0] != key:
        memo = doc.scratch["date_resolver"] = (key, _Resolver(doc, lex))
    return memo[1]


def _year_mentions(doc: Document, lex: _Lex) -> tuple[list[tuple[int, int, str, bool]], list[tuple[int, int, str, bool]],
                                                      list[tuple[int, int]]]:
    """(position in doc.norm, year, text, named) of the years the body (and the title: position -1)
    states as the story's own, and apart those it states as still to come, and the sentences'
    spans. `named`: a year in a name ("ASEAN 2020", "World Cup 2022"), not a date form. A past
    backdrop ("hồi cuối năm 2016", "từ khi ... tháng 6/2014") is neither."""
    own: list[tuple[int, int, str, bool]] = []
    planned: list[tuple[int, int, str, bool]] = []
    spans: list[tuple[int, int]] = []

    def file(pos: int, year: int, text: str, named: bool, kind: str | None) -> None:
        if kind is not None:
            (own if kind == "own" else planned).append((pos, year, text, named))

    for _s, text, ns, cands in _sentence_candidates(doc, lex):
        spans.append((ns, ns + len(text)))
        for c in cands:
            if c.groups.get("y"):
                file(ns + c.start, int(c.groups["y"]), text[c.start : c.end], False,
                     _story_year(text, c.start, c.end, lex))
        named = lex.year_anchors is None or any(a in text for a in lex.year_anchors)
        for m in lex.year_name.finditer(text) if named else ():
            if m.group("name")[0].isupper() and _edges_ok(text, m.start("y"), m.end("y")):
                file(ns + m.start("y"), int(m.group("y")), m.group(0), True,
                     _story_year(text, m.start("y"), m.end("y"), lex))
    title = doc.title or ""
    for m in lex.year_name.finditer(title):  # a headline names its story: "Hội nghị ... toàn cầu 2017"
        if _edges_ok(title, m.start("y"), m.end("y")):
            file(-1, int(m.group("y")), m.group(0), True, _story_year(title, m.start("y"), m.end("y"), lex))
    return sorted(set(own)), sorted(set(planned)), sorted(spans)


def _story_year(text: str, start: int, end: int, lex: _Lex) -> str | None:
    """What the year at text[start:end] says of the story: "own", "planned" (still to come) or
    None (a past backdrop)."""
    ctx = lex.ctx
    before = text[:start]
    parts = ctx.get("year_period_parts", [])
    trimmed = before.rstrip(" ,(")
    for _ in range(2):  # "hồi cuối năm": a part of a period may stand between the cue and the year
        low = trimmed.lower()
        for word in ("năm", "tháng", *parts):
            if low.endswith(" " + word) or low == word:
                trimmed = trimmed[: len(trimmed) - len(word)].rstrip(" ,(")
                break
    if _ends_with_word(before, ctx.get("year_backdrop_before", [])) or _ends_with_word(
            trimmed, ctx.get("year_backdrop_before", [])):
        return None
    clause = re.split(r"[,;:]", before)[-1].lower()

    def holds(words: list[str]) -> bool:
        rx = _any_word(tuple(words))
        return rx is not None and rx.search(clause) is not None

    if holds(ctx.get("year_backdrop_in_clause", [])):
        return None
    if holds(ctx.get("year_future_in_clause", [])) or _starts_with_word(text[end:], ctx.get("year_future_after", [])):
        return "planned"
    return "own"


@lru_cache(maxsize=32)
def _any_word(words: tuple[str, ...]) -> re.Pattern[str] | None:
    """One pattern for "one of `words`, as a whole word", compiled once: the alternation finds a match
    wherever one of the words alone would (it backtracks to the next word when one fails its edges),
    and a pattern built per word per year mention was most of `_story_year`'s time."""
    if not words:
        return None
    return re.compile(r"(?<![^\W_])(?:" + "|".join(map(re.escape, words)) + r")(?![^\W_])")


class _Resolver:
    """Turns candidates into values with reasons, for one document."""

    def __init__(self, doc: Document, lex: _Lex):
        self.lex = lex
        self.pub, self.pub_year, self.pub_month = _published(doc)
        self.years, self.planned, self.spans = _year_mentions(doc, lex)
        starts = [sp[0] for sp in self.spans]
        self.by_span: dict[int, list[tuple[int, int, str, bool]]] = {}
        for t in self.years:  # each year mention under its sentence, found by bisection
            k = bisect.bisect_right(starts, t[0]) - 1
            if k >= 0 and self.spans[k][0] <= t[0] <= self.spans[k][1]:
                self.by_span.setdefault(k, []).append(t)
        self.story_year = self._story_year()

    def _body_year(self, pos: int) -> tuple[int, str] | None:
        """The year of the story when the publication date is unknown. A year the date's own
        sentence states as the story's own (the nearest); else the latest year the body states
        as its own ("tháng 8/2017", "năm 2017"; a year in a name, "APEC 2017" or the title's, at
        most one past the latest written as a date); else the earliest it states as still to come (a milestone of the story,
        "dự kiến hoàn thành vào cuối năm 2017"). A story reports its present: the years of the
        older events it recalls are earlier, later ones come as plans. (The nearest year in the
        whole body was the rule before; it took the year of whatever older event stood closest.)"""
        i = bisect.bisect_right(self.spans, (pos, 1 << 62)) - 1
        if i >= 0 and self.spans[i][0] <= pos <= self.spans[i][1] and self.by_span.get(i):
            best = min(self.by_span[i], key=lambda t: (abs(t[0] - pos), t[0] > pos))
            return best[1], best[2]
        return self.story_year

    def _story_year(self) -> tuple[int, str] | None:
        """The document's own year, as _body_year says when the date's sentence states none:
        chosen once per document (per date it made the stage quadratic in a long page)."""
        written = [t[1] for t in self.years if not t[3]]
        # A year in a name counts up to a year past the latest written as a date: "Năm APEC 2017"
        # beside "năm 2016" dates the story, "Vision 2030" or "World Cup 2022" does not.
        pool = [t for t in self.years if not t[3] or not written or t[1] <= max(written) + 1]
        if pool:
            best = max(pool, key=lambda t: (t[1], -t[0]))
            return best[1], best[2]
        if self.planned:
            first = min(self.planned, key=lambda t: (t[1], t[0]))
            return first[1], first[2]
        return None

    def _future(self, before: str, after: str) -> str | None:
        ctx = self.lex.ctx
        cue = _starts_with_word(after, ctx.get("future_after", [])) or _ends_with_word(
            before, ctx.get("future_before", [])
        )
        if cue:
            return cue
        low = before.lower()
        for w in ctx.get("future_in_sentence", []):
            if re.search(rf"(?<![^\W_]){re.escape(w)}(?![^\W_])", low):
                return w
        return None

    def _year_for(self, m: int, d: int | None, pos: int, before: str, after: str) -> tuple[str, str]:
        """The year of a day-month (d given) or a month (d None), and why."""
        what = f"{d}/{m}" if d else f"tháng {m}"
        if self.pub_year is not None:
            y = self.pub_year
            pub_txt = self.pub.isoformat() if self.pub else f"{y}-{self.pub_month or 0:02d}"

            def gap(year: int) -> int:  # days from publication to the date in `year`
                if self.pub and d:
                    dd = 28 if (m, d) == (2, 29) else d
                    return (date(year, m, dd) - self.pub).days
                return 31 * ((year * 12 + m) - (y * 12 + (self.pub_month or 12)))

            cue = self._future(before, after)
            limit = int(self.lex.ctx.get("future_window_days" if cue else "upcoming_days", 45))
            why_up = f"upcoming: '{cue}'" if cue else f"upcoming, within {limit} days"
            if gap(y) > (1 if d else 0):
                if gap(y) <= limit:
                    return str(y), f"{what} + year of publication {y} (published {pub_txt}; {why_up})"
                return str(y - 1), f"{what} falls after publication {pub_txt} → previous year {y - 1}"
            if 0 < gap(y + 1) <= limit:
                return str(y + 1), f"{what} early next year after publication {pub_txt} → {y + 1} ({why_up})"
            return str(y), f"{what} + year of publication {y} (published {pub_txt})"
        found = self._body_year(pos)
        if found:
            return str(found[0]), f"{what} + year of the story {found[0]} ('{found[1]}'; the latest the body states, else its first plan); no publication date"
        return "XXXX", f"{what}: no publication date and no year in the body → XXXX"

    def resolve(self, c: _Cand, text: str, ns: int) -> tuple[str | None, str]:
        g, before, after = c.groups, text[: c.start], text[c.end :]
        tail = f" (+ '{c.absorbed}')" if c.absorbed else ""
        if c.kind in ("date", "weekday") and g.get("d"):
            d, m = int(g["d"]), int(g["m"])
            lunar = _starts_with_word(after.lstrip(" ("), self.lex.ctx.get("lunar_after", []))
            if lunar:
                return None, f"{d}/{m} is a lunar-calendar date ('{lunar}'), not a Gregorian day"
            if g.get("y"):
                y, why = g["y"], f"{d}/{m}/{g['y']} as written"
            elif c.year_offset is not None and self.pub_year is not None:
                y = str(self.pub_year + c.year_offset)
                why = f"{d}/{m} + '{c.absorbed}' = publication year {c.year_offset:+d}"
            else:
                y, why = self._year_for(m, d, ns + c.start, before, after)
            if g.get("d2"):
                why = f"range {d}-{g['d2']}/{m} → first day; " + why
            value = f"{y}-{m:02d}-{d:02d}"
            if c.kind == "weekday" and y != "XXXX":
                wd = 6 if g.get("sun") else self.lex.weekdays.get((g.get("wd") or "").lower())
                ok = _valid_dm(str(d), str(m)) and date(int(y), m, d).weekday() == wd
                why += "; weekday agrees" if ok else "; weekday does not agree with the day"
            return value, why + tail
        if c.kind == "weekday":
            wd = 6 if g.get("sun") else self.lex.weekdays.get((g.get("wd") or "").lower(), 0)
            if self.pub is None:
                return None, f"weekday '{text[c.start:c.end]}' and no publication day to count from"
            if g.get("wk"):
                weeks = int(self.lex.weeks.get(g["wk"].lower(), 0))
                day = self.pub - timedelta(days=self.pub.weekday()) + timedelta(days=7 * weeks + wd)
                return day.isoformat(), f"weekday in the week {weeks:+d} from publication {self.pub}{tail}"
            day = self.pub - timedelta(days=(self.pub.weekday() - wd) % 7)
            return day.isoformat(), f"weekday: most recent on or before publication {self.pub}{tail}"
        if c.kind == "month":
            m = int(g["m"])
            if g.get("y"):
                return f"{g['y']}-{m:02d}", f"month {m}/{g['y']} as written{tail}"
            if c.year_offset is not None and self.pub_year is not None:
                y = self.pub_year + c.year_offset
                return f"{y}-{m:02d}", f"tháng {m} + '{c.absorbed}' = publication year {c.year_offset:+d}"
            y, why = self._year_for(m, None, ns + c.start, before, after)
            return f"{y}-{m:02d}", why + tail
        if c.kind == "year":
            return g["y"], "a year only: context for other dates, not a day"
        if c.kind == "relative":
            if self.pub is None:
                return None, f"'{c.name}' is relative and there is no publication day"
            day = self.pub + timedelta(days=int(c.extra))
            return day.isoformat(), f"'{c.name}' = publication day {self.pub} {int(c.extra):+d} day(s)"
        if c.kind == "relative_month":
            if self.pub_year is None or self.pub_month is None:
                return None, f"'{c.name}' is relative and there is no publication month"
            k = self.pub_year * 12 + self.pub_month - 1 + int(c.extra)
            return f"{k // 12}-{k % 12 + 1:02d}", f"'{c.name}' = publication month {int(c.extra):+d}"
        if c.kind == "relative_year":
            if self.pub_year is None:
                return None, f"'{c.name}' is relative and there is no publication year"
            return str(self.pub_year + int(c.extra)), f"'{c.name}' = publication year {int(c.extra):+d} (a year only)"
        return None, f"'{c.name}': {c.extra}"


def find_dates(doc: Document) -> Document:
    """Fill doc.dates with every date expression of the body, resolved, with a reason."""
    if not doc.sentences and doc.paragraphs:
        from hoptac.text.sentences import split_sentences

        split_sentences(doc)
    lex = _lex()
    resolver = resolver_for(doc, lex)
    doc.dates = []
    for s, text, ns, cands in _sentence_candidates(doc, lex):
        for c in cands:
            value, reason = resolver.resolve(c, text, ns)
            start, end = doc.to_original(ns + c.start, ns + c.end)
            doc.dates.append(DateValue(value, start, end, doc.text[start:end], reason, s.index))
    return doc

