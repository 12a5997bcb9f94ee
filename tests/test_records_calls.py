"""Requests, agreements and names from the open splits' errors (eval/gold extra13): a call made again in noun form,
a proposal accepted, the official press's hyphenated spellings of states, Interpol."""

from __future__ import annotations

from test_records import find, run, run_doc


def test_a_call_repeated_in_noun_form_is_a_request_and_the_noun_alone_is_none() -> None:
    # corpus: "nhắc lại lời kêu gọi các thành viên NATO đóng góp ..." is the President's own request.
    recs = run("Hôm 6/2, Tổng thống Donald Trump phát biểu tại căn cứ MacDill.",
               "Cũng trong bài phát biểu, Tổng thống Donald Trump đã tuyên bố sẽ đánh bại IS, đồng thời nhắc lại lời kêu "
               "gọi các thành viên NATO đóng góp hơn nữa cho liên minh chống IS.",
               published="2017-02-07T08:00:00+07:00")
    assert find(recs, "REQUEST", source=["USA"], targets=["NATO"]).date == "2017-02-06"
    # The noun alone names a call made elsewhere; with its owner named, near or far, it is the owner's, not the speaker's.
    assert not [r for r in run("Nga bác bỏ lời kêu gọi các thành viên NATO rút quân.") if r.type == "REQUEST"]
    for sentence in ("Nga nhắc lại lời kêu gọi của Trung Quốc về đối thoại với Mỹ.",
                     "Nga nhắc lại lời kêu gọi trước đây của Trung Quốc về đối thoại với Mỹ.",
                     "Nga nhắc lại lời kêu gọi mà Trung Quốc đưa ra với Mỹ."):
        assert not [r for r in run(sentence) if r.type == "REQUEST" and r.source == ["RUS"]], sentence


def test_accepting_a_proposal_is_an_agreement() -> None:
    # corpus: "Indonesia đã chấp nhận lời đề nghị của Australia để hỗ trợ tìm kiếm tàu ngầm mất tích."
    recs = run("Theo USNI, Indonesia đã chấp nhận lời đề nghị của Australia để hỗ trợ tìm kiếm tàu ngầm mất tích.")
    find(recs, "AGREE", participants=["IDN", "AUS"])
    # Refused, it is no agreement; an approval names no second side; an accepted invitation is protocol (guide).
    for sentence in ("Hàn Quốc không chấp nhận đề nghị của Mỹ về việc triển khai THAAD.",
                     "Bộ Ngoại giao Mỹ đã chấp thuận đề xuất bán 160 tên lửa cho UAE.",
                     "Chấp nhận lời mời của Thủ tướng Nhật Bản, Thủ tướng Nguyễn Xuân Phúc sẽ thăm Nhật Bản."):
        assert not [r for r in run(sentence) if r.type == "AGREE"], sentence


def test_the_official_press_hyphenated_names_and_interpol_are_actors() -> None:
    # corpus (a TTXVN reprint): "I-ta-li-a và Tuy-ni-di ký thỏa thuận hợp tác ..."
    recs = run("I-ta-li-a và Tuy-ni-di ký thỏa thuận hợp tác về việc giải quyết vấn đề người di cư bất hợp pháp.")
    find(recs, "AGREE", participants=["ITA", "TUN"])
    recs = run("Ngày 20/4, Bộ trưởng Ngoại giao Ô-xtrây-li-a đã điện đàm với người đồng cấp Cô-oét.")
    find(recs, "CONSULT", participants=["AUS", "KWT"], mode="phone")
    # A capital is its state as a metonym ("An-ca-ra kêu gọi ..."), never as the place of something ("Tại An-ca-ra").
    find(run("An-ca-ra kêu gọi Oa-sinh-tơn dẫn độ ông Gulen."), "REQUEST", source=["TUR"], targets=["USA"])
    doc = run_doc("Tại An-ca-ra, Ngoại trưởng Mỹ đã gặp người đồng cấp Nga.")
    assert "TUR" not in {a.code for a in doc.actors}
    # A short name is no state inside a place's name (corpus: "xã Ma Li Chải, huyện Phong Thổ").
    doc = run_doc("Trung Quốc viện trợ cho xã Ma Li Chải, huyện Phong Thổ 100 tấn gạo.")
    assert "MLI" not in {a.code for a in doc.actors}
    # corpus: "Chính phủ Peru cũng yêu cầu Interpol thúc đẩy nhanh các thủ tục ..."
    recs = run("Ngay sau đó, Chính phủ Peru cũng yêu cầu Interpol thúc đẩy nhanh các thủ tục để ban hành cảnh báo đỏ.")
    find(recs, "REQUEST", source=["PER"], targets=["INTERPOL"])


def test_police_equipment_is_no_aid() -> None:
    # corpus: "Luật Quản lý, sử dụng vũ khí, vật liệu nổ và công cụ hỗ trợ" names a kind of equipment, not a gift.
    recs = run("Thượng viện Campuchia đã thông qua Luật Quản lý, sử dụng vũ khí, vật liệu nổ và công cụ hỗ trợ cho Lào.")
    assert not [r for r in recs if r.type == "AID"]


def test_a_promise_to_go_on_working_with_a_partner_is_an_agreement() -> None:
    # open splits: "sẽ tiếp tục làm việc chặt chẽ với", "sẽ tiếp tục tiến hành tập trận chung với", "sẽ tạo điều
    # kiện thuận lợi cho các doanh nghiệp Nga" (guide amendment: a stated commitment to go on cooperating).
    recs = run("Phát ngôn viên Lầu Năm góc Jeff Davis nói Mỹ sẽ tiếp tục làm việc chặt chẽ với chính phủ Hàn Quốc.")
    assert find(recs, "AGREE", participants=["USA", "KOR"])
    recs = run("Tổng thống Hàn Quốc Moon Jae-in tuyên bố nước này sẽ tiếp tục tiến hành tập trận chung với Mỹ.")
    assert find(recs, "AGREE", participants=["KOR", "USA"])
    recs = run("Chủ tịch nước khẳng định, Việt Nam sẽ tạo điều kiện thuận lợi cho các doanh nghiệp Nga đầu tư tại "
               "Việt Nam.")
    assert find(recs, "AGREE", participants=["VNM", "RUS"])
    # Working on a project, with nobody of another side named, is none.
    recs = run("Bộ Y tế sẽ tiếp tục làm việc chặt chẽ với các địa phương để kiểm soát dịch.")
    assert not [r for r in recs if r.type == "AGREE"]


def test_a_count_of_people_or_doses_vaccinated_is_a_vaccination_measure() -> None:
    # open splits: "Brazil hiện đã tiêm chủng cho 28 triệu người", "Mỹ đã tiêm chủng gần 229 triệu mũi vắc xin".
    covid = "Dịch Covid-19 đang bùng phát, số ca mắc Covid-19 tăng nhanh."
    recs = run(covid, "Với dân số trên 211 triệu, Brazil hiện đã tiêm chủng cho 28 triệu người một liều vắc xin.")
    assert find(recs, "MEASURE", source=["BRA"], measure="vaccination")
    recs = run(covid, "Tính đến sáng 25/4, Mỹ đã tiêm chủng gần 229 triệu mũi vắc xin.")
    assert find(recs, "MEASURE", source=["USA"], measure="vaccination").date == "2021-04-25"
    # The doses one person gets are no count of a campaign ("đã được tiêm 2 liều").
    recs = run(covid, "Ông Biden cho biết bản thân ông đã được tiêm 2 liều vắc xin.")
    assert not [r for r in recs if r.type == "MEASURE"]


def test_what_a_gift_suffices_for_is_no_vaccination_measure() -> None:
    covid = "Dịch Covid-19 đang bùng phát, số ca mắc Covid-19 tăng nhanh."
    recs = run(covid, "Nhật Bản viện trợ Việt Nam lô vắc xin đủ tiêm cho 500.000 người.")
    assert find(recs, "AID", source=["JPN"], targets=["VNM"]) and not [r for r in recs if r.type == "MEASURE"]
    recs = run(covid, "Thái Lan đã tiêm vắc xin cho 2 người.")
    assert not [r for r in recs if r.type == "MEASURE"]
