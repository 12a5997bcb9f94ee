"""Where the article is on a page dump: title, dateline, byline, body lines.

The page is read line by line. First every line that is plainly not article
text gets a reason (a widget, caption, slug, teaser, dateline, boilerplate
learnt from the site). The body then opens at the first line of running prose
after a headline, and closes at the first section header that starts the
page's other content ("Đọc thêm", "Tin liên quan", comments). In between, what
is running prose and has no reason to go is the body; the headline is the
nearest headline-shaped line above it.
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass, field

from hoptac.body.cues import Cues
from hoptac.body.dateline import Dateline, parse_dateline
from hoptac.body.lines import Line, slug_words, split_lines
from hoptac.body.meta import byline_of, headline_shape, outlet_in_lead, outlet_on_page, slug_prefix

Boiler = Callable[[str], "str | None"]


@dataclass
class Layout:
    """What the finder read off a page, and why each other line was left out."""

    lines: list[Line]
    title: Line | None = None
    body: list[Line] = field(default_factory=list)
    dateline: Dateline | None = None
    byline: str | None = None
    outlet: str | None = None
    outlet_rule: str = ""
    end: Line | None = None

    def dropped(self) -> list[tuple[int, str]]:
        """(line number, 1-based, reason) for every non-blank line not in the body."""
        return [(ln.no + 1, ln.reason or ln.kind if ln.kind != "body" else ln.note) for ln in self.lines
                if ln.text and (ln.kind != "body" or ln.note)]


def _mark(ln: Line, kind: str, reason: str) -> None:
    if not ln.kind:
        ln.kind, ln.reason = kind, reason


def _neighbours(lines: list[Line]) -> list[tuple[Line | None, Line | None]]:
    """For each line, the previous and next non-blank lines."""
    text = [ln for ln in lines if ln.text]
    pos = {id(ln): i for i, ln in enumerate(text)}
    out = []
    for ln in lines:
        i = pos.get(id(ln))
        if i is None:
            out.append((None, None))
        else:
            out.append((text[i - 1] if i else None, text[i + 1] if i + 1 < len(text) else None))
    return out


def classify(lines: list[Line], cues: Cues, boiler: Boiler) -> dict[int, Dateline]:
    """Give each line that cannot be article text its kind and reason; return datelines."""
    datelines: dict[int, Dateline] = {}
    near = _neighbours(lines)
    for ln, (prev, nxt) in zip(lines, near):
        if not ln.text:
            continue
        if cues.ends_body(ln):
            ln.tags.add("end")
        if cues.teaser_stamp(ln):
            _mark(ln, "teaser", "teaser time stamp")
            continue
        if why := cues.widget(ln):
            _mark(ln, "widget", why)
            continue
        if why := cues.caption(ln):
            _mark(ln, "caption", why)
            ln.tags.add("caption")
        if slug_prefix(ln):
            _mark(ln, "slug", "slug line (a headline without diacritics: a link)")
        if (prev and prev.text == ln.text) or (nxt and nxt.text == ln.text):
            _mark(ln, "repeated", "line repeated next to itself (caption or teaser headline)")
            ln.tags.add("repeated")
        if dl := parse_dateline(ln, cues):
            datelines[ln.no] = dl
            _mark(ln, "dateline", f"dateline {dl.value}")
        if why := boiler(ln.text):
            _mark(ln, "boilerplate", why)
        if cues.is_truncated(ln):
            _mark(ln, "teaser", "summary cut short with '...' (a teaser)")
    return datelines


def _is_byline(ln: Line, cues: Cues) -> bool:
    """A line that is only a byline (short enough to be one: `byline_of` reads the rest)."""
    return ln.words <= cues.byline_max and byline_of(ln, cues) is not None


def _teasers_above(lines: list[Line], datelines: dict[int, Dateline], cues: Cues) -> None:
    """A section header of boilerplate.toml [end] right above the page's first dateline, with the article's prose
    below that dateline, heads other articles' headlines ("Tin liên quan", three headlines, the date line, the
    headline, the body): they are teasers, never this one's title or body. Below the body such a header ends the
    article (`classify` tags it); above it, it was read as the title, and a headline ending in a quote as the body's
    first sentence. Only a block of at most [teaser] block_lines lines, each headline-shaped or already a teaser, a
    repeated line or a slug (a menu learnt as the site's boilerplate, a paragraph, or nothing below the dateline makes
    no such block), and only the nearest header.
    Where no headline stands between the dateline and the body, the block's last line (bylines under it aside) is
    left to be the article's own: Dân trí and VietnamPlus print their headline above the date line, and a header
    word ("Tiêu điểm", "Nổi bật") may be a category printed above it."""
    if not datelines or cues.teaser_block_lines <= 0:
        return
    first = min(datelines)
    header = next((ln for ln in reversed(lines[:first]) if "end" in ln.tags), None)
    if header is None or header.kind not in ("", "boilerplate", "widget"):  # (a batch learns a header every page holds)
        return
    block = [x for x in lines[header.no + 1:first] if x.text]
    if not block or len(block) > cues.teaser_block_lines or not all(
            x.kind in ("teaser", "repeated", "slug") or (not x.kind and headline_shape(x, cues)) for x in block):
        return
    below = [x for x in lines[first + 1:] if x.text and not x.kind]
    lead = next((k for k, x in enumerate(below) if cues.prose(x, cues.lead_min_words)), None)
    if lead is None:
        return  # nothing of the article below the dateline: the lines above may be it
    if not any(headline_shape(x, cues) and not _is_byline(x, cues) for x in below[:lead]):
        k = len(block)
        while k and _is_byline(block[k - 1], cues):
            k -= 1
        block = block[:k - 1] if k else []
    if block:
        _mark(header, "teaser", "a section header above the article's dateline: other articles' headlines follow")
    for x in block:
        _mark(x, "teaser", f"under '{header.text}' above the article's dateline: another article's headline")


def _stamped_teasers(lines: list[Line], datelines: dict[int, Dateline], cues: Cues) -> None:
    """Other articles' headlines, each with its time stamp on the line under it, three or more such pairs in a row
    above the page's first paragraph (a related block, the headline, its date line, the body): every pair but the
    last is another article's, its stamp no dateline of this one (it was as near the headline as the article's
    own date line under it, and came first). Not two pairs: the article's own headline and date line may come first
    and a related link with its stamp after them, or a breadcrumb with the date line above a headline with its
    "Cập nhật" line. (Nor every pair where a date line with no headline follows them: a headline's "Đăng lúc" and
    "Cập nhật" lines are such a pair and such a line.)"""
    text = [ln for ln in lines if ln.text]
    # (a headline ending in a quote reads as prose: one with a stamp under it is no paragraph)
    end = next((k for k, ln in enumerate(text) if not ln.kind and cues.prose(ln, cues.lead_min_words)
                and not (k + 1 < len(text) and text[k + 1].no in datelines)), len(text))
    runs: list[list[tuple[Line, Line]]] = [[]]
    k = 0
    while k + 1 < end:
        head, stamp = text[k], text[k + 1]
        # (a related headline every page of a batch shows is learnt as the site's boilerplate: still a headline;
        # nor one a related block's header already made a teaser, whose stamp it left)
        if head.kind in ("", "boilerplate", "teaser") and headline_shape(head, cues) and not _is_byline(head, cues) \
                and stamp.no in datelines:
            runs[-1].append((head, stamp))
            k += 2
        else:
            runs.append([])
            k += 1
    for run in runs:
        for head, stamp in run[:-1] if len(run) >= 3 else ():
            _mark(head, "teaser", "another article's headline, with its time stamp under it")
            stamp.kind, stamp.reason = "teaser", "another article's time stamp, under its headline"
            datelines.pop(stamp.no, None)


_SLUG_WORDS = 60  # no headline is longer; bounds the prefixes kept per slug line


def _title_by_slug(lines: list[Line]) -> Line | None:
    """The line whose diacritic-free form is the slug printed on the page."""
    slugs = [s for ln in lines if ln.text and (s := slug_prefix(ln))]
    if not slugs:
        return None
    # Every prefix of every slug, once: a line is then looked up, not compared with each slug
    # (lines x slugs made a page of many slug lines quadratic).
    prefixes = {tuple(s[:n]) for s in slugs for n in range(3, min(len(s), _SLUG_WORDS) + 1)}
    for ln in lines:
        if ln.text and ln.kind != "slug" and not ln.text.isascii():
            w = slug_words(ln.text)
            if 3 <= len(w) <= _SLUG_WORDS and tuple(w) in prefixes:
                return ln
    return None


def _walk_back_title(lines: list[Line], start: int, cues: Cues) -> Line | None:
    """The nearest free headline-shaped line above the body (bylines skipped)."""
    for ln in reversed(lines[:start]):
        if ln.text and not ln.kind and headline_shape(ln, cues):
            if _is_byline(ln, cues):
                continue
            return ln
    return None


def _first_lead(lines: list[Line], cues: Cues, after: int, need_headline: bool) -> int | None:
    """Index of the first line that can open a body (running prose, no reason to drop)."""
    seen_headline = not need_headline
    run: list[int] = []  # consecutive prose lines before any headline
    for i in range(after, len(lines)):
        ln = lines[i]
        if not ln.text or ln.kind:
            continue
        if seen_headline and cues.prose(ln, cues.lead_min_words):
            return i
        if cues.prose(ln, cues.lead_min_words):
            run.append(i)
            if len(run) >= cues.headless_prose_lines and not _headline_ahead(lines, i + 1, cues):
                # The dump starts mid-article: these sentences are body, and a headline-shaped
                # line further down is a subheading, never the title.
                return run[0]
            continue
        run = []
        if headline_shape(ln, cues):
            seen_headline = True
    return None


def _headline_ahead(lines: list[Line], start: int, cues: Cues, reach: int = 4) -> bool:
    """A headline with a dateline beside it within the next `reach` lines: the prose above it is
    teasers of other articles, not the start of this one."""
    near = [ln for ln in lines[start:] if ln.text][:reach]
    return any(headline_shape(ln, cues) and any(x.kind == "dateline" for x in near[max(0, k - 1):k + 2])
               for k, ln in enumerate(near))


def _cut_run_in_caption(text: str, ln: Line, cues: Cues) -> Line:
    """A line that opens with a photo caption run into its paragraph keeps only the paragraph;
    the cut is noted in `doc.meta["body_dropped"]` as the line's reason."""
    cut = cues.run_in_caption(text, ln) if ln.text else None
    if cut is None:
        return ln
    out = Line(ln.no, cut, ln.end, " ".join(text[cut:ln.end].split()))
    out.note = f"caption run into the paragraph cut off: {' '.join(text[ln.start:cut].split())[-60:]!r}"
    return out


def find_layout(text: str, cues: Cues, boiler: Boiler, title: str | None = None) -> Layout:
    """Read a page dump; `title`, when a reader already knows it, anchors the body."""
    lines = [_cut_run_in_caption(text, ln, cues) for ln in split_lines(text)]
    lay = Layout(lines)
    datelines = classify(lines, cues, boiler)
    _teasers_above(lines, datelines, cues)
    _stamped_teasers(lines, datelines, cues)

    known = None
    if title:
        want = " ".join(title.split())
        known = next((ln for ln in lines if ln.text == want), None)
    known = known or _title_by_slug(lines)
    start = _first_lead(lines, cues, known.no + 1 if known else 0, need_headline=known is None)
    if start is None:  # no headline above any prose: take the first prose at all
        start = _first_lead(lines, cues, 0, need_headline=False)
    if start is None:
        _finish_without_body(lay, lines, cues, datelines, known)
        return lay
    lay.title = known if known and known.no < start else _walk_back_title(lines, start, cues)
    stop = next((i for i in range(start, len(lines)) if "end" in lines[i].tags), len(lines))
    lay.end = lines[stop] if stop < len(lines) else None

    _pick_body(lay, lines[start:stop], cues)
    _pick_meta(lay, lines, start, stop, cues, datelines)
    _explain_rest(lay, lines, start, stop)
    return lay


def _pick_body(lay: Layout, region: list[Line], cues: Cues) -> None:
    """Keep the running prose of the region; a teaser headline takes its summary along."""
    after_teaser = False
    for ln in region:
        if not ln.text:
            continue
        if ln.kind:
            # A repeated headline that is no caption heads a teaser whose summary
            # is the next line. (A slug link's summary, if any, is cut short with
            # "..."; the line after a slug may well be the article going on.)
            after_teaser = "repeated" in ln.tags and "caption" not in ln.tags
            continue
        if after_teaser and lay.body:
            _mark(ln, "teaser", "summary under a teaser headline")
            after_teaser = False
            continue
        after_teaser = False
        if _is_byline(ln, cues):
            _mark(ln, "byline", "byline")
            continue
        if cues.prose(ln, cues.min_words):
            ln.kind, ln.reason = "body", ""
            lay.body.append(ln)


def _pick_meta(lay: Layout, lines: list[Line], start: int, stop: int, cues: Cues,
               datelines: dict[int, Dateline]) -> None:
    """Dateline, byline and outlet, from the places a page puts them."""
    if lay.title:
        lay.title.kind, lay.title.reason = "title", "title"
    # The page's dateline is above the body or a line of its own inside it; a
    # date under a teaser past the end is some other article's. A site's banner
    # may show today's date, so a dateline with a time, then the one nearest the
    # headline, wins.
    near = lay.title.no if lay.title else start
    found = [d for no, d in datelines.items() if no < stop]
    if found:
        lay.dateline = min(found, key=lambda d: ("T" not in d.value, abs(d.line - near), d.line))
    top = lay.title.no + 1 if lay.title else 0
    last = lay.body[-1].no + 1 if lay.body else start
    zone = [ln for ln in lines[top:start] + lines[last:stop] if ln.text]
    for ln in zone:
        if ln.kind in ("", "byline") and (name := byline_of(ln, cues)):
            lay.byline = name
            ln.kind, ln.reason = "byline", "byline"
            break
    if lay.byline is None and lay.dateline and lay.dateline.other:
        probe = Line(0, 0, 0, lay.dateline.other)
        lay.byline = byline_of(probe, cues)
    if lay.body and (found := outlet_in_lead(lay.body[0], cues)):
        lay.outlet, lay.outlet_rule = found
    else:
        for ln in lines:
            if ln.text and (found := outlet_on_page(ln, cues)):
                lay.outlet, lay.outlet_rule = found
                break


def _explain_rest(lay: Layout, lines: list[Line], start: int, stop: int) -> None:
    """Every line still without a reason gets the one that explains its absence."""
    end_text = lines[stop].text if stop < len(lines) else ""
    for ln in lines:
        if not ln.text or ln.kind:
            continue
        if "end" in ln.tags and ln.no >= start:
            _mark(ln, "end", "section header: the article ends here" if ln.no == stop else
                  f"after the article: past {end_text!r} at line {stop + 1}")
        elif ln.no < start:
            _mark(ln, "header", "above the article (menu, banner or headline of another page)")
        elif ln.no >= stop:
            _mark(ln, "after", f"after the article: past {end_text!r} at line {stop + 1}")
        else:
            _mark(ln, "short", "no sentence end (heading, caption or link)")


def _finish_without_body(lay: Layout, lines: list[Line], cues: Cues,
                         datelines: dict[int, Dateline], known: Line | None) -> None:
    """A page with no running prose: still report its headline and dateline."""
    lay.title = known or next((ln for ln in lines if ln.text and not ln.kind and headline_shape(ln, cues)), None)
    if lay.title:
        lay.title.kind, lay.title.reason = "title", "title"
    if datelines:
        lay.dateline = datelines[min(datelines)]
    for ln in lines:
        if ln.text and not ln.kind:
            _mark(ln, "short", "no running prose on the page")
