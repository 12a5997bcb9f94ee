"""Counts of ships, aircraft, vehicles, weapons and troops (units.tsv): the amounts of arms sales and of aid in
kind, each with the counter-case it must leave alone. "corpus" marks a sentence quoted from the Báo Mới corpus
(shortened where marked)."""

from __future__ import annotations

from test_quantities import _qs
from test_records import run


def _amounts(text: str, typ: str) -> list[list[tuple[float, str]]]:
    return [[(q.value, q.unit) for q in r.quantities] for r in run(text, published="2017-06-30") if r.type == typ]


def test_vessels_handed_over_are_counted() -> None:
    # corpus: the aid was found before, with no amount
    text = ("Trước đó, ngày 22-5, trong một buổi lễ tổ chức ở Quảng Ngãi, Mỹ cũng đã bàn giao 6 xuồng tuần tra Metal "
            "Shark 45-foot (tương đương 14 m) cho Cảnh sát Biển Việt Nam (CSBVN).")
    assert _amounts(text, "AID") == [[(6, "boat")]]


def test_an_arms_sale_carries_its_count() -> None:
    # corpus: "mua" needs an amount after it (cues.toml AGREE.sale): tanks and helicopters were none
    assert _amounts("Gần đây, Saudi Arabia đã đặt mua 153 xe tăng phiên bản M1A2S của Mỹ.", "AGREE") == [[(153, "tank")]]
    assert _amounts("Trước đó, hôm 13-6, Bộ Quốc phòng Bangladesh thông báo nhất trí hợp đồng mua 5 trực thăng vận tải "
                    "tấn công Mi-171Sh của Nga.", "AGREE") == [[(5, "helicopter")]]


def test_a_purchase_only_planned_is_no_deal() -> None:
    # corpus: with the aircraft counted, "mua" had become a deal
    text = "Bên cạnh đó, Việt Nam đang có kế hoạch mua 10 chiếc máy bay tuần tra giám sát M28 của Ba Lan."
    assert _amounts(text, "AGREE") == []
    # a purchase made stays one
    text = "Năm 2008, Việt Nam đã ký hợp đồng mua của Tây Ban Nha 3 chiếc máy bay tuần thám biển CASA C-212-400."
    assert _amounts(text, "AGREE") == [[(3, "aircraft")]]


def test_the_vehicle_that_carries_the_goods_is_no_amount() -> None:
    # corpus (Dân trí): the aircraft carries what is given
    text = ("Một máy bay vận tải quân sự Super Galaxy của Mỹ, chở hơn 400 bình ôxy và gần 1 triệu bộ xét nghiệm nhanh, "
            "đã hạ cánh xuống New Delhi để hỗ trợ Ấn Độ.")
    assert [(v, u) for v, u in sum(_amounts(text, "AID"), [])] == [(400, "oxygen_cylinder"), (1_000_000, "test_kit")]
    # ... but aircraft that carry goods no one counts are what the text counts (corpus)
    text = "Thổ Nhĩ Kỳ cũng đã gửi 100 máy bay chở hàng hóa hỗ trợ Qatar kể từ khi khủng hoảng ngoại giao nổ ra."
    assert _amounts(text, "AID") == [[(100, "aircraft")]]


def test_a_count_of_ships_or_arms_makes_no_aid_by_itself() -> None:
    # corpus: "tàu hỗ trợ" is a support ship, and other states with an amount were a recipient
    text = ("Giới chức Hải quân Mỹ xác nhận 3 tàu tấn công nhanh và 1 tàu hỗ trợ mang tên Harth 55 của Iran đã "
            "\"bao vây\" 2 tàu của lực lượng bảo vệ bờ biển Mỹ.")
    assert _amounts(text, "AID") == []
    # corpus: "giúp" needs an item named after it; a missile developed is none
    text = ("Giới quan sát cho rằng các cuộc thử nghiệm của Triều Tiên gần đây cung cấp các thông tin hữu ích giúp nước "
            "này tiến gần hơn tới mục tiêu phát triển một tên lửa đạn đạo liên lục địa có khả năng vươn tới lục địa Mỹ.")
    assert _amounts(text, "AID") == []


def test_troops_are_counted_but_firefighters_and_trains_are_not() -> None:
    assert _qs("Bộ trưởng Mattis chuẩn bị gửi thêm 5.000 binh sĩ tới Afghanistan.") == [
        {"value": 5000, "unit": "soldier", "qualifier": "exact", "item": None}]
    assert _qs("Hơn 200 lính cứu hỏa đã được điều động tới hiện trường.") == []
    assert _qs("Mỗi ngày có 12 tàu hỏa chạy qua ga này.") == []
