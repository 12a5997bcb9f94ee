"""The scorer follows the guide's Scoring section: direction counts, Jaccard ≥ 0.5,
one-to-one matching, quantities within 0.5%."""

from hoptac.evaluate import actor_set, format_report, score

CALL = {"type": "CONSULT", "mode": "phone", "date": "2020-04-02", "participants": ["VNM", "CHN"],
        "evidence": "Ngày 2/4, Thủ tướng Chính phủ Nguyễn Xuân Phúc đã điện đàm với Thủ tướng Quốc vụ viện Trung Quốc."}
AID = {"type": "AID", "source": "CHN", "targets": ["VNM"], "category": "medical_supplies", "status": "pledged",
       "quantities": [{"value": 270000000, "unit": "USD", "qualifier": "exact", "item": None}], "date": "2020-04-02"}


def gold(*events, body=("Ngày 2/4, hai bên điện đàm.",), title="Tiêu đề"):
    return [{"id": "d1", "title": title, "body": list(body), "events": list(events)}]


def test_perfect_prediction_scores_one():
    r = score(gold(CALL, AID), gold(CALL, AID))
    assert r.records["ALL"].f1 == 1.0 and r.body.f1 == 1.0 and r.titles.right == 1
    assert r.actors.f1 == 1.0 and r.quantities.f1 == 1.0 and r.details["date"].value == 1.0


def test_direction_counts_for_source_and_targets():
    flipped = dict(AID, source="VNM", targets=["CHN"])
    assert actor_set(flipped) != actor_set(AID)
    r = score(gold(AID), gold(flipped))
    assert r.records["AID"].tp == 0 and r.records["AID"].fp == 1 and r.records["AID"].fn == 1


def test_jaccard_half_matches_and_actor_f1_is_partial():
    wider = dict(CALL, participants=["VNM", "CHN", "LAO"])
    r = score(gold(CALL), gold(wider))
    assert r.records["CONSULT"].tp == 1
    assert 0.5 < r.actors.f1 < 1.0


def test_matching_is_one_to_one():
    r = score(gold(CALL), gold(CALL, dict(CALL)))
    assert r.records["CONSULT"].tp == 1 and r.records["CONSULT"].fp == 1


def test_ties_broken_by_agreeing_details():
    other_day = dict(CALL, date="2020-04-05")
    r = score(gold(other_day, CALL), gold(CALL))
    assert r.details["date"].value == 1.0


def test_measure_needs_same_measure():
    g = {"type": "MEASURE", "source": "IND", "measure": "lockdown", "quantities": [], "date": None}
    p = dict(g, measure="quarantine")
    assert score(gold(g), gold(p)).records["MEASURE"].tp == 0


def test_quantity_within_half_percent():
    near = dict(AID, quantities=[{"value": 270_900_000, "unit": "USD", "qualifier": "exact", "item": None}])
    far = dict(AID, quantities=[{"value": 280_000_000, "unit": "USD", "qualifier": "exact", "item": None}])
    assert score(gold(AID), gold(near)).quantities.f1 == 1.0
    assert score(gold(AID), gold(far)).quantities.f1 == 0.0


def test_missing_document_counts_as_empty_and_body_tokens_are_multisets():
    r = score(gold(CALL), [])
    assert r.records["ALL"].fn == 1 and r.body.recall == 0.0
    half = score(gold(body=["a a b b"]), gold(body=["a b"]))
    assert half.body.precision == 1.0 and half.body.recall == 0.5


def test_errors_are_listed():
    text = format_report(score(gold(CALL), gold(AID)), errors=True)
    assert "false positives (1)" in text and "misses (1)" in text


def test_an_amount_on_a_record_of_another_day_is_no_dated_hit():
    # Records match without their dates: the amount scores as right, and as wrong once its day counts too.
    other_day = dict(AID, date="2020-04-09")
    r = score(gold(AID), gold(other_day))
    assert r.records["AID"].tp == 1 and r.quantities.f1 == 1.0 and r.quantities_dated.f1 == 0.0
    assert score(gold(AID), gold(AID)).quantities_dated.f1 == 1.0
    assert "quantity F1, with the record's date right 0.000" in format_report(r)
