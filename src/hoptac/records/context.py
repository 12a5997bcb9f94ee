"""Event context and dates: what a call or meeting lends to what is said in it.

A CONSULT (call, meeting, conference) frames the sentences after it: what the
parties say, agree, ask or give there happened on the event's day, and "các
nước"/"hai bên" in it stand for the event's participants. A CONSULT named
inside someone's speech ("nhấn mạnh việc Thủ tướng dự Hội nghị ...") is an
event of its own but does not replace the frame.

An occasion is set by a sentence that opens on its day ("Chiều 30/4, ...",
"Theo TTXVN, ngày 4/6, ...", "Cụ thể, sáng nay (28/4), ..."): a handover, a
briefing or an interview is one as much as a call. It dates what the sentences
after it report, until the next such sentence; the lead sentences before the
first one belong to it too. A day written inside a sentence (praise for an
earlier gift, "trước thềm ...") dates that sentence only.

A record's date, in order: a null marker in its own stretch of the clause
("gửi điện thăm hỏi từ rất sớm", "vừa qua, Việt Nam ... điện đàm") makes it
null; else a day written in its sentence (the nearest before the cue, else
after it in the clause; for a MEASURE, first the day it takes effect; the first
day of a range; never a document's own date); else the date of the nearer of the framing event
(not for a new CONSULT, which is another event) and the occasion; else null.
Every choice is written into `date_reason`.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from datetime import date

import re
from functools import lru_cache

from hoptac.mentions.title_dates import published_day, title_dates
from hoptac.model import DateValue, Document, Record
from hoptac.records.cues import CueHit, alternation, find_cues, lexicon, lower
from hoptac.text.normalise import fold
from hoptac.records.roles import Slot, View

def restates(frame_mode: str | None, mode: str | None) -> bool:
    """Whether a contact cue of `mode` restates an occasion of `frame_mode` (cues.toml [context])."""
    return mode in lexicon().raw.get("context", {}).get("restates", {}).get(frame_mode or "", ())


@dataclass(frozen=True)
class Occasion:
    """The day a sentence opening on it sets for what follows (see the module docstring)."""

    sentence: int  # -1: the title (a corpus record's lead)
    date: str
    text: str

    @property
    def where(self) -> str:
        return "the title" if self.sentence < 0 else f"sentence {self.sentence + 1}"


def _words(key: str) -> str:
    """[context] `key` as one alternation of folded phrases, longest first (one that never matches when empty)."""
    return alternation(lexicon().raw.get("context", {}).get(key, []))


_DEADLINE = re.compile(r"(?:^|\s)sẽ\s")  # after a cut-off's day: a deadline, no report
_OUTLET = r"(?:\(?[\w.]{2,20}\)?\s*[-–]\s*)?"  # an outlet's tag may open the lead ("(PLVN) - ", "Kinhtedothi - ")


@lru_cache(maxsize=1)
def _opener() -> re.Pattern[str]:
    alt, fr = _words("occasion_openers"), _words("occasion_frames")
    return re.compile(rf"{_OUTLET}(?:theo [^,]{{1,80}},\s*)?(?:(?:{alt})(?:\s*,)?\s*)*(?:(?:{fr})\s[^,]{{0,60}})?")


@lru_cache(maxsize=1)
def _cutoff() -> re.Pattern[str]:
    """A report's cut-off and its hour before the day ("Theo báo cáo của Sở Y tế, đến 14h chiều ngày 30/4", "Tính
    đến 18h ngày 26/4"): [context] occasion_cutoffs after the report's source, occasion_cutoffs_alone by themselves.
    A person's itinerary ("Đến 6h ngày 23/4, ông H. về nhà", "Theo lời khai của bệnh nhân, đến 6h ngày 23/4, ...")
    names no report ([context] occasion_report_sources), and opens no occasion."""
    clock = "|".join(lexicon().raw.get("context", {}).get("occasion_clock", [])) or "(?!x)x"
    cut, alone, source = _words("occasion_cutoffs"), _words("occasion_cutoffs_alone"), _words("occasion_report_sources")
    return re.compile(rf"{_OUTLET}(?:theo (?:{source})[^,]{{0,80}},\s*(?:{cut})|(?:{alone}))\s+(?:{clock})(?:\s*,)?")


def _title_occasion(doc: Document, opener: re.Pattern[str]) -> Occasion | None:
    """A title that opens on a day ("Chiều 1/5, Ban chỉ đạo ... họp ..."): a lead, whose occasion the
    body reports from its first sentence. A day far from publication ("30/4/1975 - 30/4/2021: ...", an
    anniversary headline) is no occasion."""
    text, found = title_dates(doc)
    if not found:
        return None
    start, end, value, _why = found[0]
    lead = fold(text[:start]).strip(" \t\n-–•*")
    if value is None or len(value) != 10 or not opener.fullmatch(lead) or not _near_publication(doc, value):
        return None
    return Occasion(-1, value, text[start:end])


def _near_publication(doc: Document, value: str) -> bool:
    """Whether a day lies within the occasion window of the publication day (or none is known)."""
    pub = published_day(doc)
    if pub is None or value.startswith("XXXX"):
        return True
    try:
        gap = abs((date.fromisoformat(value) - pub).days)
    except ValueError:
        return True
    return gap <= int(lexicon().raw.get("context", {}).get("title_occasion_days", 14))


def occasions(doc: Document) -> list[Occasion | None]:
    """The occasion in force at each sentence of `doc`."""
    opener, cutoff = _opener(), _cutoff()
    pub = published_day(doc)
    starts: dict[int, Occasion] = {}
    for d in doc.dates:
        if d.value is None or len(d.value) != 10 or d.sentence < 0 or d.sentence in starts:
            continue
        sent = doc.sentences[d.sentence]
        lead = fold(doc.text[sent.start:d.start]).strip(" \t\n-–•*")
        # A report's cut-off is a past day near publication: a later one is a deadline ("Đến 24h ngày 15/5, tỉnh
        # sẽ dỡ bỏ ...").
        if opener.fullmatch(lead) or (cutoff.fullmatch(lead.lower()) and _near_publication(doc, d.value)
                                      and (pub is None or d.value <= pub.isoformat())
                                      and not _DEADLINE.search(fold(doc.text[d.end:sent.end]).lower()[:60])):
            starts[d.sentence] = Occasion(d.sentence, d.value, d.text)
    out: list[Occasion | None] = []
    lead_reach = int(lexicon().raw.get("context", {}).get("occasion_lead_sentences", 3))
    titled = _title_occasion(doc, opener)
    lead = _subject_dated_lead(doc, pub) if titled is None and 0 not in starts else None
    if lead is not None:
        starts[lead.sentence] = lead
    first = min(starts) if starts else None
    current = starts[first] if first is not None and first < lead_reach else titled
    if current is None:  # a same-day start neither replaces a title's occasion nor dates the lead before it
        _same_day(doc, starts)
    for i in range(len(doc.sentences)):
        current = starts.get(i, current)
        out.append(current)
    return out


def _subject_dated_lead(doc: Document, pub: date | None) -> Occasion | None:
    """A first sentence that dates its act right after its subject ("Tổng thống Moon Jae-in và Chủ tịch Trung Quốc
    Tập Cận Bình ngày 6/7 đã nhất trí ..."): a day near publication and not after it (with none, written without a
    year), with only [context] subject_date_gap words between the actor and it, a contact or an agreement after it,
    no plan after it and no subordinate clause before it ([context] subject_date_not_in: "Sau khi A và B ngày 6/7
    điện đàm, ..."). It sets the occasion as a day the sentence opens on does; a title's occasion stands.
    (Only the first sentence: a later one is as often a background the story recalls.)"""
    gap, not_in, not_after, aux = _subject_patterns()
    types = frozenset(lexicon().raw.get("context", {}).get("subject_date_types", []))
    ends: dict[int, list[int]] = {}
    for a in doc.actors:
        ends.setdefault(a.sentence, []).append(a.end)
    for d in doc.dates:
        if d.sentence != 0 or d.value is None or len(d.value) != 10:
            continue
        if not_in.search(fold(doc.text[doc.sentences[0].start:d.start]).lower()):
            continue
        if not (d.value.startswith("XXXX") if pub is None else _near_publication(doc, d.value)
                and d.value <= pub.isoformat()):
            continue
        if not any(e <= d.start and gap.fullmatch(fold(doc.text[e:d.start]).lower()) for e in ends.get(d.sentence, [])):
            continue
        if _DEADLINE.search(fold(doc.text[d.end:d.end + 40]).lower()) or \
                not_after.match(fold(doc.text[d.end:d.end + 20]).lower()):
            continue
        # The act itself follows ("ngày 6/7 đã nhất trí", "hôm 10/5 đã điện đàm"), not a statement or a bulletin
        # ("Bộ Y tế Thái Lan ngày 27/4 thông báo ...", "Theo số liệu của Bộ Y tế Ấn Độ ngày 29/4, ...").
        after = lower(doc.normalised(d.end, min(doc.sentences[d.sentence].end, d.end + 60))[0])
        if not any(c.type in types and aux.fullmatch(after[:c.start]) for c in find_cues(after)):
            continue
        return Occasion(d.sentence, d.value, d.text)
    return None


@lru_cache(maxsize=1)
def _subject_patterns() -> tuple[re.Pattern[str], re.Pattern[str], re.Pattern[str], re.Pattern[str]]:
    """[context] subject_date_gap (between a lead's subject and its day), subject_date_not_in (a subordinate clause
    or a backdrop before the day, whole words), subject_date_not_after (right after the day: no act's day) and
    subject_date_aux (between the day and its act), compiled once."""
    return (re.compile(rf"\s*(?:(?:{_words('subject_date_gap')})\s+)?"),
            re.compile(rf"(?<!\w)(?:{_words('subject_date_not_in')})(?!\w)"),
            re.compile(rf"\s*(?:{_words('subject_date_not_after')})(?!\w)"),
            re.compile(rf"\s*(?:(?:{_words('subject_date_aux')})\s+)*"))


@lru_cache(maxsize=1)
def _same_day_opener() -> re.Pattern[str] | None:
    """[context] same_day as one pattern, a comma after it (compiled once, not per document)."""
    words = lexicon().raw.get("context", {}).get("same_day", [])
    return re.compile(rf"(?:{alternation(words)})\s*,") if words else None


def _same_day(doc: Document, starts: dict[int, Occasion]) -> None:
    """'Cùng ngày, chính phủ Anh cho biết ...': a sentence opening on a same-day phrase ([context] same_day)
    sets an occasion when none is in force: on the last day written before it, in any sentence (not
    only an occasion's), that is near publication and not after it."""
    rx = _same_day_opener()
    if rx is None:
        return
    last: tuple[int, str, str] | None = None  # (sentence, value, text) of the last full day written
    # Only a day near publication, not after it ("mở cửa ... từ ngày 8/10" is when a measure takes effect);
    # with no publication date, only a day written without a year (a year names a background event).
    pub = published_day(doc)
    # Nor the day a measure took effect ("phong tỏa thủ đô từ ngày 19/4"): no day reported.
    days = sorted((d.sentence, d.start, d.value, d.text) for d in doc.dates
                  if d.value is not None and len(d.value) == 10 and d.sentence >= 0
                  and not fold(doc.text[max(0, d.start - 4):d.start]).lower().strip().endswith("từ")
                  and (d.value.startswith("XXXX") if pub is None
                       else _near_publication(doc, d.value) and d.value <= pub.isoformat()))
    first = min(starts) if starts else None
    k = 0
    for i, sent in enumerate(doc.sentences):
        while k < len(days) and days[k][0] < i:
            last = (days[k][0], days[k][2], days[k][3])
            k += 1
        if (first is not None and first <= i) or last is None:
            continue  # an occasion is in force: "cùng ngày" goes on with it
        if rx.match(fold(doc.text[sent.start:sent.start + 40]).lower().lstrip(" \t\n-–•*\"“")):
            starts[i] = Occasion(i, last[1], f"{last[2]} (same day)")


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
    epidemic: bool = False  # the document is about an epidemic (cues.toml [MEASURE] epidemic_words)
    no_epidemic: bool = False  # a whole story that names no epidemic: no MEASURE ([MEASURE] epidemic_only)

    @property
    def participants(self) -> list[str]:
        return list(self.event.participants) if self.event else []

    def resolve(self, slot: Slot, exclude: list[str] | None = None) -> list[str]:
        """Codes an actor slot stands for; a group word stands for the frame's participants."""
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


@lru_cache(maxsize=1)
def _trio() -> frozenset[str]:
    """[groups] trio, folded as group words are."""
    return frozenset(fold(w).lower() for w in lexicon().raw.get("groups", {}).get("trio", []))


@lru_cache(maxsize=1)
def _concerned() -> frozenset[str]:
    """[groups] concerned, folded as group words are."""
    return frozenset(fold(w).lower() for w in lexicon().raw.get("groups", {}).get("concerned", []))


def _is_past_marker(d: DateValue) -> bool:
    """A null date that places the event before the report ("vừa qua"), not a vague future ("thời gian tới")."""
    rx = lexicon().words["null"]
    return "before" in d.reason or (rx is not None and rx.fullmatch(fold(d.text)) is not None)


def _scope_null(view: View, cue: CueHit, record_cues: list[CueHit]) -> str | None:
    """A null marker governs the cue right before it and every cue after it in the clause."""
    cs, ce = view.clause(cue.start)
    for s, e, d in view.dates:
        if d.value is not None or not (cs <= s < ce) or not _is_past_marker(d):
            continue
        # "Trước đó, ngày 10/4, ...": the marker only places the day that follows it.
        if any(d2.value is not None and len(d2.value) == 10 and 0 <= s2 - e <= 3 for s2, _e2, d2 in view.dates):
            continue
        before = [c for c in record_cues if cs <= c.start < s]
        anchor = before[-1] if before else None
        if (anchor is not None and anchor.start == cue.start) or cue.start > s:
            return f"null marker '{d.text}' in the clause"
    return None


_DATE_WORDS: list[tuple[object, tuple[re.Pattern[str], ...]]] = []  # (the lexicon, its patterns)


def _date_words() -> tuple[re.Pattern[str], ...]:
    """cues.toml [context] document_names, range_joiners, takes_effect and covers_not_effect as
    patterns on the text before a day, compiled once per lexicon."""
    lex = lexicon()
    got = _DATE_WORDS[0][1] if _DATE_WORDS and _DATE_WORDS[0][0] is lex else None
    if got is None:
        raw = lex.raw.get("context", {})

        def alt(key: str) -> str:
            return alternation(raw.get(key, []))
        got = (re.compile(rf"(?:^|\s)(?:{alt('document_names')})(?: số)? \S*\d\S*\s*$"),
               re.compile(rf"^\s*(?:{alt('range_joiners')})\s*$"),
               re.compile(rf"(?:^|\s)(?:{alt('takes_effect')})\s*$"),
               re.compile(rf"(?:^|\s)(?:{alt('covers_not_effect')})(?:\s|$)"))
        _DATE_WORDS[:] = [(lex, got)]  # held, so a new lexicon can never pass for this one
    return got


def own_date(view: View, cue: CueHit, after_only: bool = False) -> tuple[str, str] | None:
    """A day written in the cue's sentence: nearest before it, else after it in its clause. A day
    that dates a document named right before it ("Nghị quyết 21/NQ-CP ngày 26/02/2021") is none; a
    range dates to its first day; a MEASURE takes the day it takes effect ("từ ngày 24/4") first.
    `after_only`: a day after it in its clause only (an agreement named as a noun: a day before it
    dates the verb that reports it, "Ngày 5/3, ... cho biết thỏa thuận giữa ...")."""
    document, joiner, effect, covers = _date_words()
    days = [(s, e, d) for s, e, d in view.dates if d.value is not None and len(d.value) == 10
            and not document.search(view.low[max(0, s - 60):s])]
    _cs, ce = view.clause(cue.start)
    if cue.type == "MEASURE":
        # "từ ngày 24/4" right after the measure is when it starts; after the people it covers
        # ("những người trở về từ Đà Nẵng từ ngày 15/7") it says whom it covers.
        for s, _e, d in days:
            if cue.end <= s < ce and effect.search(view.low[cue.end:s]) and not covers.search(view.low[cue.end:s]):
                return d.value, f"'{d.text}', the day it takes effect ({d.reason})"  # type: ignore[return-value]
    before = [(s, e, d) for s, e, d in days if s < cue.start and not after_only]
    if before:
        d = before[-1][2]
        if len(before) > 1 and joiner.match(view.low[before[-2][1]:before[-1][0]]) \
                and str(before[-2][2].value) <= str(d.value):
            first = before[-2][2]
            return first.value, f"'{first.text}', the first day of a range to '{d.text}' ({first.reason})"  # type: ignore[return-value]
        return d.value, f"'{d.text}' in the sentence ({d.reason})"  # type: ignore[return-value]
    after = [(s, d) for s, _e, d in days if cue.end <= s < ce]
    if after:
        d = after[0][1]
        return d.value, f"'{d.text}' in the clause ({d.reason})"  # type: ignore[return-value]
    return None


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


def _outside_occasion(view: View, cue: CueHit, occ: Occasion) -> str | None:
    """Why the occasion does not date this record, or None: an ongoing process ("Ấn Độ đang kêu
    gọi ..."), a recalled past ("Trung Quốc từng hứa tài trợ ..."), an act named as a thing ("hoan nghênh
    việc Tổng thống Mỹ yêu cầu ..."), or a sentence
    set in another year or month ("Năm 2020, ... Nepal đóng cửa biên giới")."""
    cs, _ce = view.clause(cue.start)
    lo = max(cs, cue.start - _OCCASION_REACH)
    before = view.low[lo:cue.start]
    ongoing, recalled, nominal = _occasion_blockers()
    if m := ongoing.search(before):
        return f"'{m.group(0).strip()}': a process going on, not an act of the occasion"
    why = _recalled(view, cue)
    if why:
        return why
    if m := nominal.search(before):
        return f"'{m.group(0).strip()} ...': an act named as a thing, not done at the occasion"
    for s, _e, d in view.dates:
        if s < cue.start and d.value is not None and len(d.value) < 10 and not occ.date.startswith(d.value):
            return f"'{d.text}': the sentence is set in another time than the occasion"
    return None


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
    null = _scope_null(view, cue, record_cues)
    if null:
        return None, null
    own = own_date(view, cue, after_only=own_after)
    if own:
        return own
    occ, outside = ctx.occasion, None
    if occ is not None:
        outside = _outside_occasion(view, cue, occ) if occasion else "a contact named in what is said"
        occ = None if outside else occ
    event = ctx.event if inherit else None
    if event is not None and (recalled := _recalled(view, cue)):
        event, outside = None, recalled
    if event is not None and occ is not None and occ.sentence > event.mentions[0].sentence:
        event = None  # a later sentence set a new occasion
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
    return None, f"{none}; the occasion does not date it ({outside})" if outside else none
