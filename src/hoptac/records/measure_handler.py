"""The MEASURE handler: a state's epidemic measure, and the guards that make a cue no measure.

Split from handlers.py (which registers it by importing this module): a case report, one person who
undergoes it, people of a state rather than the state, a blocker between the state and the phrase, a
package of goods rather than money.
"""

from __future__ import annotations

import re
from functools import lru_cache

from hoptac.model import Quantity
from hoptac.records.aid_amounts import amounts, bracketed_part, closing_bracket, is_money, vague
from hoptac.records.context import Context
from hoptac.records.cues import CueHit, alternation, lexicon, spans
from hoptac.records.handlers import Candidate, Reason, SentenceState, handler
from hoptac.records.measure_source import measure_words
from hoptac.records.own_dates import phrase_end
from hoptac.records.roles import View
from hoptac.text.normalise import fold


def _counted(view: View, cue: CueHit, cs: int, ce: int, units: set[str]) -> list[tuple[int, int, Quantity]]:
    """The counts of the clause [cs, ce) that are the measure's (units of [MEASURE] count_units, none vague). Cut at
    [MEASURE] count_breakdown words, a count and its breakdown ("991 mẫu, trong đó: 7 mẫu dương tính"), or a part and
    its whole ("1 triệu người trong tổng số 66 triệu người"), are told apart by the piece that holds the measure's
    phrase, when that piece counts anything; else the count before the first cut is the measure's ("truy vết 120
    trường hợp F1, trong đó đã lấy mẫu xét nghiệm toàn bộ": the 120; "lấy mẫu xét nghiệm cho người dân, trong đó 7
    người dương tính": none). A breakdown in brackets ends with them ("có 2 trường hợp F1, trong đó 1 người ..., 1
    người khác ...) đã được cách ly"): left out, unless the phrase is inside it ("521 người (trong đó đã lấy mẫu xét
    nghiệm 400 người)"), which then is the piece."""
    low = view.low
    found = [m for m in spans(lexicon().words.get("count_breakdown"), low) if cs <= m[0] and m[1] <= ce]
    bracketed = [(s, e) for s, e in found if low.rfind("(", cs, s) > low.rfind(")", cs, s)]
    left_out = [(s, closing_bracket(low, e, ce)) for s, e in bracketed]

    def counts(start: int, end: int, skipped: list[tuple[int, int]]) -> list[tuple[int, int, Quantity]]:
        return [(s, e, q) for s, e, q in view.quantities if start <= s < end and q.unit in units and not vague(q)
                and not any(ls <= s < le for ls, le in skipped) and not _staff(low, s, q, cue)]

    # (the phrase's end inside the left-out stretch: a cue may open on the count before it, "1 người ... cách ly")
    inside = next(((s, e) for s, e in left_out if s < cue.end <= e), None)
    if inside is not None:
        return counts(inside[0], inside[1], [])
    cuts = [m for m in found if m not in bracketed]
    start = max((e for _s, e in cuts if e <= cue.start), default=cs)
    end = min((s for s, _e in cuts if s >= cue.end), default=ce)
    return counts(start, end, left_out) or counts(cs, min((s for s, _e in cuts), default=ce), left_out)


def _staff(low: str, pos: int, q: Quantity, cue: CueHit) -> bool:
    """Whether a count at `pos` counts the staff who carry a measure out: staff ([MEASURE] staff) after one of [MEASURE]
    staff_verbs, only [MEASURE] staff_between words between ("huy động thêm 40 cán bộ xét nghiệm"). Not after a verb
    of the measure's own phrase ("tăng cường xét nghiệm 120 cán bộ"), and people of another kind after those verbs are
    what it covers ("bố trí 250 người về cách ly")."""
    words = lexicon().words
    noun, verb, between = words.get("staff"), words.get("staff_verbs"), words.get("staff_between")
    if noun is None or verb is None or not noun.search(fold(q.text).lower()):
        return False
    lo = max(0, pos - 60)
    for s, e in spans(verb, low[lo:pos]):
        if cue.start <= lo + s < cue.end:
            continue
        gap = low[lo + e:pos]
        if not (between.sub(" ", gap) if between is not None else gap).strip():
            return True
    return False


def _person_undergoes(view: View, cue: CueHit, cs: int, individual: tuple[str, ...]) -> str | None:
    """'... khi ông Biden đã được tiêm vắc xin', 'Thủ tướng Modi đã được tiêm': a person named (by name, or
    after an `individual` word of [MEASURE]) right before "(đã) được/bị" and the phrase, anywhere in
    the clause, undergoes it."""
    before = [sl for sl in view.slots if cs <= sl.start and sl.end <= cue.start]
    if not before or before[-1].actor is None:
        return None
    sl = before[-1]
    # ("phải" is left out: "Tổng thống Macron đã phải phong tỏa toàn quốc" imposes it)
    if not re.fullmatch(r"\s*(?:(?:cũng|đã|vừa|mới|đều)\s+)*(?:được|bị)\s*", view.low[sl.end:cue.start]):
        return None
    head = view.low[max(cs, sl.start - 12):sl.start + 1]
    named = sl.actor.name is not None or any(re.search(rf"(?:^|\s){re.escape(w)}", head) for w in individual)
    return sl.text if named else None


def _patients_as_object(gap: str) -> bool:
    """'cách ly 3 bệnh nhân': the patients right after the phrase are what it acts on (a case report);
    'F1 của các bệnh nhân', 'tiếp xúc với bệnh nhân', 'thôn có bệnh nhân' name the contacts or the
    place the measure covers."""
    return len(gap) <= 15 and re.search(r"(?:^|\s)(?:của|với|có|liên quan)(?:\s|$)", gap) is None


_OPENING_MARKS = " -–•*\"“"  # what may stand before a clause's first word (a dash, a bullet, a quote)


@lru_cache(maxsize=1)
def _trigger_words() -> tuple[re.Pattern[str] | None, re.Pattern[str] | None]:
    """[MEASURE] trigger_leads as a pattern (an optional "ngay" before) and trigger_cases, compiled once."""
    raw = lexicon().raw.get("MEASURE", {})
    leads = raw.get("trigger_leads", [])
    return (re.compile(rf"(?:ngay\s+)?(?:{alternation(leads)})(?!\w)") if leads else None,
            measure_words("trigger_cases"))


def _trigger(view: View, cs: int, cue_start: int) -> tuple[int, int, list[tuple[int, int]]]:
    """A fronted phrase naming what set the measure off ([MEASURE] trigger_leads, after a time and its comma if one
    opens the clause: "Liên quan đến bệnh nhân 2910, ... phong tỏa hẻm 20", "Tối 29/4, sau khi ..."), closed before
    the cue (own_dates.phrase_end: "1,2 nghìn mẫu" does not close it) and naming a case ([MEASURE] trigger_cases:
    "bệnh nhân 2910", "3 mẫu bệnh phẩm dương tính"; not a bare result, "có kết quả dương tính", which is of the one
    who undergoes it): its span and the cases' spans, in the document's folded coordinates; (cs, cs, []) when the
    clause opens on none."""
    leads, cases = _trigger_words()
    low = view.low
    at = cs + len(low[cs:cue_start]) - len(low[cs:cue_start].lstrip(_OPENING_MARKS))
    time = next((e for s, e, _d in view.dates if s == at), None)
    if time is not None and (m := re.match(r"\s*,\s*", low[time:cue_start])) is not None:
        at = time + m.end()  # ("Tối 29/4, liên quan đến ...": the time of the act first)
    lead = leads.match(low, at) if leads is not None and cases is not None else None
    if lead is None:
        return cs, cs, []
    end = phrase_end(view, lead.end(), cue_start)
    named = [(at + s, at + e) for s, e in spans(cases, low[at:end])] if end < cue_start else []
    return (at, end, named) if named else (cs, cs, [])


_JUDGED_REACH = 80  # characters from the measure to its judgement: the rest of the topic's noun phrase


def _judged_topic(view: View, cue: CueHit, cs: int, ce: int) -> str | None:
    """Why the measure is a topic judged or a cause named, not an act ([MEASURE] topic_openers and
    topic_judgements): "Việc phong tỏa đã khiến mọi người kiệt quệ"; None when it is none."""
    opened = spans(measure_words("topic_openers"), view.low[cs:cue.start])
    if not opened:
        return None
    # The topic is the clause's subject: nothing but an introducer closed by a comma stands before it
    # ("Theo Thứ trưởng, vấn đề ..."); "Nhật Bản coi việc đóng cửa biên giới là biện pháp quan trọng",
    # "Chính phủ Lào quyết định việc phong tỏa ..." name the state that acts.
    lead = view.low[cs:cs + opened[0][0]].rsplit(",", 1)[-1].strip(_OPENING_MARKS)
    if lead and lead not in lexicon().raw.get("MEASURE", {}).get("topic_connectives", []):
        return None
    start = cs + opened[0][1]
    if any(sl.is_state and start <= sl.start < cue.start for sl in view.slots):
        return None  # "việc Mỹ phong tỏa ...": a state acts inside the topic
    judged = spans(measure_words("topic_judgements"), view.low[cue.end:min(ce, cue.end + _JUDGED_REACH)])
    if not judged:
        return None
    s, e = judged[0]
    return (f"a measure named as a topic ('{view.low[cs + opened[0][0]:start]} ...') and judged "
            f"('{view.low[cue.end + s:cue.end + e]}'), not taken")


@handler("measure")
def measure(c: Candidate, _ctx: Context, state: SentenceState) -> Reason:
    view, cue, subj = c.view, c.cue, c.subj
    lex = lexicon()
    cs, ce = view.clause(cue.start)
    if not subj and not c.carried:
        return "party", "no state before the measure, and none carried from earlier sentences"
    # A case word before the phrase makes the clause a case report ("bệnh nhân ... được cách ly"); after
    # it, it names what the measure covers ("phong tỏa thôn có bệnh nhân" is a lockdown); after a contact word
    # ([MEASURE] contact_words) it names whose contacts undergo it ("Các trường hợp tiếp xúc gần với các ca
    # nhiễm ... được đưa đi cách ly tập trung": routine quarantine of contacts, a measure).
    contacts = spans(measure_words("contact_words"), view.low[cs:cue.start])
    exempt = {(s, e) for s, e in spans(measure_words("contact_exempt"), view.low[cs:cue.start])
              if contacts and contacts[0][1] <= s}  # ([MEASURE] contact_exempt after a contact word)
    # ... nor one in a fronted phrase naming the case that set the measure off (_trigger)
    trigger_start, trigger_end, named = _trigger(view, cs, cue.start)
    case = [(s, e) for s, e in spans(lex.measure_cases, view.low[cs:ce])
            if not trigger_start <= cs + s < trigger_end
            and ((s, e) not in exempt if cs + s < cue.start else _patients_as_object(view.low[cue.end:cs + s]))]
    if case:
        s, e = case[0]
        return "guard", f"a case report ('{view.low[cs + s:cs + e]}'), not a measure"
    individual = tuple(w + " " for w in lex.raw.get("MEASURE", {}).get("individual", []))
    opening = view.low[cs:].lstrip(_OPENING_MARKS)
    opener = next((sl for sl in view.slots if cs <= sl.start <= cs + len(view.low[cs:]) - len(opening)), None)
    # "Ông X cho hay, những người được tiêm ...": the speaker is not the one vaccinated, unless what he
    # says opens on a person again ("... cho biết, ông đã được tiêm ...").
    said = any(cs <= s and e <= cue.start and not view.low[e:].lstrip(" ,:").startswith(individual)
               for s, e in view.speech)
    # A clause opening on a state ("Ông Biden" is no state; "Mỹ" is) takes a measure for it.
    state_opener = opener is not None and opener.is_state and not (opener.actor and opener.actor.rule.startswith("honorific"))
    if opening.startswith(individual) and not state_opener and not said \
            and re.search(r"(?:^|\s)(?:được|phải|bị)\s+$", view.low[max(cs, cue.start - 12):cue.start]):
        # "Ông Mai Văn Mười ... được tiêm vắc xin": the person the clause opens on undergoes it.
        return "guard", "one person undergoes it: a case, not a measure"
    person = _person_undergoes(view, cue, cs, individual)
    if person:
        return "guard", f"'{person}' undergoes it: one person's case, not a measure"
    topic = _judged_topic(view, cue, cs, ce)
    if topic:
        return "guard", topic
    people = lex.raw.get("MEASURE", {}).get("people", [])
    word = next((p for p in people if subj and view.low[:subj[-1].start].rstrip().endswith(p)), None)
    if word is not None:
        return "guard", f"'{word} ...': people of a state, not the state"
    lo = max(subj[-1].end if subj else cs, cs, state.prev_measure_end)
    state.prev_measure_end = cue.end
    block = spans(lex.measure_blockers, view.low[lo:cue.start])
    if block:
        return "guard", f"'{view.low[lo + block[0][0]:lo + block[0][1]]}' between the state and the measure"
    # Several states named together take the measure together ("Canada cùng với Anh, Pháp ...").
    c.rec.source = list(dict.fromkeys(x for x in c.source if x != "INTL"))
    units = set(lex.raw.get("MEASURE", {}).get("count_units", []))
    if c.rec.measure == "economic_relief":
        found = amounts(view, cue.start, c.qend)
        c.rec.quantities = [q for q in found if is_money(q)]
        # (a currency code is upper case, units.tsv: any currency, not only those aid knows, is money)
        if not c.rec.quantities and any(q.unit not in units and not q.unit.isupper() for q in found):
            # "gói cứu trợ của Nga gồm 20 máy tạo ôxy, 75 máy thở ...": goods, not money: aid sent abroad
            return "guard", "a package of goods, not money: aid, not a relief measure"
    else:  # the counts of what it covers, anywhere in its clause ("đã cách ly 16 người") but a trigger's phrase;
        # with none after it, those of the contacts that phrase names ("Sau khi truy vết 56 trường hợp F1 của bệnh
        # nhân 2910, ... cách ly tập trung toàn bộ"), never the case's own ("3 mẫu bệnh phẩm dương tính")
        counted = _counted(view, cue, trigger_end, ce, units)
        if not counted and any(cs + e <= trigger_end for _s, e in contacts):
            counted = [(s, e, q) for s, e, q in _counted(view, cue, cs, ce, units)
                       if not any(s < ne and ns < e for ns, ne in named)]
        c.rec.quantities = [q for k, (s, _e, q) in enumerate(counted)
                            if not bracketed_part(view, counted[:k], s, q, (cue.start, cue.end))]
    if not c.rec.source:
        return "party", "no state takes it (the international community takes no measure)"
    return None
