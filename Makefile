# Two commands: `make run` (Azurite + the local Functions host) and `make test` (the lint gate, then the whole suite).
PYTHON ?= python3
VENV := .venv
BIN := $(VENV)/bin
COMPILED := optout_core/keywords/native.sha256

.PHONY: setup tools run run-checks lint test bench clean chromium

setup: tools $(VENV)/.installed $(VENV)/checkov/.installed node_modules/.installed local.settings.json $(COMPILED)

# Python and Node before anything is installed: a missing or old one is one line, not minutes of pip first.
tools:
	@$(PYTHON) optout_core/devhost/preflight.py

$(VENV)/.installed: requirements.txt tests/requirements.txt pyproject.toml
	$(PYTHON) -m venv $(VENV)
	$(BIN)/python -m pip install --quiet --disable-pip-version-check -r tests/requirements.txt
	$(BIN)/python -m pip install --quiet --disable-pip-version-check --no-deps -e .
	@touch $@

# The keyword engine compiled by mypyc (optout_core/keywords/compiled.py), again whenever its source changes. Without
# a C compiler the engine runs from its source: the same decisions, about 1.7 times slower (docs/performance.md).
$(COMPILED): $(wildcard optout_core/keywords/*.py) $(VENV)/.installed
	@$(BIN)/python optout_core/keywords/compiled.py >build-keywords.log 2>&1 \
		&& rm build-keywords.log && echo "keyword engine compiled" \
		|| echo "the keyword engine could not be compiled (build-keywords.log): it runs from its source"

# checkov scans infra/ (tests/test_infra.py); its pinned dependencies clash with the app's, so it has a venv of its own.
$(VENV)/checkov/.installed: tests/requirements-checkov.txt
	$(PYTHON) -m venv $(VENV)/checkov
	$(VENV)/checkov/bin/python -m pip install --quiet --disable-pip-version-check -r tests/requirements-checkov.txt
	@touch $@

node_modules/.installed: package.json package-lock.json
	npm ci --no-audit --no-fund --loglevel=error
	@touch $@

local.settings.json:
	cp local.settings.sample.json $@

# The port too, before installing: the dev host would only find it taken after setup.
run-checks:
	@$(PYTHON) optout_core/devhost/preflight.py .

run: run-checks setup
	$(BIN)/python -m optout_core.devhost --azurite

# ruff and mypy, configured in pyproject.toml. The app is type-checked strictly; tests and benchmarks a second time,
# allowing what tests do by habit (unannotated fixtures, bare dicts for JSON, re.match(...).group without a check).
lint: setup
	$(BIN)/ruff check .
	$(BIN)/mypy
	$(BIN)/mypy --allow-untyped-defs --allow-incomplete-defs --allow-untyped-calls --allow-any-generics \
		--no-warn-return-any --allow-subclassing-any --disable-error-code union-attr tests bench

# The console's browser test (tests/test_console.py) drives Debian's Chromium; installed here where apt-get may run
# (CI runs as root). Elsewhere the test says why it skips.
chromium:
	@command -v chromium >/dev/null 2>&1 || { \
		if [ "$$(id -u)" = 0 ] && command -v apt-get >/dev/null 2>&1; then \
			{ apt-get update -qq && DEBIAN_FRONTEND=noninteractive apt-get install -y -qq chromium >/dev/null; } \
				|| echo "Chromium could not be installed (apt-get failed): the browser test will skip"; \
		else echo "Chromium is missing and cannot be installed here (needs root and apt-get): the browser test will skip"; fi; }

test: lint chromium
	$(BIN)/python -m pytest tests

# The quick version of every benchmark and one table (docs/performance.md); matplotlib only for the growth plots.
bench: setup $(VENV)/.bench-installed
	$(BIN)/python -m bench

$(VENV)/.bench-installed: bench/requirements.txt
	$(BIN)/python -m pip install --quiet --disable-pip-version-check -r bench/requirements.txt
	@touch $@

clean:
	rm -rf $(VENV) node_modules .azurite .pytest_cache build optout_core/keywords/*.so $(COMPILED)
