"""Guards: whether a matched name is an actor here, decided from its neighbours.

Short or ambiguous names ("Anh", "Nga", "Mỹ", "Washington", "Trung") count only
in the context their data row asks for (country_aliases.tsv `guard`); any
state named as a sports team ("U23 Việt Nam") or as a news source ("báo chí
Nga", "tờ Politico (Mỹ)") is no actor; a portfolio ("Tư pháp") only extends
the title right before it; a person's short name ("Moon", "Tập") needs a title
or ông/bà before it. All context words are in actor_context.tsv.
"""

from __future__ import annotations

from collections.abc import Collection
from dataclasses import dataclass

from hoptac.mentions.actor_lexicon import Entry, Lexicon
from hoptac.mentions.actor_names import Tok, is_cap, is_family_name

def honorific_at(toks: list[Tok], i: int, lex: Lexicon) -> int | None:
    """Where the honorific ending at token i starts ("ông": i; "đồng chí": i - 1), or None (actor_context.tsv
    person_honorific)."""
    low = toks[i].low
    if low in lex.honorifics:
        return i
    if i and lex.honorific_pairs.get(low) == toks[i - 1].low:
        return i - 1
    return None


_MAX_OUTLET = 4  # words of an outlet's name before a "(country)" gloss


@dataclass(slots=True)
class Hit:
    i: int  # first token
    j: int  # one past the last token
    entry: Entry
    ok: bool | None = None  # guard verdict
    muted: bool = False  # a state named as a team or the press: no actor, still the topic


def suffix_len(toks: list[Tok], i: int, phrases: set[str], maxlen: int = 3) -> int:
    """How many words just before token i form one of `phrases` (0: none)."""
    for k in range(maxlen, 0, -1):
        if i - k >= 0 and " ".join(t.low for t in toks[i - k:i]) in phrases:
            return k
    return 0


def ends_with(toks: list[Tok], i: int, phrases: set[str], maxlen: int = 3) -> bool:
    """Do the words just before token i form one of `phrases`?"""
    return suffix_len(toks, i, phrases, maxlen) > 0


def starts_with(toks: list[Tok], j: int, phrases: set[str], maxlen: int = 3) -> bool:
    return any(j + k <= len(toks) and " ".join(t.low for t in toks[j:j + k]) in phrases
               for k in range(1, maxlen + 1))


def _not_a_party(h: Hit, toks: list[Tok], ctx: dict[str, set[str]], title_before: bool) -> bool:
    """A state (or "nước này") named as a sports team or as the press that reports the news; a firm named as its
    club ("CLB HAGL")."""
    if h.entry.kind not in ("state", "anaphor", "firm") or title_before:
        return False
    i = h.i - suffix_len(toks, h.i, ctx.get("place_noun", set()), 2)  # "đội bóng thủ đô Paris"
    if h.entry.kind == "firm":  # a firm only as a club's name ("CLB HAGL"; not "nhà tài trợ bóng đá Samsung")
        return ends_with(toks, i, ctx.get("club_before", set()), 3)
    if ends_with(toks, i, ctx.get("team_before", set()), 3):
        return True  # "U23 Việt Nam", "đội tuyển Thái Lan"
    media = ctx.get("media_before", set())
    if ends_with(toks, i, media, 5):
        return True  # "Theo báo chí Nga", "truyền thông Hàn Quốc đưa tin"
    if h.i >= 2 and toks[h.i - 1].text == "(" and h.j < len(toks) and toks[h.j].text == ")":
        k = h.i - 1  # "tờ Politico (Mỹ)", "hãng tin Yonhap (Hàn Quốc)": the outlet's country
        while k > 0 and h.i - 1 - k < _MAX_OUTLET and is_cap(toks[k - 1]):
            k -= 1
        return k < h.i - 1 and ends_with(toks, k, media | {"theo"}, 5)
    return False


def _metonym(h: Hit, toks: list[Tok], ctx: dict[str, set[str]], title_before: bool) -> bool:
    """A capital for its state: as the subject of a verb, after của/với or a title."""
    loc = ctx.get("locative_before", set())
    place = suffix_len(toks, h.i, ctx.get("place_noun", set()), 2)
    if ends_with(toks, h.i - place, loc, 2):
        return False  # "tại Washington", "ở thủ đô Bắc Kinh"
    if title_before:
        return True  # "Thủ hiến New Delhi"
    if not place and h.j < len(toks) and is_cap(toks[h.j]):
        return False  # a longer name that opens on the capital ("cảm ơn Washington Post")
    return starts_with(toks, h.j, ctx.get("metonym_after", set()), 2) or (
        not place and ends_with(toks, h.i, ctx.get("metonym_before", set()), 2))


def guard(hits: list[Hit], toks: list[Tok], lex: Lexicon, norm: str, named_states: Collection[str] = ()) -> None:
    """Decide each guarded hit from its neighbours (lists need two passes). `named_states`: the codes of the states the
    document has named before this sentence; a name guarded `state` of one of them that may open a clause
    (actor_context.tsv clause_names: "Anh", "Áo", "Ý"; not "Jordan" or "Việt", given names), right after a verb of
    named_state_after and before no word in upper case, is that state again ("Ngoại trưởng Anh ..." then "Thủ tướng đề
    nghị Anh hỗ trợ ..."; not "bảng Anh", "mì Ý")."""
    ctx = lex.context
    func = ctx.get("function_word", set()) | ctx.get("state_before", set())
    starts = {h.i: h for h in hits}
    ends = {h.j: h for h in hits}
    for h in hits:
        g = h.entry.guard
        before = ends.get(h.i)
        title_before = before is not None and before.entry.kind == "title" and before.ok is not False
        if h.entry.title_kind == "portfolio":
            h.ok = title_before  # "Bộ trưởng Tư pháp"; alone it is nothing
            continue
        if h.entry.kind == "block" or _not_a_party(h, toks, ctx, title_before):
            h.ok, h.muted = False, h.entry.kind == "state"
            continue
        prev = toks[h.i - 1] if h.i else None
        if g == "short":  # "Tổng thống Moon", "Chủ tịch Trung Quốc Tập", "ông Moon"
            named = before is not None and before.ok is not False and (
                title_before or (before.entry.kind in ("state", "org") and before.i in ends
                                 and ends[before.i].entry.kind == "title"))
            nxt = toks[h.j] if h.j < len(toks) else None
            # "Tổng Giám đốc Tập đoàn": the short name opens a common word, it names nobody.
            compound = nxt is not None and nxt.low in ctx.get("short_not_before", set())
            # "Hai ông Trump và Abe": a person named right before, across a list join, lends the honorific.
            person_before = h.i >= 2 and prev is not None and prev.low in ctx.get("person_list_join", set()) and \
                ends.get(h.i - 1) is not None and ends[h.i - 1].entry.kind == "person" and ends[h.i - 1].ok is not False
            h.ok = not compound and (named or person_before or (prev is not None and prev.low in lex.honorifics))
            continue
        if h.entry.kind == "state" and prev is not None and not before and is_family_name(prev) \
                and prev.low not in func and (
                h.i < 2 or not is_cap(toks[h.i - 2]) or toks[h.i - 2].text.isupper()
                or (h.i - 1 in ends and ends[h.i - 1].entry.kind == "title")):
            # A family name opening a name right before it: the state's name is a Vietnamese person's given name
            # ("đại biểu quốc hội (ĐBQH) Dương Trung Quốc", "TS.Nguyễn Việt Nam"), not a party. Not a word that marks
            # a state as well ("Đoàn Việt Nam", the delegation: actor_context.tsv state_before).
            h.ok = False
            continue
        if not g:
            h.ok = True
            continue
        nxt = toks[h.j] if h.j < len(toks) else None
        trigger = title_before or ends_with(toks, h.i, ctx.get("state_before", set()), 2) or (
            g == "state" and h.entry.phrase.lower() in ctx.get("clause_names", set())
            and prev is not None and prev.text in ctx.get("clause_before", set())
            # "Cụ thể, Anh cấm ...", not "Vienna, Áo"; after a word ("nói với báo Sunday Times rằng Anh ...")
            # what stands before that word says nothing
            and (prev.text.isalpha() or (h.i >= 2 and not is_cap(toks[h.i - 2])))
        ) or _dated_subject(h, toks, ctx) or (
            g == "state" and h.entry.phrase.lower() in ctx.get("clause_names", set())
            and ends_with(toks, h.i, ctx.get("visit_before", set()), 3)  # "đang thăm chính thức Áo"
        ) or (
            g == "state" and h.entry.code in named_states and h.entry.phrase.lower() in ctx.get("clause_names", set())
            and ends_with(toks, h.i, ctx.get("named_state_after", set()), 3)
            and not (nxt is not None and is_cap(nxt)))  # ("mời Anh Tuấn"; a pair, "Anh-Mỹ", is `_lists`'s to join)
        glued = nxt is not None and norm[toks[h.j - 1].end:nxt.start] == " "
        name_after = nxt is not None and is_cap(nxt) and (
            h.j not in starts or (bool(starts[h.j].entry.guard) and glued))
        hit_before = before is not None and before.ok is not False  # "Pfizer Mỹ", "Việt-Trung"
        if nxt and (nxt.text in h.entry.unless_next or nxt.low in h.entry.unless_next) and not _unblocked(h, toks):
            h.ok = False
        elif prev and (prev.low in ctx.get("honorific", set()) or prev.low in ctx.get("not_after", set())):
            h.ok = False  # "chị Nga", "cô Mỹ", "huyện Mỹ Đức", "tiếng Pháp"
        elif prev and is_cap(prev) and not hit_before and prev.low not in func:
            h.ok = False  # "Thị Nga", "Minh Đức": part of a name
        elif g == "metonym":
            # A capital listed right after one that stands for its state stands for its own ("kêu gọi Moscow và
            # Bắc Kinh cùng chống lại ..."); one after a place stays a place ("tại Washington và Bắc Kinh").
            listed_after = ends.get(h.i - 1) if h.i >= 2 and toks[h.i - 1].low in ("và", ",") else None
            h.ok = _metonym(h, toks, ctx, title_before) or (
                listed_after is not None and listed_after.entry.guard == "metonym" and listed_after.ok is True)
        elif g == "name":
            h.ok = trigger or not name_after  # "Mỹ Tâm", "Đức Anh"; but "Nhật-Hàn"
        elif g in ("state", "pair"):
            if name_after and not title_before:
                h.ok = False  # "của Anh Sa": a person; "Trung Đông"
            else:
                h.ok = True if trigger and g == "state" else None
    _lists(hits, toks, ctx.get("list_join", set()), norm)
    for h in hits:
        if h.ok is None:
            h.ok = False


def _unblocked(h: Hit, toks: list[Tok]) -> bool:
    """Whether the word after the phrase, one of its `unless_next`, is followed by a word that makes it no block
    ("viện!trợ" in country_aliases.tsv: "Chính phủ Mỹ viện trợ" names the United States, "Mỹ viện" alone a salon)."""
    nxt = toks[h.j]
    after = h.entry.unless_next_but.get(nxt.text) or h.entry.unless_next_but.get(nxt.low)
    return bool(after) and h.j + 1 < len(toks) and toks[h.j + 1].low in after


def _dated_subject(h: Hit, toks: list[Tok], ctx: dict[str, set[str]]) -> bool:
    """A state guarded `state` that opens the sentence with a day right after it: "Áo ngày 31/10 đã công bố".
    A person called "anh" is not dated so, and "Anh ngày càng ..." has no day."""
    if h.i != 0 or h.entry.guard != "state" or h.entry.phrase.lower() not in ctx.get("clause_names", set()):
        return False
    if h.j + 1 >= len(toks):
        return False
    word, day = toks[h.j].low, toks[h.j + 1].low
    return (word in ctx.get("dated_subject", set()) and day[:1].isdigit()) or \
        f"{word} {day}" in ctx.get("dated_subject_days", set())


def _lists(hits: list[Hit], toks: list[Tok], joins: set[str], norm: str) -> None:
    """"Anh và Pháp", "Đức, Ý, Áo": a list carries its members; two short forms
    joined by a dash carry each other ("Việt-Trung"); "Trung" needs the dash."""
    for _ in range(3):
        changed = False
        for k, h in enumerate(hits):
            if h.ok is not None:
                continue
            for other in (hits[k - 1] if k else None, hits[k + 1] if k + 1 < len(hits) else None):
                if other is None or other.ok is False or other.entry.kind not in ("state", "org"):
                    continue
                a, b = (other, h) if other.i < h.i else (h, other)
                gap = " ".join(t.low for t in toks[a.j:b.i])
                between = norm[toks[a.j - 1].end:toks[b.i].start]
                dash = (not gap and "-" in between) or gap == "/"
                if not dash and (other.ok is None or "pair" in (h.entry.guard, other.entry.guard)):
                    continue
                if dash or gap in joins:
                    h.ok, changed = True, True
                    if other.ok is None:
                        other.ok = True
                    break
        if not changed:
            break


def delegation_state(toks: list[Tok], hits: list[Hit], begin: int, end: int, ctx: dict[str, set[str]]) -> str:
    """The state of the delegation a leader heads: "Đoàn cán bộ cao cấp của Bộ Bưu chính và Viễn thông Lào do
    Bộ trưởng Thansamay Kommasith dẫn đầu" makes the minister Lao, and the document remembers him so. The
    first state named after the delegation's head noun (not one it goes to or is in), when `delegation_by`
    ("do") opens the leader and `delegation_led` follows the name; "" otherwise."""
    if begin < 1 or toks[begin - 1].low not in ctx.get("delegation_by", set()) \
            or not starts_with(toks, end, ctx.get("delegation_led", set()), 3):
        return ""
    heads = ctx.get("delegation_head", set())
    start = next((i for i in range(begin - 2, max(-1, begin - 40), -1) if ends_with(toks, i + 1, heads, 2)), None)
    if start is None:
        return ""
    away = ctx.get("delegation_not_after", set())
    # No state after where it goes or is: "Đoàn ... sang Trung Quốc và Mông Cổ do ..." names no state of its own
    # (a word of `away` with a state right after it; "đến từ Lào" comes from Laos).
    at = {h.i for h in hits if h.entry.kind == "state"}
    cut = next((i for i in range(start + 1, begin - 1) if i + 1 in at and ends_with(toks, i + 1, away, 2)), begin - 1)
    named = [h for h in hits if start < h.i < cut and h.entry.kind == "state" and h.entry.code]
    return named[0].entry.code if named else ""


def firm_branch(firm: Hit, country: Hit, toks: list[Tok], ctx: dict[str, set[str]]) -> bool:
    """Whether a firm and the country named right after it are the firm's branch there ("Canon Việt Nam",
    "Yamaha Motor Việt Nam": incorporated in that country, one actor of it). At most two capitalised words
    between them, a country other than the firm's own; not where the firm is an object (`firm_object_before`)
    and the country opens the next clause (`clause_verbs`: "đàm phán với Pfizer Việt Nam sẽ nhận thêm ...");
    "Heineken Việt Nam đã hoàn tất ..." is the branch as subject."""
    if country.entry.kind != "state" or country.entry.code in ("", firm.entry.code) or country.i - firm.j > 2:
        return False
    if not all(t.text[:1].isupper() for t in toks[firm.j:country.i]):
        return False
    opens_clause = country.j < len(toks) and toks[country.j].low in ctx.get("clause_verbs", ())
    return not (firm.i > 0 and toks[firm.i - 1].low in ctx.get("firm_object_before", ()) and opens_clause)
