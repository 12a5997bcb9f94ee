"""The document gate: whether a document can hold a record at all, decided once its actors are found.

Most news holds no cooperation. A record of a type that needs two parties (types.toml `min_parties`)
needs two different codes, and besides Việt Nam (the default of its own offices, titles.tsv) every
code a record can carry comes from one of these: an actor of another code, or a group word or the
international community, as the actor finder reports them (`doc.actors`); a group word, an
"international" word or a capital in the sentence's own words (cues.toml [groups] words and intl,
country_aliases.tsv capitals: records/roles.py, records/aid.py and records/handlers.py read those
without an actor); an earlier record of the same document. A record of a type that needs one party
(MEASURE) needs a cue of one of that type's rules. A document that has none of these can hold no
record, and dates and the records stage are not worked out for it: 758 of the 2,653 Dân trí articles
and 8,060 of Báo Mới's first 20,000 of 2017, whose extraction ran 1.13× and 1.19× as fast for it
(157 -> 178 and 162 -> 194 documents/s, one process, no store keys; same records).

Sound by construction, not by tuning: nothing here guesses what a rule would decide, it only asks
whether the material any rule needs is there. `hoptac extract --explain` runs a gated document through
the records stage anyway and says so; the records of both corpora are the same with and without the
gate (`HOPTAC_NO_GATE=1` turns it off, for that comparison).
"""

from __future__ import annotations

import os
import re
from functools import lru_cache

from hoptac.model import Document
from hoptac.text.anchors import AnchorIndex, may_match

GATED = "gate: no record possible"  # doc.scratch key: why the document holds no record (a reason string)


@lru_cache(maxsize=1)
def _material() -> tuple[tuple[re.Pattern[str], ...], tuple[re.Pattern[str], ...], AnchorIndex]:
    """The word lists that give a record a code without an actor; the patterns of the rules of types
    that need one party only (their cues alone can make a record), with the index of their anchor
    words (one pass over the document finds which of them may match)."""
    from hoptac.records.aid import capitals_pattern
    from hoptac.records.cues import lexicon
    from hoptac.records.types import record_types

    lex = lexicon()
    words = tuple(rx for rx in (lex.words.get("groups"), lex.words.get("intl"), capitals_pattern()) if rx is not None)
    types = record_types()
    single = tuple(r.regex for r in lex.rules if types[r.type].min_parties < 2)
    return words, single, AnchorIndex(single)


def why_no_record(doc: Document) -> str | None:
    """The reason the document can hold no record (see the module's docstring), or None when it may.
    Reads `doc.actors`, so it runs after the actor finder."""
    if os.environ.get("HOPTAC_NO_GATE"):
        return None
    if any((a.code and a.code != "VNM") or a.kind in ("group", "intl") for a in doc.actors):
        return None
    if doc.norm is None:
        return None
    from hoptac.records.cues import lower

    low = lower(doc.norm.text)
    words, single, index = _material()
    if any(may_match(rx, low) and rx.search(low) for rx in words):
        return None
    if any(single[i].search(low) for i in index.candidates(low)):
        return None
    return ("no actor but Việt Nam, no group, international or capital word, and no cue of a type that "
            "needs one party: no record can stand (records/gate.py)")
