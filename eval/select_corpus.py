"""Choose the articles of hoptac's own annotated corpus, and its frozen test split.

Why a script: the selection must be reproducible and independent of hoptac's
rules.  The keyword list below was written for this purpose alone (it is not
read from hoptac's lexicons), so the "plausible" stratum is not biased towards
what hoptac already finds.  About 70% of the articles come from that stratum,
30% are drawn at random from the whole corpus to keep precision honest.

Usage: python eval/select_corpus.py ../shared/corpora --out eval/gold/selection.jsonl
"""
from __future__ import annotations

import argparse
import gzip
import json
import random
import re
import unicodedata
from pathlib import Path

SEED = 20261201
CORPORA = {"dantri-2021": 105, "baomoi-2017": 105}
PLAUSIBLE_SHARE = 0.7
TEST_SHARE = 72 / 210
MAX_CHARS = 6000  # annotation cost: longer articles are left out of both strata

# Words that suggest international cooperation, written for selection only.
KEYWORDS = [
    "viện trợ", "tài trợ", "trao tặng", "hỗ trợ", "bàn giao", "vắc xin", "vaccine",
    "điện đàm", "hội đàm", "hội kiến", "tiếp xã giao", "chuyến thăm", "thăm chính thức",
    "hội nghị", "thượng đỉnh", "ngoại giao", "đại sứ", "bộ trưởng ngoại giao",
    "thủ tướng", "tổng thống", "chủ tịch nước", "ký kết", "thỏa thuận", "thoả thuận",
    "biên bản ghi nhớ", "nhất trí", "cam kết", "kêu gọi", "đề nghị", "hoan nghênh",
    "cảm ơn", "đánh giá cao", "chia buồn", "phong tỏa", "phong toả", "đóng cửa biên giới",
    "cấm nhập cảnh", "cách ly", "giãn cách", "liên hợp quốc", "asean", "who",
]
FOREIGN_HINT = re.compile(
    r"\b(mỹ|hoa kỳ|trung quốc|nhật bản|hàn quốc|nga|ấn độ|úc|australia|pháp|đức|anh|lào|"
    r"campuchia|thái lan|singapore|indonesia|philippines|malaysia|eu|liên hợp quốc|asean|who)\b"
)


def fold(text: str) -> str:
    return unicodedata.normalize("NFC", text).lower()


def plausible(title: str, text: str) -> bool:
    """At least two distinct keywords and one foreign party named."""
    t = fold(title + "\n" + text)
    hits = {k for k in KEYWORDS if k in t}
    return len(hits) >= 2 and FOREIGN_HINT.search(t) is not None


def load(path: Path) -> list[dict]:
    with gzip.open(path, "rt", encoding="utf-8") as fh:
        return [json.loads(line) for line in fh]


def select(corpus_dir: Path, seed: int = SEED) -> list[dict]:
    rng = random.Random(seed)
    chosen: list[dict] = []
    for name, total in CORPORA.items():
        arts = [a for a in load(corpus_dir / f"{name}.jsonl.gz") if 200 <= len(a["text"]) <= MAX_CHARS]
        n_plaus = round(total * PLAUSIBLE_SHARE)
        pool = [a for a in arts if plausible(a["title"], a["text"])]
        picked = rng.sample(pool, n_plaus)
        taken = {a["id"] for a in picked}
        rest = [a for a in arts if a["id"] not in taken]
        rand = rng.sample(rest, total - n_plaus)
        for stratum, group in (("plausible", picked), ("random", rand)):
            n_test = round(len(group) * TEST_SHARE)
            test_ids = {a["id"] for a in rng.sample(group, n_test)}
            for a in group:
                chosen.append({"corpus": name, "id": a["id"], "stratum": stratum,
                               "split": "test" if a["id"] in test_ids else "train",
                               "chars": len(a["text"])})
    return chosen


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("corpora", type=Path)
    ap.add_argument("--out", type=Path, default=Path("eval/gold/selection.jsonl"))
    ap.add_argument("--seed", type=int, default=SEED)
    args = ap.parse_args()
    rows = select(args.corpora, args.seed)
    args.out.parent.mkdir(parents=True, exist_ok=True)
    with args.out.open("w", encoding="utf-8") as fh:
        for r in rows:
            fh.write(json.dumps(r, ensure_ascii=False) + "\n")
    from collections import Counter
    print(Counter((r["corpus"], r["stratum"], r["split"]) for r in rows))


if __name__ == "__main__":
    main()
