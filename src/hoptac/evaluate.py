"""The scorer of the annotation guide (its "Scoring" section), on plain dicts.

Gold and predictions are the guide's per-document JSON objects (`id`, `title`,
`body`, `events`...), so the scorer judges any system's output, hoptac's or
another's, and `hoptac eval` is a thin shell over `score`.
"""

from __future__ import annotations

from collections import Counter
from dataclasses import dataclass, field
from typing import Any

from hoptac.records.types import record_types, type_names

_DETAIL = ("date", "mode", "status", "category", "measure")


@dataclass
class PRF:
    """Counts that give precision, recall and F1 (micro)."""

    tp: float = 0
    fp: float = 0
    fn: float = 0

    @property
    def precision(self) -> float:
        return self.tp / (self.tp + self.fp) if self.tp + self.fp else 0.0

    @property
    def recall(self) -> float:
        return self.tp / (self.tp + self.fn) if self.tp + self.fn else 0.0

    @property
    def f1(self) -> float:
        p, r = self.precision, self.recall
        return 2 * p * r / (p + r) if p + r else 0.0

    def add(self, pred: int | float, gold: int | float, hit: int | float) -> None:
        self.tp += hit
        self.fp += pred - hit
        self.fn += gold - hit

    def as_dict(self) -> dict[str, float]:
        return {"precision": self.precision, "recall": self.recall, "f1": self.f1,
                "tp": self.tp, "fp": self.fp, "fn": self.fn}


@dataclass
class Accuracy:
    right: int = 0
    total: int = 0

    @property
    def value(self) -> float:
        return self.right / self.total if self.total else 0.0

    def add(self, ok: bool) -> None:
        self.right += int(ok)
        self.total += 1


@dataclass
class Report:
    """Every figure of the guide's scoring section, plus the errors behind them."""

    body: PRF = field(default_factory=PRF)
    titles: Accuracy = field(default_factory=Accuracy)
    records: dict[str, PRF] = field(default_factory=lambda: {t: PRF() for t in (*type_names(), "ALL")})
    actors: PRF = field(default_factory=PRF)
    details: dict[str, Accuracy] = field(default_factory=lambda: {k: Accuracy() for k in _DETAIL})
    quantities: PRF = field(default_factory=PRF)
    # The same quantities, a hit only where the record's date is the gold's too: the records are matched without their
    # dates, so an amount moved onto a record of the wrong day scored as right (stop 71's third review).
    quantities_dated: PRF = field(default_factory=PRF)
    false_positives: list[tuple[str, dict[str, Any]]] = field(default_factory=list)
    misses: list[tuple[str, dict[str, Any]]] = field(default_factory=list)
    mismatches: list[tuple[str, str, Any, Any]] = field(default_factory=list)
    has_records: bool = False

    def as_dict(self) -> dict[str, Any]:
        return {
            "body": self.body.as_dict(),
            "title_exact": {"right": self.titles.right, "total": self.titles.total},
            "records": {t: p.as_dict() for t, p in self.records.items()},
            "matched": {
                "actor_f1": self.actors.f1,
                **{f"{k}_accuracy": a.value for k, a in self.details.items()},
                "quantity_f1": self.quantities.f1,
                "quantity_dated_f1": self.quantities_dated.f1,
            },
        }


def _tokens(paragraphs: list[str] | None) -> Counter[str]:
    return Counter(tok for p in paragraphs or [] for tok in p.split())


def _codes(value: Any) -> list[str]:
    if value is None:
        return []
    return [value] if isinstance(value, str) else list(value)


def actor_set(event: dict[str, Any]) -> set[tuple[str, str]]:
    """Participants untagged; sources and targets tagged, so direction counts."""
    declared = record_types().get(event.get("type") or "")
    if (declared.roles == "participants") if declared else "participants" in event:
        return {("P", c) for c in _codes(event.get("participants"))}
    tagged = {("S", c) for c in _codes(event.get("source"))}
    return tagged | {("T", c) for c in _codes(event.get("targets"))}


def _jaccard(a: set[Any], b: set[Any]) -> float:
    return len(a & b) / len(a | b) if a | b else 1.0


def _agreements(p: dict[str, Any], g: dict[str, Any]) -> int:
    return sum(1 for k in _DETAIL if k in g and p.get(k) == g.get(k))


def _match(pred: list[dict[str, Any]], gold: list[dict[str, Any]]) -> list[tuple[int, int]]:
    """One-to-one matching: highest Jaccard first, ties by agreeing details."""
    cands = []
    for i, p in enumerate(pred):
        for j, g in enumerate(gold):
            if p.get("type") != g.get("type"):
                continue
            declared = record_types().get(g.get("type") or "")
            if declared and any(p.get(f) != g.get(f) for f in declared.match_on):
                continue
            jac = _jaccard(actor_set(p), actor_set(g))
            if jac >= 0.5:
                cands.append((-jac, -_agreements(p, g), i, j))
    cands.sort()
    used_p: set[int] = set()
    used_g: set[int] = set()
    pairs = []
    for _, _, i, j in cands:
        if i not in used_p and j not in used_g:
            used_p.add(i)
            used_g.add(j)
            pairs.append((i, j))
    return pairs


def _quantity_hits(pred: list[dict[str, Any]], gold: list[dict[str, Any]]) -> int:
    used: set[int] = set()
    hits = 0
    for q in pred:
        for j, g in enumerate(gold):
            if j in used or q.get("unit") != g.get("unit") or q.get("qualifier") != g.get("qualifier"):
                continue
            gv, pv = float(g.get("value") or 0), float(q.get("value") or 0)
            if abs(pv - gv) <= 0.005 * abs(gv):
                used.add(j)
                hits += 1
                break
    return hits


def score(gold_docs: list[dict[str, Any]], pred_docs: list[dict[str, Any]]) -> Report:
    """Score predictions against gold; a gold document with no prediction counts as empty."""
    report = Report()
    preds = {d.get("id"): d for d in pred_docs}
    for gdoc in gold_docs:
        doc_id = gdoc.get("id")
        pdoc = preds.get(doc_id, {})
        if "body" in gdoc:
            gt, pt = _tokens(gdoc["body"]), _tokens(pdoc.get("body"))
            report.body.add(sum(pt.values()), sum(gt.values()), sum((gt & pt).values()))
        if "title" in gdoc:
            report.titles.add(" ".join((pdoc.get("title") or "").split()) == " ".join((gdoc["title"] or "").split()))
        if "events" not in gdoc:
            continue
        report.has_records = True
        gold_ev, pred_ev = gdoc["events"], pdoc.get("events") or []
        pairs = _match(pred_ev, gold_ev)
        matched_p = {i for i, _ in pairs}
        matched_g = {j for _, j in pairs}
        for t in type_names():
            n_p = sum(1 for e in pred_ev if e.get("type") == t)
            n_g = sum(1 for e in gold_ev if e.get("type") == t)
            hit = sum(1 for i, _ in pairs if pred_ev[i].get("type") == t)
            report.records[t].add(n_p, n_g, hit)
        report.records["ALL"].add(len(pred_ev), len(gold_ev), len(pairs))
        for i, j in pairs:
            p, g = pred_ev[i], gold_ev[j]
            ps, gs = actor_set(p), actor_set(g)
            report.actors.add(len(ps), len(gs), len(ps & gs))
            for k in _DETAIL:
                if k in g:
                    ok = p.get(k) == g.get(k)
                    report.details[k].add(ok)
                    if not ok:
                        report.mismatches.append((doc_id, k, p.get(k), g))
            declared = record_types().get(g.get("type") or "")
            if declared and "quantities" in declared.fields and "quantities" not in declared.optional:
                pq, gq = p.get("quantities") or [], g.get("quantities") or []
                hits = _quantity_hits(pq, gq)
                report.quantities.add(len(pq), len(gq), hits)
                dated = "date" not in g or p.get("date") == g.get("date")  # (a gold with no date key: as date accuracy)
                report.quantities_dated.add(len(pq), len(gq), hits if dated else 0)
        report.false_positives += [(doc_id, e) for i, e in enumerate(pred_ev) if i not in matched_p]
        report.misses += [(doc_id, e) for j, e in enumerate(gold_ev) if j not in matched_g]
    return report


def _brief(event: dict[str, Any]) -> str:
    actors = event.get("participants") or f"{event.get('source')} -> {event.get('targets', '')}"
    extra = [f"{k}={event[k]}" for k in ("mode", "category", "status", "measure") if event.get(k)]
    text = (event.get("evidence") or "")[:110]
    return f"{event.get('type')} {actors} {' '.join(extra)} date={event.get('date')} | {text}"


def format_report(report: Report, errors: bool = False) -> str:
    """The report as a plain-text table (what `hoptac eval` prints)."""
    b = report.body
    lines = [f"body tokens   P {b.precision:.3f}  R {b.recall:.3f}  F1 {b.f1:.3f}",
             f"title exact   {report.titles.right}/{report.titles.total}"]
    if report.has_records:
        lines.append("")
        lines.append(f"{'records':10} {'P':>6} {'R':>6} {'F1':>6} {'tp':>4} {'fp':>4} {'fn':>4}")
        for t, prf in report.records.items():
            lines.append(f"{t:10} {prf.precision:6.3f} {prf.recall:6.3f} {prf.f1:6.3f} "
                         f"{prf.tp:4.0f} {prf.fp:4.0f} {prf.fn:4.0f}")
        lines.append("")
        lines.append("on matched records:")
        lines.append(f"  actor F1         {report.actors.f1:.3f}")
        for k, acc in report.details.items():
            lines.append(f"  {k + ' accuracy':16} {acc.value:.3f} ({acc.right}/{acc.total})")
        lines.append(f"  quantity F1      {report.quantities.f1:.3f}")
        lines.append(f"  quantity F1, with the record's date right {report.quantities_dated.f1:.3f}")
    if errors:
        lines.append("")
        lines.append(f"false positives ({len(report.false_positives)}):")
        lines += [f"  [{d}] {_brief(e)}" for d, e in report.false_positives]
        lines.append(f"misses ({len(report.misses)}):")
        lines += [f"  [{d}] {_brief(e)}" for d, e in report.misses]
        lines.append(f"detail mismatches on matched records ({len(report.mismatches)}):")
        lines += [f"  [{d}] {k}: predicted {p!r}, gold {_brief(g)}" for d, k, p, g in report.mismatches]
    return "\n".join(lines)
