"""Standoff gold: rebuilt from a corpus, offsets checked, scored per split, frozen split kept closed."""

from __future__ import annotations

import gzip
import re
import json

import pytest
from typer.testing import CliRunner

from hoptac.cli import app
from hoptac.gold import GoldError, load_standoff

runner = CliRunner()
ARTICLE = {
    "id": "news_world_001", "title": "Nhật Bản viện trợ Việt Nam",
    "text": "Ngày 2/4, Nhật Bản đã trao tặng Việt Nam 1.000 máy thở.\nHai bên nhất trí tăng cường hợp tác.",
    "source": "dantri.com.vn", "date": "2021-04-03",
}
EVIDENCE = "Ngày 2/4, Nhật Bản đã trao tặng Việt Nam 1.000 máy thở."


@pytest.fixture()
def corpus(tmp_path):
    folder = tmp_path / "corpora"
    folder.mkdir()
    other = {"id": "news_sport_002", "title": "Bóng đá", "text": "Đội tuyển thắng 2-0.", "date": "2021-04-03"}
    with gzip.open(folder / "mini.jsonl.gz", "wt", encoding="utf-8") as fh:
        for art in (ARTICLE, other):
            fh.write(json.dumps(art, ensure_ascii=False) + "\n")
    return folder


def _gold(start: int = 0, split: str = "test") -> list[dict]:
    aid = {"type": "AID", "source": "JPN", "targets": ["VNM"], "category": "medical_supplies",
           "status": "delivered", "date": "2021-04-02",
           "quantities": [{"value": 1000, "unit": "ventilator", "qualifier": "exact", "item": "máy thở"}],
           "evidence": EVIDENCE, "span": {"field": "text", "start": start, "end": start + len(EVIDENCE)}}
    return [{"corpus": "mini", "id": "news_world_001", "split": split, "events": [aid]},
            {"corpus": "mini", "id": "news_sport_002", "split": "train", "events": []}]


def test_standoff_gold_is_rebuilt_from_the_corpus(corpus) -> None:
    docs = load_standoff(_gold(), corpus)
    assert docs[0]["title"] == ARTICLE["title"] and docs[0]["published"] == "2021-04-03"
    assert docs[0]["body"] == ARTICLE["text"].splitlines()
    assert docs[0]["events"][0]["evidence"] == EVIDENCE and "span" not in docs[0]["events"][0]
    assert docs[1]["events"] == [] and docs[1]["split"] == "train"


def test_offsets_that_do_not_slice_to_the_quote_are_refused(corpus) -> None:
    with pytest.raises(GoldError, match="record 0: offsets 1-"):
        load_standoff(_gold(start=1), corpus)
    bad = _gold()
    bad[1]["id"] = "news_gone_999"
    with pytest.raises(GoldError, match="not in corpus"):
        load_standoff(bad, corpus)


def test_eval_scores_standoff_gold_per_split_and_keeps_the_frozen_split_closed(corpus, tmp_path) -> None:
    gold = tmp_path / "gold.jsonl"
    gold.write_text("\n".join(json.dumps(g, ensure_ascii=False) for g in _gold()) + "\n", encoding="utf-8")
    result = runner.invoke(app, ["eval", str(gold), "--corpora", str(corpus)])
    assert result.exit_code == 0, result.output
    assert "== test (1 documents) ==" in result.stdout and "== train (1 documents) ==" in result.stdout
    assert re.search(r"AID\s+1.000\s+1.000\s+1.000\s+1\s+0\s+0", result.stdout)  # hoptac finds the handover
    closed = runner.invoke(app, ["eval", str(gold), "--corpora", str(corpus), "--split", "test", "--errors"])
    assert closed.exit_code == 2 and "frozen" in closed.output
    # The second measuring set (eval/select_check.py) is frozen too.
    check = tmp_path / "check.jsonl"
    check.write_text("\n".join(json.dumps(dict(g, split="check")) for g in _gold()[:1]) + "\n", encoding="utf-8")
    closed = runner.invoke(app, ["eval", str(check), "--corpora", str(corpus), "--split", "check", "--errors"])
    assert closed.exit_code == 2 and "'check' split is frozen" in closed.output
    listed = runner.invoke(app, ["eval", str(gold), "--corpora", str(corpus), "--errors"])
    assert listed.exit_code == 0 and "false positives" in listed.stdout
    no_corpora = runner.invoke(app, ["eval", str(gold)])
    assert no_corpora.exit_code == 2 and "--corpora" in no_corpora.output


def test_hashed_evidence_is_checked_and_rebuilt(corpus) -> None:
    from hoptac.gold import evidence_fields

    gold = _gold()
    ev = gold[0]["events"][0]
    ev.update(evidence_fields(ev.pop("evidence")))
    [doc, _] = load_standoff(gold, corpus)
    assert doc["events"][0]["evidence"] == EVIDENCE  # rebuilt from the corpus
    ev["evidence_sha1"] = "0" * 40
    with pytest.raises(GoldError, match="not the evidence"):
        load_standoff(gold, corpus)


def test_a_split_must_be_train_test_or_check(corpus) -> None:
    gold = _gold(split="tset")
    with pytest.raises(GoldError, match="split 'tset' is not one of train, test, check"):
        load_standoff(gold, corpus)
    del gold[1]["corpus"]
    gold[0]["split"] = "test"
    with pytest.raises(GoldError, match="line 2: a standoff line needs 'corpus'"):
        load_standoff(gold, corpus)


def test_frozen_errors_stay_closed_for_full_gold_too(tmp_path) -> None:
    """Gold in the guide's full schema whose documents carry a split: the test split's errors
    are not listed either (a missed record there would otherwise print its evidence)."""
    gold, pred = tmp_path / "g.jsonl", tmp_path / "p.jsonl"
    miss = {"type": "AID", "source": "JPN", "targets": ["VNM"], "evidence": "SECRET TEST SENTENCE"}
    gold.write_text("\n".join(json.dumps(d) for d in [
        {"id": "a", "split": "test", "events": [miss]},
        {"id": "b", "split": "train", "events": [dict(miss, evidence="OPEN TRAIN SENTENCE")]}]) + "\n",
        encoding="utf-8")
    pred.write_text('{"id": "a", "events": []}\n{"id": "b", "events": []}\n', encoding="utf-8")
    result = runner.invoke(app, ["eval", str(gold), "--pred", str(pred), "--errors"])
    assert result.exit_code == 0
    assert "OPEN TRAIN SENTENCE" in result.stdout and "[b]" in result.stdout
    assert "SECRET" not in result.stdout


def test_the_frozen_split_is_pinned() -> None:
    """The gold in eval/gold/ keeps its selection: 72 test and 138 train articles, the ids
    and splits of selection.jsonl, and a span and an evidence fingerprint on every record."""
    from pathlib import Path

    here = Path(__file__).resolve().parents[1] / "eval" / "gold"
    selection = {(r["corpus"], r["id"]): r["split"] for r in map(json.loads, (here / "selection.jsonl").open())}
    for name in ("gold.jsonl", "pass_a.jsonl", "pass_b.jsonl"):
        rows = [json.loads(line) for line in (here / name).open(encoding="utf-8")]
        assert {(r["corpus"], r["id"]): r["split"] for r in rows} == selection, name
        assert all(set(e["span"]) == {"field", "start", "end"} and len(e["evidence_sha1"]) == 40 and
                   "evidence" not in e for r in rows for e in r["events"]), name
    splits = list(selection.values())
    assert (splits.count("test"), splits.count("train")) == (72, 138)
