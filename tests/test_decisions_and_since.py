"""A decision to go is no contact yet, and an act in a "kể từ khi" / "từ khi" clause is undated (cues.toml
[modality] consult_before, [dates] null_markers and null_before_only): from the open splits' wrong conference
records and wrong dates (stop 58)."""

from __future__ import annotations

from test_records import run


def test_a_decision_to_attend_is_no_contact() -> None:
    # corpus (Báo Mới): the decision is news months before the summit; the attendance has not happened.
    recs = run("Việc Tổng thống Mỹ Donald Trump quyết định tới Việt Nam dự Hội nghị cấp cao APEC ngay trong năm đầu "
               "cầm quyền cho thấy Chính quyền Mỹ đánh giá tích cực vai trò của Việt Nam.", published=None)
    assert not [r for r in recs if r.type == "CONSULT"]
    # A decision, then the act said done ("đã" between them): the contact took place.
    recs = run("Tổng thống Mỹ Donald Trump quyết định tới Việt Nam và đã tham dự Hội nghị cấp cao APEC tại Đà Nẵng.",
               published=None)
    assert [r for r in recs if r.type == "CONSULT"]


def test_an_agreement_in_a_since_clause_is_undated() -> None:
    # corpus (Báo Mới): the protest is dated; the agreement it is measured from is not (the guide: a time the
    # text places before the reporting event is null).
    recs = run("Ngày 24/6, hàng nghìn người biểu tình phản đối THAAD tại Seoul.",
               "Đây là cuộc biểu tình lớn nhất kể từ khi Hàn Quốc và Mỹ nhất trí triển khai THAAD, với khoảng 4.000 "
               "người tham gia.", published="2017-06-25T08:00:00+07:00")
    agree = [r for r in recs if r.type == "AGREE"]
    assert agree and all(r.date is None for r in agree)
    # An act of the main clause after the "kể từ khi" phrase is the story's own ("the first since ..."): dated.
    recs = run("Ngày 2/6, Hội đồng Bảo an thông qua nghị quyết mới về Triều Tiên.",
               "Đây là lần đầu tiên kể từ khi Tổng thống Donald Trump nhậm chức, Mỹ và Trung Quốc đạt được sự nhất trí "
               "về một nghị quyết liên quan đến Triều Tiên.", published="2017-06-03T08:00:00+07:00")
    agree = [r for r in recs if r.type == "AGREE"]
    assert agree and all(r.date == "2017-06-02" for r in agree)


def test_since_after_the_act_leaves_its_day() -> None:
    # "kể từ khi" after the contact qualifies it ("the first call since ..."): the contact keeps its day.
    recs = run("Ngày 28/1, lãnh đạo hai nước Mỹ và Nga đã thảo luận nhiều vấn đề trong cuộc điện đàm đầu tiên kể từ "
               "khi ông Trump nhậm chức.", published="2017-01-29T08:00:00+07:00")
    calls = [r for r in recs if r.type == "CONSULT"]
    assert calls and all(r.date == "2017-01-28" for r in calls)
