"""JSON lines: one article per line, as scrapers and datasets ship them.

Fields: `id`, `title`, `text` or `html`, `url`, `published` (or `date`),
`source` (the outlet). A `text` field is taken as the clean body (one
paragraph per line, `body_ready`); an `html` field goes through the HTML
reader. Each line stands alone: a broken line is one ReadError naming its
line number, and the lines after it still come through.
"""

from __future__ import annotations

import json
from collections.abc import Iterable, Iterator
from typing import Any

from hoptac.model import Document, ReadError
from hoptac.read.encoding import DecodeError, decode
from hoptac.read.html import document_from_markup
from hoptac.read.text import line_paragraphs

_KNOWN = {"id", "title", "text", "html", "url", "published", "date", "source", "outlet"}


def _str_field(obj: dict[str, Any], *names: str) -> str | None:
    """The first of `names` that holds a non-empty value, as a string."""
    for name in names:
        value = obj.get(name)
        if value is None or value == "":
            continue
        return value if isinstance(value, str) else str(value)
    return None


LEAD_MIN_WORDS = 12


def is_lead(title: str) -> bool:
    """Whether a record's `title` is the article's lead paragraph, not its headline: it ends on a
    full stop and runs to a sentence's length. Dân trí's records keep the sapo under `title` (77% of
    them end on a stop; headlines, as in Báo Mới's, almost never do; a question or an exclamation
    is a headline's way too), and its sentences state records the body does not repeat, so it is
    the body's first paragraph."""
    words = title.split()
    return len(words) >= LEAD_MIN_WORDS and words[-1].endswith((".", '."', ".”", ".'"))


def lead_to_add(title: str | None, text: str) -> str | None:
    """The lead to put before `text` (one line, spaces collapsed), or None: no lead, or the text
    opens on it already (compared folded: NFC/NFD, tone placement, spacing and case aside). The
    reader and the gold's body (hoptac.gold) both take the body this way."""
    if not title or not is_lead(title):
        return None
    from hoptac.text.normalise import fold

    lead = " ".join(title.split())
    opening = " ".join(text[: 3 * len(lead) + 64].split())  # NFD spells a letter in up to three code points
    folded_lead = fold(lead)
    # Folding works a word at a time (letters composed, a syllable's tone placed, case lowered), and a
    # space ends every word: the opening folded up to a space is the start of the opening folded whole.
    # Cut at the first space past the lead's length (a third of the characters), it decides as well,
    # once it is as long as the folded lead; else the whole opening does, as it always did.
    cut = opening.find(" ", len(lead))
    if cut > 0 and len(head := fold(opening[:cut])) >= len(folded_lead):
        return None if head.startswith(folded_lead) else lead
    return None if fold(opening).startswith(folded_lead) else lead


def document_from_object(obj: dict[str, Any], *, source: str, stem: str, line: int,
                         encoding: str = "utf-8", notes: list[str] | None = None
                         ) -> Document | ReadError:
    """Turn one decoded JSON object into a Document (or a ReadError for that line)."""
    where = f"{source}:line {line}"
    doc_id = _str_field(obj, "id") or f"{stem}:{line}"
    text, markup = obj.get("text"), obj.get("html")
    published = _str_field(obj, "published", "date")
    if isinstance(text, str) and text.strip():
        title = _str_field(obj, "title")
        lead = title is not None and is_lead(title)
        if (added := lead_to_add(title, text)) is not None:
            text = added + "\n" + text
        doc = Document(text=text, id=doc_id, source=source, reader="jsonl", encoding=encoding,
                       title=title, warnings=list(notes or []))
        doc.paragraphs = line_paragraphs(text, skip_title=None if lead else doc.title)
        if lead:
            doc.meta["lead_from_title"] = True  # the title is the body's first paragraph: keys count it once
        doc.body_ready = True
    elif isinstance(markup, str) and markup.strip():
        made = document_from_markup(markup, doc_id=doc_id, source=source, where=where,
                                    reader="jsonl", url=_str_field(obj, "url"),
                                    encoding=encoding, notes=notes)
        if isinstance(made, ReadError):
            return made
        doc = made
        # The record's own metadata beats what trafilatura guessed from the markup.
        doc.title = _str_field(obj, "title") or doc.title
        published = published or doc.published
    else:
        return ReadError(where, "no non-empty 'text' or 'html' field")
    doc.url = _str_field(obj, "url") or doc.url
    doc.outlet = _str_field(obj, "source", "outlet") or doc.outlet
    # Kept exactly as the record states it: the dates stage parses what it needs.
    doc.published = published
    doc.meta["line"] = line
    extra = {k: v for k, v in obj.items() if k not in _KNOWN}
    if extra:
        doc.meta["fields"] = extra
    return doc


def _parse_line(raw: bytes, first: bool) -> tuple[dict[str, Any], str, list[str]]:
    """Decode and parse one line; raises ValueError with a short reason."""
    try:
        dec = decode(raw)
    except DecodeError as exc:
        raise ValueError(str(exc)) from None
    if first and dec.text.startswith("\ufeff"):
        dec.text = dec.text[1:]
    try:
        obj = json.loads(dec.text)
    except json.JSONDecodeError as exc:
        raise ValueError(f"invalid JSON ({exc.msg} at column {exc.colno})") from None
    if not isinstance(obj, dict):
        raise ValueError(f"expected a JSON object, got {type(obj).__name__}")
    return obj, dec.encoding, dec.warnings


def read_jsonl_lines(lines: Iterable[bytes], source: str, stem: str,
                     first: int = 1, last: int | None = None) -> Iterator[Document | ReadError]:
    """Read JSON lines from raw byte lines; the caller turns I/O failures into ReadErrors.

    Lines are decoded one by one (not the whole file) so a multi-gigabyte dump
    streams; a single non-UTF-8 line is decoded on its own with a warning. With
    `first`/`last`, only lines first..last (1-based, inclusive) are read, the others
    only counted: one part of a file, numbered as in the whole file."""
    seen = 0
    ranged = first > 1 or last is not None
    for number, raw in enumerate(lines, start=1):
        if number < first:
            continue
        if last is not None and number > last:
            return
        if not raw.strip():
            continue
        seen += 1
        try:
            obj, encoding, notes = _parse_line(raw.rstrip(b"\r\n"), number == 1)
        except ValueError as exc:
            yield ReadError(f"{source}:line {number}", str(exc))
            continue
        yield document_from_object(obj, source=source, stem=stem, line=number,
                                   encoding=encoding, notes=notes)
    if seen == 0 and not ranged:
        yield ReadError(source, "empty file (no JSON lines)")


def read_jsonl_text(text: str, source: str, stem: str, encoding: str,
                    notes: list[str]) -> Iterator[Document | ReadError]:
    """Read JSON lines from already-decoded text (UTF-16 files cannot be split on bytes)."""
    seen = 0
    for number, line in enumerate(text.splitlines(), start=1):
        if not line.strip():
            continue
        seen += 1
        try:
            obj = json.loads(line)
        except json.JSONDecodeError as exc:
            yield ReadError(f"{source}:line {number}", f"invalid JSON ({exc.msg} at column {exc.colno})")
            continue
        if not isinstance(obj, dict):
            yield ReadError(f"{source}:line {number}", f"expected a JSON object, got {type(obj).__name__}")
            continue
        yield document_from_object(obj, source=source, stem=stem, line=number,
                                   encoding=encoding, notes=notes)
    if seen == 0:
        yield ReadError(source, "empty file (no JSON lines)")
