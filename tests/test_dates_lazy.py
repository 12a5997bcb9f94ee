"""The dates resolver looks for the years the body states only when a date needs them (a document
without a publication year): the same values and reasons as finding them when it is built."""

from __future__ import annotations

import copy
import pickle
from pathlib import Path

import pytest

from hoptac.mentions import dates
from hoptac.model import Document, Paragraph
from hoptac.read import read_inputs
from hoptac.text.sentences import split_sentences

SAMPLES = Path(__file__).resolve().parents[1] / "data" / "samples"

_UNDATED = ("Hồi tháng 10/2016, hai nước đã ký hiệp định. Ngày 9/7, Bộ trưởng Ngoại giao Mỹ hoan nghênh kết quả. "
            "Kỷ niệm 25 năm quan hệ ngoại giao (1992-2017), hai bên sẽ tổ chức hội nghị vào tháng 12. "
            "Năm APEC 2017 diễn ra tại Đà Nẵng; thứ Hai tuần trước, ông Trump đến Hà Nội.")


def _docs() -> list[Document]:
    out = [d for d in read_inputs([str(SAMPLES)]) if not isinstance(d, Exception)]
    assert len(out) >= 5
    out.append(Document(text=_UNDATED, title="Hội nghị thượng đỉnh 2017",
                        paragraphs=[Paragraph(_UNDATED, 0, len(_UNDATED))]))
    return out


def _found(doc: Document) -> list[tuple]:
    doc.scratch.clear()
    dates.find_dates(split_sentences(doc) if not doc.sentences else doc)
    return [(d.value, d.start, d.end, d.reason, d.sentence, d.is_range) for d in doc.dates]


@pytest.mark.parametrize("published", [None, "2017", "2017-11", "keep"])
def test_years_found_when_needed_give_what_finding_them_first_gave(published, monkeypatch) -> None:
    from hoptac.pipeline import normalise_stage

    built = dates._Resolver.__init__

    def eager(self, doc, lex):  # the resolver as it was: the body's years found when it is built
        built(self, doc, lex)
        _ = self._mentions, self.story_year

    for doc in _docs():
        if published != "keep":
            doc.published = published
        doc = normalise_stage(doc)
        if not doc.paragraphs:
            continue
        lazy = _found(doc)
        with monkeypatch.context() as m:
            m.setattr(dates._Resolver, "__init__", eager)
            assert _found(doc) == lazy


def test_a_dated_document_never_looks_for_the_body_years(monkeypatch) -> None:
    def fail(*_a, **_k):
        raise AssertionError("the body's years were looked for")

    monkeypatch.setattr(dates, "_year_mentions", fail)
    doc = Document(text=_UNDATED, published="2017-11-20", paragraphs=[Paragraph(_UNDATED, 0, len(_UNDATED))])
    assert _found(doc)


def test_a_resolver_pickles_and_copies_with_its_years() -> None:
    doc = Document(text=_UNDATED, paragraphs=[Paragraph(_UNDATED, 0, len(_UNDATED))])
    _found(doc)
    resolver = doc.scratch["date_resolver"][1]
    want = resolver.years, resolver.planned, resolver.spans, resolver.by_span, resolver.story_year
    for again in (pickle.loads(pickle.dumps(doc)), copy.deepcopy(doc)):
        r = again.scratch["date_resolver"][1]
        assert (r.years, r.planned, r.spans, r.by_span, r.story_year) == want
    fresh = split_sentences(Document(text=_UNDATED, paragraphs=[Paragraph(_UNDATED, 0, len(_UNDATED))]))
    built = dates.resolver_for(fresh, dates._lex())
    assert "_mentions" not in built.__dict__
    unread = pickle.loads(pickle.dumps(built))  # (its years not read yet: found to be pickled)
    assert (unread.years, unread.planned, unread.spans, unread.by_span, unread.story_year) == want
