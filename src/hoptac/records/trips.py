"""Who travels and who hosts: a trip as a visit ([CONSULT.trip], rule setting destination), and the hosts a
visit's noun lists (`visit_hosts`: one visit to each).

"Ngoại trưởng Trung Quốc Vương Nghị bay đến Iran", "Thủ tướng Nhật Bản Shinzo Abe đã tới Washington": a travel
verb is a visit only when one holding an office travels (goods, troops, experts or a gift arrive too) and a
state, or its capital, stands right after the verb. Its parties are that traveller and that host, nobody else
the sentence names ("... hội đàm với Putin trước khi bay sang Mỹ" visits the United States alone).
"""

from __future__ import annotations

import re
from functools import lru_cache
from typing import TYPE_CHECKING

from hoptac.records.aid import capital_after
from hoptac.records.context import Context
from hoptac.records.cues import lexicon, spans
from hoptac.records.roles import Slot

if TYPE_CHECKING:
    from hoptac.records.handlers import Candidate


@lru_cache(maxsize=1)
def person_roles() -> frozenset[str]:
    """The roles of titles.tsv held by a person (kind person), not a body."""
    from hoptac.lexicon import read_tsv

    return frozenset(r["role"] for r in read_tsv("titles.tsv") if r.get("kind") == "person" and r.get("role"))


NO_TRAVELLER = "a trip of nobody holding an office, or one reported by one (rule setting destination)"


def trip_parties(c: Candidate, ctx: Context) -> tuple[list[str], list[Slot]] | None:
    """(traveller codes, host slots) of a trip, or None when it is none (NO_TRAVELLER): the traveller is the last
    subject before the verb, holding an office, with no verb of speech between ("Lavrov cho biết các chuyên gia
    Nga đã tới Syria" reports experts' travel); the host the state right after the verb (or "thủ đô" and it), or
    the state of a capital there."""
    view, cue = c.view, c.cue
    last = c.subj[-1] if c.subj else None
    if last is None or last.actor is None or last.actor.role not in person_roles() \
            or spans(lexicon().words.get("speech"), view.low[last.end:cue.start]):
        return None
    hosts = [o for o in c.objs[:1] if o.code and (o.actor is None or o.actor.role is None)
             and re.fullmatch(r"\s*(?:thủ đô\s+)?", view.low[cue.end:o.start])]
    capital = capital_after(view, cue.end)
    if capital and not hosts:
        hosts = [Slot(cue.end, cue.end, capital[0], capital[0])]
    return ctx.codes([last]), hosts


@lru_cache(maxsize=1)
def _host_gaps() -> tuple[re.Pattern[str], re.Pattern[str]]:
    """What may stand before a visit's first host ([roles] destination words, and up to six words and a
    `group_lists` or `host_lists` word: "công du tới 3 nước châu Á gồm Việt Nam, ...", "chuyến thăm đến 2 quốc
    gia Trung Đông lần lượt là Saudi Arabia và Israel", "sang thăm một số nước như Mỹ, ...") and between two
    hosts: a comma or "và", after the bracketed short form of the name before it if any ("Saudi Arabia, Các Tiểu
    vương quốc Arab Thống nhất (UAE) và Qatar": the view drops a bracketed name as a gloss, so its brackets are
    left in the gap), compiled once (not per visit cue)."""
    roles = lexicon().raw.get("roles", {})
    dest = "|".join(re.escape(w) for w in roles.get("destination", []))
    listed = "|".join(re.escape(w) for w in roles.get("group_lists", []) + roles.get("host_lists", []))
    tour = rf"(?:(?:[^\s,;.]+\s+){{1,6}}?(?P<listed>{listed})\s+)?" if listed else r"(?P<listed>(?!x)x)?"
    return (re.compile(rf"\s*(?:(?:{dest})\s+)?{tour}$") if dest else re.compile(rf"\s*{tour}$"),
            re.compile(r"\s*(?:\([^()]{1,30}\)\s*)?(?:,|và|,\s*và)\s*$"))


def visit_hosts(c: Candidate, ctx: Context) -> list[str]:
    """The states listed right after a visit's noun ("chuyến thăm Hàn Quốc và Nhật Bản", "công du tới
    Việt Nam, Nhật Bản và Hàn Quốc"): its hosts, each joined to the one before by a comma or "và" ([roles]
    destination words may open the list). Commas make a list only when "và" closes it and no state
    comes twice: "Trong chuyến thăm Việt Nam, Mỹ cam kết ...", "Nhân chuyến thăm Nga, Ấn Độ và Nga đã
    ký ..." name one host, the comma closing the fronted phrase."""
    view, last, out, joins = c.view, c.list_from, [], []
    opener, joiner = _host_gaps()
    listed = False  # the hosts follow a list word ("sang thăm một số nước như Mỹ, Nhật, Đức, Hà Lan")
    closed = False  # "và" closed the list: a comma after it opens another clause ("..., Trung Quốc bày tỏ ...")
    for sl in sorted(c.objs, key=lambda sl: sl.start):
        if sl.start < last:
            continue
        if closed:
            break
        gap = view.low[last:sl.start]
        person = sl.actor is not None and (sl.actor.role is not None or sl.actor.name is not None)
        found = (opener if not out else joiner).fullmatch(gap)
        if not sl.is_state or person or not found:  # a place, no person
            break
        codes = ctx.codes([sl])
        if out and any(x in out for x in codes):
            break
        if out:
            joins.append("và" not in gap)  # a bare comma
            closed = not joins[-1]
        else:
            listed = found.group("listed") is not None
        out += codes
        last = sl.end
    if any(joins) and joins[-1] and not listed:  # a comma list not closed by "và": the first comma ends the phrase
        return out[:1]
    return out


@lru_cache(maxsize=1)
def _call_gaps() -> tuple[re.Pattern[str], re.Pattern[str], re.Pattern[str] | None, re.Pattern[str] | None,
                          re.Pattern[str]]:
    """What stands before a call's first partner ([context] call_separate or bilateral_words, then one of
    call_markers, "với" or "cho", then at most call_lead_words words), between two partners, the words of a call of
    several sides (call_multilateral) and of separate calls (call_separate), and what stands before the first partner
    of a cue that ends in its own marker ("thảo luận song phương với": the lead words alone), compiled once."""
    ctx = lexicon().raw.get("context", {})
    lead = int(ctx.get("call_lead_words", 0))
    multi = "|".join(re.escape(w) for w in ctx.get("call_multilateral", []))
    separate = ctx.get("call_separate", [])
    apart = "|".join(re.escape(w) for w in separate)
    marks = "|".join(re.escape(w) for w in ctx.get("call_markers", [])) or "(?!x)x"
    before = "|".join(re.escape(w) for w in separate + ctx.get("bilateral_words", []))
    opener = rf"\s*(?:(?:{before})\s+)?" if before else r"\s*"
    return (re.compile(rf"{opener}(?:{marks})\s+(?:[^\s,;.]+\s+){{0,{lead}}}?$"),
            _host_gaps()[1],  # (partners are joined as a visit's hosts are)
            re.compile(rf"(?<!\w)(?:{multi})(?!\w)") if multi else None,
            re.compile(rf"(?<!\w)(?:{apart})(?!\w)") if apart else None,
            re.compile(rf"\s*(?:[^\s,;.]+\s+){{0,{lead}}}?$"))


def call_partners(c: Candidate, ctx: Context) -> tuple[list[str], bool]:
    """The states a call of one caller names as its partners, listed right after its "với" (or "cho") and joined by
    commas or "và" (the guide's records are bilateral: "điện đàm với các nhà lãnh đạo Qatar, Nga, Kuwait và Saudi
    Arabia" is four calls), and whether the sentence says the calls were separate ("các cuộc điện đàm riêng rẽ");
    no partners where the clause names a call of several sides ("điện đàm ba bên", "trong một cuộc gọi chung")."""
    view, last, out = c.view, c.list_from, []
    opener, joiner, multi, apart, lead_only = _call_gaps()
    markers = lexicon().raw.get("context", {}).get("call_markers", [])
    if view.low[c.cue.start:c.list_from].rstrip().rsplit(" ", 1)[-1] in markers:
        # the cue, or the verb coordinated with it, holds its own "với" ("thảo luận song phương với các đối tác Việt
        # Nam, Peru, Mexico", "đã điện đàm, thảo luận với Nhật Bản, Hàn Quốc và Trung Quốc")
        opener = lead_only
    if _multilateral(c):
        return [], False
    for sl in sorted(c.objs, key=lambda sl: sl.start):
        if sl.start < last:
            continue
        if not (opener if not out else joiner).fullmatch(view.low[last:sl.start]):
            break
        codes = [x for x in ctx.codes([sl]) if x != "INTL"]
        if not codes or any(x in out for x in codes):
            break
        out += codes
        last = sl.end
    return out, apart is not None and apart.search(view.low, c.cue.start, last) is not None


def _multilateral(c: Candidate) -> bool:
    """Whether the cue's clause names a contact of several sides at once ([context] call_multilateral: "điện đàm ba
    bên", "trong một cuộc gọi chung"): no splitting it one per partner."""
    multi = _call_gaps()[2]
    cs, ce = c.view.clause(c.cue.start)
    return multi is not None and multi.search(c.view.low, cs, ce) is not None


def _each(caller: str, called: list[str], why: str) -> tuple[list[str], list[list[str]], str]:
    """One contact of `caller` with each of `called`: the first one's parties, the others', and why."""
    return [caller, called[0]], [[caller, x] for x in called[1:]], why


_AT_CUE = 13  # characters past a cue that may hold a word said of the contact itself: " song phương" and a space
_PLURAL = 12  # characters before a cue that may hold its plural ("những cuộc ")
_VERB = 14  # characters before the plural that hold the verb that has it (" đã tiến hành ": the verb and a space)


def _had_in_plural(c: Candidate) -> bool:
    """Whether the cue is a contact named in the plural ([context] plural_contacts, reaching into the cue, which may
    run on past its noun: "cuộc làm việc với") that its side had (one of plural_contact_verbs right before the plural:
    "đã có các cuộc gặp", "đã tiến hành các cuộc hội đàm") or that are said to be separate right after the cue
    (call_separate: "các cuộc hội đàm riêng")."""
    low, start = c.view.low, c.cue.start
    lead = max(0, start - _PLURAL)
    found = [s for s, e in spans(lexicon().words.get("plural_contacts"), low[lead:c.cue.end]) if e > start - lead]
    if not found:
        return False
    settings = lexicon().raw.get("context", {})
    before = low[max(0, lead + found[0] - _VERB):lead + found[0]].rstrip()
    after = low[c.cue.end:c.cue.end + _AT_CUE].split()[:1]
    return any(before == v or before.endswith(" " + v) for v in settings.get("plural_contact_verbs", [])) \
        or bool(after and after[0] in settings.get("call_separate", []))


def one_per_partner(c: Candidate, ctx: Context, parts: list[str], hosts: list[str],
                    visitors: list[str]) -> tuple[list[str], list[list[str]], str]:
    """A contact of one side with several others listed after it as several contacts: (the parties of the first,
    those of the others, why). A visit to several hosts is one visit to each (`visit_hosts`); a call of one caller
    to several partners (at least [context] call_split_partners, or two said to be separate) one call to each
    (`call_partners`, [context] bilateral_modes; a contact of any mode called bilateral right at its cue, [context]
    bilateral_words, from two), only where its parties are exactly the caller and those partners (a state named
    elsewhere in the clause stays in one record); meetings or calls one side had, named in the plural ([context]
    plural_contacts, `_had_in_plural`), one with each other party, from two, where all are named after the cue."""
    if len(hosts) > 1:
        # The visitors are the subject's, where it names them: a state named after the hosts belongs to another
        # verb ("sang thăm một số nước như Mỹ, Nhật, Đức, Hà Lan, dự các hội nghị ... như G7, G20").
        visitors = [v for v in visitors if v in c.source] or visitors
        return visitors + hosts[:1], [visitors + [h] for h in hosts[1:]], "; one visit to each host listed after it"
    settings = lexicon().raw.get("context", {})
    # Said of the contact itself, in its cue or right after it ("các cuộc thảo luận song phương với", "hội đàm song
    # phương với"): not of its topic ("hội đàm với ... về hợp tác song phương").
    said = bool(spans(lexicon().words.get("bilateral_words"), c.view.low[c.cue.start:c.cue.end + _AT_CUE]))
    if (said or c.rec.mode in settings.get("bilateral_modes", [])) and len(set(c.source)) == 1:
        partners, separate = call_partners(c, ctx)
        separate = separate or said
        called = [x for x in partners if x not in c.source]
        if len(called) >= (2 if separate else max(2, int(settings.get("call_split_partners", 2)))) \
                and set(parts) == set(c.source) | set(called):
            return _each(c.source[0], called, "; one call to each partner listed after it")
    if len(set(c.source)) == 1 and _had_in_plural(c):
        # Meetings or calls one side had, named in the plural, are one with each other party named after the cue, in
        # whatever words ("các cuộc gặp chính thức với Tổng thống Hàn Quốc ... và Thủ tướng Australia ...", "các cuộc
        # hội đàm, trao đổi với Lãnh đạo cao nhất của Đức và Hà Lan"); not talks ("các cuộc đàm phán với Anh, Pháp,
        # Đức, Nga và Trung Quốc": as often the rounds of one talk of all, tried at stop 45). The side is named before
        # the cue or carried from the sentences before ("đã có các cuộc gặp giữa quan chức Mỹ, Nhật Bản và Hàn Quốc"
        # were meetings of all three), and the clause says nothing of several sides at once ([context]
        # call_multilateral: "các cuộc hội đàm ba bên").
        called = [x for x in parts if x not in c.source]
        before = {x for sl in c.subj if sl.end <= c.cue.start for x in ctx.codes([sl])}
        after = {x for sl in c.objs if sl.start >= c.cue.end for x in ctx.codes([sl])}
        own = set(c.source) <= before or c.carried  # (or the subject of the sentences before: "Gabriel cho biết ...")
        if len(called) >= 2 and "INTL" not in called and set(called) <= after and own and not _multilateral(c):
            return _each(c.source[0], called, "; one contact with each partner named after the plural")
    return parts, [], ""
