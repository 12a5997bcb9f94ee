"""Actor phrases over a sentence's words, and a title resolved to what it acts for.

Split from actors.py (which walks the sentence and emits the actors): the lexicon's phrases matched
leftmost-longest, word by word, with their case rules; and a title chain ("Thứ trưởng" + "Bộ Y tế" +
"Việt Nam") resolved to the country or body named after it, the person named after it (known, seen
earlier in the document, the leader of a delegation, or a Vietnamese name), the latest person of that
role, the state of the capital a body is placed in, or its Vietnamese default.
"""

from __future__ import annotations

from itertools import compress
from operator import attrgetter
from typing import NamedTuple

from hoptac.mentions.actor_guard import Hit, delegation_state, suffix_len
from hoptac.mentions.actor_lexicon import Entry, Lexicon
from hoptac.mentions.actor_names import Tok, is_cap, looks_foreign, looks_vietnamese, name_run, role_fits

LIST_INTRO = {"", "như", "là", ":", "gồm"}  # "các nước như Mỹ, ..." only opens a list
_AT = {"ở", "tại"}  # "Bộ Quốc phòng ở thủ đô Seoul": a body placed in a capital


def case_ok(e: Entry, toks: list[Tok]) -> bool:
    """Names and titles keep their capital letter ("cán bộ y tế" is no "Bộ Y tế");
    phrases written in lower case match in any case."""
    return case_allows(e, toks[0].text)


def case_allows(e: Entry, t: str) -> bool:
    """`case_ok` of a phrase whose first word is written `t`: the first word is all it reads, so the
    actor finder can ask before making a sentence's words (actors.`_nothing_here`)."""
    if e.ntok == 1:
        if not e.upper_first:
            return True
        return t == e.exact or (len(t) > 1 and t.isupper() and t == e.exact.upper())
    if e.kind in ("intl", "group", "anaphor", "anaphor_list") or not e.upper_first:
        return True
    return t[:1].isupper() or t[:1].isdigit()


def may_open(found: dict[int, set[int]], words: list[str], starts: list[int], text: str, lex: Lexicon) -> bool:
    """Whether `match` can find a phrase in a sentence: some key of `found` (`phrase_starts` of its lower-cased
    `words`) has an entry whose case the word as written in `text` allows (`case_allows`; `starts[i]`: where
    word i starts in `text`). Where none has, `match` finds nothing: it only ever takes an entry of a key of
    `found` that `case_ok` allows. Most keys that open a sentence's words and yield no actor are short
    names written in lower case: "anh" (a brother, not Britain), "pháp luật", "ý kiến", "trung tâm", "tập"."""
    entries = lex.entries
    for i, lengths in found.items():
        t = text[starts[i]:starts[i] + len(words[i])]
        for n in lengths:
            key = words[i] if n == 1 else " ".join(words[i:i + n])
            if any(case_allows(e, t) for e in entries.get(key, ())):
                return True
    return False


def match(toks: list[Tok], lex: Lexicon, keys: dict[int, set[int]] | None = None) -> list[Hit]:
    """Leftmost-longest phrases of the lexicon over the words of one sentence. `keys`: where its keys
    occur, `actor_lexicon.phrase_starts` of the tokens' lower-cased words, when the caller has it."""
    hits: list[Hit] = []
    n = len(toks)
    lengths, entries = lex.lengths, lex.entries
    # Only a word some phrase starts with can start a hit, and few words do: the loop jumps from one
    # such word to the next (a word that starts none moved it on by one, to the same place); with `keys`,
    # from one word that opens a key to the next (a length that opens none finds no entry).
    lows = list(map(_LOW, toks))
    starts = sorted(keys) if keys is not None else list(compress(range(n), map(lengths.__contains__, lows)))
    k, i = 0, 0
    while k < len(starts):
        if starts[k] < i:
            k += 1
            continue
        i = starts[k]
        found = None
        opens = keys[i] if keys is not None else None
        for length in lengths.get(toks[i].low, ()):
            if i + length > n or (opens is not None and length not in opens):
                continue
            key = lows[i] if length == 1 else " ".join(lows[i:i + length])
            for e in entries.get(key, ()):
                if case_ok(e, toks[i:i + length]):
                    found = Hit(i, i + length, e)
                    break
            if found:
                break
        if found:
            hits.append(found)
            i = found.j
        else:
            i += 1
    return hits


_LOW = attrgetter("low")


def title(k, hits, toks, lex, memory, emit, person, starts, norm):  # type: ignore[no-untyped-def]
    """A title chain, then what it acts for: country/body, person, memory, default.

    Returns the next hit index and the first token not consumed."""
    first = hits[k]
    chain = [first]
    joins = lex.context.get("title_join", set())
    while k + 1 < len(hits) and hits[k + 1].entry.kind == "title" and (
            hits[k + 1].i == chain[-1].j
            or (hits[k + 1].i == chain[-1].j + 1 and toks[chain[-1].j].low in joins)):  # "... kiêm Bộ trưởng"
        k += 1
        chain.append(hits[k])
    begin = first.i - suffix_len(toks, first.i, lex.context.get("title_prefix", set()), 2)
    role = _role(chain)
    is_person = any(c.entry.title_kind == "person" for c in chain)
    end = chain[-1].j
    rule = "+".join(c.entry.rule for c in chain)
    code, how, name, foreign = "", "", None, False
    nxt = hits[k + 1] if k + 1 < len(hits) else None
    # "Tổng thống mới của Hàn Quốc", "Bộ trưởng Ngoại giao của Nga", "Chính phủ và nhân dân Trung Quốc":
    # the state owns the title across the link.
    link = _owner_link(toks, end, lex)
    if link and nxt and nxt.i == end + link and nxt.entry.kind == "state" and nxt.entry.code:
        end += link
    if nxt and nxt.i == end and nxt.entry.kind in ("state", "org", "intl", "group", "anaphor") \
            and (nxt.entry.code or nxt.entry.kind in ("group", "anaphor")):
        if nxt.entry.kind in ("intl", "group", "anaphor"):
            after = hits[k + 2] if k + 2 < len(hits) else None
            if nxt.entry.kind == "intl" and after and after.entry.kind == "state" and \
                    " ".join(t.low for t in toks[nxt.j:after.i]) in LIST_INTRO:
                return k + 2, nxt.j  # "Lãnh đạo Bộ Ngoại giao các nước Mỹ, ...": the list acts
            emit(begin, nxt.j, nxt.entry.code, "intl" if nxt.entry.code else "group",
                 f"title+{nxt.entry.kind}:{rule}+{nxt.entry.rule}", role)
            return k + 2, nxt.j
        code, how, end = nxt.entry.code, f"title+country:{rule}+{nxt.entry.rule}", nxt.j
        k += 1
    if not code and (fixed := _own_state(chain)):
        code, how = fixed, f"title+own state:{rule}"  # "Người phát ngôn Nhà Xanh Park Soo-hyun"
    if code and (mandate := _mandate(toks, end, role, hits, k, lex, starts, norm, is_person)):
        how += "+mandate:actor_context.tsv"
        if mandate.holder:
            name, end = norm[toks[mandate.holder[0]].start:toks[mandate.holder[1] - 1].end], mandate.end
        elif mandate.known_holder:
            end = mandate.end  # the known holder after it is named below, as right after a title
        while k + 1 < len(hits) and hits[k + 1].i < mandate.end:
            k += 1  # the mandate's states are its topic ("về chính sách Triều Tiên"), no actors
    p = end + 1 if end < len(toks) and toks[end].text == "," else end
    nxt = hits[k + 1] if k + 1 < len(hits) else None
    if nxt and nxt.i == p and nxt.entry.kind == "person":
        pcode, prole, name, note = person(nxt, role)
        if not code:
            code, how = pcode, f"title+person:{rule}+{nxt.entry.rule}{note}"
        role = prole if pcode == code and prole else role
        end = nxt.j
        k += 1
    elif is_person and p < len(toks) and is_cap(toks[p]) and p not in starts:
        q = name_run(toks, p, starts, norm)
        name = norm[toks[p].start:toks[q - 1].end]
        end = q
        known = memory.by_name(name)
        if not code and known:
            code, how = known.code, f"title+memory:{rule}"
        foreign = not code and looks_foreign(name)  # "Bộ trưởng Tư pháp Jeff Sessions"
        if not code and not known and looks_vietnamese(name) and not any(c.entry.not_vnm for c in chain):  # "Thượng tướng Nguyễn Chí Vịnh", "Đại sứ Phạm Sanh Châu"
            code, how = "VNM", f"title+vietnamese name:{rule}+names.toml"
        if not code and not known and (led := delegation_state(toks, hits, begin, end, lex.context)):
            code, how = led, f"title+delegation:{rule}+actor_context.tsv"  # "Đoàn ... Lào do Bộ trưởng X dẫn đầu"
    # (before the memory: "Tổng Bí thư, Chủ tịch Trung Quốc Tập Cận Bình" is his, whoever the document named before)
    shared = _shared_state(hits, k, toks, end, is_person, role, lex) \
        if not code and first.entry.code == "VNM" and not foreign and name is None and end == chain[-1].j else None
    if shared and toks[end].low in lex.context.get("office_share", ()):
        code, how = shared  # one person's two offices after a comma
    if is_person and name is None and role not in lex.context.get("relative_role", set()):
        known = memory.by_role(role, "VNM" if any(c.entry.not_vnm for c in chain) else "")
        if known and (not code or known.code == code):  # "Trợ lý Ngoại trưởng Mỹ" again
            how = how or f"title+memory:{rule}"
            code, name = known.code, known.name
    if not code and not is_person and first.entry.code:
        code, how = _placed_in(toks, end, lex, rule)  # "Bộ Quốc phòng ở thủ đô Seoul"
    if not code and shared:
        code, how = shared  # "Thủ tướng và Ngoại trưởng Qatar", "Quốc hội và Chính phủ Hoa Kỳ"
    if not code and first.entry.code and not foreign:
        code, how = first.entry.code, f"title default:{rule}"
    if code:
        emit(begin, end, code, "state", how, role, name)
        if name and is_person:
            # (a former office, "cựu Thủ tướng Bồ Đào Nha António Guterres", says nothing of the state now)
            former = any(t.low in lex.context.get("former_prefix", ()) for t in toks[begin:first.i])
            memory.add(name, code, role, stated=how.startswith(("title+country", "title+delegation")) and not former)
    return k + 1, end


def _shared_state(hits: list[Hit], k: int, toks: list[Tok], end: int, is_person: bool, role: str | None,
                  lex: Lexicon) -> tuple[str, str] | None:
    """The state named after the next title when only a join stands between the two (actor_context.tsv
    title_share: two people or two bodies of one state, "Thủ tướng và Ngoại trưởng Qatar", "Quốc hội và Chính phủ
    Hoa Kỳ"; office_share: one person's two offices, "Tổng Bí thư, Chủ tịch Trung Quốc Tập Cận Bình"): the first
    title, Việt Nam's by default only (titles.tsv), shares it. The next title must name its state right after it
    (a country, not a person or the memory) and be of the same kind as this one. Two sides' counterparts are no
    such pair: the same office ("Bộ trưởng Ngoại giao và Ngoại trưởng Mỹ"), a mission abroad (share_not_role: "Bộ Y
    tế và Đại sứ quán Nhật Bản"), and after "và" two leaders (leader_role: "Chủ tịch nước và Tổng thống Nga", "Thủ
    tướng và Chủ tịch Quốc hội Cuba") or a second title that names its own holder ("Thủ tướng và Tổng thống Mỹ
    Donald Trump"); after a comma these are one person's offices. (Two leaders of one state joined by "và", "Tổng
    Bí thư và Thủ tướng Lào", are left to their defaults: the press's bare leaders are Việt Nam's far more often.)"""
    if end >= len(toks) or k + 1 >= len(hits):
        return None
    join = toks[end].low
    office = is_person and join in lex.context.get("office_share", ())
    if not (office or join in lex.context.get("title_share", ())):
        return None
    m = k + 1
    if hits[m].i != end + 1 or hits[m].entry.kind != "title":
        return None
    while m + 1 < len(hits) and hits[m + 1].entry.kind == "title" and hits[m + 1].i == hits[m].j:
        m += 1
    if any(h.entry.title_kind == "person" for h in hits[k + 1:m + 1]) != is_person:
        return None
    state = hits[m + 1] if m + 1 < len(hits) else None
    if state is None or state.i != hits[m].j or state.entry.kind != "state" or not state.entry.code:
        return None
    other = _role(hits[k + 1:m + 1])
    ctx = lex.context
    if other == role or other in ctx.get("share_not_role", ()):
        return None
    if not office and (role in ctx.get("leader_role", ()) and other in ctx.get("leader_role", ())
                       or (state.j < len(toks) and is_cap(toks[state.j]))):
        return None
    return state.entry.code, f"title+shared state:{hits[k].entry.rule}+{state.entry.rule}"


def _own_state(chain: list[Hit]) -> str:
    """The state an office or body of the chain belongs to by its name (titles.tsv default other than
    VNM: "Nhà Trắng", "Quốc vụ viện"), or "". It holds whoever is named after it, Vietnamese-looking
    or foreign ("Thủ tướng Quốc vụ viện Vương Hỗ Ninh"); VNM is only the Vietnamese press's default
    for its own offices, which a state or a foreign name after the title overrides. Only an office of
    a person, or a body after one ("Người phát ngôn Nhà Xanh"): a body before the person's title is the
    place the person stands in ("tại Nhà Trắng Thủ tướng Nguyễn Xuân Phúc"), not their state."""
    first_person = next((k for k, c in enumerate(chain) if c.entry.title_kind == "person"), len(chain))
    return next((c.entry.code for c in reversed(chain[first_person:]) if c.entry.code and c.entry.code != "VNM"), "")


# How far the state of a mandate may stand after "về": a noun or two before it ("về chính sách Triều Tiên", "về vấn
# đề Syria"); further on, a state is more likely another phrase's ("về gặp Đại sứ Hàn Quốc tại Seoul").
_MANDATE_LEAD = 3
# How many phrases of the lexicon after "về" a mandate may hold: its states listed ("về Iraq và Syria") and a name.
_MANDATE_HITS = 6


class Mandate(NamedTuple):
    """What an envoy's mandate covers in a title's tokens: `end`, the first token after it (its holder's name
    included), `holder`, that name's tokens, if any, and `known_holder`, whether a person of the lexicon stands
    right after it instead (named by the title's person branch)."""

    end: int
    holder: tuple[int, int] | None
    known_holder: bool = False


def _mandate(toks: list[Tok], end: int, role: str | None, hits: list[Hit], k: int, lex: Lexicon,
             starts: dict[int, object], norm: str, is_person: bool = True) -> Mandate | None:
    """The mandate a title of a `mandate_role` and its state name after a `mandate_topic` word (actor_context.tsv;
    "Đặc phái viên của Mỹ về chính sách Triều Tiên Joseph Yun"). The states of a mandate are what the envoy deals
    with, not sides of what the sentence reports, so the caller skips them. "về" is as often a verb ("Đặc phái viên
    Mỹ về Hàn Quốc thảo luận ...", "về tới", came back to) or opens a field no lexicon bounds ("về Kiểm soát Vũ khí",
    "về Trung Đông"), where no name could be told from the field's own capitals; so a mandate is a state or body
    named within a few words of "về" (with the states listed with it, `mandate_join`) and then either its holder's
    name, two capitalised words at least, or, with no name, a `mandate_lead` word before the state ("về vấn đề
    Triều Tiên") that makes "về" no verb.
    A mission's post is read the same way: the state or body named right after a `post_lead` word ("tại") that
    follows a title of a `post_role` ("Đại sứ Mỹ tại Việt Nam Daniel Kritenbrink", "Đại sứ quán Việt Nam tại Lào")
    is where the mission serves, no side of what the sentence reports (a mission acts for the state that sends it),
    and the name after it is the holder's; no name is needed there, "tại" is never a verb."""
    context = lex.context
    if not role or end >= len(toks):
        return None
    post = toks[end].low in context.get("post_lead", set()) \
        and any(role_fits(r, role) for r in context.get("post_role", set()))
    if not post and (not is_person or toks[end].low not in context.get("mandate_topic", set())
                     or not any(role_fits(r, role) for r in context.get("mandate_role", set()))):
        return None
    after = [h for h in hits[k + 1:k + 1 + _MANDATE_HITS] if h.i > end]
    # (a state or a body: a title or a person after "về" is whom the envoy came back to meet)
    if not after or after[0].i > end + (1 if post else _MANDATE_LEAD) or after[0].entry.kind not in ("state", "org") \
            or any(not t.text[:1].isalnum() for t in toks[end + 1:after[0].i]):
        return None
    listed = [after[0]]
    for h in after[1:]:
        if h.entry.kind not in ("state", "org") or h.i != listed[-1].j + 1 \
                or toks[listed[-1].j].low not in context.get("mandate_join", set()):
            break
        listed.append(h)
        if post and toks[h.i - 1].low == "và":
            break
    topic = listed[-1] if not post else _posts(listed, toks)
    stop = topic.j
    if not is_person:
        return Mandate(stop, None)
    if any(h.i == stop and h.entry.kind == "person" for h in after):
        return Mandate(stop, None, known_holder=True)  # "về Syria Staffan de Mistura"
    named = stop
    if stop < len(toks) and is_cap(toks[stop]) and stop not in starts:
        named = name_run(toks, stop, starts, norm)
    name = norm[toks[stop].start:toks[named - 1].end] if named - stop >= 2 else ""
    if name and (looks_foreign(name) or looks_vietnamese(name)):  # (not "Thứ Hai", a weekday)
        return Mandate(named, (stop, named))
    if post:
        return Mandate(stop, None)  # (a post needs no name: its list was bounded by _posts)
    # With no name, only the first state: the states listed after it are as often the sentence's subjects ("Đặc phái
    # viên Liên hợp quốc về vấn đề Syria, Nga và Thổ Nhĩ Kỳ đã nhất trí ...").
    lead = " ".join(t.low for t in toks[end + 1:after[0].i])
    return Mandate(after[0].j, None) if lead in context.get("mandate_lead", set()) else None


def _posts(listed: list[Hit], toks: list[Tok]) -> Hit:
    """The last post of a mission's list: three or more named ("tại Bỉ, Luxembourg và Liên minh châu Âu", "tại Lào,
    Campuchia, Thái Lan") are all posts; of two, the second only after "và" and only a state: a body after "và" acts
    with the mission ("Đại sứ quán Mỹ tại Việt Nam và UNICEF đã trao tặng ..."), a state after a comma opens the next
    clause ("Theo Đại sứ quán Việt Nam tại Trung Quốc, Trung Quốc đã đồng ý ..."), unless it names the first one's
    state ("tại Hà Nội, Việt Nam")."""
    if len(listed) >= 3:
        return listed[-1]
    if len(listed) == 2 and toks[listed[1].i - 1].low == "và" and listed[1].entry.kind == "state":
        return listed[1]
    first, second = listed[0].entry, listed[-1].entry
    if len(listed) == 2 and second.code == first.code and second.phrase.lower() != first.phrase.lower():
        return listed[1]  # a city and its state ("tại Hà Nội, Việt Nam")
    return listed[0]


def _owner_link(toks: list[Tok], end: int, lex: Lexicon) -> int:
    """How many words after a title link it to the state that follows (actor_context.tsv
    title_owner_link: "của", "mới của", "và nhân dân"); 0 if none. The longest link wins."""
    for n, links in lex.owner_links:
        if tuple(t.low for t in toks[end:end + n]) in links:
            return n
    return 0


def _role(chain: list[Hit]) -> str | None:
    """The person's role, a portfolio put into it ("Bộ trưởng" + "Tư pháp": justice_minister)."""
    person = next((c.entry.role for c in chain if c.entry.title_kind == "person"), None)
    if person is None:
        return chain[0].entry.role
    fields = [c.entry.role for c in chain if c.entry.title_kind == "portfolio" and c.entry.role]
    if not fields:
        return person
    parts = person.split("_")
    return "_".join(parts[:-1] + fields[:1] + parts[-1:])


def _placed_in(toks: list[Tok], end: int, lex: Lexicon, rule: str) -> tuple[str, str]:
    """The state of a capital or country a body is placed in: "ở (thủ đô) Seoul"."""
    if end >= len(toks) or toks[end].low not in _AT:
        return "", ""
    q = end + 1
    for k in (2, 1):
        if " ".join(t.low for t in toks[q:q + k]) in lex.context.get("place_noun", set()):
            q += k
            break
    found = match(toks[q:q + 8], lex)
    if not found or found[0].i != 0:
        return "", ""
    e, j = found[0].entry, q + found[0].j
    glued_name = j < len(toks) and is_cap(toks[j])  # "tại Mỹ Đình"-like place names
    if e.kind == "state" and e.code and (e.guard in ("", "metonym") or (e.guard == "name" and not glued_name)):
        return e.code, f"title+place:{rule}+{e.rule}"
    return "", ""
