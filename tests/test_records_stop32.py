"""Mechanisms found from the open sets' errors at stop 32 (eval/gold train and extra), each on corpus text: who
says what another state must do when the speaker warns or advises; a state that opens a clause after "rằng";
the owner of what was said at a contact as one of its parties."""

from __future__ import annotations

from test_records import find, run, run_doc


def test_a_warning_or_advice_reports_what_another_state_must_do() -> None:
    # corpus (Báo Mới): the speaker warns that another state needs to act; the state he warns asks nothing of itself.
    recs = run("Hãng thông tấn Yonhap đưa tin Hàn Quốc ngày 10/5 cảnh báo rằng Triều Tiên cần kiềm chế, không được tiến "
               "hành thêm một vụ thử hạt nhân nào nữa.", published=None)
    assert find(recs, "REQUEST", source=["KOR"], targets=["PRK"]).date == "XXXX-05-10"
    recs = run("Năm ngoái, phát ngôn viên Bộ Ngoại giao Trung Quốc Hồng Lỗi cảnh báo: “Nhật Bản nên hành động và phát "
               "ngôn cẩn thận về những vấn đề liên quan tới biển Hoa Đông và Biển Đông.”", published=None)
    find(recs, "REQUEST", source=["CHN"], targets=["JPN"])
    # A warning is a report for the obligation only: the state warned of its own need is asked nothing.
    recs = run("Bộ Y tế Ấn Độ cảnh báo rằng Ấn Độ cần thêm ôxy y tế.", published=None)
    assert not [r for r in recs if r.type == "REQUEST"]


def test_a_state_opening_a_clause_after_rang_is_the_state() -> None:
    # corpus: "Anh" opens what the Czech premier says Britain should do ("cho rằng Anh nên ...").
    recs = run("Về phần mình, Thủ tướng CH Séc Bohuslav Sobotka cho rằng Anh nên nhanh chóng thành lập chính phủ mới vì "
               "thời gian đang trôi qua rất nhanh.", published=None)
    find(recs, "REQUEST", source=["CZE"], targets=["GBR"])
    # ... but a person's name that begins with "Anh" is no state.
    recs = run("Ông Nguyễn Văn Hùng cho rằng Anh Tuấn nên nhanh chóng thành lập công ty mới.", published=None)
    assert not [r for r in recs if r.type == "REQUEST"]


def test_the_owner_of_what_was_said_at_a_contact_is_one_of_its_parties() -> None:
    # corpus (Báo Mới, no publication date): the Philippine president's message at his meeting with the Russian one.
    doc = run_doc("Trên đây là thông điệp của Tổng thống Philippines Rodrigo Duterte tại cuộc gặp với Tổng thống Nga "
                  "Vladimir Putin vào hôm qua 23/5 tại thủ đô Moscow.", published=None)
    rec = find(doc.records, "CONSULT", participants=["PHL", "RUS"])
    assert rec.date == "XXXX-05-23" and rec.mode == "meeting"
    # The owner of something else in the clause, not right before "tại"/"trong" the contact, takes no part.
    doc = run_doc("Chính sách của Trung Quốc được nêu trong bài phát biểu tại cuộc gặp với Tổng thống Nga Vladimir "
                  "Putin.", published=None)
    assert not [r for r in doc.records if r.type == "CONSULT"]
