"""Readers: bytes from files, directories, globs or stdin → `Document`s.

(Stub; the readers are being written.)"""

from __future__ import annotations

from collections.abc import Iterable, Iterator

from hoptac.model import Document, ReadError


def read_inputs(inputs: Iterable[str]) -> Iterator[Document | ReadError]:
    """Yield a Document per article found, or a ReadError for what could not be read."""
    raise NotImplementedError
