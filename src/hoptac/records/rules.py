"""Cue rules → records, sentence by sentence, with the event context carried along.

For each sentence the cues of `cues.toml`/`measures.tsv` are found (cues.py),
then each cue is given its actors (roles.py), its date (context.py) and its
type's fields. The checks that keep domestic news out are the guide's: a
cooperation record needs two different codes, an AID a named recipient or an
amount, a MEASURE a state that takes it (not one that calls for it).
"""

from __future__ import annotations

import re

from hoptac.model import Actor, Document, Mention, Record
from hoptac.records.context import COMPATIBLE, Context, date_of, own_date
from hoptac.records.aid import amounts as _amounts, category as _category, fill_aid, is_money, subsume_aid
from hoptac.records.cues import CueHit, lexicon, spans
from hoptac.records.modality import cue_unreal, sentence_unreal
from hoptac.records.roles import MentionIndex, Slot, View, build_view, is_reported, objects, subject, window_end
from hoptac.text.normalise import normalise

_SCOPE = {"REQUEST": {"AID", "SUPPORT", "AGREE", "CONSULT"}, "AGREE": {"AID", "SUPPORT"}}


def find_records(doc: Document) -> Document:
    """Fill doc.records from sentences, actors, dates and quantities."""
    if doc.norm is None:
        doc.norm = normalise(doc.text)
    ctx = Context()
    doc.records = []
    index = MentionIndex(doc)
    for sent in doc.sentences:
        view = build_view(doc, sent, index)
        doc.records += _sentence(view, ctx)
    return doc


def _applicable(view: View, cue: CueHit, qend: int) -> bool:
    """The cue's own conditions: required amounts or items, and clause blockers."""
    rule = view and cue.rule
    qs = _amounts(view, cue.start, qend)
    need = {"quantity": bool(qs), "money": any(is_money(q) for q in qs),
            "item": bool(qs) or any(spans(rx, view.low[cue.start:qend]) for rx in lexicon().categories.values())}
    if rule.requires and not need.get(rule.requires, True):
        return False
    if rule.unless and need.get(rule.unless, False):
        return False
    cs, ce = view.clause(cue.start)
    return not any(b in view.low[cs:ce] for b in rule.blockers)


def _select(view: View) -> list[CueHit]:
    """Cues that stand as records: conditions met, not absorbed, not inside a request/agreement."""
    cues = list(view.cues)
    out: list[CueHit] = []
    for i, cue in enumerate(cues):
        later = [c.start for c in cues[i + 1:] if c.start > cue.start]
        _cs, ce = view.clause(cue.start)
        if not _applicable(view, cue, min(later[0], ce) if later else ce):
            continue
        subj = subject(view, cue.start)
        if cue_unreal(view, cue, subj[-1].end if subj else None, cues[i - 1] if i else None):
            continue
        nxt = next((c for c in cues[i + 1:] if c.start >= cue.end), None)
        # "cam kết viện trợ", "khẳng định sẽ hỗ trợ": the promise is the AID's status, not an AGREE.
        if cue.type == "AGREE" and nxt is not None and nxt.type == "AID" and nxt.start - cue.end <= 25 \
                and cue.rule.group != "signed":
            continue
        out.append(cue)
    kept: list[CueHit] = []
    for cue in out:
        cs, _ce = view.clause(cue.start)
        governing = [g for g in kept if g.type in _SCOPE and cue.type in _SCOPE[g.type] and g.start >= cs]
        governing = [g for g in governing if not view.has("speech", g.end, cue.start)
                     and "đồng thời" not in view.low[g.end:cue.start]]
        if not governing:
            kept.append(cue)
    return kept


def _mention(view: View, cue: CueHit, conf: float, reason: str) -> Mention:
    s = view.sentence
    return Mention(s.index, s.start, s.end, s.text, cue.rule.name, round(conf, 3), reason)


def _actors(slots: list[Slot]) -> list[Actor]:
    return [sl.actor for sl in slots if sl.actor is not None]


def _sentence(view: View, ctx: Context) -> list[Record]:
    if sentence_unreal(view):
        _carry(view, ctx)
        return []
    cues = _select(view)
    _sentence_pair(view, ctx)
    records: list[Record] = []
    prev_measure_end = 0
    borrowed: set[int] = set()  # AIDs whose item was named by the next verb: still vague
    for i, cue in enumerate(cues):
        nxt = next((c.start for c in cues[i + 1:] if c.start >= cue.end), None)
        wend = window_end(view, cue, nxt)
        # Coordinated verbs share their object: "ủng hộ, hỗ trợ để Việt Nam ...", "hỗ trợ và chia sẻ với Lào".
        j, shared = i + 1, nxt
        while shared is not None and j < len(cues) and view.low[cue.end:shared].strip(" ,") in ("", "và", "hoặc"):
            after = next((c.start for c in cues[j + 1:] if c.start >= cues[j].end), None)
            wend, shared, j = window_end(view, cues[j], after), after, j + 1
        _cs, ce = view.clause(cue.start)
        qend = min(nxt, ce) if nxt is not None else ce
        subj = subject(view, cue.start, states_only=cue.type == "MEASURE")
        conf = cue.rule.confidence
        carried = False
        if subj:
            source = ctx.codes(subj)
            if cue.start - subj[-1].end > 120:
                conf *= 0.85
        elif cue.type != "MEASURE" and ctx.carried:
            source, carried, conf = list(ctx.carried), True, conf * 0.8
        else:
            source = []
        objs = objects(view, cue.end, wend, cue.type)
        rec = Record(type=cue.type, rule=cue.rule.name, actors=_actors(subj + objs), **cue.rule.fields)
        inherit = cue.type != "CONSULT"
        rec.date, rec.date_reason = date_of(view, cue, cues, ctx, inherit=inherit)
        why = f"source {'carried from earlier sentences' if carried else 'before the cue'}"
        if cue.type == "CONSULT":
            if rec.mode == "visit":  # "đã đến Nhật Bản, bắt đầu chuyến thăm": the host stands before the cue
                cs = view.clause(cue.start)[0]
                dest = "|".join(re.escape(w) for w in lexicon().raw.get("roles", {}).get("destination", []))
                objs = objs + [sl for sl in view.slots if cs <= sl.start < cue.start and sl not in subj
                               and re.search(r"(?:^|\s)(?:" + dest + r")\s*$", view.low[max(0, sl.start - 6):sl.start])]
            if _consult(view, cue, rec, source, objs, ctx, conf):
                records.append(rec)
            continue
        if cue.type == "AGREE":
            if not source:
                continue  # nobody named before the verb: no party agrees ("... tỏ ra đồng ý ... Áo (65%)")
            rec.participants = _uniq(source + ctx.codes(objs))
            if cue.rule.group == "sale":
                rec.quantities = _amounts(view, cue.start, qend)
            if len([c for c in rec.participants if c != "INTL"]) < 2:
                continue  # "cam kết ... với các đối tác": a promise of one side
        elif cue.type in ("REQUEST", "SUPPORT"):
            rec.source = source
            rec.targets = ctx.codes(objs, exclude=source)
            if not rec.targets and ctx.event is not None and source:
                rec.targets, conf, why = ctx.others(source), conf * 0.7, why + "; targets: the event's other participants"
            if not rec.source or not rec.targets:
                continue
        elif cue.type == "AID":
            chained = cues[i + 1] if i + 1 < len(cues) else None
            if chained is not None and chained.type == "AID" and view.clause(chained.start) == view.clause(cue.start):
                # "viện trợ 140 triệu USD để hỗ trợ các nước đang phát triển": the purpose names the
                # recipient; "hình thức viện trợ và ... cung cấp vật tư": the next verb names the item.
                after = next((c.start for c in cues[i + 2:] if c.start >= chained.end), None)
                chain_end = window_end(view, chained, after)
                if not ctx.codes(objs):
                    objs = objects(view, chained.end, chain_end, "AID")
            else:
                chain_end = qend
            if not fill_aid(view, cue, rec, source, objs, ctx, qend, subj):
                continue
            prev = cues[i - 1] if i else None
            if prev is not None and prev.type == "SUPPORT" and rec.category == "other" and not rec.quantities \
                    and view.low[prev.end:cue.start].strip(" ,") in ("", "và"):
                continue  # "ủng hộ, hỗ trợ để Việt Nam tổ chức ...": backing, no aid named
            if rec.category == "other" and not rec.quantities:
                rec.category = _category(view, cue, max(chain_end, qend), [])
                borrowed.add(id(rec))
            if rec.confidence:
                conf *= rec.confidence
        elif cue.type == "MEASURE":
            lex = lexicon()
            cs, _ce = view.clause(cue.start)
            if not subj or any(s >= cs for s, _e in spans(lex.measure_cases, view.low[cs:ce])):
                continue
            people = lexicon().raw.get("MEASURE", {}).get("people", [])
            if any(view.low[:subj[-1].start].rstrip().endswith(p) for p in people):
                continue
            lo = max(subj[-1].end, cs, prev_measure_end)
            prev_measure_end = cue.end
            if spans(lex.measure_blockers, view.low[lo:cue.start]):
                continue
            rec.source = [c for c in source if c != "INTL"][:1]
            if rec.measure == "economic_relief":
                rec.quantities = [q for q in _amounts(view, cue.start, qend) if is_money(q)]
            if not rec.source:
                continue
        rec.confidence = round(min(conf, 1.0), 3)
        rec.mentions = [_mention(view, cue, rec.confidence, why)]
        records.append(rec)
    subsume_aid(records, borrowed)
    _carry(view, ctx)
    return records


def _uniq(codes: list[str]) -> list[str]:
    out: list[str] = []
    for c in codes:
        if c not in out:
            out.append(c)
    return out


def _consult(view: View, cue: CueHit, rec: Record, source: list[str], objs: list[Slot],
             ctx: Context, conf: float) -> bool:
    """A new CONSULT (True), or a restatement folded into the framing event (False)."""
    parts = _uniq(source + ctx.codes(objs))
    ev = ctx.event
    if rec.mode == "message" and not [o for o in objs if o.code]:
        return False
    if ev is not None and rec.mode in COMPATIBLE.get(ev.mode or "", set()):
        own = own_date(view, cue)
        same_day = own is None or own[0] == ev.date
        # Another event only when it names a counterpart the frame does not have.
        new = [o.code for o in objs if o.code and o.code not in ev.participants and o.code != "INTL"]
        cs, ce = view.clause(cue.start)
        join = view.has("join", cs, ce)
        if same_day and (not new or join):
            if join:
                ev.participants = _uniq(ev.participants + parts)
            ev.mentions.append(_mention(view, cue, conf * 0.9, "restates the framing event"))
            return False
    if len(set(parts)) < 2:
        return False
    rec.participants = parts
    rec.confidence = round(conf, 3)
    rec.mentions = [_mention(view, cue, conf, "participants: subject and the actors after the cue")]
    if ev is None or not is_reported(view, cue.start):
        ctx.event = rec
        if len(parts) == 2:
            ctx.last_pair = list(parts)
    return True


def _sentence_pair(view: View, ctx: Context) -> None:
    """'Quan hệ Nhật Bản – Campuchia ... sau khi hai nước ký kết': "hai nước" are the two
    named before it in the sentence (named together, else the first two), when no event frames it."""
    first = next((i for i, sl in enumerate(view.slots) if sl.pair), None)
    if first is None or ctx.event is not None:
        return
    before = [sl for sl in view.slots[:first] if sl.is_state]
    for a, b in zip(before, before[1:]):
        if a.code != b.code and view.low[a.end:b.start].strip(" ,") in ("và", "-", "–", "với", ""):
            ctx.last_pair = [a.code, b.code]  # type: ignore[list-item]
            return
    codes = list(dict.fromkeys(sl.code for sl in before))
    if len(codes) >= 2:
        ctx.last_pair = codes[:2]  # type: ignore[assignment]


def _carry(view: View, ctx: Context) -> None:
    """Remember who spoke (the subject before the first verb) and the last pair named together."""
    firsts = [s for s, _e in view.speech] + [c.start for c in view.cues]
    if firsts:
        subj = subject(view, min(firsts))
        codes = [c for c in ctx.codes(subj) if c != "INTL"]
        if codes:
            ctx.carried = codes
    for a, b in zip(view.slots, view.slots[1:]):
        gap = view.low[a.end:b.start].strip(" ,")
        if a.code and b.code and a.code != b.code and gap in ("và", "-", "–", "với", ""):
            ctx.last_pair = [a.code, b.code]
