"""Plain-text page dumps: the whole page as text, menus and teasers included.

The reader only decodes; finding the title, dateline and body is the body
stage's job (it learns a site's boilerplate across a batch), so nothing is cut
here and `body_ready` stays False.
"""

from __future__ import annotations

import re
from collections.abc import Iterator

from hoptac.model import Document, Paragraph, ReadError
from hoptac.read.encoding import DecodeError, decode

_LINE = re.compile(r"[^\r\n]+")


def collapse(text: str) -> str:
    """Whitespace collapsed to single spaces, the annotation guide's paragraph form."""
    return " ".join(text.split())


def line_paragraphs(text: str, skip_title: str | None = None) -> list[Paragraph]:
    """One Paragraph per non-empty line, offsets into `text`.

    Used by readers whose input is already a clean body (JSONL `text`, HTML
    after trafilatura); a first line equal to the title is not body."""
    paras: list[Paragraph] = []
    title = collapse(skip_title) if skip_title else None
    for m in _LINE.finditer(text):
        line = m.group(0)
        stripped = line.strip()
        if not stripped:
            continue
        # A line whose only white space is single spaces between words (most lines) is its own
        # collapsed form: `isprintable` is False for every white-space character but the space.
        collapsed = stripped if "  " not in stripped and stripped.isprintable() else collapse(stripped)
        if not paras and title and collapsed == title:
            title = None  # only the very first line can be the headline
            continue
        lead = len(line) - len(line.lstrip())
        paras.append(Paragraph(text=collapsed, start=m.start() + lead, end=m.start() + lead + len(stripped)))
    return paras


def read_text(data: bytes, source: str, doc_id: str, where: str | None = None,
              reader: str = "text") -> Iterator[Document | ReadError]:
    """Decode a page dump into one Document (or a ReadError naming `where`)."""
    where = where or source
    if not data.strip():
        yield ReadError(where, "empty file")
        return
    try:
        dec = decode(data)
    except DecodeError as exc:
        yield ReadError(where, str(exc))
        return
    if not dec.text.strip():
        yield ReadError(where, "empty file (only whitespace)")
        return
    yield Document(text=dec.text, id=doc_id, source=source, reader=reader,
                   encoding=dec.encoding, warnings=list(dec.warnings))
