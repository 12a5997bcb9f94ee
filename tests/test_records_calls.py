"""Requests, agreements and names from the open splits' errors (eval/gold extra13): a call made again in noun form,
a proposal accepted, the official press's hyphenated spellings of states, Interpol."""

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


def test_accepting_a_proposal_is_an_agreement_and_the_proposal_its_answered_request() -> None:
    # corpus: "Indonesia đã chấp nhận lời đề nghị của Australia để hỗ trợ tìm kiếm tàu ngầm mất tích."
    recs = run("Theo USNI, Indonesia đã chấp nhận lời đề nghị của Australia để hỗ trợ tìm kiếm tàu ngầm mất tích.")
    find(recs, "AGREE", participants=["IDN", "AUS"])
    find(recs, "REQUEST", source=["AUS"], targets=["IDN"])
    # Refused, it is no agreement; accepting a risk agrees with nobody.
    assert not [r for r in run("Hàn Quốc không chấp nhận đề nghị của Mỹ về việc triển khai THAAD.") if r.type == "AGREE"]
    assert not [r for r in run("Nhật Bản chấp nhận rủi ro khi hợp tác với Mỹ.") if r.type == "AGREE"]


def test_the_official_press_hyphenated_names_and_interpol_are_actors() -> None:
    # corpus (a TTXVN reprint): "I-ta-li-a và Tuy-ni-di ký thỏa thuận hợp tác ..."
    recs = run("I-ta-li-a và Tuy-ni-di ký thỏa thuận hợp tác về việc giải quyết vấn đề người di cư bất hợp pháp.")
    find(recs, "AGREE", participants=["ITA", "TUN"])
    recs = run("Ngày 20/4, Bộ trưởng Ngoại giao Ô-xtrây-li-a đã điện đàm với người đồng cấp Cô-oét.")
    find(recs, "CONSULT", participants=["AUS", "KWT"], mode="phone")
    # A capital stands for its state only as a metonym, never as the place something happens in.
    recs = run("Tại An-ca-ra, Ngoại trưởng Mỹ đã gặp người đồng cấp Nga.")
    assert not [a for r in recs for a in (r.participants or []) if a == "TUR"]
    # corpus: "Chính phủ Peru cũng yêu cầu Interpol thúc đẩy nhanh các thủ tục ..."
    recs = run("Ngay sau đó, Chính phủ Peru cũng yêu cầu Interpol thúc đẩy nhanh các thủ tục để ban hành cảnh báo đỏ.")
    find(recs, "REQUEST", source=["PER"], targets=["INTERPOL"])
