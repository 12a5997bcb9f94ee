"""A record's own day: the one its sentence writes for it (records/context.py `date_of` tries it first).

The nearest day before the cue, else the first after it in its clause (not one that ends its span: "đến ngày 5/5");
a document's own date is none; a range dates to its first day; a MEASURE takes the day it takes effect (`effect_day`,
which records/context.py asks before a null marker too), and a visit a range of its own when the day
before it is one of its days; and whether a null marker that places only what follows it ("tuần này", "kể từ khi")
may place a cue at all (and where such a phrase ends, `phrase_end`, which measures share). Split from
records/context.py, which keeps the event and occasion rules.
"""

from __future__ import annotations

import re
from functools import lru_cache

from hoptac.model import DateValue
from hoptac.records.cues import CueHit, alternation, lexicon
from hoptac.records.roles import View
from hoptac.text.normalise import fold


@lru_cache(maxsize=1)
def date_words() -> tuple[re.Pattern[str], ...]:
    """cues.toml [context] document_names, range_joiners, takes_effect, covers_not_effect with effect_not_across, and
    span_ends (with span_ends_not_after as its optional group "tally": `_ends_span`) as patterns on the text before a
    day, compiled once (`lexicon.reload` clears it with the lexicon)."""
    raw = lexicon().raw.get("context", {})

    def alt(key: str) -> str:
        return alternation(raw.get(key, []))
    return (re.compile(rf"(?:^|\s)(?:{alt('document_names')})(?: số)? \S*\d\S*\s*$"),
            re.compile(rf"^\s*(?:{alt('range_joiners')})\s*$"),
            re.compile(rf"(?:^|\s)(?:{alt('takes_effect')})\s*$"),
            re.compile(rf"(?:^|\s)(?:{alt('covers_not_effect')}|{alt('effect_not_across')})(?:\s|$)"),
            re.compile(rf"(?:^|\s)(?:(?P<tally>{alt('span_ends_not_after')})\s+)?(?:{alt('span_ends')})(?: ngày)?\s*$"))


def _ends_span(span_end: re.Pattern[str], before: str) -> bool:
    """Whether the text `before` a day ends on a word that ends the act's span there ([context] span_ends), not after a
    tally's word (span_ends_not_after: "tính đến ngày 18/4", "tính đến hết ngày", "tính cho đến ngày"). The tally
    words sit in the pattern as an optional group: the leftmost match takes them whenever they stand there, where
    lookbehinds let a later, shorter span word ("hết" in "tính đến hết") match past them."""
    m = span_end.search(before)
    return m is not None and m.group("tally") is None


_VISIT_RANGE_REACH = 80  # characters between a visit and a range of its own ("chuyến thăm ... Việt Nam từ ngày 23-26/6")
_VISIT_DAYS = 21  # the longest a visit's range may run before a day written as one of its days


def _day_gap(a: str | None, b: str | None) -> int:
    """Days from `a` to `b` by month and day (a year may be unknown, "XXXX"); -1 when either is missing."""
    if not a or not b:
        return -1
    return (int(b[5:7]) * 31 + int(b[8:10]) - int(a[5:7]) * 31 - int(a[8:10])) % (12 * 31)


def _not_after(a: str | None, b: str | None) -> bool:
    """Whether day `a` is not after day `b`, by month and day when a year is unknown ("XXXX-06-28" and "2017-07-01":
    a string comparison put every "XXXX" after every year)."""
    if a is None or b is None:
        return False
    return a <= b if a[:4].isdigit() == b[:4].isdigit() else a[5:] <= b[5:]


@lru_cache(maxsize=1)
def _visit_end() -> re.Pattern[str] | None:
    """[dates] visit_end_words, with up to three words before the visit cue, compiled once."""
    words = lexicon().raw.get("dates", {}).get("visit_end_words", [])
    return re.compile(rf"(?:^|\s)(?:{alternation(words)})(?:\s+\S+){{0,3}}\s*$") if words else None


def _ending_visit(view: View, cue: CueHit) -> bool:
    """Whether one of [dates] visit_end_words stands right before the visit cue ("kết thúc tốt đẹp chuyến thăm")."""
    rx = _visit_end()
    return rx is not None and rx.search(view.low[max(0, cue.start - 40):cue.start]) is not None


def own_date(view: View, cue: CueHit, after_only: bool = False) -> tuple[str, str] | None:
    """A day written in the cue's sentence: nearest before it, else after it in its clause. A day
    that dates a document named right before it ("Nghị quyết 21/NQ-CP ngày 26/02/2021") is none; a
    range dates to its first day; a day after the cue that ends its span ("... ít nhất đến ngày 5/5") is none of
    its days; a MEASURE takes the day it takes effect ("từ ngày 24/4") first, and a
    visit the first day of a range of its own right after it when the day before it is one of its days ("kết thúc
    chuyến thăm ... từ ngày 23-26/6", "Sáng 24/6, ... đang có chuyến thăm ... từ ngày 23-26/6").
    `after_only`: a day after it in its clause only (an agreement named as a noun: a day before it
    dates the verb that reports it, "Ngày 5/3, ... cho biết thỏa thuận giữa ...")."""
    _document, joiner, effect, _covers, span_end = date_words()
    days = _days(view)
    _cs, ce = view.clause(cue.start)
    if cue.type == "MEASURE" and (starts := effect_day(view, cue, days)):
        return starts
    if cue.rule.fields.get("mode") == "visit":
        # "Ngày 26/6, Đoàn ... đã kết thúc tốt đẹp chuyến thăm ... Việt Nam từ ngày 23-26/6/2017", "Sáng 24/6, ... đang
        # có chuyến thăm ... từ ngày 23-26/6": the day written before a visit that ends, or one within its range, is a
        # day of the visit; a range of the visit's own after it dates the visit by its first day. (What is said that day
        # keeps it: a reception frames it, records/handlers.py.)
        before_day = next((d.value for s, _e, d in reversed(days) if s < cue.start), None)
        ends_here = before_day is None or _ending_visit(view, cue)
        # Only the visit's own: right after what it visits, no comma, no other act between ("... và dự Hội nghị ...
        # diễn ra từ ngày 5-6/6", "một ngày sau khi các cuộc biểu tình diễn ra từ 20-25/6" are another's).
        after = [(s, e, d) for s, e, d in days if cue.end <= s < ce]
        for k, (s, e, d) in enumerate(after):
            gap = view.low[cue.end:s]
            if len(gap) > _VISIT_RANGE_REACH or re.search(r"[,;:]", gap) \
                    or any(cue.end <= c.start < s for c in view.cues if c is not cue):
                break
            nxt = after[k + 1] if k + 1 < len(after) else None
            joined = nxt is not None and joiner.match(view.low[e:nxt[0]]) and _not_after(d.value, nxt[2].value)
            within = ends_here or 0 <= _day_gap(d.value, before_day) <= _VISIT_DAYS
            if effect.search(gap) and (d.is_range or joined) and within:
                return d.value, f"'{d.text}', the first day of the visit's own range ({d.reason})"  # type: ignore[return-value]
    before = [(s, e, d) for s, e, d in days if s < cue.start and not after_only]
    if before:
        d = before[-1][2]
        if len(before) > 1 and joiner.match(view.low[before[-2][1]:before[-1][0]]) \
                and _not_after(before[-2][2].value, d.value):
            first = before[-2][2]
            return first.value, f"'{first.text}', the first day of a range to '{d.text}' ({first.reason})"  # type: ignore[return-value]
        return d.value, f"'{d.text}' in the sentence ({d.reason})"  # type: ignore[return-value]
    # (not a day that ends the act's span: "đóng cửa ... ít nhất đến ngày 5/5")
    after = [(s, d) for s, _e, d in days if cue.end <= s < ce and not _ends_span(span_end, view.low[max(cue.end, s - 24):s])]
    if after:
        d = after[0][1]
        return d.value, f"'{d.text}' in the clause ({d.reason})"  # type: ignore[return-value]
    return None


def effect_day(view: View, cue: CueHit, days: list[tuple[int, int, DateValue]] | None = None) -> tuple[str, str] | None:
    """The day a measure takes effect: a day later in its clause right after one of [context] takes_effect ("đóng cửa
    toàn bộ chợ dân sinh từ ngày 24/4"); not when the people it covers ("những người trở về từ Đà Nẵng từ ngày 15/7",
    [context] covers_not_effect) or another act ("... và sẽ nối lại từ ngày 1/5", effect_not_across) stand between.
    The guide dates a measure by it first: `own_date` tries it before any other day, and records/context.py's
    `date_of` even before a null marker of the clause ("áp dụng trong tuần qua gồm đóng cửa ... từ ngày 26/4")."""
    _document, _joiner, effect, covers, _span_end = date_words()
    _cs, ce = view.clause(cue.start)
    for s, _e, d in _days(view) if days is None else days:
        if cue.end <= s < ce and effect.search(view.low[cue.end:s]) and not covers.search(view.low[cue.end:s]):
            return d.value, f"'{d.text}', the day it takes effect ({d.reason})"  # type: ignore[return-value]
    return None


def _days(view: View) -> list[tuple[int, int, DateValue]]:
    """The sentence's full days, but a document's own date ("Nghị quyết 21/NQ-CP ngày 26/02/2021")."""
    document = date_words()[0]
    return [(s, e, d) for s, e, d in view.dates if d.value is not None and len(d.value) == 10
            and not document.search(view.low[max(0, s - 60):s])]


def places_before(view: View, s: int, e: int, d: DateValue, cue: CueHit, cs: int, ce: int) -> bool:
    """Whether a null marker may place the cue at all: one of [dates] null_before_only ("tuần này") only an act
    named after it, in a clause that writes no day (one of null_own_phrase, "kể từ khi", only in its own phrase,
    where no day is written before the act), with none of null_before_not before it (a planned act's time)
    nor between it and the act unless "đã" comes first ("tuần này đã có chuyến công du", "Tuần này, Nhật Bản đã cam
    kết sẽ viện trợ"; not "..., người sẽ kết thúc nhiệm kỳ trong tuần này", "Đầu tuần này (26/4), ...", "dự kiến
    sẽ thăm Nhật Bản vào cuối tuần này, trong khi hai nhà lãnh đạo đã nhất trí ...")."""
    only, nots, own_phrase, phrase_ends = _before_only_words()
    if fold(d.text) not in only:
        return True
    if e > cue.start or nots.search(view.low, cs, s) is not None:  # (the time of a planned act named before it)
        return False
    if fold(d.text) in own_phrase:
        # Only an act in the marker's own phrase, which ends at a comma (not one listing actors: "kể từ khi Mỹ, Nhật
        # Bản và Hàn Quốc nhất trí") or a word of null_phrase_ends ("mà", "đến nay"), and only a day written in that
        # phrase before the act keeps its date: the main clause's day is another event's ("Ngày 4/7, Triều Tiên phóng
        # tên lửa lần thứ 11 kể từ khi Mỹ và Hàn Quốc nhất trí ...").
        if phrase_end(view, e, cue.start, phrase_ends) < cue.start:
            return False
        return not any(d2.value is not None and len(d2.value) == 10 and e <= s2 < cue.start
                       for s2, _e2, d2 in view.dates)
    future = nots.search(view.low, e, cue.start)
    if future is not None and "đã" not in view.low[e:future.start()].split():  # ("đã cam kết sẽ ...": a past pledge)
        return False
    return not any(d2.value is not None and len(d2.value) == 10 and cs <= s2 < ce for s2, _e2, d2 in view.dates)


_LIST_GO_ON = re.compile(r"\s*(?:,|và|cùng)(?!\w)\s*")


def phrase_end(view: View, start: int, end: int, ends: re.Pattern[str] | None = None) -> int:
    """Where a phrase opened at `start` ends before `end`: its first comma that stands neither between two digits
    ("1,2 nghìn mẫu") nor in a list of actors that opens the phrase ("kể từ khi Mỹ, Nhật Bản và Hàn Quốc nhất trí":
    each member right after the one before, and one more joined after it by a comma or "và"; not "kể từ khi ông
    Trump đắc cử tổng thống Mỹ, Thủ tướng Hun Sen đã ...", nor "... nhậm chức tổng thống Mỹ, Nhật Bản và Hàn Quốc
    đạt được ..."), or its first word of `ends`; `end` when it reaches it."""
    low = view.low
    stop = end
    if ends is not None and (m := ends.search(low, start, end)) is not None:
        stop = m.start()
    starts = {sl.start: sl for sl in view.slots}

    def word_at(pos: int) -> int:  # where the next word starts
        return pos + len(low[pos:stop]) - len(low[pos:stop].lstrip())

    member = starts.get(word_at(start))  # the list's member before the next comma, if the phrase opens on one
    for at in (i for i in range(start, stop) if low[i] == ","):
        if low[at - 1:at].isdigit() and low[at + 1:at + 2].isdigit():
            continue
        nxt = starts.get(word_at(at + 1))
        joined = nxt is not None and (m := _LIST_GO_ON.match(low, nxt.end)) is not None and m.end() in starts
        if not (joined and member is not None and member.end == at):
            return at
        member = nxt
    return stop


@lru_cache(maxsize=1)
def _before_only_words() -> tuple[frozenset[str], re.Pattern[str], frozenset[str], re.Pattern[str] | None]:
    """[dates] null_before_only, folded, null_before_not as a pattern, null_own_phrase, folded, and null_phrase_ends
    as a pattern, compiled once."""
    dates = lexicon().raw.get("dates", {})
    nots = alternation(dates.get("null_before_not", [])) or "(?!x)x"
    ends = alternation(dates.get("null_phrase_ends", []))
    return (frozenset(fold(w) for w in dates.get("null_before_only", [])), re.compile(rf"(?<!\w)(?:{nots})(?!\w)"),
            frozenset(fold(w) for w in dates.get("null_own_phrase", [])),
            re.compile(rf"(?<!\w)(?:{ends})(?!\w)") if ends else None)
