# backplan: `make run` opens the app, `make test` runs the tests. Both set up the
# virtual environment (.venv) on first use.
PYTHON ?= python3
VENV ?= .venv
PY := $(VENV)/bin/python
STAMP := $(VENV)/.installed-stamp

.PHONY: setup run demo test test-dates lint bench bundle clean

setup: $(STAMP)

$(STAMP): pyproject.toml
	$(PYTHON) -m venv $(VENV)
	$(PY) -m pip install --quiet --upgrade pip
	$(PY) -m pip install --quiet -e '.[dev]'
	touch $(STAMP)

run: setup
	$(VENV)/bin/backplan

demo: setup
	$(VENV)/bin/backplan --demo

test: setup
	QT_QPA_PLATFORM=offscreen MPLBACKEND=Agg $(PY) -m pytest -q

# The suite with the wall clock a year ahead, then a year behind (libfaketime, package
# faketime), so that no test depends on today's date (docs/reliability.md). Monotonic time
# is left alone; tests/dates/sitecustomize.py mends time.sleep under libfaketime.
# DATES_TESTS picks the tests (default: all); .ci/run runs the part without tests/ui.
DATE_SHIFTS ?= +365d -365d
DATES_TESTS ?=
test-dates: setup
	@command -v faketime >/dev/null || { echo "make test-dates needs faketime (apt-get install faketime)"; exit 2; }
	@set -e; for shift in $(DATE_SHIFTS); do \
	  echo "== the suite with the clock moved $$shift"; \
	  QT_QPA_PLATFORM=offscreen MPLBACKEND=Agg FAKETIME_DONT_FAKE_MONOTONIC=1 PYTHONPATH=$(CURDIR)/tests/dates \
	    faketime -f "$$shift" $(PY) -m pytest -q -p no:cacheprovider $(DATES_TESTS); \
	done

lint: setup
	$(VENV)/bin/ruff check src tests
	$(VENV)/bin/mypy
	$(VENV)/bin/lint-imports

bench: setup
	QT_QPA_PLATFORM=offscreen MPLBACKEND=Agg $(PY) -m pytest -q -p no:cacheprovider tests/benchmarks --override-ini addopts= -s

# The one-folder bundle in $(BUNDLE_DIST)/backplan (docs/packaging.md). PyInstaller is a
# build tool, not a dependency: it goes into .venv here only.
BUNDLE_DIST ?= dist
BUNDLE_WORK ?= build/pyinstaller
bundle: setup
	$(PY) -m pip install --quiet 'pyinstaller>=6.0'
	$(PY) -m PyInstaller --noconfirm --clean --log-level WARN \
		--distpath $(BUNDLE_DIST) --workpath $(BUNDLE_WORK) packaging/backplan.spec
	@du -sh $(BUNDLE_DIST)/backplan

clean:
	rm -rf build dist .pytest_cache .mypy_cache .ruff_cache
