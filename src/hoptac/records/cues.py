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
from hoptac.records.types import record_types
from hoptac.text.normalise import fold

# What cues.toml may hold besides the cue groups of each declared type: every other
# table or key is a load-time error naming its line, so a typo never switches a rule off.
_SECTIONS: dict[str, set[str] | None] = {
    "placeholders": None,  # any name
    "exclude": {"phrases", "patterns"},
    "speech": {"cues"},
    "status": {"delivered_after", "pledged", "delivered"},
    "dates": {"null_markers"},
    "modality": {"reach", "before", "not_before", "conditional", "after_reach", "consult_before", "frames"},
    "ignore": {"sentence", "captions"},
    "window": {"stop", "gap", "open_stops", "member", "marked", "subject_chars"},
    "context": {"join", "join_patterns"},
    "roles": {"not_subject", "resets", "destination", "media", "people", "nominal", "nominal_reach",
              "unmarked_types", "coordinators", "directive_reach"},
    "groups": {"words", "pair", "intl"},
}
_GROUP_KEYS = {"cues", "patterns", "mode", "status", "category", "confidence", "requires", "unless", "blockers",
               "direction", "not_firm", "infer_targets"}
# Tables and keys of a type's section that are not cue groups (read by records/aid.py and rules.py).
_TYPE_EXTRAS = {"AID": {"markers", "categories", "units"}, "MEASURE": {"confidence", "blockers", "people",
                                                                        "case_words"}}


def _check(raw: dict[str, Any]) -> None:
    """Refuse what cues.toml must not hold: undeclared types, unknown tables and keys, bad values."""
    types = record_types()
    for section, spec in raw.items():
        where = toml_where("cues.toml", section)
        if section in types:
            extras = _TYPE_EXTRAS.get(section, set())
            for group, gspec in spec.items():
                if group in extras:
                    continue
                if not isinstance(gspec, dict):
                    raise LexiconError(f"{toml_where('cues.toml', section, group)}: [{section}] unknown key {group!r}")
                bad = sorted(set(gspec) - _GROUP_KEYS)
                if bad:
                    raise LexiconError(f"{toml_where('cues.toml', section, group, bad[0])}: [{section}.{group}] "
                                       f"unknown key {bad[0]!r} (known: {', '.join(sorted(_GROUP_KEYS))})")
                for fname, allowed in types[section].values.items():
                    if fname in gspec and gspec[fname] not in allowed:
                        raise LexiconError(f"{toml_where('cues.toml', section, group, fname)}: [{section}.{group}] "
                                           f"{fname} = {gspec[fname]!r} is not one of {', '.join(allowed)}")
        elif section.isupper():
            raise LexiconError(f"{where}: [{section}] is not a record type declared in types.toml")
        elif section not in _SECTIONS:
            raise LexiconError(f"{where}: unknown table [{section}] (known: {', '.join(sorted(_SECTIONS))}, "
                               "and the record types)")
        elif _SECTIONS[section] is not None:
            bad = sorted(set(spec) - _SECTIONS[section])  # type: ignore[operator]
            if bad:
                raise LexiconError(f"{toml_where('cues.toml', section, bad[0])}: [{section}] unknown key {bad[0]!r}")
_B = r"(?<![\w])"  # word boundary before
_E = r"(?![\w])"  # word boundary after


@dataclass
class CueRule:
    """One cue phrase or pattern and what it says about the record it starts."""

    type: str
    group: str
    name: str  # "cues.toml:242:AID.delivered:trao tặng": the file and line the cue stands on
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
    for key, items in (("cues", spec.get("cues", [])), ("patterns", spec.get("patterns", []))):
        for item in items:
            where = toml_where("cues.toml", typ, group, key, item)
            try:
                rx = re.compile(_B + re.escape(fold(item)) + _E if key == "cues" else _B + _expand(item, holders))
            except re.error as exc:
                raise LexiconError(f"{where}: bad pattern {item!r} ({exc})") from None
            name = f"{where}:{typ}.{group}:{item}"
            out.append(CueRule(typ, group, name, rx, **common))  # type: ignore[arg-type]
    return out


def _join_regex(spec: dict[str, Any], holders: dict[str, str]) -> re.Pattern[str] | None:
    alts = [re.escape(fold(p)) for p in spec.get("join", [])] + [_expand(p, holders) for p in spec.get("join_patterns", [])]
    return re.compile(_B + "(?:" + "|".join(alts) + ")" + _E) if alts else None


@lru_cache(maxsize=1)
def lexicon() -> Lexicon:
    """Load and compile cues.toml and measures.tsv (cached: data do not change at run time)."""
    raw = read_toml("cues.toml")
    _check(raw)
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
        allowed = record_types()["MEASURE"].values.get("measure", ())
        if allowed and measure not in allowed:
            raise LexiconError(f"{row['_where']}: measure {measure!r} is not one of {', '.join(allowed)}")
        try:
            rx = re.compile(_B + _expand(pat, holders) + _E)
        except re.error as exc:
            raise LexiconError(f"{row['_where']}: bad pattern {pat!r} ({exc})") from None
        rules.append(CueRule("MEASURE", measure, f"{row['_where']}:MEASURE.{measure}:{pat}", rx,
                             {"measure": measure}, mconf))
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
