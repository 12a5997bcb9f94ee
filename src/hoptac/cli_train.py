"""`hoptac train`: fit the learned scorer on the train split of standoff gold.

Kept apart from cli.py (which registers it) because it is a maintainer's
command with its own extra (`pip install 'hoptac[train]'`)."""

from __future__ import annotations

import json
from pathlib import Path
from typing import Annotated, Optional

import typer

from hoptac.cli import _fail, app, err


@app.command()
def train(
    gold: Annotated[Path, typer.Argument(help="standoff gold JSONL with train/test splits (eval/gold/gold.jsonl)")],
    corpora: Annotated[Path, typer.Option("--corpora", help="folder of the corpora the gold points into")],
    out: Annotated[Optional[Path], typer.Option("--out", help="where to write the scorer JSON "
                                                              "(default: print it)")] = None,
    c: Annotated[float, typer.Option("--c", help="inverse regularisation strength")] = 0.5,
) -> None:
    """Fit the learned scorer on the gold's train split (never the frozen test split).

    The scorer only calibrates confidence; whether it also filters, and at what
    threshold, is decided by eval/scorer_eval.py on the frozen test split."""
    from hoptac.gold import GoldError, corpus_articles, documents_of, load_standoff, read_jsonl, wanted_articles
    from hoptac.lexicon import shipped_hash
    from hoptac.train import fit, samples, unscored_pipeline

    try:
        lines = read_jsonl(gold)
        articles = corpus_articles(corpora, wanted_articles(lines, str(gold)))
        gold_docs = load_standoff(lines, corpora, where=str(gold), articles=articles)
    except (GoldError, OSError) as exc:
        raise _fail(str(exc)) from None
    train_docs = [g for g in gold_docs if g.get("split") == "train"]
    if not train_docs:
        raise _fail(f"{gold} has no document in split 'train'")
    data = samples(train_docs, unscored_pipeline().pipe(documents_of(train_docs, articles)))
    try:
        scorer = fit(data, c, about={"trained_on": f"{gold.name} split train", "lexicon_hash": shipped_hash()})
    except (RuntimeError, ValueError) as exc:
        raise _fail(str(exc)) from None
    text = json.dumps(scorer.to_json(), ensure_ascii=False, indent=1) + "\n"
    if out is None:
        typer.echo(text, nl=False)
    else:
        out.write_text(text, encoding="utf-8")
        err.print(f"scorer: {len(data)} records ({sum(s[2] for s in data)} right) → {out}")
