"""The MinHash permutations are pinned in a file: every stored signature was made with them."""

from __future__ import annotations

import subprocess
import sys

import numpy as np


def test_pinned_permutations_are_datasketchs() -> None:
    from datasketch import MinHash

    from hoptac import minhash

    a, b = MinHash(num_perm=minhash.NUM_PERM, seed=minhash._SEED, scheme=minhash._SCHEME).permutations
    pa, pb = minhash._permutations()
    assert pa.dtype == np.uint32 and len(pa) == minhash.NUM_PERM
    assert np.array_equal(pa, a.astype(np.uint32)) and np.array_equal(pb, b.astype(np.uint32))


def test_extracting_imports_neither_the_store_nor_datasketch() -> None:
    """A worker that only extracts (and signs bodies) starts without SQLAlchemy, datasketch and
    SciPy: importing them was more than half of building a pipeline. A worker of `hoptac ingest
    --workers N` imports the CLI (their forkserver imports the main module), a Dask worker the
    Dask runner: neither may pull the store in."""
    code = ("import sys\nimport hoptac.cli, hoptac.dask_runner\nfrom hoptac import extract\n"
            "doc = extract('Ngày 2/4, Thủ tướng Việt Nam điện đàm với Thủ tướng Nhật Bản. ' * 5)\n"
            "from hoptac.keys import keys_of\nassert keys_of(doc).minhash\n"
            # (what a Dask worker of `--out` does with a batch: into Parquet, no store)
            "import tempfile\nfrom pathlib import Path\nfrom hoptac.dask_runner import ParquetSink\n"
            "sink = ParquetSink(Path(tempfile.mkdtemp()) / 'part-000000.parquet')\n"
            "assert sink.save([doc]).stored == 1\nsink.finish()\n"
            "print(sorted(m for m in ('sqlalchemy', 'hoptac.store', 'datasketch', 'scipy') if m in sys.modules))")
    out = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, check=True).stdout
    assert out.strip() == "[]"


def test_a_permutations_file_of_the_wrong_length_is_an_error(tmp_path, monkeypatch) -> None:
    """A short file would make short signatures, and bands that no longer compare with stored ones."""
    import pytest

    from hoptac import minhash

    short = tmp_path / "minhash_permutations.json"
    short.write_text('{"a": [1, 2, 3], "b": [4, 5, 6]}', encoding="utf-8")
    monkeypatch.setattr(minhash, "_PERMUTATIONS", short)
    minhash._permutations.cache_clear()
    try:
        with pytest.raises(ValueError, match="3 and 3 permutations, not 128"):
            minhash._permutations()
    finally:
        monkeypatch.undo()
        minhash._permutations.cache_clear()
    assert len(minhash._permutations()[0]) == minhash.NUM_PERM


def test_gram_hashes_from_one_buffer_are_each_grams_own() -> None:
    """`_gram_hashes` slices one UTF-8 buffer of the joined words: the same values as joining and hashing
    each gram on its own (the way signatures were made before), on words of one to four UTF-8 bytes."""
    import random

    import pytest

    from hoptac import minhash

    rng = random.Random(5)
    pool = ["việt", "nam", "1", "2021", "đ", "Đà", "mỹ", "x", "hỗ", "trợ", "𝔘𝔫𝔦", "ß", "ǅ", "語", "a" * 40]
    for n in [6, 7, 9, 30, 200]:
        for _ in range(20):
            words = [rng.choice(pool) for _ in range(n)]
            grams = [" ".join(words[k:k + minhash.SHINGLE]) for k in range(n - minhash.SHINGLE + 1)]
            want = minhash._sha1_hash32_array(grams)
            assert np.array_equal(minhash._gram_hashes(words, None), want)
            assert np.array_equal(minhash._gram_hashes(words, " ".join(words)), want)
    # A lone surrogate fails as hashing gram by gram fails, with the same message.
    words = ["một", "hai", "\ud800", "bốn", "năm", "sáu"]
    with pytest.raises(UnicodeEncodeError) as old:
        minhash._sha1_hash32_array([" ".join(words[k:k + 5]) for k in range(2)])
    with pytest.raises(UnicodeEncodeError) as new:
        minhash.signature_of_words(words)
    assert str(old.value) == str(new.value)
    # Under two distinct grams: no signature, as before (all the words one).
    assert minhash.signature_of_words(["a"] * 9) is None and minhash.signature_of_words(list("abcde")) is None
    assert minhash.signature_of_words(list("aaaaab")) is not None


def test_extracting_alone_skips_the_store_keys_and_storing_finds_the_same(tmp_path) -> None:
    """`hoptac extract` and the Python API's `extract` leave out the keys stage (a fifth of extracting
    an article, read by storing alone): the records are the full pipeline's, and a document stored
    afterwards gets the very keys the ingest pipeline's last stage gives it."""
    from hoptac import extract
    from hoptac.keys import keys_of
    from hoptac.model import Document
    from hoptac.pipeline import Pipeline

    text = ("Ngày 2/4, Thủ tướng Nguyễn Xuân Phúc điện đàm với Thủ tướng Nhật Bản Shinzo Abe.\n"
            "Hai bên nhất trí tăng cường hợp tác phòng chống dịch Covid-19 và duy trì trao đổi thông tin.\n"
            "Thủ tướng Nhật Bản cho biết Nhật Bản sẽ viện trợ 500.000 USD cho Việt Nam để mua trang thiết bị.\n")
    bare = extract(text, published="2020-04-03")
    full = Pipeline()(Document(text=text, id="text", reader="text", published="2020-04-03"))
    assert bare.keys is None and full.keys is not None
    assert Pipeline(keys=False).names == Pipeline().names[:-1] and Pipeline(keys=False).recipe is None
    assert [r.to_json() for r in bare.records] == [r.to_json() for r in full.records] and bare.records
    assert keys_of(bare) == full.keys  # what storing works out for it: the ingest pipeline's keys
    from hoptac.cli import _pipeline

    assert "keys" not in _pipeline().names and "keys" not in _pipeline(gate=False).names  # hoptac extract's
