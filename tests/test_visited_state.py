"""A short name the lexicon guards (country_aliases.tsv guard `state`) that a clause may open on (actor_context.tsv
clause_names: "Anh", "Áo", "Ý"), right after a word of visiting (actor_context.tsv visit_before: "thăm", "thăm chính
thức", "công du"), is the state visited. Not Georgia (a US state), nor "Việt" of "Việt kiều", nor a name after it.
Sentences of Báo Mới's reports of 2017, and made-up ones for what must stay as it was."""

from __future__ import annotations

from hoptac import extract


def _codes(text: str) -> list[str | None]:
    return [a.code for a in extract(text, published="2017-06-05").actors]


def test_a_state_visited_officially() -> None:
    assert "AUT" in _codes("Ông Rodríguez, Ngoại trưởng Cuba, hiện đang thăm chính thức Áo.")


def test_a_state_named_by_its_visit() -> None:
    assert "GBR" in _codes("Chuyến thăm Anh của Tổng thống Mỹ sẽ được dời sang năm sau.")


def test_a_person_a_us_state_and_a_community_stay_what_they_are() -> None:
    assert "GBR" not in _codes("Ông Trump đã đến thăm Anh Tuấn tại nhà riêng.")
    assert "GEO" not in _codes("Ông Trump có chuyến công du Georgia và Alabama để vận động tranh cử.")
    assert "VNM" not in _codes("Đại sứ Mỹ đã đến thăm Việt kiều tại Lào.")
    assert "GBR" not in _codes("Bản dịch chính thức Anh ngữ của hiệp định được công bố.")
