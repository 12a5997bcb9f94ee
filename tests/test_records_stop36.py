"""Mechanisms found from the open sets' errors at stop 36 (eval/gold train and extra), each on corpus text."""

from __future__ import annotations

from test_records import find, run


def test_the_next_verb_of_the_clause_carries_the_amount_of_the_aid() -> None:
    # corpus (Báo Mới): the aid ship named by "hàng viện trợ", its load by the verb after it.
    text = ("Trong khi đó, chuyến tàu hàng viện trợ đầu tiên của Thổ Nhĩ Kỳ cho Qatar, chở khoảng 4.000 tấn thực "
            "phẩm khô và rau quả đã khởi hành ngày 21/6 từ một cảng biển thuộc tỉnh Izmir.")
    rec = find(run(text, published=None), "AID", source=["TUR"], targets=["QAT"])
    assert [(q.value, q.unit, q.qualifier) for q in rec.quantities] == [(4000, "tonne", "approx")]
    # ... but not when another party stands before that verb: the amount is its own.
    text = ("Ngoài Mỹ, các quốc gia gồm Anh và Đức đã cam kết hỗ trợ Ấn Độ, trong khi Tổ chức Y tế Thế giới (WHO) "
            "cho biết đang nỗ lực gửi 4.000 máy tạo ôxy.")
    rec = find(run(text), "AID", source=["GBR", "DEU"], targets=["IND"])
    assert not rec.quantities
