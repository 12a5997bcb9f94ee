"""More of the speed work's shortcuts, each checked against the long way it replaces.

The MinHash signature hashes its 5-grams in one pass instead of through datasketch's
per-value hash function: not one bit of a stored signature may change.
"""

from __future__ import annotations

from pathlib import Path

import numpy as np
from hypothesis import given, settings
from hypothesis import strategies as st

from hoptac.read import read_inputs

SAMPLES = Path(__file__).resolve().parents[1] / "data" / "samples"


def _datasketch_signature(folded: str) -> np.ndarray | None:
    """`events.signature` the way it was first written: datasketch hashing each sorted byte string."""
    from datasketch import MinHash

    from hoptac.store import events

    words = events._WORD.findall(folded)
    grams = {" ".join(words[i:i + events.SHINGLE]).encode("utf-8") for i in range(len(words) - events.SHINGLE + 1)}
    if len(grams) < 2:
        return None
    mh = MinHash(num_perm=events.NUM_PERM, seed=events._SEED, scheme=events._SCHEME)
    mh.update_batch(sorted(grams))
    return mh.hashvalues.astype(np.uint32)


def _same(a: np.ndarray | None, b: np.ndarray | None) -> bool:
    return (a is None and b is None) or (a is not None and b is not None and a.dtype == b.dtype
                                         and a.tobytes() == b.tobytes())


def test_signatures_are_datasketch_bit_for_bit_on_the_samples() -> None:
    from hoptac.store.convert import fold
    from hoptac.store.events import signature

    texts = [fold(d.text) for d in read_inputs([str(SAMPLES)]) if not isinstance(d, Exception)]
    assert len(texts) >= 5
    for text in texts + ["", "một hai ba bốn", "một hai ba bốn năm", "một hai ba bốn năm sáu", "a b c d e " * 3]:
        assert _same(signature(text), _datasketch_signature(text)), text[:80]


@settings(max_examples=200, deadline=None)
@given(st.lists(st.sampled_from(["việt", "nam", "mỹ", "viện", "trợ", "1", "x_y", "đ"]), max_size=30))
def test_signatures_are_datasketch_bit_for_bit_on_generated_bodies(words: list[str]) -> None:
    from hoptac.store.events import signature

    text = " ".join(words)
    assert _same(signature(text), _datasketch_signature(text))
