"""A purpose after a cue of the same type (records/modality.py cue_unreal): from the open splits' wrong conference
records (stop 57). The purpose restates the act before it only when that one is an act."""

from __future__ import annotations

from test_records import run


def test_a_purpose_after_a_contact_that_did_not_happen_is_no_act() -> None:
    # corpus (Báo Mới): the planned talks ('sẽ') do not make the summit after 'để' their restatement; it is the
    # purpose of a trip, no act (records/modality.py: the same-type exception needs a previous cue that is an act).
    recs = run("Trong tháng này, Tổng thống Macron cũng sẽ có cuộc hội đàm với Tổng thống Mỹ khi ông Trump tới "
               "Brussels, Bỉ để tham dự hội nghị thượng đỉnh NATO.", published=None)
    assert not [r for r in recs if r.type == "CONSULT"]
    # An act's purpose restating it still folds into it.
    recs = run("Nhật Bản đã viện trợ 1 triệu USD để hỗ trợ Việt Nam phòng chống dịch.", published=None)
    assert len([r for r in recs if r.type == "AID"]) == 1
