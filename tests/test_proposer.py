"""The learned proposer: candidates from real sentences, what a proposed record carries, the shipped weights."""

from __future__ import annotations

import json

import pytest

from hoptac.model import Document
from hoptac.records.proposer import Proposer, TypeModel, candidates, propose_records, shipped
from test_records import run_doc

# Two states in one sentence, and no cue word of a meeting the rules know.
WELCOME = "Ngày 31/5, Tổng thống Mỹ Donald Trump chào đón Thủ tướng Nguyễn Xuân Phúc tại Nhà Trắng."
CALL = "Chiều 2/4, Thủ tướng Nguyễn Xuân Phúc điện đàm với Thủ tướng Nhật Bản Shinzo Abe."


def _welcoming(threshold: float | None = 0.5, calibration: list[tuple[float, float]] | None = None) -> Proposer:
    """A proposer that knows one word: 'chào' makes a meeting likely."""
    return Proposer({"CONSULT": TypeModel({"w:chào": 4.0}, -2.0, threshold, line=7, calibration=calibration or [])})


def test_a_sentence_naming_two_states_is_a_candidate_of_each_type() -> None:
    doc = run_doc(WELCOME)
    found = candidates(doc)
    assert {c.type for c in found} == {"CONSULT", "AGREE"}
    assert all(set(c.codes) == {"USA", "VNM"} for c in found)
    consult = next(c for c in found if c.type == "CONSULT")
    assert consult.features["w:chào"] == 1.0 and consult.features["n:2"] == 1.0 and consult.features["vnm"] == 1.0


def test_no_candidate_where_the_rules_gave_a_record_of_the_type_between_those_states() -> None:
    doc = run_doc(CALL)
    assert [r.type for r in doc.records] == ["CONSULT"]
    assert {c.type for c in candidates(doc)} == {"AGREE"}  # the call is the rules' already


def test_a_proposed_record_names_its_rule_its_reason_and_a_calibrated_confidence() -> None:
    doc = propose_records(run_doc(WELCOME), _welcoming(calibration=[(0.5, 0.4), (0.8, 0.7)]))
    [rec] = doc.records
    assert rec.type == "CONSULT" and set(rec.participants) == {"USA", "VNM"} and rec.mode == "meeting"
    assert rec.rule == "proposer.json:7:CONSULT.learned:"
    assert rec.date == "2021-05-31"  # the sentence's own day
    m = rec.mentions[0]
    assert m.text == WELCOME and doc.text[m.start:m.end] == WELCOME
    assert "p=0.88 >= 0.50" in m.reason and "w:chào" in m.reason and m.confidence == 0.881
    assert rec.confidence == 0.7  # the share right in its band of probability, not the probability
    assert "mode meeting: no word of another mode" in m.reason


def test_under_its_threshold_or_without_a_threshold_nothing_is_proposed() -> None:
    assert propose_records(run_doc(WELCOME), _welcoming(threshold=0.9)).records == []
    assert propose_records(run_doc(WELCOME), _welcoming(threshold=None)).records == []  # scored only


def test_one_record_per_type_and_states_however_many_sentences_propose_it() -> None:
    doc = propose_records(run_doc(WELCOME, WELCOME.replace("Ngày 31/5", "Sau đó")), _welcoming())
    assert len(doc.records) == 1


def test_the_file_names_the_line_of_each_type() -> None:
    text = _welcoming().dumps()
    loaded = Proposer.from_json(json.loads(text), text)
    line = text.splitlines()[loaded.types["CONSULT"].line - 1]
    assert line.strip().startswith('"CONSULT": {')


def test_the_shipped_proposer_is_current_and_runs_after_the_scorer() -> None:
    from hoptac.pipeline import Pipeline

    proposer = shipped()
    assert proposer is not None and proposer.about.get("trained_on")  # not stale: trained against these rules
    names = Pipeline().names
    assert names.index("propose") == names.index("score") + 1
    for model in proposer.types.values():
        shares = [share for _lo, share in model.calibration]
        assert all(0.0 < share < 1.0 for share in shares) and shares == sorted(shares)  # monotone
    # The thresholds were chosen on the open splits' folds and the proposer kept only with a gain there.
    proposing = [t for t, m in proposer.types.items() if m.threshold is not None]
    assert bool(proposing) == bool(proposer.about.get("kept"))
    assert all(proposer.types[t].calibration for t in proposing)


def test_a_stale_or_missing_proposer_proposes_nothing(monkeypatch: pytest.MonkeyPatch, tmp_path) -> None:
    import hoptac.records.proposer as module

    stale = tmp_path / "proposer.json"
    stale.write_text(json.dumps({"about": {"proposer_hash": "0"}, "types": {"CONSULT": {"threshold": 0.1, "weights": {}}}}))
    monkeypatch.setattr(module, "DATA", stale)
    module.shipped.cache_clear()
    try:
        assert module.shipped() is None
        assert propose_records(Document(text="")).records == []
        monkeypatch.setattr(module, "DATA", tmp_path / "none.json")
        module.shipped.cache_clear()
        assert module.shipped() is None
    finally:
        module.shipped.cache_clear()


def test_fit_learns_which_candidates_hold_a_missed_record() -> None:
    pytest.importorskip("sklearn")
    from hoptac.train import fit_proposer

    welcome = [c for c in candidates(run_doc(WELCOME)) if c.type == "CONSULT"]
    other = [c for c in candidates(run_doc("Mỹ và Nhật Bản đều đang đối mặt với dịch bệnh.")) if c.type == "CONSULT"]
    data = [(c, f"a{i}", 1) for i in range(6) for c in welcome] + [(c, f"b{i}", 0) for i in range(6) for c in other]
    model = fit_proposer(data, c=1.0, thresholds={"CONSULT": 0.5}, min_count=1)
    consult = model.types["CONSULT"]
    assert consult.threshold == 0.5
    assert consult.probability(welcome[0].features) > 0.5 > consult.probability(other[0].features)


def test_hoptac_train_fits_the_proposer_on_the_open_splits(tmp_path) -> None:
    pytest.importorskip("sklearn")
    import gzip

    from typer.testing import CliRunner

    from hoptac.cli import app

    other = "Mỹ và Nhật Bản đều đang đối mặt với dịch bệnh."
    text = f"{WELCOME}\n{other}"
    folder = tmp_path / "corpora"
    folder.mkdir()
    with gzip.open(folder / "mini.jsonl.gz", "wt", encoding="utf-8") as fh:
        fh.write(json.dumps({"id": "a1", "title": "Thủ tướng tới Nhà Trắng", "text": text, "date": "2017-06-01"},
                            ensure_ascii=False) + "\n")
    meeting = {"type": "CONSULT", "participants": ["USA", "VNM"], "mode": "meeting", "date": "2017-05-31",
               "evidence": WELCOME, "span": {"field": "text", "start": 0, "end": len(WELCOME)}}
    gold = tmp_path / "gold.jsonl"
    gold.write_text(json.dumps({"corpus": "mini", "id": "a1", "split": "train", "events": [meeting]},
                               ensure_ascii=False) + "\n", encoding="utf-8")
    out = tmp_path / "proposer.json"
    result = CliRunner().invoke(app, ["train", str(gold), "--corpora", str(folder), "--proposer", "--out", str(out)])
    assert result.exit_code == 0, result.output
    text_out = out.read_text(encoding="utf-8")
    model = Proposer.from_json(json.loads(text_out), text_out)
    assert model.about["right"] >= 1 and model.about["samples"] > model.about["right"]  # the welcome is a missed meeting
    assert "CONSULT" in model.types and model.types["CONSULT"].threshold is None  # scored only: eval decides
