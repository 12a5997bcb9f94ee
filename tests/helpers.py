"""Helpers the tests of stored ledgers share (imported as `helpers`: pytest puts tests/ on the path)."""

from __future__ import annotations

import sqlite3
from collections.abc import Iterator
from typing import Any
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


def rule_records(text: str, kind: str, published: str = "2017-07-10") -> list[Any]:
    """The records of type `kind` the rules make of `text` (not the learned proposer's, which a retraining may change)."""
    from hoptac import extract

    return [r for r in extract(text, published=published).records if r.type == kind and not r.rule.endswith(".learned:")]


def rule_parties(text: str, kind: str, published: str = "2017-07-10") -> list[list[str]]:
    """The participants, sorted, of the `kind` records the rules make of `text`."""
    return [sorted(r.participants) for r in rule_records(text, kind, published)]
