"""Outlet, byline, slug and headline shape: what a page says about its article.

Each helper answers one question about one line, with the rule that answered,
so the finder can record why it chose what it chose.
"""

from __future__ import annotations

from hoptac.body.cues import Cues
from hoptac.body.lines import Line, slug_words
from hoptac.text.normalise import fold

_MIN_SLUG = 5  # a run this long of lower-case ASCII words is a URL slug, not Vietnamese prose


def outlet_in_lead(line: Line, cues: Cues) -> tuple[str, str] | None:
    """`(outlet, rule)` from the opening of a lead paragraph: "(PLVN) - ", "Kinhtedothi - "."""
    for pat in cues.outlet_lead:
        m = pat.search(line.norm.text)
        if m and m.group("outlet"):
            name = line.original(*m.span("outlet")).strip()
            if fold(name) not in cues.not_outlets and not name.isdigit():
                return name, f"lead pattern {pat.pattern!r}"
    return None


def outlet_on_page(line: Line, cues: Cues) -> tuple[str, str] | None:
    """`(outlet, rule)` from a page line that names the site ("Theo dõi Baoquocte.vn trên")."""
    for pat in cues.outlet_page:
        m = pat.search(line.norm.text)
        if m and m.group("outlet"):
            return line.original(*m.span("outlet")).strip(), f"page pattern {pat.pattern!r}"
    return None


def byline_of(line: Line, cues: Cues) -> str | None:
    """The author(s) when a line is only a byline ("Bảo Chi", "Anh Vũ (TH)")."""
    text = line.text
    m = cues.byline_suffix.search(text)
    name = text[: m.start()].strip() if m and m.start() > 0 else text
    words = name.split()
    if not 2 <= len(words) <= cues.byline_max:
        return None
    if cues.sentence(Line(0, 0, 0, name)) and not name.endswith(")"):
        return None
    for w in words:
        core = w.strip(",.")
        if not core or not core[0].isupper() or not all(c.isalpha() or c in "-'" for c in core):
            return None
    return text


def slug_prefix(line: Line) -> list[str] | None:
    """The URL slug a line starts with ("hop tac phong chong covid 19 ..."), or None.

    Sites print the slug of linked articles as plain text; a long run of
    diacritic-free lower-case words cannot be Vietnamese prose."""
    toks = line.text.split()
    run: list[str] = []
    for t in toks:
        if t.isascii() and t == t.lower() and any(c.isalpha() for c in t):
            run.append(t)
        elif t.isascii() and t.isdigit():
            run.append(t)
        else:
            break
    if len(run) < _MIN_SLUG or sum(any(c.isalpha() for c in t) for t in run) < _MIN_SLUG - 1:
        return None
    return slug_words(" ".join(run))


def headline_shape(line: Line, cues: Cues) -> bool:
    """Could this line be a headline: a few words, no closing full stop, not a menu."""
    if not 3 <= line.words <= 45 or cues.menu(line):
        return False
    if line.text.endswith(".") and not line.text.endswith("..."):
        return False
    return not line.text.endswith((",", ";", ":"))
