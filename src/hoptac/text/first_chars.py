"""Where a match can start: a pattern put behind a lookahead for the characters its matches open with.

Python's `re` tries a pattern that opens on an optional word or a choice of words (the date forms:
"sáng", "chiều hôm", "ngày" or a digit) at every position of a text, word by word. A lookahead for the
characters a match can start with turns most positions away on one test. Those characters are read off
the parse tree of `re`'s own parser, soundly in the way `anchors` is: anything not understood leaves the
pattern as it is.
"""

from __future__ import annotations

import re
from collections.abc import Iterable

from hoptac.text.anchors import _ZERO_WIDTH, _c, _p

_CATEGORY_CLASS = {_c.CATEGORY_DIGIT: r"\d", _c.CATEGORY_NOT_DIGIT: r"\D", _c.CATEGORY_SPACE: r"\s",
                   _c.CATEGORY_NOT_SPACE: r"\S", _c.CATEGORY_WORD: r"\w", _c.CATEGORY_NOT_WORD: r"\W"}
_REPEATS = {_c.MAX_REPEAT, _c.MIN_REPEAT, getattr(_c, "POSSESSIVE_REPEAT", None)} - {None}


def _starts_of_class(items: Iterable[tuple[object, object]]) -> list[str] | None:
    """A (positive) character class's members written for another class; None for one it cannot copy."""
    out = []
    for op, av in items:
        if op is _c.LITERAL:
            out.append(re.escape(chr(av)))  # type: ignore[arg-type]
        elif op is _c.RANGE:
            out.append(re.escape(chr(av[0])) + "-" + re.escape(chr(av[1])))  # type: ignore[index]
        elif op is _c.CATEGORY and av in _CATEGORY_CLASS:
            out.append(_CATEGORY_CLASS[av])  # type: ignore[index]
        else:  # a negated class, an unusual category
            return None
    return out


def _starts_of_sequence(items: Iterable[tuple[object, object]]) -> tuple[list[str] | None, bool]:
    """(what a match of the sequence can start with, whether it can match nothing): the first
    characters of each node up to the first that cannot match nothing; zero-width ones consume none."""
    out: list[str] = []
    for op, av in items:
        if op in _ZERO_WIDTH:
            continue
        got, empty = _starts_of_node(op, av)
        if got is None:
            return None, False
        out += got
        if not empty:
            return out, False
    return out, True


def _starts_of_node(op: object, av: object) -> tuple[list[str] | None, bool]:
    if op is _c.LITERAL:
        return [re.escape(chr(av))], False  # type: ignore[arg-type]
    if op is _c.IN:
        return _starts_of_class(av), False  # type: ignore[arg-type]
    if op is _c.SUBPATTERN:
        _group, add, remove, sub = av  # type: ignore[misc]
        return (None, False) if add or remove else _starts_of_sequence(sub)  # ((?i:...) is not copied)
    if op is _c.BRANCH:
        out: list[str] = []
        empty = False
        for branch in av[1]:  # type: ignore[index]
            got, may_be_empty = _starts_of_sequence(branch)
            if got is None:
                return None, False
            out += got
            empty = empty or may_be_empty
        return out, empty
    if op in _REPEATS:
        low, _high, sub = av  # type: ignore[misc]
        got, empty = _starts_of_sequence(sub)
        return got, empty or low == 0
    if op is getattr(_c, "ATOMIC_GROUP", None):
        return _starts_of_sequence(av)  # type: ignore[arg-type]
    return None, False  # any character, a back reference, a conditional: anything may start it


def starting_with(pattern: re.Pattern[str]) -> re.Pattern[str]:
    """`pattern` behind a lookahead for the characters its matches can start with ("(?=[0-9nsđ...])"),
    with its flags (a case-blind pattern's class is matched case-blind as its letters are): the same
    matches, found sooner. Python's `re` tries a pattern that opens on an optional word or a choice of
    words at every position, word by word; the lookahead turns most positions away on one test (the
    date forms scanned in half the time). `pattern` itself when unsure of its first characters or when
    a match could be empty, as `anchors` gives up; and when it opens on a letter or a class of its own
    ("tháng", "\\d"), which it tests as fast as the lookahead would (or `re` skips to, without one)."""
    try:
        parsed = _p.parse(pattern.pattern, pattern.flags)
        if parsed and parsed[0][0] in (_c.LITERAL, _c.IN):
            return pattern
        got, empty = _starts_of_sequence(parsed)
        if got is None or empty or not got:
            return pattern
        return re.compile("(?=[" + "".join(dict.fromkeys(got)) + "])" + pattern.pattern, pattern.flags)
    except Exception:  # noqa: BLE001 - a parser change (or a global flag "(?i)" first) must cost speed, never matches
        return pattern
