"""Training the learned scorer (records/scorer.py) on hoptac's own gold.

Each record the rules give on a gold document is a sample: 1 when it matches a
gold record (the scorer's own matching, evaluate._match), else 0. A logistic
regression (scikit-learn, the `[train]` extra) over `scorer.features` is fitted
on the open splits only (train and extra), the frozen ones never; its weights are written
as the JSON the package ships. Imported lazily: the installed tool scores
without scikit-learn.
"""

from __future__ import annotations

import random
from collections import Counter
from typing import Any, Iterable

from hoptac.evaluate import _match
from hoptac.model import Document, Record
from hoptac.records.proposer import Candidate, Proposer, TypeModel
from hoptac.records.scorer import Scorer, features


def unscored_pipeline() -> Any:
    """The pipeline without the scoring and proposing stages: the rules' records, as the scorer and the
    proposer are trained on."""
    from hoptac.pipeline import Pipeline, default_stages

    return Pipeline([(n, s) for n, s in default_stages() if n not in ("score", "propose")])


def samples(gold_docs: list[dict[str, Any]], docs: Iterable[Document]) -> list[tuple[Record, Document, int, str]]:
    """(record, its document, label, split) for every record the rules gave on a gold document."""
    by_id = {g["id"]: g for g in gold_docs}
    out: list[tuple[Record, Document, int, str]] = []
    for doc in docs:
        g = by_id.get(doc.id)
        if g is None:
            continue
        pred = [r.to_json() for r in doc.records]
        hit = {i for i, _j in _match(pred, g.get("events", []))}
        out += [(r, doc, int(i in hit), g.get("split", "")) for i, r in enumerate(doc.records)]
    return out


def fit(data: list[tuple[Record, Document, int, str]], c: float = 1.0, about: dict[str, Any] | None = None,
        keep: set[str] | None = None) -> Scorer:
    """A logistic regression over the samples' features (`keep`: only features with these prefixes)."""
    try:
        from sklearn.feature_extraction import DictVectorizer
        from sklearn.linear_model import LogisticRegression
    except ImportError as exc:  # pragma: no cover - depends on the extra
        raise RuntimeError("training needs scikit-learn: pip install 'hoptac[train]'") from exc

    def feats(rec: Record, doc: Document) -> dict[str, float]:
        f = features(rec, doc)
        return f if keep is None else {k: v for k, v in f.items() if k.split("=")[0] in keep}

    xs = [feats(r, d) for r, d, _y, _s in data]
    ys = [y for _r, _d, y, _s in data]
    if len(set(ys)) < 2:
        raise ValueError("training needs both right and wrong records")
    vec = DictVectorizer()
    model = LogisticRegression(C=c, max_iter=2000)
    model.fit(vec.fit_transform(xs), ys)
    weights = {name: float(w) for name, w in zip(vec.get_feature_names_out(), model.coef_[0]) if abs(w) > 1e-6}
    info = {"samples": len(ys), "right": sum(ys), "C": c, **(about or {})}
    return Scorer(weights, float(model.intercept_[0]), None, info)


def subsample(data: list[tuple[Record, Document, int, str]], fraction: float, seed: int = 0
              ) -> list[tuple[Record, Document, int, str]]:
    """The samples of a random `fraction` of the documents (for a learning curve)."""
    ids = sorted({d.id for _r, d, _y, _s in data})
    random.Random(seed).shuffle(ids)
    chosen = set(ids[: max(1, round(len(ids) * fraction))])
    return [s for s in data if s[1].id in chosen]


def proposer_samples(gold_docs: list[dict[str, Any]], docs: Iterable[Document]
                     ) -> list[tuple[Candidate, str, int]]:
    """(candidate, document id, label) for the learned proposer (records/proposer.py): 1 when the candidate's
    sentence is (part of) the evidence of a gold record of its type, over half of whose codes it names, that
    none of the rules' records matched. The sentence must state the act: a document-wide label taught the
    model which pairs a document is about, and its records then pointed at sentences that state nothing."""
    from hoptac.evaluate import actor_set
    from hoptac.records.proposer import candidates, jaccard

    by_id = {g["id"]: g for g in gold_docs}
    out: list[tuple[Candidate, str, int]] = []
    for doc in docs:
        g = by_id.get(doc.id)
        if g is None:
            continue
        events = g.get("events", [])
        matched = {j for _i, j in _match([r.to_json() for r in doc.records], events)}
        missed = []
        for j, e in enumerate(events):
            at = doc.text.find((e.get("evidence") or "\0")[:60])
            if j not in matched and at >= 0:
                missed.append((e["type"], {c for _role, c in actor_set(e)}, at, at + len(e["evidence"])))
        for cand in candidates(doc):
            s = cand.sentence
            label = any(t == cand.type and start < s.end and s.start < end and jaccard(c, set(cand.codes)) >= 0.5
                        for t, c, start, end in missed)
            out.append((cand, doc.id, int(label)))
    return out


def fit_proposer(data: list[tuple[Candidate, str, int]], c: float = 0.1,
                 thresholds: dict[str, float | None] | None = None, about: dict[str, Any] | None = None,
                 min_count: int = 3, smallest: float = 0.005) -> Proposer:
    """One logistic regression per type over the candidates' features; `thresholds` says which types
    propose (a type without one is scored only)."""
    try:
        from sklearn.feature_extraction import DictVectorizer
        from sklearn.linear_model import LogisticRegression
    except ImportError as exc:  # pragma: no cover - depends on the extra
        raise RuntimeError("training needs scikit-learn: pip install 'hoptac[train]'") from exc

    models: dict[str, TypeModel] = {}
    for t in sorted({cand.type for cand, _d, _y in data}):
        xs = [cand.features for cand, _d, _y in data if cand.type == t]
        ys = [y for cand, _d, y in data if cand.type == t]
        if len(set(ys)) < 2:
            continue
        # A word or word pair seen in fewer than `min_count` candidates teaches nothing that carries over, and
        # a weight under `smallest` moves no probability: both only made the shipped file large.
        seen = Counter(k for f in xs for k in f)
        xs = [{k: v for k, v in f.items() if seen[k] >= min_count or not k.startswith(("w:", "b:"))} for f in xs]
        vec = DictVectorizer()
        model = LogisticRegression(C=c, max_iter=3000)
        model.fit(vec.fit_transform(xs), ys)
        weights = {n: round(float(w), 4) for n, w in zip(vec.get_feature_names_out(), model.coef_[0])
                   if abs(w) >= smallest}
        models[t] = TypeModel(weights, float(model.intercept_[0]), (thresholds or {}).get(t))
    info = {"samples": len(data), "right": sum(y for _c, _d, y in data), "C": c, **(about or {})}
    return Proposer(models, info)
