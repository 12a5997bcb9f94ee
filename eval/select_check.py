"""A second frozen measuring set ("check"): 30 more articles, annotated in one blind pass.

Why: the train split's errors have been read to write rules for a whole
session, and the test split has 80 records, so a change that helps train may
only fit it. A fresh set, chosen the same way as the corpus (the plausible
stratum of select_corpus.py, other seed, articles of 200-4,000 characters, none
of the 210 already chosen) and annotated by one annotator who saw only the
guide and the text, measures that. It is frozen like the test split: `hoptac
eval --errors` never lists it, nobody reads its errors to write rules. One pass,
not adjudicated: its figures are noisier than the test split's.

Later sets (`extra2` ...) are open ones, drawn the same way; once the plausible stratum was spent, `extra63` drew from the
random stratum (`STRATUM`): any article not chosen before, the keyword filter not asked. What was chosen before was
mostly plausible, so such a set leans to articles the filter rejects: ordinary news, a measure of wrong records.
`extra64` drew from the topical stratum: the same, but only Dân trí's articles of the topics where states meet
(`TOPICAL`), so that a set holds records enough to measure recall too.

Usage (repository root):
  python eval/select_check.py select --corpora ../shared/corpora --out DIR/articles.jsonl
  python eval/select_check.py standoff DIR/articles.jsonl DIR/pass_a.jsonl > eval/gold/check.jsonl
"""

from __future__ import annotations

import argparse
from functools import lru_cache
import json
import random
import sys
from pathlib import Path

HERE = Path(__file__).resolve().parent
sys.path.insert(0, str(HERE))

from assemble_gold import standoff  # noqa: E402
from select_corpus import load, plausible  # noqa: E402


def _earlier(n: int) -> tuple[str, ...]:
    """What extra set `n` avoids: the first selection, both check sets and every extra set before it."""
    return ("selection.jsonl", "@check", "@check2", *(f"@extra{i if i > 1 else ''}" for i in range(1, n)))


# Each set: its seed, articles per corpus (or a pair: Dân trí's, Báo Mới's), the split its records join, the ids it must avoid.
SETS = {
    "check": (20261202, 15, "check", ("selection.jsonl",)),  # the first 30 of check.jsonl
    "extra": (20261203, 36, "extra", ("selection.jsonl", "@check")),  # the first 72 of extra.jsonl
    # More frozen articles for the check set (appended to check.jsonl): 20 per corpus, none seen before.
    "check2": (20261204, 20, "check", ("selection.jsonl", "@check", "@extra")),
    # More open articles (appended to extra.jsonl): 30 per corpus, none seen before.
    "extra2": (20261205, 30, "extra", _earlier(2)),
    # Fresh open articles again (appended to extra.jsonl), once extra and extra2 had been read for rules.
    "extra3": (20261206, 30, "extra", _earlier(3)),
    # And again (appended to extra.jsonl), once extra3 had been read for rules.
    "extra4": (20261207, 30, "extra", _earlier(4)),
    # And again (appended to extra.jsonl), once extra4 had been read for rules.
    "extra5": (20261208, 30, "extra", _earlier(5)),
    # And again (appended to extra.jsonl), once extra5 had been read for rules.
    "extra6": (20261209, 30, "extra", _earlier(6)),
    # And again (appended to extra.jsonl), once extra6 had been read for rules.
    "extra7": (20261210, 30, "extra", _earlier(7)),
    # And again (appended to extra.jsonl), once extra7 had been read for rules.
    "extra8": (20261211, 30, "extra", _earlier(8)),
    # And again (appended to extra.jsonl), once extra8 had been read for rules. Up to 6,000 characters, as
    # the first selection (select_corpus.py): of Dân trí's plausible articles up to 4,000, 24 were left unchosen.
    "extra9": (20261212, 30, "extra", _earlier(9)),
    # And again (appended to extra.jsonl), once extra9 had been read for rules; up to 6,000 characters too.
    "extra10": (20261213, 30, "extra", _earlier(10)),
    # And again (appended to extra.jsonl), once extra10 had been read for rules; up to 6,000 characters too.
    "extra11": (20261214, 30, "extra", _earlier(11)),
    # And again (appended to extra.jsonl), once extra11 had been read for rules; up to 8,000 characters, since
    # only 25 of Dân trí's plausible articles up to 6,000 were left unchosen.
    "extra12": (20261215, 30, "extra", _earlier(12)),
    # And again (appended to extra.jsonl), once extra12 had been read for rules; up to 8,000 characters too.
    "extra13": (20261216, 30, "extra", _earlier(13)),
    # And again (appended to extra.jsonl), once extra13 had been read for rules: only 27 of Dân trí's plausible
    # articles were left unchosen (11 up to 8,000 characters), so 20 of them up to 16,000 and 40 of Báo Mới.
    "extra14": (20261217, (20, 40), "extra", _earlier(14)),
    # And again (appended to extra.jsonl), once extra14 had been read for rules: Dân trí had 7 plausible
    # articles left unchosen, so 60 of Báo Mới alone, up to 8,000 characters.
    "extra15": (20261218, (0, 60), "extra", _earlier(15)),
    # And again (appended to extra.jsonl), once extra15 had been read for rules: Báo Mới alone, as extra15.
    "extra16": (20261219, (0, 60), "extra", _earlier(16)),
    # And again (appended to extra.jsonl), once extra16 had been read for rules: Báo Mới alone, as extra16.
    "extra17": (20261220, (0, 60), "extra", _earlier(17)),
    # And again (appended to extra.jsonl), once extra17 had been read for rules: Báo Mới alone, as extra17.
    "extra18": (20261221, (0, 60), "extra", _earlier(18)),
    # And again in the same stop (appended to extra.jsonl), once extra18 had been read for rules: Báo Mới alone.
    "extra19": (20261222, (0, 60), "extra", _earlier(19)),
    # A new stop (appended to extra.jsonl), once extra19 had been read for rules: Báo Mới alone.
    "extra20": (20261223, (0, 60), "extra", _earlier(20)),
    # A new stop (appended to extra.jsonl), once extra20 had been read for rules: Báo Mới alone.
    "extra21": (20261224, (0, 60), "extra", _earlier(21)),
    # A new stop (appended to extra.jsonl), once extra21 had been read for rules: Báo Mới alone.
    "extra22": (20261225, (0, 60), "extra", _earlier(22)),
    # A new stop (appended to extra.jsonl), once extra22 had been read for rules: Báo Mới alone.
    "extra23": (20261226, (0, 60), "extra", _earlier(23)),
    # A new stop (appended to extra.jsonl), once extra23 had been read for rules: Báo Mới alone.
    "extra24": (20261227, (0, 60), "extra", _earlier(24)),
    # The same stop, before anyone read it: to measure that stop's mechanisms on text nobody wrote them from.
    "extra25": (20261228, (0, 60), "extra", _earlier(25)),
    # A new stop (appended to extra.jsonl), once extra24 had been read for rules: Báo Mới alone.
    "extra26": (20261229, (0, 60), "extra", _earlier(26)),
    # The same stop, before anyone read it: to measure that stop's mechanisms on text nobody wrote them from.
    "extra27": (20261230, (0, 60), "extra", _earlier(27)),
    # A new stop, drawn at its start and measured at its end with its first and its last code, before
    # anyone read them: two sets, so that measure rests on 120 articles nobody wrote rules from.
    "extra28": (20261231, (0, 60), "extra", _earlier(28)),
    "extra29": (20261232, (0, 60), "extra", _earlier(29)),
    "extra30": (20261233, (0, 60), "extra", _earlier(30)),
    "extra31": (20261234, (0, 60), "extra", _earlier(31)),
    "extra32": (20261235, (0, 60), "extra", _earlier(32)),
    "extra33": (20261236, (0, 60), "extra", _earlier(33)),
    "extra34": (20261237, (0, 60), "extra", _earlier(34)),
    "extra35": (20261238, (0, 60), "extra", _earlier(35)),
    "extra36": (20261239, (0, 60), "extra", _earlier(36)),
    "extra37": (20261240, (0, 60), "extra", _earlier(37)),
    "extra38": (20261241, (0, 60), "extra", _earlier(38)),
    "extra39": (20261242, (0, 60), "extra", _earlier(39)),
    "extra40": (20261243, (0, 60), "extra", _earlier(40)),
    "extra41": (20261244, (0, 60), "extra", _earlier(41)),
    "extra42": (20261245, (0, 60), "extra", _earlier(42)),
    "extra43": (20261246, (0, 60), "extra", _earlier(43)),
    "extra44": (20261247, (0, 60), "extra", _earlier(44)),
    "extra45": (20261248, (0, 60), "extra", _earlier(45)),
    "extra46": (20261249, (0, 60), "extra", _earlier(46)),
    "extra47": (20261250, (0, 60), "extra", _earlier(47)),
    "extra48": (20261251, (0, 60), "extra", _earlier(48)),
    "extra49": (20261252, (0, 60), "extra", _earlier(49)),
    "extra50": (20261253, (0, 60), "extra", _earlier(50)),
    "extra51": (20261254, (0, 60), "extra", _earlier(51)),
    "extra52": (20261255, (0, 60), "extra", _earlier(52)),
    "extra53": (20261256, (0, 60), "extra", _earlier(53)),
    "extra54": (20261257, (0, 60), "extra", _earlier(54)),
    "extra55": (20261258, (0, 60), "extra", _earlier(55)),
    "extra56": (20261259, (0, 60), "extra", _earlier(56)),
    "extra57": (20261260, (0, 60), "extra", _earlier(57)),
    "extra58": (20261261, (0, 60), "extra", _earlier(58)),
    "extra59": (20261262, (0, 60), "extra", _earlier(59)),
    # Báo Mới's plausible articles up to 8,000 characters ran out after extra59 (58 left unchosen): up to 12,000.
    "extra60": (20261263, (0, 60), "extra", _earlier(60)),
    "extra61": (20261264, (0, 60), "extra", _earlier(61)),
    # Up to 12,000 characters 54 were left after extra61, up to 16,000 70 (and 75 in all): after extra62
    # Báo Mới's plausible articles are spent.
    "extra62": (20261265, (0, 60), "extra", _earlier(62)),
    # With the plausible stratum spent, the random one (select_corpus.py's other 30%): any article, the
    # keyword filter not asked. It measures wrong records on ordinary news, and the records the filter misses.
    "extra63": (20261266, (30, 30), "extra", _earlier(63)),
    # Random sets hold few records (6 in extra63's 60 articles): the topical stratum draws at random, the keyword
    # filter not asked, from the Dân trí topics where states meet (world, health, society; `TOPICAL`).
    "extra64": (20261267, (60, 0), "extra", _earlier(64)),
    "extra65": (20261268, (60, 0), "extra", _earlier(65)),
    "extra66": (20261269, (60, 0), "extra", _earlier(66)),
    "extra67": (20261270, (60, 0), "extra", _earlier(67)),
    "extra68": (20261271, (60, 0), "extra", _earlier(68)),
    "extra69": (20261272, (60, 0), "extra", _earlier(69)),
    "extra70": (20261273, (60, 0), "extra", _earlier(70)),
    # The topical stratum spent (fewer than 60 left even up to 8,000 characters): Báo Mới's random stratum.
    "extra71": (20261274, (0, 60), "extra", _earlier(71)),
    # The last 57 articles of the topical stratum, of any length (none is longer than 12,000 characters).
    "extra72": (20261275, (57, 0), "extra", _earlier(72)),
}
# The stratum a set is drawn from; "plausible" where not named.
STRATUM = {"extra63": "random", "extra64": "topical", "extra65": "topical", "extra66": "topical", "extra67": "topical",
           "extra68": "topical", "extra69": "topical", "extra70": "topical",
           "extra71": "random", "extra72": "topical"}
# The Dân trí topics of the topical stratum (an article's id names its topic: "news_world_12").
TOPICAL = ("news_world", "news_health", "news_society")
# The longest article a set takes (characters); 4,000 where not named.
LONGEST = {"extra9": 6000, "extra10": 6000, "extra11": 6000, "extra12": 8000, "extra13": 8000,
           "extra14": 16000, "extra15": 8000, "extra16": 8000,
           "extra17": 8000, "extra18": 8000, "extra19": 8000, "extra20": 8000,
           "extra21": 8000, "extra22": 8000, "extra23": 8000, "extra24": 8000, "extra25": 8000,
           "extra26": 8000, "extra27": 8000, "extra28": 8000, "extra29": 8000,
           "extra30": 8000, "extra31": 8000, "extra32": 8000, "extra33": 8000,
           "extra34": 8000, "extra35": 8000, "extra36": 8000, "extra37": 8000,
           "extra38": 8000, "extra39": 8000, "extra40": 8000, "extra41": 8000,
           "extra42": 8000, "extra43": 8000,
           "extra44": 8000, "extra45": 8000, "extra46": 8000, "extra47": 8000,
           "extra48": 8000, "extra49": 8000, "extra50": 8000, "extra51": 8000,
           "extra52": 8000, "extra53": 8000, "extra54": 8000, "extra55": 8000, "extra56": 8000, "extra57": 8000,
           "extra58": 8000, "extra59": 8000, "extra60": 12000, "extra61": 12000,
           "extra62": 16000, "extra64": 6000, "extra65": 6000, "extra66": 6000, "extra67": 6000, "extra68": 6000, "extra69": 6000,
           "extra70": 6000, "extra71": 8000, "extra72": 30000}


def _in_stratum(article: dict, stratum: str) -> bool:
    """Whether an article may be drawn for a set of `stratum` (see `STRATUM`)."""
    if stratum == "random":
        return True
    if stratum == "topical":
        return article["id"].rsplit("_", 1)[0] in TOPICAL
    return plausible(article.get("title", ""), article["text"])


@lru_cache(maxsize=None)
def _select(corpora: Path, which: str) -> tuple[dict, ...]:
    return tuple(select_uncached(corpora, which))


def select(corpora: Path, which: str = "check") -> list[dict]:
    """The articles of set `which`, each set worked out once per run: every set avoids all the sets
    before it, and without the cache each of them was worked out again, recursively, for every set after it."""
    return list(_select(corpora, which))


def select_uncached(corpora: Path, which: str) -> list[dict]:
    seed, per_corpus, _split, avoid = SETS[which]
    # "@name": the articles another set selects (reproducible however its gold file has grown since).
    chosen = {a["id"] for f in avoid if f.startswith("@") for a in select(corpora, f[1:])}
    chosen |= {json.loads(line)["id"] for f in avoid if not f.startswith("@")
               for line in (HERE / "gold" / f).open(encoding="utf-8")}
    rng = random.Random(seed)
    out = []
    stratum = STRATUM.get(which, "plausible")
    for i, name in enumerate(("dantri-2021", "baomoi-2017")):
        n = per_corpus[i] if isinstance(per_corpus, tuple) else per_corpus
        arts = load(corpora / f"{name}.jsonl.gz")
        cand = [a for a in arts if a["id"] not in chosen and 200 <= len(a.get("text", "")) <= LONGEST.get(which, 4000)
                and _in_stratum(a, stratum)]
        out += [{"id": a["id"], "corpus": name, "title": a.get("title"), "date": a.get("date"), "text": a["text"]}
                for a in rng.sample(cand, n)]
    return out


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    sub = ap.add_subparsers(dest="cmd", required=True)
    s = sub.add_parser("select")
    s.add_argument("--corpora", type=Path, default=HERE.parent.parent / "shared" / "corpora")
    s.add_argument("--out", type=Path, required=True)
    s.add_argument("--set", choices=sorted(SETS), default="check")
    t = sub.add_parser("standoff")
    t.add_argument("--set", choices=sorted(SETS), default="check")
    t.add_argument("articles", type=Path)
    t.add_argument("annotation", type=Path)
    args = ap.parse_args()
    if args.cmd == "select":
        with args.out.open("w", encoding="utf-8") as fh:
            for a in select(args.corpora, args.set):
                fh.write(json.dumps(a, ensure_ascii=False) + "\n")
        return
    arts = {a["id"]: a for a in map(json.loads, args.articles.open(encoding="utf-8"))}
    for line in args.annotation.open(encoding="utf-8"):
        row = json.loads(line)
        art = arts[row["id"]]
        print(json.dumps({"corpus": art["corpus"], "id": row["id"], "split": SETS[args.set][2],
                          "stratum": STRATUM.get(args.set, "plausible"),
                          "adjudicated": False, "events": standoff(row["events"], art)}, ensure_ascii=False))


if __name__ == "__main__":
    main()
