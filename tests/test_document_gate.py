"""The document gate (records/gate.py): a document whose actors and words leave no record possible skips
dates and the records stage, and one that may hold a record does not. Each case is checked against the
pipeline with the gate turned off (HOPTAC_NO_GATE): the records are the same."""

from __future__ import annotations

import pytest

from hoptac import extract
from hoptac.explain import explain
from hoptac.records.gate import GATED

# A domestic story: Vietnamese offices only, cue words of cooperation ("hợp tác", "hỗ trợ", "gặp") and no party
# of another state, nor any word of a measure.
DOMESTIC = ("Chiều 12/5, Phó Thủ tướng Trịnh Đình Dũng làm việc với lãnh đạo tỉnh Quảng Ngãi về tiến độ dự án.\n"
            "Phó Thủ tướng đề nghị tỉnh phối hợp chặt chẽ với Bộ Giao thông vận tải, hỗ trợ nhà đầu tư giải phóng mặt bằng.\n"
            "Lãnh đạo tỉnh cam kết sẽ hoàn thành công tác bồi thường trước tháng 9.\n")
# Việt Nam alone, asking the world: INTL comes from a word after the verb (cues.toml [groups] intl), not from an
# actor the actor finder reports.
APPEAL = ("Ngày 3/4, Thủ tướng Nguyễn Xuân Phúc phát biểu tại phiên họp của Chính phủ.\n"
          "Thủ tướng kêu gọi quốc tế tiếp tục hỗ trợ Việt Nam trong công tác phòng, chống dịch Covid-19.\n")
# Việt Nam alone, taking a measure: one party is enough.
LOCKDOWN = ("Ngày 29/4, UBND tỉnh Hà Nam đã quyết định phong tỏa thôn Quan Nhân, xã Đạo Lý để phòng chống dịch Covid-19.\n"
            "Toàn thôn có 320 hộ dân với 1.068 nhân khẩu.\n")


def _both(text: str, monkeypatch: pytest.MonkeyPatch) -> tuple:
    gated = extract(text, published="2021-05-01")
    monkeypatch.setenv("HOPTAC_NO_GATE", "1")
    full = extract(text, published="2021-05-01")
    monkeypatch.delenv("HOPTAC_NO_GATE")
    return gated, full


def test_a_domestic_story_skips_dates_and_records_and_loses_nothing(monkeypatch: pytest.MonkeyPatch) -> None:
    gated, full = _both(DOMESTIC, monkeypatch)
    assert gated.scratch.get(GATED) and "no record can stand" in gated.scratch[GATED]
    assert gated.dates == [] and gated.records == [] and gated.drops == []
    assert GATED not in full.scratch and full.dates and full.drops  # without the gate: dates found, cues dropped
    assert full.records == []


def test_explain_runs_what_the_gate_spared_and_says_so() -> None:
    doc = extract(DOMESTIC, published="2021-05-01")
    shown = explain(doc)
    assert "no record can stand" in shown
    assert "date     2021-05-12" in shown and "dropped" in shown  # the dates and drops the gate spared


@pytest.mark.parametrize("text,kind", [(APPEAL, "REQUEST"), (LOCKDOWN, "MEASURE")])
def test_a_word_of_the_world_or_a_measure_keeps_the_gate_open(text: str, kind: str,
                                                               monkeypatch: pytest.MonkeyPatch) -> None:
    gated, full = _both(text, monkeypatch)
    assert GATED not in gated.scratch
    assert all(a.code == "VNM" for a in gated.actors)  # no actor but Việt Nam's: the words keep it open
    assert [r.type for r in gated.records] == [r.type for r in full.records] and kind in [r.type for r in full.records]
    assert [r.to_json() for r in gated.records] == [r.to_json() for r in full.records]
