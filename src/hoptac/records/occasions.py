"""Occasions: the day a sentence sets for what the sentences after it report.

An occasion is set by a sentence that opens on its day ("Chiều 30/4, ...",
"Theo TTXVN, ngày 4/6, ...", "Cụ thể, sáng nay (28/4), ...", "Tại Hà Nội, chiều
24/4, ...", "Tiếp tục chương trình thăm ..., chiều 24/4, ..."): a handover, a
briefing or an interview is one as much as a call. It dates what the sentences
after it report, until the next such sentence; the lead sentences before the
first one belong to it too. An aid is an act of its own: only its own sentence's
occasion or the one right before it dates it, or an earlier one where it opens
on "Cùng ngày" ([context] occasion_own_sentence_types). A day written inside a
sentence (praise for an earlier gift, "trước thềm ...") dates that sentence
only. A title that opens on
a day, a report's cut-off with its hour, "Cùng ngày, ..." after a day, and a
first sentence that dates its act right after its subject set one too.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from datetime import date
from functools import lru_cache

from hoptac.lexicon import read_toml
from hoptac.mentions.title_dates import published_day, title_dates
from hoptac.model import DateValue, Document
from hoptac.records.cues import alternation, find_cues, lexicon, lower
from hoptac.text.normalise import fold


@dataclass(frozen=True)
class Occasion:
    """The day a sentence opening on it sets for what follows (see the module docstring)."""

    sentence: int  # -1: the title (a corpus record's lead)
    date: str
    text: str
    after_lead: bool = False  # set by the first day after the lead (`_day_after_lead`), for [context] lead_day_types

    @property
    def where(self) -> str:
        if self.after_lead:
            return f"the first day after the lead, sentence {self.sentence + 1}"
        return "the title" if self.sentence < 0 else f"sentence {self.sentence + 1}"


def _words(key: str) -> str:
    """[context] `key` as one alternation of folded phrases, longest first (one that never matches when empty)."""
    return alternation(lexicon().raw.get("context", {}).get(key, []))


_DEADLINE = re.compile(r"(?:^|\s)sẽ\s")  # after a cut-off's day: a deadline, no report
_OUTLET = r"(?:\(?[\w.]{2,20}\)?\s*[-–]\s*)?"  # an outlet's tag may open the lead ("(PLVN) - ", "Kinhtedothi - ")


@lru_cache(maxsize=1)
def _opener() -> re.Pattern[str]:
    """What may come before an occasion's day: a photo credit, an outlet's tag, "Theo ...,", openers
    ("Cụ thể,"), then a short phrase that places it ([context] occasion_frames, up to 60 characters, the day
    inside it or after its comma) or a longer one that names the programme it is part of (occasion_programmes,
    up to 160, the day after its comma: "Nhân dịp kỷ niệm ... 30/4/1975, ..." is an anniversary, no occasion)."""
    alt, fr, credit = _words("occasion_openers"), _words("occasion_frames"), _words("occasion_credits")
    programme = _words("occasion_programmes")
    return re.compile(rf"(?:\((?:{credit})\s*:[^()]{{0,80}}\)\s*)?{_OUTLET}(?:theo [^,]{{1,80}},\s*)?"
                      rf"(?:(?:{alt})(?:\s*,)?\s*)*(?:(?:{fr})\s[^,]{{0,60}}(?P<placed>,)?|(?:{programme})\s[^,]{{0,160}},)?")


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


def _opens(opener: re.Pattern[str], lead: str) -> bool:
    """Whether `lead` (folded) may stand before an occasion's day: the opener fits it, and where the day
    follows a frame's comma, the lead holds none of [context] occasion_frames_not ("Trong khi Mỹ kêu gọi Nga rút quân, ngày
    20/4, ...": a clause of its own, no place of the day; "Trong khuôn khổ chuyến thăm ..., chiều 9/7, ..."
    and "Trong khi đó, ngày 24/5, ..." are)."""
    m = opener.fullmatch(lead)
    return m is not None and not (m.group("placed") and _frames_not().search(lead))


@lru_cache(maxsize=1)
def _frames_not() -> re.Pattern[str]:
    """[context] occasion_frames_not, patterns looked for at a word's start anywhere in the lead, compiled once."""
    pats = "|".join(lexicon().raw.get("context", {}).get("occasion_frames_not", [])) or "(?!x)x"
    return re.compile(rf"(?:^|[\s,])(?:{pats})")


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
        if _opens(opener, lead) or _said_day(doc, lead, d, pub) or (cutoff.fullmatch(lead.lower())
                                                                     and _near_publication(doc, d.value)
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
    early = None
    if current is None:  # a same-day start neither replaces a title's occasion nor dates the lead before it
        _same_day(doc, starts)
        early = _day_after_lead(doc, pub, min([lead_reach, *starts]))
    for i in range(len(doc.sentences)):
        current = starts.get(i, current)
        out.append(early if current is None and early is not None and i < early.sentence else current)
    return out


def _day_after_lead(doc: Document, pub: date | None, reach: int) -> Occasion | None:
    """The lead sentences before the first day written among the first `reach` sentences belong to its occasion even
    where that sentence does not open on it ("Tổng thống Mỹ Donald Trump trong chuyến thăm Israel ... đã lên tiếng
    ..." before "Phát biểu ... ngày 22/5, ..."; the guide: a lead sentence before the dated sentence still belongs
    to the occasion): a full day near publication and not after it (with none known, one whose year nothing in the
    body fixes, XXXX: a year written with it names a background). Only the sentences before it, what follows may as
    well be a backdrop; and only for the records of [context] lead_day_types. Not where the first sentence dates
    itself (its day is the lead's), nor a day that is not the story's: a photo's (its caption runs into a credit,
    [context] occasion_credits), one in a clause of another event ([context] lead_day_not_in: "sau vụ tấn công ...
    hôm 22/5", "khi ông có cuộc đàm phán ... vào ngày 12/7"), a plan's ("sẽ diễn ra từ ngày 29 đến 31/5", "ngày 6/7
    tới"), or one of a sentence writing two days (the report's and the act's: "... ngày 11/6 cho biết ... trong cuộc
    điện đàm vào cuối ngày 10/6")."""
    full = [d for d in doc.dates if d.value is not None and len(d.value) == 10 and 0 <= d.sentence < reach]
    if not full or any(d.sentence == 0 for d in full):
        return None
    first = min(d.sentence for d in full)
    days = [d for d in full if d.sentence == first]
    if len({d.value for d in days}) != 1:
        return None
    d = days[0]
    if (pub is None and not d.value.startswith("XXXX")) or \
            (pub is not None and not (_near_publication(doc, d.value) and d.value <= pub.isoformat())):
        return None
    sent = doc.sentences[first]
    clause = re.split(r"[,;:]", fold(doc.text[sent.start:d.start]).lower())[-1]
    _gap, _not_in, not_after, _aux = subject_patterns()
    if _lead_day_not_in().search(clause) or _PLAN.search(clause) or _captioned(doc, first) \
            or not_after.match(fold(doc.text[d.end:d.end + 20]).lower()):
        return None
    return Occasion(first, d.value, d.text, after_lead=True)


def _captioned(doc: Document, i: int) -> bool:
    """Whether sentence `i` is a photo's caption: the next sentence opens on a credit ("(Nguồn: EPA/TTXVN) ...",
    "Ảnh: AFP ...": [context] occasion_credits and a colon)."""
    if i + 1 >= len(doc.sentences):
        return False
    nxt = doc.sentences[i + 1]
    head = fold(doc.text[nxt.start:nxt.start + 20]).lower().lstrip(" (")
    return _credit().match(head) is not None


@lru_cache(maxsize=1)
def _lead_day_not_in() -> re.Pattern[str]:
    """[context] lead_day_not_in, whole words anywhere in the clause before the day, compiled once."""
    return re.compile(rf"(?<!\w)(?:{_words('lead_day_not_in')})(?!\w)")


def dates_after_lead(record_type: str) -> bool:
    """Whether the first day after the lead dates records of this type ([context] lead_day_types)."""
    return record_type in lexicon().raw.get("context", {}).get("lead_day_types", [])


def earlier_occasion_dates(record_type: str, occ: Occasion, sentence: int, low: str) -> bool:
    """Whether an occasion dates a record of this type in sentence `sentence` (`low`: its folded text). Not one of
    [context] occasion_own_sentence_types where the occasion is set two sentences before it or more (an aid is an
    act of its own that a report recounts beside its occasion; an analysis of the open splits' aid dated by an
    earlier occasion found 6 right and 24 that the gold leaves undated), unless the sentence opens on a same-day
    phrase (`_own_same_day`: "Cùng ngày, chính phủ Anh cho biết ...", "Chiều cùng ngày, ...", "Trong khi đó, cùng
    ngày ..."). The sentence right after the occasion's goes on with its report ("Chiều tối 10/2, Bộ Ngoại giao tổ
    chức họp báo thường kỳ. Người phát ngôn cho biết ..."), and the first day after the lead keeps dating the lead
    ([context] lead_day_types)."""
    if occ.after_lead or occ.sentence >= sentence - 1 \
            or record_type not in lexicon().raw.get("context", {}).get("occasion_own_sentence_types", []):
        return True
    rx = _own_same_day()
    return rx is not None and rx.match(low.lstrip(" \t\n-–•*\"“")) is not None


@lru_cache(maxsize=1)
def _own_same_day() -> re.Pattern[str] | None:
    """A sentence's opening on [context] same_day: after one of occasion_own_sentence_leads and its comma ("Trong khi
    đó, cùng ngày"), a part of the day (dates.toml [pieces] part: "Chiều cùng ngày"), with or without a comma after it
    (compiled once)."""
    ctx = lexicon().raw.get("context", {})
    if not ctx.get("same_day"):
        return None
    leads = alternation(ctx.get("occasion_own_sentence_leads", [])) or "(?!x)x"
    part = read_toml("dates.toml").get("pieces", {}).get("part", "(?!x)x")
    return re.compile(rf"(?:(?:{leads})\s*,?\s*)?(?:{part}\s+)?(?:{alternation(ctx['same_day'])})(?!\w)")


def outside_lead_day(low: str, cue_start: int) -> bool:
    """Whether a cue stands right after a word that sets it before or after the story's act, or one word after it
    ("Sau cuộc điện đàm với Tổng thống Mỹ, ...": [context] lead_day_cue_not_after), or that its sentence sets in a plan
    (a plan word before it and no past marker after that: `_planned`) or a recalled past ([context] lead_day_recalled),
    so the first day after the lead does not date it."""
    right_after, recalled = _outside_patterns()
    if right_after.search(low, max(0, cue_start - 24), cue_start):
        return True
    before = low[:cue_start]
    return _planned(before) or recalled.search(before) is not None


@lru_cache(maxsize=1)
def _outside_patterns() -> tuple[re.Pattern[str], re.Pattern[str]]:
    """[context] lead_day_cue_not_after (then at most one word, up to the cue) and lead_day_recalled, compiled once."""
    return (re.compile(rf"(?<!\w)(?:{_words('lead_day_cue_not_after')})\s+(?:[^\s,;:]+\s+)?$"),
            re.compile(rf"(?<!\w)(?:{_words('lead_day_recalled')})(?!\w)"))


@lru_cache(maxsize=1)
def _credit() -> re.Pattern[str]:
    """[context] occasion_credits and a colon, opening a sentence (a photo credit), compiled once."""
    return re.compile(rf"(?:{_words('occasion_credits')})\s*:")


@lru_cache(maxsize=1)
def _said_lead() -> re.Pattern[str] | None:
    """[context] occasion_said: a source and its verb of saying before a day ("Thông cáo của Bộ Ngoại giao cho biết
    vào sáng 12/5/2017, ...", "Bộ Ngoại giao Hàn Quốc cho biết ngày 4/7, ..."), compiled once."""
    words = lexicon().raw.get("context", {}).get("occasion_said", [])
    return re.compile(rf"{_OUTLET}[^,.;:]{{1,80}}?\s(?:{alternation(words)})(?:\s+(?:rằng|là))?(?:\s+vào)?") \
        if words else None


_PLAN = re.compile(r"(?<!\w)(?:sẽ|dự kiến|sắp)(?!\w)")
_DONE = re.compile(r"(?<!\w)(?:đã|vừa)(?!\w)")


def _planned(after: str) -> bool:
    """Whether what follows a day is a plan: a plan word ("sẽ", "dự kiến", "sắp") before any past marker."""
    plan, done = _PLAN.search(after), _DONE.search(after)
    return plan is not None and (done is None or plan.start() < done.start())


def _said_day(doc: Document, lead: str, day: DateValue, pub: date | None) -> bool:
    """Whether a sentence opens on a source's words and the day, then a comma: what it reports happened that
    day ("... cho biết ngày 4/7, các nhà ngoại giao ... đã có cuộc điện đàm"), as after "Ngày 4/7, ... cho biết".
    Not without the comma ("Bộ Y tế cho biết ngày 4/7 có thêm 5 ca": the report's day), not told in the passive
    ("được đại sứ quán Nhật thông báo ngày 6/2, ...") nor of a plan after it ("..., trong tuần tới, 3 tàu chiến ...
    sẽ tới thăm", "..., Tổng thống Nga Putin dự kiến gặp ..."; not a past act's promise, "..., Nhật Bản đã cam kết
    sẽ viện trợ ..."), and, as a report's cut-off, a day near publication and not after it (a speaker recounting an
    old day: "Ông Kang cho biết vào ngày 12/6/2014, ...")."""
    rx = _said_lead()
    if rx is None or rx.fullmatch(lead.lower()) is None or doc.text[day.end:day.end + 1] != ",":
        return False
    if re.search(r"(?<!\w)được(?!\w)", lead.lower()) or day.value is None:
        return False
    sent = doc.sentences[day.sentence]
    if _planned(fold(doc.text[day.end:sent.end]).lower()[:80]):
        return False
    return _near_publication(doc, day.value) and (pub is None or day.value <= pub.isoformat())


def _subject_dated_lead(doc: Document, pub: date | None) -> Occasion | None:
    """A first sentence that dates its act right after its subject ("Tổng thống Moon Jae-in và Chủ tịch Trung Quốc
    Tập Cận Bình ngày 6/7 đã nhất trí ..."): a day near publication and not after it (with none, written without a
    year), with only [context] subject_date_gap words between the actor and it, a contact or an agreement after it,
    no plan after it and no subordinate clause before it ([context] subject_date_not_in: "Sau khi A và B ngày 6/7
    điện đàm, ..."). It sets the occasion as a day the sentence opens on does; a title's occasion stands.
    (Only the first sentence: a later one is as often a background the story recalls.)"""
    gap, not_in, not_after, aux = subject_patterns()
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
def subject_patterns() -> tuple[re.Pattern[str], re.Pattern[str], re.Pattern[str], re.Pattern[str]]:
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
