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
from itertools import chain, repeat
from collections.abc import Callable, Iterable, Iterator
from pathlib import Path
from typing import IO

from hoptac.limits import CountingReader, Limits, OutOfTime, TooLarge, read_capped, skip_line, spool, time_limit
from hoptac.model import Document, Paragraph, ReadError
from hoptac.text.safe import safe_text
from hoptac.read.detect import HEAD_SIZE, detect, gunzip_head, is_gzip, kind_from_name, stem
from hoptac.read.encoding import DecodeError, bom_encoding, decode
from hoptac.read.html import read_html
from hoptac.read.jsonl import read_jsonl_lines, read_jsonl_text
from hoptac.read.text import read_text
from hoptac.read.warc import read_warc

__all__ = ["read_inputs", "read_bytes", "read_path", "expand", "display_path", "cap_text"]

_GLOB_CHARS = set("*?[")
STDIN = "-"

Opener = Callable[[], IO[bytes]]


def display_path(path: str | os.PathLike[str]) -> str:
    """A path as text any database, terminal and JSON file takes (see hoptac.text.safe)."""
    return safe_text(os.fspath(path))


def cap_text(doc: Document, limit: int) -> Document:
    """Cut a document's text to `limit` characters (at a line break when one is near),
    dropping the paragraphs past the cut and saying so in its warnings."""
    if len(doc.text) <= limit:
        return doc
    cut = doc.text.rfind("\n", limit // 2, limit)
    cut = cut if cut > 0 else limit
    doc.warnings.append(f"text cut at {cut:,} of {len(doc.text):,} characters "
                        "(limit text_chars, HOPTAC_MAX_TEXT_CHARS)")
    doc.text = doc.text[:cut]
    doc.paragraphs = [p if p.end <= cut else Paragraph(" ".join(doc.text[p.start:cut].split()), p.start, cut)
                      for p in doc.paragraphs if p.start < cut]
    doc.paragraphs = [p for p in doc.paragraphs if p.text]
    return doc


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
        yield from _folder_errors(failed, dirpath)
    # os.walk reports a folder it cannot list only when it tries to enter it, which for
    # the last folder is after the loop's last turn: drain once more, or it is lost.
    yield from _folder_errors(failed, str(root))


def _folder_errors(failed: list[OSError], where: str) -> Iterator[ReadError]:
    while failed:
        exc = failed.pop(0)
        yield ReadError(display_path(exc.filename or where), f"cannot list folder ({exc.strerror or exc})")


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
                yield ReadError(display_path(item), "glob pattern matched no files")
            for m in matches:
                mp = Path(m)
                if mp.is_dir():
                    yield from walk_once(mp)
                else:
                    yield from once(mp)
        else:
            yield ReadError(display_path(item), "no such file or directory")


def _open_plain(opener: Opener, gz: bool, limits: Limits, source: str) -> IO[bytes]:
    """The input's decompressed bytes as a stream that stops at `limits.input_bytes`."""
    fh = opener()
    stream: IO[bytes] = gzip.GzipFile(fileobj=fh) if gz else fh
    return CountingReader(stream, limits.input_bytes, what=source)  # type: ignore[return-value]


def _bounded_lines(stream: IO[bytes], limit: int, source: str, errors: list[ReadError],
                   counter: list[int], first: int = 1) -> Iterator[bytes]:
    """Lines of at most `limit` bytes; a longer line is skipped (never held whole) and
    reported through `errors`, with its number, while the lines after it go on (lines
    before `first` belong to another part of the file, which reports them)."""
    while True:
        raw = stream.readline(limit + 1)
        if not raw:
            return
        counter[0] += 1
        if len(raw) > limit and not raw.endswith(b"\n"):
            skip_line(stream)
            if counter[0] >= first:
                errors.append(ReadError(f"{source}:line {counter[0]}",
                                        f"line longer than {limit:,} bytes (limit document_bytes, "
                                        "HOPTAC_MAX_DOCUMENT_BYTES); skipped"))
            yield b""  # keeps the line numbering of the reader in step
            continue
        yield raw


def _jsonl_stream(opener: Opener, gz: bool, source: str, name: str, limits: Limits,
                  first: int = 1, last: int | None = None, at_first: bool = False) -> Iterator[Document | ReadError]:
    """Stream a JSON-lines file (gzipped or not) line by line; I/O failure → one ReadError.
    `at_first`: the opener's stream starts where line `first` starts (a plain file, seeked)."""
    stream = _open_plain(opener, gz, limits, source)
    counter = [first - 1 if at_first else 0]
    errors: list[ReadError] = []
    try:
        lines = _bounded_lines(stream, limits.document_bytes, source, errors, counter, first)
        if at_first:
            lines = chain(repeat(b"", first - 1), lines)  # numbered as in the whole file
        for item in read_jsonl_lines(lines, source, stem(name), first, last):
            yield from errors
            errors.clear()
            yield item
        yield from errors
    except TooLarge as exc:
        yield from errors
        yield ReadError(f"{source}:line {counter[0]}", f"{exc}; the rest of the file was not read")
    except (EOFError, OSError, zlib.error) as exc:
        yield from errors
        yield ReadError(f"{source}:line {counter[0] + 1}", f"truncated or corrupt gzip ({exc})")
    finally:
        stream.close()


def _read_one(opener: Opener, name: str, source: str, doc_id: str | None,
              limits: Limits) -> Iterator[Document | ReadError]:
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
            yield from read_warc(fh, source, limits.document_bytes, limits.input_bytes)
        return
    plain_head = gunzip_head(head) if gz else head
    if kind == "jsonl" and bom_encoding(plain_head) in (None, "utf-8"):
        yield from _jsonl_stream(opener, gz, source, name, limits)
        return
    stream = _open_plain(opener, gz, limits, source)
    try:
        # UTF-16/32 JSON lines cannot be split on b"\n": such a file is read (up to its limit) whole.
        cap = limits.input_bytes if kind == "jsonl" else limits.document_bytes
        data, cut = read_capped(stream, cap)
    except TooLarge as exc:
        yield ReadError(source, str(exc))
        return
    except (EOFError, OSError, zlib.error) as exc:
        yield ReadError(source, f"truncated or corrupt gzip ({exc})" if gz else f"read failed ({exc})")
        return
    finally:
        stream.close()
    if cut and kind == "jsonl":
        yield ReadError(source, f"UTF-16/32 JSON lines over {cap:,} bytes (limit input_bytes); not read")
        return
    if gz and not data.strip():
        yield ReadError(source, "empty file (after gunzip)")
        return
    note = (f"cut at {len(data):,} bytes: the document is longer than {cap:,} bytes "
            "(limit document_bytes, HOPTAC_MAX_DOCUMENT_BYTES)") if cut else None
    for item in _read_kind(kind, data, source, doc_id):
        if note and isinstance(item, Document):
            item.warnings.append(note)
        yield item


def read_bytes_from(opener: Opener, name: str, source: str, doc_id: str | None = None,
                    limits: Limits | None = None) -> Iterator[Document | ReadError]:
    """Detect the kind of one input and run its reader. `opener` gives a fresh binary stream
    (so archives and JSON lines stream instead of sitting in memory); `limits` bound what
    is read: nothing is ever decompressed or held whole past them, and every document's
    text is capped at `limits.text_chars` (with a note)."""
    limits = limits or Limits.from_env()
    for item in _read_one(opener, name, source, doc_id, limits):
        yield cap_text(item, limits.text_chars) if isinstance(item, Document) else item


def _read_kind(kind: str, data: bytes, source: str, doc_id: str) -> Iterator[Document | ReadError]:
    if kind == "jsonl":
        try:
            dec = decode(data)
        except DecodeError as exc:
            yield ReadError(source, str(exc))
            return
        yield from read_jsonl_text(dec.text, source, stem(source), dec.encoding, dec.warnings)
    elif kind == "html":
        yield from read_html(data, source, doc_id)
    else:
        yield from read_text(data, source, doc_id)


class _Unclosed(io.BufferedIOBase):
    """A view of a spooled file that the readers may close without closing the file."""

    def __init__(self, raw: IO[bytes]) -> None:
        self._raw = raw

    def readable(self) -> bool:
        return True

    def read(self, size: int | None = -1) -> bytes:
        return self._raw.read(size if size is not None else -1)

    def readline(self, size: int | None = -1) -> bytes:  # type: ignore[override]
        return self._raw.readline(size if size is not None else -1)

    def seek(self, offset: int, whence: int = 0) -> int:
        return self._raw.seek(offset, whence)

    def tell(self) -> int:
        return self._raw.tell()

    def seekable(self) -> bool:
        return True


def _reopen(spooled: IO[bytes]) -> IO[bytes]:
    spooled.seek(0)
    return _Unclosed(spooled)  # type: ignore[return-value]


def read_bytes(data: bytes, name: str = "stdin", source: str = "<stdin>", doc_id: str | None = None,
               limits: Limits | None = None) -> Iterator[Document | ReadError]:
    """Read an in-memory input (stdin, an upload) as if it were a file called `name`."""
    yield from read_bytes_from(lambda: io.BytesIO(data), name, source, doc_id, limits)


def read_path(path: str, limits: Limits | None = None) -> Iterator[Document | ReadError]:
    """Read one file; unreadable files become a ReadError naming it."""
    p = Path(path)
    shown = display_path(path)
    try:
        if not p.is_file():
            yield ReadError(shown, "not a regular file" if p.exists() else "no such file (broken link?)")
            return
        with open(p, "rb"):
            pass  # fail here, with a clear message, on permissions
    except OSError as exc:
        yield ReadError(shown, f"cannot open ({exc.strerror or exc})")
        return
    try:
        yield from read_bytes_from(lambda: open(p, "rb"), display_path(p.name), shown, limits=limits)
    except OSError as exc:  # the file vanished or the disk failed mid-read
        yield ReadError(shown, f"read failed ({exc.strerror or exc})")


def _timed(items: Iterator[Document | ReadError], where: str, seconds: float) -> Iterator[Document | ReadError]:
    """The items of one input, each given at most `seconds` to be read (trafilatura on a
    pathological page, a decoder on a huge line); past that the input is given up."""
    while True:
        try:
            with time_limit(seconds):
                item = next(items)
        except StopIteration:
            return
        except OutOfTime:
            items.close()
            yield ReadError(where, f"gave up reading after {seconds:g} s (limit seconds, HOPTAC_MAX_SECONDS); "
                                   "the rest of this input was not read")
            return
        yield item


def read_jsonl_part(path: str, first: int, last: int | None, offset: int = 0, limits: Limits | None = None
                    ) -> Iterator[Document | ReadError]:
    """Lines `first`..`last` of a JSON-lines file, numbered as in the whole file: one partition of
    a file too big for one task (hoptac.dask_runner). A plain file is read from byte `offset`
    (where line `first` starts); a gzipped one from its start, the lines before `first` only
    counted."""
    limits = limits or Limits.from_env()
    source = display_path(path)
    with open(path, "rb") as fh:
        gz = is_gzip(fh.read(2))

    def opener() -> IO[bytes]:
        fh = open(path, "rb")
        if offset and not gz:
            fh.seek(offset)
        return fh

    yield from _jsonl_stream(opener, gz, source, Path(path).name, limits, first, last, bool(offset) and not gz)


def read_inputs(inputs: Iterable[str], limits: Limits | None = None) -> Iterator[Document | ReadError]:
    """Yield a Document per article found, or a ReadError for what could not be read."""
    limits = limits or Limits.from_env()
    if isinstance(inputs, str):
        inputs = [inputs]  # a lone path is a common slip; don't iterate its characters
    for item in expand(inputs):
        if isinstance(item, ReadError):
            yield item
        elif item == STDIN:
            try:
                spooled, cut = spool(sys.stdin.buffer, limits.input_bytes)
            except (OSError, AttributeError, ValueError) as exc:
                yield ReadError("<stdin>", f"cannot read stdin ({exc})")
                continue
            with spooled:
                if not spooled.read(HEAD_SIZE).strip():
                    yield ReadError("<stdin>", "empty input")
                    continue
                if cut:
                    yield ReadError("<stdin>", f"over {limits.input_bytes:,} bytes (limit input_bytes); "
                                               "only the first part is read")
                yield from read_bytes_from(lambda: _reopen(spooled), "stdin", "<stdin>", "stdin", limits)
        else:
            try:
                yield from _timed(read_path(item, limits), display_path(item), limits.seconds)
            except Exception as exc:  # noqa: BLE001 - a reader bug on one file must not end the batch
                why = " ".join(str(exc).split())[:200]
                yield ReadError(display_path(item), f"unexpected {type(exc).__name__} while reading: {why}")
