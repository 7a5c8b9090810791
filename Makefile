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

test: $(STAMP) browser
	CHROMIUM=$(CHROMIUM) $(BIN)/python -m pytest $(ARGS)

# Debian's chromium drives the explorer-page tests (tests/export/test_html_browser.py). It is
# installed with apt when missing and we can (root with apt-get); otherwise those tests skip,
# except under CI (CI=true), where a missing browser fails the run. Set CHROMIUM=/path to use
# another Chromium build.
CHROMIUM ?= $(shell command -v chromium 2>/dev/null || echo /usr/bin/chromium)
browser:
	@if [ -x "$(CHROMIUM)" ]; then :; \
	elif [ "$$(id -u)" = 0 ] && command -v apt-get >/dev/null 2>&1; then \
	  echo "installing Debian's chromium for the browser tests (apt-get)"; \
	  export DEBIAN_FRONTEND=noninteractive; \
	  apt-get install -y -q --no-install-recommends chromium fonts-liberation >/dev/null \
	    || { apt-get update -q >/dev/null && apt-get install -y -q --no-install-recommends chromium fonts-liberation >/dev/null; } \
	    || echo "apt-get could not install chromium"; \
	else \
	  echo "chromium is missing and cannot be installed here (needs root and apt-get): browser tests will skip"; \
	fi
	@if [ "$$CI" = "true" ] && ! [ -x "$(CHROMIUM)" ]; then \
	  echo "CI=true: the browser tests need Debian's chromium ($(CHROMIUM)), which is missing"; exit 1; \
	fi

eval: $(STAMP)
	$(BIN)/negotiation-graph build $(CORPUS) --out $(OUT) --quiet
	$(BIN)/negotiation-graph evaluate $(OUT) $(GOLD) $(ARGS)

# Timings of bare spaCy vs a cold, an unchanged and a 1%-changed build on 2,000 documents generated
# into temp/bench/ (ARGS="--docs 10000 --skip-bare" for the memory check at 10,000 documents);
# prints the ratios against the targets and writes outputs/bench.json. ARGS="--scale 100000" instead
# times resolve + graph + export on 1,000, 10,000 and 100,000 documents' records re-labelled from
# real cached ones (pipeline/bench_scale.py): bench.json's scale and scale_series, docs/scale.png.
bench: $(STAMP)
	$(BIN)/python -m pipeline.bench $(ARGS)

clean:
	find $(OUT) -mindepth 1 ! -name .gitkeep -exec rm -rf {} +
	rm -rf .pytest_cache build *.egg-info
	find . -name __pycache__ -type d -not -path './$(VENV)/*' -exec rm -rf {} +

distclean: clean
	rm -rf $(VENV)
