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
    --workers N` imports the CLI (they are spawned, and import the main module), a Dask worker the
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
