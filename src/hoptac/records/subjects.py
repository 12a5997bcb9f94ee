"""Who acts at a cue in one sentence: the subject before it and its coordination, and the tests on an actor's place
(an object or a place, a fronted phrase, a speaker) that decide it; whether two actors stand in one list is
records/lists.py's.

Split from records/roles.py, which builds the sentence view these read (`View`, `Slot`).
"""

from __future__ import annotations

import re
from functools import lru_cache

from hoptac.records.addressees import addressed
from hoptac.records.cues import CueHit, lexicon
from hoptac.records.fronted import frame_phrase
from hoptac.records.lists import listed, listed_from
from hoptac.records.roles import Slot, View, _alternatives, _role_words, _sides
from hoptac.text.normalise import fold

_NEVER = "(?!x)x"  # a pattern that matches nothing, for a word list left empty


def free(view: View, sl: Slot) -> bool:
    """Whether an actor may act: no [roles] not_subject word right before it makes it an object, a place
    or an owner ("cho Lào", "tại Mỹ", "của Nhật Bản"; officials of a state still act for it), and no
    people word makes it a people ("du khách Trung Quốc")."""
    words = _role_words()
    before = view.low[max(0, sl.start - 20):sl.start]
    if words[2].search(before):
        return False
    return not words[0].search(before) or _officials_of(view, sl)


def _clause_subject(view: View, cs: int, states_only: bool) -> list[Slot]:
    """Who acts in the clause starting at `cs`: the subject of its first verb (a cue or a verb of speech) with an
    actor before it in the clause, past verbs of a fronted phrase before the first comma ("Tại buổi tiếp ông X, Chủ
    tịch AIIB, Thủ tướng ... hoan nghênh"); that of the clause before when this one opens on its verb; else nobody
    (the caller goes on as before)."""
    ce = view.clause(cs)[1]
    verbs = sorted([s for s, _e in view.speech if cs <= s < ce] + [c.start for c in view.cues if cs <= c.start < ce])
    head_end = view.low.find(",", cs)
    for at in verbs:
        before = [sl for sl in view.slots if cs <= sl.start and sl.end <= at]
        if before:
            found = subject(view, at, states_only)
            # Only the first actor of its stretch (since the last comma) acts for the clause: one named later is in
            # an object clause ("X chào mừng Y sang thăm ...": "thăm" is Y's, the clause is X's).
            stretch = max(cs, view.low.rfind(",", cs, at) + 1)
            first = next((sl for sl in before if sl.start >= stretch), None)
            return found if found and first is not None and found[0].start == first.start else []
        if not view.low[cs:at].strip():
            return _clause_subject(view, view.clause(cs - 1)[0], states_only) if cs > 0 else []
        if not cs <= at < head_end:
            return []
    return []


def subject(view: View, pos: int, states_only: bool = False) -> list[Slot]:
    """The actor(s) acting at `pos`: nearest usable actor before it in its clause,
    widened to its coordination; else the sentence's subject (its first usable
    actor, the speaker of what follows); [] when the sentence names nobody
    before `pos` (the caller then uses the subject carried from earlier)."""
    cs, _ce = view.clause(pos)
    # "X cảm ơn A đã ..., đề nghị B ...": a verb right after a comma continues the first verb's subject.
    firsts = [s for s, _e in view.speech if cs <= s < pos] + [c.start for c in view.cues if cs <= c.start < pos]
    if firsts and view.low[cs:pos].rstrip().endswith(",") and min(firsts) < pos:
        return subject(view, min(firsts), states_only)
    # "Thủ tướng ... hoan nghênh AIIB ...; mong muốn AIIB tăng cường ...": a clause after ";" that opens on its verb
    # continues the subject of the clause before (not the sentence's first actor, who may stand in a fronted phrase).
    if cs > 0 and not view.low[cs:pos].strip() and (found := _clause_subject(view, view.clause(cs - 1)[0], states_only)):
        return found

    words = _role_words()
    reach = int(lexicon().raw.get("roles", {}).get("nominal_reach", 15))

    def usable(sl: Slot) -> bool:
        before = view.low[max(0, sl.start - 20):sl.start]
        if sl.end > pos or not free(view, sl) or addressed(view, sl):
            return False
        # "việc Mỹ trợ giúp ... và dự kiến hỗ trợ": X acts in the nominal clause, so it may go on acting.
        if words[3].search(before) and not any(0 <= c.start - sl.end <= reach for c in view.cues):
            return False
        # A state's measure: a firm is no state, and before a measure it mostly names a product
        # ("1.893 người được tiêm vắc xin AstraZeneca").
        return sl.is_state and not (sl.actor is not None and sl.actor.role == "firm") if states_only else True

    cands = [sl for sl in view.slots if usable(sl)]
    limit = int(lexicon().raw.get("window", {}).get("subject_chars", 10**6))
    # A far actor is the subject only as the speaker of a reporting verb ("X cho biết ...").
    cands = [sl for sl in cands if pos - sl.end <= limit or _speaker(view, sl)]
    if not cands:
        return []
    in_clause = [sl for sl in cands if sl.start >= cs]
    # "X phản đối việc Y ... đồng thời kêu gọi": the second verb is X's again.
    reset_words = _alternatives(lexicon().raw.get("roles", {}).get("resets", []))
    resets = [m.end() for m in re.finditer(r"\b(?:" + reset_words + r")\b", view.low[:pos])] if reset_words else []
    if in_clause and (joined := _verb_join_pattern().search(view.low, cs, pos)) is not None \
            and not (resets and resets[-1] > cs) \
            and (found := _joined_subject(view, cs, pos, joined.start(), in_clause, states_only)):
        return found  # (a reset word, "đồng thời", decides first: "X cho biết ..., đồng thời ... và kêu gọi")
    if resets and in_clause and in_clause[-1].end < resets[-1] and in_clause[0].end < resets[-1]:
        # (with the states a list word stands for: "những nước này", a group's members, all at its place)
        in_clause = [sl for sl in in_clause if (sl.start, sl.end) == (in_clause[0].start, in_clause[0].end)]
    if in_clause:
        head = in_clause[-1]
    else:
        head = cands[0]
        return listed_from(view, head, [sl for sl in view.slots[view.slots.index(head) + 1:] if sl.end <= pos])
    group = [head]
    idx = view.slots.index(head)
    for prev in reversed(view.slots[:idx]):
        if not listed(view, prev, group[0]) or (states_only and not prev.is_state) or not usable(prev) \
                or ("," in view.low[prev.end:group[0].start] and _in_fronted_clause(view, prev)):
            break  # "tấn công tại Anh, Văn phòng Tổng thống Pháp": a place is no co-subject
        group.insert(0, prev)
    return group


_OPENS_CLAUSE = re.compile(r"[\s:,\"“]*(?:(?:rằng|là)[\s:,\"“]*)?")  # between a verb of speech and its clause's subject


def _joined_subject(view: View, cs: int, pos: int, join: int, in_clause: list[Slot], states_only: bool) -> list[Slot]:
    """Who asks, praises or sympathises at a verb joined (at `join`) to the ones before it, where the nearest actor is
    not its subject. Only past a fronted phrase opening the clause ([roles] fronted_phrase_leads: "Ngoài ông Trump, Đức
    và Áo ... và yêu cầu Mỹ") and a clause of time or condition standing anywhere before the join, closed by its comma
    ([roles] fronted_clause_leads: "Hôm qua, sau khi Triều Tiên tuyên bố ..., Nhật Bản ... và kêu gọi"), which have
    subjects of their own; one with no comma holds the join ("... sau khi Tổng thống Trump gọi điện và kêu gọi Nhật
    Bản"), whose nearest actor acts as before. There, the subject of the first cue or verb of speech ("Thủ tướng
    Medvedev cho rằng quan hệ hai nước ... và bày tỏ mong muốn"; "Thủ tướng Abe cảm ơn Việt Nam đã ủng hộ Nhật Bản và
    đề nghị ...": a later cue stands in the first one's object), unless a verb of speech opens a clause on an actor of
    its own, who goes on acting up to a comma ("Ngoại trưởng Lavrov cho biết Mỹ đã vi phạm thỏa thuận và yêu cầu
    Nga"); with no verb, an actor right before the join is the object of the verb before it, whose subject acts ("Mỹ
    ... tăng cường các chế tài trừng phạt Triều Tiên và thúc giục Trung Quốc"). Only at a cue of the types or groups
    `verb_join_types` names: a request, praise or sympathy joined on is said by whoever spoke the verb before, while a
    deed or backing joined after a verb is often its clause's own ("Thủ tướng Abe cho biết Mỹ và Nhật Bản sẽ tăng
    cường liên minh và hỗ trợ Philippines", "cảm ơn Nhật Bản đã luôn sát cánh và ủng hộ Việt Nam"). [] leaves the
    nearest actor to act, as without a join."""
    cue = next((c for c in view.cues if c.start == pos), None)
    joins = _verb_join_types()
    if cue is None or (cue.type not in joins and f"{cue.type}.{cue.rule.group}" not in joins):
        return []
    start = cs
    _clause_lead, phrase_lead, phrase_not = _fronted_leads()
    if phrase_lead.match(view.low, cs) and not phrase_not.match(view.low, cs):
        start = view.low.find(",", cs, join) + 1 or cs  # past "Ngoài ông Trump,"
    # A clause of time or condition ("sau khi", "khi", ...) before the join: a comma after it closes it ("Ngay sau khi
    # Triều Tiên tuyên bố ..., Nhật Bản ... và kêu gọi"); with none, the join is the subordinate clause's own
    # ("Thủ tướng Abe khẳng định như vậy sau khi Tổng thống Trump gọi điện và kêu gọi Nhật Bản ..."), as before.
    if leads := list(_lead_anywhere().finditer(view.low, start, join)):
        comma = view.low.find(",", leads[-1].end(), join)
        if comma < 0:
            return []
        start = comma + 1
    # (and past the first actor who may act where a comma stands before it: a cue there is a fronted phrase's, "Tại
    # cuộc hội kiến với ..., X ..."; a clause opening on its verb goes on the subject before, "...; chúc mừng Việt Nam")
    first_actor = next((sl.start for sl in in_clause if sl.start >= start), start)
    if "," in view.low[start:first_actor]:
        start = first_actor
    speech = [(s, e) for s, e in view.speech if start <= s < join]
    verbs = sorted([s for s, _e in speech] + [c.start for c in view.cues if start <= c.start < join])
    if verbs:
        first = verbs[0]
        said = next((e for s, e in speech if s == first), None)
        opened = next((k for k, sl in enumerate(in_clause) if said is not None
                       and _OPENS_CLAUSE.fullmatch(view.low, said, sl.start)), None)
        if opened is not None and "," not in view.low[in_clause[opened].end:join]:
            # "cho biết Mỹ đã ... và yêu cầu": the reported clause's subject goes on (to its end: a comma after it
            # returns to the speaker, "khẳng định Mỹ là đồng minh quan trọng, dự đoán ... và đánh giá cao")
            return listed_from(view, in_clause[opened], in_clause[opened + 1:])
        return subject(view, first, states_only)
    nearest = in_clause[-1]
    if nearest.start >= start and not view.low[nearest.end:join].strip():
        return subject(view, nearest.start, states_only)
    return []


@lru_cache(maxsize=1)
def _lead_anywhere() -> re.Pattern[str]:
    """[roles] fronted_clause_leads wherever they stand, as whole words."""
    leads = _alternatives(lexicon().raw.get("roles", {}).get("fronted_clause_leads", [])) or _NEVER
    return re.compile(r"(?<!\w)(?:" + leads + r")(?!\w)")


@lru_cache(maxsize=1)
def _verb_join_types() -> frozenset[str]:
    """[roles] verb_join_types: the types, or types and groups ("SUPPORT.praise"), whose cue after a verb join takes
    the joined verb's subject."""
    return frozenset(lexicon().raw.get("roles", {}).get("verb_join_types", []))


@lru_cache(maxsize=1)
def _verb_join_pattern() -> re.Pattern[str]:
    """[roles] verb_joins right before a cue, with only verb_join_adverbs between: the pattern ends at the cue."""
    roles = lexicon().raw.get("roles", {})
    joins = _alternatives(roles.get("verb_joins", [])) or _NEVER
    adverbs = _alternatives(roles.get("verb_join_adverbs", [])) or _NEVER
    return re.compile(r"(?<!\w)(?:" + joins + r")(?:\s+(?:" + adverbs + r"))*\s*\Z")


@lru_cache(maxsize=1)
def _owner_agent_rx() -> tuple[re.Pattern[str], re.Pattern[str], re.Pattern[str], frozenset[str], tuple[str, ...],
                               tuple[str, ...]] | None:
    """[roles] owner_agent_links right before the verb; a deed of owner_agent_deeds (up to three words of praise after
    it: "sự giúp đỡ quý báu") then "của" right before the owner; a word of owner_agent_not_after before the deed; the
    types of owner_agent_types; the folded words of owner_agent_thanks and owner_agent_continued (compiled once)."""
    roles = lexicon().raw.get("roles", {})
    links, deeds = _alternatives(roles.get("owner_agent_links", [])), _alternatives(roles.get("owner_agent_deeds", []))
    if not links or not deeds:
        return None
    asked = _alternatives(roles.get("owner_agent_not_after", [])) or _NEVER
    return (re.compile(r"\s+(?:" + links + r")\s+"),
            re.compile(r"(?:^|\s)(?:" + deeds + r")(?:\s+[^\s,;.]+){0,3}?\s+của\s+$"),
            re.compile(r"(?:^|\s)(?:" + asked + r")(?:\s|$)"),
            frozenset(roles.get("owner_agent_types", [])),
            tuple(fold(w) for w in roles.get("owner_agent_thanks", [])),
            tuple(fold(w) for w in roles.get("owner_agent_continued", [])))


_OWNER_LIST = re.compile(r"\s*(?:,\s*(?:và\s+)?|và\s+)")  # "Nhật Bản và Hàn Quốc", "Nhật Bản, Hàn Quốc và Úc"


def owner_agent(view: View, cue: CueHit) -> tuple[list[Slot], list[Slot]]:
    """(givers, not givers) of an aid named as the verb a deed is about ("sự giúp đỡ quý báu của Chính phủ Australia
    trong việc cung cấp ...", "sự hỗ trợ của Nhật Bản và Hàn Quốc trong việc ..."): the last actor before the cue in its
    clause and those listed with it, with [roles] owner_agent_links between them and the verb and a deed of [roles]
    owner_agent_deeds and "của" before them. Only a deed done: the owners of a need, a wish or a guideline ("đáp ứng
    nhu cầu của Lào trong việc cung cấp ...") are neither; the owners of help asked for, needed or hoped for (a word of
    owner_agent_not_after since the last comma and within 40 characters before the deed: "đáp ứng đề nghị hỗ trợ của
    Lào", "Việt Nam cần có sự hỗ trợ của Nhật Bản ...") are not givers, unless thanks (owner_agent_thanks) joins a
    wish to go on receiving it ("cảm ơn và mong tiếp tục nhận được sự hỗ trợ của Hàn Quốc ...": owner_agent_continued).
    Only for a cue of [roles] owner_agent_types that gives (not "tiếp nhận ... từ Nhật Bản", whose giver is marked after
    it)."""
    found = _owner_agent_rx()
    if found is None or cue.type not in found[3] or cue.rule.direction in ("receive", "owner"):
        return [], []
    cs, pos = view.clause(cue.start)[0], cue.start
    before = [sl for sl in view.slots if cs <= sl.start and sl.end <= pos and sl.code]
    link, deed, asked, _types, thank_words, go_on = found
    if not before or link.fullmatch(view.low, before[-1].end, pos) is None:
        return [], []
    owners = [before[-1]]
    for prev in reversed(before[:-1]):
        if _OWNER_LIST.fullmatch(view.low, prev.end, owners[0].start) is None:
            break
        owners.insert(0, prev)
    m = deed.search(view.low, max(cs, owners[0].start - 60), owners[0].start)
    if m is None:
        return [], []
    lo = max(cs, m.start() - 40, view.low.rfind(",", cs, m.start()) + 1)
    wish = list(asked.finditer(view.low, lo, m.start()))
    if not wish:
        return owners, []
    thanks = [c for c in view.cues if c.type == "SUPPORT" and c.end <= m.start()
              and any(w in view.low[c.start:c.end] for w in thank_words)]
    joined = any(wish[-1].start() <= c.start or re.fullmatch(r"\s*(?:và)?\s*", view.low[c.end:wish[-1].start()])
                 for c in thanks)
    continued = any(f" {w} " in f" {view.low[wish[-1].end():m.start()]} " for w in go_on)
    return (owners, []) if joined and continued else ([], owners)


@lru_cache(maxsize=1)
def _fronted_leads() -> tuple[re.Pattern[str], re.Pattern[str], re.Pattern[str]]:
    """[roles] fronted_clause_leads, fronted_phrase_leads and fronted_phrase_not at the start of a stretch of text,
    as whole words (compiled once)."""
    roles = lexicon().raw.get("roles", {})
    keys = ("fronted_clause_leads", "fronted_phrase_leads", "fronted_phrase_not")
    return tuple(re.compile(r"\s*(?:" + (_alternatives(roles.get(k, [])) or _NEVER) + r")\b")  # type: ignore[return-value]
                 for k in keys)


def _in_fronted_clause(view: View, sl: Slot) -> bool:
    """Whether `sl` stands in a fronted clause or phrase ([roles] fronted_clause_leads, fronted_phrase_leads) with
    no comma between: the comma after it closes that clause, not a list. A clause must hold a word of its own
    besides names and list words (its verb): with names only it lists subjects."""
    before = view.low[:sl.start]
    start = before.rfind(",") + 1
    clause, phrase, phrase_not = _fronted_leads()
    if phrase.match(before, start) and not phrase_not.match(before, start):
        return True
    m = clause.match(before, start)
    if m is None:
        return False
    chars = list(view.low[m.end():sl.start])
    for other in view.slots:  # (names by their place in the sentence, not by their text: it may be written otherwise)
        if m.end() <= other.start and other.end <= sl.start:
            chars[other.start - m.end():other.end - m.end()] = " " * (other.end - other.start)
    return bool(re.sub(r"\b(?:và|các nước|như|gồm|cùng|,)\b|[(),]", " ", "".join(chars)).split())


@lru_cache(maxsize=1)
def _officials_rx() -> re.Pattern[str] | None:
    words = lexicon().raw.get("roles", {}).get("officials_of", [])
    qualifiers = _alternatives(lexicon().raw.get("roles", {}).get("officials_qualifiers", [])) or _NEVER
    # "nhà chức trách ở thủ đô của Thái Lan": a place may stand between the officials and their state
    return re.compile(r"(?:^|\s)(?:các |những )?(?:" + _alternatives(words) + r")(?: (?:" + qualifiers + r"))?"
                      r"(?:\s+(?:ở|tại)\s+[^\s,;:]+(?:\s+[^\s,;:]+)?)?\s+của" + _sides() + r"\s*$") if words else None


def _names_somebody(view: View, start: int, end: int) -> bool:
    """Whether [start, end) names somebody: an honorific ([roles] list_honorifics: "ông", "bà", "ngài"), or an actor
    that is no place or object there, one with no [roles] not_subject word ("tại", "ở", "với", ...) right before it,
    or before a place's head word ([roles] frame_place_heads: "thủ đô", "TP") and it ("Sáng 5/8 tại TP Hồ Chí Minh,"
    names a place; "Ngày 14/5 Thủ tướng Abe tiếp ông Long," and "tại buổi tiếp Hoàng hậu Hà Lan," somebody)."""
    if not set(view.low[start:end].split()).isdisjoint(lexicon().raw.get("roles", {}).get("list_honorifics", [])):
        return True
    placed = _placed()
    return any(start <= sl.start < end and not placed.search(view.low, start, sl.start) for sl in view.slots)


@lru_cache(maxsize=1)
def _placed() -> re.Pattern[str]:
    """A [roles] not_subject word, then at most one [roles] frame_place_heads word ("thủ đô", "TP"), up to the end
    of the search."""
    roles = lexicon().raw.get("roles", {})
    words, heads = roles.get("not_subject", []), roles.get("frame_place_heads", [])
    return re.compile(r"(?:^|\s)(?:" + (_alternatives(words) or _NEVER) + r")(?:\s+(?:" + (_alternatives(heads) or _NEVER)
                      + r"))?\s*$")


@lru_cache(maxsize=1)
def _officials_prefix() -> re.Pattern[str]:
    words = lexicon().raw.get("roles", {}).get("officials_prefix", [])
    return re.compile(r"(?:(?:" + (_alternatives(words) or _NEVER) + r"|\d[\d.,]*)(?:\s+|$))*")


def _officials_of(view: View, sl: Slot) -> bool:
    """'Các quan chức cấp cao của' right before a state, opening its clause (or what someone
    says): the state's people act, so it is the subject. Not after a verb ("tiếp đoàn của Việt
    Nam": the delegation is received) nor inside a compound ("tập đoàn của Mỹ": a firm)."""
    rx = _officials_rx()
    lo = max(0, sl.start - 45)
    found = rx.search(view.low[lo:sl.start]) if rx is not None else None
    if found is None:
        return False
    start = lo + found.start() + (1 if view.low[lo + found.start()].isspace() else 0)
    cs, _ce = view.clause(sl.start)
    # (past short date or place phrases fronted before them, "Ngày 24/5, Đặc phái viên của Tổng thống Pháp đã hội đàm
    # ...", that name nobody: "Tại buổi tiếp ông Long, đại diện của Việt Nam, Thủ tướng Abe ..." names the one received)
    while (comma := view.low.find(",", cs, start)) >= 0 and frame_phrase(view, cs, comma) \
            and not _names_somebody(view, cs, comma):
        cs = comma + 1
    prefix = view.low[cs:start].strip(" ,;:\"“”-–")
    return _officials_prefix().fullmatch(prefix) is not None or any(0 <= start - e <= 20 for _s, e in view.speech)


def _speaker(view: View, sl: Slot) -> bool:
    """An actor right before or right after a reporting verb speaks for the clause."""
    return any(0 <= s - sl.end <= 40 or 0 <= sl.start - e <= 30 for s, e in view.speech)


def is_reported(view: View, pos: int) -> bool:
    """A cue after a reporting verb in its sentence is something said, not the frame itself."""
    return any(e <= pos for _s, e in view.speech)
