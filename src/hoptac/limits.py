"""How much hoptac reads and works on, so no input can hang a run or eat its memory.

A crawl holds gzip bombs, multi-gigabyte single-line dumps and pages that are
one giant table. Each limit below bounds one of those, and each is configurable
(CLI options, `HOPTAC_MAX_*` environment variables, or a `Limits` passed to the
Python API). What hits a limit is never silent: a document that is cut keeps a
note saying where and why; one that is refused becomes a `ReadError` naming the
file and line or record.
"""

from __future__ import annotations

import os
import signal
import threading
import warnings
from collections.abc import Iterator
from contextlib import contextmanager
from dataclasses import dataclass, fields
from typing import IO

MiB = 1 << 20
GiB = 1 << 30


@dataclass(frozen=True)
class Limits:
    """The bounds of one run; the defaults are far above any real news article."""

    input_bytes: int = 8 * GiB  # decompressed bytes read from one input file (or stdin)
    document_bytes: int = 16 * MiB  # raw bytes of one document: a page, a JSON line, a WARC payload
    text_chars: int = 1_000_000  # characters of text kept for extraction; the rest is cut with a note
    seconds: float = 120.0  # processing time of one document before it is given up with an error

    @classmethod
    def from_env(cls, **overrides: float | int | None) -> Limits:
        """Defaults, then `HOPTAC_MAX_<FIELD>` variables, then the non-None overrides."""
        values: dict[str, float | int] = {}
        for f in fields(cls):
            raw = os.environ.get(f"HOPTAC_MAX_{f.name.upper()}")
            if raw:
                try:
                    values[f.name] = float(raw) if f.name == "seconds" else int(raw)
                except ValueError:
                    raise ValueError(f"HOPTAC_MAX_{f.name.upper()}={raw!r} is not a number") from None
            if overrides.get(f.name) is not None:
                values[f.name] = overrides[f.name]  # type: ignore[assignment]
        limits = cls(**values)
        for f in fields(limits):
            if getattr(limits, f.name) <= 0:
                raise ValueError(f"limit {f.name} must be positive, got {getattr(limits, f.name)}")
        return limits


class TooLarge(OSError):
    """An input went past `Limits.input_bytes`; what was read before stays read."""


class CountingReader:
    """A read-only stream that refuses to give more than `limit` bytes in total.

    Wrapped around the decompressed stream of an input, so a gzip bomb stops at
    the limit instead of being inflated whole."""

    def __init__(self, stream: IO[bytes], limit: int, what: str = "input") -> None:
        self._stream = stream
        self.limit = limit
        self.count = 0
        self.what = what

    def _take(self, data: bytes) -> bytes:
        self.count += len(data)
        if self.count > self.limit:
            raise TooLarge(f"{self.what} is over {self.limit:,} bytes decompressed "
                           "(limit input_bytes, HOPTAC_MAX_INPUT_BYTES)")
        return data

    def read(self, size: int = -1) -> bytes:
        if size is None or size < 0:
            size = self.limit - self.count + 1
        return self._take(self._stream.read(size))

    def readline(self, size: int = -1) -> bytes:
        if size is None or size < 0:
            size = self.limit - self.count + 1
        return self._take(self._stream.readline(size))

    def close(self) -> None:
        self._stream.close()


def read_capped(stream: IO[bytes], limit: int) -> tuple[bytes, bool]:
    """At most `limit` bytes of a stream, and whether there was more.

    The cut falls on the last line break (or, failing that, before a split
    UTF-8 sequence), so the text that is kept decodes cleanly."""
    parts: list[bytes] = []
    size = 0
    while size <= limit:  # in chunks: read(limit + 1) would ask for the whole limit up front
        part = stream.read(min(MiB, limit + 1 - size))
        if not part:
            break
        parts.append(part)
        size += len(part)
    data = b"".join(parts)
    if len(data) <= limit:
        return data, False
    data = data[:limit]
    nl = data.rfind(b"\n", limit // 2)
    if nl > 0:
        return data[: nl + 1], True
    end = limit
    while end > 0 and limit - end < 4 and (data[end - 1] & 0xC0) == 0x80:
        end -= 1
    if end > 0 and data[end - 1] >= 0xC0:
        end -= 1  # the lead byte of a sequence that was cut
    return data[:end], True


def spool(stream: IO[bytes], limit: int) -> tuple[IO[bytes], bool]:
    """Copy a stream that cannot be read twice (stdin) into a temporary file, in chunks and
    up to `limit` bytes, so it can be sniffed and then streamed like any file."""
    import tempfile

    out = tempfile.SpooledTemporaryFile(max_size=16 * MiB)  # noqa: SIM115 - the caller closes it
    copied = 0
    while copied <= limit:
        part = stream.read(min(MiB, limit + 1 - copied))
        if not part:
            break
        out.write(part)
        copied += len(part)
    out.seek(0)
    return out, copied > limit  # type: ignore[return-value]


def skip_line(stream: IO[bytes], chunk: int = MiB) -> None:
    """Read and drop the rest of an overlong line, a chunk at a time (never whole)."""
    while True:
        part = stream.readline(chunk)
        if not part or part.endswith(b"\n"):
            return


class OutOfTime(BaseException):
    """A document (or an input being read) took longer than `Limits.seconds`.

    A BaseException, so that no `except Exception` inside a stage or a library
    can swallow it and leave the run unguarded."""


_warned_thread = False


@contextmanager
def time_limit(seconds: float) -> Iterator[None]:
    """Raise OutOfTime in the block after `seconds` (SIGALRM; main thread only).

    Every stage is meant to be linear and the readers bound each document's
    size; this is the last guard, so that a pathological input costs one
    document, not the run. Where signals cannot be used (a thread of a web
    server or a Dask worker, Windows) the block runs unguarded, said once."""
    global _warned_thread
    usable = hasattr(signal, "setitimer") and threading.current_thread() is threading.main_thread()
    if not usable:
        if not _warned_thread:
            _warned_thread = True
            warnings.warn("hoptac: the per-document time limit needs the main thread (SIGALRM); "
                          "here only the size limits apply", RuntimeWarning, stacklevel=3)
        yield
        return

    def _alarm(_signum: int, _frame: object) -> None:
        raise OutOfTime()

    previous = signal.signal(signal.SIGALRM, _alarm)
    signal.setitimer(signal.ITIMER_REAL, seconds)
    try:
        yield
    finally:
        signal.setitimer(signal.ITIMER_REAL, 0)
        signal.signal(signal.SIGALRM, previous)
