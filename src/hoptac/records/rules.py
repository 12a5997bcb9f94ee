"""Cue rules → records, sentence by sentence, with the event context carried along.

For each sentence the cues of `cues.toml`/`measures.tsv` are found (cues.py),
then each cue is given its actors (roles.py), its date (context.py) and its
type's fields. The checks that keep domestic news out are the guide's: a
cooperation record needs two different codes, an AID a named recipient or an
amount, a MEASURE a state that takes it (not one that calls for it).
"""

from __future__ import annotations

import re

from hoptac.model import Actor, Document, Mention, Quantity, Record
from hoptac.records.context import COMPATIBLE, Context, date_of, own_date
from hoptac.records.cues import CueHit, lexicon, spans
from hoptac.records.roles import Slot, View, build_view, is_reported, objects, subject, window_end
from hoptac.text.normalise import normalise

_SCOPE = {"REQUEST": {"AID", "SUPPORT", "AGREE", "CONSULT"}, "AGREE": {"AID", "SUPPORT"}}


def find_records(doc: Document) -> Document:
    """Fill doc.records from sentences, actors, dates and quantities."""
    if doc.norm is None:
        doc.norm = normalise(doc.text)
    ctx = Context()
    doc.records = []
    for sent in doc.sentences:
        view = build_view(doc, sent)
        doc.records += _sentence(view, ctx)
    return doc


def _money(q: Quantity) -> bool:
    return lexicon().unit_category.get(q.unit) == "financial"


def _amounts(view: View, start: int, end: int) -> list[Quantity]:
    return [q for s, _e, q in view.quantities if start <= s < end]


def _category(view: View, cue: CueHit, end: int, qs: list[Quantity]) -> str:
    lex = lexicon()
    for q in qs:
        if q.unit in lex.unit_category:
            return lex.unit_category[q.unit]
    best: tuple[int, str] | None = None
    for cat, rx in lex.categories.items():
        for s, _e in spans(rx, view.low[cue.start:end]):
            if best is None or s < best[0]:
                best = (s, cat)
    return best[1] if best else "other"


def _applicable(view: View, cue: CueHit, qend: int) -> bool:
    """The cue's own conditions: required amounts or items, and clause blockers."""
    rule = view and cue.rule
    qs = _amounts(view, cue.start, qend)
    need = {"quantity": bool(qs), "money": any(_money(q) for q in qs),
            "item": bool(qs) or _category(view, cue, qend, []) != "other"}
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
        nxt = next((c for c in cues[i + 1:] if c.start >= cue.end), None)
        # "cam kết viện trợ", "khẳng định sẽ hỗ trợ": the promise is the AID's status, not an AGREE.
        if cue.type == "AGREE" and nxt is not None and nxt.type == "AID" and nxt.start - cue.end <= 25:
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
    cues = _select(view)
    records: list[Record] = []
    prev_measure_end = 0
    borrowed: set[int] = set()  # AIDs whose item was named by the next verb: still vague
    for i, cue in enumerate(cues):
        nxt = next((c.start for c in cues[i + 1:] if c.start >= cue.end), None)
        wend = window_end(view, cue, nxt)
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
            if _consult(view, cue, rec, source, objs, ctx, conf):
                records.append(rec)
            continue
        if cue.type == "AGREE":
            rec.participants = _uniq(source + ctx.codes(objs))
            if rec.rule.startswith("cues.toml:AGREE.sale"):
                rec.quantities = _amounts(view, cue.start, qend)
            if len(rec.participants) < 2:
                continue
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
            if not _aid(view, cue, rec, source, objs, ctx, qend, subj):
                continue
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
                rec.quantities = [q for q in _amounts(view, cue.start, qend) if _money(q)]
            if not rec.source:
                continue
        rec.confidence = round(min(conf, 1.0), 3)
        rec.mentions = [_mention(view, cue, rec.confidence, why)]
        records.append(rec)
    _subsume_aid(records, borrowed)
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


def _aid(view: View, cue: CueHit, rec: Record, source: list[str], objs: list[Slot], ctx: Context,
         qend: int, subj: list[Slot]) -> bool:
    """Fill an AID record's roles, status, amounts and category; False when it is no AID."""
    lex = lexicon()
    found = ctx.codes(objs)
    if cue.rule.not_firm and any(sl.actor is not None and sl.actor.role == "firm" for sl in subj):
        return False
    if cue.rule.direction == "receive":
        # Only a giver marked as such ("từ Nhật Bản", "của Mỹ", "do Úc tài trợ") is the source.
        givers = [o for o in objs if re.search(r"(?:từ|của|do)\s*$", view.low[max(0, o.start - 6):o.start])]
        source, targets = ctx.codes(givers), source
    else:
        targets = [c for c in found if c not in source]
    factor = 1.0
    if not targets and spans(lex.words["intl"], view.low[cue.start:qend]):
        targets = ["INTL"]
    if not targets and ctx.event is not None and source and cue.rule.infer_targets:
        targets, factor = ctx.others(source), 0.7
    rec.source, rec.targets = [c for c in source if c not in targets], targets
    if not rec.source:
        return False
    cs, _ce = view.clause(cue.start)
    lo = max(cs, subj[-1].end if subj and subj[-1].end <= cue.start else cs)
    between = view.low[lo:cue.start + (cue.end - cue.start)]
    if spans(lex.words["pledged"], view.low[lo:cue.start]):
        rec.status = "pledged"
    elif rec.status == "announced" and spans(lex.words["delivered"], between):
        rec.status = "delivered"
    rec.quantities = _amounts(view, cue.start, qend)
    rec.category = _category(view, cue, qend, rec.quantities)
    if not rec.targets or (set(rec.targets) == {"INTL"} and not rec.quantities):
        return False
    rec.confidence = factor
    return True


def _subsume_aid(records: list[Record], borrowed: set[int]) -> None:
    """A vague AID ("hình thức hỗ trợ") beside a specific one of the same giver and status is the same aid."""
    aids = [r for r in records if r.type == "AID"]
    vague_ones = [r for r in aids if (r.category == "other" or id(r) in borrowed) and not r.quantities]
    for vague in vague_ones:
        for r in aids:
            if r is vague or r not in records or r in vague_ones:
                continue
            if r.source == vague.source and r.status == vague.status:
                r.mentions += vague.mentions
                records.remove(vague)
                break


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
