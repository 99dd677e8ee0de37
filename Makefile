# dossier — one command to set up and run the demo, one to set up and run the tests.
PYTHON ?= $(shell command -v python3.11 || command -v python3)
VENV   ?= .venv
PY     := $(VENV)/bin/python
DB     ?= demo.db

.PHONY: setup demo test eval bench serve clean

$(VENV)/.installed: requirements.txt requirements-dev.txt constraints.txt pyproject.toml
	$(PYTHON) -m venv $(VENV)
	$(PY) -m pip install --quiet --upgrade pip
	$(PY) -m pip install --quiet -r requirements.txt -r requirements-dev.txt -c constraints.txt
	$(PY) -m pip install --quiet --no-deps -e .
	touch $@

setup: $(VENV)/.installed

# Ingest the example corpus into a fresh SQLite store and show what dossier found.
demo: setup
	rm -f $(DB) $(DB)-wal $(DB)-shm
	$(VENV)/bin/dossier ingest examples/ --db $(DB)
	$(VENV)/bin/dossier facts import examples/reference/facts.yaml --db $(DB)
	$(VENV)/bin/dossier documents --db $(DB)
	$(VENV)/bin/dossier people --db $(DB)
	$(VENV)/bin/dossier search Pyatakov --db $(DB)
	$(VENV)/bin/dossier check --db $(DB)
	@echo "Explore it in the browser: make serve  (then open http://127.0.0.1:8000)"

test: setup
	bash scripts/ensure-chromium.sh
	$(PY) -m pytest -q -n 2 tests

eval: setup
	$(VENV)/bin/dossier eval
	$(VENV)/bin/dossier eval $(foreach g,$(wildcard tests/data/heldout/*.gold.json),--gold $(g))

bench: setup
	$(PY) bench/run_all.py

# The web app over the demo store (built first if it is not there yet).
serve: setup
	test -f $(DB) || $(MAKE) demo
	$(VENV)/bin/dossier serve --db $(DB)

clean:
	rm -rf $(VENV) *.egg-info .pytest_cache .hypothesis $(DB) $(DB)-wal $(DB)-shm
