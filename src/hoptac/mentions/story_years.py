"""What a year written in the body says of an undated story: its own year, one still to come, a closed year's
account (the story is later) or a backdrop; `dates._year_mentions` files each year so, and the story's year
(for an article with no publication date) is chosen among the own ones. The words that decide live in
`lexicon/data/dates.toml` [context] (year_*), read by `date_forms._lex`. And the years a sentence's anniversaries
are celebrated in (`_anniversaries`, moved here from dates.py for that module's length), which say the story's
year as a year written out does.
"""

from __future__ import annotations

import re
from datetime import date
from functools import lru_cache

from hoptac.mentions.date_forms import _ends_with_word, _Lex, _starts_with_word
from hoptac.text.normalise import fold, normalise


def _story_year(text: str, start: int, end: int, lex: _Lex) -> str | None:
    """What the year at text[start:end] says of the story: "own", "planned" (still to come), "closed" (a
    year whose account the story gives: the story is later, and so later than any backdrop before it) or None
    (a past backdrop)."""
    ctx = lex.ctx
    before = text[:start]
    clause = _DIGIT_AWARE_CLAUSE.split(before)[-1].lower()  # ("tăng 4,3% trong năm 2017": no clause ends in "4,3")

    def holds(words: list[str]) -> bool:
        rx = _any_word(tuple(words))
        return rx is not None and rx.search(clause) is not None

    future = holds(ctx.get("year_future_in_clause", []))
    parts = ctx.get("year_period_parts", [])
    trimmed = before.rstrip(" ,(")
    # (not in a clause that plans: "sẽ ký vào năm 2018" is still to come, no backdrop)
    leads = [] if future else ctx.get("year_lead_words", [])
    for _ in range(3):  # "hồi cuối năm", "ký kết vào tháng": a part of a period or a lead word may stand between
        low = trimmed.lower()
        for word in ("năm", "tháng", *parts, *leads):
            if low.endswith(" " + word) or low == word:
                trimmed = trimmed[: len(trimmed) - len(word)].rstrip(" ,(")
                break
    backdrop, not_backdrop = ctx.get("year_backdrop_before", []), ctx.get("year_backdrop_not", [])
    if any(_ends_with_word(t, backdrop) for t in (before, trimmed)) and \
            not any(_ends_with_word(t, not_backdrop) for t in (before, trimmed)):
        return None
    reach = int(ctx.get("year_name_reach", 0))
    # A bare year ("năm 1982", "Luật Biển 1982") is the only one the rules below set aside: a day or a month with
    # it dates an act ("ký Hiệp định thương mại vào tháng 3/2017", "ký hợp đồng trị giá 4,7 tỷ USD vào tháng
    # 5/2017"), and a plan's year is still to come ("Hiệp định sẽ có hiệu lực năm 2025").
    bare = not _DAY_OR_MONTH.search(text[start:end].lower())
    if reach and not future and bare and _ends_in_name(
            clause, tuple(ctx.get("year_name_words", [])), tuple(ctx.get("year_name_not", [])), reach):
        return None
    if holds(ctx.get("year_backdrop_in_clause", [])) \
            or _starts_with_word(text[end:], ctx.get("year_backdrop_after", [])):
        return None
    if not future and bare:
        if _bare_lead(before, ctx) or _recalled(clause, ctx):
            return None
        if _closed_figure(before, text[end:], clause, ctx):
            return "closed"
    if future or _starts_with_word(text[end:], ctx.get("year_future_after", [])):
        # A target set for a year ("lên 1 tỷ USD vào năm 2020", "hướng tới ... vào năm 2026") says only that the
        # story comes before it; a plan within a year ("vào cuối năm 2017", "vào tháng 9/2017", "SEA Games 2017")
        # is a milestone of the story's own.
        target = bare and _ends_with_word(before, ctx.get("year_target_leads", [])) is not None
        return None if target else "planned"
    return "own"


_DIGIT_AWARE_CLAUSE = re.compile(r"(?<!\d),|,(?!\d)|[;:]")  # a clause's end, not a decimal comma
_SENTENCE_REST = re.compile(r"(?<!\d)[;:.](?!\d)")  # where the rest of a sentence ends ("2.556 dự án" goes on)
_ANOTHER_YEAR = re.compile(r"(?<!\d)(?:1\d{3}|20\d{2})(?!\d)")
_ONGOING = re.compile(r"(?:(?:^|\s)đầu|(?:^|\s)quý\s+\S+)\s*(?:năm)?$")  # "5 tháng đầu năm", "quý I năm": a year under way


def _closed_figure(before: str, after: str, clause: str, ctx: dict) -> bool:
    """Whether the year's clause (`clause` before it, its own clause after it, or the next one when the year ends
    its clause: "trong năm 2016, 60% hàng hóa ...") gives a figure it reached ([year_figure_words] then a number)
    or an amount ([year_figure_units]), not an estimate or a goal ([year_figure_not]), and the year is not one
    under way."""
    rx = _figure_reached(tuple(ctx.get("year_figure_words", [])))
    if rx is None or _ONGOING.search(before.lower().rstrip(" ,(")):
        return False
    pieces = _DIGIT_AWARE_CLAUSE.split(_SENTENCE_REST.split(after, maxsplit=1)[0].lower())
    own = pieces[1] if not pieces[0].strip() and len(pieces) > 1 else pieces[0]
    own = _ANOTHER_YEAR.split(own, maxsplit=1)[0]  # (up to another year: "..., kim ngạch năm 2016 đạt 30 tỷ USD")
    not_rx = _any_word(tuple(ctx.get("year_figure_not", [])))
    if not_rx is not None and (not_rx.search(own) or not_rx.search(clause)):
        return False
    units = _figure_units(tuple(ctx.get("year_figure_units", [])))
    return any(r is not None and (r.search(own) or r.search(clause)) for r in (rx, units))


@lru_cache(maxsize=4)
def _figure_reached(words: tuple[str, ...]) -> re.Pattern[str] | None:
    """One of [year_figure_words] with a number at most three words after it ("đạt 2,7 tỷ USD", "đạt khoảng 100
    nghìn tấn"), not "đạt được thỏa thuận" (an agreement reached)."""
    if not words:
        return None
    alts = "|".join(re.escape(fold(w)) for w in words)
    return re.compile(rf"(?<![^\W_])(?:{alts})\s+(?:[^\W\d_]+\s+){{0,3}}\d")


@lru_cache(maxsize=4)
def _figure_units(units: tuple[str, ...]) -> re.Pattern[str] | None:
    """A number followed by one of [year_figure_units] ("50 tỷ USD", "60%")."""
    if not units:
        return None
    alts = "|".join(re.escape(u) for u in sorted(units, key=len, reverse=True))
    return re.compile(rf"\d(?:[\d.,]*\d)?\s*(?:{alts})(?![^\W\d_])")


def _recalled(clause: str, ctx: dict) -> bool:
    """Whether the clause before a bare year recalls a past (dates.toml year_bare_backdrop_in_clause: "ông Hill ...
    từng dẫn đầu phái đoàn ... năm 2005"), outside the phrases where the word means something else
    (year_bare_backdrop_not: "từng nước", each country)."""
    rx = _any_word(tuple(ctx.get("year_bare_backdrop_in_clause", [])))
    if rx is None:
        return False
    not_rx = _any_word(tuple(ctx.get("year_bare_backdrop_not", [])))
    return rx.search(not_rx.sub(" ", clause) if not_rx is not None else clause) is not None


def _bare_lead(before: str, ctx: dict) -> bool:
    """Whether a [year_bare_backdrop_leads] word ends `before`, past "năm" ("vào năm 1967"; not past a part of a
    period: "hoàn thành vào cuối năm 2017" is a milestone of the story's own)."""
    low = re.sub(r"(?:^|\s)năm$", "", before.lower().rstrip(" ,(")).rstrip()
    return _ends_with_word(low, ctx.get("year_bare_backdrop_leads", [])) is not None


_DAY_OR_MONTH = re.compile(r"\d\s*[/.-]\s*\d|tháng|ngày|hôm")
# a month and its year, no day: "tháng 10/2016", "tháng 12.2016" (dates.toml "tháng m/yyyy")
_MONTH_YEAR = re.compile(r"tháng\s+(\d{1,2})\s*(?:(?:/|-|năm)\s*|\.(?=\d))\d{4}")


def _ends_in_name(clause: str, words: tuple[str, ...], not_words: tuple[str, ...], reach: int) -> bool:
    """Whether one of `words` (a treaty, a law, an accord) opens one of the last `reach` words of
    `clause`, outside the phrases of `not_words` ("luật sư", "dự luật"): the year that follows belongs
    to that instrument's name."""
    rx = _any_word(words)
    if rx is None:
        return False
    tail = " ".join(clause.split()[-reach:])
    not_rx = _any_word(not_words)
    if not_rx is not None:
        tail = not_rx.sub(" ", tail)
    return rx.search(tail) is not None


@lru_cache(maxsize=32)
def _any_word(words: tuple[str, ...]) -> re.Pattern[str] | None:
    """One pattern for "one of `words`, as a whole word", compiled once: the alternation finds a match
    wherever one of the words alone would (it backtracks to the next word when one fails its edges),
    and a pattern built per word per year mention was most of `_story_year`'s time."""
    if not words:
        return None
    # (folded as the text is: "kỳ vọng" is matched on "kì vọng")
    return re.compile(r"(?<![^\W_])(?:" + "|".join(re.escape(fold(w)) for w in words) + r")(?![^\W_])")


def invited(text: str, start: int, lex: _Lex) -> bool:
    """Whether the date at text[start:] is that of what someone is invited to (dates.toml
    year_invited_in_clause in its clause before it: "đã mời ... dự Hội nghị ... vào tháng 11/2017")."""
    clause = _DIGIT_AWARE_CLAUSE.split(text[:start])[-1].lower()
    rx = _any_word(tuple(lex.ctx.get("year_invited_in_clause", [])))
    return rx is not None and rx.search(clause) is not None


# A year, and the end of a span after it, whole days or years ("1992-2017", "24/6/1967-24/6/2017", "19-5-1890/
# 19-5-2017"; normalised text writes every dash "-").
_YEAR = re.compile(r"(?<!\d)(1\d{3}|20\d{2})(?:\s*[-/]\s*(?:\d{1,2}[/.-]){0,2}(1\d{3}|20\d{2}))?(?!\d)")
# Right before a year that dates what an anniversary marks: a bracket ("(1953", "(năm 1953", "(9/5/1945"), or a
# day-month and the word before it ("liên Triều 4/10/2007"; group 1, letters only: "(ngày 25/1/2017)" is the
# ceremony's day).
_BRACKETED = re.compile(r"\((?:năm |(?:\d{1,2}[/.-]){1,2})?$")
_DAY_MONTH = re.compile(r"(?:^|[\s(])([^\W\d_]+)\s+(?:\d{1,2}[/.-]){1,2}$")


def _anniversaries(text: str, lex: _Lex) -> list[tuple[int, int, str]]:
    """The years the anniversaries of a sentence are celebrated in ([context] anniversary; "kỷ niệm 64 năm Hiệp
    định đình chiến (1953)" → 2017, "kỷ niệm 25 năm ... (1992-2017)" → 2017): (position, year, text). A story
    celebrates an anniversary in its own year; with no publication date that year is the story's as much as one
    written out. The year of what it marks is the first within anniversary_reach characters, if it is bracketed or
    ends a day-month after a word other than those of [context] anniversary_not_after ("kỷ niệm 60 năm chiến thắng
    Điện Biên Phủ tháng 5/2014", "(ngày 25/1/2017)": the celebration's own day, not what it marks). Only an
    anniversary its clause gives as the story's own counts, as `_story_year` says it of a year written there (one
    ahead, "dự kiến tổ chức kỷ niệm ...", says only that the story comes before it); and none after next year.
    """
    opener, reach = lex.ctx.get("anniversary"), int(lex.ctx.get("anniversary_reach", 0))
    low = text.lower()
    if not opener or "niệm" not in low or len(low) != len(text):  # (most sentences hold none; "İ" lower-cases longer)
        return []
    not_after = set(lex.ctx.get("anniversary_not_after", []))
    out = []
    for m in _compiled(opener).finditer(low):
        y = _YEAR.search(low, m.end(), min(len(low), m.end() + reach))
        if y is None:
            continue
        before = low[max(0, y.start() - 24):y.start()]
        dated = _DAY_MONTH.search(before)
        if not (_BRACKETED.search(before) or (dated and dated.group(1) not in not_after)):
            continue  # "kỷ niệm 45 năm ... năm 2018" names the celebration's year, written out already
        n, first, last = int(m.group(1)), int(y.group(1)), y.group(2)
        if last and int(last) - first != n:
            continue  # a span that is not the anniversary's ("kỷ niệm 10 năm ... (1950-1953)")
        year = int(last) if last else first + n
        # (news is not written after next year: "(2/9/2017)", "(năm 2017)" in brackets are the ceremony's own)
        if year <= date.today().year + 1 and _story_year(text, m.start(), m.end(), lex) == "own":
            out.append((m.start(), year, text[m.start():y.end()]))
    return out


@lru_cache(maxsize=8)
def _compiled(pattern: str) -> re.Pattern[str]:
    """A [context] pattern normalised as the text it is matched on is ("kỷ niệm" is "kỉ niệm" there), compiled once
    to match lower-cased text (not `fold`ed itself: lower-casing "\\D" would make it "\\d")."""
    return re.compile(normalise(pattern).text, re.I)
