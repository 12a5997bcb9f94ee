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

from hoptac.lexicon import read_toml, read_tsv
from hoptac.text.normalise import fold

TYPES = ("CONSULT", "AGREE", "REQUEST", "SUPPORT", "AID", "MEASURE")
_B = r"(?<![\w])"  # word boundary before
_E = r"(?![\w])"  # word boundary after


@dataclass
class CueRule:
    """One cue phrase or pattern and what it says about the record it starts."""

    type: str
    group: str
    name: str  # "cues.toml:AID.delivered.trao tặng"
    regex: re.Pattern[str]
    fields: dict[str, Any] = field(default_factory=dict)
    confidence: float = 0.8
    requires: str | None = None  # quantity | money | item
    unless: str | None = None
    blockers: tuple[str, ...] = ()
    direction: str = "give"
    not_firm: bool = False  # a firm as the giver makes it a sale, not aid
    infer_targets: bool = True  # may take the event's other participants as recipients


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
    return "".join(c.lower() if len(c.lower()) == 1 else c for c in text)


def phrase_regex(phrases: list[str]) -> re.Pattern[str] | None:
    """One alternation of folded phrases at word boundaries, longest first."""
    keys = sorted({fold(p) for p in phrases if p.strip()}, key=len, reverse=True)
    if not keys:
        return None
    return re.compile(_B + "(?:" + "|".join(re.escape(k) for k in keys) + ")" + _E)


def _expand(pattern: str, holders: dict[str, str]) -> str:
    for k, v in holders.items():
        pattern = pattern.replace("{" + k + "}", v)
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


def _group_rules(typ: str, group: str, spec: dict[str, Any], holders: dict[str, str]) -> list[CueRule]:
    out: list[CueRule] = []
    fields = {k: spec[k] for k in ("mode", "status", "category") if k in spec}
    common = dict(
        fields=fields,
        confidence=float(spec.get("confidence", 0.8)),
        requires=spec.get("requires"),
        unless=spec.get("unless"),
        blockers=tuple(fold(b) for b in spec.get("blockers", [])),
        direction=spec.get("direction", "give"),
        not_firm=bool(spec.get("not_firm", False)),
        infer_targets=bool(spec.get("infer_targets", True)),
    )
    for cue in spec.get("cues", []):
        rx = re.compile(_B + re.escape(fold(cue)) + _E)
        out.append(CueRule(typ, group, f"cues.toml:{typ}.{group}.{cue}", rx, **common))  # type: ignore[arg-type]
    for pat in spec.get("patterns", []):
        rx = re.compile(_B + _expand(pat, holders))
        out.append(CueRule(typ, group, f"cues.toml:{typ}.{group}.{pat}", rx, **common))  # type: ignore[arg-type]
    return out


def _join_regex(spec: dict[str, Any], holders: dict[str, str]) -> re.Pattern[str] | None:
    alts = [re.escape(fold(p)) for p in spec.get("join", [])] + [_expand(p, holders) for p in spec.get("join_patterns", [])]
    return re.compile(_B + "(?:" + "|".join(alts) + ")" + _E) if alts else None


@lru_cache(maxsize=1)
def lexicon() -> Lexicon:
    """Load and compile cues.toml and measures.tsv (cached: data do not change at run time)."""
    raw = read_toml("cues.toml")
    holders = {k: str(v) for k, v in raw.get("placeholders", {}).items()}
    rules: list[CueRule] = []
    for typ in TYPES:
        for group, spec in raw.get(typ, {}).items():
            if isinstance(spec, dict) and ("cues" in spec or "patterns" in spec):
                rules += _group_rules(typ, group, spec, holders)
    mconf = float(raw.get("MEASURE", {}).get("confidence", 0.8))
    for row in read_tsv("measures.tsv"):
        pat, measure = row.get("pattern", ""), row.get("measure", "")
        if not pat or not measure:
            continue
        rx = re.compile(_B + _expand(pat, holders) + _E)
        rules.append(CueRule("MEASURE", measure, f"measures.tsv:{measure}.{pat}", rx, {"measure": measure}, mconf))
    mod = raw.get("modality", {})
    exc = raw.get("exclude", {})
    exclude = [p for p in [phrase_regex(exc.get("phrases", []))] if p is not None]
    exclude += [re.compile(_B + _expand(p, holders)) for p in exc.get("patterns", [])]
    words = {
        "speech": phrase_regex(raw.get("speech", {}).get("cues", [])),
        "pledged": phrase_regex(raw.get("status", {}).get("pledged", [])),
        "delivered": phrase_regex(raw.get("status", {}).get("delivered", [])),
        "null": phrase_regex(raw.get("dates", {}).get("null_markers", [])),
        "stop": phrase_regex(raw.get("window", {}).get("stop", [])),
        "groups": phrase_regex(raw.get("groups", {}).get("words", [])),
        "pair": phrase_regex(raw.get("groups", {}).get("pair", [])),
        "intl": phrase_regex(raw.get("groups", {}).get("intl", [])),
        "join": _join_regex(raw.get("context", {}), holders),
        "marked": phrase_regex(raw.get("window", {}).get("marked", [])),
        "open_stops": phrase_regex(raw.get("window", {}).get("open_stops", [])),
        "member": phrase_regex(raw.get("window", {}).get("member", [])),
        "neg": phrase_regex(mod.get("before", [])),
        "not_neg": phrase_regex(mod.get("not_before", [])),
        "conditional": phrase_regex(mod.get("conditional", [])),
        "consult_neg": phrase_regex(mod.get("consult_before", [])),
        "delivered_after": phrase_regex(raw.get("status", {}).get("delivered_after", [])),
        "ignore": phrase_regex(raw.get("ignore", {}).get("sentence", [])),
    }
    frames = [re.compile(_expand(p, holders)) for p in mod.get("frames", [])]
    cats = raw.get("AID", {}).get("categories", {})
    categories = {k: phrase_regex(v) for k, v in cats.items() if isinstance(v, list)}
    m = raw.get("MEASURE", {})
    return Lexicon(rules, exclude, words, categories, dict(raw.get("AID", {}).get("units", {})),
                   phrase_regex(m.get("blockers", [])), phrase_regex(m.get("case_words", [])), mconf, raw, frames)


def find_cues(low: str) -> list[CueHit]:
    """All cues of a sentence's folded, lower-cased text, after exclusion and longest-wins."""
    lex = lexicon()
    masked: list[tuple[int, int]] = [(m.start(), m.end()) for rx in lex.exclude for m in rx.finditer(low)]
    hits: list[CueHit] = []
    for rule in lex.rules:
        for m in rule.regex.finditer(low):
            if m.end() == m.start():
                continue
            # An exclusion masks a cue inside or across it, not one that contains it
            # ("hạn chế tiếp xúc" is a measure although "tiếp xúc" masks "tiếp").
            if any(s < m.end() and m.start() < e and not (m.start() <= s and m.end() >= e) for s, e in masked):
                continue
            hits.append(CueHit(rule, m.start(), m.end()))
    hits.sort(key=lambda h: (-(h.end - h.start), h.start))
    kept: list[CueHit] = []
    for h in hits:
        clash = [k for k in kept if k.start < h.end and h.start < k.end]
        # Same span and length, different types (ủng hộ: SUPPORT or AID by amount): keep both.
        if all(k.start == h.start and k.end == h.end and k.type != h.type for k in clash):
            if not any(k.type == h.type and k.start == h.start and k.end == h.end for k in kept):
                kept.append(h)
    kept.sort(key=lambda h: h.start)
    return kept


def spans(rx: re.Pattern[str] | None, text: str) -> list[tuple[int, int]]:
    """Where a compiled phrase list occurs in text."""
    return [] if rx is None else [(m.start(), m.end()) for m in rx.finditer(text)]
