"""Review of stop 64 (the learned proposer of missed meetings and agreements, records/proposer.py).

Corpus sentences are Dân trí's (2021, news_*) and Báo Mới's (2017, baomoi_*), each marked with its article, whole or
shortened. Each test asserts what the annotation guide asks (or a project principle) and fails on the change for the
reason its comment gives. A fault older than the change is marked xfail(strict=True).
"""

from __future__ import annotations

import json
from itertools import combinations

import pytest

from hoptac import extract
from hoptac.model import Document
from hoptac.pipeline import Pipeline, default_stages
from hoptac.records.proposer import Proposer, TypeModel, candidates, propose_records, shipped
from test_records import run_doc

# A proposer that proposes every candidate (p = 0.5 at a threshold of 0.5): the mechanisms around the model (one record
# per occasion, mode, date, the rules' guards) are tested with it, whatever the shipped weights learnt.
EAGER = Proposer({t: TypeModel({}, 0.0, 0.5, line=1) for t in ("CONSULT", "AGREE")})


def _proposed(text: str, published: str | None = None, kind: str | None = None, proposer: Proposer | None = None):
    """The proposed records of the text: by the shipped proposer, or by `proposer` after the other stages."""
    if proposer is None:
        doc = extract(text, published=published)
    else:
        stages = Pipeline([(n, s) for n, s in default_stages(keys=False) if n != "propose"])
        doc = propose_records(stages(Document(text=text, id="text", reader="text", published=published)), proposer)
    return [r for r in doc.records if r.rule.endswith(".learned:") and (kind is None or r.type == kind)]


def _jaccard(a, b) -> float:
    a, b = set(a), set(b)
    return len(a & b) / len(a | b)


# -- one record per event ----------------------------------------------------------------------------------------------
# propose_records deduplicates on the exact (type, set of codes), and candidates() only looks at the rules' records:
# two sentences of one story naming {USA, VNM} and {USA, VNM, INTL} give two records of one summit (guide, "One record
# per event"; the scorer's matching, Jaccard >= 0.5, counts the second as a false positive). On the first 20,000 Báo Mới
# articles 186 pairs of proposed records in one document are such near-duplicates (of 630 proposed).

SUMMIT = [  # corpus (news_business_056): the lead and the next sentence
    "Nhận lời mời của Tổng thống Mỹ Joe Biden, tối 23/4, Chủ tịch nước Nguyễn Xuân Phúc đã có bài phát biểu quan trọng "
    "về chủ đề \"Các lợi ích kinh tế của Hành động Khí hậu\" tại Hội nghị thượng đỉnh về Khí hậu, được tổ chức theo hình "
    "thức trực tuyến trong hai ngày 22 và 23/4.",
    "Đánh giá cao Mỹ quay trở lại Thỏa thuận Paris về biến đổi khí hậu, Chủ tịch nước cho biết, biến đổi khí hậu hiện là "
    "thách thức rất lớn đối với sự tồn vong của nhiều quốc gia và toàn cầu.",
]


def test_one_summit_gives_one_proposed_meeting() -> None:
    recs = _proposed("\n".join(SUMMIT), "2021-04-24", "CONSULT", EAGER)
    assert recs, "the proposer no longer proposes the summit (then this test says nothing)"
    twins = [(a.participants, b.participants) for a, b in combinations(recs, 2)
             if _jaccard(a.participants, b.participants) >= 0.5]
    assert twins == [], twins


# -- mode ----------------------------------------------------------------------------------------------------------------
# _mode() takes the mode of a CONSULT cue in the sentence, else 'meeting'. An online summit (guide: "an event another
# party joins online is video"), a letter (guide: "message (điện, thư, công hàm)"; "A formal letter ... to another
# state's authorities is a CONSULT of mode message") and a conference of dozens of states are not meetings, and
# "đến Bắc Kinh dự hội nghị" is a conference, not a visit.

BRF_LEAD = ("Ấn Độ không cử phái đoàn chính thức đến dự Diễn đàn \"Vành đai và Con đường\" do Trung Quốc tổ chức, "
            "đồng thời cảnh báo các nước có thể mắc gánh nặng nợ nếu tham gia.\n")


@pytest.mark.parametrize("text, published, mode", [
    (SUMMIT[0], "2021-04-24", "video"),  # corpus (news_business_056)
    # corpus (news_world_216): an ultimatum letter
    ("Quyết định trên được đưa ra sau khi Séc gửi \"tối hậu thư\" đề nghị Nga rút lại lệnh trục xuất 20 nhà ngoại giao "
     "Séc.", "2021-04-23", "message"),
    # corpus (baomoi_22741901): a letter to the UN human rights chief
    ("Trong thư phản hồi Liên hợp quốc (LHQ) liên quan đến việc các nước Arab yêu cầu đóng cửa kênh truyền hình "
     "Al-Jazeera của Qatar công bố ngày 12/7, Ngoại trưởng UAE Anwar Gargash đã gửi một bức thư tới Cao ủy LHQ về nhân "
     "quyền Zeid Ra'ad al-Hussein, trong đó nhấn mạnh rằng Al-Jazeera đã nhiều lần vượt qua ngưỡng kích động thù địch, "
     "bạo lực và phân biệt đối xử.", None, "message"),
])
def test_a_proposed_meeting_takes_the_mode_its_sentence_states(text: str, published: str | None, mode: str) -> None:
    recs = _proposed(text, published, "CONSULT", EAGER)
    assert recs, "nothing proposed (then this test says nothing)"
    assert [r.mode for r in recs] == [mode] * len(recs), [(r.participants, r.mode) for r in recs]


# -- dates ---------------------------------------------------------------------------------------------------------------
# _date() takes the sentence's first day only when its value has no 'X': with no publication date (Báo Mới's records
# carry none) "hôm 14/5" is XXXX-05-14, which the guide asks for ("when nothing ... fixes the year, write it as XXXX"),
# and the proposed record gets None where the rules' record of the same forum gets XXXX-05-14.

# corpus (baomoi_22268712, the sentence after the lead, its "Hàng chục" left out: the rules drop the forum for "'hàng' in
# the clause", a sale's guard, and the proposer never puts back what the rules set aside). The rules record this forum
# themselves (CONSULT INTL+CHN), so no proposal stands on the sentence: its mode and date are asked of the functions that
# would give them.
FORUM = ("Lãnh đạo và quan chức cấp cao các nước đã đến Bắc Kinh dự hội nghị do Chủ tịch Tập Cận Bình chủ trì hôm 14/5, "
         "nhằm quảng bá tầm nhìn của ông về \"Con đường tơ lụa\" mới, mở ra các tuyến đường thương mại trên toàn thế giới.")


def test_a_forum_of_many_states_is_a_conference_and_keeps_a_day_whose_year_is_unknown() -> None:
    from hoptac.records.cues import lower
    from hoptac.records.proposer import _date, _mode, organisations

    doc = run_doc(FORUM, published=None)
    sent = doc.sentences[0]
    low = lower(doc.normalised(sent.start, sent.end)[0])
    codes = sorted({a.code for a in doc.actors})
    assert codes == ["CHN", "INTL"]
    assert _mode(low, codes, organisations(doc))[0] == "conference"
    assert _date([d for d in doc.dates if d.value], low, False, None)[0] == "XXXX-05-14"


# _date() ignores the null-date markers the rules read (records/null_dates.py): an AGREE inherits the story's day even
# where its sentence places the act years before the report ("Hồi tháng 12/2011"): guide, Dates: a time the text places
# before the reporting event is null (and a month with no day is no day).

def test_a_past_deal_placed_before_the_report_does_not_take_the_reports_day() -> None:
    # corpus (baomoi_22528727, the lead and one sentence): the 2011 sale of F-35s to Japan is an AGREE (guide: a sale
    # the text reports is an AGREE between buyer and seller), dated null, not 14/6 (the report's day)
    text = ("Ngày 14/6, đài NHK đưa tin chiếc máy bay chiến đấu F-35 đầu tiên được lắp ráp tại Nhật Bản đã hoàn thành "
            "chuyến bay đầu tiên.\nHồi tháng 12/2011, Bộ Quốc phòng Nhật Bản đã chọn F-35 làm máy bay chiến đấu phòng "
            "không thế hệ mới của nước này và Mỹ đã chấp thuận bán cho Nhật Bản 42 chiếc máy bay loại này.")
    recs = [r for r in _proposed(text, None, "AGREE", EAGER) if "2011" in r.mentions[0].text]
    assert recs, "nothing proposed (then this test says nothing)"
    assert [r.date for r in recs] == [None] * len(recs), [(r.date, r.date_reason) for r in recs]


# -- the rules' guards -------------------------------------------------------------------------------------------------
# The proposer reads the rules' drops only as features: where a rule dropped a record on purpose (a cancelled agreement,
# "hủy ... thỏa thuận"; a question, modality.sentence_unreal) the model may put it back. The guide: an agreement
# cancelled is none; a question reports no act.

def test_a_cancelled_agreement_the_rules_dropped_is_not_proposed() -> None:
    # corpus (news_world_046): the rules drop the AGREE ("modality 'hủy' before the cue"); the proposer adds AGREE
    # AUS-CHN dated 2021-04-21
    text = ("Ngoại trưởng Australia Marise Payne ngày 21/4 thông báo nước này sẽ hủy 2 thỏa thuận giữa bang Victoria và "
            "Trung Quốc liên quan tới sáng kiến \"Một vành đai, một con đường\" của Bắc Kinh.")
    assert [r.participants for r in _proposed(text, "2021-04-21", "AGREE", EAGER)] == []


def test_a_question_proposes_nothing() -> None:
    # corpus (baomoi_21478603): the lead (a question: the REQUEST rule drops it as one) and one sentence of the body
    text = ("Tổng thống Donald Trump muốn quan hệ Nga-Mỹ nồng ấm trở lại, liệu những bất đồng với điện Kremlin về vấn đề "
            "Iran có cản đường?\nTrong khi đó, Phó Chánh văn phòng Tổng tống Iran Hassan Rouhani cũng cho rằng chính phủ "
            "Mỹ cần “hạ nhiệt căng thẳng khu vực chứ không phải làm nó trầm trọng thêm”, đồng thời Washington cũng nên "
            "“tiếp xúc với Iran” thay vì thách thức nước này.")
    assert [(r.type, r.participants) for r in _proposed(text, None, None, EAGER) if "?" in r.mentions[0].text] == []


# -- what the proposed sentences say -------------------------------------------------------------------------------------
# Labels (train.proposer_samples) are set per document: a candidate is positive when the document holds a missed record
# of its type over its codes, in whatever sentence. So the model learns the pair and the document, not the act, and the
# evidence it gives is often a sentence that states no meeting or agreement. Of the 21 records it adds on Dân trí, one
# is right; on a sample of 40 of Báo Mới's 630, seven. Each sentence below is proposed, whole, from its article.

@pytest.mark.parametrize("text, published, kind", [
    # corpus (news_society_236): a welcome and congratulations at a reception (the rules' CONSULT and SUPPORT), no AGREE
    ("Tại buổi tiếp, Tổng Bí thư Nguyễn Phú Trọng chào mừng Thượng tướng Ngụy Phượng Hòa và Đoàn đại biểu quân sự cấp "
     "cao nước Cộng hòa Nhân dân Trung Hoa sang thăm Việt Nam; chúc mừng thành công của Giao lưu hữu nghị quốc phòng "
     "biên giới Việt Nam - Trung Quốc lần thứ 6 và Đối thoại chiến lược Quốc phòng cấp Thứ trưởng lần thứ 7 giữa Bộ "
     "Quốc phòng hai nước.", "2021-04-27", "AGREE"),
    # corpus (news_business_251): a joint venture that "could" happen (guide: only announced or possible is none)
    ("Thứ nhất, các hãng xe Trung Quốc có thể liên doanh với một doanh nghiệp xe trong nước để sản xuất một mẫu xe như "
     "đã làm với Malaysia hoặc 1 số hãng xe tải ở Việt Nam.", "2021-04-28", "AGREE"),
])
def test_a_sentence_that_states_no_meeting_or_agreement_proposes_none(text: str, published: str, kind: str) -> None:
    assert [r.participants for r in _proposed(text, published, kind)] == []


# -- linear in the document --------------------------------------------------------------------------------------------
# candidates() walks all of doc.drops and all of doc.records (and their mentions) once per sentence naming two codes:
# quadratic in a long document (measured: 8x the sentences, 17x the time of candidates() and of the stage).

class _Counted(list):
    passes = 0

    def __iter__(self):
        type(self).passes += 1
        return super().__iter__()


def test_candidates_read_the_drops_and_records_once_not_once_per_sentence() -> None:
    # corpus (news_world_254, news_world_039; shortened): a sentence the rules drop a cue of, and a call
    pair = ["Trung Quốc ban hành một loạt lệnh hạn chế với việc vận chuyển lúa mạch, thịt bò với Canberra và khiến "
            "Australia thiệt hại khoảng 20 tỷ AUD.",
            "Tổng thống Mỹ Joe Biden đã điện đàm với Thủ tướng Ấn Độ Narendra Modi hôm 26/4."]
    doc = run_doc(*(pair * 60))
    assert len(doc.drops) >= 10 and doc.records
    doc.drops, doc.records = _Counted(doc.drops), _Counted(doc.records)
    _Counted.passes = 0
    found = candidates(doc)
    assert len({c.sentence.index for c in found}) >= 60
    assert _Counted.passes <= 4, f"{_Counted.passes} passes over the drops and records for {len(doc.sentences)} sentences"


# -- staleness -------------------------------------------------------------------------------------------------------------
# shipped_hash() leaves out proposer.py, so a change to the proposer's features (candidates(): words, pairs, 'n:', 'docall:')
# leaves proposer.json "current": its weights are then applied to features they were not trained on.

def test_the_proposer_goes_stale_when_its_feature_code_changes(tmp_path, monkeypatch: pytest.MonkeyPatch) -> None:
    import shutil
    from importlib import resources

    import hoptac.lexicon as lexicon
    import hoptac.records.proposer as module

    real = resources.files
    copy = tmp_path / "records"
    shutil.copytree(str(real("hoptac.records")), copy, ignore=shutil.ignore_patterns("__pycache__"))
    source = (copy / "proposer.py").read_text(encoding="utf-8")
    changed = source.replace('base[f"n:{min(len(codes), 5)}"] = 1.0', 'base[f"n:{min(len(codes), 2)}"] = 1.0')
    assert changed != source
    (copy / "proposer.py").write_text(changed, encoding="utf-8")
    module.shipped.cache_clear()
    try:
        assert shipped() is not None  # current against the shipped code
        monkeypatch.setattr(lexicon.resources, "files", lambda pkg: copy if pkg == "hoptac.records" else real(pkg))
        module.shipped.cache_clear()
        assert module.shipped() is None, "proposer.json still applied after its feature code changed"
    finally:
        monkeypatch.undo()
        module.shipped.cache_clear()


# -- bad input -------------------------------------------------------------------------------------------------------------
# A proposer file that is not what it claims crashes the pipeline with a bare ValueError/JSONDecodeError that names no
# file or line (lexicon.LexiconError: "the message names file and line").

@pytest.mark.parametrize("content", [
    '{"about": {}, "types": {"CONSULT": {"threshold": 0.6, "bias": 0, "weights": {"w:gặp": "nhiều"}}}}',
    '{"about": {}, "types": {"CONSULT": {"threshold": 0.6, "bias": 0, "weights": {',
])
def test_a_malformed_proposer_file_is_a_clear_error(tmp_path, monkeypatch: pytest.MonkeyPatch, content: str) -> None:
    from hoptac.records.proposer import proposer_hash

    current = json.dumps({"about": {"proposer_hash": proposer_hash()}})[1:-1]
    assert_shipped_refuses(content.replace('"about": {}', current).encode("utf-8"), tmp_path, monkeypatch)


def assert_shipped_refuses(data: bytes, tmp_path, monkeypatch: pytest.MonkeyPatch) -> None:
    """Loading `data` as the shipped proposer.json is a LexiconError that names the file."""
    import hoptac.records.proposer as module
    from hoptac.lexicon import LexiconError

    bad = tmp_path / "proposer.json"
    bad.write_bytes(data)
    monkeypatch.setattr(module, "DATA", bad)
    module.shipped.cache_clear()
    try:
        with pytest.raises(LexiconError, match="proposer.json"):
            module.shipped()
    finally:
        module.shipped.cache_clear()


# -- older than the change -----------------------------------------------------------------------------------------------

@pytest.mark.xfail(strict=True, reason="older: the conference rule records India at a forum it did not attend")
def test_a_state_that_sends_no_delegation_is_no_participant() -> None:
    # corpus (baomoi_22268712): "Ấn Độ không cử phái đoàn chính thức đến dự Diễn đàn" gives CONSULT IND-CHN conference
    doc = extract("Ấn Độ không cử phái đoàn chính thức đến dự Diễn đàn \"Vành đai và Con đường\" do Trung Quốc tổ chức, "
                  "đồng thời cảnh báo các nước có thể mắc gánh nặng nợ nếu tham gia.", published="2017-05-15")
    assert not [r for r in doc.records if r.type == "CONSULT" and "IND" in r.participants]
