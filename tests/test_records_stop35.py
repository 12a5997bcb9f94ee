"""Mechanisms found from the open sets' errors at stop 35 (eval/gold train and extra), each on corpus text."""

from __future__ import annotations

from test_records import find, run


def test_a_photographers_name_in_a_credit_is_no_cue() -> None:
    # corpus (Báo Mới): TTXVN's photographer Thống Nhất, credited in a caption the page ran into the next
    # sentence, agreed nothing; the praise in the sentence stands.
    text = ("Ảnh: Thống Nhất/TTXVN Cảm ơn Thủ tướng Nguyễn Xuân Phúc dành thời gian tiếp, Đại sứ Iran Saleh Adibi "
            "đánh giá cao Chính phủ Việt Nam đã có nhiều cải cách tích cực trong nhiều lĩnh vực.")
    recs = run(text, published=None)
    assert not [r for r in recs if r.type == "AGREE"]
    find(recs, "SUPPORT", source=["IRN"], targets=["VNM"])
    assert not [r for r in run("Ảnh: Thống Nhất – TTXVN Do đó, Việt Nam là đối tác phù hợp để Hoa Kỳ thiết lập các "
                               "mối quan hệ an ninh và thương mại gần gũi hơn.", published=None) if r.type == "AGREE"]
    # The word itself still agrees, a credit of another name before it or not.
    recs = run("Ảnh: Nhan Sáng/TTXVN Hai Thủ tướng Việt Nam và Nhật Bản đã thống nhất tăng cường hợp tác an ninh.",
               published=None)
    find(recs, "AGREE", participants=["VNM", "JPN"])


def test_negotiation_named_as_a_process_or_a_title_is_no_talks() -> None:
    # corpus (Báo Mới): a process pushed forward, a strategy watched, a chief negotiator: no talks held.
    for text in ("Thỏa thuận này cũng cho phép thúc đẩy quá trình đàm phán trở thành thành viên EU của Thổ Nhĩ Kỳ.",
                 "Các nghị sĩ Anh đang tìm kiếm khả năng giám sát về chiến lược đàm phán trong thỏa thuận cuối cùng "
                 "giữa Anh và EU.",
                 "Trưởng đoàn đàm phán của Liên minh châu Âu (EU) về Brexit, ông Michel Barnier, ngày 22/5 đã bày tỏ "
                 "tin tưởng rằng Anh sẽ đi đến thỏa thuận."):
        assert not [r for r in run(text, published=None) if r.type == "CONSULT"], text
    # Talks held still are, and a meeting with a negotiator is one.
    find(run("Mỹ cũng đang đàm phán với Ấn Độ về việc mở rộng chuỗi cung ứng ôxy.", published=None),
         "CONSULT", participants=["USA", "IND"])
    find(run("Các nhà ngoại giao Mỹ đã hội đàm bí mật với nhà đàm phán hạt nhân hàng đầu của Triều Tiên.",
             published=None), "CONSULT", participants=["USA", "PRK"])


def test_a_mistake_made_or_an_honour_conferred_is_no_request_or_aid() -> None:
    # corpus (Báo Mới): "mắc phải" a mistake: nobody is asked anything.
    text = ("Tổng thống Pháp Macron phát biểu: “Tổng thống Mỹ Donald Trump đã mắc phải một sai lầm với quyền lợi "
            "đất nước mình”.")
    assert not [r for r in run(text, published=None) if r.type == "REQUEST"]
    # ... while a speaker's "phải" of another state still asks it.
    find(run("Ngoại trưởng Mỹ cho biết Triều Tiên phải từ bỏ chương trình hạt nhân.", published=None),
         "REQUEST", source=["USA"], targets=["PRK"])
    # corpus (Báo Mới): an honour conferred is no gift.
    recs = run("Huyện Định Hóa đã được Nhà nước Việt Nam phong tặng danh hiệu Anh hùng Lực lượng vũ trang nhân dân "
               "trong kháng chiến chống Pháp.", published=None)
    assert not [r for r in recs if r.type == "AID"]


def test_review_counter_examples_keep_their_records() -> None:
    # review: a credit with no agency after its dash or slash masks nothing ...
    find(run("Ảnh: TTXVN Hội đàm Việt – Nhật diễn ra tại Tokyo sáng 6/6 giữa Thủ tướng Nguyễn Xuân Phúc và Thủ tướng "
             "Shinzo Abe.", published="2017-06-07"), "CONSULT", participants=["VNM", "JPN"])
    # ... talks placed or with a partner are talks, a process or a table named or not ...
    find(run("Mỹ và Triều Tiên đã ngồi vào bàn đàm phán tại Hà Nội ngày 27/2.", published="2019-02-28"),
         "CONSULT", participants=["USA", "PRK"])
    find(run("Trong quá trình đàm phán với Mỹ tại Washington tuần qua, Việt Nam đã đề nghị Mỹ sớm công nhận quy chế "
             "kinh tế thị trường.", published="2017-06-07"), "CONSULT", participants=["VNM", "USA"])
    find(run("Ngoại trưởng Mỹ đã gặp nhà đàm phán hạt nhân của Iran tại Vienna hôm 5/7.", published="2017-07-07"),
         "CONSULT", participants=["USA", "IRN"])
    # ... a gift to the United States, or flowers with money, is aid ...
    find(run("Việt Nam tặng Hoa Kỳ 450.000 bộ đồ bảo hộ.", published="2020-04-07"), "AID", source=["VNM"],
         targets=["USA"])
    # ... and a hardship met still ends the window of the sale before it (China opposes, it is no party).
    recs = run("Thông tin Mỹ sẽ bán vũ khí cho Đài Loan lần đầu tiên được công bố hồi tháng Ba, đã vấp phải sự phản đối "
               "mạnh mẽ của Trung Quốc.", published=None)
    assert not [r for r in recs if r.type == "AGREE" and "CHN" in r.participants]
    # review: striving to negotiate is negotiating; the effort named as a thing is not.
    find(run("Mỹ và Trung Quốc đang nỗ lực đàm phán để chấm dứt cuộc chiến thương mại.", published="2019-05-01"),
         "CONSULT", participants=["USA", "CHN"])
