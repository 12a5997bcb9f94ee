"""The pipeline's last stage, `keys`: what storing derives from a document, worked out where the
document is processed.

Kept out of `hoptac.store` on purpose: this module imports neither SQLAlchemy nor datasketch
(`hoptac.minhash` signs bodies with numpy alone), so a worker process that only extracts
starts without them; importing them was more than half of building a pipeline.
"""

from __future__ import annotations

import hashlib
import re
import unicodedata
from dataclasses import dataclass

from hoptac.minhash import signature, signature_of_words
from hoptac.model import Document, Paragraph


def fold(text: str) -> str:
    """The search form of a text: normalised as for matching (NFC, one tone placement,
    i/y variants), case-folded, whitespace collapsed.

    Done in Python because SQL `lower()` folds ASCII only on SQLite (and per
    locale on PostgreSQL), and NFD "Việt" must find NFC "Việt", "hoà" "hòa"."""
    from hoptac.text.normalise import fold as match_fold

    folded = unicodedata.normalize("NFC", match_fold(text).casefold())
    return " ".join(folded.split())


def plain(folded: str) -> str:
    """`fold`ed text without diacritics (đ → d): what "vien tro" is matched against."""
    from hoptac.text.normalise import strip_accents

    return strip_accents(folded)


MIN_IDENTITY_CHARS = 200  # shorter bodies ("Xem video", a caption) say too little to be an identity
IDENTITY_PARAGRAPHS = 3
SEARCH_CHARS = 200_000  # of title and body searched; PostgreSQL's tsvector holds at most 1 MB
WORD = re.compile(r"[^\W_]+")  # a word of the search text (and of `phrase_key`, hoptac.store.convert)


@dataclass
class StoreKeys:
    """What storing derives from a document's title and body: its identity, its search text
    with and without diacritics, and its MinHash signature (hoptac.minhash)."""

    identity: str
    search: str
    search_plain: str
    minhash: bytes | None


def store_keys(doc: Document) -> Document:
    """Pipeline stage, the last: work out `StoreKeys` where the document is processed (a worker
    process, a Dask worker) rather than in the one process that writes to the database, where
    folding every body again cost as much as extracting it."""
    doc.keys = _compute_keys(doc)
    return doc


def keys_of(doc: Document) -> StoreKeys:
    """The document's `StoreKeys`: those of the pipeline's last stage, else worked out now."""
    return doc.keys if isinstance(doc.keys, StoreKeys) else _compute_keys(doc)


def _compute_keys(doc: Document) -> StoreKeys:
    # Each paragraph folded once, for the identity, the search text and the signature alike; from
    # the text the pipeline has normalised already where it has (normalising is the costly half).
    # A title the reader made the body's first paragraph (a corpus record's lead) counts once.
    title = "" if doc.meta.get("lead_from_title") else fold(doc.title or "")
    body = [_fold_paragraph(doc, p) for p in doc.paragraphs]
    text = " ".join(body)
    # The body's words read once, for the search text and the signature: the words of title and
    # body joined by a space are the title's then the body's, and without "_" (a word character
    # to the signature's `\w+`, not to `WORD`) the signature's words are these too.
    words = WORD.findall(text)
    # The body's words joined once, for the search text and the signature's buffer (minhash._gram_hashes).
    joined = " ".join(words)
    title_words = " ".join(WORD.findall(title))
    search = (f"{title_words} {joined}" if title_words and words else title_words or joined)[:SEARCH_CHARS]
    ident = body_identity([title, *body], already_folded=True) or doc.content_hash
    sig = signature(text) if "_" in text else signature_of_words(words, joined)
    return StoreKeys(ident, search, plain(search), None if sig is None else sig.tobytes())


def _fold_paragraph(doc: Document, p: Paragraph) -> str:
    """`fold(p.text)`, from the document's normalised text when the pipeline made it and the
    paragraph is a span of the document's text (normalising works cluster by cluster and word by
    word, and a paragraph ends on a line break, so its span of the whole is what it would be alone)."""
    if doc.norm is None or doc.text[p.start:p.end] != p.text or not p.text or unicodedata.combining(p.text[0]):
        return fold(p.text)  # (a paragraph opening on a combining mark: in the whole, it joined the line break)
    folded = unicodedata.normalize("NFC", doc.normalised(p.start, p.end)[0].lower().casefold())
    return " ".join(folded.split())


def body_identity(paragraphs: list[str], already_folded: bool = False) -> str | None:
    """sha256 of the body's longest paragraphs in folded form, or None for a body too short
    (`already_folded`: the paragraphs are `fold`ed already).

    The same article keeps this across formats (JSONL, page dump, HTML), across
    NFC/NFD, spacing and case, and across the short lines one reader keeps and
    another drops (a caption, a subheading, a byline); `content_hash` does not."""
    folded = [f for f in (p if already_folded else fold(p) for p in paragraphs) if f]
    if sum(len(f) for f in folded) < MIN_IDENTITY_CHARS:
        return None
    core = sorted(folded, key=lambda f: (-len(f), f))[:IDENTITY_PARAGRAPHS]
    return hashlib.sha256("\n".join(core).encode("utf-8")).hexdigest()


def url_key(url: str | None) -> str | None:
    """sha256 of a URL (stripped): what the URL index holds, whatever the URL's length."""
    url = (url or "").strip()
    return hashlib.sha256(url.encode("utf-8", "surrogatepass")).hexdigest() if url else None


def search_text(title: str | None, paragraphs: list[str]) -> tuple[str, str]:
    """What full-text search indexes: the folded words of title and body, with and without
    diacritics, one space apart. Punctuation is dropped here, in Python, so SQLite's and
    PostgreSQL's tokenizers see the same words ("covid-19" is "covid 19" on both)."""
    exact = " ".join(WORD.findall(fold("\n".join([title or "", *paragraphs]))))[:SEARCH_CHARS]
    return exact, plain(exact)
