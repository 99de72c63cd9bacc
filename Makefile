# python3.11 when present, else python3 (which must be >= 3.11)
PY ?= $(shell command -v python3.11 >/dev/null 2>&1 && echo python3.11 || echo python3)
VENV := .venv
BIN := $(VENV)/bin
STAMP := $(VENV)/.installed

.PHONY: install demo test lint typecheck eval bench reality clean

$(STAMP): pyproject.toml
	@$(PY) -c 'import sys; sys.exit(sys.version_info < (3, 11))' || { echo "stancemap needs Python >= 3.11 (set PY=...)"; exit 1; }
	$(PY) -m venv $(VENV)
	$(BIN)/pip install -q --upgrade pip
	$(BIN)/pip install -q -e '.[dev]'
	touch $(STAMP)

install: $(STAMP)

demo: $(STAMP)
	$(BIN)/stancemap analyze examples/summit-drift.txt --date 2024-11-14

lint: $(STAMP)
	$(BIN)/ruff check src tests bench
	$(BIN)/ruff format --check src tests bench

typecheck: $(STAMP)
	$(BIN)/mypy

test: $(STAMP) lint typecheck
	$(BIN)/pytest -n 2 tests

eval: $(STAMP)
	$(BIN)/stancemap eval all ../shared/gold

bench: $(STAMP)
	$(BIN)/python bench/throughput.py

# refit the learned event reality on this tree (after a merge that changes triggers or
# arguments): collect, compare by article, modes, write src/stancemap/data/events/reality.json
reality: $(STAMP)
	$(BIN)/python bench/events_reality_fit.py refit --cache $${TMPDIR:-/tmp}/stancemap_reality.json

clean:
	rm -rf $(VENV) build *.egg-info src/*.egg-info .pytest_cache .mypy_cache .ruff_cache
