"""Final read of stop 64 (the learned proposer, records/proposer.py), after the first review's fixes.

Corpus sentences are Báo Mới's (2017, baomoi_*) and Dân trí's (2021, news_*), each marked with its article. Each test
asserts what the annotation guide asks (or a principle the change claims) and fails on the change for the reason its
comment gives.
"""

from __future__ import annotations

import pytest

from hoptac import extract
from test_records import run_doc
from test_review_stop64 import EAGER, _Counted, _proposed, assert_shipped_refuses

# corpus (baomoi_22327034): the lead and the next sentence of one article about one conference
SHERPA_LEAD = ("Trong khuôn khổ các hoạt động của Nhóm 20 nền kinh tế phát triển và mới nổi hàng đầu thế giới (G20), Hội "
               "nghị các quan chức cao cấp G20 lần thứ 3 (Hội nghị Sherpa G20) đã được tổ chức từ ngày 18-19/5 tại "
               "Munich, Đức.")
SHERPA_LIST = ("Tham dự hội nghị có các nước thành viên G20; các nước khách mời Hà Lan, Na Uy, Singapore, Việt Nam, Guinea "
               "(Chủ tịch Liên minh châu Phi) và Senegal (Chủ tịch Quan hệ đối tác mới vì phát triển châu Phi); đại diện "
               "các tổ chức quốc tế lớn như Liên hợp quốc (LHQ), Tổ chức Hợp tác phát triển kinh tế (OECD), Tổ chức "
               "Thương mại thế giới (WTO), Quỹ Tiền tệ quốc tế (IMF), Ngân hàng Thế giới (WB), Tổ chức Y tế thế giới "
               "(WHO)...")


# -- one record per occasion ---------------------------------------------------------------------------------------------
# candidates() and select() skip a candidate only when its codes half-overlap a record of its type (Jaccard >= 0.5). A
# sentence that the rules' own CONSULT cites is a candidate again when it names many more codes than the rules kept
# ({INTL, G20} against the 15 codes of the list: 0.13): the shipped proposer adds a second CONSULT of the same mention
# (16 such records in the first 20,000 Báo Mới articles). Guide, "One record per event".

def test_no_proposal_from_a_sentence_the_rules_record_of_its_type_cites() -> None:
    doc = extract(SHERPA_LIST)
    rules = {m.sentence for r in doc.records if r.type == "CONSULT" and not r.rule.endswith(".learned:")
             for m in r.mentions}
    assert rules, "the rules no longer record the conference (then this test says nothing)"
    twice = [r.participants for r in _proposed(SHERPA_LIST, None, "CONSULT") if r.mentions[0].sentence in rules]
    assert twice == [], twice


# The lead and the list are one conference: the shipped pipeline gives three CONSULTs of it (the rules' {G20, INTL}
# from the list, a proposed {G20, DEU} 'meeting' from the lead, a proposed 15-code one from the list): the codes of one
# occasion, named differently in two sentences, never half-overlap, so "one record per occasion" (commit, README) does
# not hold.

def test_one_conference_told_in_two_sentences_is_one_consult() -> None:
    doc = extract(SHERPA_LEAD + "\n" + SHERPA_LIST)
    consults = [(r.participants, r.mode, r.rule.rsplit(":", 3)[-2]) for r in doc.records if r.type == "CONSULT"]
    assert len(consults) == 1, consults


# -- mode ------------------------------------------------------------------------------------------------------------------
# _mode() counts codes for a conference (conference_parties = 3, or INTL) but not groups: a G20 or APEC meeting has two
# codes (the group and the host) and becomes a 'meeting'; a bilateral meeting on the sidelines names three codes and
# becomes a 'conference' (guide: "a bilateral meeting on the sidelines of a summit is meeting, not conference"); a formal
# notice to another state is a message (guide: "a formal notice sent to another state's authorities (... thông báo cho
# ..., công hàm) is a CONSULT of mode message"), but "thông báo" is none of [proposer] modes.

@pytest.mark.parametrize("text, published, mode", [
    (SHERPA_LEAD, None, "conference"),  # corpus (baomoi_22327034)
    # corpus (baomoi_22251981): a seminar of the APEC senior officials' meeting in Hà Nội
    ("Ngày 12/5, tại Hà Nội, Hội thảo về giáo dục, dạy nghề và an sinh xã hội do Nhóm công tác về phát triển nguồn nhân "
     "lực tổ chức diễn ra trong khuôn khổ Hội nghị lần thứ 2 các quan chức cao cấp APEC.", None, "conference"),
    # (corpus, baomoi_22327034: "Bên lề hội nghị, Trưởng đoàn Việt Nam đã gặp song phương với Trưởng đoàn OECD ...", a
    # bilateral meeting on the sidelines, was proposed here until stop 68; the rules find it now, with the mode 'meeting':
    # tests/test_contact_cues.py)
    # corpus (news_world_054, its "dự kiến vào tuần đầu tiên của tháng 5" left out: a sentence holding a [proposer]
    # planned word proposes no meeting): a notice from the UK to Turkey of a warship's passage
    ("\"Chúng tôi đã nhận được thông báo từ Anh về việc tàu chiến của họ đi qua eo biển Bosphorus\", hãng tin Sputnik "
     "(Nga) dẫn nguồn tin ngoại giao từ Thổ Nhĩ Kỳ ngày 19/4 cho biết.", "2021-04-20", "message"),
])
def test_a_proposed_meeting_takes_the_mode_the_guide_gives_it(text: str, published: str | None, mode: str) -> None:
    recs = _proposed(text, published, "CONSULT", EAGER)
    assert recs, "nothing proposed (then this test says nothing)"
    assert [r.mode for r in recs] == [mode] * len(recs), [(r.participants, r.mode) for r in recs]


# -- dates -----------------------------------------------------------------------------------------------------------------
# _date() drops the sentence's own day whenever a null marker stands anywhere in it. The rules (records/null_dates.py)
# read a marker only where it places the act: not "Trước đó, ngày 7/3" (a day right after it), not "ngày 4/7 vừa qua"
# (another event's day). Guide: the date is the day the event happened.

@pytest.mark.parametrize("text, date", [
    # corpus (baomoi_22714572): Russia's evidence to the UN, sent on 8/7, about a launch of 4/7
    ("Ngày 8/7, phía Nga đã gửi một số bằng chứng cho Liên Hợp Quốc chứng minh tên lửa mà Triều Tiên phóng ngày 4/7 vừa "
     "qua chỉ là loại tầm trung chứ không phải tên lửa đạn đạo liên lục địa (ICBM) như tuyên bố của Bình Nhưỡng và theo "
     "niềm tin của phía Mỹ.", "XXXX-07-08"),
    # corpus (baomoi_22273632): an Arab League ministers' meeting
    ("Trước đó, ngày 7/3, trong một cuộc họp cấp ngoại trưởng ở thủ đô Cairo (Ai Cập), các nước thành viên Liên đoàn "
     "Arab (AL) đã thông qua một nghị quyết phản đối các kế hoạch di chuyển phái bộ ngoại giao nước ngoài tới "
     "Jerusalem.", "XXXX-03-07"),
])
def test_a_null_marker_of_another_time_does_not_undate_the_act(text: str, date: str) -> None:
    recs = _proposed(text, None, "CONSULT", EAGER)
    assert recs, "nothing proposed (then this test says nothing)"
    assert [r.date for r in recs] == [date] * len(recs), [(r.date, r.date_reason) for r in recs]


# -- what the rules set aside, what the guide records nothing of -------------------------------------------------------
# The guard covers only drops of kind modality/guard/scope: a planned meeting the rules dropped for want of a second party
# ("dự kiến ... gặp ... tuần tới", "sẽ ... sau khi tham dự") comes back from the shipped proposer. Guide amendments: "A
# visit, call or talks only announced or planned ... is no CONSULT".

@pytest.mark.parametrize("text", [
    # corpus (baomoi_22644822)
    "Vấn đề này dự kiến được đề cập nhiều khi Tổng thống Trump gặp các lãnh đạo nhóm các nền kinh tế lớn (G20) tại "
    "Hamburg, Đức, tuần tới.",
    # corpus (baomoi_22381906)
    "Tuy nhiên, giờ đây, Tổng thống Donald Trump cho biết sẽ đưa ra quyết định về vấn đề này sau khi tham dự Hội nghị "
    "thượng đỉnh Nhóm 7 nước công nghiệp phát triển hàng đầu thế giới (G7) tại Italy từ ngày 26-27/5.",
])
def test_a_planned_meeting_is_not_proposed(text: str) -> None:
    assert [(r.participants, r.date) for r in _proposed(text, None, "CONSULT")] == []


# Sentences the shipped proposer turns into records, each from the sample judged in its article, that the guide records
# nothing of: a standing policy line ("coi trọng thúc đẩy hơn nữa hợp tác"), a general wish for partnership, a framework
# of past years, a Vietnamese firm and a Vietnamese city ("đối tác ... ở trong và ngoài nước" is no party), football
# clubs founding a league (the commit: no candidate in a sport sentence).

@pytest.mark.parametrize("text, published, kind", [
    # corpus (baomoi_22708308)
    ("Thủ tướng Nguyễn Xuân Phúc chúc Đại hội lần thứ 19 của Đảng Cộng sản Trung Quốc thành công tốt đẹp; khẳng định Việt "
     "Nam đánh giá cao vai trò lãnh đạo hạt nhân của Chủ tịch Trung Quốc Tập Cận Bình và hết sức coi trọng thúc đẩy hơn "
     "nữa hợp tác giữa hai nước.", None, "AGREE"),
    # corpus (baomoi_22414939)
    ("Reuters đưa tin Thủ tướng Anh Theresa May ngày 30/5 tuyên bố bà muốn duy trì mối quan hệ đối tác \"sâu sắc và đặc "
     "biệt\" với Liên minh châu Âu (EU).", None, "AGREE"),
    # corpus (baomoi_21471487)
    ("Việt Nam đã ký Hiệp định hàng hải song phương với 26 quốc gia, ký thỏa thuận về công nhận giấy chứng nhận khả năng "
     "cho thuyền viên (CoC) với 27 quốc gia và vùng lãnh thổ.", None, "AGREE"),
    # corpus (news_business_226)
    ("\"T&T Group cam kết sẽ quyết tâm bằng những năng lực, nguồn lực của mình, cùng các đối tác chiến lược lớn của tập "
     "đoàn ở trong và ngoài nước, sẽ đồng hành với thành phố để thúc đẩy phát triển, góp phần nâng cao nguồn nhân lực, "
     "vật lực và công nghệ... cho TP Cần Thơ\" - ông Đỗ Quang Hiển nhấn mạnh.", "2021-04-26", "AGREE"),
    # corpus (news_sport_072)
    ("Ngày hôm qua, 12 CLB châu Âu gồm Man Utd, Man City, Chelsea, Arsenal, Liverpool, Tottenham (Anh), AC Milan, Inter "
     "Milan, Juventus (Italia) và Real Madrid, Barcelona, Atletico (Tây Ban Nha) đã thống nhất việc ra đời giải đấu "
     "European Super League, dự kiến diễn ra vào năm 2024.", "2021-04-20", "AGREE"),
])
# (Not here: two states each convening its own security council, baomoi_22265855, a learned record at its threshold
# that three retrainings of stop 66 and 67 proposed, left out, proposed and left out again; held strictly either way,
# it tested the retraining, not the code.)
@pytest.mark.xfail(strict=True, reason="left open: the model's precision at the thresholds cross-validation chose (CONSULT "
                   "0.15, AGREE 0.10); the final read judged 46% (Dân trí) and 33% (Báo Mới) of its records right")
def test_a_sentence_the_guide_records_nothing_of_proposes_nothing(text: str, published: str | None, kind: str) -> None:
    assert [r.participants for r in _proposed(text, published, kind)] == []


# -- linear in the document --------------------------------------------------------------------------------------------
# propose_records() reads all of doc.actors (the record's actors) and sorts all of doc.dates (_date) once per proposed
# record: quadratic in a long document with many proposals (the commit: "linear"). So are the loops over `have` in
# candidates() (per sentence) and over `taken` in select() (per candidate).

COUNTRIES = ["Mỹ", "Nhật Bản", "Hàn Quốc", "Ấn Độ", "Australia", "Pháp", "Đức", "Nga", "Canada", "Italy", "Thái Lan",
             "Lào", "Campuchia", "Indonesia"]


def test_the_stage_reads_actors_and_dates_once_not_once_per_proposal() -> None:
    from hoptac.records.proposer import propose_records

    pairs = [(a, b) for i, a in enumerate(COUNTRIES) for b in COUNTRIES[i + 1:]][:60]
    # a sentence shape from corpus (baomoi_22251981), with two states named
    doc = run_doc(*[f"Ngày 12/5, đại diện {a} và đại diện {b} dự hội thảo về giáo dục." for a, b in pairs])
    doc.records = [r for r in doc.records if r.type not in ("CONSULT", "AGREE")]
    doc.actors, doc.dates = _Counted(doc.actors), _Counted(doc.dates)
    _Counted.passes = 0
    propose_records(doc, EAGER)
    proposed = [r for r in doc.records if r.rule.endswith(".learned:")]
    assert len(proposed) >= 50
    assert _Counted.passes <= 6, f"{_Counted.passes} passes over the actors and dates for {len(proposed)} proposals"


# -- bad input -------------------------------------------------------------------------------------------------------------
# shipped() reads the file outside its try: a file that is not UTF-8 is a bare UnicodeDecodeError naming no file.

def test_a_proposer_file_that_is_not_utf8_is_a_clear_error(tmp_path, monkeypatch: pytest.MonkeyPatch) -> None:
    assert_shipped_refuses('{"about": {}, "types": {"CONSULT": {"weights": {"w:gặp": 1}}}}'.encode("cp1258", "replace")
                           .replace(b"g", b"\xff", 1), tmp_path, monkeypatch)
