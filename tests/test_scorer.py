"""The learned scorer: features from real records, the shipped weights, calibration and filtering."""

from __future__ import annotations

import pytest

from hoptac.records.scorer import Scorer, features, score_records, shipped
from test_records import run

CALL = "Chiều 2/4, Thủ tướng Nguyễn Xuân Phúc điện đàm với Thủ tướng Nhật Bản Shinzo Abe."
AID = "Nhật Bản viện trợ 500.000 USD cho Lào để phòng chống dịch Covid-19."


def test_features_name_the_rule_and_the_words_around_its_cue() -> None:
    rec = run(AID)[0]
    f = features(rec)
    assert f["type=AID"] == 1.0 and f["quantities"] == 1.0
    assert any(k.startswith("group=AID.") for k in f)
    assert f.get("w-1=bản") == 1.0  # "Nhật Bản | viện trợ"
    assert any(k.startswith("after=") for k in f)


def test_the_shipped_scorer_calibrates_every_record() -> None:
    scorer = shipped()
    assert scorer is not None and scorer.weights and scorer.about.get("trained_on")
    from hoptac.model import Document
    from hoptac.pipeline import Pipeline

    # score is the last stage that changes the rules' records (the proposer's carry their own confidence)
    assert Pipeline().names[-4:] == ["score", "propose", "run", "keys"]
    doc = score_records(Document(text="", records=run(CALL, AID)))
    assert {r.type for r in doc.records} == {"CONSULT", "AID"}
    for r in doc.records:
        assert 0.0 < r.confidence < 1.0
        assert r.confidence == round(scorer.probability(r), 3)


def test_a_threshold_drops_a_record_and_says_why() -> None:
    from hoptac.model import Document

    recs = run(AID)
    doc = Document(text="", records=recs)
    strict = Scorer({"type=AID": -5.0}, 0.0, threshold=0.5)
    score_records(doc, strict)
    assert doc.records == []
    assert doc.drops[-1].kind == "score" and "p=0.01 < 0.50" in doc.drops[-1].reason
    lenient = Scorer({"type=AID": 5.0}, 0.0, threshold=0.5)
    doc = Document(text="", records=run(AID))
    assert len(score_records(doc, lenient).records) == 1


def test_fit_learns_which_records_are_right() -> None:
    pytest.importorskip("sklearn")
    from hoptac.train import fit

    right = [(r, None, 1, "train") for r in run(CALL) * 6]
    wrong = [(r, None, 0, "train") for r in run(AID) * 6]
    model = fit(right + wrong, c=1.0)  # type: ignore[arg-type]
    assert model.probability(run(CALL)[0]) > 0.5 > model.probability(run(AID)[0])


def test_the_shipped_scorer_was_trained_against_the_shipped_rules() -> None:
    # A rule file changed since training changes what the features mean: retrain with
    # `python eval/scorer_eval.py --write` (it needs ../shared/corpora).
    import json

    from hoptac.lexicon import shipped_hash
    from hoptac.records.scorer import DATA

    about = json.loads(DATA.read_text(encoding="utf-8"))["about"]
    assert about.get("lexicon_hash") == shipped_hash(), "the learned scorer is stale: retrain it"
