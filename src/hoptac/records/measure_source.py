"""Whose MEASURE a sentence reports when no state stands before its phrase, and when a story has none.

Split from rules.py: the guide's measures are a state's epidemic measures, so the source of a
measure named without its state is looked for in the sentence's places and the document's measures
so far, never in a firm's own rule, and a long story that never names an epidemic has none. The words
these read are cues.toml [MEASURE] lists (epidemic_only, private, lifted, elsewhere, not_the_place,
people, taken_in).
"""

from __future__ import annotations

import re
from functools import lru_cache

from hoptac.records.context import Context
from hoptac.records.cues import CueHit, ends_on, lexicon, phrase_regex, spans
from hoptac.records.roles import Slot, View, capital_states


def epidemic_only(sentences: int) -> bool:
    """Whether a story of this many sentences that never names an epidemic has no MEASURE ([MEASURE]
    epidemic_only): the guide's measures are epidemic measures, and a travel ban, a police cordon or a school
    shut by snow is none. Only a whole story (at least `epidemic_only` sentences) says so: a lone sentence or
    a short snippet says nothing of the story around it."""
    least = int(lexicon().raw.get("MEASURE", {}).get("epidemic_only", 0))  # 0: never
    return 0 < least <= sentences


@lru_cache(maxsize=8)
def measure_words(*keys: str) -> re.Pattern[str] | None:
    """cues.toml [MEASURE] word lists as one pattern, compiled once per lexicon (not per
    document or sentence)."""
    raw = lexicon().raw.get("MEASURE", {})
    return phrase_regex([w for k in keys for w in raw.get(k, [])])


def firms_rule(view: View, cue: CueHit) -> bool:
    """Whether a firm imposes the measure ("công ty yêu cầu ... thực hiện cách ly"): a firm named
    before the phrase in its clause (cues.toml [MEASURE] private). No state's measure then."""
    cs, _ce = view.clause(cue.start)
    return bool(spans(measure_words("private"), view.low[cs:cue.start]))


def only_state(view: View, cue: CueHit, ctx: Context) -> tuple[str, float, str] | None:
    """Whose one-side act (a MEASURE) a sentence reports when no state stands before it. When the
    sentence names no actor at all: the one state of every measure the document has found so far,
    else the one state the document has named so far (a provincial report names only Việt Nam's
    places). Else the one state the sentence names anywhere as a place ("... được cách ly ngay sau
    khi nhập cảnh ..., tỉnh Hòa Bình": a province counts for its state); several, or a state named
    as an origin or a nationality: nobody. Last, in a sentence naming nobody, the one state the document's
    first sentence names as a place while it is the last state named as one ("Chiều tối 30/4, Sở Y tế Hà Tĩnh cho
    biết ..." then "Đến khoảng 21h ngày 28/4 được đưa về cách ly tập trung ..."). A sentence naming nobody takes
    no state where it speaks of the world (`_worldwide`) or names another state's capital. Only in a document about
    an epidemic (elsewhere "phong
    tỏa" is a police cordon), and not where a firm imposes it ("công ty yêu cầu những người leo núi
    phải thực hiện xét nghiệm")."""
    if not ctx.epidemic or view.speech or spans(measure_words("lifted"), view.low):
        return None
    if firms_rule(view, cue):
        return None
    if not view.slots and len(ctx.measure_states) == 1 and not _worldwide(view):
        # A report of one state's measures goes on about it: "Trong ngày 26/4, có thêm 50.104 người được
        # tiêm chủng" names nobody, however far the last measure. A sentence naming anyone (WHO, "người
        # Mỹ", "từ Ấn Độ") or another part of the world ("Trên thế giới, ...") is not taken.
        return next(iter(ctx.measure_states)), 0.7, "source: the one state of the document's measures so far"
    # A firm is no state whose measure it is (it names a product, or imposes its own rule).
    states = [sl for sl in view.slots if sl.is_state and sl.code and sl.code != "INTL"
              and not (sl.actor is not None and sl.actor.role == "firm")]
    here = {sl.code for sl in states if as_place(view, sl)}
    if len(here) != len({sl.code for sl in states}):
        # A state named as an origin or a nationality: whose measure it is cannot be told, unless the
        # sentence names the one place it is taken in ("BN2807-2810 từ Nhật Bản nhập cảnh ... và được cách ly
        # ngay sau khi nhập cảnh tại tỉnh Thái Bình").
        at = {sl.code for sl in states if as_place(view, sl) and _right_before(view, sl, measure_words("taken_in"), 20)}
        if len(here) == 1 and at == here:
            return next(iter(here)), 0.7, "source: the one state its sentence names as the place, beside an origin"
        return None
    if len(here) == 1:
        return next(iter(here)), 0.8, "source: the one state its sentence names"
    # A sentence naming someone else (WHO) is not the state's, nor one naming the world or another state's capital
    # without an actor ("60 ca ở Vientiane ... phong tỏa").
    if view.slots or _worldwide(view):
        return None
    named, lead = ctx.states_named - {"INTL"}, ctx.lead_states - {"INTL"}
    if len(named) == 1 and capital_states(view.low) <= named:
        return next(iter(named)), 0.7, "source: the only state the document has named"
    if len(lead) == 1 and {ctx.last_place} == lead and capital_states(view.low) <= lead:
        # a report's lead sets where the story is while the story stays there (the last place named is the lead's:
        # a state named as where travellers came from is none)
        return next(iter(lead)), 0.6, "source: the one state the first sentence names as a place, the last one named"
    return None


def _worldwide(view: View) -> bool:
    """Whether the sentence speaks of the world or of other parts of it ([MEASURE] elsewhere: "Trên thế giới, ...",
    "khắp toàn cầu"), not only of where people came from ("nhập cảnh từ nước ngoài": after a [MEASURE] not_the_place
    word) or of a gate's name ("Cửa khẩu quốc tế Cầu Treo": after an [MEASURE] elsewhere_names word)."""
    low, not_before = view.low, measure_words("not_the_place", "elsewhere_names")
    return any(not ends_on(not_before, low[max(0, s - 24):s].rstrip())
               for s, _e in spans(measure_words("elsewhere"), low))


def note_places(view: View, ctx: Context) -> None:
    """Keep the last state a sentence names as a place (`as_place`; a firm is none), and those of the document's
    first sentence."""
    places = [sl.code for sl in view.slots if sl.is_state and sl.code and as_place(view, sl)
              and not (sl.actor is not None and sl.actor.role == "firm")]
    if places:
        ctx.last_place = places[-1]
    if view.sentence.index == 0:
        ctx.lead_states = set(places)


def _right_before(view: View, sl: Slot, words: re.Pattern[str] | None, reach: int) -> bool:
    gap = view.low[max(0, sl.start - reach):sl.start].rstrip()
    return ends_on(words, gap)


def as_place(view: View, sl: Slot) -> bool:
    """Whether a state is named as where the story is, not right after a word that makes it an origin, a
    destination or a partner ("về từ Lào", "với Lào") or its people ("công dân Lào"): [MEASURE] not_the_place and
    people; nor after such a word and a place of its own ("về từ Viêng Chăn, Lào", "từ tỉnh Salavan, Lào")."""
    words = measure_words("not_the_place", "people")
    return not (_right_before(view, sl, words, 14) or _after_origin_and_place(view, sl, words))


def _after_origin_and_place(view: View, sl: Slot, words: re.Pattern[str] | None) -> bool:
    """Whether a state follows an origin word and a place of one to four words, then a comma ("từ Thủ đô Viêng
    Chăn, Lào"): every split of those words is tried, not only the longest."""
    gap = view.low[max(0, sl.start - 50):sl.start].rstrip()
    if words is None or not gap.endswith(","):
        return False
    place = gap[:-1].split()
    for k in range(1, min(4, len(place)) + 1):
        if any(ch in w for w in place[-k:] for ch in ",;:()"):
            return False
        head = " ".join(place[:-k])
        if ends_on(words, head):
            return True
    return False
