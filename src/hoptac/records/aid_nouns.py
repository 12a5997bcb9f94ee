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
def _noun_form() -> re.Pattern[str] | None:
    """A noun marker, then at most noun_form_words words (commas and "và" among them), up to the cue."""
    aid = lexicon().raw.get("AID", {})
    words = aid.get("noun_form", [])
    if not words:
        return None
    most = int(aid.get("noun_form_words", 4))
    return re.compile(rf"(?:^|\s)(?:{alternation(words)})\s+(?:[^\s;.:]+\s+){{0,{most}}}$")


def in_noun_form(view: View, cue: CueHit) -> bool:
    """Whether the cue stands in a noun phrase that a noun marker opens, within its clause."""
    rx = _noun_form()
    if rx is None:
        return False
    start = max(view.clause(cue.start)[0], cue.start - 60)
    return rx.search(view.low, start, cue.start) is not None
