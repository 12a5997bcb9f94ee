"""Review of df22689 (cues.toml [modality] consult_before "quyết định"; [dates] "kể từ khi" / "từ khi" in
null_markers, null_before_only and null_own_phrase): cases the change got wrong, each failing at df22689, and one
the narrowing's first try got wrong (a comma after an actor that lists nothing ends the phrase)."""

from __future__ import annotations

from test_records import run


def test_a_decision_as_a_noun_leaves_the_meeting_it_was_taken_at() -> None:
    # "quyết định" as a noun (the decision taken at a meeting) is no plan of the meeting: the talks were held
    # (the guide: a contact that took place is a CONSULT). At df22689 'quyết định' before the cue drops it.
    recs = run("Quyết định được đưa ra sau cuộc hội đàm giữa Ngoại trưởng Mỹ Rex Tillerson và Ngoại trưởng Nga "
               "Sergei Lavrov tại Moskva ngày 12/4.", published="2017-04-13T08:00:00+07:00")
    assert [r for r in recs if r.type == "CONSULT" and {"USA", "RUS"} <= set(r.participants)]
    recs = run("Ngày 12/4, Ngoại trưởng Mỹ Rex Tillerson thông báo quyết định trên trong cuộc gặp với Ngoại trưởng "
               "Nga Sergei Lavrov tại Moskva.", published="2017-04-13T08:00:00+07:00")
    assert [r for r in recs if r.type == "CONSULT" and {"USA", "RUS"} <= set(r.participants)]


def test_a_since_phrase_closed_by_ma_leaves_the_main_act_its_day() -> None:
    # "lần đầu tiên kể từ khi ông nhậm chức mà ..." is the commit's own kept case with "mà" for the comma: the
    # agreement is the story's act of 2/6, not the one the time is measured from.
    recs = run("Ngày 2/6, Hội đồng Bảo an thông qua nghị quyết mới về Triều Tiên.",
               "Đây là lần đầu tiên kể từ khi Tổng thống Donald Trump nhậm chức mà Mỹ và Trung Quốc đạt được sự nhất "
               "trí về một nghị quyết liên quan đến Triều Tiên.", published="2017-06-03T08:00:00+07:00")
    agree = [r for r in recs if r.type == "AGREE"]
    assert agree and all(r.date == "2017-06-02" for r in agree)


def test_a_since_until_now_period_leaves_a_running_measure_its_statements_day() -> None:
    # corpus (Dân trí news_health_063, adapted): "Từ khi xảy ra dịch ... đến nay" ends at "đến nay"; the
    # measure after it is the running count reported on 26/4 (the guide: an ongoing measure reported in a dated
    # statement takes the statement's date), not an act the time is measured from.
    recs = run("Chiều 26/4, ông Nguyễn Thanh Long - Bộ trưởng Bộ Y tế làm trưởng đoàn có buổi làm việc tại TP Cần "
               "Thơ về công tác phòng chống dịch Covid-19.",
               "Ông Nguyễn Phước Tồn, Phó giám đốc Sở Y tế TP Cần Thơ cho biết: Từ khi xảy ra dịch Covid-19 đến nay "
               "Cần Thơ đã cách ly tập trung 1.250 người nhập cảnh.", published="2021-04-26T20:00:00+07:00")
    quarantine = [r for r in recs if r.type == "MEASURE" and r.measure == "quarantine"]
    assert quarantine and all(r.date == "2021-04-26" for r in quarantine)


def test_a_comma_of_a_list_inside_the_since_phrase_does_not_end_it() -> None:
    # The agreement is still the one the exercise is measured from; the comma only lists its parties.
    recs = run("Ngày 24/6, hải quân ba nước bắt đầu cuộc tập trận chung tại Biển Nhật Bản.",
               "Đây là cuộc tập trận lớn nhất kể từ khi Mỹ, Nhật Bản và Hàn Quốc nhất trí tăng cường hợp tác quân sự "
               "ba bên.", published="2017-06-25T08:00:00+07:00")
    agree = [r for r in recs if r.type == "AGREE"]
    assert agree and all(r.date is None for r in agree)


def test_the_main_clauses_day_does_not_date_the_act_in_the_since_phrase() -> None:
    # One sentence: the day belongs to the launch; the agreement is what the count is measured from (a time placed
    # before the reporting event, null). The "no day in the clause" condition borrowed from "tuần này" gives it 4/7.
    recs = run("Ngày 4/7, Triều Tiên phóng tên lửa lần thứ 11 kể từ khi Mỹ và Hàn Quốc nhất trí triển khai THAAD.",
               published="2017-07-05T08:00:00+07:00")
    agree = [r for r in recs if r.type == "AGREE"]
    assert agree and all(r.date is None for r in agree)


def test_a_comma_between_the_since_phrase_and_the_next_subject_ends_it() -> None:
    # A comma after an actor that no list goes on from ("tổng thống Mỹ, Thủ tướng Abe cam kết ...") ends the phrase:
    # the promise after it is the call's own, dated by it (a list is "Mỹ, Nhật Bản và Hàn Quốc").
    recs = run("Ngày 2/6, Thủ tướng Nhật Bản Shinzo Abe có cuộc điện đàm với Tổng thống Nga Vladimir Putin.",
               "Đây là lần đầu tiên kể từ khi ông Donald Trump đắc cử tổng thống Mỹ, Thủ tướng Abe cam kết hợp tác "
               "với Nga về vấn đề Triều Tiên.", published="2017-06-03T08:00:00+07:00")
    agree = [r for r in recs if r.type == "AGREE"]
    assert agree and all(r.date == "2017-06-02" for r in agree)


def test_a_list_must_open_the_since_phrase() -> None:
    # "tổng thống Mỹ, Nhật Bản và Hàn Quốc" is no list of the phrase's subjects: the phrase ends at the comma, and
    # the agreement after it is the story's own, dated by the meeting (a read of the whole change).
    recs = run("Ngày 2/6, Ngoại trưởng Nhật Bản và Ngoại trưởng Hàn Quốc có cuộc gặp tại Tokyo.",
               "Đây là lần đầu tiên kể từ khi ông Trump nhậm chức tổng thống Mỹ, Nhật Bản và Hàn Quốc đạt được sự nhất "
               "trí về vấn đề Triều Tiên.", published="2017-06-03T08:00:00+07:00")
    agree = [r for r in recs if r.type == "AGREE"]
    assert agree and all(r.date == "2017-06-02" for r in agree)
