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
  teaser_dates two other articles' headlines above this one, each with its time
              stamp of another day, and this one's date line under its headline
              (not part of "all", which predates it)
  truncated   the last paragraph cut off mid-sentence
  all         every shape at once

Reported per shape: body token P/R/F1, title accuracy (no headline: the finder
must give none) and publication-date accuracy (the day of the date line). The
dumps are built in memory from ../shared/corpora and never written out: the
text is copyrighted. Usage: python eval/page_dumps.py [--split test|train|all]

`--records` scores what is extracted instead: the records of each shape's dumps
against the articles' gold, beside the same articles read from the corpus's
JSON (row `json`), so that what a page's noise costs the ledger shows as the
difference. Only articles with a publication date (a dump's date line needs
one; Báo Mới's have none): the train split by default, train and the extra
sets with `--split all`, the frozen split with `--split test` (figures only,
never its errors). Dates are
scored on matched records as everywhere.
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


def _other_day(day: str, rng: random.Random) -> str:
    """A day one to nine days before `day` (YYYY-MM-DD), for another article's time stamp."""
    import datetime

    return (datetime.date.fromisoformat(day[:10]) - datetime.timedelta(days=rng.randint(1, 9))).isoformat()


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
    if "teaser_dates" in shapes:
        # other articles' headlines above this one, each with its own time stamp (another day's)
        for o in rng.sample(others, 2):
            teasers_before += [" ".join(o["title"].split()), _date_line(_other_day(day, rng), 0, rng)]
    date_line = _date_line(day, k, rng) if "datelines" in shapes else _date_line(day, 0, rng)
    top = head + teasers_before + ([date_line, title_line] if title_line else [date_line])
    if "teaser_dates" in shapes and title_line:
        top = head + teasers_before + [title_line, date_line]  # (the article's date under its headline)
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


def evaluate_records(name: str, arts: list[dict[str, Any]], gold: list[dict[str, Any]], others: list[dict[str, Any]],
                     pipe: Pipeline) -> Any:
    """The records of the articles wrapped in shape `name` (or read from the corpus's JSON, `name` "json"),
    scored against their gold: the records whose evidence the dump still holds (a dump without its first or
    last paragraph cannot hold what only that paragraph said; that loss is the shape's, not the extractor's)."""
    from hoptac.read.jsonl import document_from_object

    rng = random.Random(f"{SEED}:{name}")
    docs, wanted = [], []
    for k, (art, g) in enumerate(zip(arts, gold)):
        if name == "json":
            doc = document_from_object(art, source="json", stem="json", line=k + 1)
            assert isinstance(doc, Document)
            doc.id = art["id"]
        else:
            text, _body, _title = _shape(name, art, others, k, rng)
            doc = Document(text=text, id=art["id"], source=f"dump:{name}", reader="text")
        docs.append(doc)
        flat = " ".join(doc.text.split())
        wanted.append({"id": g["id"], "events": [e for e in g["events"]
                                                 if " ".join(str(e.get("evidence") or "").split()) in flat]})
    pred = [d.to_json() for d in pipe.pipe(docs)]
    return score(wanted, pred)


def main_records(args: argparse.Namespace) -> None:
    from hoptac.gold import load_standoff

    split = "test" if args.split == "test" else "train"
    lines = [g for g in read_jsonl(HERE / "gold" / "gold.jsonl") if g["split"] == split]
    if args.split == "all":
        lines += read_jsonl(HERE / "gold" / "extra.jsonl")
    articles = corpus_articles(args.corpora, wanted_articles(lines))
    lines = [g for g in lines if all(articles[(g["corpus"], g["id"])].get(f) for f in ("date", "text", "title"))]
    gold = load_standoff(lines, args.corpora, "gold", articles)
    arts = [articles[(g["corpus"], g["id"])] for g in lines]
    others = [a for a in articles.values() if a not in arts and headline_like(a.get("title") or "")] or arts
    pipe = Pipeline()
    what = {"train": "the train split", "all": "the train split and the extra sets",
            "test": "the frozen test"}[args.split]
    print(f"{len(arts)} dated articles of {what} ({sum(len(g['events']) for g in gold)} gold records) wrapped in page "
          f"shapes (seed {SEED}); each shape scored on the records whose evidence its dumps still hold (tp + fn)")
    print(f"{'shape':12} {'P':>6} {'R':>6} {'F1':>6} {'tp':>5} {'fp':>5} {'fn':>5}  dates  quantities")
    for name in ["json", "plain", "no_headline", "inserts", "datelines", "teasers", "teaser_dates", "truncated", "all"]:
        rep = evaluate_records(name, arts, gold, others, pipe)
        a = rep.records["ALL"]
        print(f"{name:12} {a.precision:6.3f} {a.recall:6.3f} {a.f1:6.3f} {a.tp:5.0f} {a.fp:5.0f} {a.fn:5.0f}  "
              f"{rep.details['date'].value:5.3f}  {rep.quantities.f1:5.3f}")


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--corpora", type=Path, default=HERE.parent.parent / "shared" / "corpora")
    ap.add_argument("--split", default="train", choices=["test", "train", "all"],
                    help="train (default: the split the body rules may be looked at on) or the frozen test; with "
                         "--records, all is train and the extra sets")
    ap.add_argument("--records", action="store_true", help="score the records extracted from the dumps (see above)")
    args = ap.parse_args()
    if not args.corpora.exists():
        print(f"skipped: {args.corpora} not found", file=sys.stderr)
        return
    if args.records:
        main_records(args)
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
    shapes: list[str] = ["plain", "no_headline", "inserts", "datelines", "teasers", "teaser_dates", "truncated", "all"]
    for name in shapes:
        rep, date_acc = evaluate_shape(name, arts, others, pipe)
        b = rep.body
        print(f"{name:12} {b.precision:7.3f} {b.recall:6.3f} {b.f1:6.3f}   {rep.titles.value:5.3f}  {date_acc:5.3f}")


if __name__ == "__main__":
    main()
