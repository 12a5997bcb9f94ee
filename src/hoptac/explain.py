"""`hoptac extract --explain`: each sentence with what the pipeline saw and decided in it.

An analyst checking a record, or a developer asking why a cue gave nothing,
reads the sentence, its actors, dates and amounts, the records it states and
the cues it dropped, each with the rule (file:line) and the reason.
"""

from __future__ import annotations

from collections import defaultdict

from hoptac.model import Document, Record


def _record_line(r: Record) -> str:
    data = r.to_json()
    if "participants" in data:
        actors = "+".join(data["participants"])
    else:
        src = data.get("source")
        actors = ",".join(src) if isinstance(src, list) else str(src)
        if data.get("targets"):
            actors += " → " + ",".join(data["targets"])
    extra = " ".join(f"{k}={data[k]}" for k in ("mode", "category", "status", "measure") if data.get(k))
    qty = "; ".join(f"{q['qualifier']} {q['value']:,} {q['unit']}" for q in data.get("quantities") or [])
    parts = [r.type, actors, extra, qty and f"[{qty}]", f"date={r.date} ({r.date_reason})",
             f"conf={r.confidence:.2f}", f"— {r.rule}"]
    return " ".join(p for p in parts if p)


def explain(doc: Document) -> str:
    """The document sentence by sentence: mentions, records and drops with their reasons."""
    from hoptac.mentions.quantities import LAZY, find_quantities
    from hoptac.records.gate import GATED

    gated = doc.scratch.get(GATED)
    if gated:
        gated += ("; its dates, cues and dropped cues were not worked out (Pipeline(gate=False), as hoptac extract "
                  "--explain runs, shows them)")
    elif doc.sentences:
        from hoptac.records.gate import why_no_record

        # (run without the gate, as `hoptac extract --explain` runs: say what the gate would have decided)
        why = why_no_record(doc)
        gated = f"{why} (the gate would have skipped dates and records here)" if why else None
    if doc.scratch.get(LAZY):
        find_quantities(doc)  # the pipeline found amounts only in cue sentences: show every one
    by_sentence: dict[int, list[str]] = defaultdict(list)
    for a in doc.actors:
        by_sentence[a.sentence].append(f"  actor    {a.code or '(group)'} '{a.text}' ({a.rule})")
    for d in doc.dates:
        by_sentence[d.sentence].append(f"  date     {d.value} '{d.text}' ({d.reason})")
    for q in doc.quantities:
        by_sentence[q.sentence].append(f"  amount   {q.qualifier} {q.value:,.10g} {q.unit} '{q.text}'")
    for c in doc.cues:
        by_sentence[c.sentence].append(f"  cue      {c.type} '{c.text}' ({c.rule})")
    for r in doc.records:
        for k, m in enumerate(r.mentions):
            line = _record_line(r) if k == 0 else f"{r.type} again ({m.reason}) — {m.rule}"
            by_sentence[m.sentence].append(f"  record   {line}")
    for d in doc.drops:
        by_sentence[d.sentence].append(f"  dropped  {d.type} '{d.cue}' — {d.kind}: {d.reason} ({d.rule})")
    out = [f"== {doc.id}: {doc.title or '(no title)'}", f"   published {doc.published or '-'}; "
           f"{len(doc.sentences)} sentences, {len(doc.records)} records, {len(doc.drops)} drops"]
    if gated:
        out.append(f"   {gated}")
    for s in doc.sentences:
        lines = by_sentence.get(s.index)
        if lines:
            out.append(f"[s{s.index}] {s.text}")
            out += lines
    if by_sentence.get(-1):
        out.append("[no sentence]")
        out += by_sentence[-1]
    return "\n".join(out)
