"""The learned proposer: meetings and agreements the cue rules missed, where a model says they are.

A third of the records the rules miss in hoptac's open gold have no cue of their type in their
sentence at all, and their wording is a long tail ("chào đón ... tại Phòng Bầu Dục", "tiếp xúc
song phương", "đồng chủ trì Tọa đàm ..."): no list of cue words catches up with it. The proposer
looks where such a record can stand, a sentence naming two codes or more, and asks a logistic
regression (one per type, trained on the open splits by `hoptac.train`, scikit-learn under the
`[train]` extra) whether the document holds a record of that type between those codes that the
rules did not give. Its features are the sentence's words and word pairs, the cues and the
rules' own drops there (a meeting dropped for want of a second party is a hint), how many codes
it names and what the rules already found in the document. Its weights ship as package data
(`lexicon/data/proposer.json`) and are applied here in pure Python: no training stack, no download.

Only for the participant types (CONSULT, AGREE): the directed types need a direction a sentence's
list of codes does not give, and a proposer of theirs gained nothing in cross-validation
(eval/proposer_eval.py says what was measured). A type is proposed only where its file sets a
threshold, which the open splits' cross-validation chose (never the frozen test); a record
proposed carries its probability and the words that weighed most in its reason,
and `proposer.json:LINE:TYPE.learned:` as its rule; its confidence is the share of the proposed
records found right in its band of probability in cross-validation (the file's `calibration`). Like the scorer, a file trained against other
rules than the shipped ones (its `about.lexicon_hash`) is stale and proposes nothing.
"""

from __future__ import annotations

import json
import math
import re
from dataclasses import dataclass, field
from functools import lru_cache
from pathlib import Path
from typing import Any

from hoptac.lexicon import shipped_hash
from hoptac.model import Document, Mention, Record, Sentence
from hoptac.records.types import record_types

DATA = Path(__file__).resolve().parent.parent / "lexicon" / "data" / "proposer.json"
PARTICIPANT_TYPES = ("CONSULT", "AGREE")
_WORD = re.compile(r"\w+")


@dataclass
class Candidate:
    """A sentence naming two codes or more, for one type: what the proposer scores."""

    type: str
    sentence: Sentence
    codes: list[str]
    features: dict[str, float]


def _jaccard(a: set[str], b: set[str]) -> float:
    return len(a & b) / len(a | b) if a | b else 1.0


def candidates(doc: Document, types: tuple[str, ...] = PARTICIPANT_TYPES) -> list[Candidate]:
    """Every sentence naming two codes or more, once per type, unless a record of that type already
    holds (half of) those codes: the rules' records are never proposed again."""
    from hoptac.records.cues import find_cues, lower

    if not doc.actors or doc.norm is None:
        return []
    have = [(r.type, set(r.participants or r.source + r.targets)) for r in doc.records]
    by_sentence: dict[int, list[str]] = {}
    for a in sorted(doc.actors, key=lambda a: a.start):
        if a.code and 0 <= a.sentence < len(doc.sentences) and a.code not in by_sentence.setdefault(a.sentence, []):
            by_sentence[a.sentence].append(a.code)
    out: list[Candidate] = []
    for index, codes in sorted(by_sentence.items()):
        if len(codes) < 2:
            continue
        sent = doc.sentences[index]
        low = lower(doc.normalised(sent.start, sent.end)[0])
        words = _WORD.findall(low)
        base: dict[str, float] = {f"w:{w}": 1.0 for w in words}
        base.update((f"b:{a}_{b}", 1.0) for a, b in zip(words, words[1:]))
        base.update((f"cue:{c.type}", 1.0) for c in find_cues(low))
        for d in doc.drops:
            if d.sentence == index:
                base[f"drop:{d.type}:{d.kind}"] = 1.0
                base[f"dropr:{d.type}:{d.reason[:40]}"] = 1.0
        base.update((f"rec:{r.type}", 1.0) for r in doc.records if any(m.sentence == index for m in r.mentions))
        base[f"n:{min(len(codes), 5)}"] = 1.0
        base["vnm"] = float("VNM" in codes)
        base[f"pos:{min(index, 3)}"] = 1.0
        base[f"docall:{min(len(have), 4)}"] = 1.0
        for t in types:
            same = [_jaccard(c, set(codes)) for ht, c in have if ht == t]
            if any(j >= 0.5 for j in same):
                continue
            f = dict(base)
            f[f"mj:{'none' if not same else 'some' if max(same) > 0 else '0'}"] = 1.0
            f[f"docn:{min(len(same), 3)}"] = 1.0
            out.append(Candidate(t, sent, list(codes), f))
    return out


@dataclass
class TypeModel:
    """One type's weights, bias and threshold (None: the type is scored but never proposed)."""

    weights: dict[str, float] = field(default_factory=dict)
    bias: float = 0.0
    threshold: float | None = None
    line: int = 0  # where the type's block starts in proposer.json (a record's rule names it)

    def probability(self, features: dict[str, float]) -> float:
        z = self.bias + sum(self.weights.get(k, 0.0) * v for k, v in features.items())
        return 1.0 / (1.0 + math.exp(-max(-30.0, min(30.0, z))))

    def reasons(self, features: dict[str, float], most: int = 3) -> list[str]:
        """The features that pushed the probability up most (what an analyst checks)."""
        pushed = sorted(((self.weights.get(k, 0.0) * v, k) for k in features for v in (features[k],)), reverse=True)
        return [k for w, k in pushed[:most] if w > 0]


@dataclass
class Proposer:
    """The types' models, and the share of proposed records found right per band of probability (from
    the open splits' cross-validation): a candidate's probability says how likely its sentence speaks of
    a missed record, but two sentences naming different codes may propose the same one, so the record's
    confidence is the band's share, not the probability itself."""

    types: dict[str, TypeModel] = field(default_factory=dict)
    about: dict[str, Any] = field(default_factory=dict)
    calibration: list[tuple[float, float]] = field(default_factory=list)  # (band's lower bound, share right)

    def confidence(self, p: float) -> float:
        shares = [share for lo, share in self.calibration if p >= lo]
        return shares[-1] if shares else p

    def to_json(self) -> dict[str, Any]:
        return {"about": self.about, "calibration": [list(b) for b in self.calibration],
                "types": {t: {"threshold": m.threshold, "bias": m.bias, "weights": dict(sorted(m.weights.items()))}
                          for t, m in sorted(self.types.items())}}

    def dumps(self) -> str:
        """The file's text: one weight per line, so that a type's block has a line to name."""
        return json.dumps(self.to_json(), ensure_ascii=False, indent=1) + "\n"

    @classmethod
    def from_json(cls, obj: dict[str, Any], text: str = "") -> Proposer:
        types = {}
        for t, m in obj.get("types", {}).items():
            at = text.find(f'"{t}": {{')
            types[t] = TypeModel({str(k): float(v) for k, v in m.get("weights", {}).items()}, float(m.get("bias", 0.0)),
                                 None if m.get("threshold") is None else float(m["threshold"]),
                                 text.count("\n", 0, at) + 1 if at >= 0 else 0)
        bands = sorted((float(lo), float(share)) for lo, share in obj.get("calibration", []))
        return cls(types, dict(obj.get("about", {})), bands)


@lru_cache(maxsize=1)
def shipped() -> Proposer | None:
    """The proposer shipped with the package, or None when there is none or it is stale (trained on the
    records of other rules than the shipped ones: its features would mean something else)."""
    if not DATA.exists():
        return None
    text = DATA.read_text(encoding="utf-8")
    proposer = Proposer.from_json(json.loads(text), text)
    return proposer if proposer.about.get("lexicon_hash") == shipped_hash() else None


def _date(doc: Document, sent: Sentence, inherits: bool, frames: list[Any] | None) -> tuple[str | None, str]:
    """The sentence's own first full day, else (a type that inherits the occasion's date) the occasion's."""
    for d in sorted(doc.dates, key=lambda d: d.start):
        if sent.start <= d.start < sent.end and d.value and "X" not in d.value and len(d.value) == 10:
            return d.value, f"{d.text!r} in the sentence ({d.reason})"
    if inherits and frames is not None and frames[sent.index] is not None:
        occ = frames[sent.index]
        return occ.date, f"within the occasion of {occ.where} ({occ.text[:60]!r})"
    return None, "no date of its own"


def _mode(sent_low: str) -> str:
    """A proposed meeting's mode: the mode of a CONSULT cue in its sentence, else a meeting."""
    from hoptac.records.cues import find_cues

    modes = [c.rule.fields.get("mode") for c in find_cues(sent_low) if c.type == "CONSULT"]
    return next((m for m in modes if m), "meeting")


def propose_records(doc: Document, proposer: Proposer | None = None) -> Document:
    """Pipeline stage: add the records the proposer finds likely (see the module docstring)."""
    from hoptac.records.cues import lower

    proposer = proposer or shipped()
    if proposer is None or not any(m.threshold is not None for m in proposer.types.values()):
        return doc
    wanted = tuple(t for t in PARTICIPANT_TYPES if t in proposer.types and proposer.types[t].threshold is not None)
    frames: list[Any] | None = None
    seen: set[tuple[str, frozenset[str]]] = set()
    for cand in candidates(doc, wanted):
        model = proposer.types[cand.type]
        p = model.probability(cand.features)
        key = (cand.type, frozenset(cand.codes))
        if model.threshold is None or p < model.threshold or key in seen:
            continue
        seen.add(key)
        declared = record_types()[cand.type]
        if frames is None and declared.inherits_event_date:
            from hoptac.records.occasions import occasions

            frames = occasions(doc)
        date, why = _date(doc, cand.sentence, declared.inherits_event_date, frames)
        s = cand.sentence
        reason = (f"learned proposer: p={p:.2f} >= {model.threshold:.2f} for {cand.type} between "
                  f"{', '.join(cand.codes)}; weighed most: {', '.join(model.reasons(cand.features))}")
        rule = f"proposer.json:{model.line}:{cand.type}.learned:"
        rec = Record(cand.type, date=date, date_reason=why, participants=list(cand.codes),
                     actors=[a for a in doc.actors if a.sentence == s.index],
                     mentions=[Mention(s.index, s.start, s.end, doc.text[s.start:s.end], rule, round(p, 3), reason)],
                     rule=rule, confidence=round(proposer.confidence(p), 3))
        if cand.type == "CONSULT":
            rec.mode = _mode(lower(doc.normalised(s.start, s.end)[0]))
        doc.records.append(rec)
    return doc
