"""Where a cue's actors stop and which of them it acts on: the window after a cue and its objects.

A window ends at a [window] stop word, the next cue or the clause end, but a venue followed by a partner
("hội đàm tại thủ đô Moskva với người đồng cấp Pháp") goes on; inside it, an actor far behind its verb is
an object only when a marker ("cho", "với") names it so, and owners, members, labels and topics are none.
"""

from __future__ import annotations

import re
from functools import lru_cache

from hoptac.records.cues import CueHit, lexicon, spans
from hoptac.records.roles import Slot, View, _alternatives, _role_words
from hoptac.records.lists import is_person


@lru_cache(maxsize=1)
def _topic_list() -> re.Pattern[str]:
    """[window] topic_list_join: what goes on with a list of topics ("các vấn đề Syria và Ukraine"), not "với"."""
    words = lexicon().raw.get("window", {}).get("topic_list_join", [])
    return re.compile(r"\s*(?:,\s*)?(?:(?:" + (_alternatives(words) or "(?!x)x") + r")\s+)?")


def window_end(view: View, cue: CueHit, next_cue: int | None) -> int:
    """Where the actors and amounts of a cue stop: a stop word, the next cue, the clause end."""
    _cs, ce = view.clause(cue.start)
    end = ce
    opens = lexicon().words.get("open_stops")
    for s, e in view.stops:
        if cue.end <= s < end:
            # "để Việt Nam tổ chức ...": the actor right after "để" is the beneficiary.
            beneficiary = [sl for sl in view.slots if sl.code and 0 <= sl.start - e <= 2]
            if opens is not None and opens.fullmatch(view.low[s:e]) and beneficiary:
                end = beneficiary[0].end
                break
            if _venue_then_partner(view, s, e, ce, cue.end):
                continue
            end = s
            break
    if next_cue is not None and cue.end <= next_cue < end:
        end = next_cue
    return end


@lru_cache(maxsize=1)
def _venue_words() -> tuple[re.Pattern[str] | None, re.Pattern[str] | None, int, frozenset[str]]:
    """[window] venue_stops and [roles] partner as patterns (compiled once), [window] venue_words, and
    the venue stops whose venue may be an actor ([window] venue_actors)."""
    win, roles = lexicon().raw.get("window", {}), lexicon().raw.get("roles", {})
    venue = _alternatives(win.get("venue_stops", []))
    partner = _alternatives(roles.get("partner", []))
    return (re.compile(rf"(?:{venue})$") if venue else None,
            re.compile(rf"\s(?:{partner})\s") if partner else None, int(win.get("venue_words", 0)),
            frozenset(win.get("venue_actors", [])))


def _venue_then_partner(view: View, s: int, e: int, ce: int, start: int) -> bool:
    """A venue stop ("tại thủ đô Moskva") followed, close and with no comma between, by a partner word and
    an actor: the partner after the venue is still the cue's ("hội đàm tại ... với người đồng cấp Pháp")."""
    venue, partner, words, with_actors = _venue_words()
    if venue is None or partner is None or not venue.match(view.low[s:e]):
        return False
    m = partner.search(view.low, e, ce)
    # A venue that is itself an actor ("tại Singapore") would join the contact: then the window ends there,
    # unless the stop allows it and the cue has no partner before it ("hội đàm bên lề Hội nghị G20 với ...": the
    # summit joined before "bên lề" was a stop; "gặp Thủ tướng Ấn Độ bên lề Hội nghị Mekong với Nhật Bản": no).
    sideline = view.low[s:e] in with_actors
    if sideline and any(sl.code and start <= sl.start < s for sl in view.slots):
        return False
    return m is not None and "," not in view.low[e:m.start()] and len(view.low[e:m.start()].split()) <= words \
        and (sideline or not any(sl.code and e <= sl.start < m.start() for sl in view.slots)) \
        and any(sl.code and 0 <= sl.start - m.end() <= 2 for sl in view.slots)


def _a_place(view: View, sl: Slot, before: str, start: int, place_end: int) -> bool:
    """Whether a bare state is where an agreement is made or what it is about, no party of it: right after a place
    word ([window] place_before: "nhất trí thiết lập “khu vực giảm leo thang” ở Syria"), or in the list one opens
    ("ngừng bắn ở Syria và Iraq"); not after a partner named with "với" since the window's `start` by anything but
    states or their office-holders (a common noun, a group, an organisation: "đạt thỏa thuận với giới chức ở Pakistan",
    "cam kết với các đồng minh ở Nhật Bản và Hàn Quốc": the place names the partner), but after states or their
    office-holders named there, right before the place word ("nhất trí với Nga ở Syria", "với Nga và Jordan ở Syria",
    "với Tổng thống Putin ở ...": the partner is named, the place is where they agree). A person or an organisation
    there is still a party."""
    if is_person(sl) or (sl.actor is not None and sl.actor.kind in ("org", "intl", "group")):
        return False
    if place_end >= 0 and _topic_list().fullmatch(view.low[place_end:sl.start]):
        return True
    word = next((s for s, e in spans(lexicon().words.get("place_before"), before) if e >= len(before) - 1), None)
    if word is None:
        return False
    at = sl.start - len(before) + word  # where the place word stands
    partner = list(re.finditer(r"(?:^|\s)với\s", view.low[start:at]))
    if not partner:
        return True
    # A state named right after "với" and right before the place word is the partner, and the place is where they
    # agree ("nhất trí với Nga ở Syria"); a partner named by a common noun is placed by it ("với giới chức ở Pakistan").
    named = [o for o in view.slots if start + partner[-1].end() <= o.start and o.end <= at]
    return bool(named) and all(o.is_state for o in named) and not view.low[named[-1].end:at].strip() \
        and all(re.fullmatch(r"\s*(?:,|và|cùng)?\s*", view.low[a.end:b.start]) for a, b in zip(named, named[1:]))


def objects(view: View, start: int, end: int, typ: str | None = None) -> list[Slot]:
    """Actors (and group words) inside a window that can be the cue's targets.

    With `typ`, only a chain starting near the cue counts (each member within the
    type's `gap` of the one before), plus actors marked by "cho"/"với"/... — an
    actor far behind its verb is seldom its object."""
    inside = [sl for sl in view.slots if start <= sl.start and sl.end <= end]
    gap = lexicon().raw.get("window", {}).get("gap", {}).get(typ) if typ else None
    if gap is None:
        return inside
    unmarked = typ in lexicon().raw.get("roles", {}).get("unmarked_types", [])
    marked_rx = None if unmarked else lexicon().words.get("marked")
    out: list[Slot] = []
    last = start
    member_rx = lexicon().words.get("member")
    label_rx = lexicon().words.get("label_before")
    topic_rx = lexicon().words.get("topic_before")
    topic_end = -1  # where the last topic (and the list it opens) ends
    place_end = -1  # ... and the last place
    for sl in inside:
        # (wide enough for the longest member phrase, "giữa các nước"; it must end right before the actor)
        before = view.low[max(start, sl.start - 16):sl.start]
        # "vai trò của Indonesia trong ASEAN": a body its target is a member of is no target.
        if member_rx is not None and any(e >= len(before) - 1 for _s, e in spans(member_rx, before)) and out:
            continue
        if sl.actor is not None and sl.actor.kind == "org" and any(
                e >= len(before) - 1 for _s, e in spans(label_rx, before)):
            continue  # "trong Năm APEC 2017": a year's label
        # "phối hợp chặt chẽ trong vấn đề Triều Tiên": a topic, and so is the list of bare states it opens ("các vấn
        # đề Syria và Ukraine"; "vấn đề Syria và Thủ tướng Iraq ...": the Prime Minister is a party)
        if any(e >= len(before) - 1 for _s, e in spans(topic_rx, before)) or \
                (topic_end >= 0 and not is_person(sl) and _topic_list().fullmatch(view.low[topic_end:sl.start])):
            topic_end = sl.end
            continue
        if typ in lexicon().raw.get("window", {}).get("place_types", ()) and _a_place(view, sl, before, start, place_end):
            place_end = sl.end
            continue
        # "du khách Trung Quốc", "đạo diễn người Mỹ": people meet, agree and ask for no state.
        if typ in lexicon().raw.get("roles", {}).get("people_types", ()) \
                and _role_words()[2].search(view.low[max(0, sl.start - 20):sl.start]):
            continue
        # "cho Việt Nam", also "cho Cảnh sát Biển Việt Nam": the marker, then at most three words.
        wide = view.low[max(start, last, sl.start - 28):sl.start]
        is_marked = marked_rx is not None and any(len(wide[e:].split()) <= 3 for _s, e in spans(marked_rx, wide))
        if sl.start - last - _bracketed(view.low, last, sl.start) <= gap or is_marked:
            out.append(sl)
            last = sl.end
    return out




_ASIDE = re.compile(r"\([^()]{1,80}\)")


def _bracketed(low: str, start: int, end: int) -> int:
    """How many characters of low[start:end] stand in brackets: an aside ("6 tàu tuần tra (tương đương 14m) cho
    ...", "15 triệu peso (khoảng 7 tỉ đồng) để ...") puts the target no farther from its verb."""
    if low.find("(", start, end) < 0:
        return 0
    return sum(m.end() - m.start() for m in _ASIDE.finditer(low, start, end))


@lru_cache(maxsize=1)
def _topic_partner_words() -> tuple[re.Pattern[str] | None, re.Pattern[str] | None, re.Pattern[str] | None, int,
                                    frozenset[str]]:
    """[window] topic_stops, [roles] partner and [window] topic_partner_not as patterns (compiled once), [window]
    topic_words, and the types that take a partner after their topic ([window] topic_partner_types)."""
    win, roles = lexicon().raw.get("window", {}), lexicon().raw.get("roles", {})
    topic = _alternatives(win.get("topic_stops", []))
    partner = _alternatives(roles.get("partner", []))
    nots = _alternatives(win.get("topic_partner_not", []))
    return (re.compile(rf"(?:{topic})$") if topic else None,
            re.compile(rf"(?:^|(?<!đối)\s)(?:{partner})\s") if partner else None,  # ("đối với": towards)
            re.compile(rf"(?:^|\s)(?:{nots})(?:\s|$)") if nots else None,
            int(win.get("topic_words", 0)), frozenset(win.get("topic_partner_types", [])))


def topic_partner(view: View, cue: CueHit, wend: int) -> list[Slot]:
    """The partner named after the topic that ended a cue's window: "thảo luận về vấn đề Ukraine với Tổng
    thống Nga" (the window stops at "về", whose states are topics, not parties); for a contact that names no
    partner before its topic (the caller checks).

    Only where the window ended at a topic stop, the partner word follows within [window] topic_words words with
    no comma, other stop, cue or topic_partner_not word between (they take the "với" themselves: "về cuộc gặp sắp
    tới với Tổng thống Nga"), and a person (a title, a name) stands right after it: a bare state there is the
    topic's own ("về biện pháp đối phó với Triều Tiên"). The partner and the persons listed with it (`objects`
    from there to the next stop)."""
    topic, partner, nots, words, types = _topic_partner_words()
    if topic is None or partner is None or cue.type not in types:
        return []
    stop = next(((s, e) for s, e in view.stops if s == wend), None)
    if stop is None or not topic.match(view.low[stop[0]:stop[1]]):
        return []
    _cs, ce = view.clause(cue.start)
    m = partner.search(view.low, stop[1], ce)
    if m is None:
        return []
    between = view.low[stop[1]:m.start()]
    if "," in between or ";" in between or len(between.split()) > words \
            or any(stop[1] <= s < m.start() for s, _e in view.stops) \
            or any(stop[1] <= h.start < m.start() for h in view.cues) or (nots is not None and nots.search(between)):
        return []
    first = next((sl for sl in view.slots if sl.code and 0 <= sl.start - m.end() <= 2), None)
    if first is None or not is_person(first):
        return []
    end = next((s for s, _e in view.stops if s >= m.end()), ce)
    return [sl for sl in objects(view, first.start, min(end, ce), cue.type) if sl.code and is_person(sl)]


def held_online(view: View, cue: CueHit) -> str | None:
    """The phrase ([window] online: "theo hình thức trực tuyến") by which the contact's own stretch says it was held
    online, else None: then it is of mode video, whatever its noun says. The stretch runs from the cue for at most
    [window] online_reach characters, to the next comma, cue or word of [window] online_stops ("tiếp ..., trước thềm
    Hội nghị ... được tổ chức trực tuyến", "hội đàm ... và dự Hội nghị ... theo hình thức trực tuyến" are in person)."""
    lex = lexicon()
    win = lex.raw.get("window", {})
    _cs, ce = view.clause(cue.start)
    end = min(ce, cue.end + int(win.get("online_reach", 100)))
    comma = view.low.find(",", cue.end, end)
    end = comma if comma >= 0 else end
    end = min([end, *(c.start for c in view.cues if cue.end <= c.start < end)])
    stops = spans(lex.words.get("online_stops"), view.low[cue.end:end])
    end = cue.end + stops[0][0] if stops else end
    found = spans(lex.words.get("online"), view.low[cue.end:end])
    return view.low[cue.end + found[0][0]:cue.end + found[0][1]] if found else None
