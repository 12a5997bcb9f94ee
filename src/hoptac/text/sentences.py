"""Sentence splitting of body paragraphs. (Stub; being written.)"""

from __future__ import annotations

from hoptac.model import Document


def split_sentences(doc: Document) -> Document:
    """Fill doc.sentences from doc.paragraphs, offsets into doc.text."""
    raise NotImplementedError
