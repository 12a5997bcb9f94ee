"""Anchors: the literal words one of which every match of a cue pattern must contain.

Most sentences hold none of the few hundred cue rules, yet running every rule's
regular expression over every sentence was half of all extraction time. One
Aho-Corasick pass (pyahocorasick) over a sentence finds which anchors occur,
and only the rules owning one of them are tried: the same hits, a fraction of
the work. A rule whose pattern yields no anchor (it could match without any
fixed word) is always tried, so gating never loses a match.

Why hand-written: no maintained library extracts required substrings from a
*Python* regular expression (RE2's prefilter does it for RE2 syntax only and
is not exposed by its Python binding), so this walks the parse tree of
Python's own `re` parser. Soundness rule: a node yields a set of strings only
when every string it can match contains one of them; anything it does not
understand yields None ("no anchor", the rule is always tried).
"""

from __future__ import annotations

import re
from operator import itemgetter
from collections.abc import Iterable, Iterator, Sequence

try:  # Python ≥ 3.11 keeps the parser here; 3.10 and older as sre_parse
    from re import _constants as _c  # type: ignore[attr-defined]
    from re import _parser as _p  # type: ignore[attr-defined]
except ImportError:  # pragma: no cover
    import sre_constants as _c  # type: ignore[no-redef]
    import sre_parse as _p  # type: ignore[no-redef]

import ahocorasick

Anchors = frozenset[str] | None

_ZERO_WIDTH = {_c.AT, _c.ASSERT, _c.ASSERT_NOT}
_MAX_ALTERNATIVES = 64  # a set larger than this gates too little to be worth it
_ALSO_MIN = 4  # the shortest word of a set `AnchorIndex` tests beside a pattern's own anchors


def _better(a: Anchors, b: Anchors) -> Anchors:
    """The more selective of two sound anchor sets (longest shortest word, then fewest words)."""
    if a is None:
        return b
    if b is None:
        return a
    ka = (min(map(len, a)), -len(a))
    kb = (min(map(len, b)), -len(b))
    return a if ka >= kb else b


def _parts(items: Iterable[tuple[object, object]]) -> Iterator[str | tuple[object, object]]:
    """A sequence's nodes with each run of literals joined into one word (zero-width assertions between
    literals allowed, and skipped): what `_sequence` and `_requirements` both walk."""
    run: list[str] = []
    for op, av in items:
        if op is _c.LITERAL:
            run.append(chr(av))  # type: ignore[arg-type]
            continue
        if op in _ZERO_WIDTH:
            continue
        if run:
            yield "".join(run)
            run = []
        yield op, av
    if run:
        yield "".join(run)


def _sequence(items: Iterable[tuple[object, object]]) -> Anchors:
    """Anchors of a sequence of nodes: each node is required, so the best of theirs, or of a
    literal run (literals next to each other, zero-width assertions between them allowed)."""
    best: Anchors = None
    for part in _parts(items):
        best = _better(best, frozenset({part}) if isinstance(part, str) else _node(*part))
    return best


def _node(op: object, av: object) -> Anchors:
    if op is _c.SUBPATTERN:
        _group, add, _del, sub = av  # type: ignore[misc]
        return None if add & re.IGNORECASE else _sequence(sub)
    if op is _c.BRANCH:
        _none, branches = av  # type: ignore[misc]
        out: set[str] = set()
        for branch in branches:
            got = _sequence(branch)
            if got is None:
                return None
            out |= got
        return frozenset(out) if len(out) <= _MAX_ALTERNATIVES else None
    if op in (_c.MAX_REPEAT, _c.MIN_REPEAT, getattr(_c, "POSSESSIVE_REPEAT", None)):
        low, _high, sub = av  # type: ignore[misc]
        return _sequence(sub) if low >= 1 else None
    if op is _c.IN and all(kind is _c.LITERAL for kind, _v in av):  # type: ignore[attr-defined]
        return frozenset(chr(v) for _k, v in av)  # type: ignore[attr-defined]  # "a|b" parses as [ab]
    if op is getattr(_c, "ATOMIC_GROUP", None):
        return _sequence(av)  # type: ignore[arg-type]
    return None


def _requirements(items: Iterable[tuple[object, object]]) -> list[frozenset[str]]:
    """Every anchor set of a sequence that a match must meet, all at once: each node of a sequence is
    matched, so each one's anchors (and each literal run) are required together, where `_sequence` keeps
    the best one only. Nested sequences (groups, repeats of at least one) give theirs; a node `_node` does
    not understand gives none (sound as `anchors` is: a set only where every match holds one of it)."""
    out: list[frozenset[str]] = []
    for part in _parts(items):
        if isinstance(part, str):
            out.append(frozenset({part}))
            continue
        op, av = part
        if op is _c.SUBPATTERN:
            _group, add, _del, sub = av  # type: ignore[misc]
            out += [] if add & re.IGNORECASE else _requirements(sub)
        elif op in (_c.MAX_REPEAT, _c.MIN_REPEAT, getattr(_c, "POSSESSIVE_REPEAT", None)):
            out += _requirements(av[2]) if av[0] >= 1 else []  # type: ignore[index]
        elif op is getattr(_c, "ATOMIC_GROUP", None):
            out += _requirements(av)  # type: ignore[arg-type]
        elif (got := _node(op, av)) is not None:
            out.append(got)
    return [s for s in out if "" not in s and len(s) <= _MAX_ALTERNATIVES]


def requirements(pattern: re.Pattern[str]) -> list[frozenset[str]]:
    """The anchor sets every match of `pattern` meets all of ([] when unsure, as `anchors` is)."""
    if pattern.flags & re.IGNORECASE:
        return []
    try:
        return _requirements(_p.parse(pattern.pattern, pattern.flags))
    except Exception:  # noqa: BLE001 - a parser change must cost speed, never matches
        return []


def anchors(pattern: re.Pattern[str]) -> Anchors:
    """The words one of which every match of `pattern` contains, or None when there are none."""
    try:
        parsed = _p.parse(pattern.pattern, pattern.flags)
    except Exception:  # noqa: BLE001 - a parser change must cost speed, never matches
        return None
    if pattern.flags & re.IGNORECASE:
        return None  # case-insensitive matching folds more than lower() does ("ſ" is an "s")
    found = _sequence(parsed)
    return None if found is None or "" in found else found


def case_blind_anchors(pattern: re.Pattern[str]) -> Anchors:
    """`anchors` of a case-insensitive pattern, lower-cased: sound for a text that `lowers_safely`
    accepts, looked for in that text lowered (the date forms are matched case-blind)."""
    if not pattern.flags & re.IGNORECASE:
        return anchors(pattern)
    try:
        parsed = _p.parse(pattern.pattern, pattern.flags & ~re.IGNORECASE)
    except Exception:  # noqa: BLE001 - a parser change must cost speed, never matches
        return None
    found = _sequence(parsed)
    if found is None or "" in found or not _CASE_UNSAFE or any(not _CASE_UNSAFE.isdisjoint(w) for w in found):
        return None
    return frozenset(w.lower() for w in found)


def case_blind_requirements(pattern: re.Pattern[str]) -> list[frozenset[str]]:
    """`requirements` of a case-insensitive pattern, lower-cased, as `case_blind_anchors` gives its anchors (sound
    for a text that `lowers_safely` accepts, looked for in that text lowered); a set with a word `_CASE_UNSAFE`
    holds a letter of is left out."""
    if not pattern.flags & re.IGNORECASE:
        return requirements(pattern)
    try:
        sets = _requirements(_p.parse(pattern.pattern, pattern.flags & ~re.IGNORECASE))
    except Exception:  # noqa: BLE001 - a parser change must cost speed, never matches
        return []
    return [frozenset(w.lower() for w in s) for s in sets
            if _CASE_UNSAFE and all(_CASE_UNSAFE.isdisjoint(w) for w in s)]


def _case_unsafe() -> frozenset[str]:
    """Characters for which `str.lower` is not what case-blind matching compares: the non-ASCII
    letters `re` treats as the same letter as another beyond lower case (ſ as s, the Kelvin sign as
    k, µ as μ, ...; each such pair has one), and those whose full lower case differs from the simple
    one (İ) or depends on what follows (Σ). A text holding one is not gated; an anchor holding one
    is not used."""
    try:
        from re._casefix import _EXTRA_CASES  # type: ignore[import-not-found]
    except ImportError:  # pragma: no cover - then nothing is gated
        return frozenset()
    extra = {chr(c) for k, vs in _EXTRA_CASES.items() for c in (k, *vs) if c > 127}
    return frozenset(extra | {"\u0130", "\u03a3"})


_CASE_UNSAFE = _case_unsafe()
# The same characters as a class (no IGNORECASE: each matches itself only): one search of a sentence
# is a quarter of the time of `isdisjoint`, which makes a string of every character.
_CASE_UNSAFE_ANY = re.compile("[" + "".join(map(re.escape, sorted(_CASE_UNSAFE))) + "]") if _CASE_UNSAFE else None


def blind_safe(word: str) -> bool:
    """Whether case-blind matching of `word` finds in a text that `lowers_safely` accepts exactly
    where `word.lower()` occurs in `text.lower()` (no character of the word is one of `_case_unsafe`)."""
    return bool(_CASE_UNSAFE) and _CASE_UNSAFE.isdisjoint(word)


def lowers_safely(text: str) -> bool:
    """Whether `case_blind_anchors` may be looked for in `text.lower()` (see `_case_unsafe`)."""
    return _CASE_UNSAFE_ANY is not None and _CASE_UNSAFE_ANY.search(text) is None


class AnchorIndex:
    """Which of a list of patterns can match a text, found in one pass over it."""

    def __init__(self, patterns: Sequence[re.Pattern[str]]) -> None:
        self.size = len(patterns)
        self.always: list[int] = []
        owners: dict[str, list[int]] = {}
        # A pattern's other required anchor sets (`requirements`), tested once its own set is found:
        # "tiêm ... cho" is filed under " cho ", in most sentences, and is tried only where "tiêm" is too.
        self.also: dict[int, list[frozenset[str]]] = {}
        for i, rx in enumerate(patterns):
            found = gated_anchors(rx)
            if found is None:
                self.always.append(i)
                continue
            for word in found:
                owners.setdefault(word, []).append(i)
            # (only sets of words of four characters or more: a shorter word, "t", " ", "của", is in nearly
            # every sentence, and finding it cost more than the patterns it would turn away)
            more = [s for s in requirements(rx) if s != found and min(map(len, s)) >= _ALSO_MIN]
            if more:
                self.also[i] = more
        extra = {w for sets in self.also.values() for s in sets for w in s}
        self._owners = {word: tuple(idx) for word, idx in owners.items()}
        self._auto = ahocorasick.Automaton()
        for word in owners.keys() | extra:
            self._auto.add_word(word, word)
        if owners:
            self._auto.make_automaton()
        self._empty = not owners

    def candidates(self, text: str) -> list[int]:
        """Indices, in pattern order, of the patterns that may match `text`."""
        if self._empty:
            return self.always
        found = set(self.always)
        seen = set(map(_WORD_OF, self._auto.iter(text)))
        owners = self._owners
        for word in seen:
            found.update(owners.get(word, ()))
        also = self.also
        return sorted(i for i in found if i not in also or all(not s.isdisjoint(seen) for s in also[i]))


def _digit_only_class(items: Iterable[tuple[object, object]]) -> bool:
    """Whether a character class matches digits only (0-9 ranges, literals, or \\d)."""
    found = False
    for op, av in items:
        if op is _c.LITERAL and chr(av).isdecimal():  # type: ignore[arg-type]  # what \d matches
            found = True
        elif op is _c.RANGE and all(ord("0") <= x <= ord("9") for x in av):  # type: ignore[union-attr]
            found = True
        elif op is _c.CATEGORY and av is _c.CATEGORY_DIGIT:
            found = True
        else:
            return False
    return found


def _needs_digit(items: Iterable[tuple[object, object]]) -> bool:
    for op, av in items:
        if op is _c.IN and _digit_only_class(av):  # type: ignore[arg-type]
            return True
        if op is _c.LITERAL and chr(av).isdecimal():  # type: ignore[arg-type]
            return True
        if op is _c.SUBPATTERN and _needs_digit(av[3]):  # type: ignore[index]
            return True
        if op is _c.BRANCH and all(_needs_digit(b) for b in av[1]):  # type: ignore[index]
            return True
        if op in (_c.MAX_REPEAT, _c.MIN_REPEAT) and av[0] >= 1 and _needs_digit(av[2]):  # type: ignore[index]
            return True
    return False


def requires_digit(pattern: re.Pattern[str]) -> bool:
    """Whether every match of `pattern` holds a digit (then a text without one needs no try).
    Sound in the same way as `anchors`: False whenever unsure."""
    try:
        return _needs_digit(_p.parse(pattern.pattern, pattern.flags))
    except Exception:  # noqa: BLE001
        return False


# -- one pattern's gate ------------------------------------------------------------------------

# Keyed by the pattern's id, with the pattern kept beside its automaton (so that the id is never
# another pattern's): hashing a compiled pattern hashes its whole compiled code, every time, and
# for a phrase list that cost more than the automaton's pass that `may_match` makes.
_GATES: dict[int, tuple[re.Pattern[str], ahocorasick.Automaton | None]] = {}
_GATE_WORDS: dict[int, tuple[re.Pattern[str], frozenset[str]]] = {}  # the words `gate` was given, likewise


def _automaton(words: Iterable[str] | None) -> ahocorasick.Automaton | None:
    """An automaton that finds any of `words`; None (no gate: always try) without words."""
    found = sorted(set(words or ()))
    if not found or "" in found:
        return None
    auto = ahocorasick.Automaton()
    for word in found:
        auto.add_word(word, word)
    auto.make_automaton()
    return auto


def gate(pattern: re.Pattern[str], words: Iterable[str]) -> None:
    """Say which literal words one of which every match of `pattern` holds (a phrase list's own
    phrases, however many: `anchors` gives up past a few dozen alternatives)."""
    words = frozenset(words)
    _GATES[id(pattern)] = (pattern, _automaton(words))
    _GATE_WORDS[id(pattern)] = (pattern, words)


def gated_anchors(pattern: re.Pattern[str]) -> Anchors:
    """The words `gate` was given for `pattern` (a phrase list's phrases), else its `anchors`: what an
    `AnchorIndex` files it under. A phrase list of more than a few dozen phrases has no `anchors`, so
    it was tried on every text ([exclude] phrases, in every sentence where a cue matched: nine tenths
    of the exclusions' time, for a phrase in a fifth of those sentences)."""
    known = _GATE_WORDS.get(id(pattern))
    if known is not None and known[1] and "" not in known[1]:
        return known[1]
    return anchors(pattern)


def may_match(pattern: re.Pattern[str], text: str) -> bool:
    """False only when `pattern` cannot match `text`: none of its anchors (`gate`, else `anchors`)
    occurs in it. Most sentences hold none of a word list's phrases, and one pass of an automaton
    costs a fraction of the regular expression's scan, which tries every alternative at every
    position."""
    known = _GATES.get(id(pattern))
    if known is None:
        known = _GATES[id(pattern)] = (pattern, _automaton(anchors(pattern)))
    auto = known[1]
    return auto is None or next(auto.iter(text), None) is not None


def word_finder(words: Iterable[str]) -> ahocorasick.Automaton | None:
    """An automaton for `found_words`: one pass over a text finds which of `words` occur in it as
    substrings (what `word in text` tells for one word at a time). None without words."""
    return _automaton(words)


def found_words(finder: ahocorasick.Automaton | None, text: str) -> set[str]:
    """The words of `word_finder(words)` that occur in `text`: {w for w in words if w in text}."""
    return set(map(_WORD_OF, finder.iter(text))) if finder is not None else set()


_WORD_OF = itemgetter(1)  # of the automaton's (end, word)
