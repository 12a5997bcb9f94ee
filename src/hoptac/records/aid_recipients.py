"""Recipients an AID cue's sentence names without naming a state: a body of no state ("cho lực lượng dân quân"), or a
state named by an anaphor ("cho nước này"). They decide whether the occasion's other side may be taken as the
recipient (records/aid.py). Split from records/aid.py to keep it under 400 lines."""

from __future__ import annotations

import re
from functools import lru_cache

from hoptac.records.cues import lexicon
from hoptac.records.roles import View


@lru_cache(maxsize=1)
def _people_recipients() -> re.Pattern[str] | None:
    """[AID] people_recipients, right after the cue or after "cho" at most six words past it (compiled once)."""
    words = lexicon().raw.get("AID", {}).get("people_recipients", [])
    alt = "|".join(re.escape(w) for w in sorted(words, key=len, reverse=True))
    return re.compile(rf"\s+(?:(?:[^\s,;.]+\s+){{0,6}}?cho\s+)?(?:{alt})(?!\w)") if alt else None


def people_recipient(view: View, cue_end: int, clause_end: int) -> bool:
    """Whether the help's recipient is named as a body of no state ("... cho lực lượng dân quân người Kurd"): then
    the occasion's other side is not who receives it."""
    rx = _people_recipients()
    return rx is not None and rx.match(view.low, cue_end, clause_end) is not None


@lru_cache(maxsize=1)
def _anaphor_recipients() -> re.Pattern[str] | None:
    """[AID.markers] recipient words followed by one of [AID] state_anaphors ("cho nước này"), compiled once."""
    from hoptac.records.aid import markers  # (aid.py imports this module)

    aid = lexicon().raw.get("AID", {})
    heads = "|".join(re.escape(w) for w in aid.get("state_anaphor_heads", []))
    reach = int(aid.get("state_anaphor_reach", 0))
    # (a state noun, a few words describing it, "này": "quốc gia vùng vịnh này"; no clause break between)
    forms = [re.escape(w) for w in sorted(aid.get("state_anaphors", []), key=len, reverse=True)]
    if heads:
        forms.append(rf"(?:{heads})(?:\s+[^\s,;.]+){{0,{reach}}}?\s+này")
    recipient = markers().get("recipient")
    alt = "|".join(forms)
    return re.compile(rf"(?:^|\s)(?:{recipient})\s+(?:{alt})(?!\w)") if alt and recipient else None


def anaphor_recipient(view: View, cue_end: int, clause_end: int) -> bool:
    """Whether the help goes to a state named by an anaphor after the cue ("cấp tốc gửi viện trợ cho nước này")."""
    rx = _anaphor_recipients()
    return rx is not None and rx.search(view.low, cue_end, clause_end) is not None
