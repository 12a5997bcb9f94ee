"""Event context and dates: what a call or meeting lends to what is said in it.

A CONSULT (call, meeting, conference) frames the sentences after it: what the
parties say, agree, ask or give there happened on the event's day, and "các
nước"/"hai bên" in it stand for the event's participants (but a set word asked
or thanked as the one other side of a two-sided event stands for
states left unnamed, INTL: `Context.resolve`). A CONSULT named
inside someone's speech ("nhấn mạnh việc Thủ tướng dự Hội nghị ...") is an
event of its own but does not replace the frame.

An occasion (records/occasions.py) dates what the sentences after it report
(an aid only in its own sentence or the next, or after "Cùng ngày, ...").

A record's date, in order: a null marker in its own stretch of the clause
("gửi điện thăm hỏi từ rất sớm", "vừa qua, Việt Nam ... điện đàm") makes it
null (records/null_dates.py); else a day written in its sentence (the nearest before the cue, else
after it in the clause; for a MEASURE, first the day it takes effect; for a visit
whose day is written before it, first a range of its own right after it; the first
day of a range; never a document's own date: records/own_dates.py); else the date
of the nearer of the framing event (not for a new CONSULT, which is another event)
and the occasion (for an AID, one set two sentences back or more only where its
sentence opens on a same-day phrase); else null.
Every choice is written into `date_reason`.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field
from functools import lru_cache

from hoptac.mentions.actor_lexicon import load as load_actors
from hoptac.model import DateValue, Record
from hoptac.records.cues import CueHit, alternation, lexicon
from hoptac.records.null_dates import null_in_object, scope_null
from hoptac.records.own_dates import date_words as _date_words, effect_day, own_date
from hoptac.records.occasions import Occasion, dates_after_lead, earlier_occasion_dates, outside_lead_day
from hoptac.records.roles import Slot, View
from hoptac.text.normalise import fold


def restates(frame_mode: str | None, mode: str | None) -> bool:
    """Whether a contact cue of `mode` restates an occasion of `frame_mode` (cues.toml [context])."""
    return mode in lexicon().raw.get("context", {}).get("restates", {}).get(frame_mode or "", ())


@dataclass
class Context:
    """The event that frames the sentences after it, and the document's running state."""

    event: Record | None = None
    carried: list[str] = field(default_factory=list)  # codes of the last sentence subject
    last_pair: list[str] = field(default_factory=list)  # last two sides named together
    last_list: list[str] = field(default_factory=list)  # last three or more actors named together
    last_list_at: int = -1  # the sentence that named them
    sentence: int = 0  # the sentence being read
    last_state: str | None = None  # the last state named in the document (a province counts for its state)
    occasion: Occasion | None = None  # the occasion in force for the current sentence
    last_aid: Record | None = None  # the last AID found: a flow the next sentence may continue
    pending_aid: Record | None = None  # an arrival with no giver yet ("1 triệu liều ... đã về đến ...")
    completed: list[Record] = field(default_factory=list)  # arrivals the current sentence gave a giver
    last_measure: list[str] = field(default_factory=list)  # the states of the last MEASURE found
    last_measure_at: int = -10  # its sentence
    measure_states: set[str] = field(default_factory=set)  # the states of every MEASURE found so far
    states_named: set[str] = field(default_factory=set)  # every state the document has named so far
    last_place: str | None = None  # the last state it has named as a place (measure_source.note_places)
    lead_states: set[str] = field(default_factory=set)  # the states its first sentence names as a place
    epidemic: bool = False  # the document is about an epidemic (cues.toml [MEASURE] epidemic_words)
    no_epidemic: bool = False  # a whole story that names no epidemic: no MEASURE ([MEASURE] epidemic_only)
    published: str | None = None  # the report's day (ISO), when the document has one

    @property
    def participants(self) -> list[str]:
        return list(self.event.participants) if self.event else []

    def resolve(self, slot: Slot, exclude: list[str] | None = None) -> list[str]:
        """Codes an actor slot stands for; a group word stands for the frame's participants (`exclude`: the
        source of a directed act, whose targets a set word names; see [groups] sets)."""
        exclude = exclude or []
        if slot.code is not None:
            return [] if slot.code in exclude else [slot.code]
        if slot.group in _trio():  # three sides: a list of three just named, or an event's three; never a pair
            recent = self.last_list if 0 <= self.sentence - self.last_list_at <= _TRIO_REACH else []
            codes = recent or (self.participants if len(self.participants) >= 3 else [])
            return [c for c in codes if c not in exclude]
        if slot.pair and self.last_pair and (not self.event or len(self.participants) != 2):
            codes = list(self.last_pair)
        elif self.event is not None:
            codes = self.participants
        elif slot.group and slot.group.startswith("các"):
            codes = ["INTL"]
        else:
            codes = list(self.last_pair)
        out = [c for c in codes if c not in exclude]
        if slot.pair:
            out = _two_sides(out, slot.group or "")
        elif exclude and len(out) == 1 and len(self.participants) == 2 and _a_set(slot.group):
            # A set of states ([groups] sets) asked or thanked by one side of a two-sided event names
            # more than the other side: the states left unnamed ("kêu gọi các bên liên quan ..." after a call,
            # "thúc giục các nước Hồi giáo ..." by a visitor to Saudi Arabia). Not "các nhà lãnh đạo", the hosts'
            # leaders thanked; and an event of three or more keeps its others.
            out = ["INTL"]
        if not out and slot.group in _concerned():
            # "Hai nhà lãnh đạo ... kêu gọi các bên liên quan ...": the parties concerned other than the event's
            # own participants, who all speak here, are states left unnamed.
            out = ["INTL"]
        return out

    def codes(self, slots: list[Slot], exclude: list[str] | None = None) -> list[str]:
        out: list[str] = []
        for sl in slots:
            for c in self.resolve(sl, exclude):
                if c not in out:
                    out.append(c)
        return out

    def others(self, source: list[str]) -> list[str]:
        return [c for c in self.participants if c not in source]


_TRIO_REACH = 2  # sentences back that a list of three stays what "ba nước" stands for


def _two_sides(codes: list[str], group: str) -> list[str]:
    """What a pair word stands for among `codes`: "hai nước" names two states, never a body that took part ("Thủ tướng
    ... thăm Đức và tham dự Hội nghị thượng đỉnh G20 ... Hai nước đã ký ..."), and "hai bên" among more than two
    sides of which two are states names those two (a visit where a parliamentary union's meeting was also held).
    Where that leaves fewer than two, the codes stand as they were."""
    orgs = load_actors().org_codes
    states = [c for c in codes if c not in orgs and c != "INTL"]
    if len(states) >= 2 and (len(states) < len(codes)) and ("nước" in group or len(states) == 2):
        return states
    return codes


@lru_cache(maxsize=1)
def _trio() -> frozenset[str]:
    """[groups] trio, folded as group words are."""
    return frozenset(fold(w).lower() for w in lexicon().raw.get("groups", {}).get("trio", []))


def _a_set(group: str | None) -> bool:
    """Whether a group word names a set of states: it is one of [groups] sets or opens on one ("các bên liên quan")."""
    return bool(group) and any(group == w or group.startswith(w + " ") for w in _sets())  # type: ignore[union-attr]


@lru_cache(maxsize=1)
def _sets() -> tuple[str, ...]:
    """[groups] sets, folded as group words are."""
    return tuple(fold(w).lower() for w in lexicon().raw.get("groups", {}).get("sets", []))


@lru_cache(maxsize=1)
def _concerned() -> frozenset[str]:
    """[groups] concerned, folded as group words are."""
    return frozenset(fold(w).lower() for w in lexicon().raw.get("groups", {}).get("concerned", []))




@lru_cache(maxsize=1)
def _occasion_blockers() -> tuple[re.Pattern[str], re.Pattern[str], re.Pattern[str]]:
    """[context] ongoing words, recalled patterns and [roles] nominal words, compiled once (not per record)."""
    def alt(words: list[str]) -> str:
        return "|".join(re.escape(fold(w)) for w in words) or "(?!x)x"
    context = lexicon().raw.get("context", {})
    ongoing = rf"(?:^|\s)(?:{alt(context.get('ongoing', []))})(?:\s|$)"
    recalled = rf"(?:^|\s)(?:{'|'.join(fold(p) for p in context.get('recalled', [])) or '(?!x)x'})(?:\s|$)"
    nominal = rf"(?:^|\s)(?:{alt(lexicon().raw.get('roles', {}).get('nominal', []))})\s"
    return re.compile(ongoing), re.compile(recalled), re.compile(nominal)


_OCCASION_REACH = 40  # characters before a cue, in its clause, where a word may set it outside the occasion


def _outside_occasion(view: View, cue: CueHit, occ: Occasion, recalled: str | None) -> str | None:
    """Why the occasion does not date this record, or None: an ongoing process ("Ấn Độ đang kêu
    gọi ..."), a recalled past ("Trung Quốc từng hứa tài trợ ..."), an act named as a thing ("hoan nghênh
    việc Tổng thống Mỹ yêu cầu ..."), a sentence set in another year or month ("Năm 2020, ... Nepal
    đóng cửa biên giới"), or a total since another year ("... từ năm 1990 đến nay")."""
    cs, _ce = view.clause(cue.start)
    lo = max(cs, cue.start - _OCCASION_REACH)
    before = view.low[lo:cue.start]
    ongoing, _recalled_rx, nominal = _occasion_blockers()
    if m := ongoing.search(before):
        return f"'{m.group(0).strip()}': a process going on, not an act of the occasion"
    if recalled:  # (_recalled: found once per record, for the event too)
        return recalled
    if m := nominal.search(before):
        return f"'{m.group(0).strip()} ...': an act named as a thing, not done at the occasion"
    return _another_time(view, cue, occ.date) or _total_since(view, cue, occ.date, "the occasion") \
        or _time_after(view, cue, occ.date, None, "the occasion")


def _other_times(view: View, date: str) -> list[tuple[int, int, DateValue]]:
    """The years and months written in the sentence (no day) that `date` is not in, with their places."""
    return [(s, e, d) for s, e, d in view.dates
            if d.value is not None and len(d.value) < 10 and not date.startswith(d.value)]


def _another_time(view: View, cue: CueHit, date: str) -> str | None:
    """A year or month written before the cue that the occasion's day is not in: the sentence is set
    in that other time ("Năm 2020, ... Nepal đóng cửa biên giới")."""
    for s, _e, d in _other_times(view, date):
        if s < cue.start:
            return f"'{d.text}': the sentence is set in another time than the occasion"
    return None


def _outside_event(view: View, cue: CueHit, date: str, published: str | None) -> str | None:
    """Why the event a sentence is said in does not date this record, or None. A year or month
    written before the cue in its clause that the event's day is not in sets the act in that other
    time ("Trong chuyến thăm Việt Nam của Thủ tướng Merkel năm 2011, hai bên đã ký ...", in a report
    of a visit of 2017), unless it is the time of what an earlier cue praises ([dates] null_in_object:
    "hoan nghênh ... tháng 5 vừa qua và mong muốn ..."), or a goal: after the report's day, or the
    event's when the report has none ("Với mục tiêu ... vào năm 2020, Thủ tướng đề nghị ..."); or a
    total since another year (`_total_since`)."""
    cs, _ce = view.clause(cue.start)
    limit = _limit(date, published)
    praised = [c for c in view.cues if cs <= c.start < cue.start and f"{c.type}.{c.rule.group}" in null_in_object()]
    for s, _e, d in _other_times(view, date):
        if not cs <= s < cue.start or (limit and d.value > limit[:len(d.value)]):  # type: ignore[operator]
            continue
        if not any(c.end <= s and "," not in view.low[c.end:s] for c in praised):
            return f"'{d.text}': the sentence is set in another time than the event"
    return _total_since(view, cue, date, "the event") or _time_after(view, cue, date, published, "the event")


def _limit(date: str, published: str | None) -> str | None:
    """The latest time an act's own year or month may be: the report's day, else `date` when it has a
    year (Báo Mới has no publication days, and its days may be 'XXXX-..'), else none known."""
    return published or (date if date[:4].isdigit() else None)


def _time_after(view: View, cue: CueHit, date: str, published: str | None, what: str) -> str | None:
    """A year or month right after the cue, or after one of [dates] time_leads ("vào", "hồi"), that `date`
    is not in and that is no later than the report (or `date` when the report has no day): the act's own
    time, another than the occasion's or the event's ("TPP đã được ký kết vào tháng 2/2016", in a report of
    July 2017). A time further on belongs to the act's object ("kêu gọi Mỹ quay lại thỏa thuận năm 2015",
    "nối lại đường bay dừng từ năm 2020"); a later one is a goal ("nhất trí vào năm 2025 sẽ ..."). With no
    known day to compare with (Báo Mới gives none, and its days are 'XXXX-..'), only a time with its year
    counts ("vào tháng 2/2016"), not a bare month ("vào tháng 8 tới")."""
    limit = _limit(date, published)
    lead = _time_leads()
    for s, _e, d in _other_times(view, date):
        if s < cue.end or not lead.fullmatch(view.low, cue.end, s) or not str(d.value)[:4].isdigit():
            continue
        if limit is None or d.value <= limit[:len(d.value)]:  # type: ignore[operator]
            return f"'{d.text}' right after it: the act is set in another time than {what}"
    return None


@lru_cache(maxsize=1)
def _time_leads() -> re.Pattern[str]:
    """[dates] time_leads: what may stand between a cue and its own year or month, compiled once."""
    return re.compile(rf"\s*(?:(?:{alternation(lexicon().raw.get('dates', {}).get('time_leads', []))})\s*)?")


def _total_since(view: View, cue: CueHit, date: str, what: str) -> str | None:
    """A total over the years up to now after the cue, no comma between ([context] since ... since_until:
    "2 tỷ USD từ năm 1990 đến nay"): neither the occasion nor the event dates it."""
    _cs, ce = view.clause(cue.start)
    since, until = _since()
    for s, e, d in _other_times(view, date):
        if cue.end <= s < ce and "," not in view.low[cue.end:s] \
                and (m := since.search(view.low, max(cue.end, s - 40), s)) and until.match(view.low, e):
            return f"'{m.group(0).strip()} {d.text} ...': a total since another time than {what}"
    return None


@lru_cache(maxsize=1)
def _since() -> tuple[re.Pattern[str], re.Pattern[str]]:
    """[context] since words right before a date, and since_until words right after it, compiled once
    (`lexicon.reload` clears it with the lexicon)."""
    raw = lexicon().raw.get("context", {})
    return (re.compile(rf"(?:^|\s)(?:{alternation(raw.get('since', []))})\s+$"),
            re.compile(rf"\s*(?:{alternation(raw.get('since_until', []))})(?:\s|$|[,.;])"))


def _recalled(view: View, cue: CueHit) -> str | None:
    """A past the report recalls ("TQ và Ấn Độ vào năm 2012 đã từng cam kết ..."): neither the occasion nor the
    event it is said in dates it."""
    cs, _ce = view.clause(cue.start)
    lo = max(cs, cue.start - _OCCASION_REACH)
    # (with the cue itself after it: "từng" is recalled only before a verb, and the cue may be that verb)
    if (m := _occasion_blockers()[1].search(view.low, lo, cue.end)) and m.start() < cue.start:
        return f"'{m.group(0).strip()}': a past the report recalls, not an act of the occasion"
    return None


def date_of(view: View, cue: CueHit, record_cues: list[CueHit], ctx: Context,
            inherit: bool = True, occasion: bool = True, own_after: bool = False) -> tuple[str | None, str]:
    """The record's date and why (see the module docstring for the order); `own_after`: see own_date."""
    null = scope_null(view, cue, record_cues)
    if null:
        # (the day a measure takes effect, written after it, outranks a vague time of its clause: the guide dates a
        # measure by it first; the reason keeps the marker it overrules)
        starts = effect_day(view, cue) if cue.type == "MEASURE" else None
        return (starts[0], f"{starts[1]}, over {null}") if starts else (None, null)
    own = own_date(view, cue, after_only=own_after)
    if own:
        return own
    occ, outside = ctx.occasion, None
    if occ is not None and occ.after_lead and not dates_after_lead(cue.type):
        occ = None  # (the first day after the lead dates the records of its types only: records/occasions.py)
    event = ctx.event if inherit else None
    recalled = _recalled(view, cue) if occ is not None or event is not None else None
    if occ is not None:
        outside = _outside_occasion(view, cue, occ, recalled) if occasion else "a contact named in what is said"
        occ = None if outside else occ
    if event is not None and recalled:
        event, outside = None, recalled
    other = _outside_event(view, cue, event.date, ctx.published) if event is not None and event.date is not None \
        else None
    if other:
        event, outside = None, other
    if occ is not None and occ.after_lead and (event is not None or outside_lead_day(view.low, cue.start)):
        occ = None  # (the first day after the lead dates no act said within an event, nor one set before or after it)
    if event is not None and occ is not None and occ.sentence > event.mentions[0].sentence:
        event = None  # a later sentence set a new occasion
    if occ is not None and not earlier_occasion_dates(cue.type, occ, view.sentence.index, view.low):
        # (after the check above: the later occasion still ends an earlier event, though it does not date the record)
        own = f"an act of its own: the occasion of '{occ.text}' ({occ.where}) dates no {cue.type}"
        occ, outside = None, f"{outside}; {own}" if outside else own
    if event is not None and event.date is not None:
        return event.date, f"said within the {event.mode} of {event.date}"
    if event is not None and occ is None:
        return None, f"said within the undated {event.mode}"
    if event is not None and occ is not None:
        return occ.date, f"said within the undated {event.mode}, on the occasion of '{occ.text}' ({occ.where})"
    if occ is not None:
        return occ.date, f"within the occasion of '{occ.text}' ({occ.where})"
    document = _date_words()[0]
    dated_documents = [d.text for s, _e, d in view.dates if d.value and document.search(view.low[max(0, s - 60):s])]
    none = ("no date in the text" if not dated_documents else
            f"no date of the act in the text ('{dated_documents[0]}' dates the document named before it)")
    return None, f"{none}; neither the occasion nor the event it is said in dates it ({outside})" if outside else none
