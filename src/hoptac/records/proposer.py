"""The learned proposer: meetings and agreements the cue rules missed, where a model says a sentence states one.

A third of the records the rules miss in hoptac's open gold have no cue of their type in their
sentence at all, and their wording is a long tail ("chào đón ... tại Phòng Bầu Dục", "tiếp xúc
song phương", "đồng chủ trì Tọa đàm ..."): no list of cue words catches up with it. The proposer
looks where such a record can stand, a sentence naming two codes or more, and asks a logistic
regression (one per type, trained on the open splits by `hoptac.train`, scikit-learn under the
`[train]` extra) whether that sentence states a record of the type between those codes that the
rules did not give: a sample is right only where a missed gold record's evidence is that sentence.
Its features are the sentence's words and word pairs, the cues and the rules' own drops there (a
meeting dropped for want of a second party is a hint), how many codes it names and what the rules
already found in the document. Its weights ship as package data (`lexicon/data/proposer.json`)
and are applied here in pure Python: no training stack, no download.

What the rules set aside on purpose stays aside: no candidate in a sentence that is a question, a
caption, a table or sport (records/modality.py sentence_unreal), nor for a type in a sentence where
the rules dropped a cue of the type as unreal, guarded or inside another act (cues.toml [proposer]
unreal_kinds: a cancelled or planned act). Only the participant types (CONSULT, AGREE): the
directed types need a direction a list of codes does not give, and a proposer of theirs gained
nothing in cross-validation. A type proposes only where its file sets a threshold, which the open
splits' cross-validation chose (never the frozen test; eval/proposer_eval.py), and one record per
occasion: none whose codes half-overlap a record of the type already there, the rules' or a more
likely proposal's. A record proposed names `proposer.json:LINE:TYPE.learned:` as its rule and its
probability and the words that weighed most in its reason; its confidence is the share of the
proposed records of its type found right in its band of probability in cross-validation (the
file's `calibration`). The file is stale, and proposes nothing, when the rules or this module's
features changed since it was trained (its `about.proposer_hash`).
"""

from __future__ import annotations

import hashlib
import json
import re
from dataclasses import dataclass, field
from functools import lru_cache
from pathlib import Path
from typing import Any

from hoptac.evaluate import _jaccard as jaccard  # the scorer's own overlap of two sets of codes
from hoptac.lexicon import LexiconError, shipped_hash
from hoptac.model import Document, Mention, Record, Sentence
from hoptac.records.scorer import logistic
from hoptac.records.types import record_types

DATA = Path(__file__).resolve().parent.parent / "lexicon" / "data" / "proposer.json"
PARTICIPANT_TYPES = ("CONSULT", "AGREE")
_WORD = re.compile(r"\w+")
_DIGITS = re.compile(r"\d+")


def proposer_hash() -> str:
    """What the weights were trained against: the rules (`shipped_hash`), this module's features and the
    stages that find the body, sentences and actors they read (hoptac.body, hoptac.text, hoptac.mentions)."""
    from importlib import resources

    h = hashlib.sha1(shipped_hash().encode())
    files = [resources.files("hoptac.records") / "proposer.py"] + sorted(
        (f for package in ("hoptac.body", "hoptac.text", "hoptac.mentions") for f in resources.files(package).iterdir()
         if f.name.endswith(".py")), key=lambda f: str(f))
    for f in files:
        h.update(f.name.encode())
        h.update(f.read_bytes().replace(b"\r\n", b"\n"))
    return h.hexdigest()[:12]


@dataclass
class Candidate:
    """A sentence naming two codes or more, for one type: what the proposer scores."""

    type: str
    sentence: Sentence
    codes: list[str]
    features: dict[str, float]


def organisations(doc: Document) -> set[str]:
    """The codes of the document's organisations and groups (G20, ASEAN, the UN, INTL): a meeting of one is one
    occasion whoever else its sentences name, and it counts as many parties."""
    return {a.code for a in doc.actors if a.code and a.kind in ("org", "intl", "group")}


def _settings() -> dict[str, Any]:
    from hoptac.records.cues import lexicon

    return lexicon().raw.get("proposer", {})


def candidates(doc: Document, types: tuple[str, ...] = PARTICIPANT_TYPES) -> list[Candidate]:
    """Every sentence naming two codes or more, once per type, unless a record of that type already holds half
    of those codes, or the rules dropped a cue of the type there as no act (see the module docstring). Drops,
    records and actors are read once, grouped by sentence: the stage stays linear in the document."""
    from hoptac.records.cues import find_cues, lower, spans
    from hoptac.records.modality import sentence_unreal
    from hoptac.records.roles import View

    if not doc.actors or doc.norm is None:
        return []
    settings = _settings()
    unreal = set(settings.get("unreal_kinds", []))
    groups = organisations(doc)
    have = [(r.type, set(r.participants or r.source + r.targets)) for r in doc.records]
    codes_at: dict[int, list[str]] = {}
    for a in sorted(doc.actors, key=lambda a: a.start):
        if a.code and 0 <= a.sentence < len(doc.sentences) and a.code not in codes_at.setdefault(a.sentence, []):
            codes_at[a.sentence].append(a.code)
    drops_at: dict[int, list[Any]] = {}
    for d in doc.drops:
        drops_at.setdefault(d.sentence, []).append(d)
    records_at: dict[int, set[str]] = {}
    for r in doc.records:
        for m in r.mentions:
            records_at.setdefault(m.sentence, set()).add(r.type)
    out: list[Candidate] = []
    for index, codes in sorted(codes_at.items()):
        if len(codes) < 2:
            continue
        sent = doc.sentences[index]
        text, ns = doc.normalised(sent.start, sent.end)
        low = lower(text)
        if sentence_unreal(View(sent, low, ns, text)) is not None:
            continue  # a question, a caption, a table, sport: no record comes from it (records/modality.py)
        planned = spans(_phrases(tuple(settings.get("planned", []))), low)
        kept: list[tuple[str, list[float]]] = []  # the types still open here, with their overlaps (`same`)
        for t in types:
            if t in records_at.get(index, ()):
                continue  # the rules' record of this type stands on this sentence: its occasion is recorded
            if any(d.type == t and d.kind in unreal for d in drops_at.get(index, [])):
                continue  # the rules set a cue of this type aside here on purpose
            if planned and t in settings.get("planned_types", []):
                continue  # a contact only planned has not happened ([proposer] planned)
            same = [jaccard(c, set(codes)) for ht, c in have if ht == t]
            if any(j >= 0.5 for j in same) or any(ht == t and c & groups & set(codes) for ht, c in have):
                continue  # half its codes, or the organisation whose meeting it is, are a record of its type already
            kept.append((t, same))
        if not kept:
            continue  # (the features below are the sentence's costliest part: built only where a type is open)
        # Digits as one placeholder: a day or an amount says nothing that carries to another story.
        words = _WORD.findall(_DIGITS.sub("0", low))
        base: dict[str, float] = {f"w:{w}": 1.0 for w in words}
        base.update((f"b:{a}_{b}", 1.0) for a, b in zip(words, words[1:]))
        base.update((f"cue:{c.type}", 1.0) for c in find_cues(low))
        for d in drops_at.get(index, []):
            base[f"drop:{d.type}:{d.kind}"] = 1.0
            base[f"dropr:{d.type}:{d.reason[:40]}"] = 1.0
        base.update((f"rec:{t}", 1.0) for t in records_at.get(index, ()))
        base[f"n:{min(len(codes), 5)}"] = 1.0
        base["vnm"] = float("VNM" in codes)
        base[f"pos:{min(index, 3)}"] = 1.0
        base[f"docall:{min(len(have), 4)}"] = 1.0
        for t, same in kept:
            f = dict(base)
            f[f"mj:{'none' if not same else 'some' if max(same) > 0 else '0'}"] = 1.0
            f[f"docn:{min(len(same), 3)}"] = 1.0
            out.append(Candidate(t, sent, list(codes), f))
    return out


@dataclass
class TypeModel:
    """One type's weights, bias, threshold (None: the type is scored but never proposed) and calibration."""

    weights: dict[str, float] = field(default_factory=dict)
    bias: float = 0.0
    threshold: float | None = None
    line: int = 0  # where the type's block starts in proposer.json (a record's rule names it)
    calibration: list[tuple[float, float]] = field(default_factory=list)  # (band's lower bound, share right)

    def probability(self, features: dict[str, float]) -> float:
        return logistic(self.bias, self.weights, features)

    def confidence(self, p: float) -> float:
        """The share of proposed records found right in p's band (the lowest band's below it); the
        probability itself when the file holds no calibration."""
        if not self.calibration:
            return p
        shares = [share for lo, share in self.calibration if p >= lo]
        return shares[-1] if shares else self.calibration[0][1]

    def reasons(self, features: dict[str, float], most: int = 3) -> list[str]:
        """The features that pushed the probability up most (what an analyst checks)."""
        pushed = sorted(((self.weights.get(k, 0.0) * v, k) for k, v in features.items()), reverse=True)
        return [k for w, k in pushed[:most] if w > 0]


@dataclass
class Proposer:
    """The types' models (see the module docstring)."""

    types: dict[str, TypeModel] = field(default_factory=dict)
    about: dict[str, Any] = field(default_factory=dict)

    def to_json(self) -> dict[str, Any]:
        return {"about": self.about,
                "types": {t: {"threshold": m.threshold, "calibration": [list(b) for b in m.calibration],
                              "bias": m.bias, "weights": dict(sorted(m.weights.items()))}
                          for t, m in sorted(self.types.items())}}

    def dumps(self) -> str:
        """The file's text: one weight per line, so that a type's block has a line to name."""
        return json.dumps(self.to_json(), ensure_ascii=False, indent=1) + "\n"

    @classmethod
    def from_json(cls, obj: dict[str, Any], text: str = "") -> Proposer:
        types = {}
        for t, m in obj.get("types", {}).items():
            at = text.find(f'"{t}": {{')
            bands = sorted((float(lo), float(share)) for lo, share in m.get("calibration", []))
            types[t] = TypeModel({str(k): float(v) for k, v in m.get("weights", {}).items()}, float(m.get("bias", 0.0)),
                                 None if m.get("threshold") is None else float(m["threshold"]),
                                 text.count("\n", 0, at) + 1 if at >= 0 else 0, bands)
        return cls(types, dict(obj.get("about", {})))


@lru_cache(maxsize=1)
def shipped() -> Proposer | None:
    """The proposer shipped with the package, or None when there is none or it is stale (trained on other
    rules or other features than the shipped ones: its weights would mean something else). A file that is
    not a proposer's is a LexiconError naming it."""
    if not DATA.exists():
        return None
    try:
        text = DATA.read_text(encoding="utf-8")
        proposer = Proposer.from_json(json.loads(text), text)
    except json.JSONDecodeError as exc:
        raise LexiconError(f"{DATA.name}:{exc.lineno}: not JSON ({exc.msg})") from None
    except (TypeError, ValueError, AttributeError) as exc:  # (UnicodeDecodeError is a ValueError)
        raise LexiconError(f"{DATA.name}: not a proposer's weights ({exc})") from None
    return proposer if proposer.about.get("proposer_hash") == proposer_hash() else None


def _date(own: list[Any], low: str, inherits: bool, occasion: Any) -> tuple[str | None, str]:
    """The sentence's own first day (`own`: its dates in order; the year may be unknown: XXXX); else none where
    the sentence holds a null marker (cues.toml [dates]: "hồi tháng 12/2011", "trước đó") or names a time but no
    day; else, for a type that inherits it, the occasion's day. A day comes before a marker: "Trước đó, ngày
    7/3, ..." is the 7th, and in "Ngày 8/7 ... phóng ngày 4/7 vừa qua" the marker is another event's."""
    from hoptac.records.cues import lexicon, spans

    for d in own:
        if len(d.value or "") == 10 and not d.value.endswith("XX"):  # a day, not a month or a year
            return d.value, f"{d.text!r} in the sentence ({d.reason})"
    nulls = spans(lexicon().words.get("null"), low)
    if nulls:
        return None, f"null marker '{low[nulls[0][0]:nulls[0][1]]}' in the sentence (cues.toml [dates])"
    if own:
        return None, f"{own[0].text!r} in the sentence is no day"
    if inherits and occasion is not None:
        return occasion.date, f"within the occasion of {occasion.where} ({occasion.text[:60]!r})"
    return None, "no date of its own"


def _mode(low: str, codes: list[str], groups: set[str]) -> tuple[str, str]:
    """A proposed meeting's mode: the first of cues.toml [proposer] modes whose words the sentence holds (a
    conference only among conference_parties codes or more, or with an organisation or group: G20, INTL), else
    meeting."""
    from hoptac.records.cues import spans

    settings = _settings()
    many = len(codes) >= int(settings.get("conference_parties", 3)) or bool(groups & set(codes))
    for mode, words in settings.get("modes", {}).items():
        hit = spans(_phrases(tuple(words)), low)
        if hit and (mode != "conference" or many):
            return mode, f"mode {mode}: '{low[hit[0][0]:hit[0][1]]}' ([proposer] modes)"
    return "meeting", "mode meeting: no word of another mode ([proposer] modes)"


@lru_cache(maxsize=16)
def _phrases(words: tuple[str, ...]) -> re.Pattern[str] | None:
    from hoptac.records.cues import phrase_regex

    return phrase_regex(list(words))


def select(scored: list[tuple[Candidate, float]], thresholds: dict[str, float | None],
           have: list[tuple[str, set[str]]]) -> list[tuple[Candidate, float]]:
    """The candidates to propose: at or over their type's threshold, the likeliest first, none whose codes
    half-overlap a record of its type already there (`have`: the rules') or already proposed."""
    kept: list[tuple[Candidate, float]] = []
    taken = list(have)
    for cand, p in sorted(scored, key=lambda cp: -cp[1]):
        t = thresholds.get(cand.type)
        codes = set(cand.codes)
        if t is None or p < t or any(ht == cand.type and jaccard(c, codes) >= 0.5 for ht, c in taken):
            continue
        kept.append((cand, p))
        taken.append((cand.type, codes))
    return sorted(kept, key=lambda cp: (cp[0].sentence.index, cp[0].type))


def propose_records(doc: Document, proposer: Proposer | None = None) -> Document:
    """Pipeline stage: add the records the proposer finds likely (see the module docstring)."""
    from hoptac.records.cues import lower

    proposer = proposer or shipped()
    if proposer is None:
        return doc
    thresholds = {t: m.threshold for t, m in proposer.types.items() if t in PARTICIPANT_TYPES}
    wanted = tuple(t for t, th in thresholds.items() if th is not None)
    if not wanted:
        return doc
    scored = [(c, proposer.types[c.type].probability(c.features)) for c in candidates(doc, wanted)]
    have = [(r.type, set(r.participants or r.source + r.targets)) for r in doc.records]
    chosen = select(scored, thresholds, have)
    if not chosen:
        return doc
    # The actors and dates of each sentence, read once (not once per proposal: the stage stays linear).
    actors_at: dict[int, list[Any]] = {}
    for a in doc.actors:
        actors_at.setdefault(a.sentence, []).append(a)
    dates_at: dict[int, list[Any]] = {}
    for d in sorted(doc.dates, key=lambda d: d.start):
        if d.value:
            dates_at.setdefault(d.sentence, []).append(d)
    groups = organisations(doc)
    frames: list[Any] | None = None
    for cand, p in chosen:
        model, declared, s = proposer.types[cand.type], record_types()[cand.type], cand.sentence
        if frames is None and declared.inherits_event_date:
            from hoptac.records.occasions import occasions

            frames = occasions(doc)
        low = lower(doc.normalised(s.start, s.end)[0])
        own = [d for d in dates_at.get(s.index, []) if s.start <= d.start < s.end]
        date, why = _date(own, low, declared.inherits_event_date, frames[s.index] if frames else None)
        reason = (f"learned proposer: p={p:.2f} >= {model.threshold:.2f} for {cand.type} between "
                  f"{', '.join(cand.codes)}; weighed most: {', '.join(model.reasons(cand.features))}")
        rule = f"proposer.json:{model.line}:{cand.type}.learned:"
        rec = Record(cand.type, date=date, date_reason=why, participants=list(cand.codes),
                     actors=list(actors_at.get(s.index, [])),
                     mentions=[Mention(s.index, s.start, s.end, doc.text[s.start:s.end], rule, round(p, 3), reason)],
                     rule=rule, confidence=round(model.confidence(p), 3))
        if cand.type == "CONSULT":
            rec.mode, why_mode = _mode(low, cand.codes, groups)
            rec.mentions[0].reason += f"; {why_mode}"
        doc.records.append(rec)
    return doc
