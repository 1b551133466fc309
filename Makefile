# videomarket — run `make` (or `make help`) to see the targets.
.DEFAULT_GOAL := help
SHELL := /bin/bash

PYTHON ?= $(shell command -v python3.11 || command -v python3)
VENV := .venv
BIN := $(VENV)/bin
# The stamp records the lock file and package metadata the venv was built from:
# set-up reruns only when one of them changes.
STAMP := $(VENV)/.installed
JOBS ?=

.PHONY: help
help: ## Show this help
	@echo "videomarket: make <target>"
	@if [ -t 1 ]; then on=$$(printf '\033[36m'); off=$$(printf '\033[0m'); else on=; off=; fi; \
	grep -E '^[a-zA-Z_-]+:.*## ' $(MAKEFILE_LIST) | \
	awk -v on="$$on" -v off="$$off" 'BEGIN {FS = ":.*## "}; {printf "  %s%-10s%s %s\n", on, $$1, off, $$2}'

$(STAMP): requirements.lock pyproject.toml
	@$(PYTHON) -c 'import sys; sys.exit(sys.version_info[:2] < (3, 11))' || { echo "error: Python >= 3.11 is required (set PYTHON=/path/to/python3.11)"; exit 1; }
	@test -x $(BIN)/python || $(PYTHON) -m venv $(VENV)
	$(BIN)/python -m pip install --quiet "pip==26.3"
	$(BIN)/python -m pip install --quiet -r requirements.lock
	$(BIN)/python -m pip install --quiet --no-deps -e .
	$(BIN)/python -m ipykernel install --sys-prefix --name videomarket --display-name "Python (videomarket)" >/dev/null
	@touch $(STAMP)

.PHONY: setup
setup: $(STAMP) ## Create .venv with the pinned dependencies and the project kernel (skipped when current)

.PHONY: data
data: $(STAMP) ## Rebuild the tidy tables in data/ from data/raw and data/curated
	$(BIN)/videomarket data

.PHONY: validate
validate: $(STAMP) ## Check every table in data/ and list every problem (file, line, column)
	$(BIN)/videomarket validate

.PHONY: reports
reports: $(STAMP) ## Build the HTML reports into reports/ (only notebooks whose inputs changed)
	$(BIN)/videomarket report $(if $(JOBS),--jobs $(JOBS))

# One BLAS thread per test process: two test workers on two cores each spinning up its own BLAS
# threads oversubscribe the machine (measured: a Bradley–Terry bootstrap took 7 times the CPU).
# Bytecode caching on (Python's default) even where the shell turns it off: each test worker would
# otherwise recompile the package and re-rewrite every test module on every run.
TEST_ENV := OPENBLAS_NUM_THREADS=1 OMP_NUM_THREADS=1 MKL_NUM_THREADS=1 PYTHONDONTWRITEBYTECODE=

.PHONY: check
check: $(STAMP) ## Fast loop (under a minute): ruff, import layers, every test but notebooks and browser
	$(BIN)/ruff check .
	$(BIN)/lint-imports
	$(TEST_ENV) $(BIN)/python -m pytest -m "not notebook and not browser" -n 2

.PHONY: test
test: $(STAMP) ## Everything: ruff, import layers, unit, reference, notebook and browser tests
	$(BIN)/ruff check .
	$(BIN)/lint-imports
	$(TEST_ENV) $(BIN)/python -m pytest

.PHONY: lab
lab: $(STAMP) ## Open JupyterLab on notebooks/ with the videomarket kernel
	$(BIN)/jupyter lab --notebook-dir=notebooks

.PHONY: bench
bench: $(STAMP) ## Run the benchmarks in bench/ and write bench/results.md
	$(BIN)/python bench/run.py

.PHONY: lock
lock: $(STAMP) ## Re-resolve requirements.lock from pyproject.toml (needs network)
	$(BIN)/python -m pip install --quiet "pip-tools>=7.4"
	$(BIN)/pip-compile --quiet --extra test --strip-extras --no-emit-index-url --no-emit-find-links \
		--output-file requirements.lock pyproject.toml

.PHONY: clean
clean: ## Remove the venv, caches and generated reports
	rm -rf $(VENV) .pytest_cache .ruff_cache reports/*.html reports/.cache bench/.work
	find . -name __pycache__ -type d -prune -exec rm -rf {} +
