"""hoptac: a verifiable ledger of international cooperation from Vietnamese news.

The Python API is a thin shell over the one pipeline:

    >>> import hoptac
    >>> docs = hoptac.read("data/samples")            # Documents with their bodies found
    >>> doc = hoptac.extract(text, published="2020-04-03T06:41:00+07:00")
    >>> [r.to_json() for r in doc.records]
"""

from __future__ import annotations

import warnings
from collections.abc import Iterator

from hoptac.model import Actor, DateValue, Document, Mention, Paragraph, Quantity, ReadError, Record, Sentence
from hoptac.pipeline import Pipeline

__all__ = ["Actor", "DateValue", "Document", "Mention", "Paragraph", "Pipeline", "Quantity", "ReadError",
           "Record", "Sentence", "extract", "process", "read"]
__version__ = "0.1.0"


def _read(inputs: tuple[str, ...], strict: bool) -> Iterator[Document]:
    from hoptac.read import read_inputs

    for item in read_inputs(inputs):
        if isinstance(item, ReadError):
            if strict:
                raise item
            warnings.warn(str(item), stacklevel=3)
        else:
            yield item


def read(*inputs: str, strict: bool = False) -> list[Document]:
    """Read files, directories or globs and find each page's title, date and body.

    Unreadable inputs are skipped with a warning (raised with strict=True)."""
    return list(Pipeline(extract=False, keys=False).pipe(_read(inputs, strict)))


def process(*inputs: str, strict: bool = False, batch_size: int = 64, gate: bool | None = None) -> Iterator[Document]:
    """Read and run the pipeline, lazily: for corpora too big for memory. Not the store keys (storing works
    them out); and a document that can hold no record (records/gate.py) gets no dates, cues or drops
    either, unless `gate=False` (or HOPTAC_NO_GATE=1): what an analyst asking why a cue gave nothing wants."""
    return Pipeline(keys=False, gate=gate).pipe(_read(inputs, strict), batch_size=batch_size)


def extract(text: str, published: str | None = None, id: str = "text", gate: bool | None = None) -> Document:
    """Run the pipeline on one text (a page dump or a clean article), as `process` does (`gate` likewise)."""
    from hoptac.limits import Limits
    from hoptac.read import cap_text

    limits = Limits.from_env()
    doc = cap_text(Document(text=text, id=id, reader="text", published=published), limits.text_chars)
    return Pipeline(limits=limits, keys=False, gate=gate)(doc)
