# Two commands set everything up on a fresh machine: `make run` and `make test`.
SHELL := /bin/bash
PYTHON ?= python3
VENV := .venv
BIN := $(VENV)/bin
UV_VERSION := 0.13.9
BI_VENV := bi/.venv
BI_BIN := $(BI_VENV)/bin
BI_PORT ?= 8088

export DAGSTER_HOME := $(CURDIR)/.dagster_home
export ARTICLES_DIR ?= $(CURDIR)/seeds
export WAREHOUSE_PATH ?= $(CURDIR)/warehouse/warehouse.duckdb
export DBT_SEND_ANONYMOUS_USAGE_STATS := false
export DO_NOT_TRACK := 1
export GX_ANALYTICS_ENABLED := False

DBT_SOURCES := $(shell find dbt -path dbt/target -prune -o -type f \( -name '*.sql' -o -name '*.yml' -o -name '*.csv' \) -print 2>/dev/null)

.PHONY: install run test ui eval eval-real bench lint format manifest clean soak correct bi bi-install bi-lock chromium

$(BIN)/.installed: requirements.lock pyproject.toml
	test -x $(BIN)/python || $(PYTHON) -m venv $(VENV)
	$(BIN)/python -m pip install -q --disable-pip-version-check uv==$(UV_VERSION)
	$(BIN)/uv pip sync -q --python $(BIN)/python requirements.lock
	$(BIN)/uv pip install -q --python $(BIN)/python --no-deps -e .
	touch $@

install: $(BIN)/.installed

$(DAGSTER_HOME)/dagster.yaml: scripts/dagster.yaml
	mkdir -p $(DAGSTER_HOME)
	cp scripts/dagster.yaml $@

dbt/target/manifest.json: $(BIN)/.installed $(DBT_SOURCES)
	cd dbt && ../$(BIN)/dbt parse --profiles-dir . --quiet
	touch $@

manifest: dbt/target/manifest.json

run: $(BIN)/.installed $(DAGSTER_HOME)/dagster.yaml dbt/target/manifest.json
	$(BIN)/python -m dagster_project.cli $(RUN_ARGS)

# Tests run in TEST_WORKERS processes (pytest-xdist), the longest first (tests/conftest.py);
# a module whose module fixtures build warehouses is one xdist_group.
TEST_WORKERS ?= 2
test: $(BIN)/.installed $(DAGSTER_HOME)/dagster.yaml dbt/target/manifest.json chromium $(BI_BIN)/.installed
	$(BIN)/python -m pytest -q -p no:cacheprovider -n $(TEST_WORKERS) --dist loadgroup $(PYTEST_ARGS)

ui: $(BIN)/.installed $(DAGSTER_HOME)/dagster.yaml dbt/target/manifest.json
	$(BIN)/dagster dev -h 127.0.0.1 -p $${DAGSTER_PORT:-3000} -m dagster_project.definitions

eval: $(BIN)/.installed
	$(BIN)/python -m dagster_project.evaluation

# Real articles: tests/real (cache git-ignored; EVAL_REAL_ARGS e.g. --first-sight, --details, --batch b01).
eval-real: $(BIN)/.installed
	$(BIN)/python -m dagster_project.evaluation_real $(EVAL_REAL_ARGS)

bench: $(BIN)/.installed $(DAGSTER_HOME)/dagster.yaml dbt/target/manifest.json
	$(BIN)/python scripts/bench.py $(BENCH_ARGS)

soak: $(BIN)/.installed $(DAGSTER_HOME)/dagster.yaml dbt/target/manifest.json
	$(BIN)/python -m dagster_project.soak $(SOAK_ARGS)

lint: $(BIN)/.installed
	$(BIN)/ruff check dagster_project tests scripts bi
	$(BIN)/ruff format --check dagster_project tests scripts bi

format: $(BIN)/.installed
	$(BIN)/ruff format dagster_project tests scripts bi
	$(BIN)/ruff check --fix dagster_project tests scripts bi

clean:
	rm -rf dbt/target dbt/logs .pytest_cache

# Headless Chromium for the browser tests: Debian's package, installed when missing (never a browser download).
CHROMIUM ?= /usr/bin/chromium
chromium:
	@test -x $(CHROMIUM) || { echo "installing Debian's chromium"; \
	  if [ "$$(id -u)" = 0 ]; then SUDO=; else SUDO=sudo; fi; \
	  $$SUDO apt-get update -q && DEBIAN_FRONTEND=noninteractive $$SUDO apt-get install -y -q chromium; }

# Apache Superset in its own pinned environment (bi/.venv), metadata in bi/.superset (git-ignored).

$(BI_BIN)/.installed: bi/requirements-superset.lock $(BIN)/.installed
	test -x $(BI_BIN)/python || $(BIN)/uv venv -q --python $(PYTHON) $(BI_VENV)
	$(BIN)/uv pip sync -q --python $(BI_BIN)/python bi/requirements-superset.lock
	touch $@

bi-install: $(BI_BIN)/.installed

bi-lock: $(BIN)/.installed
	$(BIN)/uv pip compile -q bi/requirements-superset.in -c bi/superset-constraints.txt --python-version 3.11 -o bi/requirements-superset.lock

bi: $(BI_BIN)/.installed
	test -f $(WAREHOUSE_PATH) || $(MAKE) run
	$(BI_BIN)/python bi/superset_bi.py serve --warehouse $(WAREHOUSE_PATH) --port $(BI_PORT)

# Add an analyst correction: make correct ARGS="reject --fact-id ID --by NAME --note 'why'" (see README).
correct: $(BIN)/.installed
	$(BIN)/python -m dagster_project.claims.correct $(ARGS)
