# negotiation-graph: `make graph` builds the graph from corpus/ into outputs/; `make test` runs the tests.
# Everything runs inside .venv, created (or refreshed when pyproject.toml changes) on demand.

PYTHON ?= python3
VENV   := .venv
BIN    := $(VENV)/bin
STAMP  := $(VENV)/.installed
CORPUS ?= corpus
OUT    ?= outputs
GOLD   ?= ../shared/gold
ARGS   ?=

.DEFAULT_GOAL := graph
.PHONY: graph test eval bench clean distclean venv browser

venv: $(STAMP)

$(STAMP): pyproject.toml
	@$(PYTHON) -c 'import sys; sys.exit(0 if sys.version_info >= (3, 11) else "negotiation-graph needs Python 3.11 or newer: set PYTHON=python3.11")'
	@test -x $(BIN)/python || $(PYTHON) -m venv $(VENV)
	$(BIN)/python -m pip install --quiet --upgrade pip
	$(BIN)/python -m pip install --quiet -e '.[test]'
	@touch $(STAMP)

graph: $(STAMP)
	$(BIN)/negotiation-graph build $(CORPUS) --out $(OUT) $(ARGS)

test: $(STAMP)
	$(BIN)/python -m pytest $(ARGS)

eval: $(STAMP)
	$(BIN)/negotiation-graph build $(CORPUS) --out $(OUT) --quiet
	$(BIN)/negotiation-graph evaluate $(OUT) $(GOLD) $(ARGS)

bench: $(STAMP)
	$(BIN)/python -m pipeline.bench $(ARGS)

clean:
	find $(OUT) -mindepth 1 ! -name .gitkeep -exec rm -rf {} +
	rm -rf .pytest_cache build *.egg-info
	find . -name __pycache__ -type d -not -path './$(VENV)/*' -exec rm -rf {} +

distclean: clean
	rm -rf $(VENV)
