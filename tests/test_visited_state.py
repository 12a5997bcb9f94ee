"""A guarded short name (country_aliases.tsv guard `state`: "Áo" is also a garment, "Anh" a brother) right after a
word of visiting (actor_context.tsv state_before: "thăm", "chính thức", "công du") is the state visited. Sentences
of Báo Mới's reports of 2017."""

from __future__ import annotations

from hoptac import extract


def _codes(text: str) -> list[str | None]:
    return [a.code for a in extract(text, published="2017-06-05").actors]


def test_a_state_visited_officially() -> None:
    assert "AUT" in _codes("Ông Rodríguez, Ngoại trưởng Cuba, hiện đang thăm chính thức Áo.")


def test_a_state_named_by_its_visit() -> None:
    assert "GBR" in _codes("Chuyến thăm Anh của Tổng thống Mỹ sẽ được dời sang năm sau.")


def test_a_garment_and_a_person_stay_what_they_are() -> None:
    assert "AUT" not in _codes("Bà mặc áo dài khi đến thăm trường học.")
    assert "GBR" not in _codes("Ông Trump đã đến thăm Anh Tuấn tại nhà riêng.")
