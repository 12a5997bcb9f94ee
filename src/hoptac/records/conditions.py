"""A cue's own conditions, before anyone is asked who acts: the amounts or items its rule requires, the story's
subject (an epidemic for a measure), the words that answer a request it names, and its clause's blockers.

Each failed condition is a reason (kind and text) that the records stage keeps as the cue's Drop. Kept apart from
records/rules.py, which reads a sentence's cues in order and hands each one that stands to its type's handler.
"""

from __future__ import annotations

import re
from functools import lru_cache

from hoptac.records.aid_amounts import amounts, is_money
from hoptac.records.cues import CueHit, lexicon, spans
from hoptac.records.measure_source import measure_words
from hoptac.records.roles import View


def applicable(view: View, cue: CueHit, qend: int, epidemic: bool, no_epidemic: bool = False
                ) -> tuple[str, str] | None:
    """The cue's own conditions: required amounts or items, the story's subject, and clause
    blockers; why not, if not."""
    rule = cue.rule
    if rule.requires == "epidemic_here":
        cs, ce = view.clause(cue.start)
        if not epidemic or not spans(measure_words("epidemic_words"), view.low[cs:ce]):
            return "condition", "a measure only in a story about an epidemic, where its clause names it (measures.tsv needs)"
        return None
    if rule.requires in ("epidemic", "contacts") and not epidemic:
        return "condition", "a measure only in a story about an epidemic (measures.tsv needs)"
    if rule.requires == "epidemic":
        return None
    if cue.type == "MEASURE" and no_epidemic:
        return "condition", "a whole story that names no epidemic: no epidemic measure ([MEASURE] epidemic_only)"
    if rule.requires == "contacts":
        # "Các trường hợp tiếp xúc đã được cách ly tập trung, lấy mẫu chờ kết quả xét nghiệm": routine
        # testing of traced contacts and arrivals is a measure (guide amendment); a patient's own test is none.
        cs, ce = view.clause(cue.start)
        if not spans(measure_words("contact_words"), view.low[cs:ce]):
            return "condition", "only of traced contacts or arrivals, and the clause names none ([MEASURE] contact_words)"
        return None
    lo = view.clause(cue.start)[0] if rule.item_before else cue.start
    if rule.requires and not holds(view, lo, qend, rule.requires, True):
        return "condition", f"needs {'an' if rule.requires == 'item' else 'a'} {rule.requires} after the cue"
    if rule.unless and holds(view, lo, qend, rule.unless, False):
        return "condition", f"a {rule.unless} after the cue makes it another type"
    cs, ce = view.clause(cue.start)
    if rule.answers is not None and not rule.answers.search(view.low[max(cs, cue.start - rule.answers_reach):cue.end]):
        return "condition", "no word before it that answers the request it names"
    # (each blocker looked for as written first, by `str.find`: most clauses hold none, and its pattern matches only there)
    blocker = next((b for b in rule.blockers
                    if view.low.find(b, cs, ce) >= 0 and _blocks(view.low, cs, ce, b, rule.blockers_not)), None)
    if blocker:
        return "guard", f"'{blocker}' in the clause"
    accused = lexicon().words.get("aid_accused") if cue.type == "AID" else None
    if accused is not None:
        reach = int(lexicon().raw.get("AID", {}).get("accused_reach", 60))
        lead = re.split(r"[,;:]", view.low[max(cs, cue.start - reach):cue.start])[-1]
        if m := accused.search(lead):
            return "guard", f"'{m.group(0).strip()}' before it: help a state is accused of giving ([AID] accused_before)"
    return None


def holds(view: View, lo: int, qend: int, what: str, other: bool) -> bool:
    """Whether [lo, qend) holds the quantity, money or item a rule `requires` (or is `unless`); `other` for
    a word naming none. Asked only of a rule naming one (most name none: the item test, every category's
    words looked for, was made for every cue)."""
    if what not in ("quantity", "money", "item"):
        return other
    # (neither a head count nor a count of ships or aircraft, what a gift or a sale gives, never what makes one:
    # aid_amounts.licenses_aid)
    aid = lexicon().raw.get("AID", {})
    excluded = {*aid.get("not_amounts", []), *aid.get("unlicensed_units", [])}
    qs = [q for q in amounts(view, lo, qend, firm=False) if q.unit not in excluded]
    if what == "item":
        return bool(qs) or any(spans(rx, view.low[lo:qend]) for rx in lexicon().categories.values())
    return any(is_money(q) for q in qs) if what == "money" else bool(qs)


def _blocks(low: str, cs: int, ce: int, blocker: str, blockers_not: tuple[str, ...]) -> bool:
    """Whether the blocker stands in low[cs:ce] outside every phrase of the rule's blockers_not that holds it ("Hàng
    chục lãnh đạo ... đã đến Bắc Kinh": dozens of leaders, no goods, for [CONSULT.trip]'s "hàng")."""
    spans = [(m.start(), m.end()) for b in blockers_not if blocker in b for m in phrase(b).finditer(low, cs, ce)]
    return any(not any(s <= m.start() and m.end() <= e for s, e in spans) for m in phrase(blocker).finditer(low, cs, ce))


@lru_cache(maxsize=4096)
def phrase(words: str) -> re.Pattern[str]:
    """A blocker as whole words ("cử tri" is not in "cử triển khai"); one that ends on a space or a mark ("pv ")
    bounds itself there, and one that ends on a digit names a model and its variants ("f-35": "F-35B")."""
    head = r"(?<!\w)" if words[:1].isalnum() else ""
    tail = r"(?!\w)" if words[-1:].isalpha() else r"(?!\d)" if words[-1:].isdigit() else ""
    return re.compile(head + re.escape(words) + tail)
