"""Aid in noun form: "sự hỗ trợ", "sự quan tâm và hỗ trợ của X", "sự ủng hộ, giúp đỡ quý báu của X".

The guide records aid named inside thanks or praise only when the text names its kind (an item, or an amount):
"Thanks for 'sự hỗ trợ' of unnamed or unspecified kind is only the SUPPORT". A noun form names the help as a
thing someone has, not an act done; with no kind and no amount it is no record of aid (the issue's "acts in noun
form when they name their owner and carry an amount or a specific item"). The words live in cues.toml [AID]
noun_form and noun_form_words.
"""

from __future__ import annotations

import re
from functools import lru_cache

from hoptac.records.cues import CueHit, alternation, lexicon
from hoptac.records.roles import Slot, View
from hoptac.text.normalise import fold


@lru_cache(maxsize=1)
def _noun_form() -> tuple[re.Pattern[str], re.Pattern[str], frozenset[str]] | None:
    """A noun marker as a word of its own, not opening one of noun_form_nouns, then at most noun_form_words words
    (commas and "và" among them) up to the cue; the words that make that stretch a clause (noun_form_not_between);
    and the syllables that make the marker the second of a word (noun_form_not_after: "quân sự", "lãnh sự")."""
    aid = lexicon().raw.get("AID", {})
    words = aid.get("noun_form", [])
    if not words:
        return None
    most = int(aid.get("noun_form_words", 4))
    nouns = alternation(aid.get("noun_form_nouns", []))
    marker = re.compile(rf"(?<!\w)(?!(?:{nouns})(?!\w))(?:{alternation(words)})\s+(?:[^\s;.:]+\s+){{0,{most}}}$")
    between = re.compile(rf"(?<!\w)(?:{alternation(aid.get('noun_form_not_between', []))})(?!\w)")
    return marker, between, frozenset(aid.get("noun_form_not_after", []))


def in_noun_form(view: View, cue: CueHit) -> bool:
    """Whether the cue stands in a noun phrase that a noun marker opens, within its clause: no actor and no aspect
    word between the marker and the cue."""
    rxs = _noun_form()
    if rxs is None:
        return False
    marker, between, not_after = rxs
    m = marker.search(view.low, max(view.clause(cue.start)[0], cue.start - 60), cue.start)
    if m is None or between.search(view.low, m.start(), cue.start):
        return False
    if not not_after.isdisjoint(view.low[max(0, m.start() - 12):m.start()].split()[-1:]):
        return False  # ("quân sự", "lãnh sự": a syllable of another word)
    return not any(m.start() <= sl.start < cue.start for sl in view.slots)


# -- help named by its owner: "với sự hỗ trợ (trực tiếp) của X" ([AID.with_help], rule setting owner_words) -------------

_GLOSS = r"\s*(?:\([^()]{1,20}\)\s*)?"  # an acronym in brackets may gloss a giver ("Quỹ Nhi đồng Liên hợp quốc (UNICEF)")
_JOINED = re.compile(_GLOSS + r"(?:,|và|, và)\s*")  # between givers listed together
_LIST_END = re.compile(_GLOSS + r"(?:[,.;:]|$)")  # what closes the list: its phrase ends there


@lru_cache(maxsize=4)
def _owner_before(words: int) -> re.Pattern[str]:
    """At most `words` words (the help's kind or amount: "hỗ trợ kỹ thuật", "hỗ trợ 10 triệu USD"), an owner or
    source word ([AID.markers] owner, source), then at most two words (a body before its state: "của quân đội Mỹ")."""
    markers = lexicon().raw.get("AID", {}).get("markers", {})
    marks = "|".join(re.escape(fold(w)) for w in (*markers.get("owner", []), *markers.get("source", [])))
    return re.compile(r"(?:\s+[^\s,;.]+){0,%d}?\s+(?:%s)(?:\s+[^\s,;.]+){0,2}\s+" % (words, marks))


def owned_givers(view: View, cue: CueHit, objs: list[Slot]) -> list[Slot]:
    """Who gave help named by its owner: the first actor after the cue, right after its owner word ("với sự hỗ trợ
    trực tiếp của Bộ Ngoại giao Ấn Độ"), and those listed with it ("của Nhật Bản, Hàn Quốc và Australia, Việt Nam đã
    ..."); nobody where the first actor stands farther or is a firm (an owner the finder does not know leaves no other
    to stand in: "với sự tài trợ của Tổ chức Hanns Seidel Foundation và sự hợp tác của Bộ Giáo dục" is no help of the
    ministry's). A list with a comma in it must close where a phrase closes (a comma, the sentence's end): "Với sự hỗ
    trợ của Nhật Bản, Việt Nam và Lào đã ..." lists no helpers after the comma, it names who acted."""
    first = objs[:1]
    if not first or not _owner_before(cue.rule.owner_words or 0).fullmatch(view.low[cue.end:first[0].start]) \
            or (first[0].actor is not None and first[0].actor.role == "firm"):
        return []
    givers, joins = list(first), []
    for o in objs[1:]:
        join = view.low[givers[-1].end:o.start]
        if not _JOINED.fullmatch(join) or (joins and "và" in joins[-1]):  # (a list ends on its "và X")
            break
        givers.append(o)
        joins.append(join)
    if any("," in j for j in joins) and not _LIST_END.match(view.low, givers[-1].end):
        return givers[:1 + next(i for i, j in enumerate(joins) if "," in j)]  # (up to the first comma)
    return givers
