"""A mission's post (actor_context.tsv post_role, post_lead; mentions/actor_titles._mandate): the state or body named
right after "tại" that follows an ambassador's or an embassy's title is where the mission serves, no side of what
the sentence reports, and the name after it is the holder's; a stop word inside an actor's own words ends no
window (records/roles.build_view). With the counter-cases it must leave alone."""

from __future__ import annotations

from test_records import run

from hoptac import extract


def _actors(text: str) -> list[tuple[str, str, str | None]]:
    return [(a.code, a.text, a.name) for a in extract(text, published="2017-06-20", gate=False).actors]


def _contacts(text: str) -> list[list[str]]:
    return [sorted(r.participants) for r in run(text) if r.type == "CONSULT"]


def test_an_ambassadors_post_is_no_side() -> None:
    text = "Bộ trưởng Tô Lâm đã tiếp Đại sứ Mỹ tại Việt Nam Daniel Kritenbrink."
    assert _actors(text) == [("VNM", "Bộ trưởng Tô Lâm", "Tô Lâm"),
                             ("USA", "Đại sứ Mỹ tại Việt Nam Daniel Kritenbrink", "Daniel Kritenbrink")]
    assert _contacts(text) == [["USA", "VNM"]]
    # one's own ambassador received at home is a home meeting, not a contact with the state of the post
    assert _contacts("Hôm qua, Thủ tướng đã tiếp Đại sứ Việt Nam tại Nhật Bản.") == []
    # a body's post too: the giver is the embassy's state, the receiver named after the verb
    text = "Đại sứ quán Việt Nam tại Lào đã trao tặng 500 triệu đồng cho tỉnh Attapeu."
    assert [a[0] for a in _actors(text)] == ["VNM", "LAO"]
    assert [(r.source, r.targets) for r in run(text) if r.type == "AID"] == [(["VNM"], ["LAO"])]


def test_what_is_no_post() -> None:
    # no state after "tại": the title's own state stands, and what follows is read as before
    assert _actors("Đại sứ Mỹ tại buổi lễ cho biết Mỹ sẽ tiếp tục hỗ trợ.")[0] == ("USA", "Đại sứ Mỹ", None)
    # a title outside the post roles keeps the state after "tại" as an actor
    assert [a[0] for a in _actors("Bộ trưởng Quốc phòng Mỹ tại Hàn Quốc đã gặp Bộ trưởng Quốc phòng Hàn Quốc.")] \
        == ["USA", "KOR", "KOR"]


def test_what_the_review_found_is_no_post() -> None:
    # a state after the post's comma is the next clause's, not a second post
    text = "Theo Đại sứ quán Việt Nam tại Trung Quốc, Trung Quốc đã đồng ý hỗ trợ Việt Nam 2 triệu liều vắc-xin."
    assert [(r.source, r.targets) for r in run(text) if r.type == "AID"] == [(["CHN"], ["VNM"])]
    assert _contacts("Tại buổi làm việc với Đại sứ quán Lào tại Việt Nam, Việt Nam cam kết hỗ trợ Lào đào tạo cán "
                     "bộ.") == [["LAO", "VNM"]]
    # a body after "và" acts with the mission, no post of it
    assert [a[0] for a in _actors("Đại sứ quán Mỹ tại Việt Nam và UNICEF đã trao tặng 100 máy thở cho Bộ Y tế.")] == \
        ["USA", "UNICEF", "VNM"]
    # the window runs on past a post as past any actor: the ambassadors listed after it are met too (the review of
    # 16cb1e6: ending it at the first holder's name cut them)
    assert _contacts("Thủ tướng đã tiếp Đại sứ Mỹ tại Việt Nam Daniel Kritenbrink và Đại sứ Australia tại Việt Nam "
                     "Craig Chittick.") == [["AUS", "USA", "VNM"]]
    # a city's state after it is its state, no clause
    assert [(r.source, r.targets) for r in run("Đại sứ quán Nhật Bản tại Hà Nội, Việt Nam đã trao tặng 100 máy thở "
                                                "cho Lào.") if r.type == "AID"] == [(["JPN"], ["LAO"])]
    # a list of three posts or more is all posts, "và" or not
    assert [a[0] for a in _actors("Đại sứ Việt Nam tại Lào, Campuchia, Thái Lan đã gặp Thủ tướng Lào.")] == \
        ["VNM", "LAO"]
    assert [a[0] for a in _actors("Đại sứ Việt Nam tại Bỉ, Luxembourg và Liên minh châu Âu đã gặp Bộ trưởng Ngoại "
                                  "giao Bỉ.")] == ["VNM", "BEL"]
