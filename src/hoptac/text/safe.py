"""Text any database, terminal and JSON encoder takes.

A file name that is not valid UTF-8 reaches Python with lone surrogates (PEP
383); they cannot be encoded, so anything holding them is shown with \\xNN
escapes instead. The readers still open files by their real names.
"""

from __future__ import annotations


def safe_text(value: str) -> str:
    """`value` unchanged, or with its lone surrogates written as \\xNN escapes."""
    try:
        value.encode("utf-8")
        return value
    except UnicodeEncodeError:
        return value.encode("utf-8", "surrogateescape").decode("utf-8", "backslashreplace")
