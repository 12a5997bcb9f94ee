"""A condition inside an act's purpose is the purpose's, not the act's (records/modality.py): "đã ký Hiệp ước quốc phòng
chung nhằm bảo vệ lẫn nhau trong trường hợp ... bị tấn công" signed the treaty. Sentences of Báo Mới's reports of
2017; the made-up ones say so."""

from __future__ import annotations

from helpers import rule_parties


def _agreements(text: str) -> list[list[str]]:
    return rule_parties(text, "AGREE")


def test_a_condition_in_the_purpose_of_a_treaty_signed() -> None:
    text = ("Đáng chú ý, năm 1951, Philippines và Mỹ đã ký Hiệp ước quốc phòng chung nhằm bảo vệ lẫn nhau trong trường "
            "hợp bất kỳ một bên nào bị tấn công.")
    assert _agreements(text) == [["PHL", "USA"]]


def test_a_condition_of_the_act_itself_still_holds_it_back() -> None:
    # (made up: the condition follows the act, with no purpose between)
    assert _agreements("Nhật Bản và Ấn Độ sẽ ký hiệp định hạt nhân nếu Ấn Độ cam kết không thử vũ khí.") == []
    assert _agreements("Nếu Mỹ đồng ý, Nhật Bản và Ấn Độ sẽ ký hiệp định để hợp tác hạt nhân.") == []


# After a second independent review: made-up sentences where the condition restricts the act itself.

def test_a_restricting_condition_or_an_act_not_done_still_holds_it_back() -> None:
    assert _agreements("Nga đã ký thỏa thuận với Ukraine để nối lại cung cấp khí đốt chỉ khi Kiev trả hết nợ.") == []
    assert _agreements("Trung Quốc chỉ ký thỏa thuận với Mỹ để giảm thâm hụt nếu Washington rút lại thuế quan.") == []
    assert _agreements("Việt Nam và Nhật Bản đã ký thỏa thuận để lại dấu ấn, nếu so với các năm trước.") == []
