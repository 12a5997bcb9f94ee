"""A lead that opens on the speaking done at a dated place sets the occasion (cues.toml [context] occasion_frames:
"Phát biểu tại ... ngày 30/6, ..."): what the sentences after it report was said that day (records/occasions.py)."""

from __future__ import annotations

from test_records import run

PUBLISHED = "2017-07-01T08:00:00+07:00"


def test_speaking_at_a_place_on_a_day_dates_what_follows() -> None:
    # corpus (Báo Mới), shortened: the demand is made in the speech the lead dates.
    recs = run("Phát biểu tại Vườn Hồng (Nhà Trắng) ngày 30/6, Tổng thống Mỹ Donald Trump tuyên bố đã hết kiên nhẫn "
               "với Triều Tiên.",
               "Mỹ yêu cầu Triều Tiên phải chọn một con đường tốt đẹp hơn.", published=PUBLISHED)
    asks = [r for r in recs if r.type == "REQUEST" and r.targets == ["PRK"]]
    assert asks and asks[0].date == "2017-06-30"

