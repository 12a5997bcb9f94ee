"""More of the speed work's shortcuts, each checked against the long way it replaces.

The actor finder skips, without making their words, the sentences where no lexicon
phrase and no honorific can start; the MinHash signature hashes its 5-grams in one
pass instead of through datasketch's per-value hash function. Neither may change a
result: an actor, a record, or one bit of a stored signature.
"""

from __future__ import annotations

import re
import sys
from pathlib import Path

import numpy as np
from hypothesis import given, settings
from hypothesis import strategies as st

from hoptac.mentions import actor_titles, actors
from hoptac.mentions.actor_lexicon import TOKEN, load
from hoptac.pipeline import Pipeline
from hoptac.read import read_inputs

SAMPLES = Path(__file__).resolve().parents[1] / "data" / "samples"


def test_lowering_a_character_never_changes_how_the_tokenizer_sees_it() -> None:
    """`actors._nothing_here` tokenizes the lower-cased sentence: sound only if lowering keeps each
    character's class (word, space, '-', '&', '+') wherever it keeps the length."""
    word, space = re.compile(r"\w"), re.compile(r"\s")
    for cp in range(sys.maxunicode + 1):
        c = chr(cp)
        low = c.lower()
        if len(low) == 1 and low != c:
            assert (bool(word.match(c)), bool(space.match(c)), c in "-&+") == \
                   (bool(word.match(low)), bool(space.match(low)), low in "-&+"), hex(cp)


def _sample_sentences() -> list[str]:
    docs = [d for d in read_inputs([str(SAMPLES)]) if not isinstance(d, Exception)]
    return [doc.normalised(s.start, s.end)[0] for doc in Pipeline().pipe(docs) for s in doc.sentences]


def _skipped_sentence_has_nothing(text: str) -> bool:
    """Whether `_nothing_here` is right about `text` (or does not claim anything)."""
    lex = load()
    if not actors._nothing_here(text, text.lower(), lex):
        return True
    toks = actors._tokens(text, 0)
    return not actor_titles.match(toks, lex) and not any(t.low in lex.honorific_ends for t in toks)


def test_sentences_the_actor_finder_skips_hold_no_phrase_and_no_honorific() -> None:
    sentences = _sample_sentences()
    skipped = sum(actors._nothing_here(t, t.lower(), load()) for t in sentences)
    assert 0 < skipped < len(sentences)  # the shortcut is taken, and not everywhere
    for text in sentences + [t.upper() for t in sentences]:
        assert _skipped_sentence_has_nothing(text), text


@settings(max_examples=300, deadline=None)
@given(st.lists(st.sampled_from(list("aAđĐ bộ-&+,.()'\u2019①٣Σσİ\u0301") + ["Mỹ", "Trump", "ông"]), max_size=30).map("".join))
def test_words_made_from_the_lowered_words_equal_those_sliced(text: str) -> None:
    """`find_actors` hands `_tokens` the lowered words it found for `_nothing_here`: the same words as
    slicing makes, wherever it does so (lowering keeps every character apart)."""
    low = text.lower()
    if len(low) == len(text) and "Σ" not in text:
        assert actors._tokens(text, 7, low, TOKEN.findall(low)) == actors._tokens(text, 7)
        pieces = actors._TOKEN_SPLIT.split(low)  # as `find_actors` makes them: words and their offsets in one pass
        assert pieces[1::2] == TOKEN.findall(low)
        assert actors._tokens(text, 7, low, pieces[1::2], pieces) == actors._tokens(text, 7)
        assert actors._tokens(text, 7, low, pieces[1::2], pieces, "Mỹ, Nga" + text + " x") == actors._tokens(text, 7)


def test_words_made_from_the_lowered_words_equal_those_sliced_on_the_samples() -> None:
    sentences = _sample_sentences()
    for text in sentences + [t.upper() for t in sentences]:
        low = text.lower()
        if len(low) == len(text) and "Σ" not in text:
            assert actors._tokens(text, 3, low, TOKEN.findall(low)) == actors._tokens(text, 3, low)
            pieces = actors._TOKEN_SPLIT.split(low)
            assert actors._tokens(text, 3, low, pieces[1::2], pieces) == actors._tokens(text, 3, low)
            assert actors._tokens(text, 3, low, pieces[1::2], pieces, "ông" + text) == actors._tokens(text, 3, low)


_WORDS = ["Mỹ", "MỸ", "mỹ", "Việt", "Nam", "Bộ", "trưởng", "ông", "Ông", "bà", "Nga", "Anh", "các", "nước",
          "hai", "bên", "Σ", "İ", "ß", "-", ",", "(", ")", "Trung", "Quốc", "Hàn", "và"]


@settings(max_examples=400, deadline=None)
@given(st.lists(st.sampled_from(_WORDS), max_size=12))
def test_the_actor_shortcut_on_generated_sentences(words: list[str]) -> None:
    assert _skipped_sentence_has_nothing(" ".join(words))


def _datasketch_signature(folded: str) -> np.ndarray | None:
    """`minhash.signature` the way it was first written: datasketch hashing each sorted byte string."""
    from datasketch import MinHash

    from hoptac import minhash

    words = minhash._WORD.findall(folded)
    grams = {" ".join(words[i:i + minhash.SHINGLE]).encode("utf-8") for i in range(len(words) - minhash.SHINGLE + 1)}
    if len(grams) < 2:
        return None
    mh = MinHash(num_perm=minhash.NUM_PERM, seed=minhash._SEED, scheme=minhash._SCHEME)
    mh.update_batch(sorted(grams))
    return mh.hashvalues.astype(np.uint32)


def _same(a: np.ndarray | None, b: np.ndarray | None) -> bool:
    return (a is None and b is None) or (a is not None and b is not None and a.dtype == b.dtype
                                         and a.tobytes() == b.tobytes())


def test_signatures_are_datasketch_bit_for_bit_on_the_samples() -> None:
    from hoptac.keys import fold
    from hoptac.minhash import signature

    texts = [fold(d.text) for d in read_inputs([str(SAMPLES)]) if not isinstance(d, Exception)]
    assert len(texts) >= 5
    for text in texts + ["", "một hai ba bốn", "một hai ba bốn năm", "một hai ba bốn năm sáu", "a b c d e " * 3]:
        assert _same(signature(text), _datasketch_signature(text)), text[:80]


@settings(max_examples=200, deadline=None)
@given(st.lists(st.sampled_from(["việt", "nam", "mỹ", "viện", "trợ", "1", "x_y", "đ"]), max_size=30))
def test_signatures_are_datasketch_bit_for_bit_on_generated_bodies(words: list[str]) -> None:
    from hoptac.minhash import signature

    text = " ".join(words)
    assert _same(signature(text), _datasketch_signature(text))


@settings(max_examples=200, deadline=None)
@given(st.lists(st.lists(st.sampled_from(["Việt", "nam", "Mỹ", "viện", "trợ", "1", "x_y", "_", "đ", ",", "Đ"]),
                         max_size=14), max_size=5),
       st.sampled_from(["", "Tiêu đề_ một", "Mỹ viện trợ"]))
def test_store_keys_read_the_body_words_once_as_the_long_way_does(paras: list[list[str]], title: str) -> None:
    from hoptac.model import Document, Paragraph
    from hoptac.keys import SEARCH_CHARS, WORD, _compute_keys, fold
    from hoptac.minhash import signature

    texts = [" ".join(p) for p in paras]
    doc = Document(text="\n".join(texts), title=title)
    pos = 0
    for t in texts:
        doc.paragraphs.append(Paragraph(t, pos, pos + len(t)))
        pos += len(t) + 1
    keys = _compute_keys(doc)
    body = [fold(t) for t in texts]
    assert keys.search == " ".join(WORD.findall(" ".join([fold(title), *body])))[:SEARCH_CHARS]
    sig = signature(" ".join(body))
    assert keys.minhash == (None if sig is None else sig.tobytes())
    assert _same(sig, _datasketch_signature(" ".join(body)))


def test_token_pattern_is_the_one_the_shortcut_was_proven_for() -> None:
    # The character classes checked above are all the tokenizer looks at; a new pattern needs a new proof.
    assert TOKEN.pattern == r"\w+(?:[&+]\w+)*|[^\w\s-]"


def _dates_of(docs: list, lex) -> list:  # type: ignore[no-untyped-def,type-arg]
    from hoptac.mentions import dates

    out = []
    for doc in docs:
        doc.scratch.pop("date_candidates", None)
        doc.scratch.pop("date_resolver", None)
        saved = dates._lex
        dates._lex = lambda: lex  # type: ignore[assignment]
        try:
            out.append([(d.value, d.start, d.end, d.reason) for d in dates.find_dates(doc).dates])
        finally:
            dates._lex = saved  # type: ignore[assignment]
    return out


def test_date_words_and_named_years_gated_find_what_the_full_scans_find() -> None:
    import dataclasses

    from hoptac.mentions import date_forms, dates
    from hoptac.model import Document

    lex = dates._lex()
    assert lex.words_anchors and lex.year_anchors  # the gates are on
    ungated = dataclasses.replace(lex, words_anchors=None, year_anchors=None)
    docs = [d for d in read_inputs([str(SAMPLES)]) if not isinstance(d, Exception)]
    docs = list(Pipeline().pipe(docs))
    extra = [Document(text=t, id=str(i), title="Hội nghị APEC 2017", published=p) for i, (t, p) in enumerate([
        ("SÁNG NAY, Bộ trưởng gặp đại sứ. Hôm qua (30/9) hai bên ký. Năm APEC 2017 và World Cup 2022.", None),
        ("Tuần  qua, ngày 2/4 vừa qua và tháng 10 năm ngoái, ASEAN 2020 họp.", "2020-04-05"),
        ("Thời gian\ngần đây, SEA Games 2019 diễn ra; ſáng nay 2/4.", None)])]
    for doc in extra:
        doc.norm = None
        from hoptac.text.sentences import split_sentences

        split_sentences(doc)
    assert _dates_of(docs + extra, lex) == _dates_of(docs + extra, ungated)
    for text in ["HÔM QUA", "những ngày QUA", "Hôm Nay 2/4", "APEC 2017", "x 1999"]:
        assert date_forms._candidates(text, lex) == date_forms._candidates(text, ungated), text


def test_phrase_lists_gated_by_their_words_match_where_the_full_scan_does() -> None:
    from hoptac.records.cues import lexicon, lower, spans

    lex = lexicon()
    patterns = [rx for rx in lex.words.values() if rx is not None] + [lex.measure_blockers, lex.measure_cases]
    patterns += [rx for rx in lex.categories.values() if rx is not None]
    texts = [lower(t) for t in _sample_sentences()]
    texts += [t[k:k + 40] for t in texts[:50] for k in range(0, len(t), 17)]  # cut inside words too
    found = 0
    for rx in patterns:
        if rx is None:
            continue
        for text in texts:
            want = [(m.start(), m.end()) for m in rx.finditer(text)]
            assert spans(rx, text) == want, (rx.pattern[:60], text)
            found += bool(want)
    assert found > 20


def _samples_and(texts: list[str], prefix: str) -> list:  # type: ignore[type-arg]
    """The bundled samples through the pipeline, then each of `texts` as a one-sentence document."""
    from hoptac.model import Document, Sentence

    docs = list(Pipeline().pipe([d for d in read_inputs([str(SAMPLES)]) if not isinstance(d, Exception)]))
    for i, text in enumerate(texts):
        doc = Document(text=text, id=f"{prefix}{i}")
        doc.sentences = [Sentence(text, 0, len(text), 0, 0)]
        docs.append(doc)
    return docs


def _amounts_with(docs: list, which) -> list:  # type: ignore[no-untyped-def,type-arg]
    """Every amount of every sentence of `docs`, found with the quantity lexicon `which` in place of the loaded one."""
    from hoptac.mentions import quantities

    saved = quantities._lex
    quantities._lex = lambda: which  # type: ignore[assignment]
    try:
        return [[(q.value, q.unit, q.qualifier, q.item, q.start, q.end) for s in d.sentences
                 for q in quantities.sentence_quantities(d, s)] for d in docs]
    finally:
        quantities._lex = saved  # type: ignore[assignment]


def test_amounts_with_the_currency_first_are_sought_only_where_a_digit_is_and_found_all_the_same() -> None:
    import dataclasses

    from hoptac.mentions import quantities

    lex = quantities._lex()
    assert lex.prefix_needs_digit  # the gate is on
    ungated = dataclasses.replace(lex, prefix_needs_digit=False)
    texts = ["Mỹ viện trợ USD 2 triệu cho Việt Nam.", "Nhật Bản tặng 1 triệu USD và VND hàng tỷ.",
             "EUR hai triệu", "USD ٣ triệu", "Hàn Quốc trao 500.000 khẩu trang."]
    docs = _samples_and(texts, "q")

    got = _amounts_with(docs, lex)
    assert got == _amounts_with(docs, ungated)
    assert any(got[-5]) and any(v for d in got for v in d)


def test_amounts_are_sought_only_where_a_unit_word_is_and_found_all_the_same() -> None:
    import dataclasses

    from hoptac.mentions import quantities

    lex = quantities._lex()
    assert lex.unit_finder is not None  # the gate is on
    ungated = dataclasses.replace(lex, unit_finder=None)
    texts = ["Mỹ viện trợ USD 2 triệu cho Việt Nam.", "Nhật Bản tặng 1 TRIỆU USD và VND hàng tỷ.",
             "Hàn Quốc trao 500.000 Khẩu   Trang.", "Ba nghìn liều vắc xin", "2 tỷ Đồng", "hai mươi người",
             "Không có số nào ở đây.", "İstanbul nhận 3 triệu USD", "5 ki-lô-gam gạo"]
    docs = _samples_and(texts, "u")

    got = _amounts_with(docs, lex)
    assert got == _amounts_with(docs, ungated)
    assert sum(map(bool, got[-len(texts):])) >= 5 and any(v for d in got for v in d)


def test_amounts_with_the_currency_first_are_sought_only_where_a_currency_is_and_found_all_the_same() -> None:
    import dataclasses

    from hoptac.mentions import quantities

    lex = quantities._lex()
    assert lex.currency_finder is not None  # the gate is on
    ungated = dataclasses.replace(lex, currency_finder=None)
    texts = ["Mỹ viện trợ USD 2 triệu cho Việt Nam.", "Nhật Bản tặng US $ 3 triệu và VND 5 tỷ.", "US$2 triệu",
             "€ 5 triệu", "khoảng EUR 4,5 triệu", "uSd 7 tỷ", "KRW 9 tỷ", "\u212aRW 9 tỷ", "İstanbul nhận USD 3 triệu",
             "2 triệu", "Hàn Quốc trao 500.000 khẩu trang năm 2021."]
    docs = _samples_and(texts, "c")

    got = _amounts_with(docs, lex)
    assert got == _amounts_with(docs, ungated)
    assert sum(map(bool, got[-len(texts):])) >= 6


_YEAR_WORDS = ["năm", "năm nay", "hồi", "từ", "trước", "kể từ", "tới", "sắp", "dự kiến", "tháng", "", "a", "."]


@settings(max_examples=400, deadline=None)
@given(st.lists(st.sampled_from(_YEAR_WORDS), max_size=4), st.lists(st.sampled_from(_YEAR_WORDS + ["x", ","]), max_size=10))
def test_one_pattern_of_words_holds_where_one_of_the_words_does(words: list[str], clause: list[str]) -> None:
    """`_story_year` looks for a clause word with one alternation; each word on its own finds the same."""
    from hoptac.mentions import story_years

    text = " ".join(clause)
    each = any(re.search(rf"(?<![^\W_]){re.escape(w)}(?![^\W_])", text) for w in words)
    rx = story_years._any_word(tuple(words))
    assert (rx is not None and rx.search(text) is not None) == each


def _nobody_yet_skip_is_right(text: str) -> bool:
    """Where `_nothing_here` skips a sentence because the document has named nobody yet, the long
    way finds no phrase and, from an empty memory, no actor (nor anything it would remember)."""
    from hoptac.mentions.actor_names import Memory
    from hoptac.model import Document, Sentence
    from hoptac.text.normalise import normalise

    lex = load()
    if not actors._nothing_here(text, text.lower(), lex, nobody_yet=True):
        return True
    doc = Document(text=text, id="t")
    doc.norm = normalise(text)
    toks = actors._tokens(text, 0)
    hits = actor_titles.match(toks, lex)
    memory = Memory()
    found = actors._resolve(doc, Sentence(text, 0, len(text), 0, 0), hits, toks, lex, memory, [])
    return not hits and not found and not memory.keys


_NAMES = ["ông", "Ông", "bà", "ngài", "Ngài", "Trump", "Park", "Won", "Soon", ",", "Đại", "sứ", "Mỹ", "nói", "Hằng"]


@settings(max_examples=300, deadline=None)
@given(st.lists(st.sampled_from(_NAMES), max_size=10))
def test_an_honorific_before_anybody_is_named_yields_no_actor(words: list[str]) -> None:
    assert _nobody_yet_skip_is_right(" ".join(words))


def test_an_honorific_before_anybody_is_named_on_the_samples() -> None:
    text = "Ông Smith cho biết như vậy, bà Hằng nói ."
    assert actors._nothing_here(text, text.lower(), load(), nobody_yet=True)  # the shortcut is taken
    assert not actors._nothing_here(text, text.lower(), load())  # and not once somebody is named
    for text in [*_sample_sentences(), text]:
        assert _nobody_yet_skip_is_right(text), text


def test_date_forms_behind_their_first_characters_match_as_the_forms_as_written() -> None:
    """`starting_with` puts each date form behind a lookahead for the characters its matches open
    with: every match, and every group of it, the same as the form's own (upper case included, as
    the forms are case-blind), on the samples' sentences and on pieces cut inside words."""
    from hoptac.lexicon import read_toml
    from hoptac.mentions.date_forms import _fill, _lex

    data = read_toml("dates.toml")
    written = [re.compile(_fill(f["pattern"], data.get("pieces", {})), re.I) for f in data.get("form", [])]
    forms = [f.regex for f in _lex().forms]
    assert sum(a is not b for a, b in zip(written, forms)) >= 5  # most forms are behind a lookahead
    texts = _sample_sentences()
    texts += [t.upper() for t in texts] + [t[k:k + 30] for t in texts[:80] for k in range(0, len(t), 11)]
    texts += ["Sáng 2/4, chiều 3-4/5/2017, ngày 1 tháng 2 năm 2020, thứ Hai (2/4), SÁNG SỚM 30.4", "ſáng 2/4"]
    for rx, wrapped in zip(written, forms):
        for text in texts:
            assert [(m.span(), m.groupdict()) for m in wrapped.finditer(text)] == \
                   [(m.span(), m.groupdict()) for m in rx.finditer(text)], (rx.pattern[:60], text)


@settings(max_examples=300, deadline=None)
@given(st.text(alphabet="sSáÁnNg 0123-/.,(ađĐkK", max_size=25))
def test_a_pattern_behind_its_first_characters_matches_as_it_does(text: str) -> None:
    from hoptac.text.first_chars import starting_with

    for pattern in [r"(?:(?:sáng|Đêm)\s+)?(?P<d>\d{1,2})[/.-](?P<m>\d{1,2})", r"(?<!a )(?:ngày\s+|\d+-)\d+",
                    r"[\w-]+\s*\d", r"(?:k|a)*-\d|\s,"]:
        for flags in (0, re.I):
            rx = re.compile(pattern, flags)
            wrapped = starting_with(rx)
            assert wrapped is not rx
            assert [(m.span(), m.groups()) for m in wrapped.finditer(text)] == \
                   [(m.span(), m.groups()) for m in rx.finditer(text)], (pattern, flags)


def test_a_pattern_that_may_match_nothing_or_open_anywhere_is_left_as_it_is() -> None:
    from hoptac.text.first_chars import starting_with

    for pattern in [r"a*", r"(?:x|)y?", r".b", r"[^a]b", r"(?P<x>a)?(?P=x)b", r"tháng \d", r"\d", r"[ab]c", r"(?i:a)b", r"(?i)ab"]:
        rx = re.compile(pattern)
        assert starting_with(rx) is rx, pattern


def _phrase_starts_long_way(words: list[str], lex) -> dict[int, set[int]]:  # type: ignore[no-untyped-def]
    """What `phrase_starts` stands for: every word's lengths looked up, one join per length."""
    found: dict[int, set[int]] = {}
    for i, w in enumerate(words):
        for n in lex.lengths.get(w, ()):
            if i + n <= len(words) and " ".join(words[i:i + n]) in lex.entries:
                found.setdefault(i, set()).add(n)
    return found


def test_phrase_starts_counts_words_as_the_lookups_find_them() -> None:
    """`phrase_starts` reads a hit's word off the spaces before it: the same starts and lengths as looking
    up each word's phrases, on the sample articles' sentences and on lists of the lexicon's own keys."""
    from hoptac.mentions.actor_lexicon import phrase_starts

    lex = load()
    pipeline = Pipeline()
    sentences = [s.text for d in read_inputs([str(SAMPLES)]) if not isinstance(d, Exception)
                 for s in pipeline(d).sentences]
    keys = sorted(lex.entries)
    sentences += [" , ".join(keys[i:i + 7]) + " và " + keys[-i - 1] for i in range(0, len(keys), 97)]
    assert len(sentences) > 50
    for text in sentences:
        words = TOKEN.findall(text.lower())
        assert phrase_starts(words, lex) == _phrase_starts_long_way(words, lex), text[:80]


def _owner_link_long_way(toks, end, lex) -> int:  # type: ignore[no-untyped-def]
    """`actor_titles._owner_link` as it was: every link, longest first, split and compared in turn."""
    for link in sorted(lex.context.get("title_owner_link", ()), key=lambda p: -len(p.split())):
        words = tuple(link.split())
        if tuple(t.low for t in toks[end:end + len(words)]) == words:
            return len(words)
    return 0


def test_owner_links_by_length_find_what_each_link_in_turn_finds() -> None:
    """The links kept by length give the same link length at every word of the samples' sentences and of
    sentences made of the links themselves (a link at the end, cut short, one inside another)."""
    lex = load()
    links = sorted(lex.context.get("title_owner_link", ()))
    assert links
    texts = _sample_sentences() + [" ".join(links), "Bộ trưởng " + " ".join(reversed(links)), links[0], ""]
    texts += [f"Thủ tướng {link} Mỹ" for link in links] + [f"Thủ tướng {link.rsplit(' ', 1)[0]}" for link in links]
    for text in texts:
        toks = actors._tokens(text, 0)
        for end in range(len(toks) + 2):
            assert actor_titles._owner_link(toks, end, lex) == _owner_link_long_way(toks, end, lex), (text, end)
