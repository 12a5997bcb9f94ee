"""Body finding: title, outlet, dateline, byline and body paragraphs of a page dump.

(Stub; being written.)"""

from __future__ import annotations

from hoptac.model import Document


class BodyFinder:
    """Pipeline stage; `prepare(batch)` learns lines that repeat across pages."""

    def prepare(self, docs: list[Document]) -> None:
        pass

    def __call__(self, doc: Document) -> Document:
        raise NotImplementedError
