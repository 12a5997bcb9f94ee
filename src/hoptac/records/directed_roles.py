"""Who asks and who is asked, backed or praised, where the verb alone does not say it.

The directed handler (records/handlers.py) calls these for the rule settings that
name another reading of its roles: an obligation ("X cần ..."), said by a speaker, asks
X; a request named by its noun ("theo đề nghị của X") is its owner's; praise of a thing
goes to the thing's owner. Kept apart from the handlers so each stays readable.
"""

from __future__ import annotations

import re
from functools import lru_cache
from typing import TYPE_CHECKING

from hoptac.records.aid import markers
from hoptac.records.cues import CueHit, alternation, lexicon, spans
from hoptac.records.context import Context
from hoptac.records.quotes import according_to, quote_speaker
from hoptac.records.roles import Slot, View
from hoptac.records.subjects import free, subject
from hoptac.text.normalise import fold

if TYPE_CHECKING:
    from hoptac.records.handlers import Candidate, Reason

_SPEAKER_GAP = 15  # characters between a speaker and the reporting verb ("còn", "cũng", "đã")


def close_targets(c: Candidate) -> list[Slot]:
    """The targets right after the cue, each at most the rule's gap words after the one before
    ("ủng hộ mạnh mẽ Ấn Độ và Nepal"); the first that is not ends the list."""
    gap, last, out = c.cue.rule.target_gap, c.cue.end, []
    objs = sorted(c.objs, key=lambda sl: sl.start)
    if _owner_first(c, objs):  # "sự ủng hộ của Nhật Bản đối với Việt Nam": the owner backs, the one after is backed
        objs, last = objs[1:], objs[1].start  # (the owner_then words stand between)
    for o in objs:
        if out and (o.start, o.end) == (out[-1].start, out[-1].end):
            out.append(o)  # another state the same words stand for ("ủng hộ đối với các nước này")
            continue
        if o.start < last or gap.sub("", c.view.low[last:o.start]).strip(" ,"):  # type: ignore[union-attr]
            break
        out.append(o)
        if re.search(r"(?:^|\s)của\s*$", c.view.low[last:o.start]):
            break  # the owner of what is backed ("chính sách của Mỹ đối với Trung Quốc"): what follows is its object
        last = o.end
    return out


_OWNER_WORDS = 3  # words between "của" and the owner ("của chính quyền Tổng thống Joe Biden")


def _owner_first(c: Candidate, objs: list[Slot]) -> bool:
    """Whether the act in noun form names its owner right after the cue (the first of `objs`) and then its object
    ("khẳng định sự ủng hộ của chính quyền Tổng thống Joe Biden đối với Ukraine"; the rule's `owner_then` words
    stand between). The owner is then no target; the object after it is the first."""
    then = c.cue.rule.owner_then
    if then is None or len(objs) < 2:
        return False
    low = c.view.low
    lead = low[c.cue.end:objs[0].start].split()
    if not lead or lead[0] != "của" or len(lead) > 1 + _OWNER_WORDS or not objs[0].code:
        return False
    return then.fullmatch(low[objs[0].end:objs[1].start].strip(" ,")) is not None


def obliged(c: Candidate, ctx: Context) -> Reason:
    """'Ông Ryabkov cho rằng hai nước cần giải quyết ...': the one said to need to act, right before the
    cue, is the target; the speaker (the subject of the reporting verb before it) asks."""
    view, subj = c.view, c.subj
    if not subj or c.carried or not 0 <= c.cue.start - subj[-1].end <= 12:  # (rules._OBLIGED_GAP tests it first)
        return "party", "no state right before the obligation"
    said = [s for s, e in view.speech if e <= subj[0].start]
    # A warning or advice reports too ([REQUEST.obligation] speech), but only as a verb with its speaker right
    # before it: the noun ("sau những cảnh báo của Mỹ, Triều Tiên cần ...") leaves the verb of speech before it.
    warned = [s for s, e in spans(c.cue.rule.speech, view.low) if e <= subj[0].start and (not said or s > said[-1])]
    # The speaker stands right before the reporting verb ("Tổng thống al-Assad còn cho biết"): an actor
    # further back may be inside a relative clause ("quyết định mà Tổng thống Mỹ đưa ra ... cho rằng").
    speaker = []
    for verb in [*warned[-1:], *said[-1:]]:
        speaker = [sl for sl in subject(view, verb) if 0 <= verb - sl.end <= _SPEAKER_GAP]
        if speaker:
            break
    if not speaker and not said:  # '"Iran cũng cần phải chấm dứt ...", ông Trump nói': the speaker after the quote
        speaker = quote_speaker(view, c.cue.start)
    # ("Theo ông Tập, 2 nước cần ...", "Theo một thông cáo của Nhà Trắng, tất cả các quốc gia cần ...")
    according = [x for x in ctx.codes(according_to(view, c.cue.start)) if x != "INTL"] if not speaker else []
    according = according if len(set(according)) == 1 else []
    predicted = tuple(" " + w for w in _roles_words("predicted"))  # [roles] predicted: " sẽ ", " sẽ buộc "
    if predicted and view.low[:c.cue.start].endswith(predicted) and (
            warned or _roles_regex("threat_objects").match(view.low, c.cue.end) is not None
            or any(_roles_regex("forecast_speech").match(view.low, s) is not None for s in said[-1:])):
        # "Nga cảnh báo Mỹ sẽ phải hứng chịu hậu quả", "Triều Tiên sẽ phải trả giá đắt", "cho rằng Mexico sẽ phải trả
        # ít tiền hơn": what a state is going to have to do, after a warning, a threat or in a forecast, asks nothing
        # (a statement or an order, "cho biết ... sẽ phải rời khỏi Bahrain", still asks).
        return "modality", "what a state will have to do, warned, threatened or forecast ('sẽ phải'): no request"
    source = [x for x in ctx.codes(speaker) if x != "INTL"] or according[:1]
    targets = [x for x in c.source if x not in source]
    if not source or not targets:
        return "party", "no speaker of another state says it"
    c.rec.source, c.rec.targets = source, targets
    c.why = f"source: the {'speaker the sentence opens on Theo with' if according else 'speaker'}; target: the state " \
        "said to need to act"
    return None


def owned(c: Candidate, ctx: Context) -> Reason:
    """'nhất trí với lời kêu gọi của Mỹ', 'theo đề nghị của Ấn Độ': a request named by its noun, with its
    owner right after 'của'. The owner asked; the one who answers it (the clause's subject) was asked."""
    # An owner named by a title alone ("Bộ Tư pháp") takes the home state by default: in a story about
    # another state's court and ministry that is a guess, not a request between states.
    owners = [o for o in close_targets(c) if o.actor is None or not o.actor.rule.startswith("title default")]
    fronted = _fronted(c)
    if fronted:
        owners = _listed(c.view, owners)
    source = [x for x in ctx.codes(owners) if x != "INTL"]
    if not source:
        return "party", "no state named right after the request's noun"
    # Not a subject carried from before, nor one fronted after the cue: "Nhận lời mời của X, Y thăm ..."
    # opens a visit (its protocol, no request); nor one before a comma after which [roles] protocol_answers opens the
    # phrase ("Theo Cổng TTĐT Chính phủ, nhận lời mời của ..., Chủ tịch nước ... thăm": a source credited, the same
    # protocol; "..., theo yêu cầu của Mỹ" still answers one).
    comma = c.view.low.rfind(",", 0, c.cue.start)
    roles = lexicon().raw.get("roles", {})
    opener = comma >= 0 and c.view.low[comma + 1:c.cue.start].strip() in roles.get("protocol_answers", []) \
        and any(w in c.view.low[c.cue.start:c.cue.end] for w in roles.get("protocol_invitations", []))
    before = not c.carried and bool(c.subj) and c.subj[-1].end <= c.cue.start \
        and not (opener and c.subj[-1].end <= comma)
    targets = [x for x in c.source if x not in source] if before else []
    why = "source: the owner named after the request's noun; target: the one who answers it"
    if not targets and fronted and (answer := _answerer(c.view, owners)):
        targets = [x for x in ctx.codes(answer) if x not in source and x != "INTL"]
        why = "source: the owner of the request that opens the sentence; target: who acts after its comma"
    if not targets:
        return "party", ("nobody of another side acts after the comma that closes the request" if fronted
                         else "nobody of another side named before it answers the request")
    c.rec.source, c.rec.targets = source, targets
    c.why = why
    return None


@lru_cache(maxsize=None)
def _roles_regex(key: str) -> re.Pattern[str]:
    """[roles] `key` as whole words after optional spaces, matched at a position (one that never matches when empty)."""
    return re.compile(rf"\s*(?:{alternation(lexicon().raw.get('roles', {}).get(key, []))})(?![\w])")


@lru_cache(maxsize=None)
def _roles_words(key: str) -> tuple[str, ...]:
    """[roles] `key`, folded, each followed by a space (read once per list, not per candidate)."""
    return tuple(fold(w) + " " for w in lexicon().raw.get("roles", {}).get(key, []))


def _fronted(c: Candidate) -> bool:
    """Whether a request named after a [roles] fronted_request_leads word ("theo") opens the sentence ("Theo yêu
    cầu của Séc, ..."); not "Nhận lời mời của X, Y thăm ...", which opens a visit (its protocol)."""
    low = c.view.low
    return low[c.cue.start:c.cue.end].startswith(_roles_words("fronted_request_leads")) \
        and not low[:c.cue.start].strip(" \"“”'-–")


def _listed(view: View, owners: list[Slot]) -> list[Slot]:
    """The owners of a fronted request up to the one joined by a [roles] list_end word ("và": "Theo yêu cầu của
    Latvia, Litva, Estonia và Ba Lan, NATO ..."), or the first alone when none is ("Theo yêu cầu của Séc, Nga
    ..."): the comma after the list opens the clause that answers it."""
    ends = _roles_words("list_end")
    for i in range(1, len(owners)):
        gap = " " + " ".join(view.low[owners[i - 1].end:owners[i].start].replace(",", " ").split()) + " "
        if any(f" {w}" in gap for w in ends):
            return owners[:i + 1]
    return owners[:1]


def _answerer(view: View, owners: list[Slot]) -> list[Slot]:
    """Who answers a fronted request ('Theo yêu cầu của Latvia, ..., NATO sẽ bố trí ...', 'Theo đề nghị từ
    phía chính phủ Indonesia, chúng tôi điều động ...", ông Kirby nói'): the first actor standing free after
    the comma that closes the owners, or the speaker of a quote said in the first person ([roles] first_person)."""
    comma = view.low.find(",", owners[-1].end) if owners else -1
    if comma < 0:
        return []
    if view.low[comma + 1:].lstrip(" \"“").startswith(_roles_words("first_person")):
        return quote_speaker(view, comma + 1)
    return [sl for sl in view.slots if sl.start > comma and sl.code and free(view, sl)][:1]


_OWNER_REACH = 80  # characters from the praise to the word that names the praised thing's owner


def praised_owner(c: Candidate, ctx: Context) -> list[str]:
    """'đánh giá cao sự hợp tác và hỗ trợ kỹ thuật mà ASEAN ...', 'biết ơn về sự ủng hộ ... mà các nhà
    lãnh đạo Campuchia đã dành cho ...': the owner of the praised thing, named after an owner word
    ([AID.markers] praised_owner) past a cue that cut the praise's window, is whom the praise goes to."""
    view = c.view
    _cs, ce = view.clause(c.cue.start)
    if c.cue.rule.owner_words is not None:
        return _backed_owner(c, ctx, c.cue.rule.owner_words)
    word = re.compile(r"(?:^|\s)(?:" + markers().get("praised_owner", markers()["owner"]) + r")\s")
    m = word.search(view.low, c.cue.end, min(ce, c.cue.end + _OWNER_REACH))
    if m is None:
        return []
    owner = [sl for sl in view.slots if sl.code and m.end() <= sl.start < min(ce, m.end() + 60)][:1]
    # A preposition between the owner word and the actor makes the actor another role ("màn ra mắt của
    # U20 Việt Nam trước New Zealand").
    if owner and re.search(r"(?:^|\s)(?:" + markers().get("not_owner", "(?!)") + r")\s", view.low[m.end():owner[0].start]):
        return []
    return [x for x in ctx.codes(owner) if x not in c.source]


@lru_cache(maxsize=None)
def _owned_phrase(words: int) -> re.Pattern[str]:
    """One to `words` words, then "của" (the backed thing and its owner word)."""
    return re.compile(r"((?:\s+[^\s,;.]+){1,%d}?)\s+của\s" % words)


@lru_cache(maxsize=1)
def _backs_no_owner() -> re.Pattern[str] | None:
    """The opening of a backed phrase that backs nobody named after its "của" ([roles] backs_no_owner, after at most
    two of backs_no_owner_leads: an act against the owner's thing, its people's protests); any white space between a
    phrase's words."""
    roles = lexicon().raw.get("roles", {})
    words, leads = roles.get("backs_no_owner", []), roles.get("backs_no_owner_leads", [])
    if not words:
        return None
    spaced = lambda phrases: alternation(phrases).replace(r"\ ", r"\s+")  # noqa: E731 (re.escape writes "\ ")
    return re.compile(rf"\s*(?:(?:{spaced(leads)})\s+){{0,2}}(?:{spaced(words)})\s")


def _backed_owner(c: Candidate, ctx: Context, words: int) -> list[str]:
    """'ủng hộ các lệnh trừng phạt của Séc', 'ủng hộ vai trò hòa giải của Kuwait': what is backed is a short noun
    phrase, and its owner, right after "của", is backed. Not where the backing is itself a noun named after "sự" or
    "hành động", nor where "của" follows it with nothing backed between ('sự ủng hộ của Quốc hội Mỹ': the owner
    backs; at least one word must stand before "của"), where the phrase says nothing but how ('ủng hộ mạnh mẽ của'),
    nor where it is a group of or against that state (rule setting owner_not: 'lực lượng đối lập của Syria')."""
    view, cue = c.view, c.cue
    _cs, ce = view.clause(cue.start)
    if re.search(r"(?:^|\s)(?:sự|hành động|những hành động)\s*$", view.low[max(0, cue.start - 20):cue.start]):
        return []
    m = _owned_phrase(words).match(view.low, cue.end, ce)
    if m is None:
        return []
    phrase = m.group(1)
    if cue.rule.target_gap is not None and not cue.rule.target_gap.sub("", phrase).strip(" ,"):
        return []
    if cue.rule.owner_not is not None and cue.rule.owner_not.search(phrase):
        return []
    if (none := _backs_no_owner()) is not None and none.match(phrase):
        return []
    owner = [sl for sl in view.slots if sl.code and m.end() <= sl.start < ce
             and len(view.low[m.end():sl.start].split()) <= _OWNER_WORDS][:1]
    return [x for x in ctx.codes(owner) if x not in c.source]


def listed_with(view: View, objs: list[Slot]) -> list[Slot]:
    """The actors coordinated right after the first of `objs` ("Nga và Trung Quốc", "Nga, Ấn Độ và Trung Quốc",
    "Mỹ-Hàn", "Mỹ - Hàn Quốc"), also past an aside in brackets or between dashes and the actors inside it ("Trung
    Quốc - một đối tác ... của Bình Nhưỡng - cùng với Nga", "Trung Quốc (đồng minh ... của Triều Tiên) và Nga"),
    after which a word must join them (a comma may start other matter: "..., Nhật Bản thì im lặng"). The
    sentence's actors, in the first's clause: the aside may put a coordinated one beyond the cue's window."""
    out, last, joins = [], objs[0].end, _JOINS
    _cs, ce = view.clause(objs[0].start)
    for sl in sorted((x for x in view.slots if last <= x.start < ce and (x.code or x.group)), key=lambda x: x.start):
        if sl.start < last:
            continue  # inside the aside just passed
        opened = _ASIDE_OPEN.match(view.low, last, sl.start)
        if opened and opened.end() < sl.start:  # (an actor right after a dash is a pair: "Mỹ - Hàn Quốc")
            close = _ASIDE_CLOSE[opened.group(1)[0]].search(view.low, opened.end(), min(ce, opened.end() + _ASIDE_LONGEST))
            if close is not None:
                last, joins = close.end(), _WORD_JOINS
                if sl.start < last:
                    continue
        gap = view.low[last:sl.start]
        if gap.strip(" ,") not in joins or (joins is _WORD_JOINS and "," in gap):
            break
        out.append(sl)
        last, joins = sl.end, _JOINS
    return out


_JOINS = ("", "và", "cùng", "cùng với", "-")
_WORD_JOINS = ("và", "cùng", "cùng với")
# An aside after an addressee opens on a bracket or a spaced dash and closes, on the same, within _ASIDE_LONGEST
# characters.
_ASIDE_OPEN = re.compile(r"\s*(\(|-\s)")
_ASIDE_CLOSE = {"(": re.compile(r"\)"), "-": re.compile(r"\s-(?=\s)")}  # (keyed by the opening's first character)
_ASIDE_LONGEST = 100


def owner_at(view: View, cue: CueHit, subj: list[Slot]) -> list[Slot]:
    """The owner of what was said or done at the contact ("thông điệp của X tại cuộc gặp với Y"): an actor of the
    cue's clause right after "của" and a thing said ([roles] at_contact_said), with only a [roles] at_contact word
    between it and the cue. The owner of a topic ("chương trình hạt nhân của Triều Tiên trong cuộc trao đổi với
    ...") takes no part."""
    rx = _at_contact()
    if rx is None:
        return []
    cs = view.clause(cue.start)[0]
    return [sl for sl in view.slots if cs <= sl.start < cue.start and sl not in subj and sl.code
            and rx[0].search(view.low, cs, sl.start) is not None and rx[1].fullmatch(view.low[sl.end:cue.start])]


@lru_cache(maxsize=1)
def _at_contact() -> tuple[re.Pattern[str], re.Pattern[str]] | None:
    """[roles] at_contact_said (a thing said or done, right before "của" and the owner) and at_contact (the word
    between the owner and the contact's cue), compiled once."""
    roles = lexicon().raw.get("roles", {})
    said, at = roles.get("at_contact_said", []), roles.get("at_contact", [])
    if not said or not at:
        return None
    return re.compile(rf"(?:^|\s)(?:{alternation(said)}) của $"), re.compile(rf"\s+(?:{alternation(at)})\s+")


# Syllables between a directed cue and the own side named as its object ("và ... những nỗ lực, đóng góp của").
_OWN_SIDE_WORDS = 8


def own_side_named(c: Candidate, obj: Slot) -> bool:
    """Whether the first one named after a directed cue is of the actor's own side, with no name the lexicon
    does not know before it ("mời Tổng thống A. Lukashenko thăm Việt Nam": the invitee is unknown, Việt Nam the
    place) and no [roles] destination word right before it ("hoan nghênh việc đoàn sang Lào")."""
    if not obj.code or obj.code not in c.source:
        return False
    # Close after the verb, other cues aside ("biểu dương và đánh giá cao những nỗ lực ..."): "gửi điện thăm hỏi từ
    # rất sớm và các bộ, ngành, địa phương Việt Nam cũng có ..." names the own side in the next clause.
    text, cut = c.view.text, c.cue.end
    between = []
    for other in [x for x in c.cues if c.cue.end <= x.start and x.end <= obj.start] + [None]:
        between += text[cut:other.start if other else obj.start].split()
        cut = other.end if other else cut
    if len(between) > _OWN_SIDE_WORDS or any(w[:1].isupper() for w in between):
        return False
    dest = lexicon().raw.get("roles", {}).get("destination", [])
    return not any(c.view.low[:obj.start].rstrip().endswith(" " + w) for w in dest)
