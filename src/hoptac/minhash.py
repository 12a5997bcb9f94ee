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


def signature_of_words(words: list[str]) -> np.ndarray | None:
    """`signature` of a body whose words (`_WORD`'s) the caller has found already."""
    # The 5-grams as strings, not deduplicated: a repeated gram repeats its hash values, and a minimum
    # over the values is the same with or without the repeats (datasketch's set of grams). Hashing
    # the few repeats costs less than building the set did. Under two distinct grams: no signature.
    grams = list(map(" ".join, zip(*(words[k:] for k in range(SHINGLE)))))
    if len(grams) < 2 or grams.count(grams[0]) == len(grams):
        return None
    return _minhash(_sha1_hash32_array(grams))


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
    return (hv[:, None] * a + b).min(axis=0)


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
