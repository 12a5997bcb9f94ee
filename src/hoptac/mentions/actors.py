"""Actors: the states, bodies and the international community each sentence names.

Three steps per sentence, all on the normalised text (offsets mapped back to
the original at the end):

1. longest match of the lexicon's phrases, word by word (`actor_lexicon`);
2. guards: short or ambiguous names ("Anh", "Nga", "Mỹ", "Washington") count
   only in the context their data row asks for (a list of countries, after a
   state word or title, not inside a person's or place's name);
3. resolution: a title takes the country or body named after it, else the
   person named after it (known office holder or seen earlier in the document),
   else the latest person of that role, else its Vietnamese default; "nước này"
   takes the latest state; an "các nước" that only opens a list is dropped.

Group words ("hai bên", "hai nước", "các bên", "phía bạn") are emitted with
kind="group" and code "": the records stage resolves them to the other
participants of the sentence.
"""

from __future__ import annotations

from dataclasses import dataclass, field

from hoptac.mentions.actor_lexicon import TOKEN, Entry, Lexicon, holder_row, load
from hoptac.model import Actor, Document, Sentence

_MAX_NAME = 6  # words of a person's name after a title
_HONORIFIC_PERSON = {"ông", "bà", "ngài"}
_LIST_INTRO = {"", "như", "là", ":", "gồm"}  # "các nước như Mỹ, ..." only opens a list


@dataclass(slots=True)
class _Tok:
    text: str
    low: str
    start: int  # offsets in doc.norm.text
    end: int


@dataclass(slots=True)
class _Hit:
    i: int  # first token
    j: int  # one past the last token
    entry: Entry
    ok: bool | None = None  # guard verdict


@dataclass
class _Person:
    name: str
    code: str
    role: str | None


@dataclass
class _Memory:
    """People met so far in the document, most recent last."""

    people: list[_Person] = field(default_factory=list)
    keys: dict[str, _Person] = field(default_factory=dict)

    def add(self, name: str, code: str, role: str | None) -> None:
        p = self.keys.get(name.lower()) or _Person(name, code, role)
        p.code, p.role = code, role or p.role
        if p in self.people:
            self.people.remove(p)
        self.people.append(p)
        parts = name.lower().split()
        for k in {name.lower(), parts[0], parts[-1]}:
            self.keys[k] = p

    def by_name(self, name: str) -> _Person | None:
        low = name.lower()
        if low in self.keys:
            return self.keys[low]
        parts = low.split()
        return self.keys.get(parts[-1]) if len(parts) == 1 else None

    def by_role(self, role: str) -> _Person | None:
        for p in reversed(self.people):
            if p.role and _role_fits(role, p.role):
                return p
        return None


def _role_fits(asked: str, held: str) -> bool:
    """'deputy_minister' fits 'deputy_foreign_minister'; 'minister' never fits a prime minister."""
    if asked == held:
        return True
    a, h = set(asked.split("_")), set(held.split("_"))
    if "prime" in h - a or "deputy" in h - a or "vice" in h - a:
        return False
    return a <= h


def find_actors(doc: Document) -> Document:
    """Fill doc.actors with every actor mention of doc.sentences, in text order."""
    lex = load()
    memory = _Memory()
    actors: list[Actor] = []
    for s in doc.sentences or _line_sentences(doc):
        ntext, nstart = doc.normalised(s.start, s.end)
        toks = [_Tok(m.group(), m.group().lower(), nstart + m.start(), nstart + m.end())
                for m in TOKEN.finditer(ntext)]
        hits = _match(toks, lex)
        _guard(hits, toks, lex, doc.norm.text)
        actors.extend(_resolve(doc, s, [h for h in hits if h.ok], toks, lex, memory, actors))
    doc.actors = actors
    return doc


def _line_sentences(doc: Document) -> list[Sentence]:
    """Without a sentence splitter's output, each non-empty line stands for a sentence."""
    out, pos = [], 0
    for line in doc.text.splitlines(keepends=True):
        if line.strip():
            out.append(Sentence(line.rstrip("\r\n"), pos, pos + len(line.rstrip("\r\n")), -1, len(out)))
        pos += len(line)
    return out


def _case_ok(e: Entry, toks: list[_Tok]) -> bool:
    """Names and titles keep their capital letter ("cán bộ y tế" is no "Bộ Y tế");
    phrases written in lower case match in any case."""
    if e.ntok == 1:
        t = toks[0].text
        if not e.upper_first:
            return True
        return t == e.exact or (len(t) > 1 and t.isupper() and t == e.exact.upper())
    if e.kind in ("intl", "group", "anaphor") or not e.upper_first:
        return True
    return toks[0].text[:1].isupper() or toks[0].text[:1].isdigit()


def _match(toks: list[_Tok], lex: Lexicon) -> list[_Hit]:
    """Leftmost-longest phrases of the lexicon over the words of one sentence."""
    hits: list[_Hit] = []
    i, n = 0, len(toks)
    while i < n:
        found = None
        for length in lex.lengths.get(toks[i].low, ()):
            if i + length > n:
                continue
            key = " ".join(t.low for t in toks[i:i + length])
            for e in lex.entries.get(key, ()):
                if _case_ok(e, toks[i:i + length]):
                    found = _Hit(i, i + length, e)
                    break
            if found:
                break
        if found:
            hits.append(found)
            i = found.j
        else:
            i += 1
    return hits


def _ends_with(toks: list[_Tok], i: int, phrases: set[str], maxlen: int = 3) -> bool:
    """Do the words just before token i form one of `phrases`?"""
    return any(i - k >= 0 and " ".join(t.low for t in toks[i - k:i]) in phrases
               for k in range(1, maxlen + 1))


def _starts_with(toks: list[_Tok], j: int, phrases: set[str], maxlen: int = 3) -> bool:
    return any(j + k <= len(toks) and " ".join(t.low for t in toks[j:j + k]) in phrases
               for k in range(1, maxlen + 1))


def _is_cap(t: _Tok) -> bool:
    return t.text[:1].isupper() and t.text[:1].isalpha()


def _guard(hits: list[_Hit], toks: list[_Tok], lex: Lexicon, norm: str) -> None:
    """Decide each guarded hit from its neighbours (lists need two passes)."""
    ctx = lex.context
    func = ctx.get("function_word", set()) | ctx.get("state_before", set())
    starts = {h.i: h for h in hits}
    ends = {h.j: h for h in hits}
    for h in hits:
        g = h.entry.guard
        if h.entry.kind == "block" or not g:
            h.ok = h.entry.kind != "block"
            continue
        prev = toks[h.i - 1] if h.i else None
        nxt = toks[h.j] if h.j < len(toks) else None
        title_before = h.i in ends and ends[h.i].entry.kind == "title"
        trigger = title_before or _ends_with(toks, h.i, ctx.get("state_before", set()), 2)
        glued = nxt is not None and norm[toks[h.j - 1].end:nxt.start] == " "
        name_after = nxt is not None and _is_cap(nxt) and (
            h.j not in starts or (bool(starts[h.j].entry.guard) and glued))
        if nxt and (nxt.text in h.entry.unless_next or nxt.low in h.entry.unless_next):
            h.ok = False
        elif prev and (prev.low in ctx.get("honorific", set()) or prev.low in ctx.get("not_after", set())):
            h.ok = False  # "chị Nga", "cô Mỹ", "huyện Mỹ Đức", "tiếng Pháp"
        elif prev and _is_cap(prev) and not (h.i in ends and ends[h.i].ok) and prev.low not in func:
            h.ok = False  # "Thị Nga", "Minh Đức": part of a name
        elif g == "metonym":
            h.ok = (not _ends_with(toks, h.i, ctx.get("locative_before", set()), 2)) and (
                _starts_with(toks, h.j, ctx.get("metonym_after", set()), 2)
                or _ends_with(toks, h.i, ctx.get("metonym_before", set()), 1))
        elif g == "name":
            h.ok = trigger or not name_after  # "Mỹ Tâm", "Đức Anh"; but "Nhật-Hàn"
        elif g == "state":
            if name_after and not title_before:
                h.ok = False  # "của Anh Sa": a person
            else:
                h.ok = True if trigger else None
    joins = ctx.get("list_join", set())
    for _ in range(3):  # "Anh và Pháp", "Đức, Ý, Áo": a list carries its members
        changed = False
        for k, h in enumerate(hits):
            if h.ok is not None:
                continue
            for other in (hits[k - 1] if k else None, hits[k + 1] if k + 1 < len(hits) else None):
                if other is None or not other.ok or other.entry.kind not in ("state", "org"):
                    continue
                a, b = (other, h) if other.i < h.i else (h, other)
                gap = " ".join(t.low for t in toks[a.j:b.i])
                between = norm[toks[a.j - 1].end:toks[b.i].start]
                if gap in joins or (not gap and ("-" in between or "/" in between)):
                    h.ok, changed = True, True
                    break
        if not changed:
            break
    for h in hits:
        if h.ok is None:
            h.ok = False


def _name_run(toks: list[_Tok], p: int, starts: dict[int, _Hit], norm: str) -> int:
    """End (exclusive) of a person's name starting at token p: capitalised words,
    and lower-case pieces joined by a hyphen ("Moon Jae-in", "Chan-o-cha")."""
    q = p
    while q < len(toks) and q - p < _MAX_NAME:
        t = toks[q]
        hyphened = q > p and norm[toks[q - 1].end:t.start] == "-"
        if q in starts and q > p:
            break
        if (_is_cap(t) and (q == p or norm[toks[q - 1].end:t.start] in (" ", "-"))) or (hyphened and t.text.isalpha()):
            q += 1
        else:
            break
    return q


def _resolve(doc: Document, s: Sentence, hits: list[_Hit], toks: list[_Tok], lex: Lexicon,
             memory: _Memory, before: list[Actor]) -> list[Actor]:
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

    def person(h: _Hit, role_hint: str | None) -> tuple[str, str | None, str]:
        row = holder_row(h.entry, pub, role_hint)
        name = h.entry.holder_rows[0]["name"]
        return row["code"], row.get("role") or role_hint, name

    covered = 0
    k = 0
    while k < len(hits):
        h = hits[k]
        e = h.entry
        if h.i < covered:
            k += 1
            continue
        if e.kind == "title":
            k, covered = _title(k, hits, toks, lex, memory, emit, person, starts, norm)
            continue
        if e.kind == "person":
            code, role, name = person(h, None)
            memory.add(name, code, role)
            emit(h.i, h.j, code, "state", e.rule, role, name)
        elif e.kind == "firm":
            emit(h.i, h.j, e.code, "state", e.rule, "firm", e.phrase)
        elif e.members:
            for m in e.members:
                emit(h.i, h.j, m, "state", e.rule)
        elif e.kind == "intl":
            nxt = hits[k + 1] if k + 1 < len(hits) else None
            gap = " ".join(t.low for t in toks[h.j:nxt.i]) if nxt else "x"
            if not (nxt and nxt.entry.kind == "state" and gap in _LIST_INTRO):
                emit(h.i, h.j, e.code, "intl", e.rule)
        elif e.kind == "group":
            emit(h.i, h.j, "", "group", e.rule)
        elif e.kind == "anaphor":
            prior = [a for a in before + out
                     if a.kind == "state" and a.code and a.sentence >= s.index - 2]
            if prior:
                emit(h.i, h.j, prior[-1].code, "state", f"anaphor:{e.rule}")
            else:
                emit(h.i, h.j, "", "group", e.rule)
        elif e.code:
            emit(h.i, h.j, e.code, e.kind, e.rule)
        covered = h.j
        k += 1
    _honorifics(toks, starts, memory, emit, norm)
    out.sort(key=lambda a: (a.start, a.end))
    return out


def _title(k, hits, toks, lex, memory, emit, person, starts, norm):  # type: ignore[no-untyped-def]
    """A title chain, then what it acts for: country/body, person, memory, default.

    Returns the next hit index and the first token not consumed."""
    first = hits[k]
    chain = [first]
    while k + 1 < len(hits) and hits[k + 1].i == chain[-1].j and hits[k + 1].entry.kind == "title":
        k += 1
        chain.append(hits[k])
    role = next((c.entry.role for c in chain if c.entry.title_kind == "person"), chain[0].entry.role)
    is_person = any(c.entry.title_kind == "person" for c in chain)
    end = chain[-1].j
    rule = "+".join(c.entry.rule for c in chain)
    code, how, name = "", "", None
    nxt = hits[k + 1] if k + 1 < len(hits) else None
    if nxt and nxt.i == end and nxt.entry.kind in ("state", "org", "intl", "group", "anaphor") \
            and (nxt.entry.code or nxt.entry.kind in ("group", "anaphor")):
        if nxt.entry.kind in ("intl", "group", "anaphor"):
            after = hits[k + 2] if k + 2 < len(hits) else None
            if nxt.entry.kind == "intl" and after and after.entry.kind == "state" and \
                    " ".join(t.low for t in toks[nxt.j:after.i]) in _LIST_INTRO:
                return k + 2, nxt.j  # "Lãnh đạo Bộ Ngoại giao các nước Mỹ, ...": the list acts
            emit(first.i, nxt.j, nxt.entry.code, "intl" if nxt.entry.code else "group",
                 f"title+{nxt.entry.kind}:{rule}+{nxt.entry.rule}", role)
            return k + 2, nxt.j
        code, how, end = nxt.entry.code, f"title+country:{rule}+{nxt.entry.rule}", nxt.j
        k += 1
    p = end + 1 if end < len(toks) and toks[end].text == "," else end
    nxt = hits[k + 1] if k + 1 < len(hits) else None
    if nxt and nxt.i == p and nxt.entry.kind == "person":
        pcode, prole, name = person(nxt, role)
        if not code:
            code, how = pcode, f"title+person:{rule}+{nxt.entry.rule}"
        role = prole if pcode == code and prole else role
        end = nxt.j
        k += 1
    elif is_person and p < len(toks) and _is_cap(toks[p]) and p not in starts:
        q = _name_run(toks, p, starts, norm)
        name = norm[toks[p].start:toks[q - 1].end]
        end = q
        known = memory.by_name(name)
        if not code and known:
            code, how = known.code, f"title+memory:{rule}"
    if is_person and name is None:
        known = memory.by_role(role)
        if known and (not code or known.code == code):  # "Trợ lý Ngoại trưởng Mỹ" again
            how = how or f"title+memory:{rule}"
            code, name = known.code, known.name
    if not code and first.entry.code:
        code, how = first.entry.code, f"title default:{rule}"
    if code:
        emit(first.i, end, code, "state", how, role, name)
        if name and is_person:
            memory.add(name, code, role)
    return k + 1, end


def _honorifics(toks, starts, memory, emit, norm) -> None:  # type: ignore[no-untyped-def]
    """'Ông Stilwell', 'bà Hằng': a person seen earlier in the document keeps their code."""
    covered = {i for h in starts.values() for i in range(h.i, h.j)}
    for i, t in enumerate(toks[:-1]):
        if t.low in _HONORIFIC_PERSON and i + 1 not in covered and _is_cap(toks[i + 1]):
            q = _name_run(toks, i + 1, starts, norm)
            p = memory.by_name(norm[toks[i + 1].start:toks[q - 1].end])
            if p:
                emit(i, q, p.code, "state", "honorific+memory", p.role, p.name)
