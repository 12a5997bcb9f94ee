"""Normalisation folds spelling variants for matching and maps back to the original."""

import unicodedata

from hoptac.model import Document
from hoptac.text.normalise import fold, normalise, strip_accents


def test_tone_placement_and_i_y_variants_fold_together():
    assert fold("Thuỵ Sỹ") == fold("Thụy Sĩ") == "thụy sĩ"
    assert fold("hoà bình") == fold("hòa bình")
    assert fold("khoẻ mạnh") == fold("khỏe mạnh")
    assert fold("quý") == "quý"  # qu + y: the tone stays on y
    assert fold("hoàn thành") == "hoàn thành"  # closed syllable: no old/new difference


def test_nfd_and_spaces_map_back_to_original_offsets():
    original = unicodedata.normalize("NFD", "Thuỵ Sỹ\u00a0tặng 30\u200b máy thở")
    n = normalise(original)
    assert n.text == "Thụy Sĩ tặng 30 máy thở"
    start = n.text.index("máy thở")
    s, e = n.to_original(start, start + len("máy thở"))
    assert unicodedata.normalize("NFC", original[s:e]) == "máy thở"
    assert n.from_original(s, e) == (start, start + len("máy thở"))


def test_document_normalised_span():
    text = "Ngày 2/4, Thủ tướng điện đàm với Thuỵ Sỹ."
    doc = Document(text=text)
    norm, offset = doc.normalised(text.index("Thuỵ"), len(text) - 1)
    assert norm == "Thụy Sĩ"
    assert doc.to_original(offset, offset + len(norm)) == (text.index("Thuỵ"), len(text) - 1)


def test_strip_accents_recognises_slug_lines():
    assert strip_accents("Hợp tác phòng chống COVID-19").lower() == "hop tac phong chong covid-19"


def test_only_candidate_words_are_rewritten_and_every_changed_word_is_one() -> None:
    """The tone pass rewrites only `_CANDIDATE` words; no other word may change. Every syllable
    shape of Vietnamese (onset × vowel nucleus × tone × coda, capitalised too) is checked."""
    import itertools

    from hoptac.text.normalise import _CANDIDATE, _canonical_syllable

    onsets = ["", "b", "c", "ch", "d", "đ", "g", "gh", "gi", "h", "k", "kh", "l", "m", "n", "ng", "nh", "p", "ph",
              "q", "qu", "r", "s", "t", "th", "tr", "v", "x"]
    nuclei = ["a", "ă", "â", "e", "ê", "i", "o", "ô", "ơ", "u", "ư", "y", "oa", "oe", "uy", "uê", "ia", "iê", "ua",
              "uô", "ưa", "ươ", "uya", "yê", "oo"]
    codas = ["", "c", "ch", "m", "n", "ng", "nh", "p", "t", "i", "o", "u", "y"]
    tones = ["", "\u0300", "\u0301", "\u0303", "\u0309", "\u0323"]
    changed = 0
    for onset, nucleus, coda, tone in itertools.product(onsets, nuclei, codas, tones):
        for k in range(len(nucleus)):  # the tone on each vowel of the nucleus: old and new placements
            word = unicodedata.normalize("NFC", onset + nucleus[:k + 1] + tone + nucleus[k + 1:] + coda)
            for w in (word, word.capitalize(), word.upper()):
                if _canonical_syllable(w) != w:
                    changed += 1
                    assert _CANDIDATE.fullmatch(w), w
    assert changed > 100  # hoà, thuỷ, Sỹ, ... the shapes the pass exists for


def test_storing_folds_a_paragraph_from_the_normalised_document_as_it_would_alone() -> None:
    from hoptac.model import Paragraph
    from hoptac.keys import _fold_paragraph
    from hoptac.keys import fold as store_fold

    paragraphs = ["Thu\u0309 tướng  Nhật Bản\u00a0tặng Việt Nam 1 triệu liều vắc xin.", "Hoà bình, THUỶ lợi\u200b, Thụy Sỹ",
                  "\u201cCảm ơn\u201d \u2013 ông nói.", "\u0301Hoà bình và hợp tác"]  # the last opens on a combining mark
    text = "\n".join(paragraphs)
    paras, pos = [], 0
    for p in paragraphs:
        paras.append(Paragraph(p, pos, pos + len(p)))
        pos += len(p) + 1
    doc = Document(text=text, id="t", paragraphs=paras)
    doc.normalised()  # what the pipeline's normalise stage leaves
    for p in paras:
        assert _fold_paragraph(doc, p) == store_fold(p.text)


_TONE_ALPHABET = list("aàáạyýỳYÝhoHOqđ1_ -.\u0301\u0300\u00e0\u0103\u00ea") + ["ᄀ", "가", "ǅ", "ǈ"]


def _tone_texts() -> list[str]:
    import random

    rng = random.Random(7)
    texts = ["", "y", "Hoà bình, THUỶ lợi, Thụy Sỹ, lý do; quý, hoà-bình hoà_bình 2hoà hoà2 Hoà\u0301"]
    texts += ["".join(rng.choice(_TONE_ALPHABET) for _ in range(rng.randrange(30))) for _ in range(3000)]
    return texts


def test_the_tone_pass_done_backwards_rewrites_what_the_forward_pattern_finds() -> None:
    """`_canonical_syllables` looks for the words backwards (`_CANDIDATE_REVERSED`, a third of the
    time); it must give the text `_CANDIDATE.sub` gives, word for word, in every case (letters,
    digits, '_', marks, Hangul and titlecase letters at a word's edges)."""
    from hoptac.text.normalise import _CANDIDATE, _canonical_syllable, _canonical_syllables

    for text in _tone_texts():
        assert _canonical_syllables(text) == _CANDIDATE.sub(lambda m: _canonical_syllable(m.group(0)), text), text
        want = [(m.start(), m.end()) for m in _CANDIDATE.finditer(text)]
        from hoptac.text.normalise import _CANDIDATE_REVERSED

        n = len(text)
        got = sorted((n - m.end(), n - m.start()) for m in _CANDIDATE_REVERSED.finditer(text[::-1]))
        assert got == want, text


def test_an_unmoved_text_maps_offsets_as_a_list_would() -> None:
    n = normalise("Hoà bình và hợp tác")
    assert isinstance(n.orig, range) and list(n.orig) == list(range(len(n.text) + 1))
    assert n.from_original(4, 8) == (4, 8) and n.to_original(0, len(n.text)) == (0, len(n.text))
    assert n.from_original(0, 10**6) == (0, len(n.text))
