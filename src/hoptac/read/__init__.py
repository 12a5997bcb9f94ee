"""Readers: bytes from files, directories, globs or stdin → `Document`s.

`read_inputs` is the one entry point (the CLI and `hoptac.read` use it). It
never raises for bad input: whatever cannot be read becomes a `ReadError`
naming the file (and line or record) and the batch goes on, because one broken
file in a crawl of thousands must not cost the other thousands.

One module per input kind (`text`, `html`, `jsonl`, `warc`), `detect` to pick
one, `encoding` to decode bytes honestly.
"""

from __future__ import annotations

import glob
import gzip
import io
import os
import sys
import zlib
from collections.abc import Callable, Iterable, Iterator
from pathlib import Path
from typing import IO

from hoptac.model import Document, ReadError
from hoptac.read.detect import HEAD_SIZE, detect, gunzip_head, kind_from_name, stem
from hoptac.read.encoding import DecodeError, bom_encoding, decode
from hoptac.read.html import read_html
from hoptac.read.jsonl import read_jsonl_lines, read_jsonl_text
from hoptac.read.text import read_text
from hoptac.read.warc import read_warc

__all__ = ["read_inputs", "read_bytes", "read_path", "expand"]

_GLOB_CHARS = set("*?[")
STDIN = "-"

Opener = Callable[[], IO[bytes]]


def _hidden(name: str) -> bool:
    return name.startswith(".")


def _walk(root: Path) -> Iterator[Path | ReadError]:
    """Files under a directory, sorted, hidden files and folders skipped.

    Only files whose name says they are articles (.txt, .html, .jsonl, .warc,
    .wet, their .gz forms) or that have no extension are taken: a corpus folder
    also holds READMEs, images and spreadsheets that are not news. A file named
    explicitly (or by a glob) is always read, whatever its name. A folder that
    cannot be listed is reported, not skipped in silence (os.walk's default)."""
    failed: list[OSError] = []
    for dirpath, dirnames, filenames in os.walk(root, onerror=failed.append):
        dirnames[:] = sorted(d for d in dirnames if not _hidden(d))
        for name in sorted(filenames):
            if _hidden(name):
                continue
            if kind_from_name(name) is None and Path(name).suffix:
                continue
            yield Path(dirpath) / name
        while failed:
            exc = failed.pop(0)
            yield ReadError(str(exc.filename or dirpath), f"cannot list folder ({exc.strerror or exc})")


def expand(inputs: Iterable[str]) -> Iterator[str | ReadError]:
    """Turn paths, directories, globs and "-" into file paths (each once), or ReadErrors."""
    seen: set[str] = set()

    def once(path: Path) -> Iterator[str]:
        key = os.path.realpath(path)
        if key not in seen:
            seen.add(key)
            yield str(path)

    def walk_once(folder: Path) -> Iterator[str | ReadError]:
        for f in _walk(folder):
            if isinstance(f, ReadError):
                yield f
            else:
                yield from once(f)

    for item in inputs:
        item = str(item)
        if item == STDIN:
            yield STDIN
            continue
        path = Path(item)
        if path.is_dir():
            yield from walk_once(path)
        elif path.exists() or os.path.lexists(path):
            yield from once(path)
        elif _GLOB_CHARS & set(item):
            matches = sorted(glob.glob(item, recursive=True))
            if not matches:
                yield ReadError(item, "glob pattern matched no files")
            for m in matches:
                mp = Path(m)
                if mp.is_dir():
                    yield from walk_once(mp)
                else:
                    yield from once(mp)
        else:
            yield ReadError(item, "no such file or directory")


def _gunzip_all(data: bytes) -> bytes:
    """Whole gzip payload (all members); raises ValueError when truncated or corrupt."""
    try:
        return gzip.decompress(data)
    except (EOFError, OSError, zlib.error) as exc:
        raise ValueError(f"truncated or corrupt gzip ({exc})") from None


def _read_all(opener: Opener) -> bytes:
    with opener() as fh:
        return fh.read()


def _jsonl_stream(opener: Opener, gz: bool, source: str, name: str) -> Iterator[Document | ReadError]:
    """Stream a JSON-lines file (gzipped or not) line by line; I/O failure → one ReadError."""
    fh = opener()
    stream: IO[bytes] = gzip.GzipFile(fileobj=fh) if gz else fh
    count = 0

    def lines() -> Iterator[bytes]:
        nonlocal count
        for raw in stream:
            count += 1
            yield raw

    try:
        yield from read_jsonl_lines(lines(), source, stem(name))
    except (EOFError, OSError, zlib.error) as exc:
        yield ReadError(f"{source}:line {count + 1}", f"truncated or corrupt gzip ({exc})")
    finally:
        stream.close()
        fh.close()


def read_bytes_from(opener: Opener, name: str, source: str, doc_id: str | None = None
                    ) -> Iterator[Document | ReadError]:
    """Detect the kind of one input and run its reader. `opener` gives a fresh binary stream
    (so archives and JSON lines stream instead of sitting in memory)."""
    with opener() as fh:
        head = fh.read(HEAD_SIZE)
    if not head:
        yield ReadError(source, "empty file")
        return
    kind, gz = detect(name, head)
    doc_id = doc_id or stem(name)
    if kind == "warc":
        # warcio reads gzipped and plain archives itself, member by member.
        with opener() as fh:
            yield from read_warc(fh, source)
        return
    plain_head = gunzip_head(head) if gz else head
    if kind == "jsonl" and bom_encoding(plain_head) in (None, "utf-8"):
        yield from _jsonl_stream(opener, gz, source, name)
        return
    data = _read_all(opener)
    if gz:
        try:
            data = _gunzip_all(data)
        except ValueError as exc:
            yield ReadError(source, str(exc))
            return
        if not data.strip():
            yield ReadError(source, "empty file (after gunzip)")
            return
    if kind == "jsonl":
        # UTF-16/32 JSON lines: decode the whole file first, bytes cannot be split on b"\n".
        try:
            dec = decode(data)
        except DecodeError as exc:
            yield ReadError(source, str(exc))
            return
        yield from read_jsonl_text(dec.text, source, stem(name), dec.encoding, dec.warnings)
    elif kind == "html":
        yield from read_html(data, source, doc_id)
    else:
        yield from read_text(data, source, doc_id)


def read_bytes(data: bytes, name: str = "stdin", source: str = "<stdin>", doc_id: str | None = None
               ) -> Iterator[Document | ReadError]:
    """Read an in-memory input (stdin, an upload) as if it were a file called `name`."""
    yield from read_bytes_from(lambda: io.BytesIO(data), name, source, doc_id)


def read_path(path: str) -> Iterator[Document | ReadError]:
    """Read one file; unreadable files become a ReadError naming it."""
    p = Path(path)
    try:
        if not p.is_file():
            yield ReadError(path, "not a regular file" if p.exists() else "no such file (broken link?)")
            return
        with open(p, "rb"):
            pass  # fail here, with a clear message, on permissions
    except OSError as exc:
        yield ReadError(path, f"cannot open ({exc.strerror or exc})")
        return
    try:
        yield from read_bytes_from(lambda: open(p, "rb"), p.name, path)
    except OSError as exc:  # the file vanished or the disk failed mid-read
        yield ReadError(path, f"read failed ({exc.strerror or exc})")


def read_inputs(inputs: Iterable[str]) -> Iterator[Document | ReadError]:
    """Yield a Document per article found, or a ReadError for what could not be read."""
    if isinstance(inputs, str):
        inputs = [inputs]  # a lone path is a common slip; don't iterate its characters
    for item in expand(inputs):
        if isinstance(item, ReadError):
            yield item
        elif item == STDIN:
            try:
                data = sys.stdin.buffer.read()
            except (OSError, AttributeError, ValueError) as exc:
                yield ReadError("<stdin>", f"cannot read stdin ({exc})")
                continue
            if not data.strip():
                yield ReadError("<stdin>", "empty input")
                continue
            yield from read_bytes(data, name="stdin", source="<stdin>", doc_id="stdin")
        else:
            try:
                yield from read_path(item)
            except Exception as exc:  # noqa: BLE001 - a reader bug on one file must not end the batch
                why = " ".join(str(exc).split())[:200]
                yield ReadError(item, f"unexpected {type(exc).__name__} while reading: {why}")
