"""`hoptac train`: fit the learned scorer on the open splits (train, extra) of standoff gold.

Kept apart from cli.py (which registers it) because it is a maintainer's
command with its own extra (`pip install 'hoptac[train]'`)."""

from __future__ import annotations

import json
from pathlib import Path
from typing import Annotated, Optional

import typer

from hoptac.cli import _fail, app, err


OPEN_SPLITS = ("train", "extra")  # the splits whose errors may be read: the scorer learns from them


@app.command()
def train(
    gold: Annotated[list[Path], typer.Argument(help="standoff gold JSONL files with their splits "
                                                     "(eval/gold/gold.jsonl eval/gold/extra.jsonl)")],
    corpora: Annotated[Path, typer.Option("--corpora", help="folder of the corpora the gold points into")],
    out: Annotated[Optional[Path], typer.Option("--out", help="where to write the scorer JSON "
                                                              "(default: print it)")] = None,
    c: Annotated[Optional[float], typer.Option("--c", help="inverse regularisation strength "
                                                          "(default 0.5 for the scorer, 0.1 for the proposer)")] = None,
    proposer: Annotated[bool, typer.Option("--proposer", help="fit the learned proposer (records/proposer.py) "
                                                               "instead of the scorer")] = False,
) -> None:
    """Fit the learned scorer on the gold's open splits, train and extra (never a frozen split).

    The scorer only calibrates confidence; whether it also filters, and at what
    threshold, is decided by eval/scorer_eval.py by cross-validation on the open
    splits (the frozen test split is only measured there). With --proposer, the
    proposer of missed meetings and agreements, its types scored only: which of them
    propose, and from what probability, eval/proposer_eval.py decides the same way."""
    from hoptac.gold import GoldError, corpus_articles, documents_of, load_standoff, read_jsonl, wanted_articles
    from hoptac.lexicon import shipped_hash
    from hoptac.train import fit, samples, unscored_pipeline

    gold_docs: list[dict] = []
    articles: dict = {}
    try:
        for path in gold:
            lines = read_jsonl(path)
            found = corpus_articles(corpora, wanted_articles(lines, str(path)))
            gold_docs += load_standoff(lines, corpora, where=str(path), articles=found)
            articles.update(found)
    except (GoldError, OSError) as exc:
        raise _fail(str(exc)) from None
    train_docs = [g for g in gold_docs if g.get("split") in OPEN_SPLITS]
    if not train_docs:
        raise _fail(f"{', '.join(map(str, gold))}: no document in an open split ({', '.join(OPEN_SPLITS)})")
    names = " + ".join(p.name for p in gold)
    if proposer:
        from hoptac.records.proposer import proposer_hash
        from hoptac.train import fit_proposer, proposer_samples

        cands = proposer_samples(train_docs, unscored_pipeline().pipe(documents_of(train_docs, articles)))
        try:
            model = fit_proposer(cands, 0.1 if c is None else c,
                                 about={"trained_on": f"{names} splits {'/'.join(OPEN_SPLITS)}",
                                        "proposer_hash": proposer_hash()})
        except (RuntimeError, ValueError) as exc:
            raise _fail(str(exc)) from None
        if out is None:
            typer.echo(model.dumps(), nl=False)
        else:
            out.write_text(model.dumps(), encoding="utf-8")
            err.print(f"proposer: {len(cands)} candidates ({sum(y for *_x, y in cands)} of a missed record) → {out}; "
                      "no type proposes until eval/proposer_eval.py sets its threshold and calibration")
        return
    data = samples(train_docs, unscored_pipeline().pipe(documents_of(train_docs, articles)))
    try:
        scorer = fit(data, 0.5 if c is None else c, about={"trained_on": f"{names} splits {'/'.join(OPEN_SPLITS)}",
                                     "lexicon_hash": shipped_hash()})
    except (RuntimeError, ValueError) as exc:
        raise _fail(str(exc)) from None
    text = json.dumps(scorer.to_json(), ensure_ascii=False, indent=1) + "\n"
    if out is None:
        typer.echo(text, nl=False)
    else:
        out.write_text(text, encoding="utf-8")
        err.print(f"scorer: {len(data)} records ({sum(s[2] for s in data)} right) → {out}")
