"""A contact named as a thing that its clause says is still to come is no contact (records/modality.py _called_off):
also where the "và" before the plan joins two actors or a leader and spouse (cues.toml [modality] planned_stops_not,
_planned_stop), where the names run long (called_off_reach) and where it only "may take place". Sentences of Báo
Mới's 2017 corpus (baomoi_22424519, baomoi_22573562, shortened), and the stop the "và" still is."""

from __future__ import annotations

from hoptac import extract


def _contacts(text: str):
    doc = extract(text, published="2017-05-30")
    return ([sorted(r.participants) for r in doc.records if r.type == "CONSULT" and not r.rule.endswith(".learned:")],
            [d.reason for d in doc.drops if d.type == "CONSULT"])


def test_a_meeting_between_two_leaders_still_to_come_is_none() -> None:
    records, drops = _contacts("Cuộc gặp giữa Thủ tướng Chính phủ Nguyễn Xuân Phúc và Tổng thống Donald Trump sẽ diễn ra "
                               "vào chiều 31/5 giờ địa phương, tức rạng sáng 1/6, giờ Hà Nội.")
    assert records == []
    assert "'sẽ diễn ra' after it: the contact is still to come" in drops


def test_a_visit_of_a_leader_and_spouse_still_to_come_is_none() -> None:
    records, _drops = _contacts("Chuyến thăm của Chủ tịch nước và phu nhân tới Nga sẽ diễn ra từ ngày 26/6 đến 1/7, Bộ "
                                "Ngoại giao hôm nay thông báo.")
    assert records == []


def test_a_meeting_that_may_take_place_is_none() -> None:
    records, _drops = _contacts("Cuộc gặp giữa Tổng thống Nga Putin và Tổng thống Mỹ Trump có thể diễn ra vào tháng 7.")
    assert records == []


def test_a_plan_of_another_predicate_after_and_is_not_the_contact_s() -> None:
    # "và" opening another predicate still stops: the plan is the Prime Minister's, the visit took place
    records, _drops = _contacts("Chuyến thăm Nhật Bản của Thủ tướng Nguyễn Xuân Phúc đã thành công tốt đẹp và sẽ diễn ra "
                                "các hoạt động tiếp theo.")
    assert records == [["JPN", "VNM"]]


def test_a_plan_that_qualifies_another_noun_leaves_a_meeting_held() -> None:
    # (the independent review of stop 66: "sắp tới" of "trong thời gian sắp tới" is no plan of the talks, and the "và"
    # before it may open a clause; only a predicate plan, "sẽ diễn ra", reaches past a "và" between two actors)
    records, _drops = _contacts("Cuộc hội đàm giữa Thủ tướng Nguyễn Xuân Phúc và Thủ tướng Nhật Bản Shinzo Abe nhằm tăng "
                                "cường hợp tác trong thời gian sắp tới.")
    assert records == [["JPN", "VNM"]]
    records, _drops = _contacts("Thủ tướng Nguyễn Xuân Phúc đã kết thúc chuyến thăm Nhật Bản và Mỹ sắp tới sẽ là điểm đến "
                                "tiếp theo.")
    assert ["JPN", "VNM"] in records
