"""HTML pages: trafilatura finds the article text and the page's metadata.

trafilatura already knows boilerplate removal (menus, footers, related-news
blocks) far better than line heuristics can, so an HTML page arrives with its
body found: `paragraphs` are filled and `body_ready` is set, and the body stage
leaves them alone. The raw markup is kept on the Document for re-checking.
"""

from __future__ import annotations

import logging
import re
import warnings
from collections.abc import Iterator
from typing import Any

from hoptac.model import Document, ReadError
from hoptac.read.encoding import DecodeError, Decoded, declared_charset, decode
from hoptac.read.text import line_paragraphs

# trafilatura logs every page it finds too short; a batch of thousands would
# drown real messages, and our ReadError already says what happened.
logging.getLogger("trafilatura").setLevel(logging.ERROR)

# htmldate's format with time; date-only findings come back as T00:00:00.
_DATE_FORMAT = "%Y-%m-%dT%H:%M:%S%z"
_DATE_PARAMS = {"original_date": True, "outputformat": _DATE_FORMAT}
_ISO_TZ = re.compile(r"([+-]\d{2})(\d{2})$")


def iso_date(value: str | None) -> str | None:
    """htmldate's output as ISO 8601: '+0700' → '+07:00'; a bare midnight is a date only.

    A page that states only a day yields 'YYYY-MM-DDT00:00:00' with no zone;
    claiming midnight would invent a time, so the date alone is kept."""
    if not value:
        return None
    value = value.strip()
    if value.endswith("T00:00:00"):
        return value[:10]
    return _ISO_TZ.sub(r"\1:\2", value)


def _extract(markup: str, url: str | None) -> Any:
    """trafilatura's bare_extraction with metadata; warnings from its deps are silenced."""
    import trafilatura

    with warnings.catch_warnings():
        warnings.simplefilter("ignore")
        return trafilatura.bare_extraction(
            markup, url=url, with_metadata=True, include_comments=False,
            include_tables=True, date_extraction_params=_DATE_PARAMS,
        )


def document_from_markup(markup: str, *, doc_id: str, source: str, where: str,
                         reader: str = "html", url: str | None = None,
                         encoding: str = "utf-8", notes: list[str] | None = None
                         ) -> Document | ReadError:
    """Extract one article from decoded HTML; a ReadError when no text comes out."""
    try:
        result = _extract(markup, url)
    except Exception as exc:  # trafilatura/lxml on hostile markup: one bad page, not a crash
        return ReadError(where, f"HTML could not be parsed ({type(exc).__name__}: {exc})")
    text = (getattr(result, "text", None) or "") if result is not None else ""
    if not text.strip():
        return ReadError(where, "HTML page with no extractable text")
    title = getattr(result, "title", None) or None
    doc = Document(
        text=text,
        id=doc_id,
        source=source,
        reader=reader,
        encoding=encoding,
        url=url or getattr(result, "url", None) or None,
        raw=markup,
        title=title,
        outlet=getattr(result, "sitename", None) or None,
        published=iso_date(getattr(result, "date", None)),
        byline=getattr(result, "author", None) or None,
        warnings=list(notes or []),
    )
    doc.paragraphs = line_paragraphs(text, skip_title=title)
    doc.body_ready = bool(doc.paragraphs)
    hostname = getattr(result, "hostname", None)
    if hostname:
        doc.meta["hostname"] = hostname
    if not doc.paragraphs:
        doc.warnings.append("trafilatura found only the title, no body paragraphs")
    return doc


def decode_html(data: bytes, declared: str | None = None) -> Decoded:
    """Decode page bytes, trusting a declared charset (HTTP header or <meta>) over a guess."""
    return decode(data, declared=declared or declared_charset(data))


def read_html(data: bytes, source: str, doc_id: str, where: str | None = None,
              reader: str = "html", url: str | None = None,
              declared: str | None = None) -> Iterator[Document | ReadError]:
    """Read one HTML page from bytes into a Document (or a ReadError naming `where`)."""
    where = where or source
    if not data.strip():
        yield ReadError(where, "empty file")
        return
    try:
        dec = decode_html(data, declared)
    except DecodeError as exc:
        yield ReadError(where, str(exc))
        return
    yield document_from_markup(dec.text, doc_id=doc_id, source=source, where=where,
                               reader=reader, url=url, encoding=dec.encoding, notes=dec.warnings)
