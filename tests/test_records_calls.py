"""Requests and names from the open splits' errors (eval/gold extra13): a call made again in noun form is an act."""

from __future__ import annotations

from test_records import find, run


def test_a_call_repeated_in_noun_form_is_a_request_and_the_noun_alone_is_none() -> None:
    # corpus: "nhắc lại lời kêu gọi các thành viên NATO đóng góp ..." is the President's own request.
    recs = run("Hôm 6/2, Tổng thống Donald Trump phát biểu tại căn cứ MacDill.",
               "Cũng trong bài phát biểu, Tổng thống Donald Trump đã tuyên bố sẽ đánh bại IS, đồng thời nhắc lại lời kêu "
               "gọi các thành viên NATO đóng góp hơn nữa cho liên minh chống IS.",
               published="2017-02-07T08:00:00+07:00")
    assert find(recs, "REQUEST", source=["USA"], targets=["NATO"]).date == "2017-02-06"
    # The noun alone names a call made elsewhere; "lời kêu gọi của" names its owner, not this speaker.
    assert not [r for r in run("Nga bác bỏ lời kêu gọi các thành viên NATO rút quân.") if r.type == "REQUEST"]
    assert not [r for r in run("Triều Tiên phớt lờ việc Nga nhắc lại lời kêu gọi của Trung Quốc về đối thoại.")
                if r.type == "REQUEST" and r.source == ["RUS"]]
