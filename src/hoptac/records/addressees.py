"""The one a verb of speech addresses ("bày tỏ với ngài Đại sứ EU ...", "Nói với ông Trump, ..."): no subject of what
follows (records/subjects.py), and whom the speaker's request is made of when it names only the speaker's own side
(records/handlers.py). Words in cues.toml [roles] addressed. And whether an asker addresses a body of its own named by
its title alone, or, an envoy, the host's ([roles] envoy_roles).
"""

from __future__ import annotations

import re
from functools import lru_cache

from hoptac.records.cues import lexicon
from hoptac.records.roles import Slot, View, _alternatives


def addressed(view: View, sl: Slot) -> bool:
    """Whether the actor is the one a verb of speech addresses ("bày tỏ với ngài Đại sứ EU", "Nói với ông Trump"):
    right after the verb and a [roles] addressed word."""
    lead = _addressed()
    return lead is not None and any(lead.fullmatch(view.low, e, sl.start) for _s, e in view.speech if e < sl.start)


def spoken_to(view: View, pos: int, source: list[str], subj: list[Slot]) -> list[Slot]:
    """The one the speaker of the act at `pos` addressed before it in its clause, of another side than `source`:
    the actor right after a verb of speech and a [roles] addressed word ("X bày tỏ với ngài Đại sứ EU mong muốn
    ..."), where the act's subject `subj` is the speaker: it stands before the verb, nobody between them; []
    otherwise ("Ông Trump nói với ông Tập ..., trong khi Thủ tướng Abe kêu gọi ...": Abe did not address him)."""
    cs, _ce = view.clause(pos)
    lead = _addressed()
    if lead is None or not subj:
        return []
    for s, e in view.speech:
        if not cs <= s < pos or s < subj[-1].end or any(sl.code and subj[-1].end <= sl.start < s for sl in view.slots):
            continue
        m = lead.match(view.low, e)
        if m is None:
            continue
        found = [sl for sl in view.slots if sl.start == m.end() and sl.end <= pos]
        if found and found[0].code and found[0].code not in source:
            return found
    return []


@lru_cache(maxsize=1)
def _addressed() -> re.Pattern[str] | None:
    words = lexicon().raw.get("roles", {}).get("addressed", [])
    return re.compile(r"\s+(?:" + _alternatives(sorted(words, key=len, reverse=True)) + r")\s+") if words else None


def has_own_bodies(subj: list[Slot]) -> bool:
    """Whether the asker may ask a body of its own named by its title alone (directed_roles.home_addressee's
    `own_default`): not an envoy ([roles] envoy_roles) posted to the home state or to no state its title names, who
    speaks to the host's government ("Đại sứ Nhật Bản Umeda Kunio đề nghị Chính phủ ..."). An envoy posted elsewhere
    ("Đại sứ Mỹ tại Trung Quốc ... đề nghị Chính phủ ...") asks that host's: not Việt Nam's, so it is no request of this
    ledger's two sides either. (An international body has no government of its own, but asks Việt Nam's only where its
    event or sentence names Việt Nam, as any asker: "EU yêu cầu Chính phủ rút lại cải cách tư pháp" asks none of Việt
    Nam's.)"""
    envoys = set(lexicon().raw.get("roles", {}).get("envoy_roles", []))
    return not any(sl.actor is not None and sl.actor.role in envoys and not _posted_elsewhere(sl.text) for sl in subj)


def _posted_elsewhere(title: str) -> bool:
    """Whether an envoy's title names a post ("tại Trung Quốc") in a state other than [roles] home_state."""
    from hoptac.mentions.actor_lexicon import key_of, load

    m = re.search(r"\s(?:tại|ở)\s+(.+)$", title)
    if m is None:
        return False
    words = key_of(m.group(1))[1]
    home = str(lexicon().raw.get("roles", {}).get("home_state", ""))
    entries = load().entries
    for n in range(min(4, len(words)), 0, -1):
        found = entries.get(" ".join(words[:n]).lower(), ())
        if found:
            return not any(e.code == home for e in found)
    return False
