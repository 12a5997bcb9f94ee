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
