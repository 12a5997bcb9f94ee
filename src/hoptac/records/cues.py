"""The cue rules as data: `cues.toml` and `measures.tsv` compiled into matchers.

Analysts extend the files, not this module. Every cue is matched on folded
text (the same folding the lexicon uses), at word boundaries, and a cue that
overlaps a phrase of `[exclude]` is dropped ("tiếp" in "tiếp tục" is no
meeting). Where cues of any types overlap, the longest wins ("điện thăm hỏi",
a SUPPORT, over "gửi điện", a CONSULT message), so one stretch of text is read
one way.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field
from functools import lru_cache
from typing import Any

from hoptac.lexicon import LexiconError, read_toml, read_tsv, toml_where
from hoptac.records.cue_schema import check
from hoptac.text.anchors import AnchorIndex, gate, may_match
from hoptac.records.types import record_types
from hoptac.text.normalise import fold

_B = r"(?<![\w])"  # word boundary before
_E = r"(?![\w])"  # word boundary after

def compile_pattern(pattern: str, where: str, prefix: str = "", suffix: str = "") -> re.Pattern[str]:
    """A regular expression of a data file, or a LexiconError naming its place."""
    try:
        return re.compile(prefix + pattern + suffix)
    except re.error as exc:
        raise LexiconError(f"{where}: bad pattern {pattern!r} ({exc})") from None


@dataclass
class CueRule:
    """One cue phrase or pattern and what it says about the record it starts."""

    type: str
    group: str
    name: str  # "cues.toml:242:AID.delivered:trao tặng": the file and line the cue stands on
    regex: re.Pattern[str]
    fields: dict[str, Any] = field(default_factory=dict)
    confidence: float = 0.8
    requires: str | None = None  # quantity | money | item | epidemic (a story about an epidemic) | epidemic_here (and the
    # cue's clause names it) | contacts
    unless: str | None = None
    blockers: tuple[str, ...] = ()
    # Phrases in which a blocker means something else ("hàng chục": dozens, not goods): no blocker there.
    blockers_not: tuple[str, ...] = ()
    # What may not follow the cue (patterns matched right after it): an object that makes it no act of its
    # type ("tài trợ cho các nhóm khủng bố" finances terrorism, it gives no aid).
    objects_not: re.Pattern[str] | None = None
    direction: str = "give"
    not_firm: bool = False  # a firm as the giver makes it a sale, not aid
    infer_targets: bool = True  # may take the event's other participants as recipients
    # With no target named, the owner of what the cue is about is its target ("ủng hộ các lệnh trừng phạt
    # của Séc", "đánh giá cao sự hỗ trợ mà ASEAN ..."): directed_roles.praised_owner.
    owner_targets: bool = False
    owner_words: int | None = None  # when set, that owner stands after "của" at most this many words after the cue
    # (for AID: help named by its owner, records/aid_nouns.py owned_givers)
    owner_not: re.Pattern[str] | None = None  # ... and none where these words name what is backed (a group)
    target_gap: re.Pattern[str] | None = None  # when set, only these words may stand between cue and target
    # Words between an owner named right after the cue ("của X") and the object of the act ("đối với Y"):
    # the owner is no target (directed_roles.close_targets).
    owner_then: re.Pattern[str] | None = None
    intl_partner: bool = False  # an unnamed partner after "với" (INTL) is a party (handlers.agree)
    needs_partner: bool = False  # a contact only with a partner of another state named after it (handlers.consult)
    # Verbs that report what a speaker says another must do, for this rule beside [speech] (directed_roles.obliged)
    speech: re.Pattern[str] | None = None
    # When set, the cue governs (puts in its scope) only a cue starting within this many characters
    # after it with no comma between ("muốn hợp tác với"), not the rest of its clause.
    governs_reach: int | None = None
    item_before: bool = False  # the item and amount may stand before the verb ("1 triệu liều ... đã về đến")
    destination: bool = False  # a capital right after the verb names the recipient ("đã được đưa tới New Delhi")
    capital_only: bool = False  # the cue stands only with a state or its capital right after ("đã đến New Delhi")
    alone: bool = False  # a record only where the sentence holds no other cue of its type
    ends_window: bool = True  # false: another cue's window runs on across it (a trip's "đã đến" after a gift)
    # The parties are the two or more states named right after "giữa" only (handlers.agree), and only a date of
    # its own dates the record (an agreement named as a noun: rules.py).
    between_only: bool = False
    subject_only: bool = False  # the parties are named before the verb only ("X và Y gặp nhau ở Z": Z is no party)
    # When set, the cue stands only after one of these words, at most `answers_reach` characters
    # before it: a request in noun form is an act where someone answers it ("nhất trí với lời kêu gọi của").
    answers: re.Pattern[str] | None = None
    answers_reach: int = 40


@dataclass
class CueHit:
    """A cue found in a sentence; offsets into the sentence's folded text."""

    rule: CueRule
    start: int
    end: int

    @property
    def type(self) -> str:
        return self.rule.type


def lower(text: str) -> str:
    """Lower-case without changing the length (offsets must survive)."""
    low = text.lower()
    # str.lower is per character except for a final sigma; a longer result means some
    # character lower-cases to two ("İ"): those cases go character by character.
    if len(low) == len(text) and "\u03a3" not in text:
        return low
    return "".join(c.lower() if len(c.lower()) == 1 else c for c in text)


def alternation(phrases: list[str]) -> str:
    """Folded phrases as one regular-expression alternation, longest first, to build a pattern around; one
    that never matches when there are none."""
    return "|".join(re.escape(fold(p)) for p in sorted(phrases, key=lambda p: len(fold(p)), reverse=True)) or "(?!x)x"


def phrase_regex(phrases: list[str]) -> re.Pattern[str] | None:
    """One alternation of folded phrases at word boundaries, longest first."""
    keys = sorted({fold(p) for p in phrases if p.strip()}, key=len, reverse=True)
    if not keys:
        return None
    rx = re.compile(_B + "(?:" + "|".join(re.escape(k) for k in keys) + ")" + _E)
    gate(rx, keys)  # every match is one of the phrases, as written: `spans` looks for them first
    return rx


_PLACEHOLDER = re.compile(r"\{([A-Z][A-Z_]*)\}")


def _expand(pattern: str, holders: dict[str, str], where: str = "") -> str:
    """A pattern with its {PLACEHOLDERS} (cues.toml [placeholders]) filled; an unknown one is an error,
    not literal text that would never match."""
    for k, v in holders.items():
        pattern = pattern.replace("{" + k + "}", v)
    left = _PLACEHOLDER.search(pattern)
    if left and where:
        raise LexiconError(f"{where}: unknown placeholder {left.group(0)} (known: {', '.join(sorted(holders))})")
    return fold(pattern)


@dataclass
class Lexicon:
    """Everything the records stage reads from the data files, compiled once."""

    rules: list[CueRule]
    exclude: list[re.Pattern[str]]
    words: dict[str, re.Pattern[str] | None]  # speech, pledged, delivered, null, stop, groups, pair, intl
    categories: dict[str, re.Pattern[str] | None]
    unit_category: dict[str, str]
    measure_blockers: re.Pattern[str] | None
    measure_cases: re.Pattern[str] | None
    measure_confidence: float
    raw: dict[str, Any]
    frames: list[re.Pattern[str]] = field(default_factory=list)
    tables: list[re.Pattern[str]] = field(default_factory=list)  # lines of a table of figures
    co_listed: frozenset[str] = frozenset()  # measures whose overlapping cues both stand ([MEASURE] co_listed)
    rule_gate: AnchorIndex | None = None  # which rules may match a text, from their anchor words
    exclude_gate: AnchorIndex | None = None

    def __post_init__(self) -> None:
        self.rule_gate = AnchorIndex([r.regex for r in self.rules])
        self.exclude_gate = AnchorIndex(self.exclude)


def _group_rules(typ: str, group: str, spec: dict[str, Any], holders: dict[str, str]) -> list[CueRule]:
    out: list[CueRule] = []
    fields = {k: spec[k] for k in ("mode", "status", "category") if k in spec}
    common = dict(
        fields=fields,
        confidence=float(spec.get("confidence", 0.8)),
        requires=spec.get("requires"),
        unless=spec.get("unless"),
        blockers=tuple(fold(b) for b in spec.get("blockers", [])),
        blockers_not=tuple(fold(b) for b in spec.get("blockers_not", [])),
        objects_not=compile_pattern("|".join(f"(?:{fold(p)})" for p in spec["objects_not"]),
                                    toml_where("cues.toml", typ, group, "objects_not", spec["objects_not"][0]))
        if spec.get("objects_not") else None,
        direction=spec.get("direction", "give"),
        not_firm=bool(spec.get("not_firm", False)),
        infer_targets=bool(spec.get("infer_targets", True)),
        owner_targets=bool(spec.get("owner_targets", False)),
        owner_words=int(spec["owner_words"]) if "owner_words" in spec else None,
        owner_not=phrase_regex(spec["owner_not"]) if spec.get("owner_not") else None,
        target_gap=phrase_regex(spec["target_gap"]) if spec.get("target_gap") else None,
        intl_partner=bool(spec.get("intl_partner", False)),
        needs_partner=bool(spec.get("needs_partner", False)),
        speech=phrase_regex(spec["speech"]) if spec.get("speech") else None,
        owner_then=re.compile("|".join(re.escape(fold(w)) for w in spec["owner_then"])) if spec.get("owner_then") else None,
        item_before=bool(spec.get("item_before", False)),
        destination=bool(spec.get("destination", False)),
        capital_only=bool(spec.get("capital_only", False)),
        alone=bool(spec.get("alone", False)),
        ends_window=bool(spec.get("ends_window", True)),
        subject_only=bool(spec.get("subject_only", False)),
        between_only=bool(spec.get("between_only", False)),
        governs_reach=int(spec["governs_reach"]) if "governs_reach" in spec else None,
        answers=phrase_regex(spec["answers"]) if spec.get("answers") else None,
        answers_reach=int(spec.get("answers_reach", CueRule.answers_reach)),
    )
    for key, items in (("cues", spec.get("cues", [])), ("patterns", spec.get("patterns", []))):
        for item in items:
            where = toml_where("cues.toml", typ, group, key, item)
            rx = compile_pattern(re.escape(fold(item)) + _E if key == "cues" else _expand(item, holders, where), where, _B)
            name = f"{where}:{typ}.{group}:{item}"
            out.append(CueRule(typ, group, name, rx, **common))  # type: ignore[arg-type]
    return out


def _join_regex(spec: dict[str, Any], holders: dict[str, str]) -> re.Pattern[str] | None:
    pats = [_expand(p, holders) for p in spec.get("join_patterns", [])]
    for p in spec.get("join_patterns", []):
        compile_pattern(_expand(p, holders), toml_where("cues.toml", "context", "join_patterns", p))
    alts = [re.escape(fold(p)) for p in spec.get("join", [])] + pats
    return re.compile(_B + "(?:" + "|".join(alts) + ")" + _E) if alts else None


@lru_cache(maxsize=1)
def lexicon() -> Lexicon:
    """Load and compile cues.toml and measures.tsv (cached: data do not change at run time)."""
    raw = read_toml("cues.toml")
    check(raw)
    holders = {k: str(v) for k, v in raw.get("placeholders", {}).items()}
    rules: list[CueRule] = []
    for typ in record_types():
        for group, spec in raw.get(typ, {}).items():
            if isinstance(spec, dict) and ("cues" in spec or "patterns" in spec):
                rules += _group_rules(typ, group, spec, holders)
    mconf = float(raw.get("MEASURE", {}).get("confidence", 0.8))
    for row in read_tsv("measures.tsv"):
        pat, measure = row.get("pattern", ""), row.get("measure", "")
        if not pat or not measure:
            continue
        measure_type = record_types().get("MEASURE")
        if measure_type is None:
            raise LexiconError(f"{row['_where']}: measures.tsv needs the type MEASURE declared in types.toml")
        allowed = measure_type.values.get("measure", ())
        if allowed and measure not in allowed:
            raise LexiconError(f"{row['_where']}: measure {measure!r} is not one of {', '.join(allowed)}")
        rx = compile_pattern(_expand(pat, holders, row["_where"]), row["_where"], _B, _E)
        needs = row.get("needs", "")
        if needs not in ("", "epidemic", "epidemic_here", "contacts"):
            raise LexiconError(f"{row['_where']}: needs {needs!r} is not 'epidemic', 'epidemic_here' or 'contacts' "
                               "(or empty)")
        rules.append(CueRule("MEASURE", measure, f"{row['_where']}:MEASURE.{measure}:{pat}", rx,
                             {"measure": measure}, mconf, requires=needs or None))
    mod = raw.get("modality", {})
    exc = raw.get("exclude", {})
    exclude = [p for p in [phrase_regex(exc.get("phrases", []))] if p is not None]
    exclude += [compile_pattern(_expand(p, holders), toml_where("cues.toml", "exclude", "patterns", p), _B)
                for p in exc.get("patterns", [])]
    aid_raw = raw.get("AID", {})
    words = {
        "speech": phrase_regex(raw.get("speech", {}).get("cues", [])),
        "pledged": phrase_regex(raw.get("status", {}).get("pledged", [])),
        "delivered": phrase_regex(raw.get("status", {}).get("delivered", [])),
        "null": phrase_regex(raw.get("dates", {}).get("null_markers", [])),
        "stop": phrase_regex(raw.get("window", {}).get("stop", [])),
        "stop_not": phrase_regex(raw.get("window", {}).get("stop_not", [])),
        "groups": phrase_regex(raw.get("groups", {}).get("words", [])),
        "count_breakdown": phrase_regex(raw.get("MEASURE", {}).get("count_breakdown", [])),
        "staff_verbs": phrase_regex(raw.get("MEASURE", {}).get("staff_verbs", [])),
        "staff": phrase_regex(raw.get("MEASURE", {}).get("staff", [])),
        "staff_between": phrase_regex(raw.get("MEASURE", {}).get("staff_between", [])),
        "trained_not_after": phrase_regex(aid_raw.get("trained_not_after", [])),
        "running_total": phrase_regex(raw.get("MEASURE", {}).get("running_total", [])),
        "bracket_not_part": phrase_regex([*aid_raw.get("bracket_not_part", []), *aid_raw.get("total_raise", []),
                                          *aid_raw.get("valuation", [])]),
        "pair": phrase_regex(raw.get("groups", {}).get("pair", [])),
        "intl": phrase_regex(raw.get("groups", {}).get("intl", [])),
        "join": _join_regex(raw.get("context", {}), holders),
        "marked": phrase_regex(raw.get("window", {}).get("marked", [])),
        "open_stops": phrase_regex(raw.get("window", {}).get("open_stops", [])),
        "member": phrase_regex(raw.get("window", {}).get("member", [])),
        "label_before": phrase_regex(raw.get("window", {}).get("label_before", [])),
        "topic_before": phrase_regex(raw.get("window", {}).get("topic_before", [])),
        "place_before": phrase_regex(raw.get("window", {}).get("place_before", [])),
        "neg": phrase_regex(mod.get("before", [])),
        "aid_anaphor": phrase_regex(raw.get("AID", {}).get("anaphors", [])),
        "aid_anaphor_bare": phrase_regex(raw.get("AID", {}).get("anaphors_bare", [])),
        "aid_accused": phrase_regex(raw.get("AID", {}).get("accused_before", [])),
        "aid_valuation": phrase_regex(raw.get("AID", {}).get("valuation", [])),
        "aid_valuation_not": phrase_regex(raw.get("AID", {}).get("valuation_not", [])),
        "online": phrase_regex(raw.get("window", {}).get("online", [])),
        "online_stops": phrase_regex(raw.get("window", {}).get("online_stops", [])),
        "bilateral_words": phrase_regex(raw.get("context", {}).get("bilateral_words", [])),
        "plural_contacts": phrase_regex(raw.get("context", {}).get("plural_contacts", [])),
        "aid_anaphor_bare_not": phrase_regex(raw.get("AID", {}).get("anaphors_bare_not", [])),
        "home_authorities": phrase_regex(raw.get("roles", {}).get("home_authorities", [])),
        "authorities": phrase_regex(raw.get("roles", {}).get("authorities", [])),
        "gloss_owners": phrase_regex(raw.get("roles", {}).get("gloss_owners", [])),
        "question": compile_pattern("|".join(f"(?:{p})" for p in mod.get("question", [])),
                                    toml_where("cues.toml", "modality", "question", "")) if mod.get("question") else None,
        "not_neg": phrase_regex(mod.get("not_before", [])),
        "conditional": phrase_regex(mod.get("conditional", [])),
        "speculative": phrase_regex(mod.get("speculative", [])),
        "guess_ends": phrase_regex(mod.get("guess_ends", [])),
        "dispatch": phrase_regex(mod.get("dispatch", [])),
        "consult_neg": phrase_regex(mod.get("consult_before", [])),
        "consult_done": phrase_regex(mod.get("consult_done", [])),
        "consult_called_off": phrase_regex(mod.get("consult_called_off", [])),
        # (a plan after the contact: its own list, the contact's own predicates and an agenda of its subject)
        "consult_planned_after": phrase_regex(mod.get("consult_planned_after", []) + mod.get("planned_predicates", [])
                                              + mod.get("planned_subject_only", [])),
        "planned_stops": phrase_regex(mod.get("planned_stops", [])),
        "planned_stops_not": phrase_regex(mod.get("planned_stops_not", [])),
        "delivered_after": phrase_regex(raw.get("status", {}).get("delivered_after", [])),
        "delivered_verb": phrase_regex(raw.get("status", {}).get("delivered_verb", [])),
        "ignore": phrase_regex(raw.get("ignore", {}).get("sentence", [])),
    }
    frames = [compile_pattern(_expand(p, holders), toml_where("cues.toml", "modality", "frames", p))
              for p in mod.get("frames", [])]
    tables = [compile_pattern(p, toml_where("cues.toml", "ignore", "tables", p))
              for p in raw.get("ignore", {}).get("tables", [])]
    cats = raw.get("AID", {}).get("categories", {})
    categories = {k: phrase_regex(v) for k, v in cats.items() if isinstance(v, list)}
    m = raw.get("MEASURE", {})
    return Lexicon(rules, exclude, words, categories, dict(raw.get("AID", {}).get("units", {})),
                   phrase_regex(m.get("blockers", [])), phrase_regex(m.get("case_words", [])), mconf, raw, frames,
                   tables, frozenset(m.get("co_listed", [])))


def find_cues(low: str) -> list[CueHit]:
    """All cues of a sentence's folded, lower-cased text, after exclusion and longest-wins."""
    lex = lexicon()
    assert lex.rule_gate is not None and lex.exclude_gate is not None
    # Only the rules and exclusions whose anchor words occur can match (anchors.py): same hits, less work.
    # The exclusions mask cues only, so they are looked for once a rule has matched (most sentences
    # hold no cue, and finding their exclusions was half of this function's time).
    masked: list[tuple[int, int]] | None = None
    hits: list[CueHit] = []
    for i in lex.rule_gate.candidates(low):
        rule = lex.rules[i]
        for m in rule.regex.finditer(low):
            if m.end() == m.start():
                continue
            if masked is None:
                masked = [span for j in lex.exclude_gate.candidates(low) for span in _overlapping(lex.exclude[j], low)]
            # An exclusion masks a cue inside or across it, not one that contains it
            # ("hạn chế tiếp xúc" is a measure although "tiếp xúc" masks "tiếp").
            if any(s < m.end() and m.start() < e and not (m.start() <= s and m.end() >= e) for s, e in masked):
                continue
            hits.append(CueHit(rule, m.start(), m.end()))
    hits.sort(key=lambda h: (-(h.end - h.start), h.start))
    kept: list[CueHit] = []
    for h in hits:
        clash = [k for k in kept if k.start < h.end and h.start < k.end and not _co_listed(k, h, lex.co_listed)]
        # Same span and length, different types (ủng hộ: SUPPORT or AID by amount): keep both.
        if all(k.start == h.start and k.end == h.end and k.type != h.type for k in clash):
            if not any(k.type == h.type and k.start == h.start and k.end == h.end for k in kept):
                kept.append(h)
    kept.sort(key=lambda h: h.start)
    return kept


def _overlapping(rx: re.Pattern[str], low: str) -> list[tuple[int, int]]:
    """Every match, overlapping ones too: `finditer` goes on after a match, so in "nhận được sự hỗ
    trợ" the phrase "sự hỗ trợ" was never seen once "nhận được sự" had matched, and its cue stood."""
    out: list[tuple[int, int]] = []
    pos = 0
    while (m := rx.search(low, pos)) is not None:
        if m.end() > m.start():
            out.append((m.start(), m.end()))
        pos = m.start() + 1
    return out


def _co_listed(a: CueHit, b: CueHit, listed: frozenset[str]) -> bool:
    """Closures of different kinds named in one list ("Trường học, nhà hàng, quán bar tiếp tục đóng
    cửa") are two measures: their overlapping cues both stand."""
    ma, mb = a.rule.fields.get("measure"), b.rule.fields.get("measure")
    return a.type == b.type == "MEASURE" and ma != mb and ma in listed and mb in listed


def spans(rx: re.Pattern[str] | None, text: str) -> list[tuple[int, int]]:
    """Where a compiled phrase list occurs in text (nowhere, at once, when none of its words does)."""
    if rx is None or not may_match(rx, text):
        return []
    return [(m.start(), m.end()) for m in rx.finditer(text)]


def ends_on(rx: re.Pattern[str] | None, text: str) -> bool:
    """Whether `text` ends on one of a compiled phrase list's phrases (strip its trailing spaces first)."""
    return any(e == len(text) for _s, e in spans(rx, text))
