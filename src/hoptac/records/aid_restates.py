"""AID sentences that restate an aid already recorded: no new record, more mentions of that one.

Split from rules.py for its length: an aid named again as its own purpose within its clause ("tài trợ 40 triệu
AUD để hỗ trợ Việt Nam mua vắc xin"), and a sentence opening on an anaphor that goes on about the aid of the
sentence before ("Số vắc xin này do Nhật Bản viện trợ", "Đây là lô ..."), which may give an arrival its giver.
"""

from __future__ import annotations

from hoptac.model import Record
from hoptac.records.aid import opens_on_anaphor
from hoptac.records.context import Context
from hoptac.records.cues import CueHit
from hoptac.records.modality import purpose_word
from hoptac.records.roles import View


def purpose_restates(view: View, cue: CueHit, rec: Record, aids: list[tuple[CueHit, Record]], borrowed: set[int]
                      ) -> tuple[CueHit, Record] | None:
    """The AID that `rec`, named as its purpose ("để", "nhằm": [modality] purpose), restates: an earlier one of its
    clause, of the same giver and recipients, that names an amount or a kind of its own ("Chính phủ Australia sẽ tài trợ
    40 triệu AUD để hỗ trợ Việt Nam mua vắc xin" is one aid, of 40 million AUD, not a second one of vaccine). Not one
    whose kind the next verb lent it (`borrowed`: "tài trợ thêm để hỗ trợ Campuchia mua máy thở" names its aid in the
    purpose), nor one to others ("tặng Việt Nam ... và tài trợ thêm để hỗ trợ Campuchia"). A vague one before it ("hỗ
    trợ để cung cấp 1 triệu liều") is folded the other way, into the specific purpose (`subsume_aid`)."""
    cs, _ce = view.clause(cue.start)
    if purpose_word(view, cs, cue.start) is None:
        return None
    return next(((c, r) for c, r in reversed(aids) if cs <= c.start and c.end <= cue.start and r.source == rec.source
                 and set(r.targets) == set(rec.targets)
                 and (r.quantities or (r.category not in (None, "other") and id(r) not in borrowed))), None)


def continues_aid(view: View, rec: Record, ctx: Context) -> bool:
    """An AID sentence that opens on an anaphor ("Số vắc xin này do Nhật Bản viện trợ", "Đây là lô
    ... do X viện trợ") goes on about the aid of the sentence before: it gives that aid its giver
    (an arrival that named none) or restates it. Either way it is no new record. The aid named again as a
    batch ("Lô viện trợ của Mỹ ...", aid.opens_on_anaphor "bare") only gives an arrival its giver, and only when
    it adds nothing of another batch."""
    kind = opens_on_anaphor(view)
    if kind is None:
        return False
    before = view.sentence.index - 1
    pending = ctx.pending_aid
    # A batch named again without "này" is this arrival only if it adds nothing of another: no amount, no pledge,
    # no day of its own ("Lô viện trợ của Mỹ trước đó đã được chuyển tới Việt Nam hôm 25/7" is another).
    same = kind == "this" or (pending is not None and not rec.quantities and rec.status != "pledged"
                              and rec.date in (None, pending.date))
    if pending is not None and pending.mentions[0].sentence == before and same:
        # (an arrival that named no recipient holds "other states" only: a recipient named here is more specific)
        vague = not pending.targets or set(pending.targets) == {"INTL"}
        pending.source, pending.targets = rec.source, (rec.targets or pending.targets) if vague else pending.targets
        pending.mentions += rec.mentions
        pending.confidence = rec.confidence
        ctx.pending_aid, ctx.last_aid = None, pending
        ctx.completed.append(pending)
        return True
    last = ctx.last_aid
    if kind == "this" and last is not None and last.mentions[-1].sentence == before \
            and set(last.source) == set(rec.source) and not rec.quantities:
        last.mentions += rec.mentions
        return True
    return False
