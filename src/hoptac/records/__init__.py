"""Records: cue rules turn sentences with actors into the guide's records.

`find_records` reads the cue data (lexicon/data/cues.toml, measures.tsv) and
fills `doc.records`; `merge_records` folds restatements into one record per
event. The parts: cues.py (data → matchers), roles.py (the sentence view),
subjects.py (who acts at a cue), lists.py (actors named in one list), fronted.py
(a phrase fronted before its subject), window.py (a cue's window and objects), between.py (the parties a "giữa"
names), handlers.py (each type's decision; the AID and MEASURE ones in aid_handler.py and
measure_handler.py), addressees.py (whom a request asks), context.py (event frame and dates),
own_dates.py (the day a record's own sentence writes), occasions.py (the day a
sentence sets), carry.py (what a sentence leaves for the next), rules.py (per
type), aid.py and aid_recipients.py (aid's parties, amounts and kinds), aid_restates.py (an aid
sentence that restates the one before), trips.py
(visits and calls, one per host or partner), merge.py.
"""

from __future__ import annotations

from hoptac.records.merge import merge_records
from hoptac.records.rules import find_records

__all__ = ["find_records", "merge_records"]
