"""An agreement named as a noun with its parties after "giữa" ([AGREE.between], rule setting between_only):
the parties agreed, whenever they did; whoever names or reports it is no party of it."""

from __future__ import annotations

from test_records import find, run


def test_an_agreement_named_between_two_states_is_theirs() -> None:
    recs = run("Tổng thống Trump có tiếng là có quan điểm cứng rắn với Iran ngay từ khi vận động tranh cử và gọi thỏa "
               "thuận hạt nhân đạt được giữa Mỹ với Iran dưới thời ông Barack Obama là một sai lầm.")
    find(recs, "AGREE", participants=["USA", "IRN"])
    # The body that reports it (the UN Security Council) is no party: only those after "giữa" are.
    recs = run("Đây là nghị quyết đầu tiên tại Hội đồng Bảo an Liên Hợp Quốc có sự đồng thuận giữa Mỹ và Trung Quốc kể "
               "từ khi Tổng thống Donald Trump lên nắm quyền.")
    assert [r.participants for r in recs if r.type == "AGREE"] == [["USA", "CHN"]]


def test_an_agreement_under_negotiation_or_with_one_party_named_is_none() -> None:
    assert not [r for r in run("Hai bên vẫn đang đàm phán về thỏa thuận thương mại giữa Mỹ và Trung Quốc.")
                if r.type == "AGREE"]
    # One party after "giữa" ("3 đối tác" is no state): no agreement of the speaker's state with it.
    assert not [r for r in run("Các quan chức cấp cao của Mỹ cho biết một thỏa thuận giữa Mỹ và 3 đối tác Ấn Độ Dương - "
                               "Thái Bình Dương đã đạt được.") if r.rule and "AGREE.between" in r.rule]


def test_review_the_parties_are_the_states_listed_right_after_giua() -> None:
    # Not a state named between the noun and "giữa", nor one after the list.
    assert not [r for r in run("Hiệp định hòa bình Afghanistan giữa Mỹ và Taliban được ký tại Doha.")
                if r.type == "AGREE"]
    recs = run("Thỏa thuận giữa Mỹ và Mexico khiến Canada lo ngại.")
    assert [r.participants for r in recs if r.type == "AGREE"] == [["USA", "MEX"]]
    # "giữa" of time ("giữa năm", "giữa lúc") names no party.
    for text in ("Hiệp định có hiệu lực từ giữa năm 2020 giúp hàng hóa Việt Nam vào EU dễ dàng hơn.",
                 "Sự đồng thuận giữa lúc căng thẳng Mỹ - Trung Quốc là rất khó."):
        assert not [r for r in run(text) if r.type == "AGREE"], text
    # A pair word alone would take whichever pair was named last.
    assert not [r for r in run("Khi tình hình căng thẳng trên bán đảo Triều Tiên chưa hết nóng, ông Trump yêu cầu Hàn "
                               "Quốc trả cho Mỹ 1 tỷ USD và đe dọa xóa sổ Hiệp ước thương mại tự do giữa hai nước.")
                if r.type == "AGREE"]


def test_review_a_named_agreement_governs_no_later_act_and_takes_only_its_own_date() -> None:
    recs = run("Theo thỏa thuận giữa Việt Nam và Nhật Bản, Nhật Bản đã bàn giao 1 triệu liều vaccine cho Việt Nam.")
    find(recs, "AID", source=["JPN"], targets=["VNM"])
    find(recs, "AGREE", participants=["VNM", "JPN"])
    recs = run("Ngày 5/3, lãnh đạo hai nước Việt Nam và Mỹ đã hội đàm tại Hà Nội.",
               "Hai bên nhắc lại hiệp định giữa Việt Nam và Mỹ năm 2016.", published="2021-03-06T08:00:00+07:00")
    assert find(recs, "AGREE", participants=["VNM", "USA"]).date is None
    recs = run("Dự án dùng vốn vay ODA của Trung Quốc theo Hiệp định khung ký ngày 30/5/2008 giữa hai Chính phủ Việt Nam - "
               "Trung Quốc.")
    assert find(recs, "AGREE", participants=["VNM", "CHN"]).date == "2008-05-30"


def test_review_unsigned_left_or_lacking_agreements_are_none_and_destroying_bombs_is_no_cancelling() -> None:
    for text in ("Thỏa thuận giữa Mỹ và Trung Quốc vẫn chưa được ký.",
                 "Ông Trump đã rút Mỹ khỏi thỏa thuận hạt nhân giữa Iran và Nga.",
                 "Hiện vẫn thiếu sự đồng thuận giữa Mỹ và Trung Quốc về vấn đề này."):
        assert not [r for r in run(text) if r.type == "AGREE"], text
    find(run("Hiệp định giữa Việt Nam và Mỹ về tiêu hủy bom mìn được ký năm 2016."), "AGREE",
         participants=["VNM", "USA"])


def test_second_review_a_list_needs_a_joining_word_and_a_failed_agreement_governs_nothing() -> None:
    # Words after the list end it, whatever state follows them (no joining word).
    recs = run("Thỏa thuận giữa Mỹ và Triều Tiên tại Singapore năm 2018 vẫn còn hiệu lực.")
    assert [r.participants for r in recs if r.type == "AGREE"] == [["USA", "PRK"]]
    for text in ("Hiệp định tự do thương mại giữa cuộc chiến thương mại Mỹ - Trung Quốc là điểm sáng.",
                 "Sự đồng thuận giữa các nước thành viên ASEAN và Trung Quốc là cần thiết."):
        assert not [r for r in run(text) if r.type == "AGREE"], text
    # An agreement that names no parties is none, and puts the aid after it in no scope.
    recs = run("Thỏa thuận giữa hai nước cho phép Nhật Bản viện trợ 10 triệu USD cho Việt Nam.")
    find(recs, "AID", source=["JPN"], targets=["VNM"])
    # A day before the noun dates the verb that reports it, not the agreement.
    recs = run("Ngày 5/3, người phát ngôn Bộ Ngoại giao Mỹ cho biết thỏa thuận giữa Mỹ và Triều Tiên vẫn có hiệu lực.",
               published="2021-03-06T08:00:00+07:00")
    assert find(recs, "AGREE", participants=["USA", "PRK"]).date is None
