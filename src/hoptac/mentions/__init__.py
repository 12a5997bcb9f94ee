"""Mentions: actors, dates and quantities found in each sentence."""

from __future__ import annotations

from hoptac.model import Document


def find_mentions(doc: Document) -> Document:
    """Fill doc.actors, doc.dates and doc.quantities, sentence by sentence."""
    from hoptac.mentions.actors import find_actors
    from hoptac.mentions.dates import find_dates
    from hoptac.mentions.quantities import find_quantities

    return find_quantities(find_dates(find_actors(doc)))


def mentions_stage(doc: Document) -> Document:
    """The pipeline's mentions stage: actors and dates of every sentence (the records stage reads
    them all for its context), amounts only where the records stage asks for them, in a sentence
    that holds a cue (most sentences hold none, and amounts were a fifth of this stage's time).
    `find_quantities` fills in the rest for whoever wants every amount (explain)."""
    from hoptac.mentions.actors import find_actors
    from hoptac.mentions.dates import find_dates
    from hoptac.mentions.quantities import LAZY

    doc = find_dates(find_actors(doc))
    doc.quantities = []
    doc.scratch[LAZY] = True
    return doc
