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
from typing import Any, Iterable

from hoptac.evaluate import _match
from hoptac.model import Document, Record
from hoptac.records.scorer import Scorer, features


def unscored_pipeline() -> Any:
    """The pipeline without the scoring stage: the rules' records, as the scorer is trained on."""
    from hoptac.pipeline import Pipeline, default_stages

    return Pipeline([(n, s) for n, s in default_stages() if n != "score"])


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
