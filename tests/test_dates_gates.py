"""The date forms' extra gates (`_Form.also`: word sets every match holds, besides its anchors) turn away
only sentences where the form cannot match: the same candidates as trying every form whose anchors occur."""

from __future__ import annotations

import json
from dataclasses import replace
from pathlib import Path

from hoptac.mentions import date_forms
from hoptac.read import read_inputs
from hoptac.text.normalise import normalise

HERE = Path(__file__).resolve().parent
SAMPLES = HERE.parent / "data" / "samples"

_MADE = ["ngày 2/4 năm 2020", "sáng 19-20/2/2021", "Ngày 2 và 3/4", "từ ngày 25-27/12/2020", "NGÀY 2/4 NĂM 2020",
         "tháng 8/2021, tháng 12-2020", "năm 2017 và năm 1999", "chiều 16/8", "Tối 6.2", "2/4 năm 2020",
         "19 - 20/2/2018", "thứ Hai (27/4/2020)", "tháng 5, 2017 tại Tokyo", "ngày 2 tháng 4 năm 2020",
         "2/4 năm 1920", "ngày 2-4 năm 2020", "MÙNG 2/9", "ngày 5/6 năm ngoái", "hôm 3/2"]


def _sentences() -> list[str]:
    out = list(_MADE)
    out += [json.loads(line)["text"] for line in (HERE / "data" / "corpus_sentences.jsonl").open(encoding="utf-8")]
    out += [d.text for d in read_inputs([str(SAMPLES)]) if not isinstance(d, Exception)]
    return [normalise(t).text for t in out + [t.upper() for t in out]]


def _found(cands: list) -> list[tuple]:  # type: ignore[type-arg]
    return [(c.start, c.end, c.kind, c.name, c.groups, c.absorbed, c.year_offset) for c in cands]


def test_the_extra_gates_keep_every_candidate() -> None:
    lex = date_forms._lex()
    assert any(f.also for f in lex.forms)  # ("dd/mm năm yyyy" holds a "/" and a "19" or "20")
    ungated = replace(lex, forms=tuple(replace(f, also=()) for f in lex.forms))
    sentences = _sentences()
    assert len(sentences) > 100
    for text in sentences:
        assert _found(date_forms._candidates(text, lex)) == _found(date_forms._candidates(text, ungated)), text[:80]


def test_the_gate_on_what_follows_the_cue_keeps_every_candidate() -> None:
    """`_Form.after_lead`: a form that opens on its cue word is scanned only where what follows the cue occurs;
    the same candidates as scanning it wherever its anchors occur."""
    lex = date_forms._lex()
    gated = [f.name for f in lex.forms if f.after_lead is not None]
    assert "dd/mm/yyyy" in gated and "dd/mm with cue" in gated and "tháng m" not in gated
    ungated = replace(lex, forms=tuple(replace(f, after_lead=None) for f in lex.forms))
    more = ["ngày 29.6", "mỗi ngày 29.6", "sáng 6.2 triệu", "ngày 2 đến 3 tháng 4, 2017 tại Hà Nội", "15.8.2021",
            "15-8.2021", "ngày 31/2/2021", "chiều hôm ngày 1 - 2/3"]
    for text in _sentences() + [normalise(t).text for t in more]:
        assert _found(date_forms._candidates(text, lex)) == _found(date_forms._candidates(text, ungated)), text[:80]


def test_the_rest_after_a_cue_is_no_pattern_where_the_opening_is_not_the_cue_alone() -> None:
    assert date_forms._after_lead("(?:{lead})?(?P<d>\\d)", {}) is not None
    assert date_forms._after_lead("(?<!mỗi ){lead}(?P<d>\\d)", {}) is not None
    assert date_forms._after_lead("(?:x{lead})?(?P<d>\\d)", {}) is None  # another word in the opening
    assert date_forms._after_lead("(?P<sep>{lead})(?P=sep)", {}) is None  # (not an opening it knows)
    assert date_forms._after_lead("{lead}", {}) is None  # nothing after the cue
    assert date_forms._after_lead("thứ {lead}\\d", {}) is None
