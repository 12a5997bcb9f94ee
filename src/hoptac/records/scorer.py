"""The learned scorer: a record's confidence as a probability that it is right.

The rules decide what is a record; the scorer, a logistic regression trained on
the train split of hoptac's own gold (`hoptac train`, scikit-learn under the
`[train]` extra), says how likely each record is to be right, from the rule's
own features (type, rule group, cue, how its parties and date were found) and
the words around its cue. Its weights ship as package data
(`lexicon/data/scorer.json`) and are applied here in pure Python, so the
installed tool needs no training stack and downloads nothing.

Whether the scorer also *filters* is decided by its file: `threshold` null
means it only calibrates `confidence`; a number drops records scored below it,
each with a `Drop` of kind "score" naming the probability. It is set only when
the ablation on the frozen test split shows a gain (eval/scorer_eval.py).
Without the file, or with a stale one (trained against other data files than the shipped ones), a
record keeps the confidence its rule gave it; tests/test_scorer.py fails on a stale file, so the
maintainer who changes a rule file retrains (`python eval/scorer_eval.py --write`).
"""

from __future__ import annotations

import json
import math
import re
from dataclasses import dataclass, field
from functools import lru_cache
from pathlib import Path
from typing import Any

from hoptac.lexicon import shipped_hash
from hoptac.model import Document, Drop, Record
from hoptac.text.normalise import fold

DATA = Path(__file__).resolve().parent.parent / "lexicon" / "data" / "scorer.json"
_WORD = re.compile(r"[^\W_]+")


def _words(text: str) -> list[str]:
    return _WORD.findall(fold(text).lower())


def features(rec: Record, doc: Document | None = None) -> dict[str, float]:
    """What the scorer sees of a record: the rule's own decisions and the words near its cue."""
    parts = rec.rule.split(":", 3)
    group = parts[2] if len(parts) > 2 else rec.type
    cue = parts[3] if len(parts) > 3 else ""
    m = rec.mentions[0] if rec.mentions else None
    reason = m.reason if m else ""
    f: dict[str, float] = {
        f"type={rec.type}": 1.0,
        f"group={group}": 1.0,
        f"cue={fold(cue).lower()[:40]}": 1.0,
        "rule_conf": float(m.confidence if m else rec.confidence),
        "carried": float("carried" in reason),
        "event_targets": float("event's other participants" in reason),
        "mentions": math.log1p(len(rec.mentions)),
        "dated": float(rec.date is not None),
        "date_inherited": float(rec.date_reason.startswith(("said within", "within the occasion"))),
        "quantities": float(bool(rec.quantities)),
        "intl": float("INTL" in (rec.participants + rec.source + rec.targets)),
        "parties": float(min(len(set(rec.participants + rec.source + rec.targets)), 6)) / 6,
    }
    if m is not None:
        words = _words(m.text)
        cue_words = _words(cue)[:3]
        at = next((i for i in range(len(words)) if words[i:i + len(cue_words)] == cue_words), None) if cue_words else None
        f["long_sentence"] = float(len(words) > 45)
        if at is not None:
            for k in (1, 2, 3):
                if at - k >= 0:
                    f[f"w-{k}={words[at - k]}"] = 1.0
            for w in words[max(0, at - 8):at]:
                f[f"before={w}"] = 1.0
            end = at + len(cue_words)
            for w in words[end:end + 4]:
                f[f"after={w}"] = 1.0
    return f


def logistic(bias: float, weights: dict[str, float], feats: dict[str, float]) -> float:
    """A logistic regression's probability, applied in pure Python (the learned scorer's and proposer's)."""
    z = bias + sum(weights.get(k, 0.0) * v for k, v in feats.items())
    return 1.0 / (1.0 + math.exp(-max(-30.0, min(30.0, z))))


@dataclass
class Scorer:
    """Weights of a logistic regression over `features`, and the filtering threshold (or None)."""

    weights: dict[str, float] = field(default_factory=dict)
    bias: float = 0.0
    threshold: float | None = None
    about: dict[str, Any] = field(default_factory=dict)

    def probability(self, rec: Record, doc: Document | None = None) -> float:
        return logistic(self.bias, self.weights, features(rec, doc))

    def to_json(self) -> dict[str, Any]:
        return {"about": self.about, "threshold": self.threshold, "bias": self.bias,
                "weights": dict(sorted(self.weights.items()))}

    @classmethod
    def from_json(cls, obj: dict[str, Any]) -> Scorer:
        return cls({str(k): float(v) for k, v in obj.get("weights", {}).items()}, float(obj.get("bias", 0.0)),
                   None if obj.get("threshold") is None else float(obj["threshold"]), dict(obj.get("about", {})))


@lru_cache(maxsize=1)
def shipped() -> Scorer | None:
    """The scorer shipped with the package, or None when there is none or it is stale: trained on
    the output of other data files than the ones shipped now (its `about.lexicon_hash`). A stale
    scorer would score features whose meaning the rules changed; records keep their rules' confidence."""
    if not DATA.exists():
        return None
    scorer = Scorer.from_json(json.loads(DATA.read_text(encoding="utf-8")))
    return scorer if scorer.about.get("lexicon_hash") == shipped_hash() else None


def score_records(doc: Document, scorer: Scorer | None = None) -> Document:
    """Pipeline stage: calibrate each record's confidence; drop those under the threshold, if one is set."""
    scorer = scorer or shipped()
    if scorer is None:
        return doc
    kept: list[Record] = []
    for rec in doc.records:
        p = scorer.probability(rec, doc)
        rec.confidence = round(p, 3)
        if scorer.threshold is not None and p < scorer.threshold:
            m = rec.mentions[0]
            doc.drops.append(Drop(rec.type, rec.rule, m.sentence, m.start, m.end, rec.rule.split(":", 3)[-1], "score",
                                  f"learned scorer: p={p:.2f} < {scorer.threshold:.2f}"))
            continue
        kept.append(rec)
    doc.records = kept
    return doc
