"""The document gate (records/gate.py): a document whose actors and words leave no record possible skips
dates and the records stage, and one that may hold a record does not. Each case of what the gate decides
is checked against the pipeline with the gate turned off (HOPTAC_NO_GATE): the records are the same."""

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


def test_explain_says_what_the_gate_decided_and_the_cli_shows_what_it_spares() -> None:
    from hoptac.model import Document
    from hoptac.pipeline import Pipeline

    gated = explain(extract(DOMESTIC, published="2021-05-01"))
    assert "no record can stand" in gated and "not worked out" in gated and "date     2021-05-12" not in gated
    doc = Document(text=DOMESTIC, id="text", reader="text", published="2021-05-01")
    shown = explain(Pipeline(keys=False, gate=False)(doc))  # as `hoptac extract --explain` runs
    assert "the gate would have skipped" in shown
    assert "date     2021-05-12" in shown and "dropped" in shown  # the dates and drops the gate spares


def test_hoptac_extract_explain_shows_what_the_gate_would_spare(tmp_path) -> None:
    """The CLI's --explain runs without the gate (an analyst asking why a cue gave nothing wants its drops);
    plain extraction and the Python API's `extract(gate=False)` as asked."""
    from typer.testing import CliRunner

    from hoptac.cli import app

    page = tmp_path / "page.txt"
    page.write_text(DOMESTIC, encoding="utf-8")
    shown = CliRunner().invoke(app, ["extract", str(page), "--explain"])
    assert shown.exit_code == 0, shown.output
    assert "the gate would have skipped" in shown.output and "dropped  CONSULT" in shown.output
    assert "date     XXXX-05-12" in shown.output
    assert extract(DOMESTIC, published="2021-05-01", gate=False).drops
    assert not extract(DOMESTIC, published="2021-05-01").drops


def test_a_document_run_again_is_asked_again(monkeypatch: pytest.MonkeyPatch) -> None:
    """The gate's mark is the decision of the run that made it: the same document run again with the gate
    off (or other data files) gets its dates and records worked out."""
    from hoptac.pipeline import Pipeline

    doc = extract(DOMESTIC, published="2021-05-01")
    assert doc.scratch.get(GATED) and doc.dates == []
    again = Pipeline(keys=False, gate=False)(doc)
    assert GATED not in again.scratch and again.dates and again.drops
    monkeypatch.setenv("HOPTAC_NO_GATE", "0")  # "0" keeps it on
    assert extract(DOMESTIC, published="2021-05-01").scratch.get(GATED)
    monkeypatch.setenv("HOPTAC_NO_GATE", "1")  # off, unless the caller forces it on
    assert not extract(DOMESTIC, published="2021-05-01").scratch.get(GATED)
    assert extract(DOMESTIC, published="2021-05-01", gate=True).scratch.get(GATED)


def test_a_type_an_analyst_adds_that_one_party_can_make_keeps_the_gate_open(tmp_path, monkeypatch) -> None:
    """A type of the measure handler makes records of one party whatever `min_parties` it declares (it
    leaves it out, 2 by default): its cues keep the gate open (a review's counter-example)."""
    from hoptac.lexicon import reload

    ext = tmp_path / "rules"
    ext.mkdir()
    (ext / "types.toml").write_text('[SANCTION]\nroles = "source"\nhandler = "measure"\nfields = ["quantities"]\n',
                                    encoding="utf-8")
    (ext / "cues.toml").write_text('[SANCTION.ban]\ncues = ["ra lệnh cấm xuất khẩu"]\n', encoding="utf-8")
    monkeypatch.setenv("HOPTAC_LEXICON", str(ext))
    reload()
    try:
        text = "Ngày 28/4, Bộ Công Thương ra lệnh cấm xuất khẩu gạo trong ba tháng.\nQuyết định có hiệu lực từ ngày 1/5.\n"
        gated, full = _both(text, monkeypatch)
        assert [r.type for r in full.records] == ["SANCTION"]
        assert GATED not in gated.scratch and [r.to_json() for r in gated.records] == [r.to_json() for r in full.records]
    finally:
        monkeypatch.delenv("HOPTAC_LEXICON")
        reload()


def test_the_gate_reads_sentences_as_the_records_stage_cuts_them(monkeypatch: pytest.MonkeyPatch) -> None:
    """A sentence over 2,000 characters is cut (text/sentences.py); a measure's look-ahead ("nghỉ học" not
    before "hè") sees what the piece holds, so the gate asks the pieces, not the whole text (a review's
    counter-example: on the whole text the look-ahead saw "hè" and the gate closed)."""
    villages = ["thôn Đông", "thôn Đoài", "thôn Nam", "thôn Bắc", "thôn Thượng", "thôn Hạ", "thôn Trung", "xóm Mới",
                "xóm Chùa", "xóm Đình"]
    listed = ", ".join([f"{villages[i % 10]} {i // 10 + 1}" for i in range(143)] + ["thôn Thượng Đồng"])
    text = ("Ngày 29/4, để phòng chống dịch Covid-19, sau khi rà soát tình hình tại các thôn, xóm gồm " + listed
            + ", UBND tỉnh Bắc Ninh quyết định cho học sinh nghỉ học hè sớm hơn mọi năm.\n"
            "Hiện tỉnh vẫn đang tiếp tục theo dõi chặt chẽ diễn biến dịch Covid-19 trên địa bàn.\n")
    gated, full = _both(text, monkeypatch)
    assert [r.to_json() for r in gated.records] == [r.to_json() for r in full.records]
    assert GATED not in gated.scratch


@pytest.mark.parametrize("text,kind", [(APPEAL, "REQUEST"), (LOCKDOWN, "MEASURE")])
def test_a_word_of_the_world_or_a_measure_keeps_the_gate_open(text: str, kind: str,
                                                               monkeypatch: pytest.MonkeyPatch) -> None:
    gated, full = _both(text, monkeypatch)
    assert GATED not in gated.scratch
    assert all(a.code == "VNM" for a in gated.actors)  # no actor but Việt Nam's: the words keep it open
    assert [r.type for r in gated.records] == [r.type for r in full.records] and kind in [r.type for r in full.records]
    assert [r.to_json() for r in gated.records] == [r.to_json() for r in full.records]
