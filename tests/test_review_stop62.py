"""Review of stop 62 (f4cfa6c..e4d9ff1). Each test names where its text comes from: a corpus article (Dân trí 2021's
news_*, Báo Mới 2017's baomoi_*; shortened where said) or made up. Tests marked OLDER fail at f4cfa6c as well."""

from __future__ import annotations

import pytest

from hoptac import extract


def _aid(text: str, published: str | None) -> list[tuple[list[str], list[str], str | None, str | None]]:
    return [(r.source, r.targets, r.date, r.category) for r in extract(text, published=published).records
            if r.type == "AID"]


# -- [AID.with_help] ---------------------------------------------------------------------------------------------------

def test_help_only_wished_for_is_no_aid() -> None:
    # corpus (news_world_121, two sentences of its end): Indonesia *wants* to raise the wreck with international help in
    # the time to come. Nothing was given or offered: no AID (the guide's AID is aid given or to be given by the giver;
    # a wish of the recipient is at most a REQUEST). Only 'sẽ' blocks the cue; 'muốn', 'trong thời gian tới' do not.
    text = ("Một số ý kiến cho rằng, con tàu 44 tuổi này gặp nạn do đã quá cũ. Trong thời gian tới, Indonesia muốn trục "
            "vớt con tàu và thủy thủ đoàn với sự hỗ trợ của cộng đồng quốc tế nhằm phục vụ quá trình điều tra làm sáng "
            "tỏ vụ tai nạn.")
    assert _aid(text, "2021-04-28") == []


def test_help_to_a_deed_that_only_may_happen_is_no_aid() -> None:
    # made up: 'có thể ... trong năm tới' is a possibility, not help given (status 'announced' says it was given)
    assert _aid("Với sự hỗ trợ của Mỹ, Việt Nam có thể sản xuất vaccine trong năm tới.", "2021-05-10") == []


def test_a_cyberattack_done_with_anothers_help_is_no_aid() -> None:
    # corpus (baomoi_22682462, the sentence after its subheading "Phá hoại ngầm"): Stuxnet, a sabotage of Iran's
    # programme. A coercive act is no record of these types (Amendments); the change made AID ISR -> USA, and of
    # category medical_supplies (read from 'virus').
    text = ("Phá hoại ngầm Với sự trợ giúp từ Israel, Mỹ đang tạm thời làm ngừng trệ chương trình hạt nhân của Iran sau "
            "vụ tấn công vào hệ thống máy tính của Iran bằng virus Stuxnet. Chính virus này đã phá hủy hoạt động của "
            "hàng ngàn máy ly tâm giúp Iran làm giàu uranium.")
    assert _aid(text, None) == []


def test_the_kind_of_help_is_not_read_from_the_deed_it_helped() -> None:
    # made up: the help is not named; the vaccine is what Việt Nam made, not what the US gave. If an AID is kept it is
    # not category 'vaccine' (technical or other).
    records = _aid("Với sự hỗ trợ của Mỹ, Việt Nam đã sản xuất thành công vaccine Nanocovax.", "2021-05-10")
    assert all(category != "vaccine" for _s, _t, _d, category in records)


@pytest.mark.xfail(strict=True, reason="Left open: [AID.with_help] takes as recipient the subject the records stage gives, the nearest actor before the cue ('khỏi Ukraine'); reading the clause's grammatical subject is more than this stop's change")
def test_the_recipient_is_who_acted_not_the_place_acted_on() -> None:
    # made up: Poland helped Việt Nam evacuate its citizens out of Ukraine. If an AID is made, Việt Nam received the help;
    # the change gives POL -> UKR.
    records = _aid("Ngày 4/3, Việt Nam đã sơ tán 300 công dân khỏi Ukraine với sự hỗ trợ của Ba Lan.", "2022-03-05")
    assert all(targets != ["UKR"] for _s, targets, _d, _c in records)


def test_the_recipient_is_not_the_maker_of_the_goods() -> None:
    # made up (the form of many 2021 reports of COVAX deliveries): Việt Nam received the doses through COVAX. Right:
    # AID COVAX -> VNM; the change makes COVAX -> GBR, the recipient read off "AstraZeneca" (a British firm) before the
    # cue.
    records = _aid("Ngày 9/5, Việt Nam tiếp nhận 500.000 liều vaccine AstraZeneca với sự hỗ trợ của cơ chế COVAX.",
                   "2021-05-10")
    # (the firm's state is never the recipient; the final read's test_OLDER_doses_received_with_covaxs_help_are_covaxs_aid
    # asks for the COVAX -> VNM record itself)
    assert [targets for _s, targets, _d, _c in records if "GBR" in targets] == []


def test_an_agreement_reached_with_anothers_help_is_still_an_agreement() -> None:
    # made up: the parent makes the AGREE of the US and China (with Japan among its participants); the change drops
    # the AGREE and makes only AID JPN -> USA, CHN. The agreement is a record of its own (the guide: parties agree).
    records = extract("Ngày 9/5, Mỹ và Trung Quốc đã đạt thỏa thuận thương mại với sự hỗ trợ của Nhật Bản.",
                      published="2021-05-10").records
    assert any(r.type == "AGREE" and {"USA", "CHN"} <= set(r.participants) for r in records)


def test_a_mediators_help_to_a_ceasefire_is_no_aid() -> None:
    # made up: Egypt brokered the ceasefire; its part is mediation (a contact), not money, vaccines, supplies or
    # expertise given to Israel. The change makes AID EGY -> ISR in place of the parent's AGREE.
    records = _aid("Ngày 9/5, Israel và Hamas đã đạt thỏa thuận ngừng bắn với sự hỗ trợ của Ai Cập.", "2021-05-10")
    assert records == []


def test_every_giver_named_together_is_a_source() -> None:
    # made up: Japan and Korea helped together; the guide: one sentence naming several givers of the same aid is one
    # record whose source is the list. The change keeps only the first actor after 'của' (JPN).
    records = _aid("Ngày 9/5, Việt Nam đã xây dựng thành công hệ thống cảnh báo sóng thần với sự hỗ trợ của Nhật Bản, "
                   "Hàn Quốc và Australia.", "2021-05-10")
    assert [(sorted(s), t) for s, t, _d, _c in records] == [(["AUS", "JPN", "KOR"], ["VNM"])]


@pytest.mark.xfail(strict=True, reason="Left open: the actor finder codes 'Lực lượng dân chủ Syria' (a militia) as SYR, and [AID.with_help] takes it as recipient")
def test_a_militia_helped_by_a_coalition_is_no_aid_to_its_state() -> None:
    # corpus (baomoi_22665468, two sentences of its second paragraph): the SDF is a militia, not the Syrian state; the
    # change takes the recipient SYR from the sentence before (the Syrian Observatory for Human Rights, a monitor that
    # only reported) and makes AID USA -> SYR. The SDF has no code: no AID.
    text = ("Trong khi đó, Tổ chức giám sát nhân quyền Syria (SOHR) cho hay SDF đã tiến về phía Nam thành phố vào cùng ngày "
            "và giành lại khu vực mà trước đó đã bị IS kiểm soát khi tổ chức cuộc phản công hôm 30/6. Dưới sự hỗ trợ của "
            "liên quân do Mỹ dẫn đầu, SDF đã giải phóng hoàn toàn các huyện Al-Meshleb và Al-Senaa ở phía Đông Nam, cũng "
            "như các huyện Al-Rumaniya và Sabahiya ở phía Tây.")
    assert [(s, t) for s, t, _d, _c in _aid(text, None) if t == ["SYR"]] == []


def test_a_firms_help_to_a_firm_is_no_aid() -> None:
    # made up: a German firm's part in building a Vietnamese firm's factory is business (the guide: a sale is not aid),
    # not aid from Germany to Việt Nam. The change makes AID DEU -> VNM.
    text = ("Ngày 9/5, Tập đoàn Vingroup đã khánh thành nhà máy ô tô tại Hải Phòng, được xây dựng với sự hỗ trợ của tập "
            "đoàn Siemens.")
    assert _aid(text, "2021-05-10") == []


def test_foreign_buyers_lifting_a_market_is_no_aid() -> None:
    # made up: a market session's rise helped by Korean investors' buying is no aid (investment is no aid: cues.toml's
    # own objects_not). The change makes AID KOR -> VNM.
    text = "Phiên 9/5, thị trường chứng khoán Việt Nam tăng điểm với sự hỗ trợ của khối ngoại từ Hàn Quốc."
    assert _aid(text, "2021-05-10") == []


@pytest.mark.xfail(strict=True, reason="Left open: an older dating fault (a day later in the sentence, 'từ ngày 30/3/2016', dates a record whose own month 'Tháng 12/2015' gives no day); [AID.with_help]'s record shows it")
def test_background_help_does_not_take_another_acts_day() -> None:
    # corpus (baomoi_22314683 and baomoi_22322220, two sentences of the second paragraph): the UN-backed government was
    # formed in December 2015; 30/3/2016 is the day it began work in Tripoli. Whatever the record, it is not dated
    # 2016-03-30 (the guide: a record takes the day of its event; a month alone gives none).
    text = ("Giới chức quân sự Libya cho biết vụ việc xảy ra sau khi một nhóm vũ trang đối lập ở thành phố miền Tây Misrata "
            "tấn công căn cứ quân sự ở Brak Al-Shati hiện do Quân đội Quốc gia Libya (LNA), do Tướng Khalifa Haftar chỉ "
            "huy ở miền Đông Libya, kiểm soát. Tháng 12/2015, dưới sự hỗ trợ của Liên hợp quốc, chính phủ đoàn kết dân "
            "tộc do Hội đồng Tổng thống lãnh đạo, nhằm thay thế cho các chính quyền nhỏ lẻ và đối địch, đã hình thành và "
            "bắt đầu hoạt động tại Tripoli từ ngày 30/3/2016.")
    assert [d for _s, _t, d, _c in _aid(text, None) if d == "2016-03-30"] == []


def test_a_contested_claim_of_1946_is_no_aid() -> None:
    # corpus (baomoi_21490800, shortened): a Chinese official's account of 1946, which the article calls distorted
    # history; 'help' of no named kind in taking territory is no aid (arguable: the guide counts past acts, but this is
    # a quoted claim and no giving of money, vaccines, supplies or expertise).
    text = ("Cái gọi là \"lịch sử Biển Đông\" được ông Nghị đề cập, vẫn là những lập luận ngụy biện, bóp méo sự thật "
            "Trung Quốc thường rêu rao lâu nay. Điều này bao gồm cả quần đảo Trường Sa. Năm 1946 chính phủ Trung Quốc khi "
            "đó với sự giúp đỡ từ phía Hoa Kỳ đã lấy lại quần đảo Trường Sa từ Nhật Bản một cách công khai, hợp pháp, "
            "tiếp tục thực thi chủ quyền từ đó.")
    assert _aid(text, None) == []


# -- records/merge.py _fold_undated ------------------------------------------------------------------------------------

def test_the_detail_of_a_dated_package_is_no_second_record() -> None:
    # corpus (news_world_042, its fourth paragraph): "the details of Germany's package" are the same pledge Merkel
    # announced "hôm qua" (25/4): one AID DEU -> IND dated 2021-04-25 (the guide: a statement and its restatement are one
    # record). The change adds an undated second AID DEU -> IND (medical_supplies).
    text = ("Thủ tướng Đức Angela Merkel hôm qua cũng tuyên bố chính phủ của bà đang chuẩn bị hỗ trợ khẩn cấp cho Ấn Độ. "
            "Tuy chưa có thông tin chi tiết về gói cứu trợ của Đức nhưng báo Der Spiegel đưa tin, các lực lượng vũ trang "
            "của nước này đã nhận được đề nghị hỗ trợ tổ chức cung cấp ôxy cho Ấn Độ.")
    records = [(s, t, d) for s, t, d, _c in _aid(text, "2021-04-26")]
    assert records == [(["DEU"], ["IND"], "2021-04-25")]


# -- older faults the changed records show ----------------------------------------------------------------------------

@pytest.mark.xfail(strict=True, reason="Older fault (fails at f4cfa6c): a past visit named in praise, '(tháng 11/2016)', takes the meeting's day")
def test_OLDER_a_past_visit_named_in_praise_does_not_take_the_meetings_day() -> None:
    # corpus (baomoi_22255762, its first two sentences, shortened): the visit was in November 2016; praised at the
    # meeting of 12/5 it is dated null (no day given), not 2017-05-12. The change's bracket rule brought this record
    # into Báo Mới's output; with the month written inline the parent dates it 2017-05-12 as well.
    text = ("Chiều 12/5, tại Bắc Kinh, Chủ tịch nước Trần Đại Quang đã hội kiến với Chủ tịch Quốc hội Trung Quốc Trương "
            "Đức Giang. Chủ tịch nước Trần Đại Quang đánh giá cao ý nghĩa chuyến thăm hữu nghị chính thức Việt Nam của "
            "đồng chí Trương Đức Giang (tháng 11/2016) đối với việc phát triển quan hệ hai Đảng, hai nước và hai Quốc hội.")
    visits = [r.date for r in extract(text, published="2017-05-13").records if r.type == "CONSULT" and r.mode == "visit"]
    assert "2017-05-12" not in visits


@pytest.mark.xfail(strict=True, reason="Older fault (fails at f4cfa6c): a year the body states only in a name ('Đinh Dậu 2017') does not fix the story's year")
def test_OLDER_a_year_the_body_states_later_fixes_the_day() -> None:
    # corpus (baomoi_21510605, four of its sentences; Báo Mới gives no publication date): the body places the meeting
    # at the new year of 2017 ("Nhân dịp đầu năm mới Đinh Dậu 2017"), so the Prime Minister's proposal made at it is of
    # 2017-02-10, not XXXX-02-10 (the guide: a year is inferred from a year the body states for the same story). The
    # parent gives XXXX-02-10 as well once the time reads "Chiều 10/2".
    text = ("Chiều tối 10/2, tại Quảng Ninh, Thủ tướng Nguyễn Xuân Phúc đã tiếp Bí thư Khu ủy Khu tự trị dân tộc Choang "
            "Quảng Tây (Trung Quốc) Bành Thanh Hoa đang có chuyến thăm Việt Nam, tham dự sự kiện Gặp gỡ đầu xuân lần thứ "
            "hai với Bí thư Tỉnh ủy các tỉnh Quảng Ninh, Lạng Sơn, Hà Giang, Cao Bằng (Việt Nam). Nhân dịp đầu năm mới "
            "Đinh Dậu 2017, thay mặt 55 triệu người dân Quảng Tây, Bí thư Bành Thanh Hoa đã gửi đến Thủ tướng những lời "
            "chúc tốt đẹp nhất. Quảng Tây và các địa phương của Việt Nam cần tiếp tục đi đầu trong việc củng cố tình đoàn "
            "kết, truyền thống láng giềng hữu nghị giữa nhân dân hai nước; tiếp tục duy trì và tăng cường trao đổi, tiếp "
            "xúc giữa lãnh đạo các cấp; thúc đẩy các hoạt động giao lưu nhân dân, đóng góp tích cực cho hợp tác chiến "
            "lược Việt – Trung. Thủ tướng cũng đề nghị hai bên tăng cường hợp tác quản lý biên giới, tạo điều kiện thuận "
            "lợi cho hợp tác và phát triển giữa hai bên.")
    assert [(r.type, r.date) for r in extract(text, published=None).records] == [("REQUEST", "2017-02-10")]


@pytest.mark.xfail(strict=True, reason="Older fault (fails at f4cfa6c): 'Đầu giờ chiều', 'Nửa đêm', 'Chập tối' and the like still open no occasion")
def test_OLDER_other_two_word_times_of_day_open_an_occasion_too() -> None:
    # made up, after the form Báo Mới and Dân trí write 46 times ("Đầu giờ chiều 10/2", "Đầu giờ sáng ..."): the same
    # fault the change fixes for "Chiều tối": what the briefing reports takes its day.
    text = ("Đầu giờ chiều 10/2, Bộ Ngoại giao tổ chức họp báo thường kỳ. Người phát ngôn cho biết Việt Nam đã tiếp nhận "
            "500.000 liều vắc xin do Nhật Bản viện trợ.")
    assert [(r.type, r.date) for r in extract(text, published="2017-02-11").records] == [("AID", "2017-02-10")]


@pytest.mark.xfail(strict=True, reason="Older fault (fails at f4cfa6c): praise of Việt Nam's own embassy staff abroad is given the host state as target")
def test_OLDER_praise_of_ones_own_embassy_is_no_support_of_the_host() -> None:
    # corpus (baomoi_22714479, shortened): the Prime Minister praises Việt Nam's own embassy staff in the Netherlands;
    # the Netherlands is only where they work: no SUPPORT VNM -> NLD (the change now makes two of them, one dated
    # XXXX-07-09 and one undated).
    text = ("Chiều tối 9/7, theo giờ địa phương, tại Thủ đô La Hay, Vương quốc Hà Lan, Thủ tướng Nguyễn Xuân Phúc đã đến "
            "thăm và cắt băng khánh thành trụ sở mới của Đại sứ quán Việt Nam tại La Hay. Phát biểu tại buổi gặp gỡ, Thủ "
            "tướng biểu dương và đánh giá cao những hoạt động thiết thực của cán bộ, nhân viên Đại sứ quán thực hiện tốt "
            "nhiệm vụ được giao, góp phần thúc đẩy quan hệ hữu nghị hợp tác với Hà Lan thời gian qua.")
    support = [(r.source, r.targets) for r in extract(text, published=None).records if r.type == "SUPPORT"]
    assert (["VNM"], ["NLD"]) not in support
