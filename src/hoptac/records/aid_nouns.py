"""Aid in noun form: "sự hỗ trợ", "sự quan tâm và hỗ trợ của X", "sự ủng hộ, giúp đỡ quý báu của X".

The guide records aid named inside thanks or praise only when the text names its kind (an item, or an amount):
"Thanks for 'sự hỗ trợ' of unnamed or unspecified kind is only the SUPPORT". A noun form names the help as a
thing someone has, not an act done; with no kind and no amount it is no record of aid (the issue's "acts in noun
form when they name their owner and carry an amount or a specific item"). The words live in cues.toml [AID]
noun_form and noun_form_words.
"""

from __future__ import annotations

import re
from functools import lru_cache

from hoptac.records.cues import CueHit, alternation, lexicon
from hoptac.records.roles import View


@lru_cache(maxsize=1)
def _noun_form() -> tuple[re.Pattern[str], re.Pattern[str], frozenset[str]] | None:
    """A noun marker as a word of its own, not opening one of noun_form_nouns, then at most noun_form_words words
    (commas and "và" among them) up to the cue; the words that make that stretch a clause (noun_form_not_between);
    and the syllables that make the marker the second of a word (noun_form_not_after: "quân sự", "lãnh sự")."""
    aid = lexicon().raw.get("AID", {})
    words = aid.get("noun_form", [])
    if not words:
        return None
    most = int(aid.get("noun_form_words", 4))
    nouns = alternation(aid.get("noun_form_nouns", []))
    marker = re.compile(rf"(?<!\w)(?!(?:{nouns})(?!\w))(?:{alternation(words)})\s+(?:[^\s;.:]+\s+){{0,{most}}}$")
    between = re.compile(rf"(?<!\w)(?:{alternation(aid.get('noun_form_not_between', []))})(?!\w)")
    return marker, between, frozenset(aid.get("noun_form_not_after", []))


def in_noun_form(view: View, cue: CueHit) -> bool:
    """Whether the cue stands in a noun phrase that a noun marker opens, within its clause: no actor and no aspect
    word between the marker and the cue."""
    rxs = _noun_form()
    if rxs is None:
        return False
    marker, between, not_after = rxs
    m = marker.search(view.low, max(view.clause(cue.start)[0], cue.start - 60), cue.start)
    if m is None or between.search(view.low, m.start(), cue.start):
        return False
    if not not_after.isdisjoint(view.low[max(0, m.start() - 12):m.start()].split()[-1:]):
        return False  # ("quân sự", "lãnh sự": a syllable of another word)
    return not any(m.start() <= sl.start < cue.start for sl in view.slots)
