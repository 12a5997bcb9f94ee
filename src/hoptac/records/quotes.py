"""The speaker named after a quotation: '"Iran cũng cần phải chấm dứt ...", ông Trump nói'.

The press quotes first and names the speaker after the closing mark. An act inside the
quote that names no subject of its own is the speaker's, and a need the quote puts on
another state is the speaker's request to it. Only a quote that opens before the act and
closes after it counts, with the speaker right after the closing mark (a comma between
allowed) and a reporting verb ([speech]) right after the speaker.
"""

from __future__ import annotations

from hoptac.records.roles import Slot, View

_OPEN, _CLOSE = "“\"", "”\""
_SPEAKER_REACH = 60  # characters from the closing mark to the reporting verb


def quote_speaker(view: View, pos: int) -> list[Slot]:
    """The actors who say the quotation that holds `pos`, named after it; [] when there are none."""
    low = view.low
    # A quote that opened in an earlier sentence ('"... đổ vào Mỹ. Tôi muốn cảm ơn ...", ông Trump nói') has its
    # opening mark before this one: then the sentence holds only the closing mark.
    opened = max(low.rfind(q, 0, pos) for q in _OPEN)
    if opened < 0 and sum(low.count(q) for q in set(_OPEN + _CLOSE)) != 1:
        return []
    if opened >= 0 and any(low.find(q, opened + 1, pos) >= 0 for q in _CLOSE):
        return []  # the quote closed before the act
    closed = min((i for i in (low.find(q, pos) for q in _CLOSE) if i >= 0), default=-1)
    if closed < 0:
        return []
    after = closed + 1
    verb = next((s for s, _e in view.speech if after < s <= after + _SPEAKER_REACH), None)
    if verb is None:
        return []
    speakers = [sl for sl in view.slots if after <= sl.start and sl.end <= verb]
    # Between the mark and the speaker at most a title or an honorific ("ông", "Ngoại trưởng"), and between
    # the speaker and the verb at most two words ("đã", "cũng", "còn"): no clause of its own.
    if not speakers:
        return []
    lead, tail = low[after:speakers[0].start].strip(" ,"), low[speakers[-1].end:verb].strip()
    if len(lead.split()) > 3 or len(tail.split()) > 2 or any(p in lead + tail for p in ",.;:"):
        return []
    return speakers
