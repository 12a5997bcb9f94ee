"""Passive acts: "X ... được Y <cue>", where Y acts on X, and "được" with an agent that is no actor.

Kept apart from the directed handler (records/handlers.py), which asks these two questions of a request or praise
whose roles the verb alone does not give. The words are [roles] data in cues.toml.
"""

from __future__ import annotations

import re
from functools import lru_cache
from typing import TYPE_CHECKING

from hoptac.records.context import Context
from hoptac.records.cues import alternation, lexicon
from hoptac.text.normalise import fold

if TYPE_CHECKING:
    from hoptac.records.handlers import Candidate


@lru_cache(maxsize=1)
def _agent_patterns() -> tuple[re.Pattern[str], re.Pattern[str], re.Pattern[str], re.Pattern[str]]:
    """[roles] passive (not after a passive_not_after word) and the agent's words up to the cue; and what makes those
    words no agent: passive_not_leads first, passive_not_ends last, a passive_not_within word inside. Compiled once."""
    roles = lexicon().raw.get("roles", {})
    after = "".join(rf"(?<!{re.escape(fold(w))} )" for w in roles.get("passive_not_after", []))
    return (re.compile(rf"(?:^|\s){after}(?:{alternation(roles.get('passive', []))})((?:\s+[^\s,;.]+){{1,3}}?)\s+$"),
            re.compile(rf"\s+(?:{alternation(roles.get('passive_not_leads', []))})\b"),
            re.compile(rf"\s(?:{alternation(roles.get('passive_not_ends', []))})$"),
            re.compile(rf"\s(?:{alternation(roles.get('passive_not_within', []))})\s"))


def unnamed_agent(c: Candidate) -> bool:
    """Whether the cue is a passive verb whose agent, the words between "được"/"bị" and it, names no actor ("không
    bắt tay nhà lãnh đạo Đức khi được các phóng viên đề nghị": the reporters asked)."""
    view, cue = c.view, c.cue
    passive, leads, ends, within = _agent_patterns()
    m = passive.search(view.low[max(0, cue.start - 30):cue.start])
    if m is None or leads.match(m.group(1)) or ends.search(m.group(1)) or within.search(m.group(1) + " "):
        return False
    agent_start = cue.start - (len(m.group(1)) + 1)
    return not any(agent_start - 1 <= sl.start < cue.start for sl in view.slots)


@lru_cache(maxsize=1)
def _agent_lead() -> re.Pattern[str]:
    """[roles] passive, and a list_honorifics word after it, right before the agent."""
    roles = lexicon().raw.get("roles", {})
    return re.compile(rf"(?:^|\s)(?:{alternation(roles.get('passive', []))})\s+(?:(?:{alternation(roles.get('list_honorifics', []))})\s+)?$")


def passive_target(c: Candidate, ctx: Context) -> tuple[list[str], list[str]] | None:
    """(source, targets) of a passive act "X ... được Y <cue>", or None."""
    if not c.subj or c.carried:
        return None
    view, agent = c.view, c.subj[-1]
    # (an honorific may stand before the agent's name: "Ông Macron còn được ông Putin mời sang thăm Nga")
    if not _agent_lead().search(view.low[max(0, agent.start - 18):agent.start]):
        return None
    source = ctx.codes([agent])
    before = [sl for sl in view.slots if sl.end <= agent.start and sl.code and sl.code not in source]
    return (source, ctx.codes(before[-1:])) if source and before else None
