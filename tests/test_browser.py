"""End to end, in headless Chromium from Debian's packages driven by Playwright (no browser
download: `executable_path`): the app served by uvicorn over the sample ledger, used as a
person uses it. Screenshots of the Overview, Records, Record and Aid ledger pages go to
build/screenshots (HOPTAC_SCREENSHOTS to put them elsewhere).

Skipped where there is no Chromium, unless HOPTAC_REQUIRE_BROWSER is set (CI sets it, so
there the tests run or fail, never skip)."""

from __future__ import annotations

import csv
import io
import os
import shutil
import socket
import threading
import time
from collections.abc import Iterator
from pathlib import Path

import pytest

from hoptac.ingest import ingest
from hoptac.store import Store
from hoptac.store.users import add_user

ROOT = Path(__file__).resolve().parents[1]
SAMPLES = ROOT / "data" / "samples"
SHOTS = Path(os.environ.get("HOPTAC_SCREENSHOTS", ROOT / "build" / "screenshots"))
CHROMIUM = os.environ.get("HOPTAC_CHROMIUM") or shutil.which("chromium") or shutil.which("chromium-browser")
NEEDED = bool(os.environ.get("HOPTAC_REQUIRE_BROWSER"))

if not NEEDED:
    pytest.importorskip("playwright.sync_api")
    if CHROMIUM is None:
        pytest.skip("no Chromium here (apt-get install chromium)", allow_module_level=True)
from playwright.sync_api import Browser, Page, expect, sync_playwright  # noqa: E402


@pytest.fixture(scope="module")
def server(tmp_path_factory: pytest.TempPathFactory) -> Iterator[str]:
    import uvicorn

    from hoptac.web import create_app

    db = str(tmp_path_factory.mktemp("browser") / "ledger.db")
    with Store(db) as store:
        assert ingest([str(SAMPLES)], store).stored == 5
        add_user(store, "lan", "editor", "mat-khau-dai")
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        port = s.getsockname()[1]
    app_server = uvicorn.Server(uvicorn.Config(create_app(db), host="127.0.0.1", port=port, log_level="warning"))
    thread = threading.Thread(target=app_server.run, daemon=True)
    thread.start()
    for _ in range(200):
        if app_server.started:
            break
        time.sleep(0.05)
    assert app_server.started, "the app did not start"
    yield f"http://127.0.0.1:{port}"
    app_server.should_exit = True
    thread.join(10)


@pytest.fixture(scope="module")
def browser() -> Iterator[Browser]:
    assert CHROMIUM, "HOPTAC_REQUIRE_BROWSER is set but there is no chromium (apt-get install chromium)"
    with sync_playwright() as p:
        b = p.chromium.launch(executable_path=CHROMIUM, args=["--no-sandbox"])
        yield b
        b.close()


@pytest.fixture()
def page(browser: Browser) -> Iterator[Page]:
    context = browser.new_context(viewport={"width": 1280, "height": 900}, accept_downloads=True)
    offsite: list[str] = []
    context.on("request", lambda r: offsite.append(r.url) if not r.url.startswith("http://127.0.0.1") else None)
    yield context.new_page()
    context.close()
    assert offsite == [], f"the app fetched from elsewhere: {offsite[:3]}"


def shot(page: Page, name: str) -> None:
    SHOTS.mkdir(parents=True, exist_ok=True)
    page.screenshot(path=str(SHOTS / f"{name}.png"), full_page=True)


def test_overview_and_aid_ledger_show_the_samples(server: str, page: Page) -> None:
    page.goto(server + "/?lang=en")
    expect(page.locator("h1")).to_contain_text("Overview")
    expect(page.locator("svg rect").first).to_be_visible()  # the records-by-month chart, drawn on the server
    shot(page, "overview")
    page.goto(server + "/aid")
    expect(page.locator("table").first).to_contain_text("USD")
    shot(page, "aid-ledger")


def test_search_with_and_without_diacritics_finds_the_same_records(server: str, page: Page) -> None:
    found = {}
    for words in ("viện trợ", "vien tro"):
        page.goto(server + "/records")
        page.fill("#q", words)
        page.click("form.filters button[type=submit]")
        expect(page.locator("table.records")).to_be_visible()
        found[words] = page.locator("table.records td.type a").evaluate_all("links => links.map(a => a.href)")
    assert found["viện trợ"] and found["viện trợ"] == found["vien tro"]
    shot(page, "records")


def test_a_record_shows_its_evidence_highlighted_in_its_document(server: str, page: Page) -> None:
    page.goto(server + "/records?type=AID")
    page.locator("table.records td.type a").first.click()
    evidence = page.locator("div.body mark.evidence").first
    expect(evidence).to_be_visible()
    assert evidence.evaluate("m => getComputedStyle(m).backgroundColor") not in ("rgba(0, 0, 0, 0)", "transparent")
    quoted = page.locator("dl.record q").first.inner_text()
    assert evidence.inner_text().strip() in quoted
    shot(page, "record")


def sign_in(page: Page, server: str) -> None:
    page.goto(server + "/login")
    page.fill("input[name=name]", "lan")
    page.fill("input[name=password]", "mat-khau-dai")
    page.click("form.login button")
    expect(page.locator("header .user")).to_contain_text("lan")


def test_an_editor_corrects_a_record_and_sees_the_audit_entry(server: str, page: Page) -> None:
    sign_in(page, server)
    page.goto(server + "/records?type=CONSULT&lang=en")
    page.locator("table.records td.type a").first.click()
    page.click("section.curate summary")
    mode = page.locator("form.correct input[name=mode]")
    mode.fill("message" if mode.input_value() != "message" else "meeting")
    page.fill("form.correct input[name=note]", "it was a video call")
    page.click("form.correct #save")
    audit = page.locator("table.audit")
    expect(audit).to_contain_text("lan")
    expect(audit).to_contain_text("it was a video call")
    expect(page.locator("h1 .curation")).to_contain_text("Corrected")


def test_an_upload_is_read_and_its_records_shown(server: str, page: Page, tmp_path: Path) -> None:
    article = tmp_path / "dien-dam.txt"
    article.write_text("Việt Nam và Lào điện đàm\n\nNgày 2/4/2020, Thủ tướng Nguyễn Xuân Phúc đã điện đàm với "
                       "Thủ tướng Lào Thongloun Sisoulith về hợp tác phòng chống dịch.\n", encoding="utf-8")
    sign_in(page, server)
    page.goto(server + "/upload")
    page.set_input_files("input[type=file]", str(article))
    page.click("#send")
    row = page.locator("table.uploads tr.ok")
    expect(row).to_contain_text("dien-dam.txt")
    row.locator("a").first.click()
    expect(page.locator("ul").first).to_contain_text("CONSULT")


def test_an_export_downloads_and_reads_back(server: str, page: Page) -> None:
    page.goto(server + "/records?type=AID")
    with page.expect_download() as download:
        page.click("text=CSV")
    rows = list(csv.DictReader(io.StringIO(Path(download.value.path()).read_text(encoding="utf-8"))))
    assert rows and {r["type"] for r in rows} == {"AID"}
    api = page.request.get(server + "/api/records?type=AID").json()
    assert len(rows) == api["total"]
