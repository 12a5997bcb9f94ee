"""Help a state is charged with or condemned for giving is no aid reported (cues.toml [AID] accused_before: "buộc
tội", "lên án" join "cáo buộc", "tố cáo"). Sentences of Báo Mới's 2017 corpus (baomoi_22514223, baomoi_22480200)."""

from __future__ import annotations

from hoptac import extract


def _aid(text: str):
    doc = extract(text, published="2017-06-10")
    return [r for r in doc.records if r.type == "AID"], [d.reason for d in doc.drops if d.type == "AID"]


def test_help_a_state_is_charged_with_is_no_aid() -> None:
    records, drops = _aid("Nhiều bài báo và phóng sự điều tra trên các phương tiện truyền thông phương Tây đã buộc tội "
                          "Qatar hỗ trợ chính trị và tài chính cho các tổ chức khủng bố như Hamas, Jabhat Al-Nusra và "
                          "Taliban.")
    assert records == []
    assert any("'buộc tội' before it" in d for d in drops)


def test_help_a_state_is_condemned_for_is_no_aid() -> None:
    records, _drops = _aid("Tại hội nghị thượng đỉnh GCC tháng 12/2016 được tổ chức tại Kuwait, Saudi Arabia và UAE "
                           "chút nữa đã thành công trong việc lên án Qatar “hỗ trợ tài chính” cho chủ nghĩa khủng bố ở "
                           "Syria và một số nước khác.")
    assert records == []


def test_help_announced_after_a_condemnation_is_still_aid() -> None:
    # (a comma ends the accusation's reach: what follows is an act of its own)
    records, _drops = _aid("Sau khi lên án vụ tấn công, Nhật Bản tuyên bố viện trợ 2 triệu USD cho Afghanistan.")
    assert [(r.source, r.targets) for r in records] == [(["JPN"], ["AFG"])]
