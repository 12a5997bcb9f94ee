"""Talks named in other words (cues.toml [CONSULT.together] and [CONSULT.meeting]): "bàn bạc", "bàn thảo" among the
sides named before them, "bàn với" an office-holder; from the open splits' missed contacts (stop 60)."""

from __future__ import annotations

from test_records import consults, run


def test_sides_named_together_talk_things_over() -> None:
    # corpus (Báo Mới; cut short)
    assert consults("Một quan chức quốc phòng Ấn Độ mới cho quốc hội biết rằng nước này và Việt Nam đã bàn thảo về "
                    "một loạt các vấn đề, trong đó có chuyện cung cấp thiết bị quân sự.") == [["IND", "VNM"]]
    # corpus (Báo Mới)
    assert consults("Ngày 10/6, trong một cuộc phỏng vấn với báo chí Đức, Bộ trưởng Quốc phòng Ursula von der Leyen cho "
                    "biết Đức và Pháp đang bàn bạc để đưa ra các đề xuất cụ thể cho một quỹ quốc phòng Liên minh châu Âu "
                    "(EU) trước cuộc họp song phương cấp bộ giữa hai nước vào ngày 13/7 tới.") == [["DEU", "FRA"]]


def test_talks_with_an_office_holder() -> None:
    assert consults("Bộ trưởng Ngoại giao Nhật Bản đã bàn với Ngoại trưởng Mỹ Rex Tillerson về vấn đề Triều "
                    "Tiên.") == [["JPN", "USA"]]


def test_talks_to_come_or_of_no_state_are_no_contact() -> None:
    assert consults("Mỹ và Hàn Quốc sẽ bàn bạc về việc triển khai THAAD trong tháng tới.") == []
    assert consults("Hai nước cần bàn bạc về việc này.") == []
    # talks since which something else happened: a backdrop ([exclude] "từ khi ... bàn bạc"; corpus, Báo Mới, cut short)
    assert consults("Chính vì lẽ đó mà ngay từ khi Mỹ và Hàn Quốc bàn bạc để triển khai thì THAAD đã vấp phải sự phản "
                    "đối mạnh mẽ của Triều Tiên.") == []
    # a family's own talk, a man and his wife: nobody of a state
    assert consults("Gia đình anh Nam đã bàn bạc với nhau về việc bán đất.") == []
    assert consults("Anh Tuấn bàn với vợ về việc sang Nhật Bản làm việc.") == []


def test_who_a_fronted_purpose_names_is_no_side_of_the_act() -> None:
    # corpus (Báo Mới; the second sentence cut short): the purpose phrase ends at its comma ([roles] fronted_phrase_leads
    # "để", "nhằm"); the Security Council it names is no party of the talks, Interpol no co-asker of the request.
    recs = run("Để trình dự thảo nghị quyết lên HĐBA LHQ, Mỹ đã đàm phán với Trung Quốc trong 5 tuần để đưa ra các biện "
               "pháp trừng phạt mới.")
    assert [r.participants for r in recs if r.type == "CONSULT"] == [["USA", "CHN"]]
    recs = run("Để tiếp tục tăng cường hơn nữa quan hệ hợp tác hiệu quả đang có giữa Bộ Công an Việt Nam và Interpol, Bộ "
               "trưởng Tô Lâm đề nghị Ban Tổng Thư ký Interpol tiếp tục chia sẻ thông tin về các loại tội phạm có tổ chức "
               "xuyên quốc gia.")
    assert [(r.source, r.targets) for r in recs if r.type == "REQUEST"] == [(["VNM"], ["INTERPOL"])]
