"""MinHash signatures of document bodies, and their LSH bands: datasketch's MinHash (scheme
affine32) of word 5-grams, computed with numpy.

Kept apart from `hoptac.store.events`, which groups stored documents by them, because the
pipeline's `keys` stage signs bodies in worker processes: this module imports numpy only.
"""

from __future__ import annotations

import hashlib
import json
import re
from collections.abc import Iterable
from functools import lru_cache
from importlib import resources

import numpy as np

NUM_PERM = 128
BANDS, ROWS = 20, 5  # 20 bands of 5 rows: pairs above ~0.55 Jaccard become candidates (0.8 of those at 0.6)
NEAR_DUPLICATE = 0.6  # estimated Jaccard of word 5-grams at which two bodies are one story
SHINGLE = 5
_SEED = 1  # fixed: signatures must be comparable across runs and machines
_SCHEME = "affine32"  # datasketch's hashing scheme, named: a new default must not change stored signatures
_WORD = re.compile(r"\w+")


_PERMUTATIONS = resources.files("hoptac") / "minhash_permutations.json"


@lru_cache(maxsize=1)
def _permutations() -> tuple[np.ndarray, np.ndarray]:
    """The hash permutations (a, b) of every signature: datasketch's `MinHash(num_perm=NUM_PERM,
    seed=_SEED, scheme=_SCHEME).permutations`, pinned in a file beside this module. Pinned, a
    datasketch release that drew them otherwise could not change stored signatures (tests check the
    file against datasketch); and read from a file, a process that signs bodies need not import
    datasketch, whose package imports SciPy: more than a second of every worker's start."""
    pinned = json.loads(_PERMUTATIONS.read_text(encoding="utf-8"))
    a, b = np.array(pinned["a"], dtype=np.uint32), np.array(pinned["b"], dtype=np.uint32)
    if not len(a) == len(b) == NUM_PERM:  # a short file would silently make short signatures and bands
        raise ValueError(f"{_PERMUTATIONS}: {len(a)} and {len(b)} permutations, not {NUM_PERM}")
    return a, b


def signature(folded_body: str) -> np.ndarray | None:
    """The MinHash of a body's word 5-grams (its text `fold`ed, hoptac.keys), or None
    for a body under two 5-grams."""
    return signature_of_words(_WORD.findall(folded_body))


def signature_of_words(words: list[str], joined: str | None = None) -> np.ndarray | None:
    """`signature` of a body whose words (`_WORD`'s) the caller has found already (`joined`:
    `" ".join(words)`, when the caller has it too)."""
    # The 5-grams, not deduplicated: a repeated gram repeats its hash values, and a minimum over the
    # values is the same with or without the repeats (datasketch's set of grams). Hashing the few
    # repeats costs less than building the set did. Under two distinct grams: no signature (all the
    # grams are one exactly when all the words are: a gram's words hold no space).
    if len(words) < SHINGLE + 1 or words.count(words[0]) == len(words):
        return None
    return _minhash(_gram_hashes(words, joined))


def _gram_hashes(words: list[str], joined: str | None) -> np.ndarray:
    """`_sha1_hash32_array` of the word 5-grams (`" ".join(words[k:k + 5])`), hashed as slices of one
    UTF-8 buffer of all the words joined by spaces: a gram's bytes run from the start of its first word
    to the end of its fifth, and a word's bounds are the buffer's spaces (a byte 0x20 is never inside
    another character's UTF-8). Joining and encoding each gram anew was a sixth of a signature's time;
    with `_minhash`'s one array, the keys stage over 600 Dân trí articles went 0.677 -> 0.619 s CPU
    (median of 5 alternating runs). The same bytes, the same hashes."""
    try:
        buf = (" ".join(words) if joined is None else joined).encode()
    except UnicodeEncodeError:  # (a lone surrogate: fails as it always did, gram by gram, with its message)
        return _sha1_hash32_array(map(" ".join, zip(*(words[k:] for k in range(SHINGLE)))))
    spaces = np.flatnonzero(np.frombuffer(buf, dtype=np.uint8) == 32)
    n = len(words) - SHINGLE + 1  # grams
    starts = [0, *(spaces[:n - 1] + 1).tolist()]
    ends = [*spaces[SHINGLE - 1:].tolist(), len(buf)]
    view = memoryview(buf)
    digests = b"".join(map(_DIGEST, map(_sha1, map(view.__getitem__, map(slice, starts, ends)))))
    return np.frombuffer(digests, dtype="<u4")[::5].astype(np.uint32)


def _minhash(hv: np.ndarray) -> np.ndarray:
    """datasketch's MinHash (scheme affine32, `update_batch` of these hash values with `hashfunc=int`)
    as uint32, computed here in numpy from the hash values as an array: handing datasketch a list of
    Python ints (and its own list of them, one `hashfunc` call each) cost a quarter of a signature.
    The arithmetic is datasketch's, wrapping modulo 2**32: the MurmurHash3 finalizer, then a * h + b
    per permutation, then the least value of each; tests check it bit for bit against datasketch."""
    hv = hv ^ (hv >> np.uint32(16))
    hv = hv * np.uint32(0x85EBCA6B)
    hv = hv ^ (hv >> np.uint32(13))
    hv = hv * np.uint32(0xC2B2AE35)
    hv = hv ^ (hv >> np.uint32(16))
    a, b = _permutations()
    # (permutation by gram, added to in place: one array of a * h + b, not two)
    products = np.multiply.outer(a, hv)
    products += b[:, None]
    return products.min(axis=1)


def sha1_hash32_all(grams: Iterable[str]) -> list[int]:
    """datasketch's default hash (`hashfunc.sha1_hash32`: the first 4 bytes of the SHA-1 of the
    UTF-8 bytes, little-endian) of every gram (see `_sha1_hash32_array`)."""
    return _sha1_hash32_array(grams).tolist()


def _sha1_hash32_array(grams: Iterable[str]) -> np.ndarray:
    """`sha1_hash32_all` as a uint32 array, in one pass: calling the hash gram by gram was half the
    cost of a signature. The loop is `map`s of built-ins only (encode, sha1, digest), no Python step
    per gram, and the first 4 of each 20-byte digest are taken by numpy (every fifth 32-bit word),
    not by slicing: a fifth less time than a list comprehension, with the same values. (A cheaper
    hash than SHA-1 would change every signature, and stored ones could no longer be compared with
    new ones.)"""
    digests = b"".join(map(_DIGEST, map(_sha1, map(str.encode, grams))))
    return np.frombuffer(digests, dtype="<u4")[::5].astype(np.uint32)


try:  # CPython's own SHA-1: the same digests as OpenSSL's, a fifth faster on a short gram (less set-up per object)
    from _sha1 import sha1 as _sha1
except ImportError:  # pragma: no cover - a Python built without it
    _sha1 = hashlib.sha1
_DIGEST = type(_sha1()).digest  # the unbound method, to `map` over hash objects


def bands(sig: np.ndarray) -> list[str]:
    """The LSH band keys of a signature: band number and a hash of its rows."""
    return [f"{b:02d}" + hashlib.sha1(sig[b * ROWS:(b + 1) * ROWS].tobytes()).hexdigest()[:20]
            for b in range(BANDS)]


def similarity(a: np.ndarray, b: np.ndarray) -> float:
    """Estimated Jaccard similarity of two signatures."""
    return float(np.mean(a == b))
