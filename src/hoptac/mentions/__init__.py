"""Mentions: actors, dates and quantities found in each sentence."""

from __future__ import annotations

from hoptac.model import Document


def find_mentions(doc: Document) -> Document:
    """Fill doc.actors, doc.dates and doc.quantities, sentence by sentence."""
    from hoptac.mentions.actors import find_actors
    from hoptac.mentions.dates import find_dates
    from hoptac.mentions.quantities import find_quantities

    return find_quantities(find_dates(find_actors(doc)))
