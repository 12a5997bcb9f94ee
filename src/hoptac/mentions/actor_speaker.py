"""A speaker's own pronoun: "Tổng thống Trump cho biết ông và Tổng thống Nga Putin đã thảo luận ...".

The press reports what a person said of himself with "ông" or "bà" right after the verb of saying; joined by "và"
to another actor, that pronoun is a party of what follows (the speaker), which the actor finder left unnamed: a bare
honorific opens no name. Only a person named before the verb, in the same sentence (the nearest), is the speaker;
the verbs and the pronouns are actor_context.tsv speaker_verb and speaker_pronoun."""

from __future__ import annotations

from typing import Callable

from hoptac.mentions.actor_guard import suffix_len
from hoptac.mentions.actor_lexicon import Lexicon
from hoptac.mentions.actor_names import Tok
from hoptac.model import Actor

RULE = "actor_context.tsv speaker_pronoun: the speaker named before the verb of saying"


def speaker_pronouns(toks: list[Tok], out: list[Actor], lex: Lexicon, emit: Callable[..., None],
                     to_original: Callable[[int, int], tuple[int, int]]) -> None:
    """Emit the speaker's code for each "<verb of saying> [rằng] ông và <actor>" of the sentence."""
    pronouns = lex.context.get("speaker_pronoun", set())
    verbs = lex.context.get("speaker_verb", set())
    if not pronouns or not verbs or pronouns.isdisjoint(t.low for t in toks):
        return  # (most sentences: no pronoun at all)
    starts = {a.start for a in out}
    for i in range(1, len(toks) - 2):
        if toks[i].low not in pronouns or toks[i + 1].low != "và":
            continue
        other = i + 2 + (toks[i + 2].low in pronouns and i + 3 < len(toks))  # ("ông và ông Putin": the name's actor)
        if to_original(toks[other].start, toks[other].end)[0] not in starts:
            continue  # joined to no actor ("ông và đồng nghiệp")
        j = i - (toks[i - 1].text == ",")
        j -= j >= 1 and toks[j - 1].low == "rằng"
        k = suffix_len(toks, j, verbs, 2)
        if not k:
            continue
        verb_at = to_original(toks[j - k].start, toks[j - k].end)[0]
        speaker = max((a for a in out if a.end <= verb_at and a.kind == "state" and a.code
                       and (a.role or a.name) and a.role != "firm"), key=lambda a: a.end, default=None)
        if speaker is not None:
            emit(i, i + 1, speaker.code, "state", RULE, speaker.role, speaker.name)
