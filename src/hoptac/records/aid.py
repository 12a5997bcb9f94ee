"""AID records: who gives to whom, status, amounts and category.

The giver is the subject before the verb ("Nhật Bản trao tặng ..."), unless the
text marks another: a passive agent ("lô vaccine do Covax viện trợ"), an owner
right after a nominal cue ("chuyến bay hỗ trợ của Mỹ đã tới Ấn Độ", "khoản tài
trợ ... của chính phủ Mỹ"), or the source of a receiving verb ("tiếp nhận ...
từ Nhật Bản"). Then the subject, if any, is the recipient.
"""

from __future__ import annotations

import re
from functools import lru_cache

from hoptac.model import Quantity, Record
from hoptac.records.context import Context
from hoptac.records.cues import CueHit, Lexicon, alternation, lexicon, spans
from hoptac.records.aid_amounts import amounts, licenses_aid
from hoptac.records.aid_nouns import owned_givers
from hoptac.records.aid_recipients import anaphor_recipient as _anaphor_recipient, people_recipient as _people_recipient
from hoptac.records.modality import purpose_word
from hoptac.records.roles import Slot, View, capitals
from hoptac.text.normalise import fold


def item_named(view: View, start: int, end: int) -> bool:
    """Whether [start, end) names an item of aid of any category, "other" included ("gạo", "hàng viện trợ")."""
    return any(rx is not None and rx.search(view.low, start, end) is not None for rx in lexicon().categories.values())


def category(view: View, start: int, end: int, qs: list[Quantity]) -> str:
    """The kind of aid: the unit of its amount (money valuing goods: the goods', `_valued_goods`), else the first item
    word in [start, end) (from the clause's start where the item stands before the cue: "Chuyến bay ... mang theo các
    thiết bị y tế ... đã tới Ấn Độ")."""
    lex = lexicon()
    for q in qs:
        if q.unit in lex.unit_category:
            cat = lex.unit_category[q.unit]
            return (_valued_goods(view, start, q) if cat == "financial" else None) or cat
    return _first_item(lex, view.low[start:end]) or "other"


def _valued_goods(view: View, start: int, money: Quantity) -> str | None:
    """The kind of the goods `money` is the worth of, when it is ("tặng 77 tủ đông bảo quản vắc xin trị giá 2,3 triệu
    USD", "vật tư trị giá hơn 100 triệu USD"): a valuation word ([AID] valuation) right before the amount, at most two
    words between (a qualifier: "khoảng", "hơn"), goods of one of [AID] valued_goods named between `start` and it, and
    no word of [AID] valuation_not there (money to buy them, a project or a package: "tài trợ cho Việt Nam để mua vắc
    xin trị giá 10 triệu USD" gives money). Money given before a valuation ("viện trợ 10 tỷ yên ... để mua thiết bị trị
    giá 5 tỷ yên") is never valued."""
    lex = lexicon()
    pos = next((s for s, _e, q in view.quantities if q is money), None)
    valued = spans(lex.words.get("aid_valuation"), view.low[start:pos]) if pos is not None and pos > start else []
    if not valued or len(view.low[start + valued[-1][1]:pos].split()) > 2:
        return None
    named = view.low[start:start + valued[-1][0]]
    if spans(lex.words.get("aid_valuation_not"), named):
        return None
    goods = _first_item(lex, named)
    return goods if goods in lex.raw["AID"].get("valued_goods", ()) else None


def _first_item(lex: Lexicon, text: str) -> str | None:
    """The category of the first item word of `text` ([AID.categories]; the longest where two start together)."""
    best: tuple[int, int, str] | None = None  # (start, -length, category): the first item, the longest there
    for cat, rx in lex.categories.items():  # "other" lists items of no category ("máy bay" before "máy")
        for s, e in spans(rx, text):
            if best is None or (s, s - e) < best[:2]:
                best = (s, s - e, cat)
    return best[2] if best else None


@lru_cache(maxsize=1)
def markers() -> dict[str, str]:
    """cues.toml [AID.markers] as regex alternations of folded words."""
    raw = lexicon().raw.get("AID", {}).get("markers", {})
    return {k: "|".join(re.escape(fold(w)) for w in v) for k, v in raw.items()}


def _marked(view: View, sl: Slot, kind: str, reach: int = 6) -> bool:
    words = markers().get(kind)
    return bool(words) and re.search(r"(?:^|\s)(?:" + words + r")\s*$",
                                     view.low[max(0, sl.start - reach):sl.start]) is not None


def _owner(view: View, sl: Slot, lo: int, kind: str = "owner") -> bool:
    """An owner word ([AID.markers] `kind`) between the previous boundary and the actor: it owns
    something, it receives nothing."""
    gap = view.low[lo:sl.start]
    if len(gap) > 45:
        return False
    m = list(re.finditer(r"(?:^|\s)(?:" + markers()[kind] + r")(?:\s|$)", gap))
    # "... của nhà sản xuất Anh tới Canada": a recipient marker after the owner word opens a new role.
    return bool(m) and \
        re.search(r"(?:^|\s)(?:" + markers()["recipient"] + r")\s", gap[m[-1].end() - 1:]) is None


def _dispatch_roles(view: View, cue: CueHit, cs: int) -> tuple[list[Slot], list[Slot]] | None:
    """(givers, recipients) of help given by sending ("Các lực lượng Nga được đưa vào Syria ... để hỗ trợ
    Tổng thống Bashar al-Assad"): who sends stands before the dispatch word ([modality] dispatch), where
    to after it, whom for after the aid cue. None when the aid is no purpose of a dispatch."""
    found = purpose_word(view, cs, cue.start)
    sent = spans(lexicon().words.get("dispatch"), view.low[cs:found[1]]) if found else []
    if not sent:
        return None
    ds, de = cs + sent[-1][0], cs + sent[-1][1]
    # Where to: a state right after a destination word ("đưa vào Syria"; not "tới bán đảo Triều Tiên", a
    # place, nor "cùng Nhật Bản", a partner); whom for: the actor right after the cue ("để hỗ trợ Ukraine
    # khi chiến sự ... với Nga": not Russia; "để hỗ trợ tập trận với Hàn Quốc": nobody).
    to = [sl for sl in view.slots if sl.code and de <= sl.start < cue.start and _marked(view, sl, "destination")]
    helped = [sl for sl in view.slots if sl.code and (0 <= sl.start - cue.end <= 3 or (
        cue.end <= sl.start < cue.end + 40 and _marked(view, sl, "recipient")))][:1]
    givers = [sl for sl in view.slots if sl.code and cs <= sl.start < ds]
    return givers, to + helped


def _purpose_targets(view: View, start: int, end: int) -> list[Slot]:
    """'... để cứu trợ khẩn cấp cho Ấn Độ', '... để giúp Ấn Độ': a recipient behind a purpose clause."""
    purpose = re.compile(r"(?:" + markers()["purpose"] + r")\s")
    return [sl for sl in view.slots if start <= sl.start < end and sl.code
            and purpose.search(view.low[start:sl.start])
            and (_marked(view, sl, "recipient") or _marked(view, sl, "helped"))]


NO_GIVER = "no giver named or carried"


def group_list(view: View, after: int) -> list[str]:
    """The states listed after a list word ([roles] group_lists) behind `after`: what a group
    word of the sentence stands for."""
    words = lexicon().raw.get("roles", {}).get("group_lists", [])
    for w in sorted(words, key=len, reverse=True):
        m = re.search(rf"(?:^|\s){re.escape(fold(w))}\s", view.low[after:])
        if m is None:
            continue
        start = after + m.end()
        listed = [sl for sl in view.slots if sl.start >= start and sl.is_state]
        chain = [listed[0]] if listed and listed[0].start - start <= 2 else []
        for prev, sl in zip(listed, listed[1:]):
            if not chain or prev is not chain[-1] or view.low[prev.end:sl.start].strip(" ,") not in ("", "và"):
                break
            chain.append(sl)
        if len(chain) >= 2:
            return [str(sl.code) for sl in chain]
    return []


def _goes_on(view: View, cue: CueHit, ctx: Context) -> bool:
    """Whether this cue continues the AID of the sentence right before: its sentence opens on an
    anaphor ("Số vắc xin này ...") or it carries or brings the aid ("Máy bay ... chở theo ...")."""
    last = ctx.last_aid
    if last is None or not last.mentions or last.mentions[-1].sentence != view.sentence.index - 1:
        return False
    return cue.rule.group in ("transport", "arrival") or opens_on_anaphor(view) is not None


def opens_on_anaphor(view: View) -> str | None:
    """How the sentence opens on an aid anaphor: "this" for one that points back ("Số vắc xin này ...", [AID]
    anaphors), "bare" for the aid named again as a batch ("Lô viện trợ của Mỹ ...", anaphors_bare) with none of
    anaphors_bare_not in its noun phrase ("Lô viện trợ tiếp theo của Anh" is another batch), else None."""
    words = lexicon().words
    low = view.low.lstrip(" -–\"“")
    rx = words.get("aid_anaphor")
    if rx is not None and rx.match(low) is not None:
        return "this"
    bare = words.get("aid_anaphor_bare")
    m = bare.match(low) if bare is not None else None
    if m is None:
        return None
    if re.match(r"\s*(?:này|trên)\b", low[m.end():]):  # "Lô viện trợ này ...": it points back
        return "this"
    other = words.get("aid_anaphor_bare_not")
    phrase = re.split(r"\s(?:được|đã|sẽ|đang|vừa|dự kiến|cũng|gồm|là)\s|[,;:]", low[m.end():], maxsplit=1)[0]
    return None if other is not None and other.search(phrase) else "bare"


def fill_aid(view: View, cue: CueHit, rec: Record, source: list[str], objs: list[Slot], ctx: Context,
             qend: int, subj: list[Slot]) -> tuple[str, str] | None:
    """Fill an AID record's roles, status, amounts and category; (kind, reason) when it is no AID."""
    lex = lexicon()
    if cue.rule.not_firm and any(sl.actor is not None and sl.actor.role == "firm" for sl in subj):
        return "guard", "a firm supplies it: a sale, not aid"
    cs, ce = view.clause(cue.start)
    if cue.rule.item_before:
        # "lô 1 triệu liều vắc xin AstraZeneca đã về đến ...": a firm in the item names the product.
        firms = {sl.code for sl in subj if sl.actor is not None and sl.actor.role == "firm"}
        source = [c for c in source if c not in firms]
        if not subj:
            # "Một lô hàng từ Anh gồm 100 máy thở ... đã được chuyển đến ...": the giver named in the item,
            # behind a source word ([AID.markers] source) before the arrival verb, wins over one carried.
            givers = [sl for sl in view.slots if cs <= sl.start < cue.start and sl.is_state
                      and not (sl.actor is not None and sl.actor.role == "firm") and _marked(view, sl, "source")]
            source = ctx.codes(givers[:1]) or source
    if cue.rule.direction == "receive":
        # Only a giver marked as such ("từ Nhật Bản", "của Mỹ", "do Úc tài trợ") is the source.
        givers = [o for o in objs if _marked(view, o, "source") or _marked(view, o, "owner", 18)]
        if cue.rule.owner_words is not None:
            # Help named by its owner (rule setting owner_words): its givers, and its kind and amount read before
            # them only (records/aid_nouns.py owned_givers).
            givers = owned_givers(view, cue, objs)
            qend = min(qend, givers[0].start) if givers else cue.end
        source, targets = ctx.codes(givers), source
    else:
        bounds = [cue.end] + [o.end for o in objs]
        agents = [o for o in objs if _marked(view, o, "agent")]
        # After an arrival verb the place is named, and its owner receives ("đã đến thủ đô New Delhi của Ấn Độ").
        owners = [] if cue.rule.item_before else \
            [o for i, o in enumerate(objs) if _owner(view, o, bounds[i]) and o not in agents]
        if not subj and owners and owners[0].start - cue.end <= 45:
            agents.append(owners.pop(0))  # "chuyến bay hỗ trợ của Mỹ"
        # A firm after the item names the product ("vắc xin AstraZeneca"), never the recipient.
        rest = [o for o in objs if o not in agents and o not in owners
                and not (o.actor is not None and o.actor.role == "firm") and not _marked(view, o, "channel", 20)]
        dispatch = _dispatch_roles(view, cue, cs)
        if dispatch:
            rest = [o for o in dispatch[1] if o.code not in ctx.codes(dispatch[0])]
            if not dispatch[0] or not rest:
                return "party", "help sent for a purpose: no sender, or nobody named where it goes or whom it helps"
            agents = dispatch[0]
        praise = [h for h in view.cues if h.type == "SUPPORT" and cs <= h.start < cue.start]
        praised = [o for i, o in enumerate(objs) if _owner(view, o, bounds[i], "praised_owner") and o not in agents]
        if praise and praised and subj and not agents:
            # "đánh giá cao khoản viện trợ ... của Hàn Quốc", "... hỗ trợ kỹ thuật mà ASEAN ...": the owner of
            # the praised aid gives, the one who thanks receives (guide).
            agents, source = [praised[0]], ctx.codes(subj)
            rest = [o for o in rest if o not in agents]
        if agents:
            source, targets = ctx.codes(agents), [c for c in ctx.codes(rest) or source if c not in ctx.codes(agents)]
        else:
            targets = [c for c in ctx.codes(rest) if c not in source]
        if not targets:
            targets = [c for c in ctx.codes(_purpose_targets(view, cue.end, ce)) if c not in source]
    factor = 1.0
    praised = [h for h in view.cues if h.type == "SUPPORT" and h.rule.group == "praise" and cs <= h.start < cue.start]
    if not targets and praised and cue.rule.direction != "receive":
        # "Việt Nam cảm ơn Nhật Bản đã hỗ trợ vốn ODA": the one who thanks received it.
        thankers = [sl for sl in view.slots if sl.code and cs <= sl.start < praised[0].start]
        targets = [c for c in ctx.codes(thankers) if c not in source]
    # The help thanked for is the object of the thanks ("cảm ơn Nhật Bản đã hỗ trợ ..."), right after it.
    thanked = bool(praised) and cue.rule.direction != "receive" and cue.start - praised[-1].end <= 60 \
        and not [h for h in view.cues if praised[-1].end <= h.start < cue.start and h.type != "SUPPORT"]
    if not targets and spans(lex.words["intl"], view.low[cue.start:qend]):
        targets = ["INTL"]
    from_occasion = False
    body_recipient = _people_recipient(view, cue.end, ce)  # (also the reason of a drop for no recipient, below)
    if not targets and ctx.event is not None and source and cue.rule.infer_targets and not body_recipient:
        targets, factor, from_occasion = ctx.others(source), 0.7, True
    if not targets and source and cue.rule.infer_targets and _goes_on(view, cue, ctx):
        # "Số vắc xin này do Nhật Bản viện trợ", "Máy bay ... chở theo ...": the flow of the
        # previous sentence's AID goes on to the same recipients.
        targets = [c for c in ctx.last_aid.targets if c not in source]  # type: ignore[union-attr]
        factor = 0.7
    if not targets and source and cue.rule.destination:
        targets = [c for c in capital_after(view, cue.end) if c not in source]
    if cue.rule.capital_only and not capital_after(view, cue.end) and not any(
            sl.start >= cue.end and sl.code and sl.is_state and _right_after(cue, view.low[cue.end:sl.start])
            for sl in view.slots):
        return "condition", (f"'{view.low[cue.start:cue.end]}' gives only to a state (or its capital) named right "
                             "after it (rule setting capital_only)")
    if "INTL" in source and (listed := group_list(view, cue.end)):
        # "hàng loạt quốc gia ... gửi viện trợ cho Ấn Độ gồm Nga, Pháp, ...": the list is the group.
        source = [c for c in source if c != "INTL"] + [c for c in listed if c not in source]
        targets = [c for c in targets if c not in listed]
    rec.source, rec.targets = [c for c in source if c not in targets], targets
    lo = max(cs, subj[-1].end if subj and subj[-1].end <= cue.start else cs)
    between = view.low[lo:cue.start + (cue.end - cue.start)]
    if spans(lex.words["pledged"], view.low[lo:cue.start]):
        rec.status = "pledged"
    elif rec.status == "announced" and (spans(lex.words["delivered"], between)
                                        or any(e >= cue.start - lo - 1 for _s, e in spans(lex.words.get("delivered_verb"), between))
                                        or spans(lex.words.get("delivered_after"), view.low[cue.end:qend])):
        rec.status = "delivered"
    items_from = cs if cue.rule.item_before else cue.start
    rec.quantities = amounts(view, items_from, qend, carried=True)
    rec.category = category(view, items_from, qend, rec.quantities)
    if not rec.source:
        return "party", NO_GIVER
    if thanked and rec.category == "other" and not rec.quantities:
        return "condition", "thanks for help of no named kind: only the SUPPORT (guide)"
    if not rec.targets:
        return "party", ("its recipient is named as a body of no state ([AID] people_recipients)"
                         if body_recipient else "no recipient named")
    if set(rec.targets) == {"INTL"} and not licenses_aid(rec.quantities):
        return "party", "only 'other states' as recipient and no amount"
    unnamed_thanker = bool(praised) and not any(sl.code and cs <= sl.start < praised[0].start for sl in view.slots)
    if from_occasion and not unnamed_thanker and not licenses_aid(rec.quantities) and rec.status != "pledged" \
            and not item_named(view, items_from, qend) and not _anaphor_recipient(view, cue.end, ce):
        # "... hỗ trợ xây dựng khuôn khổ pháp lý", "hỗ trợ các doanh nghiệp khởi nghiệp": help naming no item and no
        # amount, said within a meeting, was aid to the meeting's other side in 3 of its 26 records on the open sets.
        # Not where an item is named ("gạo", "hàng viện trợ": [AID.categories]), nor where the recipient is a state
        # named by an anaphor ("gửi viện trợ cho nước này": [AID] state_anaphors).
        # Not help named inside thanks by one the clause does not name ("Trong đó cảm ơn ... các bộ, ngành, địa phương
        # Việt Nam cũng có hình thức hỗ trợ", dev seed 004): the one who thanks receives it (guide), the occasion's side.
        return "party", "help naming no item and no amount, whose recipient only the occasion would give"
    rec.confidence = factor
    return None


def _right_after(cue: CueHit, gap: str) -> bool:
    """Whether a state after `gap` stands right after the cue for rule setting capital_only: nothing, "thủ đô", or
    only the rule's target_gap words between ("giúp nhân dân Lào", "giúp chính phủ và nhân dân Lào")."""
    gap = gap.strip()
    if gap in ("", "thủ đô"):
        return True
    return cue.rule.target_gap is not None and not cue.rule.target_gap.sub("", gap).strip(" ,")


def capital_after(view: View, end: int) -> list[str]:
    """The state of a capital right after an arrival verb ("đã được đưa tới New Delhi", "đã hạ cánh
    xuống thủ đô Jakarta"): the place a gift arrived in is its recipient, the place an envoy flew to
    its host (rule setting destination). Only there: elsewhere a capital after "đến/tới" is a
    destination of anything (a footballer's move)."""
    rx, codes, noun = capitals()
    if rx is None:
        return []
    m = rx.match(view.low, noun.match(view.low, end).end())  # (spaces and a place noun, or nothing)
    return [codes[fold(m.group(0)).lower()]] if m else []


def subsume_aid(records: list[Record], borrowed: set[int]) -> list[tuple[Record, Record]]:
    """A vague AID ("hình thức hỗ trợ"; one that counts only the ships or aircraft it sends, "gửi 3 tàu hàng ...,
    chở khoảng 4.000 tấn thực phẩm": `licenses_aid`) beside a specific one of the same giver and status is the same aid.

    Returns the (vague, specific) pairs folded, so the caller can say so."""
    folded: list[tuple[Record, Record]] = []
    aids = [r for r in records if r.type == "AID"]

    def rank(r: Record) -> int:  # 2: specific; 1: counts only vehicles or arms; 0: names nothing
        vague = (r.category == "other" or id(r) in borrowed) and not licenses_aid(r.quantities)
        return 1 if vague and r.quantities else 0 if vague else 2

    ranks = {id(r): rank(r) for r in aids}  # (worked out once: the fold moves mentions and counts, not categories)
    vague_ones = [r for r in aids if ranks[id(r)] < 2]
    for vague in vague_ones:
        for r in aids:
            if r is vague or r not in records or ranks[id(r)] <= ranks[id(vague)]:
                continue
            # "tiếp nhận lô vắc xin ... do Covax viện trợ": the same giver's vague aid to the same
            # recipients in the sentence is that aid, whatever verb's status it took.
            if r.source == vague.source and (r.status == vague.status or set(r.targets) == set(vague.targets)):
                r.mentions += vague.mentions
                if not r.quantities and set(r.targets) == set(vague.targets) and _carries(r):
                    # (vehicles counted alone are what is given: "gửi 2 máy bay chở ôxy" keeps its two aircraft; not
                    # another act's count, "chuyển giao 2 máy bay ... và viện trợ vắc xin cho Indonesia")
                    r.quantities = vague.quantities
                records.remove(vague)
                folded.append((vague, r))
                break
    return folded


def _carries(r: Record) -> bool:
    """Whether the AID's cue is a carrying verb ([AID] carrier_verbs: "chở"), by its rule's last field."""
    return r.rule.rsplit(":", 1)[-1] in lexicon().raw.get("AID", {}).get("carrier_verbs", [])


def protocol_gift(view: View, cue: CueHit) -> bool:
    """Whether the cue gives a gift to a person of office ("Giáo hoàng tặng Tổng thống Mỹ một cây ô liu", "tặng
    cho ông Trump một lá thư"): leaders' gifts at a meeting are protocol, not money, supplies or expertise. Only one
    object named right after the recipient ("một cây ô liu", "chiếc máy ảnh cổ": [AID] protocol_objects), or a gift
    named before the verb ("các món quà mà Giáo hoàng tặng ...": protocol_named_before); not a batch ("một lô vắc
    xin": protocol_batches; "trang thiết bị y tế ... cho một bệnh viện")."""
    gifts = _gift_patterns()
    if gifts is None:
        return False
    verbs, person, objects, named = gifts
    if not view.low[cue.start:cue.end].endswith(verbs) or person.match(view.low, cue.end) is None:
        return False
    if named.search(view.low, view.clause(cue.start)[0], cue.start) is not None:
        return True
    # the recipient: the first actor right after the verb ("cho ông" may stand between; view.slots are in order)
    recipient = next((sl for sl in view.slots if cue.end <= sl.start <= cue.end + _RECIPIENT_GAP), None)
    return recipient is not None and objects.match(view.low, recipient.end) is not None


_RECIPIENT_GAP = 10  # characters between a gift verb and its recipient (" cho ông ")


@lru_cache(maxsize=1)
def _gift_patterns() -> tuple[tuple[str, ...], re.Pattern[str], re.Pattern[str], re.Pattern[str]] | None:
    """[AID] gift_verbs (folded), a person of office or an honorific right after the verb (protocol_recipients, not
    protocol_not; "cho" may stand between), one object right after the recipient (protocol_objects, not before a
    protocol_batches word) and a gift named before the verb (protocol_named_before), compiled once (not per cue)."""
    aid = lexicon().raw.get("AID", {})
    verbs, people = aid.get("gift_verbs", []), aid.get("protocol_recipients", [])
    if not verbs or not people:
        return None
    person = re.compile(rf"\s+(?:cho\s+)?(?!(?:{alternation(aid.get('protocol_not', []))})(?![\w]))"
                        rf"(?:{alternation(people)})(?![\w])")
    objects = re.compile(rf"\s*[“\"]?(?:{alternation(aid.get('protocol_objects', []))})\s"
                         rf"(?!(?:{alternation(aid.get('protocol_batches', []))})\s)")
    named = re.compile(rf"(?:^|\s|“|\")(?:{alternation(aid.get('protocol_named_before', []))})(?:\s|”|\")")
    return tuple(fold(w) for w in verbs), person, objects, named
