"""Benchmark: the web app and export over 200,000 generated records in SQLite.

The Overview of the whole ledger reads the running tallies (hoptac.store.tallies); a
filtered Overview reads the records, timed beside it.

Not a test (never run by `make test`). It builds a ledger of generated documents and
records (bulk inserts; no extraction), then times, through FastAPI's TestClient:
the Records page with a filter, the same page with free text, and the Overview,
printing the 50th and 95th percentile of each (the target is under 200 ms at the 95th).
It also times `hoptac export` of every record to CSV in a fresh process, with that
process's peak memory beside the memory of exporting a tenth of them (a stream holds
no more for more records).

    python bench/bench_web.py [--records 200000] [--repeat 20]
"""

from __future__ import annotations

import argparse
import os
import random
import statistics
import subprocess
import sys
import tempfile
import time
from pathlib import Path

CODES = ["VNM", "CHN", "USA", "JPN", "KOR", "IND", "AUS", "RUS", "FRA", "DEU", "GBR", "LAO", "KHM", "THA", "ASEAN",
         "WHO", "EU", "INTL"]
TYPES = ["CONSULT", "AGREE", "REQUEST", "SUPPORT", "AID", "MEASURE"]
MEASURES = ["lockdown", "quarantine", "entry_restriction", "testing", "vaccination"]
WORDS = ("viện trợ vắc xin khẩu trang hội đàm điện đàm hỗ trợ đề nghị cảm ơn phong tỏa cách ly Việt Nam "
         "Trung Quốc Nhật Bản Hoa Kỳ hợp tác phòng chống dịch bệnh").split()


def build(path: str, n_records: int, per_doc: int = 10, seed: int = 7) -> None:
    """A ledger of generated documents and records, inserted in bulk through the schema's tables."""
    from sqlalchemy import insert

    from hoptac.store import Store
    from hoptac.store.convert import phrase_key
    from hoptac.store.schema import DocumentRow, MentionRow, RecordCodeRow, RecordRow

    rng = random.Random(seed)
    with Store(path) as store, store.engine.begin() as conn:
        pk = 0
        for start in range(0, n_records, 10_000):
            docs, recs, codes, mentions = [], [], [], []
            for i in range(start, min(start + 10_000, n_records)):
                d = i // per_doc + 1
                if i % per_doc == 0:
                    docs.append({"id": d, "content_hash": f"{d:064x}", "identity": f"i{d:063x}", "doc_id": f"gen-{d}",
                                 "source": "bench", "reader": "jsonl", "encoding": "utf-8", "title": f"Bài {d}",
                                 "outlet": rng.choice(["Dân trí", "VnExpress", "Tuổi Trẻ"]),
                                 "published": f"202{rng.randint(0, 2)}-{rng.randint(1, 12):02d}-01",
                                 "body": [], "text": "x", "warnings": [], "meta": {}, "search": "", "search_plain": ""})
                pk += 1
                typ = rng.choice(TYPES)
                a, b = rng.sample(CODES, 2)
                date = f"202{rng.randint(0, 2)}-{rng.randint(1, 12):02d}-{rng.randint(1, 28):02d}"
                roles = {"source": [], "targets": [], "participants": []}
                if typ in ("CONSULT", "AGREE"):
                    roles["participants"] = [a, b]
                elif typ == "MEASURE":
                    roles["source"] = [a]
                else:
                    roles["source"], roles["targets"] = [a], [b]
                qty = [{"value": rng.randint(1, 100) * 100_000, "unit": rng.choice(["USD", "dose"]), "qualifier": "exact",
                        "item": None, "start": 0, "end": 0, "text": "", "sentence": 0}] if typ == "AID" else []
                recs.append({"id": pk, "document_id": d, "position": i % per_doc, "type": typ, "date": date,
                             "date_reason": "", **roles, "mode": "meeting" if typ == "CONSULT" else None,
                             "category": "vaccine" if typ == "AID" else None,
                             "status": rng.choice(["pledged", "announced", "delivered"]) if typ == "AID" else None,
                             "measure": rng.choice(MEASURES) if typ == "MEASURE" else None, "quantities": qty,
                             "rule": f"cues.toml:1:{typ}.x:y", "confidence": rng.random()})
                for side, key in (("source", "source"), ("target", "targets"), ("participant", "participants")):
                    codes += [{"record_id": pk, "code": c, "side": side} for c in roles[key]]
                text = " ".join(rng.choice(WORDS) for _ in range(25))
                mentions.append({"record_id": pk, "position": 0, "sentence": 0, "start": 0, "end": len(text),
                                 "text": text, "rule": "", "confidence": 0.8, "reason": "",
                                 "search_plain": phrase_key(text)})
            if docs:
                conn.execute(insert(DocumentRow), docs)
            conn.execute(insert(RecordRow), recs)
            conn.execute(insert(RecordCodeRow), codes)
            conn.execute(insert(MentionRow), mentions)
    # Bulk inserts bypass Store.save, which keeps the Overview's tallies; count them once, as
    # migration 0008 counts a ledger stored before them.
    from sqlalchemy.orm import Session

    from hoptac.store import tallies

    with Store(path) as store, Session(store.engine) as session, session.begin():
        tallies.rebuild(session)


def timed(client, url: str, repeat: int) -> tuple[float, float]:  # type: ignore[no-untyped-def]
    times = []
    for _ in range(repeat):
        start = time.perf_counter()
        response = client.get(url)
        times.append((time.perf_counter() - start) * 1000)
        assert response.status_code == 200, (url, response.status_code)
    times.sort()
    return statistics.median(times), times[min(len(times) - 1, int(round(0.95 * len(times))) - 1)]


def export_peak(db: str, extra: list[str]) -> tuple[float, float]:
    """Seconds and peak MiB of `hoptac export --format csv` in a fresh process."""
    start = time.perf_counter()
    proc = subprocess.Popen([sys.executable, "-c", "from hoptac.cli import main; main()", "export", "--db", db,
                             "--format", "csv", "--out", os.devnull, *extra], stderr=subprocess.DEVNULL)
    _pid, status, usage = os.wait4(proc.pid, 0)
    assert status == 0
    return time.perf_counter() - start, usage.ru_maxrss / 1024


def main() -> None:
    ap = argparse.ArgumentParser()
    ap.add_argument("--records", type=int, default=200_000)
    ap.add_argument("--repeat", type=int, default=20)
    args = ap.parse_args()
    from fastapi.testclient import TestClient

    from hoptac.web import create_app

    with tempfile.TemporaryDirectory() as tmp:
        db = str(Path(tmp) / "web.db")
        start = time.perf_counter()
        build(db, args.records)
        print(f"built {args.records:,} records in {time.perf_counter() - start:.1f} s")
        client = TestClient(create_app(db))
        for label, url in (("Records, type AID from CHN", "/records?type=AID&source=CHN"),
                           ("Records, free text", "/records?q=vac+xin"),
                           ("Records, no filter", "/records"),
                           ("Overview", "/"),
                           ("Overview, type AID (no tallies)", "/?type=AID"),
                           ("API records, measure", "/api/records?type=MEASURE&measure=lockdown")):
            p50, p95 = timed(client, url, args.repeat)
            print(f"  {label:30s} p50 {p50:7.1f} ms   p95 {p95:7.1f} ms   (target p95 < 200 ms)")
        seconds, peak = export_peak(db, [])
        tenth, peak_tenth = export_peak(db, ["--type", "AID", "--source", "CHN"])
        print(f"  export of all {args.records:,} as CSV: {seconds:.1f} s, peak {peak:.0f} MiB "
              f"(a small selection: {peak_tenth:.0f} MiB)")


if __name__ == "__main__":
    main()
