"""The Dask engine's start-up and trips: a cluster started ahead with warm workers, tasks that
open no database when it held nothing, and a rerun that still skips what is stored."""

from __future__ import annotations

import subprocess
import sys
from pathlib import Path

import pytest

from hoptac.limits import Limits
from hoptac.store import Store
from test_scale import _corpus, _ledger


def test_is_empty_looks_for_one_document(tmp_path: Path) -> None:
    with Store(str(tmp_path / "e.db")) as store:
        assert store.is_empty()
        doc = _corpus(tmp_path / "c.jsonl", 1)
        from hoptac.ingest import ingest

        ingest([str(doc)], store)
        assert not store.is_empty()


def _worker_state() -> dict[str, object]:
    import os

    from hoptac import dask_runner

    return {"trim": os.environ.get("MALLOC_TRIM_THRESHOLD_"), "pipelines": len(dask_runner._pipelines),
            "profile": __import__("dask").config.get("distributed.worker.profile.enabled")}


def test_a_cluster_started_ahead_has_warm_workers_without_dask_profiler_or_malloc_trim() -> None:
    pytest.importorskip("dask.distributed")
    from hoptac.dask_cluster import ClusterStart

    start = ClusterStart(2, True, Limits())
    try:
        states = list(start.client().run(_worker_state).values())
    finally:
        start.close()
    start.close()  # twice is nothing
    assert len(states) == 2
    assert all(s == {"trim": None, "pipelines": 1, "profile": False} for s in states), states


def test_a_task_for_a_database_that_held_nothing_imports_no_store(tmp_path: Path) -> None:
    corpus = _corpus(tmp_path / "c.jsonl", 1)
    code = ("import sys\nfrom hoptac import dask_runner\nfrom hoptac.limits import Limits\n"
            f"parts, _ = dask_runner.partitions([{str(corpus)!r}], 4)\n"
            "out = dask_runner.process_partition(parts[0], True, Limits(), 4, None)\n"
            "assert out['read'] > 0 and out['batches'][0]['docs'][0].keys is not None\n"
            "assert 'sqlalchemy' not in sys.modules and 'hoptac.store' not in sys.modules, 'store imported'\n")
    done = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True)
    assert done.returncode == 0, done.stderr


def test_a_dask_rerun_skips_what_the_first_stored(tmp_path: Path) -> None:
    pytest.importorskip("dask.distributed")
    from hoptac import dask_runner

    corpus = _corpus(tmp_path / "c.jsonl", 2)
    with Store(str(tmp_path / "d.db")) as store:
        url = store.url
    first = dask_runner.run([str(corpus)], db=url, workers=2, batch_size=3, part_lines=6)
    assert first.ok and first.stored > 0
    held = _ledger(tmp_path / "d.db")
    again = dask_runner.run([str(corpus)], db=url, workers=2, batch_size=3, part_lines=6)
    assert again.ok and again.stored == 0 and again.skipped["already stored"] == first.stored, again
    assert _ledger(tmp_path / "d.db") == held
