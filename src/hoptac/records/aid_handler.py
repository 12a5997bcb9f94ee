"""The AID handler: who gives what to whom, with its amounts, kind and status.

Split from handlers.py (which registers it by importing this module), as the MEASURE handler was: the
giver and recipient come from records/aid.py `fill_aid`; here, what the sentence's other verbs lend the
act (a chained verb's recipient or amount), and the guards that make a cue no aid (backing named right
after a SUPPORT, aid in noun form naming nothing, a protocol gift).
"""

from __future__ import annotations

from hoptac.records.aid import category, fill_aid, protocol_gift
from hoptac.records.aid_amounts import amounts, licenses_aid
from hoptac.records.aid_nouns import in_noun_form
from hoptac.records.context import Context
from hoptac.records.handlers import UNNAMED_SIDES, Candidate, Reason, SentenceState, _sides_unnamed, handler
from hoptac.records.window import objects, window_end


@handler("aid")
def aid(c: Candidate, ctx: Context, state: SentenceState) -> Reason:
    view, cue, cues, i = c.view, c.cue, c.cues, c.index
    objs = c.objs
    chained = cues[i + 1] if i + 1 < len(cues) else None
    if chained is not None and chained.type == "AID" and view.clause(chained.start) == view.clause(cue.start):
        # "viện trợ 140 triệu USD để hỗ trợ các nước đang phát triển": the purpose names the
        # recipient; "hình thức viện trợ và ... cung cấp vật tư": the next verb names the item.
        after = next((x.start for x in cues[i + 2:] if x.start >= chained.end), None)
        chain_end = window_end(view, chained, after)
        if not ctx.codes(objs):
            objs = objects(view, chained.end, chain_end, "AID")
    else:
        chain_end = c.qend
    reason = fill_aid(view, cue, c.rec, c.source, objs, ctx, c.qend, c.subj)
    if reason is not None:
        return reason
    prev = cues[i - 1] if i else None
    if prev is not None and prev.type == "SUPPORT" and c.rec.category == "other" and not licenses_aid(c.rec.quantities) \
            and view.low[prev.end:cue.start].strip(" ,") in ("", "và"):
        return "scope", "backing right after a SUPPORT ('ủng hộ, hỗ trợ để ...'): no aid named"
    if not c.rec.quantities and c.rec.category == "other" and chain_end > c.qend and chained is not None \
            and cue.rule.owner_words is None \
            and not any(sl.code and sl.code not in (*c.rec.source, *c.rec.targets)
                        for sl in view.slots if cue.end <= sl.start < chain_end):
        # "Chuyến tàu hàng viện trợ ... cho Qatar, chở khoảng 4.000 tấn thực phẩm": the next verb of the
        # same clause carries the amount of this act, when this one names no item of its own and no new
        # party stands in either ("viện trợ cho Timor-Leste và gửi thêm 100.000 liều ... cho Papua New
        # Guinea" are two acts).
        c.rec.quantities = amounts(view, cue.start, chain_end, carried=True)
        if c.rec.quantities:
            c.rec.category = category(view, cue.start, chain_end, c.rec.quantities)
    if c.rec.category == "other" and not c.rec.quantities and cue.rule.owner_words is None:
        # (not help named by its owner: "Với sự hỗ trợ của Mỹ, Việt Nam đã sản xuất thành công vaccine" gave no vaccine)
        c.rec.category = category(view, cue.start, max(chain_end, c.qend), [])
        state.borrowed.add(id(c.rec))
    if c.rec.category == "other" and not c.rec.quantities and in_noun_form(view, cue):
        return "scope", "aid in noun form ('sự hỗ trợ ...') naming no kind and no amount: only the SUPPORT of it " \
                        "stands (records/aid_nouns.py)"
    if not licenses_aid(c.rec.quantities) and protocol_gift(view, cue):
        return "guard", "one object given to a person of office, with no amount ('tặng Tổng thống Mỹ một cây ô liu'): " \
                        "protocol, no aid"
    if c.rec.confidence:
        if c.rec.confidence < 1 and _sides_unnamed(c, c.rec.source):
            return "party", UNNAMED_SIDES
        c.conf *= c.rec.confidence
        if c.rec.confidence < 1:
            c.why += "; targets: the event's other participants or the previous aid's, not named"
    return None
