"""Counts of states in digits ("ít nhất 40 nước", "hơn 20 quốc gia"): the international community, or the states
named before again. Moved from actors.py, which calls `counted` on each sentence's phrase hits, for that module's
length.
"""

from __future__ import annotations

from operator import attrgetter

from hoptac.mentions.actor_guard import Hit
from hoptac.mentions.actor_lexicon import Entry, Lexicon
from hoptac.mentions.actor_names import Tok, is_cap

_TEXT, _LOW = attrgetter("text"), attrgetter("low")

_COUNT_MIN, _COUNT_INTL, _COUNT_MAX = 3, 5, 1000  # counts of states: a group from 3, INTL from 5; 1000 up is a year
_COUNTED = Entry("(a count of states)", "INTL", "intl", "actor_context.tsv counted_states", False, 2)
_COUNTED_AGAIN = Entry("(a count of states)", "", "group", "actor_context.tsv counted_states: those named", False, 2)


def counted(hits: list[Hit], toks: list[Tok], lex: Lexicon, named_before: int) -> list[Hit]:
    """"ít nhất 40 nước", "hơn 20 quốc gia": a count in digits of states (actor_context.tsv counted_states).
    Five or more, more than the document has named so far, are the international community (INTL), as
    "nhiều nước" is (intl.tsv); fewer, or no more than it has named, are those states again: a group word
    like "ba nước" ("Ngoại trưởng Mỹ, Nhật Bản và Ấn Độ ... Ngoại trưởng 3 nước nhất trí ..."). Written
    here, not as phrases: a phrase list cannot hold every number. `named_before` is how many states the
    document has named before the sentence (find_actors keeps the count: counting here made a page of
    such counts quadratic)."""
    words = lex.context.get("counted_states")
    # Only after a number and before a word that opens a count's phrase: most sentences hold no such
    # pair, and these two passes of built-ins turn them away before the loop over every word below.
    if not words or not any(map(str.isdigit, map(_TEXT, toks))) or lex.counted_first.isdisjoint(map(_LOW, toks)):
        return hits
    # ASCII digits only ("①" is a digit that int() refuses), and no year ("Năm 2021 nước láng giềng").
    counts = [i for i, t in enumerate(toks[:-1]) if t.text.isascii() and t.text.isdigit()
              and _COUNT_MIN <= int(t.text) < _COUNT_MAX]
    if not words or not counts:  # most sentences: no work past this line
        return hits
    named_words = lex.context.get("counted_named", set())
    member_of = lex.context.get("counted_member_of", set())
    taken = {i for h in hits for i in range(h.i, h.j)}
    new = []
    for i in counts:
        t = toks[i]
        if i in taken:
            continue
        for w in words:
            j = i + 1 + w.count(" ") + 1
            if " ".join(x.low for x in toks[i + 1:j]) != w or taken.intersection(range(i, j)):
                continue
            # Not a set the text goes on to name or to place ("4 nước Arab", "3 nước châu Á gồm ...", "7 nước
            # công nghiệp"), nor one the states named before belong to ("nằm trong số hơn 10 quốc gia").
            after = " " + " ".join(x.low for x in toks[j:j + 6]) + " "
            named = (j < len(toks) and is_cap(toks[j])) or any(f" {p} " in after for p in named_words)
            lead = " " + " ".join(x.low for x in toks[max(0, i - 3):i]) + " "
            named = named or any(f" {p} " in lead for p in member_of)
            if not named:
                many = int(t.text) >= _COUNT_INTL and int(t.text) > named_before
                new.append(Hit(i, j, _COUNTED if many else _COUNTED_AGAIN))
            break
    return sorted(hits + new, key=lambda h: h.i) if new else hits
