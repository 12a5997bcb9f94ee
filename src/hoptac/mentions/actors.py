"""Actors: the states, bodies and the international community each sentence names.

Three steps per sentence, all on the normalised text (offsets mapped back to
the original at the end):

1. longest match of the lexicon's phrases, word by word (`actor_lexicon`);
2. guards (`actor_guard`): short or ambiguous names ("Anh", "Nga", "Mỹ",
   "Washington", "Trung") count only in the context their data row asks for (a
   list of countries, after a state word or title, not inside a person's or
   place's name); a state named as a sports team or as the press is no actor;
3. resolution: a title (with "tân"/"cựu" before it, a portfolio after it)
   takes the country or body named after it, else the person named after it
   (known office holder or seen earlier in the document), else the latest
   person of that role, else, for a body, the state of the capital it is
   placed in, else its Vietnamese default, unless the person named is clearly
   not Vietnamese (`actor_names`); "nước này" takes the latest state; an "các
   nước" that only opens a list is dropped.

Group words ("hai bên", "hai nước", "các bên", "phía bạn") are emitted with
kind="group" and code "": the records stage resolves them to the other
participants of the sentence.
"""

from __future__ import annotations

from collections import Counter
from itertools import accumulate
from operator import attrgetter

import re

from hoptac.mentions.actor_counts import counted
from hoptac.mentions.actor_guard import Hit, firm_branch, guard, honorific_at
from hoptac.mentions.actor_lexicon import TOKEN, Lexicon, holder_row, load, phrase_starts
from hoptac.mentions.actor_names import Memory, Tok, is_cap, looks_foreign, name_run
from hoptac.mentions.actor_fields import intl_tail, open_portfolios
from hoptac.mentions.actor_speaker import speaker_pronouns
from hoptac.mentions.actor_titles import LIST_INTRO, match as _match, may_open, title as _title
from hoptac.model import Actor, Document, Sentence


def find_actors(doc: Document) -> Document:
    """Fill doc.actors with every actor mention of doc.sentences, in text order."""
    lex = load()
    memory = Memory()
    actors: list[Actor] = []
    named: set[str] = set()  # the states named so far (actor_guard.guard: a guarded short name of one is it again)
    for s in doc.sentences or _line_sentences(doc):
        ntext, nstart = doc.normalised(s.start, s.end)
        low = ntext.lower()
        # The sentence's words, lower-cased, found once for the skip test and the tokens alike (where
        # lowering keeps every character apart: see `_nothing_here`; else each finds its own), as the
        # pieces of a split: the words and the gaps between them, whose lengths give the words' offsets.
        pieces = _TOKEN_SPLIT.split(low) if len(low) == len(ntext) and "Σ" not in ntext else None
        words = pieces[1::2] if pieces is not None else None
        # Where the lexicon's phrases start, found once for the skip test and the matcher alike.
        found = phrase_starts(words, lex) if words is not None else None
        if words is not None and _nothing_here(ntext, low, lex, not memory.keys, words, found, pieces):
            continue
        toks = _tokens(ntext, nstart, low, words, pieces, doc.norm.text)
        hits = open_portfolios(counted(_match(toks, lex, found), toks, lex, len(named)), toks, doc.norm.text, lex)
        guard(hits, toks, lex, doc.norm.text, named)
        memory.topics += [(s.index, doc.to_original(toks[h.i].start, toks[h.i].end)[0], h.entry.code)
                          for h in hits if h.muted and h.entry.code]
        found = _resolve(doc, s, [h for h in hits if h.ok], toks, lex, memory, actors)
        actors.extend(found)
        named.update(a.code for a in found if a.kind == "state" and a.code)
    _abroad(actors, lex)
    doc.actors = actors
    return doc


def _abroad(actors: list[Actor], lex: Lexicon) -> None:
    """A story set abroad: when the document names Việt Nam nowhere but through a body's title alone
    ("Quốc hội", "Bộ Tư pháp" took the home state by default, titles.tsv), and one state more often than
    any other, at least twice and in its first two sentences, the bodies that a story abroad leaves bare
    (actor_context.tsv abroad_role) are that state's ("Tổng thống Trump phải tham vấn Quốc hội"). Not
    where the sentence names that state's body of the same role ("Bộ Nội vụ đề nghị Bộ Nội vụ Lào ...":
    the other side); a person's bare title keeps its default."""
    roles = lex.context.get("abroad_role", set())
    defaults = [a for a in actors if a.code == "VNM" and a.rule.startswith("title default") and a.role in roles]
    if not defaults:
        return
    named = [a for a in actors if a.kind == "state" and not a.rule.startswith(("title default", "anaphor"))]
    counts = Counter(a.code for a in named)
    top = counts.most_common(2)
    if counts.get("VNM") or not top or top[0][1] < 2 or (len(top) > 1 and top[0][1] == top[1][1]):
        return
    code = top[0][0]
    if not any(a.code == code and a.sentence < 2 for a in named):
        return
    counterpart = {(a.sentence, a.role) for a in named if a.code == code}
    for a in defaults:
        if (a.sentence, a.role) not in counterpart:
            a.code = code
            a.rule += f"; abroad: Việt Nam is named nowhere, the story's state is {code}"


def _nothing_here(ntext: str, low: str, lex: Lexicon, nobody_yet: bool = False,
                  words: list[str] | None = None, found: dict[int, set[int]] | None = None,
                  pieces: list[str] | None = None) -> bool:
    """Whether a sentence surely yields no actor: no phrase of the lexicon starts at any of its words
    in a case its entries allow (`actor_titles.may_open`: "anh", "pháp luật", "ý kiến" in lower case
    open no name) and no honorific ("ông", "bà") stands in it. Two thirds of the sentences are such,
    and making their words (`Tok`) was a third of the actor finder's time. (Asking the case too skips
    7,752 more of the 69,252 sentences of the 2,653 Dân trí articles, a quarter of those that were made
    into words: the actor finder 2.61 -> 2.41 s, best of 3 paired runs.)
    An honorific counts only once the document has named somebody (`nobody_yet` False): without a
    phrase, an honorific's name is an actor only as a person the memory holds (`_honorifics`; its
    apposition needs a title's actor, which needs a phrase), and the sentence leaves nothing behind.

    The words are those of `_tokens`, found in the lower-cased sentence (`low`): where lowering keeps
    every character apart (as `_tokens` asks), it never moves a word's bounds (lowering changes no
    character's class, word, space or sign, in the Unicode data of CPython 3.11: checked code point
    by code point, tests/test_fast_paths_mentions.py). `found`: `phrase_starts(words, lex)`, when the caller
    has it; `pieces`: `_TOKEN_SPLIT.split(low)`, whose odd pieces are `words` (the words' offsets)."""
    if len(low) != len(ntext) or "Σ" in ntext:
        return False
    if words is None or pieces is None:
        pieces = _TOKEN_SPLIT.split(low)
        words = pieces[1::2]
    if not lex.counted_first.isdisjoint(words) and any(w.isascii() and w.isdigit() for w in words):
        return False  # a count of states ("Hơn 40 quốc gia đã cam kết ..."): actor_counts.counted looks at it
    found = phrase_starts(words, lex) if found is None else found
    if found and may_open(found, words, list(accumulate(map(len, pieces)))[0::2], ntext, lex):
        return False  # a phrase of the lexicon starts at one of the words, in a case it allows
    return nobody_yet or lex.honorific_ends.isdisjoint(words)


def _tokens(ntext: str, nstart: int, low: str | None = None, words: list[str] | None = None,
            pieces: list[str] | None = None, norm: str | None = None) -> list[Tok]:
    """The words of a sentence. Lower-cased once for the whole sentence (`low`, when the caller has
    it) and sliced, which is the same per word unless lowering changes a length (then word by word)
    or a capital sigma's form depends on what follows the word (then word by word too). `words`: the
    lower-cased words `TOKEN.findall(low)` gives where slicing would do (`find_actors` has them), taken
    as they are, with the words as written and their offsets read off the matches by `map`s of
    built-ins, not a Python step per word: making the words was the actor finder's largest cost.
    `pieces`: `_TOKEN_SPLIT.split(low)`, whose odd pieces are `words`: the offsets are the running sum
    of the pieces' lengths, so the sentence is not matched a second time (a match object per word was
    two fifths of making the words). `norm`: the document's normalised text, `ntext` its slice from
    `nstart`: the running sum starts at `nstart` and the words are sliced from `norm`, so the offsets
    are not shifted word by word (the words' making 0.8 -> 0.7 s over the 18,176 sentences of 600 Dân
    trí articles, best of 7)."""
    if words is not None and pieces is not None and norm is not None:
        ends = list(accumulate(map(len, pieces), initial=nstart))
        starts, stops = ends[1::2], ends[2::2]
        del starts[-1]  # (the gap after the last word)
        return list(map(Tok, map(norm.__getitem__, map(slice, starts, stops)), words, starts, stops))
    if words is not None and pieces is not None:
        ends = list(accumulate(map(len, pieces)))
        starts, stops = ends[0::2], ends[1::2]
        del starts[-1]  # (the gap after the last word)
        return list(map(Tok, map(ntext.__getitem__, map(slice, starts, stops)), words,
                        map(nstart.__add__, starts), map(nstart.__add__, stops)))
    if words is not None:
        found = list(TOKEN.finditer(ntext))
        return list(map(Tok, map(_GROUP, found), words, map(nstart.__add__, map(_START, found)),
                        map(nstart.__add__, map(_END, found))))
    low = ntext.lower() if low is None else low
    if len(low) != len(ntext) or "Σ" in ntext:
        return [Tok(m.group(), m.group().lower(), nstart + m.start(), nstart + m.end()) for m in TOKEN.finditer(ntext)]
    return [Tok(ntext[a:b], low[a:b], nstart + a, nstart + b) for a, b in map(_span, TOKEN.finditer(ntext))]


_span = re.Match.span
# TOKEN's words as the odd pieces of a split (TOKEN has no group). Its repeats possessive: a word's letters
# are never given back (a word ends where no word character follows, so nothing after it could want one), and
# not keeping them to give back makes the split, over every sentence, a tenth faster. Checked equal to TOKEN's
# split in tests/test_fast_paths_mentions.py.
_TOKEN_SPLIT = re.compile("(" + TOKEN.pattern.replace(r"\w+", r"\w++").replace(")*", ")*+") + ")", TOKEN.flags)
_GROUP, _START, _END = re.Match.group, re.Match.start, re.Match.end
_TEXT, _LOW = attrgetter("text"), attrgetter("low")


def _recent(items: list, first_sentence: int, sentence_of) -> list:  # type: ignore[type-arg]
    """The tail of a text-ordered list whose sentence is at least `first_sentence`."""
    i = len(items)
    while i > 0 and sentence_of(items[i - 1]) >= first_sentence:
        i -= 1
    return items[i:]


_ALIAS = re.compile(r"\([^()]{0,30}\)")  # a short form glossed after a name: "(UAE)"


def _joined(gap: str, joins: set[str]) -> bool:
    """Whether `gap` (the text between two states) only joins them in a list: nothing, a comma, a
    word of actor_context.tsv anaphor_list_join or a comma and one, a glossed short form aside."""
    g = " ".join(_ALIAS.sub(" ", gap).lower().split())
    return g in ("", ",") or g in joins or (g.startswith(",") and g[1:].strip() in joins)


def _last_list(text: str, actors: list[Actor], joins: set[str]) -> list[str]:
    """The codes of the last list of two or more states among `actors` (text-ordered, the last three
    sentences): states of one sentence joined only by anaphor_list_join words ("Indonesia, Malaysia, Philippines,
    Singapore và Hàn Quốc", "Saudi Arabia, Các Tiểu vương quốc Arab Thống nhất (UAE), Bahrain và Ai Cập").
    What "các nước này" points back to; [] when none."""
    states = [a for a in actors if a.kind == "state" and a.code and a.code != "INTL"]
    best: list[str] = []
    run: list[Actor] = []
    for a in states:
        if run and a.code == run[-1].code and text[a.start - 1:a.start] == "(" and text[a.end:a.end + 1] == ")":
            continue  # the gloss of the name before it: "(UAE)"
        if run and (a.sentence != run[-1].sentence or a.start < run[-1].end
                    or not _joined(text[run[-1].end:a.start], joins)):
            run = []
        run.append(a)
        codes = list(dict.fromkeys(x.code for x in run))
        if len(codes) >= 2:
            best = codes
    return best


def _line_sentences(doc: Document) -> list[Sentence]:
    """Without a sentence splitter's output, each non-empty line stands for a sentence."""
    out, pos = [], 0
    for line in doc.text.splitlines(keepends=True):
        if line.strip():
            out.append(Sentence(line.rstrip("\r\n"), pos, pos + len(line.rstrip("\r\n")), -1, len(out)))
        pos += len(line)
    return out


def _resolve(doc: Document, s: Sentence, hits: list[Hit], toks: list[Tok], lex: Lexicon,
             memory: Memory, before: list[Actor]) -> list[Actor]:
    """Turn accepted hits (and honorific + name) into Actors, titles joined to what follows."""
    norm = doc.norm.text
    pub = doc.published
    starts = {h.i: h for h in hits}
    out: list[Actor] = []

    def emit(i: int, j: int, code: str, kind: str, rule: str, role: str | None = None,
             name: str | None = None) -> None:
        a, b = doc.to_original(toks[i].start, toks[j - 1].end)
        if kind == "state" and code in lex.org_codes:
            kind = "org"
        if code == "INTL" and kind != "intl":
            kind = "intl"
        out.append(Actor(code=code, start=a, end=b, text=doc.text[a:b], kind=kind,
                         country=lex.names.get(code), role=role, name=name, rule=rule,
                         sentence=s.index))

    def person(h: Hit, role_hint: str | None) -> tuple[str, str | None, str, str]:
        """Code, role and name of a known office holder, and a note on the rule when the code is
        the document's own."""
        row = holder_row(h.entry, pub, role_hint)
        name = h.entry.holder_rows[0]["name"]
        known = memory.by_name(name)
        # The state the document gave this person earlier wins over the office table's row
        # ("Bộ trưởng Quốc phòng Đức Ursula von der Leyen" ... "Bộ trưởng von der Leyen": not EU).
        if known is not None and known.stated and known.code != row["code"]:
            return known.code, row.get("role") or role_hint, name, "+memory: the state the text gave earlier"
        return row["code"], row.get("role") or role_hint, name, ""

    covered = 0
    k = 0
    while k < len(hits):
        h = hits[k]
        e, end = h.entry, h.j  # (an unnamed set of states may end further on: its tail)
        if h.i < covered:
            k += 1
            continue
        if e.kind == "title":
            k, covered = _title(k, hits, toks, lex, memory, emit, person, starts, norm)
            continue
        if e.kind == "person":
            code, role, name, note = person(h, None)
            memory.add(name, code, role)
            emit(h.i, h.j, code, "state", e.rule + note, role, name)
        elif e.kind == "firm":
            nxt = hits[k + 1] if k + 1 < len(hits) else None
            if nxt is not None and firm_branch(h, nxt, toks, lex.context):
                emit(h.i, nxt.j, nxt.entry.code, "state", f"{e.rule}+branch:{nxt.entry.rule}", "firm", e.phrase)
                covered = nxt.j
                k += 2
                continue
            emit(h.i, h.j, e.code, "state", e.rule, "firm", e.phrase)
        elif e.members:
            for m in e.members:
                emit(h.i, h.j, m, "state", e.rule)
        elif e.kind == "intl":
            nxt = hits[k + 1] if k + 1 < len(hits) else None
            gap = " ".join(t.low for t in toks[h.j:nxt.i]) if nxt else "x"
            if not (nxt and nxt.entry.kind in ("state", "org") and gap in LIST_INTRO):
                end = intl_tail(toks, h.j, nxt.i if nxt else len(toks), lex.context.get("intl_tail", set()))
                emit(h.i, end, e.code, "intl", e.rule if end == h.j else f"{e.rule}+tail:actor_context.tsv intl_tail")
        elif e.kind == "group":
            emit(h.i, h.j, "", "group", e.rule)
        elif e.kind == "anaphor":
            at = doc.to_original(toks[h.i].start, toks[h.i].end)[0]
            # Only the last three sentences count: walk back from the end, never the whole document.
            prior = [(a.sentence, a.start, a.code) for a in _recent(before, s.index - 2, lambda a: a.sentence) + out
                     if a.kind == "state" and a.code and a.sentence >= s.index - 2]
            prior += _recent(memory.topics, s.index - 2, lambda t: t[0])
            prior = sorted(t for t in prior if t[0] < s.index or t[1] < at)
            if prior:
                emit(h.i, h.j, prior[-1][2], "state", f"anaphor:{e.rule}")
            else:
                emit(h.i, h.j, "", "group", e.rule)
        elif e.kind == "anaphor_list":
            at = doc.to_original(toks[h.i].start, toks[h.i].end)[0]
            earlier = [a for a in _recent(before, s.index - 2, lambda a: a.sentence) + out
                       if a.sentence < s.index or a.start < at]
            listed = _last_list(doc.text, earlier, lex.context.get("anaphor_list_join", set()))
            for code in listed:
                emit(h.i, h.j, code, "state", f"anaphor list:{e.rule}")
            if not listed:  # none named: an unnamed set, as "các nước" alone
                emit(h.i, h.j, "INTL", "intl", f"{e.rule}; no list of states before it")
        elif e.code:
            emit(h.i, h.j, e.code, e.kind, e.rule)
        covered = end
        k += 1
    _honorifics(toks, starts, memory, emit, norm, out, doc.to_original, lex)
    speaker_pronouns(toks, out, lex, emit, doc.to_original)  # "Tổng thống Trump cho biết ông và ..."
    out.sort(key=lambda a: (a.start, a.end))
    return out


# How far after the comma the title in apposition may start ("Đặc phái viên của Tổng thống Hàn Quốc").
_APPOSITION_REACH = 30


def _honorifics(toks, starts, memory, emit, norm, out, to_original, lex) -> None:  # type: ignore[no-untyped-def]
    """'Ông Stilwell', 'bà Hằng': a person seen earlier in the document keeps their code.

    A person first named with a title in apposition ("Ngài Park Won Soon, Đặc phái viên của Tổng
    thống Hàn Quốc") is remembered with that title's state, so "Ngài Park Won Soon" alone acts for it."""
    covered = {i for h in starts.values() for i in range(h.i, h.j)}
    # A person's title that gave no actor acts as an honorific for the name after it: a rank before a
    # foreign name ("Đại tướng Chaichan Changmongkol, Thư ký Thường trực Bộ Quốc phòng Thái Lan").
    emitted = {a.start for a in out}
    bare = {h.j - 1: h.i for h in starts.values() if h.entry.kind == "title" and h.entry.title_kind == "person"
            and to_original(toks[h.i].start, toks[h.i].end)[0] not in emitted}
    if not bare and lex.honorific_ends.isdisjoint(map(_LOW, toks)):
        return  # no honorific and no bare title: nothing below can open a name (most sentences)
    for i, t in enumerate(toks[:-1]):
        honorific = honorific_at(toks, i, lex) if t.low in lex.honorific_ends else None
        first = bare.get(i, i if honorific is None else honorific)
        if (honorific is not None or i in bare) and i + 1 not in covered and is_cap(toks[i + 1]):
            q = name_run(toks, i + 1, starts, norm)
            name = norm[toks[i + 1].start:toks[q - 1].end]
            p = memory.by_name(name)
            if p:
                emit(first, q, p.code, "state", "honorific+memory", p.role, p.name)
            elif q + 1 < len(toks) and toks[q].text == ",":
                at = to_original(toks[q + 1].start, toks[q + 1].end)[0]
                # A title with a name of its own ("ông Peter Hansen, Đại sứ Mỹ Marc Knapper") is the next
                # item of a list, not an apposition.
                app = next((a for a in out if at <= a.start <= at + _APPOSITION_REACH and a.kind == "state"
                            and a.code and a.rule.startswith(("title+country", "title+person")) and a.name is None),
                           None)
                if app is not None and looks_foreign(name) == (app.code != "VNM"):  # a name that fits the state
                    memory.add(name, app.code, app.role)
                    emit(first, q, app.code, "state", "honorific+apposition", app.role, name)
