"""Mentions: actors, dates and quantities found in each sentence."""

from __future__ import annotations

from hoptac.model import Document


def find_mentions(doc: Document) -> Document:
    """Fill doc.actors, doc.dates and doc.quantities, sentence by sentence."""
    from hoptac.mentions.actors import find_actors
    from hoptac.mentions.dates import find_dates
    from hoptac.mentions.quantities import find_quantities

    return find_quantities(find_dates(find_actors(doc)))


def mentions_stage(doc: Document, gate: bool | None = None) -> Document:
    """The pipeline's mentions stage: actors and dates of every sentence (the records stage reads
    them all for its context), amounts only where the records stage asks for them, in a sentence
    that holds a cue (most sentences hold none, and amounts were a fifth of this stage's time).
    `find_quantities` fills in the rest for whoever wants every amount (explain). No dates either in
    a document whose actors leave no record possible (records/gate.py: most news holds no cooperation);
    the records stage then has nothing to do there. `gate`: whether to ask (default: unless
    HOPTAC_NO_GATE says otherwise)."""
    from hoptac.mentions.actors import find_actors
    from hoptac.mentions.dates import find_dates
    from hoptac.mentions.quantities import LAZY
    from hoptac.records.gate import GATED, enabled, why_no_record

    doc = find_actors(doc)
    doc.scratch.pop(GATED, None)  # (a document run again, with the gate off or other data files, is asked again)
    ask = enabled() if gate is None else gate
    why = why_no_record(doc) if ask else None
    if why:
        doc.dates = []
        doc.scratch[GATED] = why
    else:
        doc = find_dates(doc)
    doc.quantities = []
    doc.scratch[LAZY] = True
    return doc
