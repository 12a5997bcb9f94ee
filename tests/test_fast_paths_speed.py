"""The speed round's shortcuts, each checked against the long way it replaces.

The actor finder skips a sentence whose lexicon phrases are all written in a case their entries refuse
("anh", "pháp luật", "ý kiến": `actor_titles.may_open`). A wrong shortcut loses an actor silently, so
the actors are compared with those the long way finds (the case not asked), on the bundled articles,
the corpus sentences of tests/data and generated sentences of short names in every case.
"""

from __future__ import annotations

import json
from pathlib import Path

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from hoptac.mentions import actor_titles, actors
from hoptac.mentions.actor_lexicon import load
from hoptac.model import Document
from hoptac.pipeline import Pipeline
from hoptac.read import read_inputs

HERE = Path(__file__).resolve().parent
SAMPLES = HERE.parent / "data" / "samples"


def _documents() -> list[Document]:
    docs = [d for d in read_inputs([str(SAMPLES)]) if not isinstance(d, Exception)]
    cases = [json.loads(line) for line in (HERE / "data" / "corpus_sentences.jsonl").open(encoding="utf-8")]
    for k in range(0, len(cases), 12):  # a dozen sentences a story: the memory of persons carries across them
        chunk = cases[k:k + 12]
        docs.append(Document(text=" ".join(c["text"] for c in chunk), id=f"cases{k}", title="Tin",
                             published=chunk[0].get("published")))
    return docs


def _actors_of(docs: list[Document]) -> list[list[str]]:
    pipeline = Pipeline(keys=False)
    pipeline.stages = [(n, s) for n, s in pipeline.stages if n in ("normalise", "body", "sentences")]
    return [[repr(a) for a in actors.find_actors(d).actors] for d in pipeline.pipe(docs)]


def _long_way(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(actors, "may_open", lambda *args: True)  # any phrase start counts, whatever its case


def test_the_case_shortcut_finds_the_actors_of_the_long_way(monkeypatch: pytest.MonkeyPatch) -> None:
    docs = _documents()
    fast = _actors_of(docs)
    asked: list[bool] = []
    real = actor_titles.may_open
    monkeypatch.setattr(actors, "may_open", lambda *a: asked.append(real(*a)) or asked[-1])
    assert _actors_of(_documents()) == fast
    assert False in asked and True in asked  # the shortcut is taken, and not everywhere
    _long_way(monkeypatch)
    assert _actors_of(_documents()) == fast
    assert sum(map(len, fast)) > 50


_SHORT = ["anh", "Anh", "ANH", "pháp", "Pháp", "luật", "ý", "Ý", "kiến", "trung", "Trung", "TRUNG", "tâm",
          "tập", "Tập", "Cận", "Bình", "du", "Du", "lịch", "Bộ", "bộ", "y", "Y", "tế", "Tế", "g7", "G7", "liên",
          "Liên", "hợp", "Hợp", "quốc", "Quốc", "các", "nước", "hai", "bên", "ông", "Ông", "Park", ",", "nga", "Nga"]


@settings(max_examples=400, deadline=None)
@given(st.lists(st.sampled_from(_SHORT), max_size=12))
def test_a_sentence_skipped_for_its_case_holds_no_phrase(words: list[str]) -> None:
    """Where `_nothing_here` says a sentence yields nothing, `match` finds no phrase in it (nor an honorific)."""
    text = " ".join(words)
    lex = load()
    if actors._nothing_here(text, text.lower(), lex):
        toks = actors._tokens(text, 0)
        assert not actor_titles.match(toks, lex), text
        assert not any(t.low in ("ông", "bà") for t in toks), text


def test_lower_case_short_names_are_skipped_and_capitals_are_not() -> None:
    lex = load()
    text = "anh ấy nói về pháp luật và ý kiến của trung tâm"
    assert actors._nothing_here(text, text.lower(), lex)
    for named in ("Anh ấy nói về pháp luật", "nói về Pháp và ý kiến", "ý kiến của Trung Quốc"):
        assert not actors._nothing_here(named, named.lower(), lex), named
