"""The one a verb of speech addresses ("bày tỏ với ngài Đại sứ EU ...", "Nói với ông Trump, ..."): no subject of what
follows (records/subjects.py), and whom the speaker's request is made of when it names only the speaker's own side
(records/handlers.py). Words in cues.toml [roles] addressed. And whether an asker addresses a body of its own named by
its title alone, or, an envoy, the host's ([roles] envoy_roles); and the body of the asker's own state a request
asks, a domestic request (`home_addressee`, moved here from records/directed_roles.py for that module's length).
"""

from __future__ import annotations

import re
from functools import lru_cache

from hoptac.records.cues import alternation, lexicon
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
    """Whether the asker may ask a body of its own named by its title alone (`home_addressee`'s
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


_HOME_NAMED = 20  # characters after a home addressee within which a state named with it is its owner ("chính phủ Mỹ")
_HOME_REACH = 40  # ... or further, after "của" ("các cơ quan thực thi pháp luật của Nga", "... địa phương của hai nước")


@lru_cache(maxsize=1)
def _home_addressees() -> re.Pattern[str] | None:
    roles = lexicon().raw.get("roles", {})
    words, not_after = roles.get("home_addressees", []), roles.get("home_not_after", [])
    partner = rf"(?!\s+(?:{alternation(not_after)})(?!\w))" if not_after else ""
    return re.compile(rf"\s*(?:(?:các|những|tất cả các)\s+)?(?:{alternation(words)})(?!\w){partner}") if words else None


def home_addressee(view: View, cue_end: int, source: list[str], event_parties: list[str],
                   subj: list[Slot] | None = None) -> str | None:
    """The body of the asker's own state a request asks, right after its verb, with no other state named
    with it ("Bộ Ngoại giao đã yêu cầu các cơ quan đại diện ...", "nhiều nghị sĩ Mỹ đã yêu cầu chính phủ ..."):
    a domestic request, whatever state the rest of the sentence or its event names. [roles] home_addressees; a
    body named with a state, within 20 characters or after "của" (and a side word: "của phía Nhật Bản") within
    40, is that state's ("yêu cầu chính phủ Mỹ", "các cơ quan ... của Nga", "... địa phương của hai nước"), and
    the partner's ("chính phủ bạn") is the partner's. Unnamed, it is the asker's own when the asker is of
    [roles] home_state, or when neither the asker's event (`event_parties`) nor the sentence names the home
    state: an envoy to Việt Nam asking "các bộ, ngành" asks Việt Nam's."""
    rx = _home_addressees()
    m = rx.match(view.low, cue_end) if rx is not None else None
    if m is None:
        return None
    _cs, ce = view.clause(cue_end)
    # (the body's own state, when only its title's default gave it, names no state: "Tổng thống Mỹ ... đề nghị Quốc
    # hội thông qua ..." asks his own Congress, not Việt Nam's; not for an envoy, `subj`, who speaks to the host's
    # government, addressees.has_own_bodies: "Đại sứ Nhật Bản ... đề nghị Chính phủ ...", the default stands)
    own_default = has_own_bodies(subj or [])
    slots = [sl for sl in view.slots if not (own_default and sl.start < m.end() and m.start() < sl.end
                                             and sl.actor is not None and sl.actor.rule.startswith("title default"))]
    owners = [sl for sl in slots if cue_end <= sl.start <= min(ce, m.end() + _HOME_REACH)
              and (sl.start <= m.end() + _HOME_NAMED or _owned(view.low[m.end():sl.start]))]
    if owners:  # (a group word too: "đề nghị quốc hội hai nước ...")
        return m.group(0).strip() if all(sl.code in source for sl in owners) else None
    home = str(lexicon().raw.get("roles", {}).get("home_state", ""))
    if home and home not in source and (home in event_parties or any(sl.code == home for sl in slots)):
        return None
    # A place of no known state after it ("đề nghị chính quyền và hội đồng dân biểu tỉnh Fukuoka ..."): every
    # province and city of Việt Nam is a known actor (subnational.tsv), so an unknown one, named with a capital
    # letter ("tỉnh Fukuoka", not "các tỉnh biên giới", "chính quyền thành phố và ..."), is another state's.
    places = _home_places()
    for p in places.finditer(view.low, m.end(), min(ce, m.end() + _HOME_PLACE_REACH)) if places else ():
        named = view.text[p.end():p.end() + 1].isupper()
        if named and not any(sl.start <= p.end() < sl.end or sl.start == p.end() for sl in view.slots):
            return None
    return m.group(0).strip()


_NOT_OWNED = re.compile(r"(?<!\w)(?:cho|với|tại|để|nhằm|về)(?!\w)")


def _owned(between: str) -> bool:
    """Whether "của" right before an actor ends the addressee's own noun phrase: no word of another phrase
    between ("các cơ quan thực thi pháp luật của Nga"; not "các bộ, ngành tạo điều kiện thuận lợi cho hoạt động
    của phía Nhật Bản": the owner of what they are asked to do)."""
    return _owner_link().search(between) is not None and not _NOT_OWNED.search(between)


@lru_cache(maxsize=1)
def _owner_link() -> re.Pattern[str]:
    """"của" and at most one [roles] not_subject_sides word right before an owner ("của phía Nhật Bản")."""
    sides = alternation(lexicon().raw.get("roles", {}).get("not_subject_sides", []))
    return re.compile(rf"(?<!\w)của\s+(?:(?:{sides})\s+)?$" if sides else r"(?<!\w)của\s+$")


_HOME_PLACE_REACH = 60  # characters after a home addressee within which a place word may name another state's


@lru_cache(maxsize=1)
def _home_places() -> re.Pattern[str] | None:
    words = lexicon().raw.get("roles", {}).get("home_places", [])
    return re.compile(rf"(?<!\w)(?:{alternation(words)})\s+(?=\w)") if words else None
