"""Body and title finding on page dumps of our own making, beside the seeds.

The corpora's JSON is clean (title, date and paragraphs are fields), so the
cases a scraped page brings never reach the body finder there. This script
wraps each gold article (the train split by default; `--split test` measures the
frozen split, never read for errors) in the shapes real dumps take, keeping the article's own
paragraphs as the body's gold, and scores what the finder recovers:

  plain       menu, date line, headline, body, footer
  no_headline the dump starts at the second paragraph: no headline at all
  inserts     "- Ảnh 1." captions and a subheading (which is body) mid-article
  datelines   the date line in one of its shapes (rotated per article), under
              a site's date widget that shows another day
  teasers     related-news blocks (other articles' headlines) before and after
  truncated   the last paragraph cut off mid-sentence
  all         every shape at once

Reported per shape: body token P/R/F1, title accuracy (no headline: the finder
must give none) and publication-date accuracy (the day of the date line). The
dumps are built in memory from ../shared/corpora and never written out: the
text is copyrighted. Usage: python eval/page_dumps.py [--split test|train|all]
"""

from __future__ import annotations

import argparse
import random
import sys
from pathlib import Path
from typing import Any

from hoptac.evaluate import score
from hoptac.gold import corpus_articles, read_jsonl, wanted_articles
from hoptac.model import Document
from hoptac.pipeline import Pipeline

HERE = Path(__file__).resolve().parent
SEED = 20261201
MENU = ["Trang chủ", "Thời sự", "Thế giới", "Kinh doanh", "Giải trí", "Thể thao", "Sức khỏe", "Công nghệ"]
FOOTER = ["Chia sẻ bài viết", "Bình luận (0)", "Tin cùng chuyên mục", "© Bản quyền thuộc về tòa soạn",
          "Liên hệ quảng cáo | Đường dây nóng"]
WEEKDAYS = ["Thứ hai", "Thứ ba", "Thứ tư", "Thứ năm", "Thứ sáu", "Thứ bảy", "Chủ nhật"]


def _date_line(day: str, shape: int, rng: random.Random) -> str:
    """The article's date line in one of the shapes pages use (`day` is YYYY-MM-DD)."""
    y, m, d = day[:10].split("-")
    hh, mm = rng.randint(6, 22), rng.randint(0, 59)
    wd = WEEKDAYS[__import__("datetime").date(int(y), int(m), int(d)).weekday()]
    return [
        f"{d}/{m}/{y} - {hh:02d}:{mm:02d}",                        # date and time joined by a dash
        f"{wd}, {int(d)}/{int(m)}/{y}, {hh:02d}:{mm:02d} (GMT+7)",  # weekday before the date
        f"Minh Anh{d}/{m}/{y} {hh:02d}:{mm:02d}",                   # byline run into the date
        f"Cập nhật: {d}/{m}/{y} {hh:02d}:{mm:02d}",                 # "Cập nhật: ..."
        f"{hh:02d}:{mm:02d} {d}/{m}/{y}",                           # time first
    ][shape % 5]


def _widget(day: str) -> str:
    """A site's date widget: today's date at dump time, not the article's."""
    y, m, d = day[:10].split("-")
    return f"Hôm nay, {WEEKDAYS[(int(d) + 2) % 7]}, {(int(d) % 27) + 1:02d}/{m}/{int(y) + 1}"


Dump = tuple[str, list[str], str | None]  # text, gold body paragraphs, gold title


def _shape(name: str, art: dict[str, Any], others: list[dict[str, Any]], k: int, rng: random.Random) -> Dump:
    paras = [" ".join(p.split()) for p in art["text"].split("\n") if p.strip()]
    title = " ".join(art["title"].split())
    day = art.get("date") or "2021-04-28"
    shapes = {name} if name != "all" else {"no_headline", "inserts", "datelines", "teasers", "truncated"}
    head = list(MENU)
    if "datelines" in shapes:
        head += [_widget(day)]
    if "no_headline" in shapes and len(paras) > 2:
        body, title_line = paras[1:], None
    else:
        body, title_line = list(paras), title
    lines_body: list[str] = []
    gold_body: list[str] = []
    for i, p in enumerate(body):
        if "truncated" in shapes and i == len(body) - 1 and len(p.split()) > 8:
            words = p.split()
            p = " ".join(words[: max(4, len(words) // 2)])
        if "inserts" in shapes and i == min(3, len(body) - 1) and i > 0:
            sub = " ".join(w.strip(".,:;\"“”") for w in p.split()[:6]).rstrip()
            sub = sub[:1].upper() + sub[1:]
            lines_body.append(sub)
            gold_body.append(sub)
        lines_body.append(p)
        gold_body.append(p)
        if "inserts" in shapes and i == 1:
            lines_body.append(f"{title.split(':')[0][:60]} - Ảnh {rng.randint(1, 3)}.")
    teasers_before = teasers_after = []
    if "teasers" in shapes:
        picks = rng.sample(others, 6)
        teasers_before = ["Tin liên quan"] + [" ".join(o["title"].split()) for o in picks[:3]]
        teasers_after = ["Đọc thêm"] + [" ".join(o["title"].split()) for o in picks[3:]]
    date_line = _date_line(day, k, rng) if "datelines" in shapes else _date_line(day, 0, rng)
    top = head + teasers_before + ([date_line, title_line] if title_line else [date_line])
    text = "\n".join(top + lines_body + teasers_after + FOOTER) + "\n"
    return text, gold_body, title_line


def headline_like(title: str) -> bool:
    """Whether the corpus's title field holds a headline. In part of the Dân trí
    corpus it holds the article's first sentence or a caption ("Theo AFP, thi thể
    ... ."), with the real headline left inside the text: such an article has no
    trustworthy title or body to score against, so it is left out (and counted)."""
    t = " ".join(title.split())
    return bool(t) and len(t.split()) <= 25 and not t.endswith((".", "!", "?", ":")) and ", " not in t[:25]


def evaluate_shape(name: str, arts: list[dict[str, Any]], others: list[dict[str, Any]],
                   pipe: Pipeline) -> tuple[Any, float]:
    rng = random.Random(f"{SEED}:{name}")
    gold, docs, days = [], [], []
    for k, art in enumerate(arts):
        text, body, title = _shape(name, art, others, k, rng)
        gold.append({"id": art["id"], "title": title or "", "body": body, "events": []})
        docs.append(Document(text=text, id=art["id"], source=f"dump:{name}", reader="text"))
        days.append((art.get("date") or "2021-04-28")[:10])
    out = list(pipe.pipe(docs))
    pred = [{"id": d.id, "title": d.title or "", "body": [p.text for p in d.paragraphs], "events": []} for d in out]
    right = sum(1 for d, day in zip(out, days) if (d.published or "")[:10] == day)
    return score(gold, pred), right / max(len(out), 1)


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--corpora", type=Path, default=HERE.parent.parent / "shared" / "corpora")
    ap.add_argument("--split", default="train", choices=["test", "train", "all"],
                    help="train (default: the split the body rules may be looked at on) or the frozen test")
    args = ap.parse_args()
    if not args.corpora.exists():
        print(f"skipped: {args.corpora} not found", file=sys.stderr)
        return
    lines = read_jsonl(HERE / "gold" / "gold.jsonl")
    chosen = [g for g in lines if args.split == "all" or g["split"] == args.split]
    articles = corpus_articles(args.corpora, wanted_articles(lines))
    arts = [articles[(g["corpus"], g["id"])] for g in chosen]
    arts = [a for a in arts if a.get("text") and headline_like(a.get("title") or "")]
    others = [a for a in articles.values() if a not in arts and headline_like(a.get("title") or "")] or arts
    pipe = Pipeline(extract=False)
    print(f"{len(arts)} articles of the {len(chosen)} of the {args.split} split wrapped in page shapes (seed {SEED}); "
          f"the others' title field is not a headline")
    print(f"{'shape':12} {'body P':>7} {'R':>6} {'F1':>6}   title   date")
    shapes: list[str] = ["plain", "no_headline", "inserts", "datelines", "teasers", "truncated", "all"]
    for name in shapes:
        rep, date_acc = evaluate_shape(name, arts, others, pipe)
        b = rep.body
        print(f"{name:12} {b.precision:7.3f} {b.recall:6.3f} {b.f1:6.3f}   {rep.titles.value:5.3f}  {date_acc:5.3f}")


if __name__ == "__main__":
    main()
