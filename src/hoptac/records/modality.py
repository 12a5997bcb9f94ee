"""Whether a cue states an act at all: negation, doubt, condition, question, sport.

"Nga sẽ không yêu cầu Mỹ ...", "Mỹ vẫn chưa quyết định sẽ gửi ...", "Chúng tôi
sẽ ủng hộ nếu như ...", "Khi hai bên thống nhất thì ..." and "Ông có nghĩ ...
sẽ yêu cầu ...?" all hold a cue word and report no act. The words are in
cues.toml [modality] and [ignore]; this module only says where they count, and
returns the reason so the caller can log why a cue was dropped.
"""

from __future__ import annotations

import re
from functools import lru_cache
from typing import Any

from hoptac.records.cues import CueHit, lexicon, spans
from hoptac.text.normalise import fold
from hoptac.records.roles import View, _alternatives


def _inside(pos: tuple[int, int], masks: list[tuple[int, int]]) -> bool:
    return any(s <= pos[0] and pos[1] <= e for s, e in masks)


def sentence_unreal(view: View) -> tuple[str, str] | None:
    """A question (modality), a photo caption or a sentence about sport (guard): no record
    comes from it; (kind, reason) saying which."""
    if view.low.rstrip(" \"'”’)").endswith("?"):
        return "modality", "the sentence is a question"
    asked = spans(lexicon().words.get("question"), view.low)
    if asked:
        return "modality", f"an indirect question ('{view.low[asked[0][0]:asked[0][1]]}')"
    low = view.low
    for cap in lexicon().raw.get("ignore", {}).get("captions", []):
        if cap in low:
            return "guard", f"photo caption ('{cap}')"
    if any(rx.search(low.strip()) for rx in lexicon().tables):
        return "guard", "a line of a table of figures, not an act"
    hit = spans(lexicon().words.get("ignore"), view.low)
    if hit:
        return "guard", f"sport sentence ('{view.low[hit[0][0]:hit[0][1]]}')"
    return None


def _in_apposition(view: View, pos: int, mod: dict[str, Any]) -> bool:
    """Whether `pos` stands in an apposition: the words since the last comma before it open on one of
    [modality] apposition_openers ("người", "vốn", ...)."""
    comma = view.low.rfind(",", 0, pos)
    if comma < 0:
        return False
    head = view.low[comma + 1:pos].lstrip()
    return any(head.startswith(w + " ") for w in mod.get("apposition_openers", []))


def _purpose_condition(view: View, cs: int, cue: CueHit, at: int, word: str) -> bool:
    """Whether the conditional `word` at `at`, after `cue`, stands in the act's purpose: a [modality] purpose word
    ("nhằm", "để"; not one opening a [roles] fronted_phrase_not phrase, "để lại", "để ý") between them, and neither a
    restricting condition ([modality] conditional_restricting: "chỉ khi", "một khi") nor a [modality]
    restricting_before word ("chỉ") before the cue."""
    mod = lexicon().raw.get("modality", {})
    if word in mod.get("conditional_restricting", []) or set(view.low[max(cs, cue.start - 16):cue.start].split()) & set(
            mod.get("restricting_before", [])):
        return False
    return _purpose_rx().search(view.low[cue.end:at]) is not None


@lru_cache(maxsize=1)
def _purpose_rx() -> re.Pattern[str]:
    """A [modality] purpose word that opens no [roles] fronted_phrase_not phrase."""
    nots = "".join(rf"(?!{re.escape(fold(w))}\b)" for w in lexicon().raw.get("roles", {}).get("fronted_phrase_not", []))
    return re.compile(rf"(?:^|\s){nots}(?:{_alternatives(lexicon().raw.get('modality', {}).get('purpose', []))})\s")


def purpose_word(view: View, cs: int, cue_start: int) -> tuple[str, int] | None:
    """The purpose word ([modality] purpose: "để", "nhằm") right before a cue, and where it starts."""
    lo = max(cs, cue_start - 14)
    head = view.low[lo:cue_start].rstrip()
    word = next((w for w in lexicon().raw.get("modality", {}).get("purpose", [])
                 if head == w or head.endswith(" " + w)), None)
    return (word, lo + len(head) - len(word)) if word else None


@lru_cache(maxsize=1)
def _called_off_words() -> tuple[re.Pattern[str] | None, re.Pattern[str] | None]:
    """[modality] called_off_heads and called_off_stops as patterns (compiled once; a comma stops too)."""
    mod = lexicon().raw.get("modality", {})
    heads, stops = mod.get("called_off_heads", []), mod.get("called_off_stops", [])
    # (a head may open a quote: "“Chuyến thăm ... đã phải hoãn lại”- bà Merkel xác nhận")
    return (re.compile(rf"(?:^|[\s\"“(])(?:{_alternatives(heads)})\s") if heads else None,
            re.compile(rf",|(?:^|\s)(?:{_alternatives(stops)})(?:\s|$)") if stops else re.compile(","))


@lru_cache(maxsize=1)
def _cue_heads() -> re.Pattern[str] | None:
    """[modality] called_off_cue_heads, as a pattern at a cue's start."""
    heads = lexicon().raw.get("modality", {}).get("called_off_cue_heads", [])
    return re.compile(rf"(?:{_alternatives(heads)})(?:\s|$)") if heads else None


def _called_off(view: View, cue: CueHit, cs: int, ce: int) -> str | None:
    """A contact named as a thing ("chuyến công du của bà tới Washington gặp Tổng thống Trump đã bị hoãn lại")
    that its clause calls off soon after ([modality] consult_called_off) or says is still to come ("Cuộc gặp
    sắp diễn ra giữa Ngoại trưởng Mỹ với ...", consult_planned_after), the cue inside that phrase, with no
    other matter between (a comma, [modality] called_off_stops: "... sau khi", "về ...", "người ..."): it
    took no place."""
    heads, stops = _called_off_words()
    low = view.low
    lo = max(cs, cue.start - 60)
    # the head word may be the cue's own first word ("chuyến thăm")
    head = list(heads.finditer(low[lo:cue.start + 7])) if heads is not None else []
    # ... and a conference's noun only as the cue itself ("Hội nghị G20 sẽ diễn ra ...": not "đã dự Diễn đàn ...",
    # "Tại hội nghị X đã gặp Y"), with no past marker before the plan ("Hội nghị ... đã diễn ra ... sắp tới")
    conference = not head and (noun := _cue_heads()) is not None and noun.match(low, cue.start) is not None
    if not head and not conference:
        return None
    start = cue.start if conference else lo + head[-1].start()
    near, reach, predicates = _plan_reach()
    for words, what in (("consult_called_off", "was called off"), ("consult_planned_after", "is still to come")):
        for s, e in spans(lexicon().words.get(words), low[cue.end:min(ce, cue.end + reach)]):
            if conference and spans(lexicon().words.get("consult_done"), low[cue.end:cue.end + s]):
                continue
            # (only a plan that is the contact's own predicate, "sẽ diễn ra", reaches past `near` characters and past a
            # "và" between two actors; "sắp tới", "tới đây" qualify the noun next to them, "hợp tác trong thời gian sắp
            # tới")
            predicate = low[cue.end + s:cue.end + e].strip() in predicates
            if e > near and not predicate:
                continue
            between = low[start:cue.end + s]
            # (a plan after a [modality] planned_stops word is another contact's, "thành công của chuyến thăm ... của
            # Thủ tướng Abe và sắp tới Việt Nam đón Nhật Hoàng", and so is one past another contact, "cuộc điện đàm là
            # chuyến thăm Israel vào tuần tới"; one compared with is none, "sớm hơn dự kiến vào sáng 10/5")
            other = what == "is still to come" and bool(
                _planned_stop(view, start, between, joined_actors=predicate)
                or any(c.type == "CONSULT" and cue.end <= c.start < cue.end + s for c in view.cues)
                or _COMPARED.search(low, max(0, cue.end - 1), cue.end + s))
            plan = low[cue.end + s:cue.end + e]
            if what == "is still to come" and _may_pass_topic(low, cs, start, plan):
                between = _topic_passed(between, heads)
            other = other or (what == "is still to come" and not _subject_plan(low, cs, start, plan))
            if not stops.search(between) and not other:
                return f"'{low[cue.end + s:cue.end + e]}' after it: the contact {what}"
    return None


@lru_cache(maxsize=1)
def _plan_reach() -> tuple[int, int, frozenset[str]]:
    """[modality] called_off_near, called_off_reach and planned_predicates, read once (not per contact)."""
    mod = lexicon().raw.get("modality", {})
    return (int(mod.get("called_off_near", 80)), int(mod.get("called_off_reach", 80)),
            frozenset(mod.get("planned_predicates", [])))


def _planned_stop(view: View, start: int, between: str, joined_actors: bool) -> bool:
    """Whether a [modality] planned_stops word in `between` (the text from the contact's head to its plan, which
    starts at `start` in the sentence) starts another predicate whose plan it is ("thành công của chuyến thăm ... của
    Thủ tướng Abe và sắp tới Việt Nam ..."). Not one inside a phrase of [modality] planned_stops_not ("Chủ tịch nước
    và phu nhân"), nor, before a plan of [modality] planned_predicates (`joined_actors`), a "và" that joins two actors
    ("cuộc gặp giữa Thủ tướng ... và Tổng thống Donald Trump sẽ diễn ra ...": one actor ends right before it and
    another starts right after it; before "sắp tới" it may open a clause: "kết thúc chuyến thăm Nhật Bản và Mỹ sắp tới
    sẽ là điểm đến tiếp theo")."""
    nots = spans(lexicon().words.get("planned_stops_not"), between)
    for s, e in spans(lexicon().words.get("planned_stops"), between):
        at, to = start + s, start + e
        if any(ns <= s and e <= ne for ns, ne in nots):
            continue
        if joined_actors and any(0 <= at - sl.end <= 1 for sl in view.slots) \
                and any(0 <= sl.start - to <= 1 for sl in view.slots):
            continue
        return True
    return False


def _subject_plan(low: str, cs: int, start: int, plan: str) -> bool:
    """Whether a plan of [modality] planned_subject_only (an agenda: "sẽ tập trung") may be the contact's: only where
    the contact opens its clause, at most [modality] planned_subject_leads words before its head. Any other plan
    may."""
    mod = lexicon().raw.get("modality", {})
    if plan.strip() not in mod.get("planned_subject_only", []):
        return True
    leads = set(mod.get("planned_subject_leads", []))
    return all(w in leads for w in re.findall(r"\w+", low[cs:start]))


def _may_pass_topic(low: str, cs: int, start: int, plan: str) -> bool:
    """Whether a plan may be the contact's past its topic (`_topic_passed`): a plan of [modality] planned_past_topic,
    for a contact no past marker ([modality] consult_done) stands before in its clause."""
    mod = lexicon().raw.get("modality", {})
    return plan.strip() in mod.get("planned_past_topic", []) and not spans(lexicon().words.get("consult_done"),
                                                                            low[cs:start])


@lru_cache(maxsize=1)
def _planned_topics() -> re.Pattern[str] | None:
    """[modality] planned_topics as a pattern of a whole word (compiled once)."""
    words = lexicon().raw.get("modality", {}).get("planned_topics", [])
    return re.compile(rf"(?:^|\s)(?:{_alternatives(words)})\s") if words else None


def _topic_passed(between: str, heads: re.Pattern[str] | None) -> str:
    """`between` without its first [modality] planned_topics word where the topic after it names no event of its
    own (no word of called_off_heads or called_off_cue_heads in it): a plan said of the contact past its topic is
    the contact's ("cuộc tham vấn cấp Thứ trưởng Ngoại giao về các vấn đề quan hệ song phương sẽ diễn ra vào ngày
    17/7"), not one said of an event the topic names ("cuộc hội đàm về cuộc bầu cử sẽ diễn ra ...")."""
    rx = _planned_topics()
    m = rx.search(between) if rx is not None else None
    if m is None:
        return between
    topic = " " + between[m.end():]
    nouns = _cue_heads()
    if (heads is not None and heads.search(topic)) or (nouns is not None and nouns.search(topic)):
        return between
    return between[:m.start()] + topic


_COMPARED = re.compile(r"(?:^|\s)(?:hơn|như)\s*$")  # a plan compared with ("theo dự kiến" is the plan itself)


def _later_event(view: View, cue: CueHit) -> str | None:
    """A contact right after [modality] consult_later ("một ngày trước khi diễn ra các cuộc gặp của nhóm G7"): a
    later event the report orders the act before, not the contact reported (and it plans none coordinated with it)."""
    later = _consult_later()
    if later is not None and (m := later.search(view.low, max(0, cue.start - 40), cue.start)):
        return f"'{m.group(1)}' right before it: a later event, not the contact reported"
    return None


@lru_cache(maxsize=1)
def _consult_later() -> re.Pattern[str] | None:
    """[modality] consult_later, then at most one word ("các", "cuộc"), right before a contact cue (compiled once)."""
    words = lexicon().raw.get("modality", {}).get("consult_later", [])
    return re.compile(r"(" + _alternatives(words) + r")(?:\s+\S+)?\s*$") if words else None


@lru_cache(maxsize=4)
def _plan_opener(words: tuple[str, ...]) -> re.Pattern[str] | None:
    """One of [modality] consult_plan_openers, then a comma, opening a clause (compiled once)."""
    return re.compile(r"\s*(" + _alternatives(list(words)) + r")\s*,") if words else None


_COMMA = re.compile(r"(?<!\d),|,(?!\d)")  # a comma that ends a stretch of a clause (not a decimal comma)


def _plan_reaches(view: View, start: int, cue_start: int) -> bool:
    """Whether the plan an opener states reaches the cue: up to the next comma, or past commas when only words of
    [modality] consult_plan_listing stand between the last of them and the cue ("Theo kế hoạch, Tổng thống Mỹ ... sẽ
    đến Israel ngày 22/5, lần lượt hội đàm với ...": more deeds of the plan listed), not a new clause's words."""
    commas = [c.end() for c in _COMMA.finditer(view.low, start, cue_start)]
    if not commas:
        return True
    rest = view.low[commas[-1]:cue_start].strip()
    if not rest:
        return True
    listing = lexicon().raw.get("modality", {}).get("consult_plan_listing", [])
    return bool(listing) and re.fullmatch(r"(?:(?:" + _alternatives(listing) + r")\s*)+", rest) is not None


def cue_unreal(view: View, cue: CueHit, subject_end: int | None, prev: CueHit | None = None) -> str | None:
    """Why this cue reports no act (negated, doubted, conditional, framed), or None."""
    lex = lexicon()
    mod = lex.raw.get("modality", {})
    cs, ce = view.clause(cue.start)
    reach = int(mod.get("reach", 32))
    lo = max(cs, cue.start - reach, subject_end if subject_end is not None and subject_end <= cue.start else cs)
    masks = spans(lex.words.get("not_neg"), view.low)
    for s, e in spans(lex.words.get("neg"), view.low[lo:cue.start]):
        if not _inside((lo + s, lo + e), masks):
            return f"'{view.low[lo + s:lo + e]}' before the cue"
    if cue.type == "CONSULT":
        # A contact hoped for or planned; from the previous cue on (what follows "và" is another verb).
        clo = max(lo, prev.end if prev is not None and prev.type != "CONSULT" and prev.end <= cue.start else lo)
        # ... but a previous cue that runs straight into this one and plans it in its own words is this one's
        # modality ("ông Trump cũng khẳng định sẽ tham dự hội nghị thượng đỉnh NATO": no attendance yet).
        if clo > lo and prev is not None and not view.low[prev.end:cue.start].strip():
            for s, e in spans(lex.words.get("consult_neg"), view.low[prev.start:prev.end]):
                return f"'{view.low[prev.start + s:prev.start + e]}' in '{view.low[prev.start:prev.end]}' right before it: " \
                       "the contact has not taken place"
        for s, e in spans(lex.words.get("consult_neg"), view.low[clo:cue.start]):
            # "Nga sẵn sàng hợp tác và đã hội đàm ...": a past act after the plan took place ([modality] consult_done)
            if spans(lex.words.get("consult_done"), view.low[clo + e:cue.start]):
                continue
            return f"'{view.low[clo + s:clo + e]}': the contact has not taken place"
        why = _later_event(view, cue)
        if why:
            return why
        why = _called_off(view, cue, cs, ce)
        if why:
            return why
        # "sẽ tới thăm ... đồng thời gặp gỡ ...": a planned verb plans the contacts coordinated with it.
        coord = mod.get("consult_coordinators", [])
        # So does a comma that lists the next verb ("sẽ hội đàm với ..., gặp gỡ ..."), unless the
        # planned one stands in an apposition ("Abe, người sẽ gặp Putin ..., hội đàm với Trump").
        between = view.low[prev.end:cue.start] if prev is not None else ""
        listed = between.rstrip().endswith(",") and prev is not None and not _in_apposition(view, prev.start, mod)
        # (not a later event's: "Trước khi diễn ra hội đàm, hai Thủ tướng ... đã có cuộc gặp riêng")
        if prev is not None and prev.type == "CONSULT" and cs <= prev.start and not _later_event(view, prev) \
                and (any(f" {w} " in f" {between} " for w in coord) or listed):
            why = cue_unreal(view, prev, subject_end)
            if why:
                return f"coordinated with a contact not taken place ({why})"
        # "Trong khuôn khổ chuyến thăm, Thủ tướng sẽ hội đàm ...": an opening frame names the
        # occasion of the clause after it, and shares its plan.
        comma = view.low.find(",")
        if 0 < comma and cue.end <= comma and view.low.lstrip().startswith(tuple(mod.get("consult_frames", []))):
            # The frame ends at its comma; what follows up to the next comma is the clause it opens.
            stop = view.low.find(",", comma + 1)
            main = view.low[comma + 1:stop if stop > 0 else len(view.low)]
            first_contact = next((c.start - comma - 1 for c in view.cues if c.type == "CONSULT" and c.start > comma),
                                 len(main))
            for s, e in spans(lex.words.get("consult_neg"), main[:first_contact]):
                return f"an opening frame of a clause that plans it ('{main[s:e]}')"
        # "Dự kiến, Hội đồng Bảo an ... nhóm họp tối 17/5": a clause opening on a plan and a comma plans its contacts
        # (the look-back above starts at the subject, after it), unless a past marker stands between.
        # Only in the stretch it opens, up to the next comma (past it only over more deeds listed: _plan_reaches) or
        # verb of speech ("Dự kiến, kim ngạch ... đạt 10 tỷ USD, Bộ trưởng ... cho biết tại cuộc hội đàm ..." reports
        # a meeting held), and a past marker counts only in the contact's own verb group, right before it.
        opener = _plan_opener(tuple(mod.get("consult_plan_openers", [])))
        m = opener.match(view.low, cs) if opener is not None else None
        if m and m.end() <= cue.start and _plan_reaches(view, m.end(), cue.start) \
                and not any(m.end() <= s < cue.start for s, _e in view.speech) \
                and not spans(lex.words.get("consult_done"),
                              view.low[max(m.end(), cue.start - int(mod.get("consult_done_reach", 12))):cue.start]):
            return f"a clause opening on '{m.group(1)}': the contact has not taken place"
    found = purpose_word(view, cs, cue.start)
    # "viện trợ 1 triệu USD để hỗ trợ Việt Nam": the purpose restates the same act (and names its recipient).
    # Ships, forces or goods sent, or a joint effort, to help are the help ([modality] dispatch).
    # (not after an obligation, which asks someone to act: "chính sách ... phải ... để yêu cầu Trung Quốc ...")
    # (nor after a trip: "đã bay tới Singapore để gặp ..." plans the meeting, rule setting destination)
    if found and not (prev is not None and prev.type == cue.type and cs <= prev.start
                      and not (prev.type == "REQUEST" and prev.rule.direction == "receive")
                      and not prev.rule.destination
                      and cue_unreal(view, prev, subject_end) is None) \
            and not (cue.type == "AID" and spans(lex.words.get("dispatch"), view.low[cs:found[1]])):
        return f"purpose of another act ('{found[0]} ...')"
    after = int(mod.get("after_reach", 80))
    for s, e in spans(lex.words.get("conditional"), view.low[cs:ce]):
        s, e = cs + s, cs + e
        # (after the cue, one inside its purpose is the purpose's: "đã ký Hiệp ước quốc phòng chung nhằm bảo vệ lẫn nhau
        # trong trường hợp ... bị tấn công"; not a restriction of the act, "chỉ khi", "một khi", "chỉ ký ... nếu")
        if s > cue.end and _purpose_condition(view, cs, cue, s, view.low[s:e]):
            continue
        if s < cue.start or s - cue.end <= after:
            return f"conditional '{view.low[s:e]}' in the clause"
    # (only in the stretch since the last comma: "Dù nhiều khả năng Mỹ sẽ phản đối, ... vẫn ký" signs)
    gs = max([cs, *(m.end() for m in _COMMA.finditer(view.low, cs, cue.start))])
    # ... and not over a cue right after a word that tells it as a fact ([modality] guess_ends: "dường như ... sau
    # cuộc gặp với ...", "dường như mất kiên nhẫn và kêu gọi ...")
    told = spans(lex.words.get("guess_ends"), view.low[gs:cue.start])
    if not (told and not view.low[gs + told[-1][1]:cue.start].strip()):
        for s, e in spans(lex.words.get("speculative"), view.low[gs:cue.start]):
            return f"a guess: '{view.low[gs + s:gs + e]}' before it ([modality] speculative)"
    for rx in lex.frames:
        for m in rx.finditer(view.low, cs, ce):
            if m.start() <= cue.start and cue.end <= m.end() + 1:
                return f"framed by '{m.group(0).strip()}'"
    return None
