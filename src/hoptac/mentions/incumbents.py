"""The earliest year an undated story can be of: the year an office holder it names by that office took it.

A story with no publication date takes its year from the years its body writes (mentions/dates.py); when those are
all of older events ("Đáng chú ý, năm 1951, hai bên đã ký Hiệp ước", "sau khi đạt thỏa thuận vào tháng 10/2015"),
the latest of them was taken for the story's. But a story that names "Tổng thống Mỹ Donald Trump" is of 2017 or later:
whoever it names with the title of an office they held (office_holders.tsv, the person's first row of that office)
bounds its year from below. Only a name written with the title counts: a bare "Tổng thống" that the text's earlier
mentions fill in may be a candidate's ("ứng viên Ebrahim Raisi"). A former holder ("cựu Tổng thống Mỹ Barack Obama",
actor_context.tsv former_prefix), a region's head ("Thủ hiến", regional_head), a name with no title ("ông Donald
Trump": the businessman, the candidate) and an office the table does not give that person ("Phó Tổng thống Joe
Biden" beside his presidency) bound nothing; a day the body writes elsewhere with its year ("cuộc bầu cử ... ngày
8/11/2016" ... "hôm 8/11") keeps that year. The bound only sets years aside; it never gives one (the guide: a year
nothing in the text fixes is XXXX). It is as sound as office_holders.tsv is whole: a head's earlier term missing
there (Putin's of 2000-2008 was, before stop 50) would set a right year of that term aside.
"""

from __future__ import annotations

import re
from functools import lru_cache

from hoptac.lexicon import read_tsv
from hoptac.model import Document


@lru_cache(maxsize=1)
def _first_years() -> dict[str, list[tuple[str, int]]]:
    """Each office holder's offices as (role, year taken), from office_holders.tsv."""
    out: dict[str, list[tuple[str, int]]] = {}
    for r in read_tsv("office_holders.tsv"):
        if r.get("role") and r.get("from", "")[:4].isdigit():
            out.setdefault(r["name"], []).append((r["role"], int(r["from"][:4])))
    return out


@lru_cache(maxsize=1)
def _spellings() -> dict[str, tuple[str, ...]]:
    """Each office holder's name and aliases, lower-cased (office_holders.tsv; the first row gives the aliases)."""
    out: dict[str, tuple[str, ...]] = {}
    for r in read_tsv("office_holders.tsv"):
        if r["name"] not in out:
            written = [r["name"], *r.get("aliases", "").split("|"), *r.get("short", "").split("|")]
            out[r["name"]] = tuple(w.lower() for w in written if w)
    return out


_SCRATCH = "incumbents.earliest_year"
_TITLE_RULE = re.compile(r"titles\.tsv:\d+")


@lru_cache(maxsize=1)
def _title_roles() -> dict[str, str]:
    """The role of each title row, by where it stands ("titles.tsv:45": president), as an actor's rule names it."""
    return {r["_where"]: r["role"] for r in read_tsv("titles.tsv")}


@lru_cache(maxsize=1)
def _no_bound_prefixes() -> tuple[str, ...]:
    """The words a title that bounds nothing starts with: a former holder's, a region's head's."""
    kinds = ("former_prefix", "regional_head")
    return tuple(r["phrase"].lower() for r in read_tsv("actor_context.tsv") if r.get("kind") in kinds)


# Heads of state and government only: the table means to give their terms whole, while a minister's or an envoy's
# earlier posts are often missing from it (a deputy prime minister listed from 2021 held the post in 2017).
_HEADS = frozenset({"president", "prime_minister", "monarch", "general_secretary", "premier", "supreme_leader"})


def earliest_year(doc: Document) -> tuple[int, str] | None:
    """The latest of the years the office holders the story names by their title took office, and the mention
    that gives it; None when it names none."""
    from hoptac.mentions.actor_names import role_fits

    # (asked for each date an undated story resolves: worked out once per list of actors, or a long page of dates
    # and actors would make the dates stage quadratic)
    seen = doc.scratch.get(_SCRATCH)
    if seen is not None and seen[0] is doc.actors and seen[1] == len(doc.actors):
        return seen[2]
    best: tuple[int, str] | None = None
    for a in doc.actors:
        # (the title's own role: the person's row, picked with no date, may be another office of theirs)
        title = _TITLE_RULE.search(a.rule) if a.name and a.rule.startswith("title+") else None
        role = _title_roles().get(title.group(0)) if title else None
        low = a.text.lower()
        written = any(w in low for w in _spellings().get(a.name or "", ()))
        if role not in _HEADS or low.startswith(_no_bound_prefixes()) or not written:
            continue
        years = [y for held, y in _first_years().get(a.name or "", []) if role_fits(role, held)]
        if years and (best is None or min(years) > best[0]):
            best = (min(years), a.text)
    doc.scratch[_SCRATCH] = (doc.actors, len(doc.actors), best)
    return best


def below_term(doc: Document | None, year: int, source: str, years: list[tuple[int, int, str, bool]],
               d: int | None, m: int, what: str) -> tuple[str, str] | None:
    """The value and reason of day `d` (or None) of month `m` when the story's year, `year` (from `source`), is
    older than the earliest the story can be of (`earliest_year`): the year the body writes for that same day
    elsewhere ("ngày 8/11/2016" beside "hôm 8/11": `years`, the body's year mentions) if it is at most a year before
    the bound (the election before a term; not the day an anniversary marks, "lên ngôi vào ngày 6-2-1952" beside
    "Ngày 6-2"), else XXXX. None: no bound."""
    floor = earliest_year(doc) if doc is not None else None
    if floor is None or year >= floor[0]:
        return None
    if d is not None:
        day = re.compile(rf"(?<!\d)0?{d}\s*[/.-]\s*0?{m}\s*[/.-]\s*(\d{{4}})(?!\d)")
        for _pos, y, text, _named in years:
            if (hit := day.search(text)) and int(hit.group(1)) == y and y >= floor[0] - 1:
                return str(y), f"{what} + the year the body writes for that day ('{text}'); no publication date"
    return "XXXX", (f"{what}: no publication date; the story's year would be {year} ('{source}'), before "
                    f"'{floor[1]}' took office in {floor[0]} → XXXX")
