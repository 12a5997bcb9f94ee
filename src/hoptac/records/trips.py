"""A trip as a visit ([CONSULT.trip], rule setting destination): who travels and who hosts.

"Ngoại trưởng Trung Quốc Vương Nghị bay đến Iran", "Thủ tướng Nhật Bản Shinzo Abe đã tới Washington": a travel
verb is a visit only when one holding an office travels (goods, troops, experts or a gift arrive too) and a
state, or its capital, stands right after the verb. Its parties are that traveller and that host, nobody else
the sentence names ("... hội đàm với Putin trước khi bay sang Mỹ" visits the United States alone).
"""

from __future__ import annotations

import re
from functools import lru_cache
from typing import TYPE_CHECKING

from hoptac.records.aid import capital_after
from hoptac.records.context import Context
from hoptac.records.cues import lexicon, spans
from hoptac.records.roles import Slot

if TYPE_CHECKING:
    from hoptac.records.handlers import Candidate


@lru_cache(maxsize=1)
def person_roles() -> frozenset[str]:
    """The roles of titles.tsv held by a person (kind person), not a body."""
    from hoptac.lexicon import read_tsv

    return frozenset(r["role"] for r in read_tsv("titles.tsv") if r.get("kind") == "person" and r.get("role"))


NO_TRAVELLER = "a trip of nobody holding an office, or one reported by one (rule setting destination)"


def trip_parties(c: Candidate, ctx: Context) -> tuple[list[str], list[Slot]] | None:
    """(traveller codes, host slots) of a trip, or None when it is none (NO_TRAVELLER): the traveller is the last
    subject before the verb, holding an office, with no verb of speech between ("Lavrov cho biết các chuyên gia
    Nga đã tới Syria" reports experts' travel); the host the state right after the verb (or "thủ đô" and it), or
    the state of a capital there."""
    view, cue = c.view, c.cue
    last = c.subj[-1] if c.subj else None
    if last is None or last.actor is None or last.actor.role not in person_roles() \
            or spans(lexicon().words.get("speech"), view.low[last.end:cue.start]):
        return None
    hosts = [o for o in c.objs[:1] if o.code and (o.actor is None or o.actor.role is None)
             and re.fullmatch(r"\s*(?:thủ đô\s+)?", view.low[cue.end:o.start])]
    capital = capital_after(view, cue.end)
    if capital and not hosts:
        hosts = [Slot(cue.end, cue.end, capital[0], capital[0])]
    return ctx.codes([last]), hosts
