"""The records stage's shortcuts for sentences without a cue give exactly what the long way gives.

A sentence without a cue gets no dates, amounts or stops in its view (`build_view`), and `_sentence`
only carries its subject on (`rules._only_carries`). A wrong shortcut would lose a record silently,
or change the subject or pair a later sentence inherits; so the pipeline's records, drops and cues
are compared here with those of the long way, on the bundled articles and on the corpus sentences
of tests/data run together as one story (cue sentences following sentences without one).
"""

from __future__ import annotations

import json
from functools import partial
from pathlib import Path

import pytest

from hoptac.model import Document
from hoptac.pipeline import Pipeline
from hoptac.read import read_inputs
from hoptac.records import conditions, roles, rules

HERE = Path(__file__).resolve().parent
SAMPLES = HERE.parent / "data" / "samples"


def _documents() -> list[Document]:
    docs = [d for d in read_inputs([str(SAMPLES)]) if not isinstance(d, Exception)]
    cases = [json.loads(line) for line in (HERE / "data" / "corpus_sentences.jsonl").open(encoding="utf-8")]
    for k in range(0, len(cases), 12):  # a dozen sentences a story: context carries across them
        chunk = cases[k:k + 12]
        docs.append(Document(text=" ".join(c["text"] for c in chunk), id=f"cases{k}", title="Tin",
                             published=chunk[0].get("published")))
    return docs


def _outcome(doc: Document) -> tuple[list, list, list, list]:  # type: ignore[type-arg]
    return ([r.to_json() for r in doc.records], [repr(d) for d in doc.drops], [repr(c) for c in doc.cues],
            [repr(q) for q in doc.quantities])


def test_cueless_sentences_skipped_give_what_the_long_way_gives(monkeypatch: pytest.MonkeyPatch) -> None:
    fast = [_outcome(Pipeline()(d)) for d in _documents()]
    monkeypatch.setattr(rules, "build_view", partial(roles.build_view, whole=True))
    monkeypatch.setattr(rules, "_only_carries", lambda view, ctx: False)
    slow = [_outcome(Pipeline()(d)) for d in _documents()]
    assert fast == slow
    assert sum(len(o[0]) for o in fast) > 20  # records were made: the comparison compared something


def test_a_cueless_view_keeps_what_later_sentences_inherit() -> None:
    doc = Pipeline()(Document(text="Ông Putin cho biết Nga và Trung Quốc luôn là bạn của nhau. "
                                   "Hai nước đã ký kết thỏa thuận hợp tác vào ngày 5/6.", id="t", title="Tin",
                              published="2021-06-07"))
    index = roles.MentionIndex(doc)
    first, second = (roles.build_view(doc, s, index) for s in doc.sentences)
    assert not first.cues and first.slots and first.speech  # who speaks and who is named: kept
    assert second.cues and second.dates  # a cue's sentence has its dates
    assert rules._only_carries(first, rules.Context())
    assert any(r.date == "2021-06-05" for r in doc.records)


def test_a_rules_condition_worked_out_alone_is_what_all_of_them_worked_out_say() -> None:
    """`conditions.holds` works out only the quantity, money or item a rule asks for; the long way worked out all
    three for every cue and looked the rule's one up (unknown words: `requires` met, `unless` not)."""
    from hoptac.records.aid_amounts import amounts, is_money
    from hoptac.records.cues import lexicon, spans

    asked = 0
    for doc in _documents()[:40]:
        doc = Pipeline()(doc)
        index = roles.MentionIndex(doc)
        for sent in doc.sentences:
            view = roles.build_view(doc, sent, index)
            for cue in view.cues:
                lo, qend = cue.start, view.clause(cue.start)[1]
                aid = lexicon().raw.get("AID", {})
                qs = [q for q in amounts(view, lo, qend, firm=False)
                      if q.unit not in aid.get("not_amounts", []) and q.unit not in aid.get("unlicensed_units", [])]
                need = {"quantity": bool(qs), "money": any(is_money(q) for q in qs),
                        "item": bool(qs) or any(spans(rx, view.low[lo:qend]) for rx in lexicon().categories.values())}
                for what in ("quantity", "money", "item", "epidemic"):
                    for other in (True, False):
                        assert conditions.holds(view, lo, qend, what, other) == need.get(what, other)
                asked += 1
    assert asked > 50


def test_a_blocker_is_found_as_written_wherever_its_pattern_matches() -> None:
    """`conditions.applicable` tries a blocker's whole-word pattern only where `str.find` sees it in the clause:
    sound if the pattern never matches within [cs, ce) where the blocker is not written there. Checked for
    every rule's blockers, in every window of texts that hold them at the edges, glued, cut and apart."""
    from hoptac.records.cues import lexicon, lower

    blockers = sorted({b for r in lexicon().rules for b in r.blockers})
    assert blockers
    sentences = [lower(s.text) for d in read_inputs([str(SAMPLES)]) if not isinstance(d, Exception)
                 for s in Pipeline()(d).sentences][:200]
    for b in blockers:
        texts = [b, f" {b} ", f"x{b}y", f"{b}1", f"1{b}", f"({b}), {b}b", f"trong khi {b}."]
        for low in texts:
            for cs in range(0, len(low) + 1):
                for ce in range(cs, len(low) + 1):
                    if conditions.phrase(b).search(low, cs, ce):
                        assert low.find(b, cs, ce) >= 0, (b, low, cs, ce)
    for low in sentences:  # and in the clauses of real sentences
        bounds = [0, *(i + 1 for i, c in enumerate(low) if c in ",;"), len(low)]
        for cs, ce in zip(bounds, bounds[1:]):
            for b in blockers:
                assert bool(conditions.phrase(b).search(low, cs, ce)) <= (low.find(b, cs, ce) >= 0), (b, low)
