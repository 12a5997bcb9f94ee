"""Text any database, terminal and JSON encoder takes.

A file name that is not valid UTF-8 reaches Python with lone surrogates (PEP
383); they cannot be encoded, so anything holding them is shown with \\xNN
escapes instead. The readers still open files by their real names.
"""

from __future__ import annotations

import json
from typing import Any


def safe_text(value: str) -> str:
    """`value` unchanged, or with its lone surrogates written as \\xNN escapes."""
    try:
        value.encode("utf-8")
        return value
    except UnicodeEncodeError:
        return value.encode("utf-8", "surrogateescape").decode("utf-8", "backslashreplace")


def jsonable(value: Any) -> Any:
    """`meta` may hold anything a reader found; keep what JSON can say, stringify the rest."""
    return _safe_json(json.loads(json.dumps(value, default=str, ensure_ascii=False)))


def _safe_json(value: Any) -> Any:
    """`value` with every string (key or value) `safe_text`."""
    if isinstance(value, str):
        return safe_text(value)
    if isinstance(value, list):
        return [_safe_json(v) for v in value]
    if isinstance(value, dict):
        return {safe_text(str(k)): _safe_json(v) for k, v in value.items()}
    return value
