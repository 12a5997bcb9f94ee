"""Final read of stop 62 (f4cfa6c..4befb4f): faults of [AID.with_help] (cues.toml, records/aid.py, records/handlers.py)
and of the tests written for it. Each test says where its text comes from (a corpus article, named by id, or made up)
and what the annotation guide asks for. Tests marked OLDER fail at f4cfa6c as well."""

from __future__ import annotations

import pytest

from hoptac import extract


def _aid(text: str, published: str | None = "2021-05-10") -> list[tuple[list[str], list[str], str | None, str | None,
                                                                         list[tuple[float, str]]]]:
    return [(r.source, r.targets, r.date, r.category, [(q.value, q.unit) for q in r.quantities])
            for r in extract(text, published=published).records if r.type == "AID"]


# -- 1. the giver list runs on past the comma that closes a fronted "Với sự hỗ trợ của ..." (records/aid.py 206-212) --

def test_a_fronted_helpers_list_stops_at_its_comma() -> None:
    # made up, in the fronted form of news_society_215 ("Với sự hỗ trợ trực tiếp của Bộ Ngoại giao Ấn Độ, Đại sứ quán
    # Việt Nam đã ..."): Japan helped; Việt Nam and Laos did the work. The guide: the giver is Japan alone. The change
    # joins ", Việt Nam và Lào" to the givers (any actor after ", " or "và" is "listed with" the first) and gives
    # AID JPN, LAO -> VNM.
    records = _aid("Với sự hỗ trợ của Nhật Bản, Việt Nam và Lào đã hoàn thành dự án thủy điện.")
    assert records and all(source == ["JPN"] for source, _t, _d, _c, _q in records)


@pytest.mark.xfail(strict=True, reason="Left open: the fronted phrase's subject is read after the first comma past the cue (records/fronted.py), which here is inside the helpers' list")
def test_fronted_helpers_listed_together_all_give_to_the_subject_after_them() -> None:
    # made up (the fronted twin of test_review_stop62's test_every_giver_named_together_is_a_source): the guide's "one
    # sentence naming several givers of the same aid is one record whose source is the list". The change runs the list
    # on into the subject ("..., Australia, Việt Nam") and gives AID JPN, AUS, VNM -> KOR.
    records = _aid("Với sự hỗ trợ của Nhật Bản, Hàn Quốc và Australia, Việt Nam đã xây dựng thành công hệ thống cảnh báo "
                   "sóng thần.")
    assert [(sorted(s), t) for s, t, _d, _c, _q in records] == [(["AUS", "JPN", "KOR"], ["VNM"])]


# -- 2. the kind and amount of the help are still borrowed from a later verb of the deed (records/aid_handler.py, moved from handlers.py) --

def test_the_kind_of_help_is_not_borrowed_from_a_chained_verb_of_the_deed() -> None:
    # made up: Japan helped Việt Nam build a plant; Việt Nam supplied the doses. The commit (1b54495, 4befb4f) says the
    # help's kind and amount are read before its owner only, "never borrowed from the deed it helped"; aid_handler.aid
    # still lends the next AID verb's amount ("cung cấp 1 triệu liều") when it names no new party: AID JPN -> VNM,
    # vaccine, 1,000,000 doses. If an AID of Japan's stands, it names no vaccine and no doses.
    records = _aid("Với sự hỗ trợ của Nhật Bản, Việt Nam đã xây dựng nhà máy và cung cấp 1 triệu liều vaccine.")
    japans = [(c, q) for s, _t, _d, c, q in records if s == ["JPN"]]
    assert all(c != "vaccine" and not q for c, q in japans)


# -- 3. the cue's look-behind: "đối với" (thanks *for* the help) matches, an opening quote mark does not (cues.toml 1562) -

def test_thanks_for_the_help_said_with_doi_voi_stays_the_support_only() -> None:
    # made up after baomoi_22753073 ("Bộ trưởng Quốc phòng Tea Banh ... gửi lời cảm ơn sâu sắc đối với sự giúp đỡ quý
    # báu của Bộ Quốc phòng Việt Nam"; there the owner is three words long and the cue finds no giver). "đối với" is
    # "for", not "with": the guide's "Thanks for 'sự hỗ trợ' of unnamed or unspecified kind is only the SUPPORT". The
    # cue's "(?<![^\s,(])với" accepts the "với" of "đối với" and adds AID VNM -> KHM.
    records = extract("Ngày 14/7, Bộ trưởng Quốc phòng Campuchia Tea Banh gửi lời cảm ơn đối với sự giúp đỡ của Việt Nam.",
                      published="2017-07-15").records
    assert [(r.type, r.source, r.targets) for r in records] == [("SUPPORT", ["KHM"], ["VNM"])]


def test_help_named_at_the_opening_of_a_quote_is_read_as_elsewhere() -> None:
    # made up: the same sentence gives AID JPN -> VNM without the quote marks; with them the look-behind (whitespace,
    # comma or "(" only) rejects the "“" before "Với" and the cue never matches.
    records = _aid("“Với sự hỗ trợ của Nhật Bản, Việt Nam đã xây dựng thành công hệ thống cảnh báo sóng thần”, ông nói.")
    assert [(s, t) for s, t, _d, _c, _q in records] == [(["JPN"], ["VNM"])]


# -- 4. a giver's acronym in brackets ends the list of givers (records/aid.py 210) -------------------------------------

def test_givers_glossed_by_their_acronyms_are_all_sources() -> None:
    # made up (the usual way Vietnamese papers name bodies: "Quỹ Nhi đồng Liên hợp quốc (UNICEF)"): both bodies helped;
    # the guide: the source is the list. The join test (r"\s*(?:,|và|, và)\s*") fails on " (unicef) và ", so only
    # UNICEF gives.
    records = _aid("Ngày 9/5, Việt Nam đã khánh thành trung tâm xét nghiệm với sự hỗ trợ của Quỹ Nhi đồng Liên hợp quốc "
                   "(UNICEF) và Tổ chức Y tế Thế giới (WHO).")
    assert [(sorted(s), t) for s, t, _d, _c, _q in records] == [(["UNICEF", "WHO"], ["VNM"])]


# -- 5. an amount written with a separator before the owner: the cue never matches (cues.toml 1562, aid.py 83) --------

@pytest.mark.xfail(strict=True, reason="Left open: [AID.with_help] counts words as runs without commas or dots, so '1,5 triệu USD' before the owner is too many words (no such text in the corpora)")
def test_an_amount_with_a_decimal_comma_before_the_owner_is_read() -> None:
    # made up: the commit reads "the kind and amount before the owner" ("với sự hỗ trợ 10 triệu USD của Trung Quốc"
    # gives AID CHN -> LAO, 10,000,000 USD); but the look-ahead's words are r"[^\s,;.]+", so "1,5 triệu USD" (or
    # "1.500.000 USD") is no word and the cue does not match at all (cues.toml's own WORD placeholder counts such a
    # number as one word). Right: AID CHN -> LAO, financial, 1,500,000 USD.
    records = _aid("Ngày 9/5, Lào đã hoàn thành nhà máy điện với sự hỗ trợ 1,5 triệu USD của Trung Quốc.")
    assert records == [(["CHN"], ["LAO"], "2021-05-09", "financial", [(1500000.0, "USD")])]


# -- 6. blockers found anywhere in the sentence, inside names too (cues.toml 1555-1557) --------------------------------

def test_a_place_named_can_tho_or_hoa_binh_blocks_no_help() -> None:
    # made up: the same sentence with "Huế" gives AID JPN -> VNM; "cần" (meant for "cần có sự hỗ trợ") blocks it in
    # the city name Cần Thơ, and "hòa bình" (meant for peace talks) in the province Hòa Bình. Both are whole-word
    # matches anywhere in the clause (the sentence up to ";").
    for place in ("Bệnh viện Đa khoa Trung ương Cần Thơ", "Bệnh viện Đa khoa tỉnh Hòa Bình"):
        records = _aid(f"Ngày 9/5, Việt Nam đã khánh thành {place} với sự hỗ trợ của Nhật Bản.")
        assert [(s, t) for s, t, _d, _c, _q in records] == [(["JPN"], ["VNM"])], place


# -- 7. test_review_stop62's COVAX test passes on no record at all ------------------------------------------------------

@pytest.mark.xfail(strict=True, reason="Older fault (fails at f4cfa6c): doses received 'với sự hỗ trợ của cơ chế COVAX' give no AID from COVAX")
def test_OLDER_doses_received_with_covaxs_help_are_covaxs_aid() -> None:
    # made up (the text of test_review_stop62.test_the_recipient_is_not_the_maker_of_the_goods, which asserts
    # `all(targets == ["VNM"] ...)` and so passes on an empty list: HEAD makes no AID at all, the recipient read off
    # "AstraZeneca" now being dropped by not_firm). The guide: AID COVAX -> VNM, vaccine, 500,000 doses (delivered).
    records = _aid("Ngày 9/5, Việt Nam tiếp nhận 500.000 liều vaccine AstraZeneca với sự hỗ trợ của cơ chế COVAX.")
    assert [(s, t, c) for s, t, _d, c, _q in records] == [(["COVAX"], ["VNM"], "vaccine")]
