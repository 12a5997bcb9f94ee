"""End to end through the command line, on the bundled sample articles."""

import json
import shutil
from pathlib import Path

import pytest
from typer.testing import CliRunner

from hoptac.cli import app

SAMPLES = Path(__file__).resolve().parent.parent / "data" / "samples"
runner = CliRunner()


@pytest.fixture()
def samples(tmp_path):
    d = tmp_path / "samples"
    d.mkdir()
    for f in SAMPLES.glob("*.txt"):
        shutil.copy(f, d / f.name)
    return d


def test_extract_jsonl_gives_one_object_per_document(samples):
    result = runner.invoke(app, ["extract", str(samples), "--jsonl"])
    assert result.exit_code == 0, result.output
    docs = [json.loads(line) for line in result.stdout.splitlines() if line.startswith("{")]
    assert sorted(d["id"] for d in docs) == sorted(f.stem for f in SAMPLES.glob("*.txt"))
    d004 = next(d for d in docs if d["id"].startswith("004"))
    assert d004["published"] == "2020-04-03T06:41:00+07:00"
    assert d004["body"][0].startswith("Ngày 2/4, Thủ tướng Chính phủ Nguyễn Xuân Phúc đã điện đàm")
    assert set(d004) >= {"id", "title", "outlet", "published", "body", "events"}


def test_ingest_twice_stores_nothing_twice(samples, tmp_path):
    db = str(tmp_path / "ledger.db")
    first = runner.invoke(app, ["ingest", str(samples), "--db", db])
    assert first.exit_code == 0, first.output
    assert "stored" in first.stdout and "5" in first.stdout
    second = runner.invoke(app, ["ingest", str(samples), "--db", db])
    assert second.exit_code == 0, second.output
    assert "already stored" in second.stdout
    listing = runner.invoke(app, ["docs", "--db", db])
    assert listing.stdout.count("_") >= 5
    shown = runner.invoke(app, ["docs", "004_6cbae7a29efbc530", "--db", db])
    assert "Lý Khắc Cường" in shown.stdout


def test_bad_input_is_named_and_the_batch_goes_on(samples, tmp_path):
    (samples / "broken.jsonl").write_text('{"id": "ok", "title": "T", "text": "Hà Nội hôm nay."}\n{not json\n',
                                          encoding="utf-8")
    (samples / "empty.txt").write_bytes(b"")
    result = runner.invoke(app, ["extract", str(samples), "--jsonl"])
    assert result.exit_code == 1  # something failed: said by the exit code, after everything else was done
    assert "broken.jsonl:line 2" in result.stderr and "empty.txt" in result.stderr
    ids = [json.loads(line)["id"] for line in result.stdout.splitlines() if line.startswith("{")]
    assert "ok" in ids and len(ids) == 6


def test_nothing_readable_exits_non_zero(tmp_path):
    (tmp_path / "empty.txt").write_bytes(b"")
    result = runner.invoke(app, ["extract", str(tmp_path / "empty.txt")])
    assert result.exit_code == 1


def test_eval_scores_titles_and_bodies(samples, tmp_path):
    gold = tmp_path / "gold.jsonl"
    gold.write_text(json.dumps({"id": "004_6cbae7a29efbc530",
                                "title": "Hợp tác phòng chống COVID-19 là điểm sáng trong quan hệ Việt Nam-Trung Quốc "
                                         "nhân kỷ niệm 70 năm thiết lập quan hệ ngoại giao",
                                "body": ["Tại Trụ sở Chính phủ, Thủ tướng Chính phủ Nguyễn Xuân Phúc đã điện đàm với "
                                         "Thủ tướng Quốc vụ viện Trung Quốc Lý Khắc Cường để trao đổi về công tác hợp "
                                         "tác phòng chống dịch COVID-19."]}, ensure_ascii=False) + "\n", encoding="utf-8")
    result = runner.invoke(app, ["eval", str(gold), "--docs", str(samples)])
    assert result.exit_code == 0, result.output
    assert "title exact   1/1" in result.stdout
    assert "R 1.000" in result.stdout  # the one gold paragraph is in the predicted body
