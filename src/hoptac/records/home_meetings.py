"""Home meetings: a meeting verb whose guest is plainly of the host's own state ("Chủ tịch nước đã tiếp đồng chí Nguyễn
Quốc Cường, Đại sứ Việt Nam tại Nhật Bản" during a state visit to Japan) is no international contact, and takes no other
side from the occasion. Kept apart from handlers.py, whose consult handler asks it, for the module's length.
"""

from __future__ import annotations

import re

from hoptac.records.cues import CueHit, lexicon
from hoptac.records.roles import Slot, View
from hoptac.records.lists import is_person


def home_received(view: View, cue: CueHit, subj: list[Slot], source: list[str], carried: bool,
                  objs: list[Slot]) -> str | None:
    """The text of the first actor after a meeting's verb ([context] home_received_verbs) when it is plainly of the
    state of the side that receives or meets it (`_plainly_of`): "đã tiếp đồng chí Nguyễn Văn Nên, Bí thư Thành ủy
    Thành phố Hồ Chí Minh", "tiếp đồng chí ..., Đại sứ Việt Nam tại Lào" meet at home, whatever state the occasion
    or the rest of the sentence names. That side is the people of the subject (all of one state: not "Thủ tướng
    Nguyễn Xuân Phúc cùng Thủ tướng Lào ... đã tiếp"), else its states, else the source carried to the sentence; each
    plainly of its state or of the home state ([roles] home_state: its officials go unnamed by state, "Chủ tịch
    nước"), not a bare title remembered as another state's ("Thủ tướng" after the Dutch prime minister)."""
    settings = lexicon().raw.get("context", {})
    verb = view.low[cue.start:cue.end].strip()
    # (up to three words, after the last comma: "buổi tiếp và làm việc với ..." is a noun of both; "Sau buổi lễ, ông
    # tiếp ..." a verb)
    before = re.split(r"[,;:]", view.low[:cue.start])[-1].split()[-3:]
    if verb not in settings.get("home_received_verbs", []) \
            or set(before) & set(settings.get("home_received_nouns", [])):
        return None
    first = next((o for o in sorted(objs, key=lambda o: o.start) if o.code), None)
    if first is None or not _plainly_of(first):
        return None
    if _another_met(view, cue, first, settings):
        return None
    home = str(lexicon().raw.get("roles", {}).get("home_state", ""))
    side = [s for s in subj if is_person(s)] or [s for s in subj if s.code]
    if side:
        plain = all(s.code == first.code and (s.code == home or _plainly_of(s)) for s in side)
    else:  # (no subject named: the side carried to the sentence, "đoàn đã đến gặp đồng chí ..., Đại sứ Việt Nam")
        plain = carried and set(source) == {first.code} == {home}
    return first.text if plain else None


def _another_met(view: View, cue: CueHit, first: Slot, settings: dict[str, list[str]]) -> bool:
    """Whether another state is among those met, in the verb's clause before a word that turns to something else
    ([context] home_received_ends: "để", "về", "kiêm nhiệm", "người vừa" ...): any actor of it ("gặp Đại sứ Việt Nam
    tại Lào và Chủ tịch Quốc hội Lào", "tiếp đoàn doanh nghiệp Việt Nam và đoàn Nhật Bản", "Hội hữu nghị Việt Nam -
    Nhật Bản"), save a post or a place: a state named bare a few words after [context] home_received_posts, and those
    listed right after it ("Đại sứ Việt Nam tại Vương quốc Campuchia", "các Đại sứ Việt Nam tại Lào, Campuchia và Thái
    Lan", "tại Manila, Philippines")."""
    low = view.low
    _cs, end = view.clause(cue.start)
    for w in settings.get("home_received_ends", []):
        if (at := low.find(f" {w} ", first.end, end)) >= 0:
            end = at
    posts, joins = settings.get("home_received_posts", []), settings.get("home_received_joins", [])
    placed: int | None = None  # the end of the last post's place (a state listed right after it is a place too)
    for o in sorted(view.slots, key=lambda o: o.start):
        if not (first.end <= o.start < end) or not o.code:
            continue
        lead = low[max(first.end, o.start - _POST_REACH):o.start]
        post = not is_person(o) and (
            any(re.search(rf"(?:^|\s){re.escape(p)}\s(?:[^\s,]+\s){{0,4}}$", lead) for p in posts)
            or (placed is not None and low[placed:o.start].strip() in joins))
        if post:
            placed = o.end
        elif o.code != first.code:
            return True
    return False


_POST_REACH = 40  # characters before a state within which its post word ("tại") stands ("tại nước Cộng hòa ... Lào")


# How an actor is plainly of a state: the state or a place of it named, or a person the lexicon, the name's form or a
# title in apposition places (not a bare title's or a body's default: "Bộ trưởng Bộ Kinh tế, Thương mại và Công nghiệp
# Nhật Bản").
_HOME_NAMED = ("country_aliases", "subnational", "vietnamese name", "office_holders", "apposition")


def _plainly_of(sl: Slot) -> bool:
    """Whether the slot's state is plainly named (`_HOME_NAMED`): not a bare "Thủ tướng" remembered as the last
    prime minister named, who may be the other side's."""
    return sl.actor is not None and any(w in sl.actor.rule for w in _HOME_NAMED)
