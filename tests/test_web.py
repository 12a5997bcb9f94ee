"""The web app over a ledger of the sample articles: every page and API route answers, filters
and free text work as the CLI's, evidence is highlighted in its document, article text is
escaped, refusals are clear, exports read back, and nothing is fetched from elsewhere."""

from __future__ import annotations

import csv
import io
import json
import re
from pathlib import Path

import pytest

pytest.importorskip("fastapi")
pytest.importorskip("httpx")
from fastapi.testclient import TestClient  # noqa: E402

from hoptac.ingest import ingest  # noqa: E402
from hoptac.store import Store  # noqa: E402
from hoptac.web import create_app  # noqa: E402

SAMPLES = Path(__file__).resolve().parents[1] / "data" / "samples"
SCRIPT = "<script>alert('x')</script>"


@pytest.fixture(scope="module")
def client(tmp_path_factory: pytest.TempPathFactory) -> TestClient:
    folder = tmp_path_factory.mktemp("web")
    hostile = folder / "hostile.jsonl"
    hostile.write_text(json.dumps({"id": "hostile", "title": f"Tin {SCRIPT}", "text":
                                   f"Nhật Bản viện trợ Việt Nam 1 triệu liều vắc xin {SCRIPT} ngày 16/6/2021."},
                                  ensure_ascii=False) + "\n", encoding="utf-8")
    db = str(folder / "ledger.db")
    with Store(db) as store:
        assert ingest([str(SAMPLES), str(hostile)], store).stored == 6
    return TestClient(create_app(db), raise_server_exceptions=True)


@pytest.mark.parametrize("url", ["/", "/records", "/records?type=AID&source=chn", "/aid", "/aid?source=USA",
                                 "/measures", "/documents", "/documents?q=vien+tro", "/api/records", "/api/overview",
                                 "/api/totals", "/api/measures", "/api/documents", "/api/events", "/openapi.json",
                                 "/static/style.css"])
def test_every_page_and_route_answers(client: TestClient, url: str) -> None:
    assert client.get(url).status_code == 200


def test_labels_in_vietnamese_and_english_and_codes_with_names(client: TestClient) -> None:
    vi, en = client.get("/").text, client.get("/?lang=en").text
    assert "Tổng quan" in vi and "Overview" in en and "Overview" not in vi
    assert "China" in client.get("/records?lang=en&code=CHN").text or "China" in en


def test_free_text_with_and_without_diacritics_and_filters_match_the_api(client: TestClient) -> None:
    plain = client.get("/api/records", params={"q": "vien tro"}).json()
    marked = client.get("/api/records", params={"q": "viện trợ"}).json()
    assert plain["total"] > 0 and plain == marked
    aid = client.get("/api/records", params={"type": "AID", "source": "chn"}).json()
    assert aid["total"] > 0 and all(r["type"] == "AID" and "CHN" in [r["source"]] + list(r["source"])
                                    for r in aid["records"])
    page = client.get("/records", params={"type": "AID", "source": "CHN"}).text
    assert page.count('href="/records/') == aid["total"]


def test_a_record_shows_its_evidence_highlighted_in_its_document(client: TestClient) -> None:
    first = client.get("/api/records", params={"type": "CONSULT"}).json()["records"][0]
    page = client.get(f"/records/{first['id']}").text
    marks = re.findall(r'<mark class="evidence">(.*?)</mark>', page, re.S)
    assert marks and first["evidence"][:30].replace("'", "&#39;").replace('"', "&#34;") in " ".join(marks)
    assert first["rule"] in page and "cues.toml" in page


def test_article_text_is_escaped_never_run(client: TestClient) -> None:
    docs = client.get("/api/documents").json()["documents"]
    hostile = next(d for d in docs if d["doc_id"] == "hostile")
    for url in (f"/documents/{hostile['id']}", "/documents", "/records?q=vac+xin"):
        page = client.get(url).text
        assert SCRIPT not in page and "&lt;script&gt;" in page


@pytest.mark.parametrize("url, status, message", [
    ("/api/records?source=XYZ", 400, "no actor code"), ("/api/records?status=given", 400, "not one of"),
    ("/api/records?since=5/2021", 400, "not a date"), ("/api/records/999999", 404, "no record"),
    ("/records?measure=curfew", 400, "not one of"), ("/export.xlsx", 404, "no export format"),
])
def test_refusals_say_why(client: TestClient, url: str, status: int, message: str) -> None:
    r = client.get(url)
    assert r.status_code == status and message in r.text


def test_exports_of_the_current_filter_read_back(client: TestClient) -> None:
    total = client.get("/api/records", params={"type": "AID"}).json()["total"]
    rows = list(csv.DictReader(io.StringIO(client.get("/export.csv?type=AID").text)))
    assert len(rows) == total and {r["type"] for r in rows} == {"AID"}
    lines = client.get("/export.jsonl?type=AID").text.splitlines()
    assert len(lines) == total and all(json.loads(x)["type"] == "AID" for x in lines)
    polecat = list(csv.DictReader(io.StringIO(client.get("/export.polecat?type=AID").text)))
    assert len(polecat) == total and polecat[0]["Event Type"] == "AID"
    pq = pytest.importorskip("pyarrow.parquet")
    table = pq.read_table(io.BytesIO(client.get("/export.parquet?type=AID").content))
    assert table.num_rows == total


def test_nothing_is_fetched_from_elsewhere(client: TestClient) -> None:
    assert client.get("/docs").status_code == 404  # FastAPI's viewer would load a CDN's scripts
    for url in ("/", "/records", "/aid", "/measures", "/documents"):
        page = client.get(url).text
        assert not re.search(r'<(?:script|link|img)[^>]+(?:src|href)="(?:https?:)?//', page), url


def test_a_source_url_is_a_link_only_when_it_is_a_web_address(tmp_path: Path) -> None:
    corpus = tmp_path / "u.jsonl"
    corpus.write_text(json.dumps({"id": "js", "url": "javascript:alert(document.domain)",
                                  "text": "Nhật Bản viện trợ Việt Nam 1 triệu liều vắc xin ngày 16/6/2021."},
                                 ensure_ascii=False) + "\n", encoding="utf-8")
    db = str(tmp_path / "l.db")
    with Store(db) as store:
        ingest([str(corpus)], store)
    web = TestClient(create_app(db))
    record = web.get("/api/records").json()["records"][0]
    for url in (f"/records/{record['id']}", f"/documents/{record['document']}"):
        page = web.get(url).text
        assert 'href="javascript:' not in page and "javascript:alert" in page  # shown, not linked


def test_aid_totals_count_each_record_once_per_donor_and_dates_of_unknown_year_in_no_range(
        client: TestClient) -> None:
    over = client.get("/api/overview").json()["aid_by_donor"]
    for row in over:
        per_pair = [t for t in client.get("/api/totals", params={"source": row["donor"]} if row["donor"] != "?"
                                          else {}).json() if t["donor"] == row["donor"]
                    and t["status"] == row["status"] and t["unit"] == row["unit"]]
        assert row["total"] <= sum(t["total"] for t in per_pair) + 1e-6
    dated = client.get("/api/records", params={"since": "2030"}).json()
    assert dated["total"] == 0  # "XXXX-04-01" is no date after 2030
    assert client.get("/api/records", params={"since": "2020-04", "until": "2020"}).status_code == 200
    assert client.get("/api/records", params={"since": "2021-13-45"}).status_code == 400
    assert client.get("/api/records", params={"q": "%"}).status_code == 400
    assert client.get("/records", params={"page": "99999999999999999999"}).status_code == 400
    page2 = client.get("/records", params={"per_page": "5", "page": "2"}).text
    assert "per_page=5" in page2 and "page=3" in page2


def test_records_sort_by_a_column_both_ways(client: TestClient) -> None:
    page = client.get("/records?sort=confidence").text
    assert "sort=confidence" in page and "order=asc" in page  # the header link turns the order round
    for order in ("asc", "desc"):
        found = [r["confidence"] for r in client.get(f"/api/records?sort=confidence&order={order}&per_page=200")
                 .json()["records"]]
        assert len(found) > 5 and found == sorted(found, reverse=order == "desc")
