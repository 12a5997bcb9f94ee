"""Extraction that says why: every dropped cue keeps a reason, types are declared in data,
rules cite their real line, and malformed data files fail at load, naming file and line."""

from __future__ import annotations

import re
from pathlib import Path

import pytest
from typer.testing import CliRunner

import hoptac
from hoptac.cli import app
from hoptac.lexicon import DATA, LexiconError, read_tsv, reload

SAMPLES = Path(__file__).resolve().parents[1] / "data" / "samples"

# Real sentences (corpus_sentences.jsonl, Dân trí and baomoi): one per kind of drop.
DROPS = [
    ("modality", "CONSULT", "chuyến thăm", "'hoãn' before the cue",
     "Thủ tướng Đức Angela Merkel hoãn chuyến thăm Nhà Trắng vào ngày 14-3.", "2017-03-10"),
    ("guard", "AID", "cung cấp", "'thị trường' in the clause",
     "Việt Nam vẫn là nước cung cấp tôm lớn nhất cho thị trường Úc đạt 1.925 tấn, trị giá 19.567.000 USD.", None),
    ("condition", "AID", "cung cấp", "needs an item",
     "Trưởng phái đoàn Hàn Quốc cho rằng dường như Bình Nhưỡng đang trông đợi một cuộc gặp thượng đỉnh với phía "
     "Seoul, nhưng không cung cấp thêm chi tiết.", None),
    ("scope", "AID", "hỗ trợ", "inside the REQUEST 'đề nghị'",
     "Indonesia hiện đang triển khai các tàu tìm kiếm ở vùng nước sâu, đồng thời đề nghị Australia, Singapore và "
     "Ấn Độ hỗ trợ cuộc tìm kiếm.", None),
    ("party", "CONSULT", "đến thăm", "fewer than 2 parties",
     "Riêng 3 tháng đầu năm 2017, gần 950.000 lượt du khách Trung Quốc đã đến thăm Việt Nam.", None),
    ("merge", "CONSULT", "cuộc gặp", "restates the framing CONSULT",
     "Ngày 15/6, Đại tướng Ngô Xuân Lịch - Bộ trưởng Bộ Quốc phòng tiếp Thượng nghị sĩ John McCain của Hoa Kỳ. "
     "Tại cuộc gặp, Đại tướng Ngô Xuân Lịch đánh giá cao Hoa Kỳ.", "2017-06-15"),
]


@pytest.mark.parametrize("kind, type_, cue, reason, text, published", DROPS, ids=[d[0] for d in DROPS])
def test_every_kind_of_drop_comes_with_its_reason(kind, type_, cue, reason, text, published) -> None:
    doc = hoptac.extract(text, published=published)
    found = [d for d in doc.drops if d.kind == kind and d.type == type_]
    assert found, [(d.kind, d.type, d.reason) for d in doc.drops]
    d = found[0]
    assert cue in d.cue.lower() and reason in d.reason
    assert doc.text[d.start:d.end] == d.cue and d.rule.split(":")[1].isdigit()


def test_a_merged_restatement_is_a_drop_of_kind_merge() -> None:
    """Seed 004's lead and body restate one praise; the merge keeps the sentence and the cue."""
    [doc] = hoptac.process(str(SAMPLES / "004_6cbae7a29efbc530.txt"))
    merged = [d for d in doc.drops if d.kind == "merge" and "the same event" in d.reason]
    assert merged and all(d.cue == d.rule.split(":", 3)[3] for d in merged)
    assert all(" ".join(doc.text[d.start:d.end].split()) == doc.sentences[d.sentence].text for d in merged)


def test_rules_cite_the_line_they_stand_on() -> None:
    lines = (DATA / "cues.toml").read_text(encoding="utf-8").splitlines()
    doc = hoptac.extract("Ngày 27/4, Chính phủ Nhật Bản đã trao tặng Việt Nam 5 triệu USD. Ngày 28/4, Ấn Độ "
                         "tạm dừng nhập cảnh đối với người nước ngoài.", published="2021-04-28")
    rules = {r.rule for r in doc.records} | {d.rule for d in doc.drops}
    assert {r.split(":")[0] for r in rules} == {"cues.toml", "measures.tsv"}  # a phrase and a pattern
    tsv = (DATA / "measures.tsv").read_text(encoding="utf-8").splitlines()
    for rule in rules:
        file, line, _name, cue = rule.split(":", 3)
        if file == "cues.toml":
            assert f'"{cue}"' in lines[int(line) - 1], rule
        else:
            assert tsv[int(line) - 1].split("\t")[1] == cue, rule
    rows = read_tsv("measures.tsv")
    text = (DATA / "measures.tsv").read_text(encoding="utf-8").splitlines()
    for row in rows[:5]:  # the data file starts with comments: numbering must count them
        assert text[int(row["_where"].split(":")[1]) - 1].startswith(row["measure"] + "\t")


@pytest.fixture()
def lexicon_dir(tmp_path, monkeypatch):
    monkeypatch.setenv("HOPTAC_LEXICON", str(tmp_path))
    reload()
    yield tmp_path
    monkeypatch.delenv("HOPTAC_LEXICON")
    reload()


def test_a_type_declared_only_in_data_flows_end_to_end(lexicon_dir, tmp_path) -> None:
    (lexicon_dir / "types.toml").write_text(
        '[CONDEMN]\nroles = "directed"\nhandler = "directed"\nmin_parties = 2\n', encoding="utf-8")
    (lexicon_dir / "cues.toml").write_text('[CONDEMN.condemn]\ncues = ["lên án"]\nconfidence = 0.7\n',
                                           encoding="utf-8")
    text = "Ngày 5/4, Bộ Ngoại giao Việt Nam lên án Trung Quốc vì vụ tấn công tàu cá."
    doc = hoptac.extract(text, published="2020-04-06")
    [rec] = [r for r in doc.records if r.type == "CONDEMN"]
    assert (rec.source, rec.targets, rec.date) == (["VNM"], ["CHN"], "2020-04-05")
    assert re.match(r".*cues\.toml:2:CONDEMN\.condemn:lên án$", rec.rule)
    out = rec.to_json()
    assert out["source"] == "VNM" and out["targets"] == ["CHN"]
    gold = tmp_path / "g.jsonl"
    import json

    gold.write_text(json.dumps({"id": "x", "events": [{"type": "CONDEMN", "source": "VNM", "targets": ["CHN"],
                                                       "date": "2020-04-05"}]}) + "\n", encoding="utf-8")
    pred = tmp_path / "p.jsonl"
    pred.write_text(json.dumps({"id": "x", "events": [out]}, ensure_ascii=False) + "\n", encoding="utf-8")
    scored = CliRunner().invoke(app, ["eval", str(gold), "--pred", str(pred)])
    assert re.search(r"CONDEMN\s+1\.000\s+1\.000\s+1\.000", scored.stdout), scored.stdout


@pytest.mark.parametrize("name, content, message", [
    ("cues.toml", '[AID.delivered]\ncuess = ["tặng"]\n', r"cues\.toml:2: \[AID\.delivered\] cuess unknown key"),
    ("cues.toml", '[CONDEMN.x]\ncues = ["lên án"]\n', r"cues\.toml:1: \[CONDEMN\] is not a record type declared"),
    ("cues.toml", '[speech]\ncues = []\n', r"cues\.toml:2: empty list speech\.cues"),
    ("cues.toml", '[CONSULT.phone]\nmode = "telepathy"\ncues = ["gọi"]\n', r":2: .*mode = 'telepathy' is not one of"),
    ("cues.toml", '[windoww]\nstop = ["x"]\n', r"cues\.toml:1: unknown table \[windoww\]"),
    ("cues.toml", '[SUPPORT.praise]\ncues = "khen ngợi"\n', r"cues\.toml:2: .*cues must be a list of strings"),
    ("cues.toml", '[AID.pledge]\nrequires = "quantty"\ncues = ["hứa"]\n', r":2: .*requires must be one of quantity"),
    ("cues.toml", '[SUPPORT.praise]\nmode = "phone"\ncues = ["khen"]\n', r":2: .*mode is not a field of SUPPORT"),
    ("cues.toml", '[AID.empty]\nconfidence = 0.5\n', r"cues\.toml:1: .*holds no cues and no patterns"),
    ("cues.toml", '[modality]\nreach = "far"\n', r"cues\.toml:2: .*reach must be a whole number"),
    ("cues.toml", '[modality]\nframes = ["(unclosed"]\n', r"cues\.toml:2: bad pattern '\(unclosed'"),
    ("cues.toml", '[window]\ngap = { CONSULTT = 90 }\n', r"cues\.toml:2: .*gap must map declared types"),
    ("cues.toml", '[placeholders]\nTITLE = ""\n', r"cues\.toml:2: empty string placeholders\.TITLE"),
    ("measures.tsv", "measure\tpattern\nlockdown\t\n", r"measures\.tsv:2: empty pattern"),
    ("measures.tsv", "measure\tpattern\ncurfew\tgiới nghiêm\n", r"measures\.tsv:2: measure 'curfew' is not one of"),
    ("measures.tsv", "measure\tpattern\nlockdown\tphong (tỏa\n", r"measures\.tsv:2: bad pattern"),
    ("measures.tsv", "measure\tpattern\nbusiness_closure\tđóng cửa {VENUE}\n",
     r"measures\.tsv:2: unknown placeholder \{VENUE\}"),
    ("cues.toml", '[MEASURE]\ncount_units = ["persn"]\n', r"cues\.toml:2: .*count_units names a unit not in units\.tsv"),
    ("cues.toml", '[dates]\nnull_in_object = ["SUPPORT.prase"]\n', r"cues\.toml:2: .*null_in_object names no cue group"),
    ("titles.tsv", "phrase\trole\tkind\tdefault\tnote\nBộ trưởng\tminister\ta\tb\tc\td\n",
     r"titles\.tsv:2: 6 fields, the header names 5"),
    ("firms.tsv", "phrase\tcode\tcountry\nPfizer\tUSA\tMỹ\n", r"firms\.tsv:1: unknown column 'country'"),
    ("types.toml", '[AID]\nhandlr = "aid"\n', r"types\.toml:2: \[AID\] unknown key 'handlr'"),
    ("types.toml", '[PRAISE]\nroles = "sideways"\nhandler = "directed"\n', r"types\.toml:2: .*roles must be one of"),
    ("types.toml", '[PRAISE]\nroles = "participants"\nhandler = "measure"\n', r"handler 'measure' fills roles 'source'"),
    ("types.toml", '[PRAISE]\nroles = "directed"\nhandler = "directed"\ninherits_event_date = "false"\n',
     r"types\.toml:4: .*inherits_event_date must be true or false"),
    ("types.toml", '[PRAISE]\nroles = "directed"\nhandler = "directed"\nfields = ["mode"]\nvalues.modee = ["x"]\n',
     r"types\.toml:5: .*values\.modee"),
])
def test_a_malformed_data_file_is_a_load_error_naming_file_and_line(lexicon_dir, name, content, message) -> None:
    from hoptac.pipeline import Pipeline

    (lexicon_dir / name).write_text(content, encoding="utf-8")
    with pytest.raises(LexiconError, match=message) as info:
        Pipeline()  # the data are read and checked once, before any document
    assert str(info.value).startswith(str(lexicon_dir))  # the extension file that set the value, not the shipped one


def test_a_malformed_data_file_ends_the_command_in_one_line(lexicon_dir) -> None:
    (lexicon_dir / "cues.toml").write_text('[AID.delivered]\ncuess = ["tặng"]\n', encoding="utf-8")
    result = CliRunner().invoke(app, ["extract", str(SAMPLES)])
    assert result.exit_code == 2 and result.stdout == ""
    assert [ln for ln in result.stderr.splitlines() if ln.strip()] == [
        f"error data file: {lexicon_dir}/cues.toml:2: [AID.delivered] cuess unknown key (known: alone, answers, "
        "answers_reach, between_only, blockers, blockers_not, capital_only, category, confidence, cues, destination, direction, ends_window, governs_reach, "
        "infer_targets, "
        "intl_partner, item_before, mode, needs_partner, not_firm, objects_not, owner_not, owner_targets, owner_then, owner_words, patterns, requires, speech, status, subject_only, "
        "target_gap, unless)"]


def test_a_malformed_data_file_ends_an_ingest_in_one_line_and_keeps_what_was_stored(lexicon_dir, tmp_path) -> None:
    # The ingest builds its pipeline only when a batch needs extracting (a rerun of a stored corpus
    # never does): the malformed file is then reported as the extract command reports it.
    db = str(tmp_path / "l.db")
    first = CliRunner().invoke(app, ["ingest", str(SAMPLES / "004_6cbae7a29efbc530.txt"), "--db", db, "--workers", "1"])
    assert first.exit_code == 0, first.output
    (lexicon_dir / "cues.toml").write_text('[AID.delivered]\ncuess = ["tặng"]\n', encoding="utf-8")
    reload()  # (the first run read the data files in this process)
    result = CliRunner().invoke(app, ["ingest", str(SAMPLES), "--db", db, "--workers", "1"])
    assert result.exit_code == 2
    errors = [ln for ln in result.stderr.splitlines() if "error" in ln]  # (the progress bar is on stderr too)
    assert len(errors) == 1 and errors[0].startswith(f"error data file: {lexicon_dir}/cues.toml:2:")
    again = CliRunner().invoke(app, ["ingest", str(SAMPLES / "004_6cbae7a29efbc530.txt"), "--db", db, "--workers", "1"])
    assert again.exit_code == 0 and "already stored" in again.stdout  # nothing to extract: no data file read


def test_extract_explain_shows_sentences_records_and_drops() -> None:
    result = CliRunner().invoke(app, ["extract", str(SAMPLES / "004_6cbae7a29efbc530.txt"), "--explain"])
    assert result.exit_code == 0
    out = result.stdout
    assert "[s0] Ngày 2/4, Thủ tướng Chính phủ Nguyễn Xuân Phúc đã điện đàm" in out
    assert re.search(r"record +CONSULT VNM\+CHN mode=phone date=2020-04-02 .*cues\.toml:\d+:CONSULT\.phone:điện đàm",
                     out)
    assert re.search(r"dropped +AID 'cung cấp' — party: no recipient named", out)
    assert "actor    CHN 'Thủ tướng Quốc vụ viện Trung Quốc Lý Khắc Cường'" in out


def test_a_line_of_a_table_of_figures_is_no_measure() -> None:
    """Dân trí's daily tables ("- Cách ly tập trung tại bệnh viện: 531") count, they take no measure."""
    from hoptac.model import Document
    from hoptac.pipeline import Pipeline
    from hoptac.read.text import line_paragraphs

    text = ("Ngày 27/4, tỉnh Hà Nam báo cáo tình hình dịch bệnh như sau.\n- Cách ly tập trung tại bệnh viện: 531\n"
            "- Tỉnh Hà Nam đã cách ly tập trung 200 người.\n")
    doc = Document(text=text, id="table", reader="jsonl", published="2021-04-28")
    doc.paragraphs, doc.body_ready = line_paragraphs(text), True
    Pipeline()(doc)
    assert [(r.type, r.source, r.mentions[0].sentence) for r in doc.records] == [("MEASURE", ["VNM"], 2)]
    assert [(d.kind, d.sentence) for d in doc.drops] == [("guard", 1)]
