"""Records: cue rules turn sentences with actors into the guide's records."""

from __future__ import annotations

from hoptac.model import Document


def find_records(doc: Document) -> Document:
    """Fill doc.records from sentences, actors, dates and quantities. (Stub.)"""
    return doc


def merge_records(doc: Document) -> Document:
    """Merge restatements within the document. (Stub.)"""
    return doc
