"""An agreement named as a noun with its parties after "giữa" ([AGREE.between], rule setting between_only):
the parties agreed, whenever they did; whoever names or reports it is no party of it."""

from __future__ import annotations

from test_records import find, run


def test_an_agreement_named_between_two_states_is_theirs() -> None:
    recs = run("Tổng thống Trump có tiếng là có quan điểm cứng rắn với Iran ngay từ khi vận động tranh cử và gọi thỏa "
               "thuận hạt nhân đạt được giữa Mỹ với Iran dưới thời ông Barack Obama là một sai lầm.")
    find(recs, "AGREE", participants=["USA", "IRN"])
    # The body that reports it (the UN Security Council) is no party: only those after "giữa" are.
    recs = run("Đây là nghị quyết đầu tiên tại Hội đồng Bảo an Liên Hợp Quốc có sự đồng thuận giữa Mỹ và Trung Quốc kể "
               "từ khi Tổng thống Donald Trump lên nắm quyền.")
    assert [r.participants for r in recs if r.type == "AGREE"] == [["USA", "CHN"]]


def test_an_agreement_under_negotiation_or_with_one_party_named_is_none() -> None:
    assert not [r for r in run("Hai bên vẫn đang đàm phán về thỏa thuận thương mại giữa Mỹ và Trung Quốc.")
                if r.type == "AGREE"]
    # One party after "giữa" ("3 đối tác" is no state): no agreement of the speaker's state with it.
    assert not [r for r in run("Các quan chức cấp cao của Mỹ cho biết một thỏa thuận giữa Mỹ và 3 đối tác Ấn Độ Dương - "
                               "Thái Bình Dương đã đạt được.") if r.rule and "AGREE.between" in r.rule]
