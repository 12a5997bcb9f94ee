"""Help a state is charged with giving is no aid reported (cues.toml [AID] accused_before: "buộc tội" joins "cáo
buộc", "tố cáo"); help pledged after condemning an attack still is. A sentence of Báo Mới's 2017 corpus
(baomoi_22514223) and one made up in the shape of many."""

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


def test_help_announced_after_a_condemnation_is_still_aid() -> None:
    # (condemning an attack and then pledging help is no accusation: "lên án" is no accused_before word)
    records, _drops = _aid("Nhật Bản lên án vụ tấn công và tuyên bố viện trợ 2 triệu USD cho Afghanistan.")
    assert [(r.source, r.targets) for r in records] == [(["JPN"], ["AFG"])]
