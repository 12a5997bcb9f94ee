"""Review of 0039ce1 (cues.toml [CONSULT.together] "bàn bạc"/"bàn thảo", [CONSULT.meeting] "bàn (bạc|thảo) với"
an office-holder, [roles] fronted_phrase_leads "nhằm"/"để"; measures.tsv: "lập ... chốt cách ly" narrowed to a place
people live, a festival's programme stopped): the faults the corpora showed.

Each case fails on 0039ce1. Which also fail on its parent 27a9f7d is said in each (older logic the new words reach).
The guide (docs/annotation-guide.md): a `CONSULT` is a diplomatic contact between at least two different codes,
one that has happened; a `REQUEST` is one side asking *another* to act; a `MEASURE` is a state's own epidemic
measure ("phong tỏa" of a local area is `lockdown`; gatherings limited are `social_distancing`), with counts in
digits of what it covers as quantities; a record reported within a dated event takes that event's date.
"""

from __future__ import annotations

import pytest

from test_records import EPIDEMIC_LEAD as LEAD, consults, measures, run


# --- "bàn bạc với" an office-holder of the same state ------------------------------------------------------------

@pytest.mark.xfail(strict=True, reason="older logic the new words reach: talks with an office-holder of the subject's own "
                   "state ('thảo luận với', 'làm việc với' too) take a state named further on, the envoy's destination, "
                   "for the partner; in the corpus article the record merges into a right one")
def test_talks_with_one_s_own_president_are_no_contact() -> None:
    # Báo Mới baomoi_22532464 (the sentence after its fronted "Sau buổi gặp gỡ này,"): the US Secretary of State
    # talks with his own President, then sends an envoy to North Korea. Talks inside one state are no record (the
    # guide: at least two different codes); 0039ce1 takes North Korea, where the envoy goes, for the other side
    # (a CONSULT USA-PRK). On 27a9f7d this sentence gives nothing. (Older logic the new words reach: "thảo luận
    # với" and "làm việc với" Tổng thống Donald Trump give the same CONSULT on both commits.)
    assert consults("Ngoại trưởng Mỹ Rex Tillerson đã bàn bạc với Tổng thống Donald Trump và chỉ đạo ông Yun đến "
                    "Triều Tiên giải cứu anh Warmbier.", published="2017-06-01T08:00:00+07:00") == []


# --- a backdrop "bàn bạc" lends its partner to a request after it ------------------------------------------------

def test_a_domestic_order_takes_no_partner_from_talks_in_a_backdrop() -> None:
    # Báo Mới baomoi_22703010, two sentences six apart in the article, given as two paragraphs. The new [CONSULT.together] "bàn bạc" makes
    # the backdrop clause "ngay từ khi Mỹ và Hàn Quốc bàn bạc để triển khai" an (undated) meeting, and President
    # Moon's order for an inquiry at home, sentences later, is then "said within" that meeting and asks the United
    # States (REQUEST KOR -> USA). The guide: a REQUEST is one side asking another to act; Moon asks no other state
    # (he orders his own government to investigate). On 27a9f7d these sentences give no REQUEST.
    recs = run("Chính vì lẽ đó mà ngay từ khi Mỹ và Hàn Quốc bàn bạc để triển khai thì THAAD đã vấp phải sự phản đối "
               "mạnh mẽ của CHDCND Triều Tiên, Trung Quốc và Nga.",
               "Tháng 5/2017, Tổng thống Hàn Quốc Moon Jae-in yêu cầu mở một cuộc điều tra về sự xuất hiện không báo "
               "trước của 4 bệ phóng THAAD tại Hàn Quốc, làm dấy lên những nghi ngờ về quan điểm của chính phủ về hệ "
               "thống phòng thủ gây tranh cãi này.", published=None)
    assert [(r.source, r.targets) for r in recs if r.type == "REQUEST"] == []


# --- the new talks' date ---------------------------------------------------------------------------------------

@pytest.mark.xfail(strict=True, reason="older date logic: 'thảo luận về' in the same place is dated null on 27a9f7d too")
def test_talks_held_during_a_dated_visit_take_its_date() -> None:
    # Báo Mới baomoi_22288763 (no publication date), its opening paragraphs abridged: Macron received in Berlin on
    # Monday 15/5, a press conference, and Merkel saying the two talked over three issues. 0039ce1 finds the
    # meeting (FRA-DEU) but dates it null, while the visit it was held in is XXXX-05-15. The guide: a record
    # reported within a dated event takes that event's date. (Older date logic: with "thảo luận về" 27a9f7d gives
    # the same null; on 27a9f7d the "bàn bạc" sentence gives no meeting at all.)
    recs = run("Tổng thống mới nhậm chức của Pháp Emmanuel Macron bắt tay vào một chương trình nghị sự đầy tham vọng "
               "trong ngày làm việc đầu tiên – chọn thủ tướng mới và sau đó sang Đức trong chuyến công du nước ngoài "
               "đầu tiên.",
               "Ông Macron được thủ tướng Đức Angela Merkel chào đón với nghi thức quân đội tại Berlin vào chiều thứ 2 "
               "(15/5). Tại một cuộc họp báo, 2 nhà lãnh đạo nói rõ mối quan hệ Pháp - Đức rất quan trọng đối với Liên "
               "minh châu Âu EU. Bà Merkel cho biết mình và ông Macron đã bàn bạc về 3 vấn đề là vấn đề chính trị hiện "
               "tại châu Âu, chỉ thị hệ thống tị nạn và quan hệ thương mại.", published=None)
    met = [r for r in recs if r.type == "CONSULT" and r.mode == "meeting"]
    assert [(sorted(r.participants), r.date) for r in met] == [(["DEU", "FRA"], "XXXX-05-15")]


# --- talks the new words name but miss -------------------------------------------------------------------------

@pytest.mark.xfail(strict=True, reason="older: a first-person side ('tôi') is not resolved to the quote's speaker named after it")
def test_talks_named_with_a_first_person_side() -> None:
    # Báo Mới baomoi_22716895 (the article gives no record at all): Trump's tweet says he and Putin talked over a
    # joint cyber-security unit (they did, at the G20). The guide: a contact that happened, USA and RUS. The side
    # "tôi" (the tweet's author, named after the quote) is not resolved, so "bàn bạc" has one party only (RUS).
    # (Older logic, fails on 27a9f7d too; the article's "ông và Tổng thống Nga Putin đã thảo luận về" is missed the
    # same way.)
    assert consults("\"Việc tôi và Tổng thống Putin bàn bạc về thành lập lực lượng an ninh mạng không có nghĩa là tôi "
                    "tin vào khả năng ý tưởng đó thành hiện thực. Nó sẽ không thành hiện thực\", Tổng thống Mỹ Donald "
                    "Trump viết trên trang Twitter cá nhân tối 9/7.", published=None) == [["USA", "RUS"]]


# --- the fronted purpose ("Để ...", "Nhằm ...") ----------------------------------------------------------------

@pytest.mark.xfail(strict=True, reason="a made-up sentence: a purpose phrase run into the listed subjects with no comma "
                   "between; the reviewer found the new lead changing 18 sentences of the 22,653 articles, none so")
def test_a_purpose_phrase_without_its_comma_keeps_the_first_listed_subject() -> None:
    # NOT quoted: Báo Mới baomoi_22724060's "các quốc gia gồm Nhật Bản, Mỹ và Hàn Quốc đã nhất trí hối thúc Trung
    # Quốc ..." after a fronted purpose written without its comma, as 223 of the corpora's 2,548 sentences opening
    # "Để"/"Nhằm" are ("Để chuẩn bị cho lượt trận ... gặp U20 New Zealand vào ngày 22/5 tới đội tuyển U20 Việt Nam đã
    # di chuyển ...", baomoi_22314969). [roles] fronted_phrase_leads "để" then holds the whole stretch up to the
    # first comma, so Japan, the first of the listed subjects, is taken for a name inside the purpose and cut from
    # the list: the REQUEST's source is USA and KOR only. The guide: the three states ask China. On 27a9f7d the
    # source is JPN, USA, KOR.
    recs = run("Để gây sức ép lên Bình Nhưỡng Nhật Bản, Mỹ và Hàn Quốc đã nhất trí hối thúc Trung Quốc thể hiện vai trò "
               "lớn hơn nữa trong vấn đề Triều Tiên.")
    assert [(sorted(r.source), r.targets) for r in recs if r.type == "REQUEST"] == [(["JPN", "KOR", "USA"], ["CHN"])]


# --- measures.tsv: the narrowed checkpoint and festival lines ----------------------------------------------------

def test_a_patient_s_block_sealed_off_by_a_checkpoint_is_a_lockdown() -> None:
    # Dân trí news_society_138 (its caption: "ngõ 83 đường Dục Nội ... được phong tỏa"): the patient's housing block
    # "đã được lập chốt cách ly kiểm soát y tế đối với 19 hộ gia đình". The lookahead 0039ce1 put on the lockdown
    # line wants a place word right after "chốt cách ly" ("khu vực", "thôn", ...), so this block, 19 households
    # where people live, is no longer a lockdown, and the article's lockdown loses its quantity. The guide:
    # "phong tỏa" of a local area is `lockdown`; counts in digits of what a measure covers are quantities. On
    # 27a9f7d: lockdown, VNM, 19 households (the next sentence, a home quarantine, stays no lockdown).
    recs = run(LEAD, "Hà Nội ghi nhận thêm một ca mắc Covid-19 trong cộng đồng.",
               "Về công tác phòng, chống dịch bệnh, theo báo cáo của Phòng Y tế huyện Đông Anh, nhà ở của ca mắc Covid-19 "
               "tại khu tập thể ga Cổ Loa (ngõ 83 đường Dục Nội, thuộc thôn Trung, xã Việt Hùng) đã được lập chốt cách ly "
               "kiểm soát y tế đối với 19 hộ gia đình.",
               published="2021-05-01T12:00:00+07:00")
    found = measures(recs, "lockdown")
    assert [r.source for r in found] == [["VNM"]]
    assert [(q.value, q.unit) for q in found[0].quantities] == [(19, "household")]


def test_programmes_and_events_called_off() -> None:
    # Dân trí news_travel_098 (which gives no record at all): "tạm hoãn các chương trình, sự kiện tập trung đông
    # người". 0039ce1 lets "chương trình" stand before "lễ hội|sự kiện" in its new festival line, but not "các" before
    # it nor a comma after it, and the general line reads "các" then wants "sự kiện" at once. The guide: gatherings
    # limited, `social_distancing`, Việt Nam's ("Trước đó": dated null). (Older miss, fails on 27a9f7d too; with
    # "tạm hoãn các sự kiện tập trung đông người" both commits find it.)
    recs = run(LEAD, "Hà Nội ghi nhận thêm một ca mắc Covid-19 trong cộng đồng.",
               "Trước đó, TP Hội An cũng quyết định tạm hoãn các chương trình, sự kiện tập trung đông người trong dịp lễ "
               "30/4-1/5.", published="2021-04-30T08:00:00+07:00")
    assert [r.source for r in measures(recs, "social_distancing")] == [["VNM"]]
