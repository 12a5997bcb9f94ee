"""Mechanisms of stop 44, each with the counter-case it must leave alone. The vaccine-diplomacy sentences are written
for the case, in the shape of the seeds' genre (data/samples); "corpus" marks one quoted from the Dân trí corpus."""

from __future__ import annotations

import pytest
from test_records import find, run, run_doc


def test_aid_named_as_the_purpose_of_a_specific_aid_restates_it() -> None:
    records = run("Chính phủ Australia sẽ tài trợ 40 triệu AUD để hỗ trợ Việt Nam mua vắc xin.")
    aids = [r for r in records if r.type == "AID"]
    assert len(aids) == 1
    rec = find(aids, "AID", source=["AUS"], targets=["VNM"], status="pledged", category="financial")
    assert [(q.value, q.unit) for q in rec.quantities] == [(40_000_000, "AUD")]
    # A vague aid before a specific purpose folds the other way: the purpose's amount and kind stand.
    aids = [r for r in run("Mỹ tài trợ để cung cấp 1 triệu liều vắc xin cho Việt Nam.") if r.type == "AID"]
    assert len(aids) == 1 and aids[0].category == "vaccine"
    assert [(q.value, q.unit) for q in aids[0].quantities] == [(1_000_000, "dose")]
    # Two aids of two givers in one clause stay two.
    aids = [r for r in run("Nhật Bản tặng Việt Nam 1 triệu liều vắc xin, trong khi Mỹ viện trợ 2 triệu USD để hỗ trợ Lào.")
            if r.type == "AID"]
    assert {(tuple(r.source), tuple(r.targets), r.category) for r in aids} == {
        (("JPN",), ("VNM",), "vaccine"), (("USA",), ("LAO",), "financial")}


def test_money_that_values_goods_leaves_the_goods_their_kind() -> None:
    # corpus: "Mỹ sẽ cung cấp vật tư trị giá hơn 100 triệu USD trong những ngày tới để cứu trợ khẩn cấp cho các đối
    # tác của chúng tôi ở Ấn Độ" (supplies worth the money, not money)
    rec = find(run("Mỹ sẽ cung cấp vật tư trị giá hơn 100 triệu USD cho Ấn Độ."), "AID", source=["USA"], targets=["IND"])
    assert rec.category == "medical_supplies"
    rec = find(run("Mỹ cũng tặng Việt Nam 77 tủ đông bảo quản vắc xin trị giá 2,3 triệu USD."), "AID", source=["USA"])
    assert rec.category == "medical_supplies"
    assert [(q.value, q.unit) for q in rec.quantities] == [(77, "freezer"), (2_300_000, "USD")]
    # A package or money itself stays financial.
    assert find(run("Mỹ sẽ cung cấp gói viện trợ trị giá 100 triệu USD cho Ấn Độ."), "AID").category == "financial"
    assert find(run("Nhật Bản viện trợ 2 triệu USD cho Việt Nam để mua thiết bị y tế."), "AID").category == "financial"


def test_the_owner_of_thanked_help_gives_what_the_help_was_about() -> None:
    # Guide: aid named inside thanks is an AID from the owner of the aid to the one who thanks.
    doc = run_doc("Thứ trưởng Bộ Y tế cảm ơn sự giúp đỡ quý báu của Chính phủ Australia trong việc cung cấp 1,5 triệu "
                  "liều vắc xin cho Việt Nam.")
    find(doc.records, "SUPPORT", source=["VNM"], targets=["AUS"])
    rec = find(doc.records, "AID", source=["AUS"], targets=["VNM"], category="vaccine")
    assert [(q.value, q.unit) for q in rec.quantities] == [(1_500_000, "dose")]
    # Help of no named kind thanked for is only the SUPPORT (guide).
    records = run("Thủ tướng cảm ơn sự giúp đỡ của Nhật Bản trong việc hỗ trợ Việt Nam.")
    assert [r.type for r in records] == ["SUPPORT"]
    # Without "của" before it the actor is no owner: the one who praises stays the subject of a later verb.
    records = run("Ông cho biết Nhật Bản trong việc này đã hỗ trợ Việt Nam 1 triệu liều vắc xin.")
    find(records, "AID", source=["JPN"], targets=["VNM"])


def test_a_number_with_separators_is_one_word_of_a_cues_gap() -> None:
    # cues.toml {WORD}: "chia sẻ 415.000 liều" held a word with "." the gap refused, and no AID stood.
    rec = find(run("Anh sẽ chia sẻ 415.000 liều vắc xin AstraZeneca cho Việt Nam.", "Mỹ đã chia sẻ 2,5 triệu liều "
                   "vắc xin cho Việt Nam."), "AID", source=["USA"], targets=["VNM"])
    assert [(q.value, q.unit) for q in rec.quantities] == [(2_500_000, "dose")]
    # corpus (shape): "thỏa thuận bán vũ khí cho Đài Loan trị giá 1,3 tỷ USD"; the amount may stand inside the gap.
    rec = find(run("Mỹ phê chuẩn thương vụ bán vũ khí trị giá 1,4 tỷ USD cho Đài Loan."), "AGREE",
               participants=["USA", "TWN"])
    assert [(q.value, q.unit) for q in rec.quantities] == [(1_400_000_000, "USD")]


def test_a_short_name_of_a_state_the_story_named_is_that_state_after_a_verb() -> None:
    # "Anh" alone is the pronoun or a given name as often as the United Kingdom; once the story has named the UK,
    # "cảm ơn Anh", "cho biết Anh sẽ ..." are the UK again (actor_context.tsv clause_names).
    doc = run_doc("Sáng 20/8, Bộ trưởng Bùi Thanh Sơn đã điện đàm với Ngoại trưởng Anh Dominic Raab.",
                  "Thủ tướng cảm ơn Anh đã hỗ trợ vắc xin cho Việt Nam.",
                  "Bộ Ngoại giao cho biết Anh sẽ tặng Việt Nam 1 triệu liều vắc xin.", published="2021-08-20")
    find(doc.records, "SUPPORT", source=["VNM"], targets=["GBR"])
    rec = find(doc.records, "AID", source=["GBR"], targets=["VNM"], status="pledged")
    assert [(q.value, q.unit) for q in rec.quantities] == [(1_000_000, "dose")]
    # Not where the story never named the UK, nor before a capitalised word (a name), nor a name no clause opens on.
    assert not [r for r in run("Thủ tướng cảm ơn Anh đã hỗ trợ vắc xin cho Việt Nam.") if r.type == "AID"]
    doc = run_doc("Ngoại trưởng Anh đã tới Hà Nội.", "Cảnh sát mời Anh Tuấn lên làm việc.")
    assert [a.code for a in doc.actors if a.sentence == 1] == []
    doc = run_doc("Quốc vương Jordan đã gặp Tổng thống Mỹ.", "Tỉnh Deraa giáp Jordan bị pháo kích.")
    assert [a.code for a in doc.actors if a.sentence == 1] == []


def test_a_meeting_its_clause_says_was_held_online_is_a_video_contact() -> None:
    # Guide: video (trực tuyến); "hội nghị trực tuyến" is a cue of its own, the form held apart is not.
    doc = run_doc("Sáng 19/8, Bộ trưởng Bùi Thanh Sơn dự Hội nghị Bộ trưởng Ngoại giao ASEAN - Trung Quốc theo hình "
                  "thức trực tuyến.", published="2021-08-20")
    find(doc.records, "CONSULT", participants=["VNM", "ASEAN", "CHN"], mode="video", date="2021-08-19")
    doc = run_doc("Chiều 19/8, Thủ tướng hội đàm với Thủ tướng Nhật Bản tại Tokyo.", published="2021-08-20")
    find(doc.records, "CONSULT", participants=["VNM", "JPN"], mode="meeting")
    # corpus (Dân trí): work moved online is no mode of the talks it is said at.
    doc = run_doc("Chiều 19/8, Thủ tướng hội đàm với Thủ tướng Nhật Bản. Trao đổi tại hội đàm, hai bên đánh giá cao vai trò "
                  "của ASEAN, trong bối cảnh dịch bệnh đã linh hoạt, chuyển phương thức hoạt động sang hình thức trực tuyến.",
                  published="2021-08-20")
    assert {r.mode for r in doc.records if r.type == "CONSULT"} == {"meeting"}


# Counter-examples of the first review of these mechanisms (each failed on 29f2fb7).

def test_purpose_aid_of_another_recipient_is_not_folded_into_a_borrowed_aid() -> None:
    # "tài trợ thêm" takes its kind from the next verb (state.borrowed), so aid_restates.purpose_restates holds it specific,
    # folds the Cambodia aid into it, and subsume_aid then folds it as vague into the Vietnam vaccine aid.
    records = run("Hàn Quốc đã tặng Việt Nam 1 triệu liều vắc xin và tài trợ thêm để hỗ trợ Campuchia mua máy thở.")
    find(records, "AID", source=["KOR"], targets=["VNM"], category="vaccine")
    find(records, "AID", source=["KOR"], targets=["KHM"])


def test_money_given_before_a_valuation_stays_financial_whatever_its_currency() -> None:
    # The money given comes first; the valuation values what the recipient buys. With "USD" (a financial item word)
    # it stays financial; with yen or AUD (no item word) the goods' kind wins.
    rec = find(run("Nhật Bản viện trợ 10 tỷ yên cho Việt Nam để mua thiết bị y tế trị giá 5 tỷ yên."), "AID",
               source=["JPN"], targets=["VNM"])
    assert rec.category == "financial"
    rec = find(run("Australia viện trợ 20 triệu AUD cho Việt Nam, bên cạnh 1,5 triệu liều vắc xin trị giá 30 triệu AUD."),
               "AID", source=["AUS"], targets=["VNM"])
    assert rec.category == "financial"


def test_money_to_buy_goods_of_a_value_is_financial() -> None:
    # Goods named after "mua" are bought by the recipient, not given ("viện trợ 2 triệu USD ... để mua thiết bị y tế"
    # is financial in test_records_stop44).
    rec = find(run("Hàn Quốc tài trợ cho Việt Nam để mua vắc xin trị giá 10 triệu USD."), "AID",
               source=["KOR"], targets=["VNM"])
    assert rec.category == "financial"


def test_owner_of_a_need_is_not_the_giver() -> None:
    # "nhu cầu / nguyện vọng của X trong/về việc <verb>": X is the one helped, not the one who acts.
    find(run("Việt Nam sẵn sàng đáp ứng nhu cầu của Lào trong việc cung cấp vắc xin cho người dân Lào."),
         "AID", source=["VNM"], targets=["LAO"])
    find(run("Chính phủ Nhật Bản đã đáp ứng nguyện vọng của Chính phủ Việt Nam về việc tặng thêm 1 triệu liều "
             "vắc xin cho người dân Việt Nam."), "AID", source=["JPN"], targets=["VNM"])


def test_owner_of_guidance_takes_no_measure() -> None:
    # A MEASURE is a state's own (guide); WHO's guidance does not make WHO its source, and owner_agent bypasses
    # subject(states_only=True).
    records = run("Việt Nam tuân thủ hướng dẫn của WHO trong việc phong tỏa các ổ dịch.")
    assert all(r.source != ["WHO"] for r in records if r.type == "MEASURE")
    find(records, "MEASURE", source=["VNM"])


def test_a_state_named_as_an_adjective_of_a_thing_is_no_actor() -> None:
    # "bảng Anh" (pound sterling), "Ngoại hạng Anh", "mì Ý": a lower-case word before, but no clause opens there.
    doc = run_doc("Ngoại trưởng Anh Dominic Raab đã điện đàm với Bộ trưởng Bùi Thanh Sơn.",
                  "UNICEF sẽ hỗ trợ Việt Nam 2 triệu bảng Anh để mua máy thở.")
    find(doc.records, "AID", source=["UNICEF"], targets=["VNM"])
    assert [a.code for a in doc.actors if a.sentence == 1] == ["UNICEF", "VNM"]
    doc = run_doc("Tổng thống Ý Sergio Mattarella đã tiếp Đại sứ Việt Nam.", "Nhà hàng chuyên món mì Ý và pizza.")
    assert [a.code for a in doc.actors if a.sentence == 1] == []


# Counter-examples of the second review (each failed on 56cff49).

def test_talks_in_person_beside_an_online_event_stay_a_meeting() -> None:
    doc = run_doc("Sáng 26/6, tại Hà Nội, Thủ tướng Nguyễn Xuân Phúc tiếp Tổng Thư ký ASEAN Lim Jock Hoi, trước thềm "
                  "Hội nghị Cấp cao ASEAN lần thứ 36 được tổ chức trực tuyến.", published="2020-06-26")
    find(doc.records, "CONSULT", participants=["VNM", "ASEAN"], mode="meeting")
    doc = run_doc("Chiều 19/8, Thủ tướng hội đàm với Thủ tướng Lào tại Hà Nội và dự Hội nghị Mekong - Nhật Bản theo "
                  "hình thức trực tuyến.", published="2021-08-20")
    find(doc.records, "CONSULT", participants=["VNM", "LAO"], mode="meeting")
    doc = run_doc("Từ ngày 9-10/1, Thủ tướng Phạm Minh Chính thăm chính thức Lào.",
                  "Ngày 9/1, Thủ tướng hội đàm với Thủ tướng Lào, sau đó hai Thủ tướng dự lễ khởi công dự án qua cầu "
                  "truyền hình.", published="2022-01-10")
    find(doc.records, "CONSULT", participants=["VNM", "LAO"], mode="meeting")


def test_a_conference_held_in_person_after_online_years_is_a_conference() -> None:
    doc = run_doc("Ngày 11/11, Thủ tướng Phạm Minh Chính dự Hội nghị Cấp cao ASEAN lần thứ 40 tại Phnom Penh, diễn ra "
                  "trực tiếp sau hai năm được tổ chức trực tuyến.", published="2022-11-12")
    find(doc.records, "CONSULT", participants=["VNM", "ASEAN"], mode="conference")


def test_owner_of_help_to_receive_is_not_the_recipient() -> None:
    records = run("Bộ trưởng Y tế cảm ơn sự hỗ trợ của UNICEF trong việc tiếp nhận 1 triệu liều vắc xin từ Nhật Bản.")
    find(records, "SUPPORT", source=["VNM"], targets=["UNICEF"])
    find(records, "AID", source=["JPN"], targets=["VNM"], category="vaccine")
    assert not [r for r in records if r.type == "AID" and "UNICEF" in r.targets]


def test_owner_of_help_to_buy_is_not_the_buyer() -> None:
    records = run("Bộ trưởng Y tế cảm ơn sự hỗ trợ của Nhật Bản trong việc đàm phán mua 5 triệu liều vắc xin của Pfizer.")
    rec = find(records, "AGREE", participants=["VNM", "USA"])
    assert "JPN" not in rec.participants


def test_owner_of_a_request_for_help_is_not_the_giver() -> None:
    find(run("Việt Nam sẵn sàng đáp ứng đề nghị hỗ trợ của Lào trong việc cung cấp vắc xin cho người dân Lào."),
         "AID", source=["VNM"], targets=["LAO"])
    find(run("Việt Nam đã đáp ứng yêu cầu hỗ trợ của Campuchia trong việc cung cấp 100 tấn oxy y tế cho Campuchia."),
         "AID", source=["VNM"], targets=["KHM"])


# Counter-examples of the third review (each failed on cf868d8; the last three on 13b047f too).

def test_in_person_summit_after_online_years_in_other_words_is_a_conference() -> None:
    # online_stops lists "sau hai năm", "sau nhiều năm" only: "sau 2 năm", "sau ba năm", "thay vì", a negation pass.
    for tail in ("sau 2 năm được tổ chức trực tuyến", "diễn ra trực tiếp sau ba năm được tổ chức trực tuyến",
                 "thay vì theo hình thức trực tuyến như hai năm trước",
                 "vốn được tổ chức trực tuyến trong hai năm qua"):
        doc = run_doc(f"Ngày 11/11, Thủ tướng Phạm Minh Chính dự Hội nghị Cấp cao ASEAN lần thứ 40 tại Phnom Penh {tail}.",
                      published="2022-11-12")
        find(doc.records, "CONSULT", participants=["VNM", "ASEAN"], mode="conference")


def test_online_event_named_after_an_in_person_meeting_leaves_it_a_meeting() -> None:
    # Another act ("rồi"), a contrast ("trong khi"), a topic ("về việc tổ chức ..."), a purpose ("để thảo luận ...") or a
    # relative clause about the guest ("vừa trình ...") ends the meeting's own stretch ([window] online_stops).
    for s in ("Chiều 19/8, Thủ tướng tiếp Đại sứ Hàn Quốc rồi dự lễ khởi công dự án theo hình thức trực tuyến.",
              "Chiều 19/8, Thủ tướng tiếp Đại sứ Hàn Quốc tại trụ sở Chính phủ trong khi nhiều hoạt động khác vẫn "
              "diễn ra trực tuyến.",
              "Chiều 19/8, Thủ tướng hội đàm với Thủ tướng Lào tại Hà Nội về việc tổ chức lễ kỷ niệm theo hình thức "
              "trực tuyến.",
              "Chiều 19/8, Bộ trưởng Bùi Thanh Sơn gặp Ngoại trưởng Mỹ để thảo luận việc tổ chức sự kiện diễn ra trực "
              "tuyến vào tháng tới.",
              "Chiều 19/8, Bộ trưởng Bùi Thanh Sơn tiếp Đại sứ Nhật Bản vừa trình quốc thư theo hình thức trực tuyến "
              "hôm 10/8."):
        assert _consult_modes(s) == {"meeting"}, s


def test_help_needed_or_awaited_gives_no_aid() -> None:
    # A word of owner_agent_not_after within 40 characters before the deed ("cần có", "mong nhận được", "hy vọng sẽ
    # tiếp tục nhận được", "đang chờ"): help needed or awaited, which nobody has given yet.
    for lead in ("Việt Nam cần có", "Việt Nam rất cần có", "Việt Nam mong nhận được",
                 "Việt Nam hy vọng sẽ tiếp tục nhận được", "Việt Nam đang chờ"):
        records = run(f"{lead} sự hỗ trợ của Nhật Bản trong việc cung cấp vắc xin cho người dân Việt Nam.")
        assert not [r for r in records if r.type == "AID"], lead


def test_owner_of_a_request_behind_ve_is_not_the_giver() -> None:
    # "yêu cầu về sự hỗ trợ của Campuchia": a request word a few words before the deed still makes it asked for.
    find(run("Việt Nam đã đáp ứng yêu cầu về sự hỗ trợ của Campuchia trong việc cung cấp 100 tấn oxy y tế cho "
             "Campuchia."), "AID", source=["VNM"], targets=["KHM"])


def test_owner_giver_record_says_its_source_is_the_owner() -> None:
    rec = find(run("Thủ tướng cảm ơn sự giúp đỡ của Chính phủ Nhật Bản trong việc cung cấp vắc xin cho Việt Nam."),
               "AID", source=["JPN"], targets=["VNM"])
    assert "owner" in rec.mentions[0].reason, rec.mentions[0].reason


def test_all_owners_of_a_list_give() -> None:
    # Those listed with the last owner give with it.
    find(run("Thứ trưởng cảm ơn sự hỗ trợ của Nhật Bản và Hàn Quốc trong việc cung cấp vắc xin cho Việt Nam."),
         "AID", source=["JPN", "KOR"], targets=["VNM"])


@pytest.mark.xfail(strict=True, reason="a known miss: the online stretch stops at 'và' and at a comma, so a "
                   "list of partners or an apposition before the online phrase keeps the mode as written")
def test_online_contact_with_several_partners_or_an_apposition_is_video() -> None:
    # "và" of online_stops ends the stretch inside the contact's own list of parties or name, a comma at its apposition.
    for s in ("Chiều 19/8, Thủ tướng hội đàm với Thủ tướng Lào và Thủ tướng Campuchia theo hình thức trực tuyến.",
              "Chiều 19/8, Bộ trưởng Bùi Thanh Sơn dự Hội nghị Bộ trưởng Ngoại giao ASEAN và Trung Quốc theo hình thức "
              "trực tuyến.",
              "Chiều 19/8, Bộ trưởng Bùi Thanh Sơn dự Hội nghị Bộ trưởng Ngoại giao ASEAN - Trung Quốc, được tổ chức "
              "theo hình thức trực tuyến."):
        assert _consult_modes(s) == {"video"}, s



# Counter-examples of the fourth review (each failed on 58e4360).

def test_online_conference_with_its_topic_purpose_or_qualifier_is_video() -> None:
    # The contact's own topic, purpose, qualifier or name ("về ...", "nhằm ...", "Hội nghị không chính thức", "vừa được
    # tổ chức", "như thường lệ") stands before its online form: no stop of [window] online_stops.
    for s in ("Sáng 19/8, Bộ trưởng dự Hội nghị Bộ trưởng Y tế ASEAN về hợp tác phòng chống dịch theo hình thức "
              "trực tuyến.",
              "Sáng 19/8, Thủ tướng dự Hội nghị Thượng đỉnh ASEAN - Mỹ đặc biệt về ứng phó COVID-19 theo hình thức "
              "trực tuyến.",
              "Sáng 19/8, Bộ trưởng Bùi Thanh Sơn dự Hội nghị không chính thức Bộ trưởng Ngoại giao ASEAN theo hình "
              "thức trực tuyến.",
              "Tối 19/8, Thủ tướng dự Hội nghị Cấp cao ASEAN - Hàn Quốc nhằm thúc đẩy hợp tác phục hồi kinh tế theo "
              "hình thức trực tuyến.",
              "Tối 19/8, Bộ trưởng Y tế dự Hội nghị Bộ trưởng Y tế ASEAN+3 đặc biệt để ứng phó dịch COVID-19 theo "
              "hình thức trực tuyến.",
              "Tối 19/8, Bộ trưởng dự Diễn đàn hợp tác kinh tế ASEAN - Nhật Bản sau đại dịch theo hình thức trực tuyến.",
              "Ngày 19/8, Bộ trưởng Bùi Thanh Sơn đã tham dự Hội nghị Bộ trưởng Ngoại giao ASEAN - Trung Quốc vừa được "
              "tổ chức theo hình thức trực tuyến.",
              "Sáng 19/8, Bộ trưởng Bùi Thanh Sơn dự Hội nghị Bộ trưởng Ngoại giao ASEAN - Ấn Độ như thường lệ theo "
              "hình thức trực tuyến.",
              "Sáng 19/8, Thủ tướng Phạm Minh Chính hội đàm với Thủ tướng Nhật Bản Kishida Fumio về hợp tác ứng phó "
              "dịch COVID-19 theo hình thức trực tuyến.",
              "Sáng 19/8, Bộ trưởng Bùi Thanh Sơn có cuộc gặp với Đại sứ Nhật Bản về hợp tác vắc xin theo hình thức "
              "trực tuyến."):
        assert _consult_modes(s) == {"video"}, s


def test_in_person_contact_beside_another_online_act_or_setting_stays_in_person() -> None:
    # "đồng thời", "trong bối cảnh", "khi ... hai kỳ trước" name another act or a setting ([window] online_stops).
    for s, mode in (("Chiều 19/8, Thủ tướng Phạm Minh Chính hội đàm với Thủ tướng Lào tại Hà Nội đồng thời chứng kiến "
                     "lễ khởi công dự án theo hình thức trực tuyến.", "meeting"),
                    ("Chiều 19/8, Thủ tướng Phạm Minh Chính hội đàm với Thủ tướng Lào tại Hà Nội trong bối cảnh phần "
                     "lớn hoạt động đối ngoại được tổ chức trực tuyến.", "meeting"),
                    ("Ngày 11/11, Thủ tướng Phạm Minh Chính dự Hội nghị Cấp cao ASEAN lần thứ 40 tại Phnom Penh khi "
                     "hai kỳ trước đều được tổ chức trực tuyến.", "conference")):
        assert _consult_modes(s) == {mode}, s


def test_thanks_joined_to_a_hope_still_names_the_giver() -> None:
    # "cảm ơn và mong tiếp tục nhận được sự hỗ trợ của X trong việc cung cấp": the help is thanked and goes on (guide:
    # aid named inside thanks is an AID); a wish joined to praise with no "tiếp tục" awaits help not yet given (the
    # fifth review: "cảm ơn và hy vọng sẽ có ..."), so "đánh giá cao và chờ đợi sự hỗ trợ" gives no AID.
    find(run("Thủ tướng cảm ơn và mong tiếp tục nhận được sự hỗ trợ của Hàn Quốc trong việc cung cấp vắc xin cho "
             "Việt Nam."), "AID", source=["KOR"], targets=["VNM"])
    records = run("Thủ tướng đánh giá cao và chờ đợi sự hỗ trợ của Nhật Bản trong việc cung cấp vắc xin cho Việt Nam.")
    assert not [r for r in records if r.type == "AID"]


def test_a_need_before_the_thanks_does_not_block_its_owner() -> None:
    # A need or request before a comma belongs to another clause: it does not make the help after it asked for.
    find(run("Trước nhu cầu cấp bách, Thủ tướng cảm ơn sự hỗ trợ của Hàn Quốc trong việc cung cấp vắc xin cho Việt Nam."),
         "AID", source=["KOR"], targets=["VNM"])
    recs = run("Bộ trưởng cảm ơn Nhật Bản đã đáp ứng đề nghị của Việt Nam, cảm ơn sự hỗ trợ của Hàn Quốc trong việc "
               "cung cấp vắc xin cho Việt Nam.")
    find(recs, "AID", source=["KOR"], targets=["VNM"])
    assert not [r for r in recs if r.type == "AID" and r.source == ["JPN"]], [(r.type, r.source) for r in recs]


def test_help_needed_from_a_list_gives_no_aid() -> None:
    # The owners of help only needed are no givers, the last of a list no more than the first (nor by the fallback to
    # the subject before the cue).
    records = run("Việt Nam cần có sự hỗ trợ của Nhật Bản và Hàn Quốc trong việc cung cấp vắc xin cho người dân Việt Nam.")
    assert not [r for r in records if r.type == "AID"], [(r.type, r.source, r.targets) for r in records]



# Counter-examples of the fifth review (each failed on 21c8a11).

def test_hoped_for_help_after_bare_thanks_gives_nothing() -> None:
    # "cảm ơn và hy vọng sẽ có sự hỗ trợ": help hoped for, not yet given ([roles] owner_agent_continued is missing).
    assert _aids("Thủ tướng cảm ơn và hy vọng sẽ có sự hỗ trợ của Hàn Quốc trong việc cung cấp vắc xin "
                 "cho Việt Nam.") == []
    assert _aids("Thủ tướng hoan nghênh và hy vọng sẽ có sự hỗ trợ của Nhật Bản trong việc cung cấp vắc xin "
                 "cho Việt Nam.") == []


def test_support_that_is_no_thanks_does_not_join_a_wish() -> None:
    # Only thanks or praise ([SUPPORT.praise]) joined to the wish makes the help one given; backing does not.
    assert _aids("Lào ủng hộ và mong nhận được sự hỗ trợ của Việt Nam trong việc cung cấp vắc xin cho Lào.") == []


def test_online_form_denied_after_chu_khong_is_no_video() -> None:
    # "chứ không theo hình thức trực tuyến" denies the online form ([window] online_stops).
    assert _mode_of("Bộ trưởng Ngoại giao Bùi Thanh Sơn hội đàm trực tiếp với Ngoại trưởng Lào Saleumxay Kommasith "
                    "chứ không theo hình thức trực tuyến như trước.") == "meeting"


def test_single_word_stops_inside_longer_words_leave_the_topic_online() -> None:
    # The stops name another event by a phrase ("dự lễ", "các kỳ trước", "hoạt động khác"), not by a word that also
    # opens the talks' own topic ("lễ tân", "các kỳ vọng", "hoạt động hợp tác").
    for topic in ("công tác lễ tân", "các kỳ vọng hợp tác", "hoạt động hợp tác y tế"):
        assert _mode_of(f"Thủ tướng Phạm Minh Chính hội đàm với Thủ tướng Nhật Bản Suga Yoshihide về {topic} "
                        "theo hình thức trực tuyến.") == "video", topic



# Counter-examples of the sixth review (each failed on 576478d).

def test_in_person_reception_before_an_online_ceremony_stays_meeting() -> None:
    # "trước lễ ... diễn ra theo hình thức trực tuyến": the ceremony is online, the reception in Hanoi is not.
    assert _mode_of("Chủ tịch nước Nguyễn Xuân Phúc tiếp Đại sứ Lào tại Hà Nội trước lễ kỷ niệm 60 năm quan hệ "
                    "ngoại giao diễn ra theo hình thức trực tuyến.") == "meeting"


def test_denied_in_person_form_then_online_is_video() -> None:
    # "không tổ chức/diễn ra trực tiếp mà ... trực tuyến" denies the in-person form, not the online one.
    assert _mode_of("Hội nghị Bộ trưởng Ngoại giao ASEAN - Nhật Bản năm nay không diễn ra trực tiếp mà được tổ chức "
                    "trực tuyến.") == "video"
    assert _mode_of("Bộ trưởng Bùi Thanh Sơn hội đàm với Ngoại trưởng Lào không theo hình thức trực tiếp mà theo "
                    "hình thức trực tuyến.") == "video"


def test_letter_of_thanks_joined_to_continued_wish_names_the_giver() -> None:
    # "gửi thư cảm ơn" is thanks ([SUPPORT.sympathy] "thư cảm ơn", not [SUPPORT.praise]).
    find(run("Chủ tịch UBND thành phố gửi thư cảm ơn và mong tiếp tục nhận được sự hỗ trợ của Hàn Quốc trong việc "
             "cung cấp vắc xin cho Việt Nam."), "AID", source=["KOR"], targets=["VNM"])



# Counter-examples of the seventh review (each failed on 1bc61e0).

def test_bare_khong_theo_still_denies_online() -> None:
    # "không theo hình thức trực tuyến" without "chứ" denies the online form as well ([window] online_stops).
    assert _mode_of("Chiều 20/8, Thủ tướng Phạm Minh Chính hội đàm với Thủ tướng Nhật Bản Kishida Fumio "
                    "không theo hình thức trực tuyến như năm ngoái mà tại Tokyo.") == "meeting"


def test_khong_dien_ra_online_denies_online() -> None:
    assert _mode_of("Chiều 20/8, Thủ tướng Phạm Minh Chính hội đàm với Thủ tướng Nhật Bản Kishida Fumio "
                    "không diễn ra theo hình thức trực tuyến như năm ngoái.") == "meeting"


def _consult_modes(text: str) -> set[str]:
    """The modes of the CONSULT records of a sentence published on 20 August 2021 (none: an empty set)."""
    return {r.mode or "" for r in run(text, published="2021-08-20") if r.type == "CONSULT"}


def _aids(text: str) -> list[tuple[list[str], list[str]]]:
    """(source, targets) of the AID records of a sentence."""
    return [(r.source, r.targets) for r in run(text) if r.type == "AID"]


def _mode_of(text: str) -> str | None:
    """The mode of the one CONSULT record of a sentence."""
    return find(run(text), "CONSULT").mode
