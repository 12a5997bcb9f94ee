"""Who does what to whom in one sentence: the sentence view, sources and targets.

Vietnamese news puts the actor before the verb ("Nhật Bản trao tặng ...") and
the recipient after it, often behind "cho"/"với"/"tặng" ("... cho Việt Nam").
So the source of a cue is the nearest actor before it, skipping actors that are
themselves objects or places ("cho X", "tại X", "của X"), widened to a
coordinated group ("ASEAN và Mỹ", "Việt Nam đã cùng Hoa Kỳ, Nhật Bản ...");
targets are the actors after the cue up to a window stop ("về", "nhằm", ...),
the next cue or the clause end (";"): records/window.py. When a sentence names no actor before the
cue, the subject carried from earlier sentences speaks (reported speech: "Ông
cảm ơn ...").
"""

from __future__ import annotations

import bisect
import re
from dataclasses import dataclass, field
from functools import lru_cache

from hoptac.mentions.quantities import LAZY as QUANTITIES_LAZY, sentence_quantities
from hoptac.model import Actor, DateValue, Document, Quantity, Sentence
from hoptac.records.cues import CueHit, find_cues, lexicon, lower, phrase_regex, spans
from hoptac.text.anchors import may_match
from hoptac.text.normalise import fold

_STATE = re.compile(r"^[A-Z]{3}$")


def _alternatives(words: list[str]) -> str:
    return "|".join(re.escape(fold(w)) for w in words)


@lru_cache(maxsize=1)
def _media_lead() -> re.Pattern[str] | None:
    """'Theo báo chí Nga, ...': the press that reports, compiled once (not per sentence)."""
    media = lexicon().raw.get("roles", {}).get("media", [])
    return re.compile(r"^(?:[^,;]{0,40}, )?theo (?:" + _alternatives(media) + r")\b[^,;]{0,60},") if media else None


def _sides() -> str:
    """[roles] not_subject_sides as an optional word between a not_subject word and the actor."""
    sides = lexicon().raw.get("roles", {}).get("not_subject_sides", [])
    return rf"(?:\s+(?:{_alternatives(sides)}))?" if sides else ""


@lru_cache(maxsize=1)
def _role_words() -> tuple[re.Pattern[str], re.Pattern[str], re.Pattern[str], re.Pattern[str]]:
    """cues.toml [roles]: words that make an actor a non-subject, the coordinators,
    people words and nominalisers (all matched right before an actor)."""
    roles = lexicon().raw.get("roles", {})
    behalf = "".join(rf"(?<!{re.escape(w)} )" for w in roles.get("on_behalf", []))
    not_subject = re.compile(r"(?:^|\s)" + behalf + r"(?:" + _alternatives(roles.get("not_subject", [])) + r")"
                             + _sides() + r"\s*$")
    coord = re.compile(r"^[\s,\-–]*(?:(?:" + _alternatives(roles.get("coordinators", [])) + r")[\s,\-–]*)*$")
    people = re.compile(r"(?:^|\s)(?:" + _alternatives(roles.get("people", [])) + r")\s*$")
    nominal = re.compile(r"(?:^|\s)(?:" + _alternatives(roles.get("nominal", [])) + r")\s*$")
    return not_subject, coord, people, nominal


@dataclass
class Slot:
    """An actor (or a group word) in sentence coordinates (offsets into `View.low`)."""

    start: int
    end: int
    code: str | None  # None for a group word, resolved against the event context
    text: str
    actor: Actor | None = None
    group: str | None = None  # folded group word ("các nước", "hai bên")
    pair: bool = False  # the group word names two sides

    @property
    def is_state(self) -> bool:
        if self.code is None or self.code == "INTL":
            return False
        if self.actor is not None and self.actor.kind in ("org", "intl", "group"):
            return False
        return bool(_STATE.match(self.code))


@dataclass
class View:
    """One sentence as the rules see it: folded text, cues, actors, dates, amounts, clauses.
    (`dates`, `quantities` and `stops` only in a sentence that holds a cue: `build_view`.)"""

    sentence: Sentence
    low: str
    ns: int  # where the sentence starts in doc.norm
    text: str = ""  # the sentence's normalised text, case kept (`low`'s offsets): a name's capital letter
    slots: list[Slot] = field(default_factory=list)
    cues: list[CueHit] = field(default_factory=list)
    in_names: list[CueHit] = field(default_factory=list)  # cue words inside an actor's name: no cue
    not_acts: list[CueHit] = field(default_factory=list)  # cues whose object makes them no act (objects_not)
    clauses: list[tuple[int, int]] = field(default_factory=list)
    dates: list[tuple[int, int, DateValue]] = field(default_factory=list)
    quantities: list[tuple[int, int, Quantity]] = field(default_factory=list)
    speech: list[tuple[int, int]] = field(default_factory=list)
    stops: list[tuple[int, int]] = field(default_factory=list)
    bare: bool = False  # no cue and no actor: `build_view` stopped early, the rules skip the sentence

    def clause(self, pos: int) -> tuple[int, int]:
        for cs, ce in self.clauses:
            if cs <= pos < ce:
                return cs, ce
        return 0, len(self.low)

    def stops_between(self, start: int, end: int) -> bool:
        """Whether a sentence-internal stop (";", a new clause of speech ...) lies in [start, end)."""
        return ";" in self.low[start:end]

    def has(self, word_list: str, start: int, end: int) -> bool:
        """Whether a phrase list of cues.toml occurs inside [start, end)."""
        return any(start <= s and e <= end for s, e in spans(lexicon().words.get(word_list), self.low))


def _local(doc: Document, ns: int, start: int, end: int) -> tuple[int, int]:
    s, e = doc.norm.from_original(start, end)
    return s - ns, e - ns


class MentionIndex:
    """The document's actors, dates and quantities sorted by start, so each sentence
    finds its own by bisection: scanning every mention for every sentence made the
    records stage quadratic in the length of a document. (After the pipeline's lazy
    mentions stage the quantities are empty: `build_view` finds a cue sentence's own.)"""

    def __init__(self, doc: Document) -> None:
        self._lists = {}
        for name in ("actors", "dates", "quantities"):
            items = sorted(getattr(doc, name), key=lambda x: x.start)
            self._lists[name] = (items, [x.start for x in items])

    def inside(self, name: str, start: int, end: int) -> list:
        """The mentions of kind `name` lying wholly in [start, end), in text order."""
        items, starts = self._lists[name]
        lo, hi = bisect.bisect_left(starts, start), bisect.bisect_right(starts, end)
        return [x for x in items[lo:hi] if x.end <= end]


_GLOSS_GAP = re.compile(r"\s*\([^()]{1,15}\)\s*")  # " (nato) ": an acronym in brackets, and nothing else


def _through_gloss(slots: list[Slot], low: str) -> list[Slot]:
    """"Tổng thư ký Tổ chức Hiệp ước Bắc Đại Tây Dương (NATO) Jens Stoltenberg": the name after a body's
    bracketed acronym is the same official, so the two actors of one code either side of the gloss are one
    slot (a list, "A và <this>", and a subject read it whole; as two, the nearer one stood alone)."""
    out: list[Slot] = []
    for sl in slots:
        prev = out[-1] if out else None
        if prev is not None and sl.code and sl.code == prev.code and _GLOSS_GAP.fullmatch(low[prev.end:sl.start]):
            out[-1] = Slot(prev.start, sl.end, prev.code, prev.text, prev.actor, prev.group, prev.pair)
        else:
            out.append(sl)
    return out


# A state's own name (or its capital's), not a province's ("huyện Nghi Lộc (Nghệ An)")
COUNTRY_RULES = ("country_aliases.tsv", "cldr:")
_GLOSS_STOPS = re.compile(r"[,;:()–]|\s-\s")  # what ends the name before a bracket
_QUOTES = "\"“”‘’'"


def _owned_gloss(low: str, bracket: int, slots: list[Slot]) -> bool:
    """Whether the state in the bracket at `bracket` is the body's named right before it ("Tập đoàn TCC (Thái Lan)",
    "Đại học Dong-A (Hàn Quốc)"): a head word of cues.toml [roles] gloss_owners, then at most gloss_owner_words words
    and no punctuation up to the bracket, and no word of gloss_owner_not_after among those words or the four before the
    head (not "tại Tokyo (Nhật Bản)", "ở Vũ Hán, tỉnh Hồ Bắc (Trung Quốc)", "Tập đoàn FPT tại Tokyo (Nhật Bản)"; nor a
    paper, "tờ Haaretz (Israel)", whose word is no head). Not where an actor ends right before the bracket: a firm the
    lexicon knows keeps its own role ("cung cấp linh kiện cho Tập đoàn Mazda (Nhật Bản)" sells to a firm)."""
    owners = lexicon().words.get("gloss_owners")
    before = low[max(0, bracket - 160):bracket]  # (a window: a sentence of many brackets stays linear)
    if owners is None or not may_match(owners, before) or any(0 <= bracket - sl.end <= 1 for sl in slots):
        return False
    roles = lexicon().raw.get("roles", {})
    cut = max((m.end() for m in _GLOSS_STOPS.finditer(before)), default=0)
    heads = list(owners.finditer(before, cut))
    if not heads:
        return False
    named = [w.strip(_QUOTES) for w in before[heads[-1].end():].split()]
    # The words before the head in its own stretch ("Ngày 5/6, tại Hà Nội, Tập đoàn Hyosung (Hàn Quốc)" is the firm's);
    # a town's or a province's head right after a comma reads past it ("ở Vũ Hán, tỉnh Hồ Bắc (Trung Quốc)": a place).
    zone = before[cut:heads[-1].start()]
    if not zone.strip() and heads[-1].group(0).strip() in roles.get("gloss_place_heads", []):
        zone = before[:heads[-1].start()]
    lead = [w.strip(_QUOTES + ",.;:") for w in zone.split()[-4:]]
    not_after = set(roles.get("gloss_owner_not_after", []))
    return len(named) <= int(roles.get("gloss_owner_words", 5)) and not not_after & set(named + lead)


def _place_gloss(view: View, sl: Slot) -> bool:
    """Whether the state at `sl` glosses the place named right before it and its comma ("tại Hamburg, Đức, Tổng thống
    Hàn Quốc ..."): after one of cues.toml [roles] place_gloss_after, 1 to place_gloss_words capitalised words that
    are no actor's, then the comma. Such a state was read as a subject listed with the one after it. Only a state the
    gloss closes (a comma or the sentence's end after it) or one after a place where an actor stands before it ("Thủ
    tướng Montenegro ... có mặt ở Washington, Mỹ để làm lễ ký kết"); a state that goes on as the clause's subject is
    none ("dù không có tuyên bố chủ quyền ở Biển Đông, Singapore vẫn ủng hộ ..."), nor one listed with others ("Tại
    Tehran, Iran và Syria đã ký kết ...", "Tại Geneva, Mỹ, Nga và Pháp ..."), nor the post's own state named again."""
    if sl.actor is None or not sl.actor.rule.startswith(COUNTRY_RULES):
        return False
    roles = lexicon().raw.get("roles", {})
    m = _place_before(tuple(roles.get("place_gloss_after", [])), int(roles.get("place_gloss_words", 3))).search(
        view.low, max(0, sl.start - 80), sl.start)
    if m is None or not all(w[:1].isupper() for w in view.text[m.start(1):m.end(1)].split()):
        return False
    place_start, place_end = m.start(1), m.end(1)
    if view.low[place_start:place_end] == view.low[sl.start:sl.end]:
        return False  # the same state again: a post ends there ("Đại sứ quán ... tại Trung Quốc, Trung Quốc đã")
    if any(o.start < place_end and place_start < o.end for o in view.slots if o is not sl):
        return False  # the place is an actor's name
    after = [o for o in view.slots if o.start >= sl.end]
    if after and re.fullmatch(r"\s*(?:và|cùng|,)\s*", view.low[sl.end:after[0].start]) \
            and (after[0].actor is not None and after[0].actor.rule.startswith(COUNTRY_RULES)
                 or view.low[sl.end:after[0].start].strip() in ("và", "cùng")):
        return False  # listed with others
    closed = re.match(r"\s*(?:[,.;:)]|$)", view.low[sl.end:]) is not None
    actor_before = any(o.end <= m.start() and not view.low.count(",", o.end, m.start()) for o in view.slots)
    return closed or actor_before


@lru_cache(maxsize=4)
def _place_before(words: tuple[str, ...], most: int) -> re.Pattern[str]:
    """A word of `words`, then 1 to `most` words (group 1: the place), a comma and spaces, up to the end of the search
    (the state after it)."""
    return re.compile(rf"(?:^|\s)(?:{_alternatives(list(words))})\s+((?:\S+\s+){{0,{most - 1}}}\S+?),\s+$")


def build_view(doc: Document, sent: Sentence, index: MentionIndex | None = None, whole: bool = False) -> View:
    """Everything the rules need about one sentence, in its folded coordinates (`whole`: dates,
    amounts and stops even in a sentence without a cue, which the rules never read there)."""
    text, ns = doc.normalised(sent.start, sent.end)
    low = lower(text)
    view = View(sent, low, ns, text)
    lex = lexicon()
    index = index or MentionIndex(doc)
    for a in index.inside("actors", sent.start, sent.end):
        s, e = _local(doc, ns, a.start, a.end)
        word = low[s:e]
        # Group words come with kind "group" and no code, or as INTL ending in "các nước"
        # ("Lãnh đạo Bộ Ngoại giao các nước"): in an event they stand for its parties.
        tail = [m for m in spans(lex.words["groups"], word) if m[1] == len(word)]
        if a.kind == "group" or not a.code or (a.code == "INTL" and tail):
            g = word[tail[0][0]:] if tail else word
            view.slots.append(Slot(s, e, None, a.text, a, g, _is_pair(g)))
        else:
            view.slots.append(Slot(s, e, a.code, a.text, a))
    # Group words the actor finder did not report.
    for s, e in spans(lex.words["groups"], low):
        if not any(sl.start < e and s < sl.end for sl in view.slots):
            view.slots.append(Slot(s, e, None, low[s:e], None, low[s:e], _is_pair(low[s:e])))
    view.slots.sort(key=lambda sl: sl.start)
    media = _media_lead()
    lead = media.match(low) if media is not None else None
    if lead:
        view.slots = [sl for sl in view.slots if sl.start >= lead.end()]
    # "(Bỉ)", "(Mỹ)" after a place or a paper glosses it: the gloss is no party; after a firm's name it is the firm's.
    view.slots = [sl for sl in view.slots
                  if not (low[max(0, sl.start - 1):sl.start] == "(" and low[sl.end:sl.end + 1] == ")")
                  or (sl.actor is not None and sl.actor.rule.startswith(COUNTRY_RULES)
                      and _owned_gloss(low, sl.start - 1, view.slots))]
    view.slots = _through_gloss(view.slots, low)
    # A group word that only introduces names ("các nước Mỹ, Nhật Bản", "các nước ASEAN") is not a group.
    view.slots = [sl for i, sl in enumerate(view.slots)
                  if not (sl.group and i + 1 < len(view.slots) and view.slots[i + 1].code
                          and view.slots[i + 1].start - sl.end <= 2)]
    # A cue word inside a name is no cue ("Các Tiểu vương quốc Ả Rập Thống nhất",
    # "Chủ tịch Hội nghị Hiệp thương ... Trung Quốc").
    found = find_cues(low)
    # (a state glossing a place is no party, but the host of a visit or a conference its sentence holds: "trong chuyến
    # thăm đài tưởng niệm ... ở Quantico, Virginia, Mỹ", "tập trung tại Hamburg, Đức, dự hội nghị")
    if not any(c.type == "CONSULT" and c.rule.fields.get("mode") in ("visit", "conference") for c in found):
        view.slots = [sl for sl in view.slots if not _place_gloss(view, sl)]
    named = [(sl.start, sl.end) for sl in view.slots if sl.code]
    if not found and not view.slots and not whole:
        # No cue and nobody named (most sentences): the rules have nothing to read here and `carry`
        # nothing to pass on (no subject, state or pair), so clauses and speech are not looked for.
        view.bare = True
        return view
    view.cues = [c for c in found if not any(s < c.end and c.start < e for s, e in named)]
    view.in_names = [c for c in found if c not in view.cues]
    # A cue whose object makes it no act of its type (rule setting objects_not: "tài trợ cho các nhóm khủng bố")
    # is none at all: it neither stands nor ends another cue's window (rules._sentence gives the reason).
    view.not_acts = [c for c in view.cues if c.rule.objects_not is not None and c.rule.objects_not.match(low, c.end)]
    if view.not_acts:
        view.cues = [c for c in view.cues if c not in view.not_acts]
    bounds = [0] + [m.end() for m in re.finditer(";", low)] + [len(low)]
    view.clauses = [(bounds[i], bounds[i + 1]) for i in range(len(bounds) - 1) if bounds[i + 1] > bounds[i]]
    view.speech = spans(lex.words["speech"], low)  # read by the carried subject (carry.carry) too
    if not view.cues and not whole:
        # Dates, amounts and window stops serve cues only (rules.py reads them for a cue's date,
        # quantities and window); a sentence without one, most of them, only passes on its actors
        # and speakers, so they stay empty there.
        return view
    for d in index.inside("dates", sent.start, sent.end):
        s, e = _local(doc, ns, d.start, d.end)
        view.dates.append((s, e, d))
    for s, e in spans(lex.words["null"], low):  # null markers the date finder may not report
        if not any(ds < e and s < de for ds, de, _ in view.dates):
            view.dates.append((s, e, DateValue(None, 0, 0, low[s:e], "null marker (cues.toml)", sent.index)))
    view.dates.sort(key=lambda t: t[0])
    if doc.scratch.get(QUANTITIES_LAZY):
        # The mentions stage left amounts to be found here, only in a sentence that holds a cue.
        found = sentence_quantities(doc, sent) if view.cues else []
        doc.quantities += found
    else:
        found = index.inside("quantities", sent.start, sent.end)
    for q in found:
        s, e = _local(doc, ns, q.start, q.end)
        view.quantities.append((s, e, q))
    nots = spans(lex.words["stop_not"], low)  # ("song phương": [window] stop_not)
    # (nor a stop word inside an actor's own words: the post or mandate of "Đại sứ Mỹ tại Việt Nam Daniel Kritenbrink",
    # whose window runs on as any actor's does; ending it at the actor cut the list after it, "... Daniel Kritenbrink
    # và Đại sứ Australia")
    view.stops = [(s, e) for s, e in spans(lex.words["stop"], low) if not any(n <= s and e <= m for n, m in nots)
                  and not any(sl.start < s and e <= sl.end for sl in view.slots)]
    return view

def _is_pair(word: str) -> bool:
    rx = lexicon().words["pair"]
    return rx is not None and rx.fullmatch(word) is not None


@lru_cache(maxsize=1)
def capitals() -> tuple[re.Pattern[str] | None, dict[str, str], re.Pattern[str]]:
    """The capitals of country_aliases.tsv (guard metonym) as one pattern, their states, and the place
    nouns that may stand before one (actor_context.tsv place_noun: "thủ đô")."""
    from hoptac.lexicon import read_tsv

    codes = {fold(r["phrase"]).lower(): r["code"] for r in read_tsv("country_aliases.tsv")
             if r.get("guard") == "metonym" and r.get("code")}
    nouns = [fold(r["phrase"]).lower() for r in read_tsv("actor_context.tsv") if r.get("kind") == "place_noun"]
    head = r"\s*(?:(?:" + "|".join(re.escape(n) for n in nouns) + r")\s+)?" if nouns else r"\s*"
    return phrase_regex(list(codes)), codes, re.compile(head)


def capitals_pattern() -> re.Pattern[str] | None:
    """The capitals records/aid.py capital_after reads, a code to a record without an actor (records/gate.py)."""
    return capitals()[0]


def capital_states(low: str) -> set[str]:
    """The states of the capitals named in `low` (folded, lower-cased), actors or not ("ở Vientiane")."""
    rx, codes, _head = capitals()
    return {codes[m.group(0)] for m in rx.finditer(low) if m.group(0) in codes} if rx is not None else set()
