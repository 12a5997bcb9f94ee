"""Cue rules → records, sentence by sentence, with the event context carried along.

For each sentence the cues of `cues.toml`/`measures.tsv` are found (cues.py),
then each cue is checked against its rule's own conditions (conditions.py),
given its actors (roles.py, subjects.py, window.py), its date (context.py), and is
judged by the handler its type declares in types.toml (handlers.py). The
checks that keep domestic news out are the guide's: a cooperation record needs
two different codes, an AID a named recipient or an amount, a MEASURE a state
that takes it (not one that calls for it). A cue that gives no record leaves a
`Drop` on the document saying why (NGEC's reason strings, on every decision).
"""

from __future__ import annotations

from dataclasses import replace

from hoptac.mentions.title_dates import published_day
from hoptac.model import Actor, CueMention, Document, Drop, Mention, Record
from hoptac.records.aid import NO_GIVER, subsume_aid
from hoptac.records.aid_amounts import licenses_aid
from hoptac.records.aid_restates import continues_aid, purpose_restates
from hoptac.records.carry import carry, sentence_pair
from hoptac.records.conditions import applicable
from hoptac.records.context import Context, date_of
from hoptac.records.occasions import occasions
from hoptac.records.cues import CueHit, lexicon, lower, spans
from hoptac.records.between import between_list
from hoptac.records.handlers import HANDLERS, Candidate, SentenceState
from hoptac.records.measure_source import epidemic_only, firms_rule, measure_words, note_places, only_state
from hoptac.records.modality import cue_unreal, sentence_unreal
from hoptac.records.quotes import first_person_speaker, quote_speaker
from hoptac.records.fronted import fronted_subject, fronted_window_end
from hoptac.records.gate import GATED
from hoptac.records.roles import MentionIndex, Slot, View, build_view
from hoptac.records.subjects import is_reported, owner_agent, subject
from hoptac.records.window import objects, topic_partner, window_end
from hoptac.records.types import record_types
from hoptac.text.normalise import normalise
from hoptac.text.sentences import bracketed_teaser


def find_records(doc: Document) -> Document:
    """Fill doc.records (and doc.drops, the cues that gave none) from sentences and mentions; nothing in
    a document the mentions stage found can hold no record (records/gate.py)."""
    if doc.norm is None:
        doc.norm = normalise(doc.text)
    if doc.scratch.get(GATED):
        doc.records, doc.drops, doc.cues = [], [], []  # no record possible (records/gate.py)
        return doc
    ctx = Context()
    pub = published_day(doc)
    ctx.published = pub.isoformat() if pub is not None else None
    # The body and title only (a menu or a teaser of the page may mention Covid), twice at least.
    told = lower(" ".join([doc.title or "", *(s.text for s in doc.sentences)]))
    named = len(spans(measure_words("epidemic_words"), told))
    ctx.epidemic = named >= 2
    # A whole story that never names an epidemic has no epidemic measure ([MEASURE] epidemic_only).
    ctx.no_epidemic = named == 0 and epidemic_only(len(doc.sentences))
    doc.records, doc.drops, doc.cues = [], [], []
    index = MentionIndex(doc)
    frames = occasions(doc)
    for sent in doc.sentences:
        ctx.occasion, ctx.sentence = frames[sent.index], sent.index
        view = build_view(doc, sent, index)
        if view.bare:
            continue  # nothing to find and nothing to carry (`_sentence` would change nothing)
        doc.records += _sentence(doc, view, ctx)
        doc.records += ctx.completed  # arrivals given their giver by this sentence
        ctx.completed = []
    return doc


# How many sentences after a measure a sentence that names nobody still reports that state's measures.
_MEASURE_CARRY = 2


def drop(doc: Document, view: View, cue: CueHit, kind: str, reason: str) -> None:
    """Keep why a cue gave no record, with the cue's place in the original text."""
    start, end = doc.to_original(view.ns + cue.start, view.ns + cue.end)
    doc.drops.append(Drop(cue.type, cue.rule.name, view.sentence.index, start, end, doc.text[start:end],
                          kind, reason))


def _select(doc: Document, view: View, epidemic: bool, no_epidemic: bool = False) -> list[CueHit]:
    """Cues that stand as records: conditions met, not absorbed, not inside a request/agreement."""
    cues = list(view.cues)
    out: list[CueHit] = []
    purpose_at: tuple[int, int] | None = None  # a purpose clause: no cue in it is an act
    for i, cue in enumerate(cues):
        later = [c.start for c in cues[i + 1:] if c.start > cue.start]
        _cs, ce = view.clause(cue.start)
        why = applicable(view, cue, min(later[0], ce) if later else ce, epidemic, no_epidemic)
        if why:
            drop(doc, view, cue, *why)
            continue
        subj = subject(view, cue.start)
        # A request named by its owner was made whatever its answer: "không đáp lại lời kêu gọi của Mỹ".
        unreal = None if cue.rule.direction == "owner" else \
            cue_unreal(view, cue, subj[-1].end if subj else None, cues[i - 1] if i else None)
        if unreal is None and purpose_at is not None and purpose_at[0] <= cue.start < purpose_at[1]:
            unreal = "inside the purpose clause of another act"
        if unreal:
            if unreal.startswith("purpose"):
                purpose_at = (cue.start, view.clause(cue.start)[1])
            drop(doc, view, cue, "modality", unreal)
            continue
        nxt = next((c for c in cues[i + 1:] if c.start >= cue.end), None)
        # "cam kết viện trợ", "khẳng định sẽ hỗ trợ": the promise is the AID's status, not an AGREE.
        # (not help named by its owner, the means of the deed: "đạt thỏa thuận ... với sự hỗ trợ của Nhật Bản")
        if cue.type == "AGREE" and nxt is not None and nxt.type == "AID" and nxt.start - cue.end <= 25 \
                and nxt.rule.owner_words is None \
                and cue.rule.group != "signed":
            drop(doc, view, cue, "scope", f"a promise of the AID '{view.low[nxt.start:nxt.end]}': its status")
            continue
        out.append(cue)
    kept: list[CueHit] = []
    types = record_types()
    for cue in out:
        cs, _ce = view.clause(cue.start)
        # An obligation ("... cần phải ...") asks someone to act; what it asks is not thereby unreal.
        governing = [g for g in kept if cue.type in types[g.type].governs and g.start >= cs
                     and g.rule.direction != "receive"
                     and not (g.rule.between_only and len(between_list(view, g)) < 2)]  # (no agreement: no scope)
        governing = [g for g in governing if not view.has("speech", g.end, cue.start)
                     and "đồng thời" not in view.low[g.end:cue.start]
                     and (g.rule.governs_reach is None or (cue.start - g.end <= g.rule.governs_reach
                                                           and "," not in view.low[g.end:cue.start]))]
        if governing:
            g = governing[0]
            drop(doc, view, cue, "scope", f"inside the {g.type} '{view.low[g.start:g.end]}' of its clause")
        else:
            kept.append(cue)
    return kept


def mention(view: View, cue: CueHit, conf: float, reason: str) -> Mention:
    """The sentence as evidence of a record, with the rule, confidence and reason."""
    s = view.sentence
    return Mention(s.index, s.start, s.end, s.text, cue.rule.name, round(conf, 3), reason)


def _actors(slots: list[Slot]) -> list[Actor]:
    """The actors of these slots, each once: a subject that is also among the objects (a list read both ways)
    was listed twice in the record's detail."""
    out: dict[tuple[int, int, str | None], Actor] = {}
    for sl in slots:
        if sl.actor is not None:
            out.setdefault((sl.actor.start, sl.actor.end, sl.actor.code), sl.actor)
    return list(out.values())


def _sentence(doc: Document, view: View, ctx: Context) -> list[Record]:
    for cue in sorted(view.cues + view.in_names + view.not_acts, key=lambda c: c.start):
        start, end = doc.to_original(view.ns + cue.start, view.ns + cue.end)
        doc.cues.append(CueMention(cue.type, cue.rule.name, view.sentence.index, start, end, doc.text[start:end]))
    for cue in view.in_names:
        name = next(sl.text for sl in view.slots if sl.code and sl.start < cue.end and cue.start < sl.end)
        drop(doc, view, cue, "guard", f"inside the name '{name}'")
    for cue in view.not_acts:
        m = cue.rule.objects_not.match(view.low, cue.end)  # type: ignore[union-attr]
        drop(doc, view, cue, "guard", f"'{m.group(0).strip() if m else ''}' right after it: no act of its type "
                                      f"([{cue.type}.{cue.rule.group}] objects_not)")
    if bracketed_teaser(view.sentence.text):
        # Another article's title in brackets: no act of this one, and no actor to carry on (its "hai
        # bên" or last state would lend the next sentence another story's parties).
        for cue in view.cues:
            drop(doc, view, cue, "guard", "another article's title in brackets (a related-news link)")
        return []
    note_places(view, ctx)
    if _only_carries(view, ctx):
        carry(view, ctx)
        return []
    unreal = sentence_unreal(view)
    if unreal:
        for cue in view.cues:
            drop(doc, view, cue, *unreal)
        carry(view, ctx)
        return []
    cues = _select(doc, view, ctx.epidemic, ctx.no_epidemic)
    sentence_pair(view, ctx)
    records: list[Record] = []
    state = SentenceState()
    types = record_types()
    stood: dict[str, CueHit] = {}  # the cue behind the sentence's first record of each type
    aids: list[tuple[CueHit, Record]] = []  # the sentence's AID records and their cues, for `purpose_restates`
    # A cue that stands alone only ([CONSULT.together], [AID.arrived]) comes last and gives way to another of its
    # type that gave a record (not to one called off, inside a request or lacking a party: "gặp nhau tại Hamburg và
    # đề nghị tổ chức một cuộc hội đàm", "Chuyến bay hỗ trợ đầu tiên của Mỹ, ... đã tới Ấn Độ").
    # It ends no window of another cue where such a rival stands ("Số vắc xin Trung Quốc tặng Campuchia đã đến
    # Phnom Penh": 'đã đến' makes the gift delivered).
    rivals = {c.type for c in cues if not c.rule.alone}
    ends = [c for c in cues if c.rule.ends_window and not (c.rule.alone and c.type in rivals)]
    for i in sorted(range(len(cues)), key=lambda k: cues[k].rule.alone):
        cue = cues[i]
        if cue.rule.alone and (other := stood.get(cue.type)) is not None:
            drop(doc, view, cue, "scope", f"the {cue.type} '{view.low[other.start:other.end]}' of its sentence says it")
            continue
        declared = types[cue.type]
        if cue.type == "REQUEST" and cue.rule.direction == "receive" and not any(
                0 <= cue.start - sl.end <= _OBLIGED_GAP for sl in view.slots):
            # The obligation handler's first test, made before the costly search for actors and
            # dates: "cần" and "phải" are in most sentences, a state right before them in few.
            drop(doc, view, cue, "party", "no state right before the obligation")
            continue
        j = next((k for k, c in enumerate(ends) if c.start >= cue.end), len(ends))
        nxt = ends[j].start if j < len(ends) else None
        wend = window_end(view, cue, nxt)
        # Coordinated verbs share their object: "ủng hộ, hỗ trợ để Việt Nam ...", "hỗ trợ và chia sẻ với Lào".
        shared, lead = nxt, cue.end
        # So does a verb that answers a request named by its owner: "nhất trí với lời kêu gọi của Mỹ".
        while shared is not None and j < len(ends) and (view.low[cue.end:shared].strip(" ,") in ("", "và", "hoặc")
                                                        or (ends[j].rule.direction == "owner" and shared - cue.end <= 8)):
            after = next((c.start for c in ends[j + 1:] if c.start >= ends[j].end), None)
            # (a list after a verb of another type is its object, not this cue's: "chuyến công du, kêu gọi một số nước
            # như Mỹ, Hàn Quốc ..." visits none of them)
            lead = ends[j].end if ends[j].type == cue.type else lead
            wend, shared, j = window_end(view, ends[j], after), after, j + 1
        _cs, ce = view.clause(cue.start)
        owners, asked = owner_agent(view, cue)  # "sự giúp đỡ của X trong việc cung cấp ...": X gives
        own = [] if owners else subject(view, cue.start, states_only=declared.roles == "source")
        front = [] if owners or own else fronted_subject(view, cue.start, cue.end)
        subj = owners or [sl for sl in (own or front) if sl not in asked]
        if front:
            wend = fronted_window_end(view, cue, front[0], wend)
        why_source = "source: the owner of the help named before the verb ([roles] owner_agent_deeds)" if owners else ""
        if subj and cue.type in _SPOKEN and (said := first_person_speaker(view, cue.start)):
            # ("“..., chúng tôi hy vọng ...” – thông cáo Bộ Ngoại giao Trung Quốc cho biết": not a state named before)
            subj, why_source = said, "source: the speaker named after the quote, in its first person ([roles] first_person)"
        elif not subj and cue.type in _SPOKEN and (said := quote_speaker(view, cue.start)):
            # What a quote asks or thanks for is its speaker's, named after it (no measure, no gift: a speaker's
            # words about distancing or "hỗ trợ khai thác lợi thế" take and give nothing).
            subj, why_source = said, "source: the speaker named after the quote"
        conf = cue.rule.confidence
        carried = False
        if subj:
            source = ctx.codes(subj)
            if cue.start - subj[-1].end > 120:
                conf *= 0.85
        elif ctx.carried and declared.roles != "source":
            source, carried, conf = list(ctx.carried), True, conf * 0.8
        elif declared.roles == "source" and (auth := _authority(view, cue, ctx)):
            (source, word), carried, conf = auth, True, conf * 0.8
            why_source = f"source: the authority '{word}' (cues.toml [roles] authorities)"
        elif (ctx.carried or ctx.last_state) and declared.roles == "source" and _directive(view, cue):
            # A directive of a list acts for the authority named before, else the last state named.
            states = [c for c in ctx.carried if c != "INTL"] or [ctx.last_state]
            source, carried, conf = states, True, conf * 0.8
        elif declared.roles == "source" and ctx.last_measure and not view.slots \
                and view.sentence.index - ctx.last_measure_at <= _MEASURE_CARRY and not firms_rule(view, cue):
            # A report of measures goes on about the same state: "Trong ngày 26/4, có thêm 50.104 người
            # được tiêm chủng" after the province's testing names no state, and needs none.
            source, carried, conf = list(ctx.last_measure), True, conf * 0.75
            why_source = "source: the state of the document's last measure (the sentence names no state)"
        elif declared.roles == "source" and (only := only_state(view, cue, ctx)):
            (code, factor, why_source), carried = only, True
            source, conf = [code], conf * factor
        elif declared.roles == "source" and firms_rule(view, cue):
            drop(doc, view, cue, "guard", "a firm imposes it, and no state stands before it: no state's measure "
                                          "(cues.toml [MEASURE] private)")
            continue
        else:
            source = []
        objs = objects(view, cue.end, wend, cue.type)
        # (a partner named before the topic, after the verb or in the subject, is the contact's: none after it)
        if not any(o.code for o in objs) and (partners := topic_partner(view, cue, wend)) \
                and len(set(ctx.codes(subj))) <= 1:
            objs += partners
        rec = Record(type=cue.type, rule=cue.rule.name, actors=_actors(subj + objs), **cue.rule.fields)
        # A contact named in what someone says ("nhấn mạnh việc Thủ tướng dự Hội nghị G20") is a
        # background event: the occasion of the report does not date it.
        background = not declared.inherits_event_date and is_reported(view, cue.start)
        # An agreement named as a noun (rule setting between_only) is a fact of its own: only a date of its own dates it.
        named_fact = cue.rule.between_only
        rec.date, rec.date_reason = date_of(view, cue, cues, ctx, inherit=declared.inherits_event_date and not named_fact,
                                            occasion=not (background or named_fact), own_after=named_fact)
        cand = Candidate(view, cue, cues, i, rec, subj, objs, source, conf,
                         why_source or f"source {'carried from earlier sentences' if carried else 'before the cue'}",
                         min(nxt, ce) if nxt is not None else ce, declared, carried, lead)
        why = HANDLERS[declared.handler](cand, ctx, state)
        if why is not None:
            if rec.type == "AID" and why[1] == NO_GIVER and licenses_aid(rec.quantities) and rec.status == "delivered":
                rec.mentions = [mention(view, cue, round(min(cand.conf, 1.0), 3), "an arrival awaiting its giver")]
                ctx.pending_aid = rec
                why = (why[0], f"{why[1]}: kept for the next sentence to name it ('Số vắc xin này do ...')")
            if why[0] == "merge":  # it restates a record already made: it stood
                stood.setdefault(cue.type, cue)
            drop(doc, view, cue, *why)
            continue
        if not rec.mentions:  # the consult handler writes its own
            rec.confidence = round(min(cand.conf, 1.0), 3)
            rec.mentions = [mention(view, cue, rec.confidence, cand.why)]
        if rec.type == "AID" and continues_aid(view, rec, ctx):
            stood.setdefault(cue.type, cue)
            drop(doc, view, cue, "merge", f"continues the aid of sentence {ctx.last_aid.mentions[0].sentence}"  # type: ignore[union-attr]
                 " ('Số vắc xin này', 'Đây là lô ...')")
            continue
        if rec.type == "AID" and (into := purpose_restates(view, cue, rec, aids, state.borrowed)) is not None:
            into[1].mentions += rec.mentions
            stood.setdefault(cue.type, cue)
            drop(doc, view, cue, "merge", f"the purpose of the AID '{view.low[into[0].start:into[0].end]}' before it in "
                                          "its clause, which it restates ('tài trợ 40 triệu AUD để hỗ trợ ...')")
            continue
        if rec.type == "AID":
            aids.append((cue, rec))
        records.append(rec)
        stood.setdefault(rec.type, cue)
        for parts in state.siblings:  # a visit to several hosts: one visit to each
            records.append(replace(rec, participants=parts, actors=list(rec.actors), mentions=list(rec.mentions)))
        state.siblings = []
        if rec.type == "MEASURE":
            ctx.last_measure, ctx.last_measure_at = list(rec.source), view.sentence.index
            ctx.measure_states.update(rec.source)
        if rec.type == "AID":
            ctx.last_aid = rec
    for vague, specific in subsume_aid(records, state.borrowed):
        m = vague.mentions[0]
        doc.drops.append(Drop(vague.type, vague.rule, m.sentence, m.start, m.end, vague.rule.split(":", 3)[-1], "merge",
                              f"a vague AID beside the specific one of the same giver ({specific.rule})"))
    carry(view, ctx)
    return records


def _only_carries(view: View, ctx: Context) -> bool:
    """Whether all a sentence does is pass on its subject, pair and states (`carry`): it holds no cue, and
    either no pair word or an event in force, so whether it is unreal and what `_select` keeps change
    nothing. Most sentences are such. (Within an event of more than two parties `sentence_pair` would set
    the pair a cue-less sentence names before its pair word; it is skipped there, and `carry` keeps only
    a pair named together.)"""
    return not view.cues and (ctx.event is not None or not any(sl.pair for sl in view.slots))


def _directive(view: View, cue: CueHit) -> bool:
    """A one-side act with no actor named, opening its sentence: an item of a list of
    directives ("Tạm dừng hoạt động các cơ sở ...") under the authority named before."""
    lead = view.low[:cue.start]
    return not view.slots and len(lead) <= lexicon().raw.get("roles", {}).get("directive_reach", 30) \
        and not lead.lstrip(" -–•*+").startswith(tuple(lexicon().raw.get("roles", {}).get("nominal", [])))


def _authority(view: View, cue: CueHit, ctx: Context) -> tuple[list[str], str] | None:
    """([state], word) for an authority named without its state before the cue, in its clause or
    opening the sentence: an office only Việt Nam has acts for the home state ("Sở Y tế chỉ đạo ...");
    another ("Bộ Y tế", "chính quyền") for the state named last as a place (one named as where travellers came from
    is none: measure_source.note_places), when the sentence names no state."""
    roles = lexicon().raw.get("roles", {})
    cs, _ce = view.clause(cue.start)
    for kind, home in (("home_authorities", True), ("authorities", False)):
        rx = lexicon().words.get(kind)
        hit = rx and (rx.search(view.low[cs:cue.start]) or rx.search(view.low[:min(cue.start, 40)]))
        if not hit:
            continue
        if home and roles.get("home_state"):
            return [str(roles["home_state"])], hit.group(0)
        if ctx.last_place and not any(sl.is_state for sl in view.slots):
            return [ctx.last_place], hit.group(0)
    return None


_SPOKEN = ("REQUEST", "SUPPORT")  # the acts a speaker performs by saying the quote
_OBLIGED_GAP = 12  # characters: as directed_roles.obliged
