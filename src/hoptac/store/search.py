"""Full-text search of stored documents: the query's terms and the clause that finds them.

Whole words, phrases, diacritics typed or not (see `search_terms`), on SQLite
FTS5, PostgreSQL `to_tsvector('simple')`, or a scan where neither exists.
"""

from __future__ import annotations

import re
from typing import Any

from sqlalchemy import and_, func, literal_column, text

from hoptac.store import convert
from hoptac.store.schema import DocumentRow

MAX_QUERY_CHARS = 200
MAX_QUERY_WORDS = 12
SEARCH_SECONDS = 10  # PostgreSQL: a search that runs longer is cancelled on the server


class SearchError(ValueError):
    """A search query the store refuses (too long, or nothing to search for)."""


_QUOTED = re.compile(r'"([^"]*)"')


def search_terms(q: str, exact: bool = False) -> list[tuple[str, bool]]:
    """The query as (phrase, plain) terms that must all match as phrases of whole words.

    The query is one phrase ("viện trợ" is not "viện ... trợ"); "quoted parts"
    are phrases of their own that must all occur, in any order. A phrase typed
    without diacritics matches any ("vien tro" finds "viện trợ"), as someone on
    a plain keyboard expects; one typed with them matches them exactly, and
    `exact` makes every phrase match as typed ("Nga" then is not "ngà")."""
    folded = " ".join(convert.fold(q).split())
    if len(folded) > MAX_QUERY_CHARS or len(folded.split()) > MAX_QUERY_WORDS:
        raise SearchError(f"search is limited to {MAX_QUERY_CHARS} characters and {MAX_QUERY_WORDS} words")
    parts = [m.group(1) for m in _QUOTED.finditer(folded)] + [_QUOTED.sub(" ", folded)]
    if exact:
        return [(" ".join(re.findall(r"[^\W_]+", p)), False) for p in parts if re.search(r"[^\W_]", p)]
    terms = []
    for part in parts:
        words = re.findall(r"[^\W_]+", part)
        if words:
            phrase = " ".join(words)
            plain = convert.plain(phrase)
            terms.append((plain, True) if plain == phrase else (phrase, False))
    return terms


def matches(dialect: str, fts5: bool, terms: list[tuple[str, bool]]) -> Any:
    """A WHERE clause: the document's search text holds every term as whole words."""
    columns = [(DocumentRow.search_plain if plain else DocumentRow.search, phrase) for phrase, plain in terms]
    if dialect == "sqlite" and fts5:
        # Terms are words joined by spaces: no quote or operator of FTS5 can reach the query.
        fts = " AND ".join(f'{{{column.key}}} : "{phrase}"' for column, phrase in columns)
        return DocumentRow.pk.in_(text("SELECT rowid FROM documents_fts WHERE documents_fts MATCH :fts")
                                  .bindparams(fts=fts))
    if dialect == "postgresql":
        simple = literal_column("'simple'")
        return and_(*(func.to_tsvector(simple, column).op("@@")(func.phraseto_tsquery(simple, phrase))
                      for column, phrase in columns))
    # SQLite without FTS5, other databases: whole words by padding with spaces (a scan).
    return and_(*(func.concat(" ", column, " ").contains(f" {phrase} ", autoescape=True)
                  for column, phrase in columns))
