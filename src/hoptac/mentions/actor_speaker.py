"""A speaker's own pronoun: "Tổng thống Trump cho biết ông và Tổng thống Nga Putin đã thảo luận ...".

The press reports what a person said of himself with "ông" or "bà" right after the verb of saying; joined by "và"
to another actor, that pronoun is a party of what follows (the speaker), which the actor finder left unnamed: a bare
honorific opens no name. The speaker is the one state's actor with a title or a name (a person, or a body such as
"Bộ Ngoại giao Mỹ") before the verb in the same sentence; where actors of two states or more stand there ("Tổng
thống Putin, khi được hỏi về Tổng thống Trump, cho biết ông và ..."), which one speaks is not read, and the pronoun
stays unnamed. No gender is read ("bà" after a man's name takes his state). The verbs and the pronouns are
actor_context.tsv speaker_verb and speaker_pronoun."""

from __future__ import annotations

from typing import Callable

from hoptac.mentions.actor_guard import suffix_len
from hoptac.mentions.actor_lexicon import Lexicon
from hoptac.mentions.actor_names import Tok
from hoptac.model import Actor

RULE = "actor_context.tsv speaker_pronoun: the speaker before '{verb}' ({rule})"


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
        # joined to an actor (not "ông và đồng nghiệp"), which may start at its honorific or at the name after it
        # ("ông và ông Park Won Soon", "ông và ông Putin")
        after = [to_original(t.start, t.end)[0] for t in toks[i + 2:i + 3 + (toks[i + 2].low in pronouns)]]
        if starts.isdisjoint(after):
            continue
        j = i - (toks[i - 1].text == ",")
        j -= j >= 1 and toks[j - 1].low == "rằng"
        k = suffix_len(toks, j, verbs, 2)
        if not k:
            continue
        verb_at = to_original(toks[j - k].start, toks[j - k].end)[0]
        before = [a for a in out if a.end <= verb_at and a.kind == "state" and a.code
                  and (a.role or a.name) and a.role != "firm"]
        if len({a.code for a in before}) == 1:  # (two states or more: who speaks is not read)
            speaker = max(before, key=lambda a: a.end)
            verb = " ".join(t.text for t in toks[j - k:j])
            emit(i, i + 1, speaker.code, "state", RULE.format(verb=verb, rule=speaker.rule), speaker.role, speaker.name)
