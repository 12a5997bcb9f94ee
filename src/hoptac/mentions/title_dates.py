"""The dates of a document's title, resolved like the body's (hoptac.mentions.dates).

A corpus record's title may be its lead ("Chiều 1/5, Ban chỉ đạo ... họp trực tuyến ..."): the day it
opens on is the occasion the body reports (hoptac.records.context). The title is no body sentence, so
its dates are not in doc.dates; this module finds them on demand.
"""

from __future__ import annotations

from datetime import date

from hoptac.mentions.date_forms import _candidates, _lex, _published
from hoptac.mentions.dates import resolver_for
from hoptac.model import Document
from hoptac.text.normalise import normalise


def title_dates(doc: Document) -> tuple[str, list[tuple[int, int, str | None, str]]]:
    """The normalised title and its date expressions as (start, end, value, reason) in it."""
    if not doc.title:
        return "", []
    text = normalise(doc.title).text
    lex = _lex()
    cands = _candidates(text, lex)
    if not cands:  # most titles hold no date: no resolver (it scans the body for years) is needed
        return text, []
    resolver = resolver_for(doc, lex)
    out = []
    for c in cands:
        value, reason = resolver.resolve(c, text, 0)
        out.append((c.start, c.end, value, reason))
    return text, out


def published_day(doc: Document) -> date | None:
    """The day of publication, read as the dates stage reads it (None when doc.published gives none)."""
    return _published(doc)[0]
