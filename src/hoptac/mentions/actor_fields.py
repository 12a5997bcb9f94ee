"""A ministry's field that no list holds, read as one portfolio of the title before it; and the words that still
describe an unnamed set of states after it (`intl_tail`).

Split from actor_titles.py: runs on a sentence's lexicon hits before the guards (mentions/actors.py), so that the
state after the field is the title's, as after any listed portfolio.
"""

from __future__ import annotations

from hoptac.mentions.actor_guard import Hit
from hoptac.mentions.actor_lexicon import Entry, Lexicon
from hoptac.mentions.actor_names import Tok, is_cap, looks_foreign

# A ministry's field that no lexicon row names ("Bộ trưởng Năng lượng và Mỏ Lào"): one title, open-ended.
OPEN_PORTFOLIO = Entry("(a ministry's field)", "", "title", "actor_context.tsv portfolio_open_title",
                       True, 1, role=None, title_kind="portfolio")
OPEN_BODY = Entry("(a ministry)", "", "title", "actor_context.tsv portfolio_open_body", True, 1,
                  role="ministry", title_kind="body")
_MAX_FIELD = 12  # words of an open field, its joins included


def open_portfolios(hits: list[Hit], toks: list[Tok], norm: str, lex: Lexicon) -> list[Hit]:
    """A ministry's field that the portfolios of titles.tsv do not list, between a minister's title (or
    "Bộ") and a state: "Bộ trưởng Năng lượng và Mỏ Lào", "Bộ trưởng Tình báo Iran", "Bộ Bưu chính và Viễn
    thông Lào". Without it the state's short name stood after a word of a name, which its guard refuses
    ("Mỏ Lào": no Laos), and the title took a Vietnamese person's name of one word ("Bộ trưởng Tình",
    Việt Nam's) - a foreign minister met became a home meeting. The field is one hit of a portfolio (or,
    after a bare "Bộ", of a ministry), which the guard and the title chain read as any portfolio.

    A field: parts joined by actor_context.tsv `portfolio_open_join` ("và", ",") or a hyphen, right before a
    state's name. Each part opens on a capitalised word that is no acronym and looks Vietnamese, where no other
    title or name of the lexicon starts, and goes on in lower case ("Tình báo": one capitalised word, or two, is a
    person's name, "Thứ trưởng Nguyễn Nhật ..."), or is a listed portfolio; after "và" a capitalised part of up to
    three words will do ("và Mỏ", "và Viễn Thông"); no word of `portfolio_open_stop` is in it ("Bộ trưởng Ngoại giao về
    Trung Đông", "Bộ trưởng Dũng đề nghị Nhật Bản")."""
    titles, bodies = lex.context.get("portfolio_open_title", set()), lex.context.get("portfolio_open_body", set())
    if not hits or not toks:
        return hits
    # (most sentences hold neither a minister's title nor "Bộ": asked before any dictionary is built, the body words
    # as written, capitalised)
    opened = any(h.entry.kind == "title" and h.entry.phrase.lower() in titles for h in hits)
    if not opened and not any(norm.find(b.capitalize(), toks[0].start, toks[-1].end) >= 0 for b in bodies):
        return hits
    states = {h.i: h for h in hits if h.entry.kind == "state" and h.entry.code}
    if not states:
        return hits
    joins, stops = lex.context.get("portfolio_open_join", set()), lex.context.get("portfolio_open_stop", set())
    by_start = {h.i: h for h in hits}
    covered = {i for h in hits for i in range(h.i, h.j)}
    out: list[Hit] = []
    for h in hits:
        if h.entry.kind == "title" and h.entry.phrase.lower() in titles:
            end = _field_end(h.j, toks, norm, by_start, states, joins, stops, bodies)
            if end is not None:
                out.append(Hit(h.j, end, OPEN_PORTFOLIO))
                covered.update(range(h.j, end))
    for i, t in enumerate(toks):
        if t.low in bodies and t.text == t.low.capitalize() and i not in covered:
            end = _field_end(i + 1, toks, norm, by_start, states, joins, stops, bodies)
            if end is not None:
                out.append(Hit(i, end, OPEN_BODY))
    if not out:
        return hits
    kept = [h for h in hits if not any(h.i < f.j and f.i < h.j for f in out)]
    return sorted(kept + out, key=lambda h: h.i)


def _field_end(p: int, toks: list[Tok], norm: str, by_start: dict[int, Hit], states: dict[int, Hit],
               joins: set[str], stops: set[str], bodies: set[str]) -> int | None:
    """Where an open field that starts at word p ends, right before a state's name; None where there is
    none, or it is a single listed portfolio (the lexicon's own reading stands)."""
    # "Bộ trưởng Bộ Năng lượng và Mỏ Lào"
    ministry = p < len(toks) and toks[p].low in bodies and toks[p].text == toks[p].low.capitalize()
    q = p = p + ministry
    after_and = False
    while q < len(toks) and q - p < _MAX_FIELD:
        word = toks[q].text
        if not is_cap(toks[q]) or q in states or (len(word) > 1 and word.isupper()) or looks_foreign(word):
            return None  # (an acronym, "Bộ GDĐT cử sang Mỹ"; a foreign name, "Bộ trưởng Esper hội đàm Trung Quốc")
        known = by_start.get(q)
        if known is not None and known.entry.title_kind != "portfolio":
            return None  # another title or name starts here ("Bộ Chính trị, Thủ tướng Lào ...")
        r = known.j if known is not None else q + 1
        # A part's words after its first: in lower case ("Tình báo"), or, after "và", capitalised too ("và Viễn
        # Thông"); a part's second word in lower case tells a field from a person's name, one word alone too
        # after "và" ("và Mỏ"): a name stands after a comma or a hyphen ("Bộ trưởng Công Thương - Trần Tuấn Anh").
        while r < len(toks) and r - q < 3 and toks[r].text.isalpha() and r not in by_start \
                and toks[r].low not in stops and toks[r].low not in joins \
                and (toks[r].text.islower() or (after_and and is_cap(toks[r]) and not toks[r].text.isupper())):
            r += 1
        if known is None and not (after_and or (r > q + 1 and toks[q + 1].text.islower())):
            return None  # one capitalised word, or two: a name
        if r in states:
            lone = known is not None and q == p and r == known.j and not ministry
            return None if lone else r
        gap = norm[toks[r - 1].end:toks[r].start] if r < len(toks) else ""
        if r < len(toks) and toks[r].low in joins:
            q, after_and = r + 1, toks[r].text.isalpha()
        elif "-" in gap and r < len(toks):
            q, after_and = r, False
        else:
            return None
    return None


def intl_tail(toks: list[Tok], j: int, stop: int, tails: set[str], most: int = 4) -> int:
    """Where an unnamed set of states ends: after the words right after it that still describe it ([actor_context.tsv]
    intl_tail: "các quốc gia đồng minh và đối tác", "các đối tác khác trong khu vực", "các nước thành viên"), up to
    `most` of them and never into the next actor (`stop`), so that a verb right after them is that set's."""
    longest = max((len(t.split()) for t in tails), default=0)
    for _ in range(most):
        for n in range(longest, 0, -1):
            if j + n <= stop and " ".join(t.low for t in toks[j:j + n]) in tails:
                j += n
                break
        else:
            break
    return j
