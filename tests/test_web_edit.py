"""Signing in, curating and uploading through the web app, and every refusal: an anonymous
edit, a viewer's edit, a missing or foreign CSRF token, a wrong password, an oversized or
unreadable upload, a private app read without signing in."""

from __future__ import annotations

import re
import sqlite3
from pathlib import Path

import pytest

pytest.importorskip("fastapi")
pytest.importorskip("httpx")
from fastapi.testclient import TestClient  # noqa: E402
from helpers import copy_ledger  # noqa: E402

from hoptac.ingest import ingest  # noqa: E402
from hoptac.store import Store  # noqa: E402
from hoptac.store.users import UserError, add_user, check_password  # noqa: E402
from hoptac.web import create_app  # noqa: E402

SAMPLES = Path(__file__).resolve().parents[1] / "data" / "samples"
CALL = "Ngày 2/4/2020, Thủ tướng Nguyễn Xuân Phúc đã điện đàm với Thủ tướng Lào Thongloun Sisoulith.\n"


@pytest.fixture(scope="module")
def ledger(tmp_path_factory: pytest.TempPathFactory) -> Path:
    db = tmp_path_factory.mktemp("edit") / "ledger.db"
    with Store(str(db)) as store:
        assert ingest([str(SAMPLES)], store).stored == 5
        add_user(store, "lan", "editor", "mat-khau-dai")
        add_user(store, "minh", "viewer", "mat-khau-dai")
    return db


@pytest.fixture()
def db(ledger: Path, tmp_path: Path) -> str:
    return str(copy_ledger(ledger, tmp_path / "copy.db"))


def _token(page: str) -> str:
    found = re.search(r'name="csrf" value="([^"]+)"', page)
    assert found, "the page has no CSRF field"
    return found.group(1)


def signed_in(db: str, name: str = "lan", **app: bool) -> tuple[TestClient, str]:
    client = TestClient(create_app(db, **app))
    token = _token(client.get("/login").text)
    reply = client.post("/login", data={"name": name, "password": "mat-khau-dai", "csrf": token, "next": "/records"},
                        follow_redirects=False)
    assert reply.status_code == 303 and reply.headers["location"] == "/records"
    cookie = reply.headers["set-cookie"].lower()
    assert "httponly" in cookie and "samesite=lax" in cookie
    return client, _token(client.get("/records").text)


def test_passwords_are_hashed_with_argon2_and_checked(ledger: Path) -> None:
    with Store(str(ledger)) as store:
        assert check_password(store, "lan", "mat-khau-dai") == "editor"
        assert check_password(store, "lan", "mat-khau-sai") is None
        assert check_password(store, "nobody", "mat-khau-dai") is None
        with pytest.raises(UserError, match="already"):
            add_user(store, "lan", "editor", "mat-khau-khac")
        with pytest.raises(UserError, match="role"):
            add_user(store, "hoa", "owner", "mat-khau-dai")
        with pytest.raises(UserError, match="at least"):
            add_user(store, "hoa", "viewer", "ngan")
    with sqlite3.connect(ledger) as con:
        stored = con.execute("SELECT password_hash FROM users WHERE name = 'lan'").fetchone()[0]
    assert stored.startswith("$argon2id$") and "mat-khau-dai" not in stored


def test_a_wrong_password_signs_no_one_in(db: str) -> None:
    client = TestClient(create_app(db))
    token = _token(client.get("/login").text)
    reply = client.post("/login", data={"name": "lan", "password": "sai", "csrf": token})
    assert reply.status_code == 401 and "Sai tên hoặc mật khẩu" in reply.text
    assert 'id="confirm"' not in client.get("/records/1").text


def test_an_editor_confirms_corrects_and_rejects_and_the_trail_shows_it(db: str) -> None:
    client, token = signed_in(db)
    page = client.get("/records/1").text
    assert 'id="confirm"' in page and 'id="save"' in page
    fixed = client.post("/records/1/decision", data={"csrf": token, "action": "correct", "type": "CONSULT",
                                                     "participants": "VNM, lao", "mode": "video", "date": "2020-03-27",
                                                     "note": "video, not phone"}, follow_redirects=False)
    assert fixed.status_code == 303 and fixed.headers["location"] == "/records/1"
    page = client.get("/records/1?lang=en").text
    assert "Audit trail" in page and "video, not phone" in page and "Corrected" in page
    doc = client.get("/api/records/2").json()["document"]
    shown = len(client.get(f"/api/documents/{doc}").json()["events"])
    api = client.post("/api/records/2/decision", json={"action": "reject", "note": "no act"},
                      headers={"X-CSRF-Token": token})
    assert len(client.get(f"/api/documents/{doc}").json()["events"]) == shown - 1  # a rejected record is no more shown
    assert "/records/2\"" not in client.get(f"/documents/{doc}").text
    assert api.status_code == 200 and api.json()["audit"][-1]["after"]["curation"] == "rejected"
    trail = client.get("/api/records/1/audit").json()
    assert [(a["user"], a["action"]) for a in trail] == [("lan", "correct")]
    assert trail[0]["after"]["participants"] == ["VNM", "LAO"] and trail[0]["after"]["mode"] == "video"
    ids = [r["id"] for r in client.get("/api/records?per_page=200").json()["records"]]
    assert 2 not in ids and 1 in ids  # rejected records leave listings unless asked for
    assert [r["id"] for r in client.get("/api/records?curation=rejected").json()["records"]] == [2]
    bad = client.post("/api/records/1/decision", json={"action": "correct", "fields": {"source": ["ZZZ"]}},
                      headers={"X-CSRF-Token": token})
    assert bad.status_code == 400 and "ZZZ" in bad.json()["error"]


def test_an_editor_adds_a_record_from_a_sentence(db: str) -> None:
    client, token = signed_in(db)
    assert "/documents/1/add?sentence=" in client.get("/documents/1").text
    form = client.get("/documents/1/add?sentence=2")
    assert form.status_code == 200
    reply = client.post("/documents/1/add", data={"csrf": token, "sentence": "2", "type": "AID", "source": "JPN",
                                                  "targets": "VNM", "status": "delivered",
                                                  "quantities": "1000000 dose"}, follow_redirects=False)
    assert reply.status_code == 303
    pk = int(reply.headers["location"].rsplit("/", 1)[1])
    record = client.get(f"/api/records/{pk}").json()
    assert record["type"] == "AID" and record["quantities"][0]["value"] == 1_000_000
    assert record["rule"] == "human:lan"
    again = client.post("/api/records", json={"document": 1, "start": 0, "end": 10,
                                              "fields": {"type": "AGREE", "participants": ["VNM", "LAO"]}},
                        headers={"X-CSRF-Token": token})
    assert again.status_code == 200 and again.json()["audit"][0]["action"] == "add"
    assert client.post("/api/records", json={"document": 1, "start": 0, "end": 10, "fields": {"type": "AGREE"}},
                       headers={"X-CSRF-Token": token}).status_code == 400  # no actor


def test_edits_are_refused_without_a_signed_in_editor_or_a_csrf_token(db: str) -> None:
    anonymous = TestClient(create_app(db))
    refused = anonymous.post("/api/records/1/decision", json={"action": "confirm"})
    assert refused.status_code == 401 and "sign in" in refused.json()["error"]
    page = anonymous.post("/records/1/decision", data={"action": "confirm"}, follow_redirects=False)
    assert page.status_code == 303 and page.headers["location"].startswith("/login")
    assert anonymous.get("/upload", follow_redirects=False).status_code == 303
    viewer, token = signed_in(db, "minh")
    assert viewer.post("/api/records/1/decision", json={"action": "confirm"},
                       headers={"X-CSRF-Token": token}).status_code == 403
    editor, token = signed_in(db)
    missing = editor.post("/records/1/decision", data={"action": "confirm"})
    assert missing.status_code == 403 and "CSRF" in missing.text
    assert editor.post("/api/records/1/decision", json={"action": "confirm"},
                       headers={"X-CSRF-Token": "forged"}).status_code == 403
    assert editor.get("/api/records/1/audit").json() == []  # nothing was changed by any of these
    copied = dict(editor.cookies)
    signed_out = editor.post("/logout", data={"csrf": token}, follow_redirects=False)
    assert signed_out.status_code == 303
    assert editor.post("/api/records/1/decision", json={"action": "confirm"},
                       headers={"X-CSRF-Token": token}).status_code == 401
    replay = TestClient(create_app(db), cookies=copied)  # a cookie copied before signing out is dead too
    assert replay.post("/api/records/1/decision", json={"action": "confirm"},
                       headers={"X-CSRF-Token": token}).status_code == 401


def test_bodies_are_capped_before_they_are_read_and_sign_in_is_throttled(db: str) -> None:
    client = TestClient(create_app(db))
    big = client.post("/login", content=b"name=" + b"x" * (2 << 20),
                      headers={"content-type": "application/x-www-form-urlencoded"})
    assert big.status_code == 413

    def chunks():  # no Content-Length: counted as it arrives
        for _ in range(40):
            yield b"x" * 65536

    assert client.post("/logout", content=chunks(),
                       headers={"content-type": "application/x-www-form-urlencoded"}).status_code == 413
    token = _token(client.get("/login").text)
    for _ in range(5):
        assert client.post("/login", data={"name": "lan", "password": "doan-thu", "csrf": token}).status_code == 401
    throttled = client.post("/login", data={"name": "lan", "password": "mat-khau-dai", "csrf": token})
    assert throttled.status_code == 429 and "too many" in throttled.text
    assert signed_in(db, "minh")[0].get("/api/records").status_code == 200  # another name is not held up


def test_json_edits_of_the_wrong_shape_are_refused_not_crashed(db: str) -> None:
    client, token = signed_in(db)
    for body in ({"action": "correct", "fields": {"date": 5}}, {"action": "correct", "fields": ["type"]},
                 {"action": "correct", "fields": {"quantities": [{"value": "inf", "unit": "USD"}]}}):
        reply = client.post("/api/records/1/decision", json=body, headers={"X-CSRF-Token": token})
        assert reply.status_code == 400, (body, reply.text)
    added = client.post("/api/records", json={"document": 1, "start": 0, "end": 10,
                                              "fields": {"type": "CONSULT", "participants": ["VNM", "LAO"], "mode": 3}},
                        headers={"X-CSRF-Token": token})
    assert added.status_code == 400
    page = client.post("/documents/1/add", data={"csrf": token, "sentence": "2", "type": "AID", "source": "JPN",
                                                 "targets": "VNM", "status": "given"})
    assert page.status_code == 400 and 'value="JPN"' in page.text  # the form comes back as typed
    title = re.search(r"<title>(.*?)</title>", client.get("/documents/1").text, re.S)
    assert title and "<li>" not in title.group(1) and len(title.group(1)) < 300


def test_uploads_are_ingested_per_file_and_limited_in_size_and_type(db: str,
                                                                    monkeypatch: pytest.MonkeyPatch) -> None:
    client, token = signed_in(db)
    files = [("files", ("call.txt", CALL.encode(), "text/plain")),
             ("files", ("notes.pdf", b"%PDF-1.4", "application/pdf")),
             ("files", ("broken.jsonl", b'{"id": "x", "text": \n', "application/json"))]
    reply = client.post("/api/upload", files=files, headers={"X-CSRF-Token": token})
    assert reply.status_code == 200
    by_name = {f["name"]: f for f in reply.json()["files"]}
    assert by_name["call.txt"]["stored"] == 1 and by_name["call.txt"]["documents"][0][2] >= 1
    assert "not a kind of file" in by_name["notes.pdf"]["errors"][0]
    assert by_name["broken.jsonl"]["errors"] and "broken.jsonl" in by_name["broken.jsonl"]["errors"][0]
    calls = client.get("/api/records?type=CONSULT&code=LAO&q=Thongloun").json()
    assert calls["total"] >= 1
    page = client.post("/upload", files=[("files", ("call2.txt", CALL.replace("2/4", "3/4").encode(), "text/plain"))],
                       data={"csrf": token})
    assert page.status_code == 200 and "call2.txt" in page.text
    from hoptac.web import edit

    monkeypatch.setattr(edit, "MAX_UPLOAD_MB", 0)
    big = client.post("/api/upload", files=[("files", ("big.txt", CALL.encode() * 10, "text/plain"))],
                      headers={"X-CSRF-Token": token})
    assert big.status_code == 413 and "larger than" in big.json()["files"][0]["errors"][0]
    assert TestClient(create_app(db)).post("/api/upload", files=files).status_code == 401
    many = [("files", (f"f{i}.txt", CALL.encode(), "text/plain")) for i in range(21)]
    assert client.post("/upload", files=many, data={"csrf": token}).status_code in (400, 413)  # token in the form
    with sqlite3.connect(db) as con:  # uploads keep the name they came under, not a temporary path
        assert con.execute("SELECT count(*) FROM documents WHERE source = 'upload:call.txt'").fetchone()[0] == 1


def test_a_private_app_asks_everyone_to_sign_in(db: str) -> None:
    closed = TestClient(create_app(db, private=True))
    assert closed.get("/api/records").status_code == 401
    page = closed.get("/records?type=AID", follow_redirects=False)
    assert page.status_code == 303 and page.headers["location"] == "/login?next=/records"
    assert closed.get("/login").status_code == 200 and closed.get("/static/style.css").status_code == 200
    assert closed.get("/openapi.json", follow_redirects=False).status_code in (303, 401)
    assert closed.get("/export.csv", follow_redirects=False).status_code == 303
    reader, _ = signed_in(db, "minh", private=True)
    assert reader.get("/api/records").status_code == 200
    assert "/api/records" in reader.get("/openapi.json").json()["paths"]
