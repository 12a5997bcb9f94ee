"""The actor lexicon, compiled once: every name, title and phrase of the data
files in `lexicon/data/` keyed by its normalised words.

Matching works on words, not characters: a phrase is looked up by its first
word, then by its whole run of words (longest first), so the dantri corpus runs
in seconds and a name never matches inside another word. Words are compared in
the normalised spelling (`text.normalise`), so NFD, old/new tone placement and
i/y variants ("Thụy Sỹ"/"Thụy Sĩ", "Mỹ"/"Mĩ") all meet. Hyphens separate words
("ASEAN-Mỹ" is ASEAN then Mỹ, "Ả-rập" = "Ả rập").

Country names come from CLDR through babel (Vietnamese territory names) and
ISO alpha-3 codes from CLDR's own alias table, where each alpha-3 code is an
"overlong" alias of its alpha-2 code: no extra file or package is needed.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field
from functools import lru_cache
from typing import Any

import ahocorasick

from hoptac.lexicon import read_tsv, short
from hoptac.text.normalise import normalise

# A word (letters/digits, with & and + inside acronyms such as J&J) or one sign;
# hyphens are dropped so that they separate words like spaces do.
TOKEN = re.compile(r"\w+(?:[&+]\w+)*|[^\w\s-]")


@dataclass
class Entry:
    """One phrase of the lexicon and what it stands for."""

    phrase: str  # as written in the data file
    code: str  # "" for groups/anaphors/member sets, "-" for a blocking phrase
    kind: str  # state | org | intl | group | anaphor | title | person | firm | block
    rule: str  # "country_aliases.tsv:12", "cldr:vi:US"
    upper_first: bool  # the phrase starts with a capital letter
    ntok: int
    guard: str = ""  # "" | name | state | metonym | pair | short (a person's short name)
    unless_next: frozenset[str] = frozenset()
    # A word of `unless_next` that does not block before these words ("viện!trợ": "Mỹ viện trợ" is the
    # United States giving aid, "Thẩm Mỹ viện" no country): the word after it, lower-cased.
    unless_next_but: dict[str, frozenset[str]] = field(default_factory=dict)
    role: str | None = None
    title_kind: str | None = None  # person | body | portfolio (titles)
    members: tuple[str, ...] = ()
    holder_rows: list[dict[str, str]] = field(default_factory=list)  # persons
    exact: str = ""  # single words: the exact normalised form
    not_vnm: bool = False  # titles: an office Việt Nam's state does not have (default "-")


@dataclass
class Lexicon:
    """All entries, indexed for word-wise longest match, and the context words."""

    entries: dict[str, list[Entry]]  # lower-cased key of words -> entries
    lengths: dict[str, list[int]]  # lower-cased first word -> phrase lengths, longest first
    context: dict[str, set[str]]  # actor_context.tsv kind -> lower-cased phrases
    title_keys: set[str]  # lower-cased title phrases (state context too)
    names: dict[str, str]  # code -> a display name of the country or body
    org_codes: set[str]
    counted_first: frozenset[str] = frozenset()  # first words of actor_context.tsv counted_states ("nước", "quốc")
    # actor_context.tsv person_honorific: the one-word ones ("ông"), the two-word ones by their last word
    # ({"chí": "đồng"}) and every word that may end one (a cheap first test of a sentence: most hold none)
    honorifics: frozenset[str] = frozenset()
    honorific_pairs: dict[str, str] = field(default_factory=dict)
    honorific_ends: frozenset[str] = frozenset()
    finder: Any = None  # every key as " key ": an automaton for `phrase_starts` (built by `load`)
    # actor_context.tsv title_owner_link as word tuples by length, longest first (actor_titles._owner_link): built
    # once here, not sorted and split for every title, which was half of `title`'s time (0.032 -> 0.007 s CPU
    # over 600 Dân trí articles)
    owner_links: tuple[tuple[int, frozenset[tuple[str, ...]]], ...] = field(init=False, default=())

    def __post_init__(self) -> None:
        by: dict[int, set[tuple[str, ...]]] = {}
        for link in self.context.get("title_owner_link", ()):
            words = tuple(link.split())
            by.setdefault(len(words), set()).add(words)
        self.owner_links = tuple(sorted(((n, frozenset(w)) for n, w in by.items()), key=lambda t: -t[0]))
        if self.finder is None and self.entries:
            self.finder = ahocorasick.Automaton()
            for key in self.entries:
                self.finder.add_word(f" {key} ", (len(key), key.count(" ") + 1))
            self.finder.make_automaton()


def phrase_starts(words: list[str], lex: Lexicon) -> dict[int, set[int]]:
    """{i: the lengths in words of the keys of `lex.entries` that `words[i:]` opens with}: what looking up
    `" ".join(words[i:i + n])` for every word i and every length n of `lex.lengths[words[i]]` finds (the
    words lower-cased, as the keys are). One pass of an automaton over the words joined by single spaces,
    each key looked for between two spaces, so only at whole words: the lookups were most of the time of
    a sentence that names no actor (a key's words hold no space, so a key occurs there exactly where it is
    the join of the words it covers). pyahocorasick does the pass; it has no whole-word mode, hence the
    spaces. A hit's word is the number of spaces before it, less the leading one: counted by `str.count`
    for each of the few hits, not looked up in a table of every word's start built per sentence (the
    table was a third of this function's time: 0.094 -> 0.062 s over the 18,176 sentences of 600 Dân trí
    articles, best of 7)."""
    if lex.finder is None:
        return {}
    found: dict[int, set[int]] = {}
    joined = " " + " ".join(words) + " "
    count = joined.count
    for end, (size, n) in lex.finder.iter(joined):
        found.setdefault(count(" ", 0, end - size) - 1, set()).add(n)
    return found


def words(text: str) -> list[str]:
    """The words of a (normalised) text, as the matcher sees them."""
    return TOKEN.findall(text)


def key_of(phrase: str) -> tuple[str, list[str]]:
    """Normalise a lexicon phrase: its lower-cased word key and its words."""
    toks = words(normalise(phrase).text)
    return " ".join(toks).lower(), toks


def _short(where: str) -> str:
    """Rows already carry their short place ('x.tsv:12'); kept for the callers below."""
    return short(where)


def alpha3_codes() -> dict[str, str]:
    """ISO 3166-1 alpha-2 -> alpha-3 from CLDR's territory aliases (via babel).

    CLDR lists each alpha-3 code as an overlong alias of its alpha-2 code; the
    few alpha-2 codes with two such aliases (MM: BUR, MMR) also carry a retired
    one, and the current one is the one spelt like the alpha-2 code."""
    from babel.core import get_global

    found: dict[str, list[str]] = {}
    for alias, targets in get_global("territory_aliases").items():
        if len(alias) == 3 and alias.isalpha() and alias.isupper() and len(targets) == 1:
            found.setdefault(targets[0], []).append(alias)
    out = {}
    for a2, cands in found.items():
        user_assigned = a2[0] == "X" or (a2[0] == "Q" and a2[1] >= "M") or a2 in ("AA", "ZZ")
        if len(a2) != 2 or user_assigned or a2 in ("EU", "UN", "EZ"):
            continue
        cands.sort(key=lambda a3: (a3[:2] == a2, a3[0] == a2[0]), reverse=True)
        out[a2] = cands[0]
    return out


class _Builder:
    """Collects entries; the first entry of a kind for a key wins over later files."""

    def __init__(self) -> None:
        self.entries: dict[str, list[Entry]] = {}
        self.lengths: dict[str, set[int]] = {}

    def add(self, phrase: str, **kw: object) -> Entry | None:
        key, toks = key_of(phrase)
        if not toks:
            return None
        kind = str(kw["kind"])
        for old in self.entries.get(key, []):
            if _family(old.kind) == _family(kind) and old.exact == (toks[0] if len(toks) == 1 else ""):
                return old  # an earlier (more specific) file already says what it is
        e = Entry(
            phrase=phrase,
            upper_first=toks[0][:1].isupper(),
            ntok=len(toks),
            exact=toks[0] if len(toks) == 1 else "",
            **kw,  # type: ignore[arg-type]
        )
        self.entries.setdefault(key, []).append(e)
        self.lengths.setdefault(toks[0].lower(), set()).add(len(toks))
        return e


def _family(kind: str) -> str:
    """Titles may share a phrase with a name ("Nhà Trắng"); names may not share."""
    return "title" if kind == "title" else "name"


def unless_words(cell: str) -> tuple[frozenset[str], dict[str, frozenset[str]]]:
    """An `unless_next` cell ("phẩm|viện!trợ!dẫn"): the words that, right after the phrase, say it is no
    country, and for a word written with "!" the words after it that say it is one after all."""
    words: set[str] = set()
    but: dict[str, frozenset[str]] = {}
    for item in filter(None, cell.split("|")):
        word, *after = (normalise(w).text for w in item.split("!"))
        words.add(word)
        if after:
            but[word] = frozenset(w.lower() for w in after if w)
    return frozenset(words), but


@lru_cache(maxsize=1)
def load() -> Lexicon:
    """Compile every actor table once per process (HOPTAC_LEXICON files included)."""
    b = _Builder()
    orgs = {r["code"] for r in read_tsv("organisations.tsv") if r.get("code")}
    names: dict[str, str] = {}
    for r in (*read_tsv("country_aliases.tsv"), *read_tsv("subnational.tsv")):
        code = r["code"]
        kind = "block" if code == "-" else ("org" if code in orgs else "state")
        unless, but = unless_words(r.get("unless_next", ""))
        b.add(r["phrase"], code=code, kind=kind, rule=_short(r["_where"]),
              guard=r.get("guard", ""), unless_next=unless, unless_next_but=but)
    _add_cldr(b, names)
    for r in read_tsv("organisations.tsv"):
        members = tuple(r.get("members", "").split())
        b.add(r["phrase"], code=r.get("code", ""), kind="org" if r.get("code") else "state",
              rule=_short(r["_where"]), members=members)
        if r.get("code"):
            names.setdefault(r["code"], r["phrase"])
    for r in read_tsv("intl.tsv"):
        b.add(r["phrase"], code=r.get("code", ""), kind=r["kind"], rule=_short(r["_where"]))
    for r in read_tsv("firms.tsv"):
        b.add(r["phrase"], code=r["code"], kind="firm", rule=_short(r["_where"]))
    _add_holders(b)
    title_keys: set[str] = set()
    for r in read_tsv("titles.tsv"):
        default = r.get("default", "")
        e = b.add(r["phrase"], code="" if default == "-" else default, not_vnm=default == "-",
                  kind="title", rule=_short(r["_where"]),
                  role=r["role"], title_kind=r.get("kind", "person"))
        if e is not None:
            title_keys.add(key_of(r["phrase"])[0])
    context: dict[str, set[str]] = {}
    for r in read_tsv("actor_context.tsv"):
        context.setdefault(r["kind"], set()).add(key_of(r["phrase"])[0] or r["phrase"])
    pairs = {w.split()[1]: w.split()[0] for w in context.get("person_honorific", ()) if len(w.split()) == 2}
    return Lexicon(
        entries=b.entries,
        lengths={k: sorted(v, reverse=True) for k, v in b.lengths.items()},
        context=context,
        title_keys=title_keys,
        names=names,
        org_codes=orgs,
        counted_first=frozenset(w.split()[0] for w in context.get("counted_states", ())),
        honorifics=frozenset(w for w in context.get("person_honorific", ()) if " " not in w),
        honorific_pairs=pairs,
        honorific_ends=frozenset(w.rsplit(" ", 1)[-1] for w in context.get("person_honorific", ())),
    )


def _add_cldr(b: _Builder, names: dict[str, str]) -> None:
    """CLDR's Vietnamese territory names; one-word names get the `name` guard."""
    import babel

    a3 = alpha3_codes()
    for a2, name in babel.Locale.parse("vi").territories.items():
        code = a3.get(a2)
        if not code:
            continue
        names.setdefault(code, name)
        variants = [name]
        m = re.match(r"^(.*?)\s*\((.*)\)$", name)  # "Myanmar (Miến Điện)"
        if m:
            variants = [m.group(1), m.group(2)]
        for v in variants:
            if "," in v:
                continue  # "Đặc khu Hành chính Hồng Kông, Trung Quốc": the aliases cover it
            guard = "name" if len(key_of(v)[1]) == 1 else ""
            b.add(v, code=code, kind="state", rule=f"cldr:vi:{a2}", guard=guard)


def _add_holders(b: _Builder) -> None:
    """Each office holder's name and aliases lead to all of that person's rows;
    the short forms ("Moon", "Tập") do too, but only after a title or ông/bà."""
    rows: dict[str, list[dict[str, str]]] = {}
    for r in read_tsv("office_holders.tsv"):
        rows.setdefault(r["name"], []).append(r)
    for name, rs in rows.items():
        spellings = [name] + [a for a in rs[0].get("aliases", "").split("|") if a]
        shorts = [a for a in rs[0].get("short", "").split("|") if a]
        for s in spellings + shorts:
            b.add(s, code=rs[0]["code"], kind="person", rule=_short(rs[0]["_where"]),
                  holder_rows=rs, guard="short" if s in shorts else "")


def holder_row(entry: Entry, published: str | None, role_hint: str | None = None) -> dict[str, str]:
    """The office a known person held on the publication date (or matching the title).

    Of two offices held at once, the one the title names; without a date, the
    row of the title's role if any, else the person's latest row."""
    from hoptac.mentions.actor_names import role_fits

    rows = entry.holder_rows
    day = (published or "")[:10]
    if day:
        held = [r for r in rows if r.get("from", "") <= day and (not r.get("to") or day < r["to"])]
        fitting = [r for r in held if role_hint and role_fits(role_hint, r["role"])]
        if fitting or held:
            return (fitting or held)[0]
    if role_hint:
        for r in reversed(rows):
            if role_fits(role_hint, r["role"]):
                return r
    if day:
        return {**rows[-1], "role": ""}  # not in office then: still the person's country
    return rows[-1]
