"""Imported once by the forkserver that worker processes are forked from (hoptac.runners): hoptac's
data files read and compiled before any worker starts, so none compiles them again.

A malformed data file is no error here (the server would die with it, and the run with no message):
each worker then reads the files itself, and its batches raise the error."""

try:
    from hoptac.pipeline import load_data
    from hoptac.lexicon import rules_hash

    load_data(True)
    rules_hash()  # (what a worker compares with the files it is to read: hoptac.runners._start_worker)
except Exception:  # noqa: BLE001 - reported by the workers, see above
    pass
