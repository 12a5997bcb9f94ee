"""Helpers the tests of stored ledgers share (imported as `helpers`: pytest puts tests/ on the path)."""

from __future__ import annotations

import sqlite3
from collections.abc import Iterator
from contextlib import AbstractContextManager, contextmanager
from pathlib import Path

import pytest

from hoptac.lexicon import reload


def copy_ledger(source: Path, target: Path) -> Path:
    """A copy of a SQLite ledger (built once per module, changed per test)."""
    src, dst = sqlite3.connect(source), sqlite3.connect(target)
    try:
        src.backup(dst)
    finally:
        src.close()
        dst.close()
    return target


@contextmanager
def cues_extended(folder: Path, monkeypatch: pytest.MonkeyPatch, cues_toml: str) -> Iterator[None]:
    """Other rules for a while: a lexicon extension holding `cues_toml` as its cues.toml,
    undone on leaving."""
    rules = folder / "rules"
    rules.mkdir()
    (rules / "cues.toml").write_text(cues_toml, encoding="utf-8")
    monkeypatch.setenv("HOPTAC_LEXICON", str(rules))
    reload()
    try:
        yield
    finally:
        monkeypatch.delenv("HOPTAC_LEXICON")
        reload()


def phone_calls_masked(folder: Path, monkeypatch: pytest.MonkeyPatch) -> AbstractContextManager[None]:
    """An extension whose exclusion masks "đã điện đàm với" (so some phone-call records go)."""
    return cues_extended(folder, monkeypatch, '[exclude]\nphrases = ["đã điện đàm với"]\n')
