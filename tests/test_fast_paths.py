"""The speed work's shortcuts give exactly what the long way gives.

Gating cue rules by their anchor words, the normaliser's pass-through for plain
NFC text and `lower`'s whole-string fast path must never change a result: each
is checked here against the general code it short-cuts, on the bundled sample
articles and on generated text.
"""

from __future__ import annotations

import dataclasses
import re
import unicodedata
from pathlib import Path

import pytest
from hypothesis import assume, example, given, settings
from hypothesis import strategies as st

from hoptac.pipeline import Pipeline
from hoptac.read import read_inputs
from hoptac.text.anchors import AnchorIndex, anchors, requires_digit
from hoptac.records.cues import find_cues, lexicon, lower
from hoptac.text.normalise import _normalise_clusters, normalise

SAMPLES = Path(__file__).resolve().parents[1] / "data" / "samples"


@pytest.mark.parametrize("pattern, expected", [
    (r"viện trợ", {"viện trợ"}),
    (r"(?:trao|tặng) (?:vắc xin|khẩu trang)", {"vắc xin", "khẩu trang"}),
    (r"hội đàm(?: trực tuyến)?", {"hội đàm"}),
    (r"(?<!\w)điện đàm(?!\w)", {"điện đàm"}),
    (r"(?:cấm|tạm dừng)\s+\w+\s+nhập cảnh", {"nhập cảnh"}),
    (r"(?:a|b)\d+", {"a", "b"}),
])
def test_anchors_are_words_every_match_holds(pattern: str, expected: set[str]) -> None:
    assert anchors(re.compile(pattern)) == expected


@pytest.mark.parametrize("pattern", [r"(?:viện trợ)?\d+", r"(?:x|\d)+y?", r"(?i)viện trợ", r"[^x]c?", r"a|\d"])
def test_no_anchor_when_a_match_can_lack_every_word(pattern: str) -> None:
    # "12" matches the first, "VIỆN TRỢ" the case-blind one: such a rule must be tried always.
    assert anchors(re.compile(pattern)) is None


@pytest.mark.parametrize("pattern, needs", [(r"\d+/\d+", True), (r"ngày (?P<d>[0-9]{1,2})", True),
                                            (r"thứ (?:hai|\d)", False), (r"[0-\u0669]", False), ("\u00b2", False),
                                            ("\u0663", True), (r"(?:tháng)?\d", True)])
def test_a_date_form_is_skipped_without_digits_only_when_every_match_has_one(pattern: str, needs: bool) -> None:
    assert requires_digit(re.compile(pattern)) is needs


def _all_cue_sentences() -> list[str]:
    docs = [d for d in read_inputs([str(SAMPLES)]) if not isinstance(d, Exception)]
    out = []
    for doc in Pipeline().pipe(docs):
        for s in doc.sentences:
            text, _ns = doc.normalised(s.start, s.end)
            out.append(lower(text))
    return out


def _find_cues_ungated(low: str) -> list[tuple[str, int, int]]:
    """find_cues as it was before gating: every rule and exclusion over the text."""
    lex = lexicon()
    saved = lex.rule_gate, lex.exclude_gate
    lex.rule_gate = AnchorIndex([])  # no anchors: every pattern is "always tried"
    lex.rule_gate.always = list(range(len(lex.rules)))
    lex.exclude_gate = AnchorIndex([])
    lex.exclude_gate.always = list(range(len(lex.exclude)))
    try:
        return [(h.rule.name, h.start, h.end) for h in find_cues(low)]
    finally:
        lex.rule_gate, lex.exclude_gate = saved


def test_gated_cues_equal_every_rule_tried_on_the_samples() -> None:
    sentences = _all_cue_sentences()
    assert len(sentences) > 50
    hits = 0
    for low in sentences:
        gated = [(h.rule.name, h.start, h.end) for h in find_cues(low)]
        assert gated == _find_cues_ungated(low), low
        hits += len(gated)
    assert hits > 20  # the samples are full of cues: the comparison compared something


def test_every_shipped_rule_has_an_anchor() -> None:
    """A rule with no anchor is tried on every sentence: allowed, but it costs; say which."""
    lex = lexicon()
    assert lex.rule_gate is not None
    unanchored = [lex.rules[i].name for i in lex.rule_gate.always]
    assert unanchored == []


def test_every_shipped_exclusion_has_an_anchor() -> None:
    """An exclusion is looked for only in a sentence holding one of its words: a phrase list by its own
    phrases (`gated_anchors`), which `anchors` alone gives up on (it was tried wherever a cue matched)."""
    lex = lexicon()
    assert lex.exclude_gate is not None
    assert lex.exclude_gate.always == []


@pytest.mark.parametrize("text", [
    "Nhật Bản cam kết chuyển giao công nghệ sản xuất vắc xin cho Việt Nam.",  # an [exclude] phrase masks 'chuyển'
    "Thủ tướng chủ trì hội nghị trực tuyến với các tỉnh về phòng chống dịch, yêu cầu phải chuyển hàng ngay.",
    "Mỹ đã chuyển 2 triệu liều vắc xin cho Việt Nam, phải chuyển giao thêm vào tuần tới.",  # no phrase: cues stand
    "Ảnh: Thống Nhất/TTXVN Hai bên đã hội đàm và nhất trí tăng cường hợp tác.",
])
def test_exclusions_gated_by_their_phrases_mask_what_every_exclusion_tried_masks(text: str) -> None:
    low = lower(normalise(text).text)
    assert [(h.rule.name, h.start, h.end) for h in find_cues(low)] == _find_cues_ungated(low)


_ALPHABET = list("aăâeêioôơuưyđAĐ hoàthuỷsĩ.,\u00a0\u200b\u2019\u201c\u2013\u0301\u0300\u0323\u0303Σσİ"
                 "\u0bc6\u0bbe\u1100\u1161\u212b가\u0e38\u093f\u0941")  # Thai, Devanagari marks too


@settings(max_examples=400, deadline=None)
@given(st.text(alphabet=st.sampled_from(_ALPHABET), max_size=40))
def test_normalise_pass_through_equals_the_cluster_loop(text: str) -> None:
    for form in (text, unicodedata.normalize("NFC", text), unicodedata.normalize("NFD", text)):
        fast, slow = normalise(form), _normalise_clusters(form)
        assert (fast.text, list(fast.orig)) == (slow.text, slow.orig)


def _cluster_by_cluster(text: str) -> tuple[str, list[int]]:
    """What `_normalise_clusters` does, one cluster (a character and its combining marks) at a time,
    before the canonical syllables: the reference its copying of unchanged runs must equal."""
    from hoptac.text.normalise import _DROP, _SPACES

    out: list[str] = []
    orig: list[int] = []
    i, n = 0, len(text)
    while i < n:
        j = i + 1
        while j < n and unicodedata.combining(text[j]):
            j += 1
        cluster = text[i:j]
        if cluster not in _DROP:
            cluster = {"\u2018": "'", "\u2019": "'", "\u201c": '"', "\u201d": '"', "\u2013": "-", "\u2014": "-",
                       "\u2212": "-"}.get(cluster, " " if cluster in _SPACES else cluster)
            for c in unicodedata.normalize("NFC", cluster):
                out.append(c)
                orig.append(i)
        i = j
    return "".join(out), orig + [n]


@settings(max_examples=600, deadline=None)
@given(st.text(alphabet=st.sampled_from(_ALPHABET + ["\u2126", "\uf900", "\u0958", "\u0344", "\u00ad", "\u2014"]),
               max_size=40))
@example("Ông nói: \u201cđược\u201d \u2013 Ω\u2126\u0301")
def test_normalise_clusters_copies_unchanged_runs_as_the_cluster_loop_makes_them(text: str) -> None:
    from hoptac.text.normalise import _canonical_syllables

    for form in (text, unicodedata.normalize("NFD", text)):
        want, orig = _cluster_by_cluster(form)
        got = _normalise_clusters(form)
        assert (got.text, got.orig) == (_canonical_syllables(want), orig)


@settings(max_examples=400, deadline=None)
@given(st.text(alphabet=st.sampled_from(_ALPHABET), max_size=40))
def test_lower_equals_per_character_lowering(text: str) -> None:
    assert lower(text) == "".join(c.lower() if len(c.lower()) == 1 else c for c in text)


def test_amounts_found_only_in_cue_sentences_give_the_same_records_and_explain_shows_them_all() -> None:
    """The pipeline finds amounts lazily (only where a sentence holds a cue); finding them all first,
    as `find_mentions` does, must give the very same records, amounts included."""
    from hoptac.explain import explain
    from hoptac.mentions import find_mentions

    lazy = Pipeline()
    eager = Pipeline(stages=[(name, find_mentions if name == "mentions" else stage) for name, stage in lazy.stages])
    docs = [d for d in read_inputs([str(SAMPLES)]) if not isinstance(d, Exception)]
    got = [lazy(d) for d in docs]
    want = [eager(d) for d in [d for d in read_inputs([str(SAMPLES)]) if not isinstance(d, Exception)]]
    assert [[r.to_json() for r in d.records] for d in got] == [[r.to_json() for r in d.records] for d in want]
    assert any(r.quantities for d in got for r in d.records)
    # A sentence without a cue is not searched for amounts, yet explain lists its amounts too.
    from hoptac.model import Document

    text = ("Giá vàng trong nước sáng nay tăng thêm 200.000 đồng so với phiên giao dịch cuối tuần trước. "
            "Cũng trong sáng nay, Nhật Bản đã viện trợ Việt Nam 1 triệu liều vắc xin phòng Covid-19.")
    doc = lazy(Document(text=text, id="t", title="Tin"))
    assert [q.text for q in doc.quantities] == ["1 triệu liều"]
    assert doc.records and doc.records[0].quantities[0].value == 1_000_000
    assert "'200.000 đồng'" in explain(doc) and "'1 triệu liều'" in explain(doc)


def _date_candidates_both_ways(text: str) -> tuple[list[tuple[int, int, str]], list[tuple[int, int, str]]]:
    import dataclasses

    from hoptac.mentions import date_forms, dates

    lex = dates._lex()
    ungated = dataclasses.replace(lex, forms=tuple(dataclasses.replace(f, anchors=None) for f in lex.forms))
    def spans(found: list) -> list[tuple[int, int, str]]:  # type: ignore[type-arg]
        return [(c.start, c.end, c.name) for c in found]
    return spans(date_forms._candidates(text, lex)), spans(date_forms._candidates(text, ungated))


_DATE_WORDS = ["Thứ", "THỨ", "thứ", "Hai", "Chủ nhật", "CHỦ NHẬT", "ngày", "NGÀY", "tháng", "THÁNG", "năm", "NĂM",
               "sáng", "hôm", "2", "12", "/", "-", "2021", " ", "ſ", "K", "İ", "Σ", "ı", "µ"]


@settings(max_examples=400, deadline=None)
@given(st.lists(st.sampled_from(_DATE_WORDS), max_size=14))
def test_date_forms_gated_by_their_words_find_what_every_form_tried_finds(words: list[str]) -> None:
    gated, ungated = _date_candidates_both_ways(" ".join(words))
    assert gated == ungated


def test_date_forms_gated_on_the_samples_and_in_capitals() -> None:
    from hoptac.mentions import dates

    assert dates._lex().forms[0].anchors  # the gate is on: the forms have words
    docs = [d for d in read_inputs([str(SAMPLES)]) if not isinstance(d, Exception)]
    sentences = [doc.normalised(s.start, s.end)[0] for doc in Pipeline().pipe(docs) for s in doc.sentences]
    assert any(t != t.lower() for t in sentences)  # as written, capitals and all
    for text in sentences + ["THỨ HAI, NGÀY 2/4/2021", "Chủ Nhật (4/4)", "THÁNG 8/2021", "ſáng 2/4"]:
        gated, ungated = _date_candidates_both_ways(text)
        assert gated == ungated, text


@settings(max_examples=400, deadline=None)
@given(st.text(alphabet=st.sampled_from(_ALPHABET + ["\ud800", "日", "\U0001d165", "\U000e0100"]), max_size=40))
def test_strip_accents_equals_deleting_every_combining_character(text: str) -> None:
    from hoptac.text.normalise import strip_accents

    nfd = unicodedata.normalize("NFD", text.replace("đ", "d").replace("Đ", "D"))
    assert strip_accents(text) == "".join(c for c in nfd if not unicodedata.combining(c))


@settings(max_examples=200, deadline=None)
@given(st.sets(st.text(alphabet=st.sampled_from(_ALPHABET + ["日", " "]), max_size=12), max_size=30))
def test_sha1_batch_equals_datasketch_hash_gram_by_gram(grams: set[str]) -> None:
    from datasketch.hashfunc import sha1_hash32

    from hoptac.minhash import sha1_hash32_all

    assert sha1_hash32_all(grams) == [sha1_hash32(g.encode("utf-8")) for g in grams]


@settings(max_examples=300, deadline=None)
@given(st.lists(st.sampled_from(_ALPHABET + ["ngày", "năm", "thứ", "hôm", "tháng", "ſ", "K"]), max_size=30).map("".join))
def test_date_anchors_found_in_one_pass_are_those_a_substring_test_finds(text: str) -> None:
    from hoptac.mentions import dates
    from hoptac.text.anchors import _CASE_UNSAFE, found_words, lowers_safely

    lex = dates._lex()
    low = text.lower()
    assert found_words(lex.anchor_finder, low) == {a for a in lex.all_anchors if a in low}
    assert lowers_safely(text) == (bool(_CASE_UNSAFE) and _CASE_UNSAFE.isdisjoint(text))


_PHRASE_PIECES = ["hôm", "Hôm", "HÔM", "qua", "nay", "sáng", "sớm", "gần", "đây", "thời gian", "vừa", "năm", "ngoái",
                  "2/4", "x", "_", "1", ",", " ", " ", " ", "  ", "\t", "\n", "\u00a0", "ſ", "İ", "Σ"]


@settings(max_examples=400, deadline=None)
@given(st.lists(st.sampled_from(_PHRASE_PIECES), max_size=16).map("".join))
def test_date_phrases_found_by_the_automaton_are_those_the_pattern_finds(text: str) -> None:
    from hoptac.mentions import date_forms, dates

    lex = dates._lex()
    assert lex.phrase_finder is not None  # the shipped phrases are plain words: the fast way is on
    by_pattern = dataclasses.replace(lex, phrase_finder=None)
    def spans(found: list) -> list[tuple[int, int, str, str]]:  # type: ignore[type-arg]
        return [(c.start, c.end, c.name, c.absorbed) for c in found]
    assert spans(date_forms._candidates(text, lex)) == spans(date_forms._candidates(text, by_pattern))


@settings(max_examples=400, deadline=None)
@given(st.lists(st.sampled_from(["a", "b", "c", "d", "ab", " ", "x", "_", "-"]), max_size=14).map("".join))
@example("ab cd a")
@example("ab cde")
@example("xab cd")
@example("ab cd_ab")
def test_phrases_by_automaton_as_finditer_takes_them(text: str) -> None:
    # Prefixes of one another, overlapping ones, edges: what the shipped phrases may come to hold.
    from hoptac.mentions.date_forms import _word_phrases
    from hoptac.text.anchors import word_finder

    assume("  " not in text)  # (the caller's condition: white space only as single spaces)
    phrases = ["ab", "ab cd", "cd", "b c", "d a"]
    alts = "|".join(re.escape(p).replace(r"\ ", r"\s+") for p in sorted(phrases, key=len, reverse=True))
    rx = re.compile(rf"(?<![^\W_])(?:{alts})(?![^\W_])", re.I)
    expected = [(m.start(), m.end(), m.group(0)) for m in rx.finditer(text)]
    assert _word_phrases(text, text.lower(), word_finder(phrases)) == expected
