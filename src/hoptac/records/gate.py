"""The document gate: whether a document can hold a record at all, decided once its actors are found.

Most news holds no cooperation. A record of a type whose handler gives two codes at least (CONSULT and
AGREE by `min_parties`, the directed types by a target other than the source: records/handlers.py)
needs a code besides Việt Nam (the default of its own offices, titles.tsv), and every such code comes
from one of these: an actor of another code, or a group or international actor (`doc.actors`); a group
word, an "international" word or a capital in the sentence's own words (cues.toml [groups] words and
intl, country_aliases.tsv capitals, which records/roles.py, records/aid.py and records/handlers.py read
without an actor); an earlier record of the same document. Any other type (MEASURE: a source only; an
analyst's type of another handler) needs a cue of one of its rules. A document that has none of these
can hold no record, and dates and the records stage are not worked out for it: 758 of the 2,653 Dân
trí articles and 8,060 of Báo Mới's first 20,000 of 2017, whose extraction ran about 1.1× and 1.2× as
fast for it (medians of 7 and 5 paired runs, one process, no store keys, each between 0.97× and 1.28× on
a noisy machine; same records).

Sound by what records need, not tuned: nothing here guesses what a rule would decide, it only asks
whether the material any rule needs is there, sentence by sentence as the records stage reads them
(the same normalised, lower-cased slices: a pattern's look-around sees what it sees there). The records
of both corpora are the same with and without the gate (`HOPTAC_NO_GATE=1`, or `Pipeline(gate=False)`,
which `hoptac extract --explain` uses).
"""

from __future__ import annotations

import os
import re
from functools import lru_cache

from hoptac.model import Document
from hoptac.text.anchors import AnchorIndex, may_match

GATED = "gate: no record possible"  # doc.scratch key: why the document holds no record (a reason string)
# The handlers that give a record two codes at least, whatever a type declares (records/handlers.py): the
# participants' (by `min_parties`) and the directed ones (a target other than the source).
TWO_CODE_HANDLERS = frozenset({"consult", "agree", "directed", "aid"})


def enabled() -> bool:
    """Whether the pipeline's mentions stage gates documents: unless HOPTAC_NO_GATE says otherwise."""
    return os.environ.get("HOPTAC_NO_GATE", "").strip().lower() in ("", "0", "false", "no")


@lru_cache(maxsize=1)
def _material() -> tuple[tuple[re.Pattern[str], ...], tuple[re.Pattern[str], ...], AnchorIndex]:
    """The word lists that give a record a code without an actor; the patterns of the rules of types
    that may make a record of one party (their cues alone can), with the index of their anchor words."""
    from hoptac.records.roles import capitals_pattern
    from hoptac.records.cues import lexicon
    from hoptac.records.types import record_types

    lex = lexicon()
    words = tuple(rx for rx in (lex.words.get("groups"), lex.words.get("intl"), capitals_pattern()) if rx is not None)
    types = record_types()
    one = {name for name, t in types.items()
           if t.handler not in TWO_CODE_HANDLERS or t.roles == "source" or t.min_parties < 2}
    single = tuple(r.regex for r in lex.rules if r.type in one)
    return words, single, AnchorIndex(single)


def why_no_record(doc: Document) -> str | None:
    """The reason the document can hold no record (see the module's docstring), or None when it may.
    Reads `doc.actors` and `doc.sentences`, so it runs after the actor finder."""
    if any((a.code and a.code != "VNM") or a.kind in ("group", "intl") for a in doc.actors):
        return None
    if doc.norm is None:
        return None
    from hoptac.records.cues import lower

    words, single, index = _material()
    for s in doc.sentences:
        low = lower(doc.normalised(s.start, s.end)[0])
        if any(may_match(rx, low) and rx.search(low) for rx in words):
            return None
        if any(single[i].search(low) for i in index.candidates(low)):
            return None
    return ("no actor but Việt Nam, no group, international or capital word, and no cue of a type one party "
            "can make: no record can stand (records/gate.py)")
