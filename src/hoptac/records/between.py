"""The parties a "giữa" names: "cuộc gặp giữa A và B", "thỏa thuận ... giữa hai chính phủ Mỹ và Việt Nam".

A contact or an agreement followed by "giữa" and a list of states has those states as its parties,
whoever its subject is. Read by the consult and agree handlers (records/handlers.py) and by the scope
check of records/rules.py (an agreement that names no two parties governs nothing). Its own module:
the handlers' file had grown past the size the project keeps a module to.
"""

from __future__ import annotations

import re
from functools import lru_cache

from hoptac.records.cues import CueHit, alternation, lexicon
from hoptac.records.roles import View


def named_between(view: View, cue: CueHit, named: list[str], right_after: bool) -> bool:
    """'cuộc gặp giữa A và B', 'thỏa thuận ... giữa A và B': a [roles] between word right after the
    cue (or within 60 characters) and at least two parties named after it: they are all its parties."""
    words = lexicon().raw.get("roles", {}).get("between", [])
    after = view.low[cue.end:cue.end + 60]
    found = any(after.startswith(f" {w} ") if right_after else f" {w} " in f" {after}" for w in words)
    return found and len(set(named)) >= 2


def between_list(view: View, cue: CueHit) -> list[str]:
    """The states named one after the other right after the "giữa" that follows the cue (within 60
    characters): "giữa hai bên Việt Nam và Anh", "giữa hai chính phủ Mỹ và Việt Nam". Before each only the
    words of [roles] between_leads ("hai", "chính phủ") may stand, and between two a joining word ("và", ",",
    "-"): the list ends at any other word, so "giữa năm 2020" or "giữa cuộc chiến thương mại Mỹ - Trung" names
    no party and "giữa Mỹ và Mexico khiến Canada lo ngại" two. Named states only: a pair word ("hai nước")
    would take whichever pair was named last. A phrase that stands for several states (a set, "nhóm P5+1"; an
    anaphor of a list, "các nước này") is one slot per state, all on its words: it gives them all."""
    low = view.low
    at = low.find(" giữa ", cue.end - 1, cue.end + 60)
    if at < 0:
        return []
    first, then = _list_gaps()
    pos, codes, span = at + len(" giữa "), [], (-1, -1)
    for sl in view.slots:
        # (a set of states named by one phrase, "nhóm P5+1", is one slot per member, all on its words)
        if sl.start < pos and (sl.start, sl.end) != span:
            continue
        if (sl.start, sl.end) != span and not (then if codes else first).fullmatch(low[pos:sl.start]):
            break
        if sl.code and sl.code != "INTL" and sl.code not in codes:
            codes.append(sl.code)
        pos, span = sl.end, (sl.start, sl.end)
    return codes


@lru_cache(maxsize=1)
def _list_gaps() -> tuple[re.Pattern[str], re.Pattern[str]]:
    """What may stand before a list's first party, and between two: [roles] between_leads, after a joining word."""
    lead = rf"(?:(?:{alternation(lexicon().raw.get('roles', {}).get('between_leads', []))})\s+)*"
    return re.compile(rf"\s*{lead}"), re.compile(rf"\s*(?:,|và|với|cùng|-|–)\s*{lead}")
