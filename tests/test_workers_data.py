"""Worker processes read the data files this run reads.

They are forked from a server that compiled hoptac's data once, when the first pool of the
process started (hoptac.runners); an extension lexicon named later, or a data file edited since,
must still decide what the workers extract, and a malformed one must still be a LexiconError.
"""

from __future__ import annotations

from pathlib import Path

import pytest

from helpers import cues_extended, phone_calls_masked
from hoptac.ingest import ingest
from hoptac.lexicon import LexiconError, reload
from hoptac.store import Store
from test_scale import _corpus, _ledger


def _ingest(corpus: Path, db: Path, workers: int) -> tuple[list[tuple], list[tuple]]:
    with Store(str(db)) as store:
        report = ingest([str(corpus)], store, batch_size=3, workers=workers)
    assert report.ok, report.errors
    return _ledger(db)


def test_workers_follow_an_extension_lexicon_named_after_their_server_started(
        tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    corpus = _corpus(tmp_path / "c.jsonl", 2)
    shipped = _ingest(corpus, tmp_path / "shipped.db", 2)  # (the server starts here at the latest)
    with phone_calls_masked(tmp_path, monkeypatch):
        masked_two = _ingest(corpus, tmp_path / "masked2.db", 2)
        masked_one = _ingest(corpus, tmp_path / "masked1.db", 1)
    assert masked_two == masked_one
    assert masked_two != shipped
    assert len(shipped[1]) > len(masked_two[1])  # the masked phone calls gave no records


def test_workers_follow_a_data_file_edited_in_place(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    corpus = _corpus(tmp_path / "c.jsonl", 2)
    with phone_calls_masked(tmp_path, monkeypatch):
        masked = _ingest(corpus, tmp_path / "masked.db", 2)
        # The same HOPTAC_LEXICON, its cues.toml now masking nothing that occurs.
        (tmp_path / "rules" / "cues.toml").write_text('[exclude]\nphrases = ["không có ở đâu cả"]\n',
                                                     encoding="utf-8")
        reload()
        edited_two = _ingest(corpus, tmp_path / "edited2.db", 2)
        edited_one = _ingest(corpus, tmp_path / "edited1.db", 1)
    assert edited_two == edited_one
    assert len(edited_two[1]) > len(masked[1])


def test_a_malformed_data_file_is_the_lexicon_error_of_a_run_with_workers(
        tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    corpus = _corpus(tmp_path / "c.jsonl", 2)
    with cues_extended(tmp_path, monkeypatch, "[exclude]\nphrases = [\n"):
        with Store(str(tmp_path / "l.db")) as store, pytest.raises(LexiconError, match="cues.toml"):
            ingest([str(corpus)], store, batch_size=3, workers=2)
