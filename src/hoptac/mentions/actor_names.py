"""People in actor mentions: the words of a name after a title, whether a name
is clearly not Vietnamese, and the document's memory of the people met so far.

A title with a Vietnamese default ("Bộ trưởng", "Bộ Quốc phòng") stands for
Việt Nam only when nothing says otherwise; a name that cannot be Vietnamese
("Bộ trưởng Tư pháp Jeff Sessions", "ông Han Min-koo") says otherwise. Vietnamese
names are made of Vietnamese syllables and never hyphenated, so the test is
spelling, not a list of names: a word that is no Vietnamese syllable (f, j, w,
z, consonant clusters such as "ss", "rv", "nd") or a hyphenated name is foreign.
"""

from __future__ import annotations

import re
import unicodedata
from dataclasses import dataclass, field
from functools import lru_cache

_MAX_NAME = 6  # words of a person's name after a title
_APOSTROPHES = {"'", "\u2019"}

# One Vietnamese syllable, without its diacritics: initial, vowels, final.
_SYLLABLE = re.compile(
    r"^(?:ngh|ng|nh|ch|gh|gi|kh|ph|qu|th|tr|[bcdghklmnprstvx])?[aeiouy]{1,3}(?:ch|ng|nh|[cmnpt])?$")


@dataclass(slots=True)
class Tok:
    """A word of a sentence, with its offsets in doc.norm.text."""

    text: str
    low: str
    start: int
    end: int


def is_cap(t: Tok) -> bool:
    return t.text[:1].isupper() and t.text[:1].isalpha()


def name_run(toks: list[Tok], p: int, starts: dict[int, object], norm: str) -> int:
    """End (exclusive) of a person's name starting at token p: capitalised words,
    lower-case pieces joined by a hyphen ("Moon Jae-in", "Chan-o-cha") and
    apostrophes inside a word ("O'Brien"). At most _MAX_NAME words, a word's hyphened pieces
    counting as one: a name transliterated syllable by syllable is as long in words as written
    ("Mô-ha-mét Bin Áp-đun-ra-man An Tha-ni" is five words, eleven pieces)."""
    q, words = p, 0
    while q < len(toks):
        t = toks[q]
        hyphened = q > p and norm[toks[q - 1].end:t.start] == "-"
        if not hyphened and words == _MAX_NAME:
            break
        if q in starts and q > p:
            break
        if t.text in _APOSTROPHES and q > p and q + 1 < len(toks) and toks[q - 1].end == t.start \
                and t.end == toks[q + 1].start and toks[q + 1].text[:1].isalpha():
            q += 2
        elif (is_cap(t) and (q == p or norm[toks[q - 1].end:t.start] in (" ", "-"))) or (hyphened and t.text.isalpha()):
            words += not hyphened
            q += 1
        else:
            break
    return q


def _fold(word: str) -> str:
    """Lower case, without diacritics (đ -> d)."""
    d = unicodedata.normalize("NFD", word.lower().replace("đ", "d"))
    return "".join(c for c in d if not unicodedata.combining(c))


def looks_foreign(name: str) -> bool:
    """Is this capitalised name clearly not a Vietnamese person's name?

    Acronyms and numbers say nothing ("Bộ trưởng GTVT Nguyễn Văn Thể")."""
    if "-" in name.strip("-"):
        return True
    for w in re.findall(r"\w+", name):
        if w.isdigit() or (len(w) > 1 and w.isupper()) or not w[:1].isupper():
            continue
        if not _SYLLABLE.match(_fold(w)):
            return True
    return False


@lru_cache(maxsize=1)
def _vietnamese() -> tuple[frozenset[str], frozenset[str], frozenset[str]]:
    spec = read_names()
    return tuple(frozenset(_fold(w) for w in spec[k]) for k in _NAME_LISTS)  # type: ignore[return-value]


_NAME_LISTS = ("surnames", "only_vietnamese", "middle")


@lru_cache(maxsize=1)
def read_names() -> dict[str, list[str]]:
    """names.toml's lists of Vietnamese names, as written."""
    from hoptac.lexicon import LexiconError, read_toml

    raw = read_toml("names.toml")
    spec = raw.get("vietnamese")
    if set(raw) != {"vietnamese"} or not isinstance(spec, dict) or set(spec) - set(_NAME_LISTS):
        raise LexiconError(f"names.toml: expected one table [vietnamese] with lists {', '.join(_NAME_LISTS)}")
    return {k: list(spec.get(k, [])) for k in _NAME_LISTS}


@lru_cache(maxsize=1)
def _family_names() -> frozenset[str]:
    """names.toml's surnames as a token's `low` spells them (normalised, lower case), tones kept."""
    from hoptac.text.normalise import normalise

    raw = read_names()["surnames"]
    return frozenset(normalise(w).text.lower() for w in raw)


def is_family_name(tok: Tok) -> bool:
    """A capitalised Vietnamese family name of names.toml ("Dương", "Nguyễn"), its tones as written: folded,
    "Đảng" (the Party: "Bí thư Trung ương Đảng Cuba") would be "Đặng", and "Hạ" (viện) "Hà"."""
    return is_cap(tok) and tok.low in _family_names()


def looks_vietnamese(name: str) -> bool:
    """Is this a Vietnamese person's name (names.toml): three or more Vietnamese syllables, a
    Vietnamese family name and a Vietnamese middle name ("Nguyễn Chí Vịnh", "Phạm Sanh Châu")?
    Transliterated Chinese names ("Tập Cận Bình", "Lý Khắc Cường") fail on the family name."""
    words = re.findall(r"\w+", name)
    if len(words) < 3 or looks_foreign(name) or not all(w[:1].isupper() for w in words):
        return False
    surnames, only, middle = _vietnamese()
    first, second = _fold(words[0]), _fold(words[1])
    return first in only or (first in surnames and second in middle)


def role_fits(asked: str, held: str) -> bool:
    """'deputy_minister' fits 'deputy_foreign_minister'; 'minister' never fits a prime minister."""
    if asked == held:
        return True
    a, h = set(asked.split("_")), set(held.split("_"))
    if "prime" in h - a or "deputy" in h - a or "vice" in h - a:
        return False
    return a <= h


@dataclass
class Person:
    name: str
    code: str
    role: str | None
    # The text itself named the person's state ("Bộ trưởng Quốc phòng Đức Ursula von der Leyen"): that
    # outranks office_holders.tsv for the rest of the document, whose rows are of one date only.
    stated: bool = False


@dataclass
class Memory:
    """People met so far in the document, most recent last."""

    people: list[Person] = field(default_factory=list)
    keys: dict[str, Person] = field(default_factory=dict)
    # states named only as a team or the press ("truyền thông Syria"): (sentence, start, code),
    # still what a later "nước này" may refer to
    topics: list[tuple[int, int, str]] = field(default_factory=list)

    def add(self, name: str, code: str, role: str | None, stated: bool = False) -> None:
        p = self.keys.get(name.lower()) or Person(name, code, role)
        if p.stated and not stated:
            code = p.code
        p.code, p.role, p.stated = code, role or p.role, p.stated or stated
        if p in self.people:
            self.people.remove(p)
        self.people.append(p)
        parts = name.lower().split()
        # The whole name, its first and last word, and its last words from the second on: a later mention may
        # name only the end of a long name ("Mô-ha-mét Bin Áp-đun-ra-man An Tha-ni", then "Ngoại trưởng An Tha-ni").
        for k in {name.lower(), parts[0], parts[-1], *(" ".join(parts[i:]) for i in range(1, len(parts) - 1))}:
            self.keys[k] = p

    def by_name(self, name: str) -> Person | None:
        low = name.lower()
        if low in self.keys:
            return self.keys[low]
        parts = low.split()
        return self.keys.get(parts[-1]) if len(parts) == 1 else None

    def by_role(self, role: str, not_code: str = "") -> Person | None:
        for p in reversed(self.people):
            if p.role and role_fits(role, p.role) and p.code != not_code:
                return p
        return None
