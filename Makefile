# The README's two commands: `make demo` and `make test`. Each creates the
# virtual environment it needs from scratch, so they work on a bare machine.
PYTHON ?= python3
VENV   ?= .venv
BIN     = $(VENV)/bin
DEMO_DB ?= demo.db

.PHONY: demo serve test bench clean

$(BIN)/python:
	$(PYTHON) -m venv $(VENV)
	$(BIN)/python -m pip install --quiet --upgrade pip

$(VENV)/.installed: pyproject.toml | $(BIN)/python
	$(BIN)/python -m pip install --quiet -e .
	touch $@

$(VENV)/.test-installed: pyproject.toml | $(BIN)/python
	$(BIN)/python -m pip install --quiet -e '.[test]'
	touch $@ $(VENV)/.installed

DEMO_PORT ?= 8000

# The sample articles ingested into a fresh ledger, then served; an editor "demo" (password
# "demo-password", this demo ledger only) may curate and upload. Stop it with Ctrl-C.
demo: $(VENV)/.installed
	rm -f $(DEMO_DB) $(DEMO_DB)-wal $(DEMO_DB)-shm
	$(BIN)/hoptac ingest data/samples --db $(DEMO_DB)
	echo demo-password | $(BIN)/hoptac user add demo --role editor --password-stdin --db $(DEMO_DB)
	@echo "hoptac demo: open http://127.0.0.1:$(DEMO_PORT)/ (sign in as demo / demo-password to edit)"
	$(BIN)/hoptac serve --db $(DEMO_DB) --port $(DEMO_PORT)

serve: $(VENV)/.installed
	test -f $(DEMO_DB) || $(BIN)/hoptac ingest data/samples --db $(DEMO_DB)
	$(BIN)/hoptac serve --db $(DEMO_DB) --port $(DEMO_PORT)

test: $(VENV)/.test-installed
	$(BIN)/python -m pytest

bench: $(VENV)/.installed
	$(BIN)/python -m pip install --quiet -e '.[bench]'
	$(BIN)/python bench/bench_actors.py
	$(BIN)/python bench/bench_scale.py

clean:
	rm -rf $(VENV) $(DEMO_DB) $(DEMO_DB)-wal $(DEMO_DB)-shm
