"""Normalisation for matching, with a map back to the original characters.

Vietnamese news arrives in NFC and NFD, with old and new tone placement
(hòa/hoà, thủy/thuỷ), i/y spelling variants (Thụy Sỹ/Thụy Sĩ), non-breaking
spaces and zero-width characters. Matching runs on the normalised text;
evidence and offsets stay in the original. No library does this for
Vietnamese with an offset map (unicodedata.normalize gives no map, and
tone-placement libraries rewrite strings without one), so it is written here.
"""

from __future__ import annotations

import bisect
import re
import unicodedata
from collections.abc import Sequence
from dataclasses import dataclass
from functools import lru_cache
from typing import TYPE_CHECKING

if TYPE_CHECKING:
    import numpy as np

# Tone marks (combining) vs. the other Vietnamese diacritics, which stay put.
_TONES = {"\u0300", "\u0301", "\u0303", "\u0309", "\u0323"}
_SPACES = {"\u00a0", "\u2007", "\u202f", "\u2009", "\u200a", "\u3000", "\t", "\u2002", "\u2003"}
_DROP = {"\u200b", "\u200c", "\u200d", "\u2060", "\ufeff", "\u00ad"}
# The only words `_canonical_syllable` can change: those whose last letter is a, e or y with a tone
# (a tone that may move: hoà → hòa) or a plain y (a lone y: sỹ → sĩ, lý → lí). Rewriting only these
# calls it for about one word in ten, not every word (a superset of the changed words, so the same text).
_LAST_LETTERS = "àáảãạèéẻẽẹỳýỷỹỵyÀÁẢÃẠÈÉẺẼẸỲÝỶỸỴY"
_CANDIDATE = re.compile(rf"(?<![^\W\d_])[^\W\d_]*[{_LAST_LETTERS}](?![^\W\d_])")
# `_CANDIDATE` in the text written backwards: a word (a run of letters) that opens on one of the last
# letters, with no letter before it. Opening on a class of letters, it lets `re` skip to the next such
# letter in one fast loop, where `_CANDIDATE` tried every position: the same words, a third of the time.
_CANDIDATE_REVERSED = re.compile(rf"[{_LAST_LETTERS}](?<![^\W\d_].)[^\W\d_]*")
# Open syllables whose tone old and new styles place differently.
_MOVABLE = re.compile(r"(?<!q)(oa|oe|uy)$")
# A syllable whose only vowel is y after a consonant: sỹ/sĩ, kỹ/kĩ, lý/lí.
_LONE_Y = re.compile(r"^[bcdđghklmnpqrstvx]+y$")


@dataclass
class NormText:
    """Normalised text plus, for every character, where it came from."""

    text: str
    # orig[i]: offset in the original of char i; orig[len] = len(original). A range where nothing moved
    # (most news): a list of every offset was a fifth of normalising.
    orig: Sequence[int]

    def to_original(self, start: int, end: int) -> tuple[int, int]:
        """Map a span of the normalised text back to the original text."""
        return self.orig[start], self.orig[end]

    def from_original(self, start: int, end: int) -> tuple[int, int]:
        """Map a span of the original text into the normalised text."""
        if type(self.orig) is range:
            # Nothing moved (most news): offsets are the same, clamped to the text as the bisection
            # below clamps them. Every stage maps every sentence and mention through here, and
            # bisecting a range (an int made per probe) cost more than the rest of the call.
            last = len(self.text)
            return min(max(start, 0), last), last if end >= last else max(end, 0)
        s = bisect.bisect_left(self.orig, start, 0, len(self.orig) - 1)
        e = bisect.bisect_left(self.orig, end, 0, len(self.orig) - 1)
        if end >= self.orig[-1]:
            e = len(self.text)
        return s, e


def _split_tone(ch: str) -> tuple[str, str]:
    """Split a (composed) letter into its letter without tone and its tone mark."""
    d = unicodedata.normalize("NFD", ch)
    tone = "".join(c for c in d if c in _TONES)
    rest = "".join(c for c in d if c not in _TONES)
    return unicodedata.normalize("NFC", rest), tone


@lru_cache(maxsize=65536)  # news reuses a few thousand syllables: fold each once
def _canonical_syllable(word: str) -> str:
    """Put the tone where the old (most common) style does and fold lone y to i.

    Length-preserving, so the offset map stays valid."""
    letters = [_split_tone(c) for c in word]
    bases = "".join(b for b, _ in letters)
    tones = [i for i, (_, t) in enumerate(letters) if t]
    low = bases.lower()
    if len(tones) == 1:
        m = _MOVABLE.search(low)
        if m and tones[0] == len(word) - 1:
            i = tones[0]
            tone = letters[i][1]
            letters[i] = (letters[i][0], "")
            letters[i - 1] = (letters[i - 1][0], tone)
    if _LONE_Y.match(low):
        b, t = letters[-1]
        letters[-1] = ("i" if b == "y" else "I", t)
    out = [unicodedata.normalize("NFC", b + t) for b, t in letters]
    if any(len(c) != 1 for c in out):
        return word
    return "".join(out)


@lru_cache(maxsize=1)
def _combining() -> str:
    """Every combining character of this Python's Unicode data (built once, on first use; a
    `filter` of built-ins, a third faster than a generator, since every process pays it)."""
    return "".join(filter(unicodedata.combining, map(chr, range(0x300, 0x110000))))


@lru_cache(maxsize=1)
def _changed() -> frozenset[str]:
    """Characters the per-character loop of `normalise` would change: spaces, zero-width
    characters, curly quotes, dashes, and every combining mark (a cluster to compose, whose
    offsets map to its base). Text that is NFC and holds none of them (most news) goes
    through unchanged, character for character, with no loop. (A set, not a regex class: a
    class of two thousand marks made every search slow.)"""
    return frozenset(_SPACES | _DROP | set("\u2018\u2019\u201c\u201d\u2013\u2014\u2212") | set(_combining()))


def normalise(text: str) -> NormText:
    """NFC, plain spaces, no zero-width characters, one tone placement, i for lone y."""
    if _changed().isdisjoint(text) and unicodedata.is_normalized("NFC", text):
        return NormText(_canonical_syllables(text), range(len(text) + 1))
    return _normalise_clusters(text)


def _canonical_syllables(text: str) -> str:
    """Every word of `_CANDIDATE` put through `_canonical_syllable`: done backwards (`_CANDIDATE_REVERSED`),
    each word turned round and back; the same text as `_CANDIDATE.sub`."""
    return _CANDIDATE_REVERSED.sub(_canonical_reversed, text[::-1])[::-1]


def _canonical_reversed(m: re.Match[str]) -> str:
    return _canonical_syllable(m.group()[::-1])[::-1]


def _normalise_clusters(text: str) -> NormText:
    """`normalise`, character cluster by cluster: the general case.

    Between the clusters that may change (a character to replace or drop, a letter with its
    combining marks: `_stops`), every cluster is one character that NFC keeps: such a run is copied
    whole, with offsets that do not move, where it is NFC as a whole (then each of its characters is:
    a character that NFC changes makes any text that holds it not NFC). A page with a few curly
    quotes went character by character through its whole text: two thirds of normalising Dân trí."""
    out: list[str] = []
    orig: list[int] = []
    stops = _stops(text)
    i, n, k = 0, len(text), 0
    while i < n:
        while k < len(stops) and stops[k] < i:
            k += 1
        stop = stops[k] if k < len(stops) else n
        if stop > i:  # a run of clusters of one character, none to replace
            run = text[i:stop]
            if unicodedata.is_normalized("NFC", run):
                out.append(run)
                orig.extend(range(i, stop))
            else:
                for c in run:
                    composed = unicodedata.normalize("NFC", c)
                    out.append(composed)
                    orig.extend([i] * len(composed))
                    i += 1
            i = stop
            continue
        j = i + 1
        while j < n and unicodedata.combining(text[j]):
            j += 1
        cluster = text[i:j]
        if cluster in _DROP:
            i = j
            continue
        if cluster in _SPACES:
            cluster = " "
        elif cluster in ("\u2018", "\u2019"):
            cluster = "'"
        elif cluster in ("\u201c", "\u201d"):
            cluster = '"'
        elif cluster in ("\u2013", "\u2014", "\u2212"):
            cluster = "-"
        composed = unicodedata.normalize("NFC", cluster)
        for c in composed:
            out.append(c)
            orig.append(i)
        i = j
    orig.append(n)
    return NormText(_canonical_syllables("".join(out)), orig)




def _stops(text: str) -> list[int]:
    """Where `_normalise_clusters` goes cluster by cluster, in order: each character it replaces or
    drops, each combining mark and the character before it (the start of its cluster, or another
    mark). Found by one search for the few such characters this text holds (a class of every
    combining mark made each search slow)."""
    found = _changed().intersection(text)
    marks = {c for c in found if unicodedata.combining(c)}
    if not found:
        return []
    stops: set[int] = set()
    for m in re.finditer("[" + "".join(map(re.escape, sorted(found))) + "]", text):
        at = m.start()
        stops.add(at)
        if m.group() in marks and at:
            stops.add(at - 1)
    return sorted(stops)


def fold(text: str) -> str:
    """A matching key: normalised and lower-cased (lexicon entries use this)."""
    return normalise(text).text.lower()


@lru_cache(maxsize=1)
def _is_combining() -> "np.ndarray":
    """For every code point, whether it is a combining character: a lookup table (1 MB, a numpy
    array; numpy is imported here, not with this module, which every command imports)."""
    import numpy as np

    table = np.zeros(0x110000, dtype=bool)
    table[np.fromiter(map(ord, _combining()), dtype=np.int64)] = True
    return table


def strip_accents(text: str) -> str:
    """Vietnamese without diacritics (đ → d): to recognise slug lines and ASCII dumps, and the
    plain search text of every stored document.

    The combining marks are dropped through numpy: the code points (UTF-32, lone surrogates
    passed through) masked by `_is_combining`. `str.translate` with a table of two thousand marks
    looked up every character of a Vietnamese text in a dict, three times slower; the result is
    the same string, character for character."""
    nfd = unicodedata.normalize("NFD", text.replace("đ", "d").replace("Đ", "D"))
    if nfd.isascii():
        return nfd
    import numpy as np

    points = np.frombuffer(nfd.encode("utf-32-le", "surrogatepass"), dtype="<u4")
    return points[~_is_combining()[points]].tobytes().decode("utf-32-le", "surrogatepass")
