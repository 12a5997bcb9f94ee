"""Mechanisms of stop 41, each on corpus text (Báo Mới), with the counter-case it must leave alone."""

from __future__ import annotations

from test_records import find, run

from hoptac.mentions.actors import find_actors
from hoptac.model import Document
from hoptac.text.normalise import normalise
from hoptac.text.sentences import split_sentences


def _codes(text: str) -> list[str]:
    doc = Document(id="t", text=text)
    doc.norm = normalise(text)
    return [a.code for a in find_actors(split_sentences(doc)).actors]


def test_an_official_named_after_a_bodys_long_name_and_its_acronym_is_one_actor() -> None:
    # corpus: "Tổng thống Mỹ Donald Trump và Tổng thư ký Tổ chức Hiệp ước Bắc Đại Tây Dương (NATO) Jens Stoltenberg
    # ngày 6/2 đã có cuộc điện đàm, nhất trí ...": the long name is NATO's, and the name after the bracketed acronym is
    # the same official, so the list before the verb holds both sides.
    doc = run("Tổng thống Mỹ Donald Trump và Tổng thư ký Tổ chức Hiệp ước Bắc Đại Tây Dương (NATO) Jens Stoltenberg "
              "ngày 6/2 đã có cuộc điện đàm, nhất trí về sự cần thiết phải tiếp tục những nỗ lực đảm bảo chia sẻ gánh "
              "nặng quốc phòng.", published="2017-02-07")
    find(doc, "CONSULT", participants=["USA", "NATO"], mode="phone", date="2017-02-06")
    find(doc, "AGREE", participants=["USA", "NATO"], date="2017-02-06")


def test_long_names_of_intergovernmental_bodies_are_their_acronyms() -> None:
    # corpus: "Phát biểu tại hội nghị của Hội đồng Hợp tác Vùng Vịnh, ông Tillerson ..."; "Tổng Thư ký Liên đoàn Arab
    # (AL) Amed Abul Gheit ngày 10/7 đã chúc mừng ..."; "Liên minh Kinh tế Á - Âu".
    assert "GCC" in _codes("Phát biểu tại hội nghị của Hội đồng Hợp tác Vùng Vịnh, ông Tillerson kêu gọi đối thoại.")
    assert "AL" in _codes("Tổng Thư ký Liên đoàn Arab Amed Abul Gheit ngày 10/7 đã chúc mừng Iraq.")
    assert "EAEU" in _codes("Việt Nam đã ký hiệp định thương mại tự do với Liên minh Kinh tế Á - Âu.")
    assert "OPEC" in _codes("Tổ chức các nước xuất khẩu dầu mỏ đã nhất trí gia hạn thỏa thuận cắt giảm sản lượng.")



def test_encouraging_another_to_act_asks_the_one_named_after_the_verb() -> None:
    # corpus: "Bộ trưởng Ngoại giao Vatican cũng đề cập đến vấn đề biến đổi khí hậu trong cuộc gặp và khuyến khích ông
    # Trump ở lại Hiệp định Paris."
    doc = run("Bộ trưởng Ngoại giao Vatican cũng đề cập đến vấn đề biến đổi khí hậu trong cuộc gặp và khuyến khích ông "
              "Trump ở lại Hiệp định Paris.", published="2017-05-25")
    find(doc, "REQUEST", source=["VAT"], targets=["USA"])
    # Encouraging a thing or one's own people asks no state.
    assert not [r for r in run("Chính phủ Nhật Bản khuyến khích người dân hạn chế ra ngoài và khuyến khích đầu tư vào "
                               "Mỹ.", published="2020-04-01") if r.type == "REQUEST"]


def test_a_records_actors_are_listed_once() -> None:
    # A subject that is also among the objects was listed twice in the record's detail.
    doc = run("Theo Washington Post, trong cuộc hội đàm ngày 28/1, Tổng thống Mỹ Donald Trump và Thủ tướng Australia "
              "Malcolm Turnbull đã thảo luận về thỏa thuận.", published="2017-01-30")
    rec = find(doc, "CONSULT", participants=["USA", "AUS"])
    spans = [(a.start, a.end) for a in rec.actors]
    assert len(spans) == len(set(spans)) == 2


def test_a_contact_promised_in_the_cue_right_before_it_has_not_taken_place() -> None:
    # corpus: "Trong cuộc điện đàm với ông Stoltenberg, ông Trump cũng khẳng định sẽ tham dự hội nghị thượng đỉnh NATO
    # tại Brussels, Bỉ vào tháng 5 tới.": the call took place, the summit is still to come.
    doc = run("Trong cuộc điện đàm với Tổng thư ký NATO Jens Stoltenberg, Tổng thống Mỹ Donald Trump cũng khẳng định sẽ "
              "tham dự hội nghị thượng đỉnh NATO tại Brussels, Bỉ vào tháng 5 tới.", published="2017-02-07")
    assert [r.mode for r in doc if r.type == "CONSULT"] == ["phone"]
    # A promise that has no plan in its own words leaves the contact after it alone.
    doc = run("Tổng thống Mỹ Donald Trump và Tổng thư ký NATO Jens Stoltenberg đã nhất trí tham dự hội nghị thượng đỉnh "
              "NATO tại Brussels hôm 25/5.", published="2017-05-26")
    assert "conference" in [r.mode for r in doc if r.type == "CONSULT"]


def test_convening_is_a_contact_and_a_clause_opening_on_a_plan_plans_it() -> None:
    # corpus: "Ngày 6/2, nhóm kiểm soát tình hình tuân thủ lệnh ngừng bắn ở Syria chung giữa Nga, Thổ Nhĩ Kỳ và Iran đã
    # nhóm họp tại thủ đô Astana của Kazakhstan."
    doc = run("Ngày 6/2, nhóm kiểm soát tình hình tuân thủ lệnh ngừng bắn ở Syria chung giữa Nga, Thổ Nhĩ Kỳ và Iran đã "
              "nhóm họp tại thủ đô Astana của Kazakhstan.", published="2017-02-07")
    assert any(r.type == "CONSULT" and {"TUR", "IRN"} <= set(r.participants) and r.date == "2017-02-06" for r in doc)
    # corpus: "Dự kiến, Hội đồng Bảo an Liên hợp quốc nhóm họp tối 17/5 (theo giờ Việt Nam) để thảo luận về tình hình
    # tại Venezuela."; "Theo kế hoạch, Tổng thống Mỹ Donald Trump sẽ đến Israel ngày 22/5, lần lượt hội đàm với ...".
    for text in ("Dự kiến, Hội đồng Bảo an Liên hợp quốc nhóm họp với đại diện Venezuela tối 17/5 để thảo luận.",
                 "Theo kế hoạch, Tổng thống Mỹ Donald Trump hội đàm với Tổng thống Israel Reuven Rivlin và Thủ tướng "
                 "Benjamin Netanyahu ngày 22/5."):
        assert not [r for r in run(text, published="2017-05-16") if r.type == "CONSULT"], text
    # A past marker after the opener reports a contact that took place.
    find(run("Theo kế hoạch, Thủ tướng Nhật Bản Shinzo Abe đã hội đàm với Tổng thống Mỹ Donald Trump hôm 10/2.",
             published="2017-02-11"), "CONSULT", participants=["JPN", "USA"])


def test_review_of_the_long_names_and_the_encouraging_cue() -> None:
    # (review) "khuyến khích" governs only a cue right after it: the rest of its clause still stands.
    doc = run("Tân Tổng thống Hàn Quốc khuyến khích các nhóm viện trợ đến Triều Tiên, nhưng Bình Nhưỡng phản đối đề xuất "
              "này sau khi Seoul ủng hộ Liên Hợp quốc áp đặt các biện pháp trừng phạt mới.", published="2017-06-01")
    find(doc, "SUPPORT", source=["KOR"], targets=["UN"])
    # ... and a consolation prize is no request.
    assert not run("Sau 30 năm tham gia đua tài cùng thiếu nhi thế giới, Việt Nam đã 12 lần đoạt giải quốc tế, trong đó "
                   "có 5 lần giải Khuyến khích quốc tế.", published="2017-06-01")
    # G20's long name begins as G7's does: the longer phrase wins.
    doc = run("Tổng thống Mỹ Donald Trump tham dự Hội nghị thượng đỉnh Nhóm các nước công nghiệp phát triển và mới nổi "
              "hàng đầu thế giới (G20) tại Hamburg, Đức.", published="2017-07-08")
    assert [sorted(r.participants) for r in doc if r.type == "CONSULT"] == [["G20", "USA"]]
    # A bare "AU" is no African Union ("NIC-AU", a lab analyser).
    assert "AU" not in _codes("Mạng lưới Đổi mới Sáng tạo Việt - Úc (NIC-AU) đã ký biên bản ghi nhớ hợp tác với Đại "
                              "học Quốc gia Hà Nội.")
    # "Hai bên" among a visit's two states and a body whose meeting was held there names the two states.
    doc = run("Chủ tịch Quốc hội Myanmar hội đàm với Chủ tịch Quốc hội Nguyễn Thị Kim Ngân và tham dự Hội nghị chuyên đề "
              "của Liên minh Nghị viện Thế giới (IPU) khu vực châu Á - Thái Bình Dương. Hai bên đồng ý cùng nhau tạo điều "
              "kiện để hỗ trợ doanh nghiệp hai nước đầu tư.", published="2017-05-12")
    assert [sorted(r.participants) for r in doc if r.type == "AGREE"] == [["MMR", "VNM"]]
    # A clause after ";" that opens on its verb continues the subject of the clause before, not an actor of the
    # fronted phrase ("Tại buổi tiếp ông Kim Lập Quần, Chủ tịch AIIB, ...").
    doc = run("Tại buổi tiếp ông Kim Lập Quần, Chủ tịch Ngân hàng Đầu tư Cơ sở hạ tầng Châu Á (AIIB), Thủ tướng Nguyễn "
              "Xuân Phúc hoan nghênh AIIB đã quyết định mở văn phòng; mong muốn AIIB tăng cường hợp tác với Việt Nam.",
              published="2017-06-01")
    find(doc, "REQUEST", source=["VNM"], targets=["AIIB"])


def test_second_review_subjects_plans_and_signings() -> None:
    cases = [l for l in """
Chủ tịch nước Trần Đại Quang nhiệt liệt chào mừng Thượng nghị sĩ Mỹ John McCain sang thăm Việt Nam; đánh giá cao những đóng góp của Thượng nghị sĩ cho quan hệ hai nước.
Thủ tướng Lào Thongloun Sisoulith nhắc lại việc Việt Nam đã viện trợ to lớn cho Lào trong thời kỳ chiến tranh; cảm ơn Đảng, Nhà nước và nhân dân Việt Nam.
""".strip().splitlines()]
    # (review) The clause before ";" acts through its first actor, not one in an object clause ("X chào mừng Y sang
    # thăm ...": "thăm" is Y's).
    find(run(cases[0], published="2017-06-01"), "SUPPORT", source=["VNM"], targets=["USA"])
    find(run(cases[1], published="2017-06-01"), "SUPPORT", source=["LAO"], targets=["VNM"])
    # A plan opener plans only the stretch it opens: a meeting reported after a comma and a verb of speech was held.
    doc = run("Dự kiến, kim ngạch thương mại giữa hai nước đạt 10 tỷ USD trong năm nay, Bộ trưởng Công Thương Trần Tuấn "
              "Anh cho biết tại cuộc hội đàm với Bộ trưởng Kinh tế Đức Brigitte Zypries hôm 5/7.", published="2017-07-06")
    find(doc, "CONSULT", participants=["VNM", "DEU"], date="2017-07-05")
    # ... and a past marker counts only right before the contact ("vừa đắc cử" is no meeting held).
    assert not run("Dự kiến, Tổng thống Hàn Quốc vừa đắc cử Moon Jae-in hội đàm với Tổng thống Mỹ Donald Trump vào cuối "
                   "tháng 6 tại Washington.", published="2017-06-01")
    # A signing still to come is no agreement.
    doc = run("Bộ trưởng Kinh tế Đức Brigitte Zypries khẳng định sẽ khuyến khích doanh nghiệp Đức đầu tư nhiều hơn vào "
              "Việt Nam, đặc biệt trong bối cảnh Việt Nam và Liên minh châu Âu (EU) sắp ký Hiệp định Thương mại tự do "
              "(EVFTA).", published="2017-07-06")
    assert not [r for r in doc if r.type == "AGREE" and "EU" in r.participants]
    # IATA speaks for itself, not the states of the sentence before.
    doc = run("Bốn nước Vùng Vịnh gồm Saudi Arabia, Ai Cập, Bahrain và UAE đã thông báo cắt đứt quan hệ ngoại giao với "
              "Qatar. Tổng Giám đốc IATA Alexandre de Juniac đã kêu gọi các quốc gia mở lại biên giới càng nhanh càng "
              "tốt.", published="2017-06-10")
    assert [r.source for r in doc if r.type == "REQUEST"] == [["IATA"]]
