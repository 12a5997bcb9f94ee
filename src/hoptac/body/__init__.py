"""Body finding: title, outlet, dateline, byline and body paragraphs of a page dump.

Records are extracted only from the body, so a teaser of another article left
in the body becomes a false record; the finder therefore drops every line it
has a reason to drop and records that reason in `doc.meta["body_dropped"]`
(1-based line number, reason), for the analyst who asks why a line is missing.
Cues are data (`lexicon/data/boilerplate.toml`); lines that repeat across pages
of one site are learnt per batch by `prepare`.
"""

from __future__ import annotations

from hoptac.body.boilerplate import Boilerplate, site_of
from hoptac.body.cues import Cues, load_cues
from hoptac.body.dateline import parse_dateline
from hoptac.body.layout import Layout, find_layout
from hoptac.body.lines import Line, forget_page_lines, page_lines
from hoptac.body.meta import headline_shape, outlet_in_lead, outlet_on_page
from hoptac.model import Document, Paragraph

__all__ = ["BodyFinder", "Layout", "find_layout"]


class BodyFinder:
    """Pipeline stage; `prepare(batch)` learns lines that repeat across pages."""

    def __init__(self, cues: Cues | None = None):
        self.cues = cues or load_cues()
        self.boilerplate = Boilerplate(self.cues)

    def prepare(self, docs: list[Document]) -> None:
        """Learn, per site, the lines that occur on several pages of this batch. Not where every
        document of the batch came with its paragraphs (a corpus of records): none of them asks
        which lines are boilerplate, and counting them was the body stage's main cost there."""
        if all(doc.body_ready for doc in docs):
            self.boilerplate.lines = {}
            return
        self.boilerplate.learn(docs)

    def __call__(self, doc: Document) -> Document:
        """Fill title, outlet, published, byline and paragraphs (offsets into `doc.text`)."""
        if doc.body_ready:
            return self._complete(doc)
        forget_page_lines(doc)
        site = site_of(doc, self.cues)
        lay = find_layout(doc.text, self.cues, lambda t: self.boilerplate.reason(site, t), doc.title)
        doc.paragraphs = [Paragraph(ln.text, ln.start, ln.end) for ln in lay.body]
        if lay.title and not doc.title:
            doc.title = lay.title.text
        if lay.outlet and not doc.outlet:
            doc.outlet = lay.outlet
        if lay.dateline and not doc.published:
            doc.published = lay.dateline.value
        if lay.byline and not doc.byline:
            doc.byline = lay.byline
        doc.meta["body_dropped"] = lay.dropped()
        doc.meta["body_site"] = site
        doc.meta["body_rules"] = {
            "title_line": lay.title.no + 1 if lay.title else None,
            "dateline_line": lay.dateline.line + 1 if lay.dateline else None,
            "outlet_rule": lay.outlet_rule or None,
            "end_line": lay.end.no + 1 if lay.end else None,
        }
        if not doc.paragraphs:
            doc.warnings.append("body: no article body found in the page")
        return doc

    def _complete(self, doc: Document) -> Document:
        """A reader gave clean paragraphs: keep them, fill only missing metadata (the page is cut
        into lines only when some is missing)."""
        if doc.outlet and doc.published and doc.title:
            forget_page_lines(doc)
            return doc
        lines = page_lines(doc)
        forget_page_lines(doc)
        first = doc.paragraphs[0].start if doc.paragraphs else len(doc.text)
        head = [ln for ln in lines if ln.text and ln.end <= first]
        if not doc.outlet:
            lead = Line(0, 0, 0, " ".join(doc.paragraphs[0].text.split())) if doc.paragraphs else None
            found = (outlet_in_lead(lead, self.cues) if lead else None) or next(
                (f for ln in lines if ln.text and (f := outlet_on_page(ln, self.cues))), None)
            if found:
                doc.outlet = found[0]
        if not doc.published:
            dl = next((d for ln in head if (d := parse_dateline(ln, self.cues))), None)
            if dl:
                doc.published = dl.value
        if not doc.title:
            cand = [ln for ln in head if headline_shape(ln, self.cues) and not self.cues.widget(ln)]
            if cand:
                doc.title = cand[-1].text
        return doc
