"""Each record type's decision: one small handler per `handler` name of types.toml.

`rules.py` finds a cue, its subject, objects, date and confidence (a
`Candidate`) and hands it to the handler its type declares. The handler fills
the type's roles and fields and returns None when the cue stands as a record,
or a `(kind, reason)` pair saying why it does not, which the pipeline keeps as
a `Drop`. Kinds: modality, guard, condition, scope, party, merge.
"""

from __future__ import annotations

import re
from collections.abc import Callable
from dataclasses import dataclass, field, replace

from hoptac.model import Record
from hoptac.records.aid import capital_after, group_list
from hoptac.records.aid_amounts import amounts
from hoptac.records.contact_partner import contact_partner
from hoptac.records.context import Context, restates
from hoptac.records.own_dates import own_date
from hoptac.records.cues import CueHit, lexicon, spans
from hoptac.records.home_meetings import home_received
from hoptac.records.directed_roles import (close_targets, listed_with, obliged, owned, owner_at,
                                           own_side_named, praised_owner)
from hoptac.records.passive import passive_target, unnamed_agent
from hoptac.records.roles import Slot, View
from hoptac.records.addressees import home_addressee, spoken_to
from hoptac.records.between import between_list, named_between
from hoptac.records.lists import is_person
from hoptac.records.subjects import is_reported
from hoptac.records.trips import NO_TRAVELLER, one_per_partner, trip_parties, visit_hosts
from hoptac.records.window import held_online
from hoptac.records.types import RecordType

Reason = tuple[str, str] | None

# A directed act whose sentence names neither side, its source carried from earlier sentences and its targets taken
# from the event in force ("Ông cũng kêu gọi tăng cường hợp tác ..."): on the open splits it dropped 35 records, 3 of
# them right. Both guesses at once are too unsure to record.
UNNAMED_SIDES = "neither side named in its sentence: the source carried from earlier sentences, the targets the event's"


def _sides_unnamed(c: Candidate, source: list[str]) -> bool:
    """Whether the carried source is named nowhere in the sentence (not even in an earlier clause of it: "phía Trung
    Quốc sẽ có hình thức viện trợ và cũng sẽ cung cấp vật tư ..." names its giver)."""
    return c.carried and not any(sl.code and sl.code in source for sl in c.view.slots)


@dataclass
class Candidate:
    """A cue on its way to becoming a record: what rules.py found around it."""

    view: View
    cue: CueHit
    cues: list[CueHit]  # the sentence's selected cues
    index: int  # of `cue` in `cues`
    rec: Record
    subj: list[Slot]
    objs: list[Slot]
    source: list[str]
    conf: float
    why: str
    qend: int  # where the cue's amounts end (next cue or clause end)
    declared: RecordType
    carried: bool = False  # the source was carried from earlier sentences (no actor named here)
    # Where the list of what the cue names may open: its own end, or the end of the last verb coordinated with it that
    # shares its window ("có nhiều chuyến công du, sang thăm một số nước như Mỹ, Nhật, ...": after "sang thăm").
    lead: int = -1

    @property
    def list_from(self) -> int:
        return max(self.cue.end, self.lead)


@dataclass
class SentenceState:
    """What handlers share across the cues of one sentence."""

    borrowed: set[int] = field(default_factory=set)  # AIDs whose item was named by the next verb
    prev_measure_end: int = 0
    # Participants of the records the last accepted one stands for too: a visit to several hosts is
    # one visit to each ("chuyến thăm Hàn Quốc và Nhật Bản"); rules.py copies the record for each.
    siblings: list[list[str]] = field(default_factory=list)


Handler = Callable[[Candidate, Context, SentenceState], Reason]
HANDLERS: dict[str, Handler] = {}


def handler(name: str) -> Callable[[Handler], Handler]:
    """Register a handler under the name types.toml uses."""
    def register(fn: Handler) -> Handler:
        HANDLERS[name] = fn
        return fn
    return register


def _uniq(codes: list[str]) -> list[str]:
    return list(dict.fromkeys(codes))


def _after_role_word(view: View, cue: CueHit, subj: list[Slot], key: str, look: int) -> list[Slot]:
    """Actors of the cue's clause before it, not its subject, right after one of the words of
    cues.toml [roles] `key` (within `look` characters)."""
    words = "|".join(re.escape(w) for w in lexicon().raw.get("roles", {}).get(key, []))
    if not words:
        return []
    cs = view.clause(cue.start)[0]
    rx = re.compile(r"(?:^|\s)(?:" + words + r")\s*$")
    return [sl for sl in view.slots if cs <= sl.start < cue.start and sl not in subj
            and rx.search(view.low[max(0, sl.start - look):sl.start])]


@handler("consult")
def consult(c: Candidate, ctx: Context, state: SentenceState) -> Reason:
    """A new contact, or a restatement folded into the framing event (then a merge drop)."""
    from hoptac.records.rules import mention

    view, cue, rec = c.view, c.cue, c.rec
    online = held_online(view, cue) if rec.mode in ("meeting", "conference") else None
    if online:
        rec.mode = "video"  # "dự Hội nghị ... theo hình thức trực tuyến" ([window] online)
    if rec.mode == "visit" and not cue.rule.destination and (capital := capital_after(view, cue.end)) \
            and not any(cue.end <= o.start <= cue.end + _RIGHT_AFTER for o in c.objs):
        # "trong chuyến thăm Washington của Tổng thống Erdogan", "đang ở thăm Moskva": a capital right after the
        # visit names its host, the first of its hosts (trips.visit_hosts) as a state named there would be.
        c.objs = [Slot(cue.end, cue.end, capital[0], capital[0]), *c.objs]
    objs = c.objs
    if cue.rule.destination:  # a trip: its traveller and host only (records/trips.py)
        trip = trip_parties(c, ctx)
        if trip is None:
            return "party", NO_TRAVELLER
        traveller, objs = trip
    if cue.rule.needs_partner and (c.carried or not c.subj or not any(
            o.code and o.code != "INTL" and o.code not in c.source for o in objs)):
        return "party", "a working session with nobody of another state named in its sentence (needs_partner)"
    if rec.mode == "meeting" and (home := home_received(view, cue, c.subj, c.source, c.carried, objs)):
        return "party", f"the one met, named first after it ('{home}'), is of the subject's own side: a home meeting"
    if cue.rule.subject_only:  # "hai người gặp nhau ở New York": after the verb stand the place and the topic, or
        # "với" a partner, right after the verb or after the topic ("thảo luận về Syria với Tổng thống Nga"), and those
        # listed with it
        k = next((k for k, o in enumerate(objs) if re.search(r"(?:^|(?<!đối)\s)với\s*$", view.low[cue.end:o.start])), None)
        objs = [] if k is None else objs[k:]
    if cue.rule.destination:
        # A trip's parties are the traveller and the host only ("... hội đàm với Putin trước khi bay sang Mỹ").
        parts = _uniq(traveller + ctx.codes(objs))
    else:
        if rec.mode == "visit":  # "đã đến Nhật Bản, bắt đầu chuyến thăm": the host stands before the cue
            objs = objs + _after_role_word(view, cue, c.subj, "destination", 6)
        # A partner named before the contact noun ("nói với Modi trong cuộc điện đàm"), only close before it
        # with no comma between: "với X" further back belongs to another verb ("quan hệ với Nga, cũng như
        # cuộc điện đàm ...").
        objs = objs + [sl for sl in _after_role_word(view, cue, c.subj, "partner", 8) if sl not in objs
                       and cue.start - sl.end <= 30 and "," not in view.low[sl.end:cue.start]]
        objs = objs + [sl for sl in owner_at(view, cue, c.subj) if sl not in objs]
        parts = _uniq(c.source + ctx.codes(objs))
    # "... dưới sự chủ trì của X, với sự tham gia của Y, Z": the chair and the attendants named
    # anywhere after a contact's noun take part in it.
    joins = spans(lexicon().words.get("join"), view.low)
    if joins and rec.mode in lexicon().raw.get("context", {}).get("join_modes", []):
        after = [sl for sl in view.slots if sl.code and sl.start > cue.end
                 and any(e <= sl.start and not view.stops_between(e, sl.start) for _s, e in joins if _s > cue.end)]
        parts = _uniq(parts + [c for c in ctx.codes(after) if c != "INTL"])
    if named_between(view, cue, ctx.codes(objs), right_after=True):
        # "cuộc gặp giữa Thủ tướng Nhật và Thủ tướng New Zealand": the parties are the ones named after it.
        parts = _uniq(ctx.codes(objs))
    ev = ctx.event
    if rec.mode == "message" and not [o for o in objs if o.code]:
        return "party", "a message with no addressee named"
    # A meeting during a visit is a contact of its own besides the visit (guide amendment), never
    # folded into it: when its sentence names one of the visit's parties (it takes the others) and
    # dates it to no other day; not one its sentence plans ("sẽ hội đàm ..., gặp gỡ ...") nor one it
    # only refers to ("cuộc gặp này", an exclusion).
    own = own_date(view, cue) if ev is not None else None
    same_day = ev is not None and (own is None or own[0] == ev.date)
    own_modes = lexicon().raw.get("context", {}).get("own_when_named", {}).get(ev.mode or "", []) if ev else []
    within = ev is not None and rec.mode != ev.mode and rec.mode in own_modes and same_day \
        and bool(set(parts) & set(ev.participants)) \
        and not spans(lexicon().words.get("consult_neg"), view.low[:cue.start])
    if within and len(set(parts)) < c.declared.min_parties:
        parts = _uniq(parts + ev.participants)  # type: ignore[union-attr]
    if ev is not None and restates(ev.mode, rec.mode) and not within:
        # Another event only when it names a counterpart the frame does not have.
        new = [o.code for o in objs if o.code and o.code not in ev.participants and o.code != "INTL"]
        cs, ce = view.clause(cue.start)
        join = view.has("join", cs, ce)
        if same_day and (not new or join):
            if join:
                ev.participants = _uniq(ev.participants + parts)
            ev.mentions.append(mention(view, cue, c.conf * 0.9, "restates the framing event"))
            return "merge", f"restates the framing {ev.type} {'+'.join(ev.participants)} ({ev.mode})"
    if len(set(parts)) < c.declared.min_parties:
        return "party", f"fewer than {c.declared.min_parties} parties ({'+'.join(parts) or 'none'})"
    hosts = visit_hosts(c, ctx) if rec.mode == "visit" else []
    visitors = [p for p in parts if p not in hosts]
    if len(hosts) > 1 and not visitors:
        return "party", f"a visit to {'+'.join(hosts)} with no visitor named (hosts are no parties to each other)"
    whole, (parts, state.siblings, split) = parts, one_per_partner(c, ctx, parts, hosts, visitors)
    rec.participants = parts
    rec.confidence = round(c.conf, 3)
    why_mode = f"; mode video: held '{online}' ([window] online)" if online else ""
    rec.mentions = [mention(view, cue, c.conf, "participants: subject and the actors after the cue" + split + why_mode)]
    # (a visit dated by its own range after a reception in its sentence leaves the reception to frame what is said)
    reception = ev is not None and rec.mode == "visit" and ev.mode != "visit" and rec.date != ev.date \
        and bool(ev.mentions) and ev.mentions[0].sentence == view.sentence.index
    if (ev is None or not is_reported(view, cue.start)) and not within and not reception:
        # What is said of a caller's calls to several partners is said to all of them ("Tại các cuộc điện đàm, ông
        # Erdogan kêu gọi các bên ..."): the frame holds them all, its mentions the first call's (one list).
        ctx.event = replace(rec, participants=whole) if state.siblings and rec.mode != "visit" else rec
        if len(ctx.event.participants) == 2:
            ctx.last_pair = list(ctx.event.participants)
    return None


@handler("agree")
def agree(c: Candidate, ctx: Context, _state: SentenceState) -> Reason:
    if c.cue.rule.between_only:
        # An agreement named as a noun ("thỏa thuận ... giữa A và B"): whoever is named before it (a speaker, the
        # body that reports it) or after its list of parties is no party of it.
        parties = between_list(c.view, c.cue)
        if len(parties) < 2:
            return "party", "an agreement named without two states named right after 'giữa' (rule setting between_only)"
        c.rec.participants = parties
        return None
    named = ctx.codes(c.objs)
    if not c.source and named_between(c.view, c.cue, named, right_after=False):
        # "lễ ký kết thỏa thuận giữa VPBank và Tập đoàn SMBC": the parties are the ones named after "giữa".
        c.rec.participants = _uniq(named)
        return None
    if not c.source:
        return "party", "nobody named before the verb agrees"
    c.rec.participants = _uniq(c.source + ctx.codes(c.objs))
    if c.cue.rule.group.startswith("sale"):
        c.rec.quantities = amounts(c.view, c.cue.start, c.qend)
    named = [p for p in c.rec.participants if p != "INTL"]
    # Other states unnamed but addressed as the partner ("nhất trí với cộng đồng quốc tế", "đối thoại với tất cả
    # các nước có liên quan") are a party of a promise (rule setting intl_partner): it is made to them.
    partner = c.cue.rule.intl_partner and any(_intl_partner(c, ctx, o) for o in c.objs)
    if len(named) == 1 and not partner and c.declared.min_parties == 2 \
            and (met := contact_partner(c.view, c.cue, c.cues, named, ctx.codes)) is not None:
        # "trong cuộc điện đàm với Tổng thư ký NATO ..., ông Trump đã nhất trí ...": made to the one met or called
        codes, contact = met
        c.rec.participants = _uniq(c.rec.participants + codes)
        c.why += f"; the other party: the partner of the contact '{c.view.low[contact.start:contact.end]}' of its sentence"
        return None
    if len(named) + partner < c.declared.min_parties:
        return "party", f"a promise of one side: {len(named)} named part{'y' if len(named) == 1 else 'ies'}"
    return None


# "với" right after the promise and at most six words of it ("nhất trí với", "cam kết sẽ tiếp tục đối thoại với"),
# not "đối với" (a stance: "cam kết lâu dài đối với các đối tác") nor a partner of a noun further on ("cam kết củng
# cố vai trò của khối trong hợp tác với các đối tác").
_PARTNER = re.compile(r"(?:\s+(?!với\b)(?!đối\s+với\b)[^\s,;.]+){0,6}?\s+với(?: tất cả| toàn thể)?\s+")
_PURPOSE = re.compile(r"(?:^|\s)(?:nhằm|để)\s")


def _intl_partner(c: Candidate, ctx: Context, slot: Slot) -> bool:
    """Whether `slot` stands for the international community as the promise's own partner, right after "với"
    following it; not in a purpose clause ("nhằm khẳng định cam kết an ninh với các đồng minh")."""
    view, cue = c.view, c.cue
    cs, _ce = view.clause(cue.start)
    gap = view.low[cue.end:slot.start]
    # (a cue may end on its own "với": "cam kết hợp tác với các đối tác quốc tế")
    own = view.low[cue.start:cue.end]
    right_after = own.endswith("với") and not own.endswith("đối với") and gap.strip() in ("", "tất cả", "toàn thể")
    return "INTL" in ctx.codes([slot]) and slot.start >= cue.end \
        and (right_after or _PARTNER.fullmatch(" " + gap) is not None) \
        and _PURPOSE.search(view.low[cs:cue.start].rsplit(",", 1)[-1]) is None  # ("Để chống dịch, Mỹ cam kết": no)


_RIGHT_AFTER = 3  # characters between a verb and the one named right after it (an addressee, a visit's host)


@handler("directed")
def directed(c: Candidate, ctx: Context, _state: SentenceState) -> Reason:
    """REQUEST, SUPPORT and any type that goes from a source to targets."""
    if c.cue.rule.direction == "receive":
        return obliged(c, ctx)
    if c.cue.rule.direction == "owner":
        return owned(c, ctx)
    c.rec.source = c.source
    objs = c.objs if c.cue.rule.target_gap is None else close_targets(c)
    c.rec.targets = ctx.codes(objs, exclude=c.source)
    if c.declared.name in lexicon().raw.get("roles", {}).get("unmarked_types", []):
        # Whom a request asks stands right after the verb: the international community ("kêu gọi quốc tế
        # ... với Nga" asks the world, not Russia), or the asker's own side ("đề nghị tỉnh An Giang ...":
        # a domestic request, whatever state the rest of the sentence names).
        intl = lexicon().words.get("intl")
        first_right_after = bool(objs) and objs[0].start - c.cue.end <= _RIGHT_AFTER
        if c.source and (home := home_addressee(c.view, c.cue.end, c.source, ctx.participants, c.subj)):
            return "party", (f"asks a body of its own side ('{home}') with no other state named with it: a domestic "
                            "request (or a body its title alone names, which no event or state of the sentence makes "
                            "Việt Nam's)")
        if intl is not None and intl.match(c.view.low, c.cue.end + 1) and not first_right_after:
            c.rec.targets = ["INTL"]
        elif first_right_after and objs[0].code:
            # Those asked are the one right after the verb and any listed with it; a state after the next verb
            # is in what they are asked to do ("đề nghị Nhật Bản hỗ trợ Lào", "kêu gọi Trung Quốc gây sức ép với
            # Triều Tiên"), not another addressee. The asker's own side listed first asks the others to act with
            # it ("kêu gọi Nga và Trung Quốc hợp tác" asks China).
            # (a set of states named by one phrase, "Bộ Tứ Arab", stands as one slot per member, all on its words)
            own = objs[0].code in c.source
            first = [o for o in objs if (o.start, o.end) == (objs[0].start, objs[0].end)]
            asked = [x for x in ctx.codes([*first, *listed_with(c.view, objs)], exclude=c.source)
                     if not own or x != "INTL"]
            if own and not asked and (spoken := spoken_to(c.view, c.cue.start, c.source, c.subj)):
                asked = ctx.codes(spoken, exclude=c.source)  # "bày tỏ với ngài Đại sứ EU mong muốn Hà Nội ..."
                c.why += "; targets: the one the speaker addressed (the one named after it is the asker's own side)"
            elif own and not asked:
                return "party", f"the first addressee ('{objs[0].text}') is on the asker's own side: a domestic request"
            c.rec.targets = asked
            if own:
                c.why += "; targets: the others addressed beside the asker's own side"
    if "INTL" in c.rec.targets and (listed := group_list(c.view, c.cue.end)):
        # "cảm ơn các bên, trong đó có ... như Malaysia, Singapore và Mỹ": the list is whom the group names.
        c.rec.targets = [x for x in c.rec.targets if x != "INTL"] + [x for x in listed if x not in c.source]
        c.why += "; targets: the states listed after the group word"
    if unnamed_agent(c):
        # "... không bắt tay nhà lãnh đạo Đức khi được các phóng viên đề nghị": whoever asked is named after "được"
        # and is no actor; the one before it was asked.
        return "party", "a passive act whose agent, named after 'được' or 'bị', is no state ([roles] passive)"
    passive = passive_target(c, ctx)
    if not c.rec.targets and passive:
        # "Mỹ ... khi được chính phủ Baghdad đề nghị giúp đỡ": the agent after "được" acts,
        # the one before it is acted upon.
        c.rec.source, c.rec.targets = passive
        c.why += "; passive: the agent after 'được' acts on the actor before it"
    if not c.rec.targets and c.cue.rule.owner_targets and (owner := praised_owner(c, ctx)):
        c.rec.targets = owner
        c.why += "; target: the owner of the praised thing"
    if not c.rec.targets and c.source and objs and own_side_named(c, objs[0]):
        # "Phó Chủ tịch nước ... đánh giá cao những nỗ lực của Lãnh sự quán Việt Nam tại Fukuoka": the one named
        # after the verb is of the actor's own side; the event's other party is not who is meant. With no actor
        # named before the verb, the carried source was the wrong guess: one of the event's other side speaks
        # ("Ông Robert H. McCooey Jr đánh giá cao việc Việt Nam ..." within a visit to the United States).
        # (not where the one named is a person: "Chủ tịch Hạ viện Paul Ryan đã yêu cầu ông Trump ...", a speaker the
        # lexicon does not know asking his own president)
        others = ctx.others(c.source) if c.carried and ctx.event is not None and not is_person(objs[0]) else []
        if len(others) != 1:
            return "party", f"the one named after it ('{objs[0].text}') is of the actor's own side"
        c.rec.source, c.rec.targets, c.conf = others, ctx.codes(objs[:1]), c.conf * 0.7
        c.why += "; source: the event's other side (the one named after it is the carried source's own)"
    if not c.rec.targets and ctx.event is not None and c.source and c.cue.rule.infer_targets:
        if _sides_unnamed(c, c.source):
            return "party", UNNAMED_SIDES
        c.rec.targets, c.conf = ctx.others(c.source), c.conf * 0.7
        c.why += "; targets: the event's other participants"
    if not c.rec.source:
        return "party", "no source named or carried"
    if not c.rec.targets:
        return "party", "no target named, and no event to take one from"
    return None


# The AID and MEASURE handlers live in their own modules; importing them registers them here.
from hoptac.records import aid_handler, measure_handler  # noqa: E402,F401
