"""Event context and dates: what a call or meeting lends to what is said in it.

A CONSULT (call, meeting, conference) frames the sentences after it: what the
parties say, agree, ask or give there happened on the event's day, and "các
nước"/"hai bên" in it stand for the event's participants. A CONSULT named
inside someone's speech ("nhấn mạnh việc Thủ tướng dự Hội nghị ...") is an
event of its own but does not replace the frame.

A record's date, in order: a null marker in its own stretch of the clause
("gửi điện thăm hỏi từ rất sớm", "vừa qua, Việt Nam ... điện đàm") makes it
null; else a day written in its sentence (the nearest before the cue, else
after it in the clause); else the frame's date (not for a new CONSULT, which
is another event); else null. Every choice is written into `date_reason`.
"""

from __future__ import annotations

from dataclasses import dataclass, field

from hoptac.model import DateValue, Record
from hoptac.records.cues import CueHit, lexicon
from hoptac.text.normalise import fold
from hoptac.records.roles import Slot, View

def restates(frame_mode: str | None, mode: str | None) -> bool:
    """Whether a contact cue of `mode` restates an occasion of `frame_mode` (cues.toml [context])."""
    return mode in lexicon().raw.get("context", {}).get("restates", {}).get(frame_mode or "", ())


@dataclass
class Context:
    """The event that frames the sentences after it, and the document's running state."""

    event: Record | None = None
    carried: list[str] = field(default_factory=list)  # codes of the last sentence subject
    last_pair: list[str] = field(default_factory=list)  # last two sides named together
    last_state: str | None = None  # the last state named in the document (a province counts for its state)

    @property
    def participants(self) -> list[str]:
        return list(self.event.participants) if self.event else []

    def resolve(self, slot: Slot, exclude: list[str] | None = None) -> list[str]:
        """Codes an actor slot stands for; a group word stands for the frame's participants."""
        exclude = exclude or []
        if slot.code is not None:
            return [] if slot.code in exclude else [slot.code]
        if slot.pair and self.last_pair and (not self.event or len(self.participants) != 2):
            codes = list(self.last_pair)
        elif self.event is not None:
            codes = self.participants
        elif slot.group and slot.group.startswith("các"):
            codes = ["INTL"]
        else:
            codes = list(self.last_pair)
        return [c for c in codes if c not in exclude]

    def codes(self, slots: list[Slot], exclude: list[str] | None = None) -> list[str]:
        out: list[str] = []
        for sl in slots:
            for c in self.resolve(sl, exclude):
                if c not in out:
                    out.append(c)
        return out

    def others(self, source: list[str]) -> list[str]:
        return [c for c in self.participants if c not in source]


def _is_past_marker(d: DateValue) -> bool:
    """A null date that places the event before the report ("vừa qua"), not a vague future ("thời gian tới")."""
    rx = lexicon().words["null"]
    return "before" in d.reason or (rx is not None and rx.fullmatch(fold(d.text)) is not None)


def _scope_null(view: View, cue: CueHit, record_cues: list[CueHit]) -> str | None:
    """A null marker governs the cue right before it and every cue after it in the clause."""
    cs, ce = view.clause(cue.start)
    for s, _e, d in view.dates:
        if d.value is not None or not (cs <= s < ce) or not _is_past_marker(d):
            continue
        before = [c for c in record_cues if cs <= c.start < s]
        anchor = before[-1] if before else None
        if (anchor is not None and anchor.start == cue.start) or cue.start > s:
            return f"null marker '{d.text}' in the clause"
    return None


def own_date(view: View, cue: CueHit) -> tuple[str, str] | None:
    """A day written in the cue's sentence: nearest before it, else after it in its clause."""
    days = [(s, d) for s, _e, d in view.dates if d.value is not None and len(d.value) == 10]
    before = [(s, d) for s, d in days if s < cue.start]
    if before:
        d = before[-1][1]
        return d.value, f"'{d.text}' in the sentence ({d.reason})"  # type: ignore[return-value]
    _cs, ce = view.clause(cue.start)
    after = [(s, d) for s, d in days if cue.end <= s < ce]
    if after:
        d = after[0][1]
        return d.value, f"'{d.text}' in the clause ({d.reason})"  # type: ignore[return-value]
    return None


def date_of(view: View, cue: CueHit, record_cues: list[CueHit], ctx: Context,
            inherit: bool = True) -> tuple[str | None, str]:
    """The record's date and why (see the module docstring for the order)."""
    null = _scope_null(view, cue, record_cues)
    if null:
        return None, null
    own = own_date(view, cue)
    if own:
        return own
    if inherit and ctx.event is not None and ctx.event.date is not None:
        return ctx.event.date, f"said within the {ctx.event.mode} of {ctx.event.date}"
    if inherit and ctx.event is not None:
        return None, f"said within the undated {ctx.event.mode}"
    return None, "no date in the text"
