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
`lexicon/data/dates.toml`; `date_forms` finds a sentence's candidates with them,
this module resolves each to a day.
"""

from __future__ import annotations

import bisect
import re
import weakref
from datetime import date, timedelta
from functools import cached_property

from hoptac.mentions.date_forms import (_Cand, _edges_ok, _ends_with_word, _Lex, _lex, _published, _sentence_candidates,
                                         _starts_with_word, _valid_dm)
from hoptac.mentions.incumbents import below_term
from hoptac.mentions.story_years import _BRACKETED, _MONTH_YEAR, _anniversaries, _story_year, invited
from hoptac.model import DateValue, Document
from hoptac.text.normalise import normalise


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
    celebrated: list[tuple[int, int, str]] = []

    closed: list[int] = []  # years whose account the story gives ("năm 2016 đạt 2,7 tỷ USD"): the story is later

    def file(pos: int, year: int, text: str, named: bool, kind: str | None) -> None:
        if kind == "closed":
            closed.append(year)
        elif kind is not None:
            (own if kind == "own" else planned).append((pos, year, text, named))

    for _s, text, ns, cands in _sentence_candidates(doc, lex):
        spans.append((ns, ns + len(text)))
        for c in cands:
            if c.groups.get("y"):
                file(ns + c.start, int(c.groups["y"]), text[c.start : c.end], False,
                     _story_year(text, c.start, c.end, lex))
        celebrated += [(ns + pos, year, said) for pos, year, said in _anniversaries(text, lex)]
        named = lex.year_anchors is None or any(a in text for a in lex.year_anchors)
        for m in lex.year_name.finditer(text) if named else ():
            if m.group("name")[0].isupper() and _edges_ok(text, m.start("y"), m.end("y")):
                file(ns + m.start("y"), int(m.group("y")), m.group(0), True,
                     _story_year(text, m.start("y"), m.end("y"), lex))
    title = normalise(doc.title).text if doc.title else ""  # matched as the body is (folded word lists)
    for m in lex.year_name.finditer(title):  # a headline names its story: "Hội nghị ... toàn cầu 2017"
        if _edges_ok(title, m.start("y"), m.end("y")):
            file(-1, int(m.group("y")), m.group(0), True, _story_year(title, m.start("y"), m.end("y"), lex))
    # An anniversary falls at most anniversary_slack years after the latest year the body writes as its own, in a
    # name too ("Năm hữu nghị Việt Nam-Campuchia 2017"): "kỷ niệm 50 năm ... (1967)" beside "năm 2016" is of 2017.
    # Not counted: the years inside an anniversary ("(24/6/1967-24/6/2017)"), nor one in brackets elsewhere, as
    # likely the year of what another anniversary marks ("(5/9/1962-5/9/2017)"); with none left, any year will do.
    inside = [(pos, pos + len(said)) for pos, _y, said in celebrated]
    norm = doc.norm.text if doc.norm is not None else ""
    written = [t[1] for t in own if not any(a <= t[0] < b for a, b in inside)
               and not (0 <= t[0] <= len(norm) and _BRACKETED.search(norm[max(0, t[0] - 12):t[0]].lower()))]
    latest = max(written) + int(lex.ctx.get("anniversary_slack", 0)) if written else None
    for pos, year, said in celebrated:
        if latest is None or year <= latest:
            file(pos, year, said, False, "own")
    if closed:  # a year older than a closed one is a backdrop too ("năm 1995" beside "năm 2016 đạt 53 tỷ USD")
        own = [t for t in own if t[1] > max(closed)]
    return sorted(set(own)), sorted(set(planned)), sorted(spans)


_Year = tuple[int, int, str, bool]  # (position in doc.norm, year, text, named): `_year_mentions`


class _Resolver:
    """Turns candidates into values with reasons, for one document.

    The years the body states (`years`, `planned`, `spans`, `by_span`, `story_year`) date only what a
    publication year cannot (`_year_for`, `_body_year`): they are looked for when first read, never in
    a document with a publication year (every Dân trí article), where scanning the body for them was a
    third of the dates stage (over 600 Dân trí articles, find_dates 0.445 -> 0.294 s CPU)."""

    def __init__(self, doc: Document, lex: _Lex):
        self.lex = lex
        self.pub, self.pub_year, self.pub_month = _published(doc)
        self._doc = weakref.ref(doc)  # (the resolver lives in doc.scratch: no cycle through it)

    def __getstate__(self) -> dict:
        """Pickled (a document with its scratch) with the body's years found, not its weak reference."""
        if self._doc() is not None:
            _ = self._mentions, self.story_year
        return {k: v for k, v in self.__dict__.items() if k != "_doc"}

    def __setstate__(self, state: dict) -> None:
        self.__dict__.update(state)
        self._doc = lambda: None

    @cached_property
    def _mentions(self) -> tuple[list[_Year], list[_Year], list[tuple[int, int]], dict[int, list[_Year]]]:
        doc = self._doc()
        assert doc is not None  # (a resolver is read through its document: `resolver_for`)
        years, planned, spans = _year_mentions(doc, self.lex)
        starts = [sp[0] for sp in spans]
        by_span: dict[int, list[_Year]] = {}
        for t in years:  # each year mention under its sentence, found by bisection
            k = bisect.bisect_right(starts, t[0]) - 1
            if k >= 0 and spans[k][0] <= t[0] <= spans[k][1]:
                by_span.setdefault(k, []).append(t)
        return years, planned, spans, by_span

    @cached_property
    def _year_index(self) -> tuple[dict[tuple[int, str], _Year], dict[int, int]]:
        """The first mention of each (year, text) and the earliest month the body states of each year, for
        `_year_for`: looked up per date (scanning `years` per date made a long page quadratic)."""
        first: dict[tuple[int, str], _Year] = {}
        months: dict[int, int] = {}
        for t in self.years:
            first.setdefault((t[1], t[2]), t)
            if mm := _MONTH_YEAR.search(t[2].lower()):
                months[t[1]] = min(months.get(t[1], 13), int(mm.group(1)))
        return first, months

    @property
    def years(self) -> list[_Year]:
        return self._mentions[0]

    @property
    def planned(self) -> list[_Year]:
        return self._mentions[1]

    @property
    def spans(self) -> list[tuple[int, int]]:
        return self._mentions[2]

    @property
    def by_span(self) -> dict[int, list[_Year]]:
        return self._mentions[3]

    @cached_property
    def story_year(self) -> tuple[int, str] | None:
        return self._story_year()

    def _body_year(self, pos: int) -> tuple[int, str] | None:
        """The year of the story when the publication date is unknown. A year the date's own
        sentence states as the story's own (the latest); else the latest year the body states
        as its own ("tháng 8/2017", "năm 2017"; a year in a name, "APEC 2017" or the title's, at
        most one past the latest written as a date); else the earliest it states as still to come (a milestone of the story,
        "dự kiến hoàn thành vào cuối năm 2017"). A story reports its present: the years of the
        older events it recalls are earlier, later ones come as plans. (The nearest year in the
        whole body was the rule before; it took the year of whatever older event stood closest.)"""
        i = bisect.bisect_right(self.spans, (pos, 1 << 62)) - 1
        if i >= 0 and self.spans[i][0] <= pos <= self.spans[i][1] and self.by_span.get(i):
            best = max(self.by_span[i], key=lambda t: (t[1], -abs(t[0] - pos)))
            return best[1], best[2]
        return self.story_year

    def _story_year(self) -> tuple[int, str] | None:
        """The document's own year, as _body_year says when the date's sentence states none:
        chosen once per document (per date it made the stage quadratic in a long page)."""
        written = [t[1] for t in self.years if not t[3]]
        # A year in a name counts up to a year past the latest written as a date: "Năm APEC 2017"
        # beside "năm 2016" dates the story, "Vision 2030" or "World Cup 2022" does not.
        latest = max(written, default=0)
        pool = [t for t in self.years if not t[3] or not written or t[1] <= latest + 1]
        if pool:
            best = max(pool, key=lambda t: (t[1], -t[0]))
            return best[1], best[2]
        if self.planned:
            first = min(self.planned, key=lambda t: (t[1], t[0]))
            return first[1], first[2]
        return None

    def _invited(self, mention: _Year) -> bool:
        """Whether a year mention of the body dates what someone is invited to (story_years.invited)."""
        doc = self._doc()
        if doc is None or doc.norm is None or mention[0] < 0:
            return False
        i = bisect.bisect_right(self.spans, (mention[0], 1 << 62)) - 1
        if i < 0:
            return False
        start = self.spans[i][0]
        return invited(doc.norm.text[start:self.spans[i][1]], mention[0] - start, self.lex)

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
            # The story's year comes from a month another sentence states as its own ("vào tháng 10/2016"): a day (or a
            # month) earlier in the year is reported after that month, so in the year after ("Ngày 9/7, ... hoan nghênh ..." in
            # a story that recalls the battle begun "vào tháng 10/2016" is of 2017).
            # Only a month well after the day's ([context] story_month_gap months at least: a month just after it is
            # as likely still to come, "vòng hòa đàm ... vào đầu tháng 7/2017" after "ngày 30/6"), and only when the
            # body states no month of that year before the day's ("Hồi cuối tháng 1/2017" beside "tháng 11/2017").
            month = _MONTH_YEAR.fullmatch(found[1].strip().lower())
            gap = int(self.lex.ctx.get("story_month_gap", 12))
            own = self._year_index[0].get(found[:2])  # (not a plan: "từ nay đến ... tháng 11")
            # (nor the month of what someone is invited to, [context] year_invited_in_clause: "đã mời ... dự Hội nghị
            # Cấp cao APEC tổ chức vào tháng 11/2017" states no month of 2017 as past)
            after = month and own and not self._invited(own) and found is self.story_year and m + gap <= int(month.group(1)) \
                and not self._year_index[1].get(found[0], 13) <= m
            bounded = below_term(self._doc(), found[0] + bool(after), found[1], self.years, d, m, what) \
                if found is self.story_year else None  # (not older than a head it names: mentions/incumbents.py)
            if bounded:
                return bounded
            if after:
                return str(found[0] + 1), (f"{what} + the year after the story's {found[0]} ('{found[1]}', a later month "
                                           f"of {found[0]} stated as past); no publication date")
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
            # "từ ngày 29 đến ngày 2 tháng 6": a range whose first day is past its last starts in the month before
            # (only when that month has the day: "31-2/5" is no range of April; it keeps the month written)
            month_before = m - 1 if m > 1 else 12
            crossed = bool(g.get("d2")) and int(g["d2"]) < d and _valid_dm(str(d), str(month_before))
            if crossed:
                m = month_before
            if g.get("y"):
                written = int(g["y"]) - (1 if crossed and m == 12 else 0)
                y, why = str(written), f"{d}/{m}/{written} as written"
            elif c.year_offset is not None and self.pub_year is not None:
                y = str(self.pub_year + c.year_offset)
                why = f"{d}/{m} + '{c.absorbed}' = publication year {c.year_offset:+d}"
            else:
                y, why = self._year_for(m, d, ns + c.start, before, after)
            if g.get("d2"):
                why = f"range {d}-{g['d2']}/{int(g['m'])} → first day{' (in the month before)' if crossed else ''}; " + why
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
            doc.dates.append(DateValue(value, start, end, doc.text[start:end], reason, s.index,
                                       is_range=c.kind in ("date", "weekday") and bool(c.groups.get("d2"))))
    return doc
