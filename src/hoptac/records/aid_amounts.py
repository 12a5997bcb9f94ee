"""The amounts an AID (or a sale, or a relief measure) gives: money, counts of goods, and what is no amount of the
act (a vague scale, a head count, a breakdown or a running total, packaging, a capacity, the vehicle that carries
the goods). Kept apart from records/aid.py, which decides who gives what to whom.
"""

from __future__ import annotations

import re
from functools import lru_cache

from hoptac.model import Quantity
from hoptac.records.cues import alternation, ends_on, lexicon, spans
from hoptac.records.roles import COUNTRY_RULES, View
from hoptac.text.normalise import fold


def is_money(q: Quantity) -> bool:
    return lexicon().unit_category.get(q.unit) == "financial"


def amounts(view: View, start: int, end: int, firm: bool = True, carried: bool = False) -> list[Quantity]:
    """Amounts given between `start` and `end`. `firm`: none vague ("hàng nghìn", "vài trăm":
    the guide's no-quantity) and no head count (the people an aid reaches are not what it gives), but the
    people the act trains (`_trained`). `carried` (an AID's): not the vehicles that carry the goods (`_carrier`)."""
    found = [(s, e, q) for s, e, q in view.quantities if start <= s < end]
    if not firm:
        return [q for _s, _e, q in found]
    aid = lexicon().raw.get("AID", {})
    heads = set(aid.get("not_amounts", []))
    return [q for k, (s, _e, q) in enumerate(found)
            if (q.unit not in heads or _trained(view, start, s, aid))
            and not vague(q) and not _part(view, s, aid) and not bracketed_part(view, found[:k], s, q)
            and not (carried and _carrier(view, found, k, aid))]


def _trained(view: View, start: int, pos: int, aid: dict) -> bool:
    """Whether a head count at `pos` is the people the act starting at `start` trains: right after one of [AID]
    trained_by, only trained_between words between ("huấn luyện cho hơn 1.500 sĩ quan"); no comma between the act and
    the training (another clause's training is another act: "trao tặng ... 20 máy thở, Bộ Y tế đã tập huấn cho 300
    cán bộ"), and not a noun after one of trained_not_after ("quy mô đào tạo 500 người mỗi năm": a capacity)."""
    m = _training_words(tuple(aid.get("trained_by", [])), tuple(aid.get("trained_between", []))).search(
        view.low, max(start, pos - 40), pos)
    if m is None or re.search(r"[,;:]", view.low[start:m.start()]):
        return False
    return not ends_on(lexicon().words.get("trained_not_after"), view.low[max(0, m.start() - 24):m.start()].rstrip())


@lru_cache(maxsize=4)
def _training_words(words: tuple[str, ...], between: tuple[str, ...]) -> re.Pattern[str]:
    """[AID] trained_by, then any of trained_between, then the end (the count's start), compiled once."""
    return re.compile(rf"(?<!\w)(?:{alternation(list(words))})(?:\s+(?:{alternation(list(between))}))*\s+$")


def bracketed_part(view: View, before: list[tuple[int, int, Quantity]], pos: int, q: Quantity,
                   cue: tuple[int, int] | None = None) -> bool:
    """A count in brackets that open right after a count of the same unit is its breakdown: "duy trì 36 tổ, chốt (19
    tổ, chốt cố định và 17 tổ, chốt lưu động)", "5 triệu liều (2 triệu liều Pfizer, 3 triệu liều Moderna)". Not a
    count of another unit ("17 hộ gia đình (73 người)", "100 máy thở (trị giá 2 triệu USD)"), not a bracket that
    holds one of [AID] bracket_not_part (a running total, a worth: "50.104 người (lũy kế 260.104 người)") or the
    act's own phrase (`cue`), and not the next item of a list, whose name stands before its bracket ("Israel 3,8 tỷ
    USD, Ai Cập (1,3 tỷ USD)")."""
    low = view.low
    opened = low.rfind("(", 0, pos)
    if opened < 0 or ")" in low[opened:pos]:
        return False
    close = closing_bracket(low, opened + 1, len(low))
    if cue is not None and opened < cue[1] <= close:
        return False
    if any(opened < s < close for s, _e in spans(lexicon().words.get("bracket_not_part"), low)):
        return False
    for _s, e, prev in before:
        gap = low[e:opened]
        # (a list's next item is a state named before its bracket; a firm, a brand or a vaccine's name is no item)
        named = any(e <= sl.start < opened and sl.actor is not None and sl.actor.rule.startswith(COUNTRY_RULES)
                    for sl in view.slots)
        if e <= opened and prev.unit == q.unit and len(gap.split()) <= 3 and ")" not in gap and not named:
            return True
    return False


def closing_bracket(low: str, start: int, end: int) -> int:
    """Where the bracket open before `start` closes (brackets inside it counted), or `end` if not before it."""
    depth = 0
    for i in range(start, end):
        if low[i] == "(":
            depth += 1
        elif low[i] == ")":
            if depth == 0:
                return i
            depth -= 1
    return end


def licenses_aid(qs: list[Quantity]) -> bool:
    """Whether the amounts alone may make an act aid where its words do not: a count of ships, aircraft or guns
    ([AID] unlicensed_units) says what an act of giving gives, not that there was one ("1 tàu hỗ trợ ... bao vây 2 tàu",
    "Pavlichenko được tặng một khẩu súng lục"); a dose, a mask or money does. (Aid named inside thanks needs only an
    amount, of anything: the guide's "cảm ơn Mỹ đã hỗ trợ 2 tàu tuần tra" is aid.)"""
    unlicensed = lexicon().raw.get("AID", {}).get("unlicensed_units", [])
    return any(q.unit not in unlicensed for q in qs)


def _carrier(view: View, found: list[tuple[int, int, Quantity]], k: int, aid: dict) -> bool:
    """A count of the vehicles that carry goods counted after them ("Một máy bay vận tải quân sự Super Galaxy,
    chở hơn 400 bình ôxy"): the goods are the amount ([AID] carrier_units, carrier_verbs). Vehicles counted
    with no goods counted after the carrying word ("điều 105 máy bay chở lương thực") are what the text gives."""
    _s, e, q = found[k]
    carriers = aid.get("carrier_units", [])
    if q.unit not in carriers:
        return False
    not_goods = {*carriers, *aid.get("unlicensed_units", []), *aid.get("not_amounts", [])}
    reach = e + int(aid.get("carrier_reach", 120))
    # (money is the vehicles' worth, not goods they carry: "tặng Lào 20 xe buýt chở khách trị giá 1 triệu USD")
    goods = next((s2 for s2, _e2, q2 in found[k + 1:] if e <= s2 <= reach and q2.unit not in not_goods
                  and not is_money(q2)), None)
    carrying = _carrying_words(tuple(aid.get("carrier_verbs", [])))
    return goods is not None and carrying.search(view.low, e, goods) is not None


@lru_cache(maxsize=4)
def _carrying_words(words: tuple[str, ...]) -> re.Pattern[str]:
    """[AID] carrier_verbs as whole words of the folded text, compiled once."""
    alternatives = "|".join(re.escape(fold(w)) for w in sorted(words, key=len, reverse=True))
    return re.compile(rf"(?<!\w)(?:{alternatives})(?!\w)")


def _part(view: View, pos: int, aid: dict) -> bool:
    """An amount that is a breakdown, a running total or packaging ([AID] part_before, total_raise)."""
    before = view.low[max(0, pos - 30):pos].rstrip()
    if any(re.search(rf"(?:^|\s){re.escape(fold(w))}$", before) for w in aid.get("part_before", [])):
        return True
    cs, _ce = view.clause(pos)
    return before.endswith(" lên") and any(fold(w) in view.low[cs:pos] for w in aid.get("total_raise", []))


@lru_cache(maxsize=1)
def _vague_words() -> tuple[str, ...]:
    from hoptac.lexicon import read_toml

    return tuple(fold(w) + " " for w in read_toml("numbers.toml").get("approximate", {}).get("words", []))


def vague(q: Quantity) -> bool:
    """An amount given by its scale alone ("hàng nghìn máy tạo ôxy", numbers.toml [approximate])."""
    return fold(q.text).lower().startswith(_vague_words())
