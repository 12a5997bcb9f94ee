"""Lexicons and patterns as data: the files in `lexicon/data/` are what an analyst
reads and extends; code only loads them.

Tables are TSV (one entry a line, `#` starts a comment, the first line names the
columns) or TOML. A directory named by the environment variable
`HOPTAC_LEXICON` (or passed as `extra_dirs`) may hold files of the same names:
their rows are added to the shipped ones, so a local alias or cue needs no code.
"""

from __future__ import annotations

import csv
import os
import tomllib
from functools import lru_cache
from importlib import resources
from pathlib import Path
from typing import Any

DATA = resources.files("hoptac.lexicon") / "data"


def _extra_dirs() -> list[Path]:
    env = os.environ.get("HOPTAC_LEXICON", "")
    return [Path(p) for p in env.split(os.pathsep) if p]


def _sources(name: str) -> list[tuple[str, str]]:
    """(where, text) of the shipped file and of every extension file of that name."""
    out = [(f"hoptac/lexicon/data/{name}", (DATA / name).read_text(encoding="utf-8"))]
    for d in _extra_dirs():
        p = d / name
        if p.is_file():
            out.append((str(p), p.read_text(encoding="utf-8")))
    return out


@lru_cache(maxsize=None)
def read_tsv(name: str) -> tuple[dict[str, str], ...]:
    """Rows of a TSV table as dicts; each row also says where it came from (`_where`)."""
    rows: list[dict[str, str]] = []
    for where, text in _sources(name):
        lines = [ln for ln in text.splitlines() if ln.strip() and not ln.lstrip().startswith("#")]
        if not lines:
            continue
        reader = csv.DictReader(lines, delimiter="\t", quoting=csv.QUOTE_NONE)
        for i, row in enumerate(reader, start=2):
            clean = {k.strip(): (v or "").strip() for k, v in row.items() if k}
            clean["_where"] = f"{where}:{i}"
            rows.append(clean)
    return tuple(rows)


@lru_cache(maxsize=None)
def read_toml(name: str) -> dict[str, Any]:
    """A TOML file; tables of extension files are merged in, lists appended."""
    merged: dict[str, Any] = {}
    for _where, text in _sources(name):
        _merge(merged, tomllib.loads(text))
    return merged


def _merge(into: dict[str, Any], new: dict[str, Any]) -> None:
    for k, v in new.items():
        if isinstance(v, dict) and isinstance(into.get(k), dict):
            _merge(into[k], v)
        elif isinstance(v, list) and isinstance(into.get(k), list):
            into[k] = into[k] + v
        else:
            into[k] = v
