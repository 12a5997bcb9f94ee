"""Lexicons and patterns as data: the files in `lexicon/data/` are what an analyst
reads and extends; code only loads them.

Tables are TSV (one entry a line, `#` starts a comment, the first line names the
columns) or TOML. A directory named by the environment variable
`HOPTAC_LEXICON` (or passed as `extra_dirs`) may hold files of the same names:
their rows are added to the shipped ones, so a local alias or cue needs no code.
"""

from __future__ import annotations

import hashlib

import json
import os
import re
import sys
import tomllib
from functools import lru_cache
from importlib import resources
from pathlib import Path
from typing import Any

DATA = resources.files("hoptac.lexicon") / "data"
SHIPPED = "hoptac/lexicon/data/"

# The columns each table must fill in every row ("a|b": one of them); others may stay empty.
REQUIRED_COLUMNS: dict[str, tuple[str, ...]] = {
    "abbreviations.tsv": ("abbr", "kind"),
    "actor_context.tsv": ("kind", "phrase"),
    "country_aliases.tsv": ("phrase", "code"),
    "subnational.tsv": ("phrase", "code"),
    "firms.tsv": ("phrase", "code"),
    "intl.tsv": ("phrase", "kind"),
    "measures.tsv": ("measure", "pattern"),
    "office_holders.tsv": ("name", "code", "role"),
    "organisations.tsv": ("phrase", "code|members"),
    "qualifiers.tsv": ("phrase", "qualifier"),
    "titles.tsv": ("phrase", "role"),
    "units.tsv": ("phrase", "unit"),
}


class LexiconError(ValueError):
    """A data file that cannot be what it claims: the message names file and line."""


def shipped_hash(exclude: tuple[str, ...] = ("scorer.json", "scorer.py", "proposer.json", "proposer.py")) -> str:
    """A short sha1 over the shipped rules: the data files (not an analyst's extensions) and the
    records stage's code. A model trained on the rules' output (the learned scorer, the proposer) is
    valid only for the rules it was trained against. Line ends are normalised: a CRLF checkout is the same."""
    h = hashlib.sha1()
    code = resources.files("hoptac.records")
    items = [("data", x) for x in DATA.iterdir()] + [("records", x) for x in code.iterdir() if x.name.endswith(".py")]
    for kind, item in sorted(items, key=lambda x: (x[0], x[1].name)):
        if item.is_file() and item.name not in exclude and not item.name.startswith("."):
            h.update(f"{kind}/{item.name}".encode())
            h.update(item.read_bytes().replace(b"\r\n", b"\n"))
    return h.hexdigest()[:12]


@lru_cache(maxsize=1)
def rules_hash() -> str:
    """A short sha1 of what decides the records: every shipped data file (the scorer's too), the
    code of the stages that extract (text, mentions, records, the pipeline), and the extension
    files of HOPTAC_LEXICON that stand for a shipped one (an analyst's notes beside them do
    not count). Two runs with the same hash and version extract the same records."""
    h = hashlib.sha1(shipped_hash(exclude=()).encode())
    root = resources.files("hoptac")
    code = [root / "pipeline.py"] + [f for package in ("text", "mentions")
                                     for f in (root / package).iterdir() if f.name.endswith(".py")]
    for f in sorted(code, key=lambda f: str(f)):
        h.update(f.name.encode())
        h.update(f.read_bytes().replace(b"\r\n", b"\n"))
    shipped = {x.name for x in DATA.iterdir()}
    for d in _extra_dirs():
        for p in sorted(d.iterdir()) if d.is_dir() else ():
            if p.is_file() and p.name in shipped:
                h.update(p.name.encode())
                h.update(p.read_bytes().replace(b"\r\n", b"\n"))
    return h.hexdigest()[:12]


def run_id() -> str:
    """What extracted a record: hoptac's version and the rules' hash ("0.1.0+3f2a9c1d0b7e")."""
    from hoptac import __version__

    return f"{__version__}+{rules_hash()}"


def short(where: str) -> str:
    """'hoptac/lexicon/data/x.tsv:12' -> 'x.tsv:12' (extension files keep their path)."""
    return where.split(SHIPPED, 1)[-1]


def _extra_dirs() -> list[Path]:
    env = os.environ.get("HOPTAC_LEXICON", "")
    return [Path(p) for p in env.split(os.pathsep) if p]


def _sources(name: str) -> list[tuple[str, str]]:
    """(where, text) of the shipped file and of every extension file of that name."""
    out = [(f"{SHIPPED}{name}", (DATA / name).read_text(encoding="utf-8"))]
    for d in _extra_dirs():
        p = d / name
        if p.is_file():
            out.append((str(p), p.read_text(encoding="utf-8")))
    return out


@lru_cache(maxsize=None)
def read_tsv(name: str) -> tuple[dict[str, str], ...]:
    """Rows of a TSV table as dicts; each row also says where it came from (`_where`,
    its file and its real line, comments counted).

    A row with more fields than the header, a required column left empty, or an
    extension file whose header lacks a required column is a LexiconError."""
    rows: list[dict[str, str]] = []
    required = REQUIRED_COLUMNS.get(name, ())
    shipped: list[str] | None = None
    for where, text in _sources(name):
        header: list[str] | None = None
        for number, line in enumerate(text.splitlines(), start=1):
            if not line.strip() or line.lstrip().startswith("#"):
                continue
            cells = [c.strip() for c in line.split("\t")]
            at = f"{short(where)}:{number}"
            if header is None:
                header = cells
                missing = [c for c in required if not set(c.split("|")) & set(header)]
                if missing:
                    raise LexiconError(f"{at}: header lacks the column(s) {', '.join(missing)}")
                unknown = [c for c in header if shipped is not None and c not in shipped]
                if unknown:
                    raise LexiconError(f"{at}: unknown column {unknown[0]!r} (the shipped file has "
                                       f"{', '.join(shipped)})")
                shipped = shipped or header
                continue
            if len(cells) > len(header):
                raise LexiconError(f"{at}: {len(cells)} fields, the header names {len(header)} "
                                   "(a tab inside a field?)")
            row = dict(zip(header, cells + [""] * (len(header) - len(cells))))
            empty = [c.replace("|", " or ") for c in required if not any(row.get(a) for a in c.split("|"))]
            if empty:
                raise LexiconError(f"{at}: empty {', '.join(empty)}")
            row["_where"] = at
            rows.append(row)
    return tuple(rows)


_HEADER = re.compile(r"^\s*\[\s*([^\[\]]+?)\s*\]\s*(?:#.*)?$")
_KEY = re.compile(r"^\s*((?:[A-Za-z0-9_\-]+|\"[^\"]*\")(?:\s*\.\s*(?:[A-Za-z0-9_\-]+|\"[^\"]*\"))*)\s*=")
_STRING = re.compile(r'"((?:[^"\\]|\\.)*)"|\'([^\']*)\'')


def _toml_lines(text: str) -> dict[tuple[str, ...], int]:
    """Where each table, key and string value of a TOML text stands: (table..., key[, value]) → line.

    tomllib gives no positions; this reads the text once more, line by line, which is
    enough for the flat tables and string lists our data files are made of."""
    index: dict[tuple[str, ...], int] = {}
    table: tuple[str, ...] = ()
    key: str | None = None
    for number, line in enumerate(text.splitlines(), start=1):
        if line.lstrip().startswith("#"):
            continue
        m = _HEADER.match(line)
        if m:
            table, key = tuple(p.strip().strip('"') for p in m.group(1).split(".")), None
            for n in range(1, len(table) + 1):  # [AID.delivered] also places [AID]
                index.setdefault(table[:n], number)
            continue
        rest = line
        m = _KEY.match(line)
        if m:
            parts = tuple(p.strip().strip('"') for p in m.group(1).split("."))  # values.mode = [...]
            for n in range(1, len(parts) + 1):
                index.setdefault((*table, *parts[:n]), number)
            key, rest = ".".join(parts), line[m.end():]
        if key is None:
            continue
        for sm in _STRING.finditer(rest):
            value = sm.group(2) if sm.group(1) is None else _unescape(sm.group(1))
            index.setdefault((*table, *key.split("."), value), number)
    return index


def _unescape(body: str) -> str:
    try:
        return json.loads(f'"{body}"')
    except ValueError:
        return body


@lru_cache(maxsize=None)
def toml_positions(name: str) -> tuple[tuple[str, dict[tuple[str, ...], int]], ...]:
    """For each source of a TOML file (shipped, then extensions): (where, positions)."""
    return tuple((where, _toml_lines(text)) for where, text in _sources(name))


def toml_where(name: str, *path: str) -> str:
    """'cues.toml:241': the file and line of a table, key or value. The last source that has
    it wins: an extension file's key replaces the shipped one, so a wrong value is its."""
    for where, index in reversed(toml_positions(name)):
        if path in index:
            return f"{short(where)}:{index[path]}"
    return short(f"{SHIPPED}{name}")


@lru_cache(maxsize=None)
def read_toml(name: str) -> dict[str, Any]:
    """A TOML file; tables of extension files are merged in, lists appended.

    An empty list or table, or a file that is not TOML, is a LexiconError naming
    file and line: an analyst's slip must not silently switch a rule off."""
    merged: dict[str, Any] = {}
    for where, text in _sources(name):
        try:
            data = tomllib.loads(text)
        except tomllib.TOMLDecodeError as exc:
            raise LexiconError(f"{short(where)}: {exc}") from None
        _check_not_empty(data, (), where, _toml_lines(text))
        _merge(merged, data)
    return merged


def _check_not_empty(data: dict[str, Any], path: tuple[str, ...], where: str,
                     index: dict[tuple[str, ...], int]) -> None:
    for k, v in data.items():
        here = (*path, k)
        if isinstance(v, dict):
            if not v:
                raise LexiconError(f"{short(where)}:{index.get(here, 0)}: empty table [{'.'.join(here)}]")
            _check_not_empty(v, here, where, index)
        elif isinstance(v, list) and not v:
            raise LexiconError(f"{short(where)}:{index.get(here, 0)}: empty list {'.'.join(here)}")
        elif isinstance(v, list) and any(isinstance(x, str) and not x.strip() for x in v):
            raise LexiconError(f"{short(where)}:{index.get(here, 0)}: empty string in {'.'.join(here)}")
        elif isinstance(v, str) and not v.strip():
            raise LexiconError(f"{short(where)}:{index.get(here, 0)}: empty string {'.'.join(here)}")


def reload() -> None:
    """Forget every compiled lexicon, so the next use reads the files again (after
    HOPTAC_LEXICON or a data file changed: tests, a server taking an analyst's edit).

    Every hoptac module caches what it compiles from data with functools caches;
    they are all cleared here rather than each module keeping a reset of its own."""
    for name, module in list(sys.modules.items()):
        if name == "hoptac" or name.startswith("hoptac."):
            for obj in list(vars(module).values()):
                if getattr(obj, "__module__", None) == name and callable(getattr(obj, "cache_clear", None)):
                    obj.cache_clear()


def _merge(into: dict[str, Any], new: dict[str, Any]) -> None:
    for k, v in new.items():
        if isinstance(v, dict) and isinstance(into.get(k), dict):
            _merge(into[k], v)
        elif isinstance(v, list) and isinstance(into.get(k), list):
            into[k] = into[k] + v
        else:
            into[k] = v
