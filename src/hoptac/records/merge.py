"""Merge restatements within a document: one record per event, every mention kept.

The guide's key: same type, same actors (participants as a set; source and
targets with direction), same date, and for CONSULT the mode, for AGREE the
quantities (a deal's), for AID status and quantities, for MEASURE the measure.
A lead and its restatement become one record; two calls on different days stay
two; the agreements one sentence states of the same parties are one.
"""

from __future__ import annotations

from typing import Any

from hoptac.model import Document, Drop, Quantity, Record
from hoptac.records.cues import lexicon, lower, spans
from hoptac.records.types import record_types


def _key(r: Record, dated: bool = True) -> tuple[Any, ...]:
    """Type, actors (by the type's roles), date and the type's `merge_on` fields (types.toml);
    `dated=False` leaves the date out (for folding undated restatements)."""
    declared = record_types().get(r.type)
    if declared is not None and declared.roles == "participants":
        actors: tuple[Any, ...] = (frozenset(r.participants),)
    else:
        actors = (frozenset(r.source), frozenset(r.targets))
    extra: list[Any] = []
    for name in declared.merge_on if declared else ():
        if name == "quantities":
            extra.append(frozenset(_amounts(r.quantities)))
        else:
            extra.append(getattr(r, name))
    return (r.type, *actors, r.date if dated else None, *extra)


def merge_records(doc: Document) -> Document:
    """Fold records that state the same event into the first, keeping every mention.

    The mentions and actors each record already holds are kept in sets beside it, so
    an event restated many times costs one look-up per restatement, not a rescan."""
    merged: dict[tuple[Any, ...], tuple[Record, set[tuple[int, str]], set[tuple[int, int]]]] = {}
    out: list[Record] = []
    for r in doc.records:
        k = _key(r)
        if k not in merged:
            merged[k] = (r, {(m.sentence, m.rule) for m in r.mentions}, {(a.start, a.end) for a in r.actors})
            out.append(r)
            continue
        first, seen, have = merged[k]
        running = bool(first.quantities and r.quantities) and _running_total(doc, first, r)  # (before its mentions join)
        m = r.mentions[0] if r.mentions else None
        doc.drops.append(Drop(r.type, r.rule, m.sentence if m else -1, m.start if m else -1, m.end if m else -1,
                              r.rule.split(":", 3)[-1], "merge",
                              f"the same event as the record of sentence {first.mentions[0].sentence if first.mentions else '?'}"
                              " (type, actors, date and the type's merge fields agree)"))
        new_mentions = [x for x in r.mentions if (x.sentence, x.rule) not in seen]
        first.mentions += new_mentions
        seen.update((x.sentence, x.rule) for x in new_mentions)
        first.confidence = max(first.confidence, r.confidence)
        new_actors = [a for a in r.actors if (a.start, a.end) not in have]
        first.actors += new_actors
        have.update((a.start, a.end) for a in new_actors)
        if first.category == "other" and r.category not in (None, "other"):
            first.category = r.category
        if not first.quantities and r.quantities and first.date is not None:
            # (quantities are no merge field of this type, or both would have none) "3 ca mắc mới ... được
            # cách ly" then "Hiện 3 trường hợp đã được cách ly": a restatement of the same dated act that counts
            # gives the count. Undated records share their key across the whole document: no count moves there.
            first.quantities = list(r.quantities)
        elif running:
            have_q = _amounts(first.quantities)
            units = {q.unit for q in first.quantities}
            first.quantities = [*first.quantities, *(q for q in r.quantities if q.unit in units
                                                      and _amount(q) not in have_q)]
    doc.records = _fold_deals_of_a_sentence(doc, _fold_vague_aid(doc, _fold_undated(doc, out)))
    return doc


def _running_total(doc: Document, first: Record, r: Record) -> bool:
    """Whether `r` gives the running total of the figure `first` counts: a measure restated in the very next sentence
    with a word of [MEASURE] running_total ("Trong ngày 25/4, có thêm 10.660 người được tiêm chủng ... Như vậy, ...
    tổng cộng đã thực hiện tiêm vắc xin ... cho 209.632 người"). The guide keeps a daily figure and its running total
    as two quantities of one record."""
    if r.type != "MEASURE" or first.date is None or not first.mentions or not r.mentions:
        return False  # (undated records share their key across the whole document)
    k = r.mentions[0].sentence
    said = {m.sentence for m in first.mentions}
    if len(said) != 1 or k != min(said) + 1 or not 0 <= k < len(doc.sentences):
        return False  # (one total, right after the figure's own sentence: no chain of totals)
    sent = doc.sentences[k]
    return bool(spans(lexicon().words.get("running_total"), lower(doc.normalised(sent.start, sent.end)[0])))


def _fold_deals_of_a_sentence(doc: Document, records: list[Record]) -> list[Record]:
    """The AGREEs of one sentence with the same parties and date are one agreement stated once ("... thông báo nhất
    trí hợp đồng mua 5 trực thăng ... của Nga", "ký hợp đồng mua 2 tàu khu trục ... và hợp đồng mua 12 máy bay FA-50"):
    the later ones, stated in that sentence alone, fold into the first with their counts (the amounts, a merge
    field of AGREE, kept them apart). In another sentence an agreement may be another one."""
    first: dict[tuple[int, frozenset[str], str | None], Record] = {}
    out: list[Record] = []
    for r in records:
        sentences = {m.sentence for m in r.mentions}
        if r.type != "AGREE" or len(sentences) != 1:
            if r.type == "AGREE":
                for k in sentences:
                    first.setdefault((k, frozenset(r.participants), r.date), r)
            out.append(r)
            continue
        key = (sentences.pop(), frozenset(r.participants), r.date)
        into = first.setdefault(key, r)
        if into is r:
            out.append(r)
            continue
        seen = _amounts(into.quantities)
        into.quantities += [q for q in r.quantities if _amount(q) not in seen]
        _fold_into(doc, r, into, f"the agreement of sentence {key[0]} stated there once more")
    return out


def _fold_vague_aid(doc: Document, records: list[Record]) -> list[Record]:
    """An AID that names no amount and no kind of aid ("Chuyến hàng ... cứu trợ khẩn cấp từ Mỹ đã tới Ấn Độ!")
    restates the one specific AID of the same giver, recipient and status (with amounts), on its day or
    undated: it folds into it (records.aid.subsume_aid does the same within a sentence)."""
    def side(r: Record) -> tuple[Any, ...]:
        return frozenset(r.source), frozenset(r.targets), r.status
    specific: dict[tuple[Any, ...], list[Record]] = {}
    for r in records:
        if r.type == "AID" and r.quantities:
            specific.setdefault(side(r), []).append(r)
    out: list[Record] = []
    for r in records:
        same = specific.get(side(r), []) if r.type == "AID" and not r.quantities and r.category in (None, "other") \
            and "null marker" not in r.date_reason else []
        same = [x for x in same if r.date is None or x.date == r.date]
        if len(same) != 1:
            out.append(r)
            continue
        _fold_into(doc, r, same[0], "a vague restatement (no amount, no kind) of the AID of sentence "
                   f"{_sentence_of(same[0])} with its amounts")
    return out


def _sentence_of(r: Record) -> int | str:
    return r.mentions[0].sentence if r.mentions else "?"


def _fold_into(doc: Document, r: Record, first: Record, why: str) -> None:
    """Fold the restatement `r` into `first`: a merge drop saying `why`, its mentions and confidence kept."""
    m = r.mentions[0] if r.mentions else None
    doc.drops.append(Drop(r.type, r.rule, m.sentence if m else -1, m.start if m else -1, m.end if m else -1,
                          r.rule.split(":", 3)[-1], "merge", why))
    seen = {(y.sentence, y.rule) for y in first.mentions}
    first.mentions += [x for x in r.mentions if (x.sentence, x.rule) not in seen]
    first.confidence = max(first.confidence, r.confidence)


def _fold_undated(doc: Document, records: list[Record]) -> list[Record]:
    """An undated restatement (a headline, a lead, "hai bên đã nhất trí ...") of the one dated
    record of the same act folds into it. A record the text places before the report ("vừa qua":
    a null marker) is another event and stays."""
    # The lead is the same first sentences that belong to the body's occasion (cues.toml [context]).
    lead_sentences = int(lexicon().raw.get("context", {}).get("occasion_lead_sentences", 3))
    dated: dict[tuple[Any, ...], list[Record]] = {}
    for r in records:
        # A record whose targets were taken from the event, not named, is too unsure to absorb others.
        inferred = any("event's other participants" in m.reason for m in r.mentions)
        if r.date is not None and not inferred:
            dated.setdefault(_key(r, dated=False), []).append(r)
    out: list[Record] = []
    for r in records:
        # Only a restatement folds: a lead (the first sentences), one that says no more (no amount), or a sentence the
        # page prints twice, word for word, once within the dated occasion ("cách ly toàn bộ thôn ... với 320 hộ, 1068
        # nhân khẩu"). Amounts alone tell no repeat: another lot, another village or an earlier wave may count the same.
        lead = bool(r.mentions) and r.mentions[0].sentence < lead_sentences
        restates = r.date is None and "null marker" not in r.date_reason
        same = dated.get(_key(r, dated=False), []) if restates else []
        if not lead and r.quantities:
            same = [x for x in same if _printed_twice(r, x)]
        if len({x.date for x in same}) != 1:
            out.append(r)
            continue
        _fold_into(doc, r, same[0], f"an undated restatement of the record of {same[0].date} "
                   f"(sentence {_sentence_of(same[0])})")
    return out


def _printed_twice(r: Record, dated: Record) -> bool:
    """Whether the undated record `r` stands on a sentence that is word for word one of `dated`'s (case and spacing
    aside), with the same amounts: the page repeats the paragraph."""
    said = {_words(m.text) for m in dated.mentions}
    return bool(r.mentions) and _words(r.mentions[0].text) in said \
        and _amounts(r.quantities) == _amounts(dated.quantities)


def _words(text: str) -> str:
    return " ".join(text.split()).lower()


def _amount(q: Quantity) -> tuple[float, str, str]:
    """A quantity as records are told apart by it: value (to two places), unit and qualifier, not its item."""
    return round(q.value, 2), q.unit, q.qualifier


def _amounts(quantities: list[Quantity]) -> set[tuple[float, str, str]]:
    return {_amount(q) for q in quantities}
