# Co-LEAD Desktop: one command to set up and run, one to set up and test (fresh Debian/Ubuntu or any Linux).
PYTHON ?= python3
VENV := .venv
BIN := $(VENV)/bin
STAMP := $(VENV)/.installed

# Qt under Xvfb needs these xcb libraries; the tests read PDFs with poppler, convert workbooks with
# LibreOffice, run the database tests against a throwaway PostgreSQL server and print to a real CUPS queue
# (cups-pdf) that the print-centre test adds and removes.
APT_RUN := libxcb-cursor0 libxcb-icccm4 libxcb-keysyms1 libxcb-image0 libxcb-render-util0 libxcb-xinerama0 \
	libxcb-xkb1 libxkbcommon-x11-0 libxcb-randr0 libxcb-shape0 libegl1 libgl1 libfontconfig1 libdbus-1-3 \
	fonts-ipaexfont-gothic
APT_TEST := $(APT_RUN) xvfb xauth poppler-utils postgresql libreoffice-calc-nogui cups printer-driver-cups-pdf

.PHONY: run test lint setup apt-run apt-test bench dist ts holidays clean

run: apt-run setup
	$(BIN)/colead-desktop

# Two workers (CI has two cores). A worker that dies (a segmentation fault) has its test run once more on a fresh
# worker, shown as R and in the summary: whole-suite runs lose a worker now and then inside Qt or a garbage
# collection after hundreds of windows, a fault not found yet (the closing notes of sessions 13-15). No other
# failure is run again: no error text matches --only-rerun's pattern. A dead worker's test is given to another
# only when tests are dealt one by one (--dist load), not file by file.
test: apt-test setup lint
	$(BIN)/python -m pytest -q -n 2 --dist load --reruns 1 --only-rerun '$$^' --durations=30

# The gates before the tests: ruff (rules and files in pyproject.toml) and mypy (--strict on the core, default
# checks on the Qt layer; also pyproject.toml). Both keep caches in the project folder, so a rerun is quick.
lint: setup
	$(BIN)/ruff check
	$(BIN)/mypy

bench: setup
	$(BIN)/pip install -q -e ".[bench]"
	for script in benchmarks/*.py; do echo "== $$script"; $(BIN)/python $$script || exit 1; done

dist: setup
	$(BIN)/pip install -q -e ".[dist]"
	$(BIN)/pyinstaller --noconfirm --clean build.spec

QM := resources/i18n/colead_en.qm
TS := resources/i18n/colead_en.ts

# lupdate does not descend into folders, so name every UI source; strings no longer in the code are dropped.
ts: setup
	$(BIN)/pyside6-lupdate -no-obsolete $$(find colead_desktop/ui -name '*.py' | sort) colead_desktop/app.py forms/*.ui -ts $(TS)

setup: $(STAMP) $(QM)

$(QM): $(TS) $(STAMP)
	$(BIN)/pyside6-lrelease -silent $< -qm $@

# A venv made before the PySide6 pin (pyproject.toml) holds PySide6-Pdf 6.12, whose files overlap
# PySide6-Essentials and -Addons 6.9: it is removed first so that the pinned release owns them alone.
$(STAMP): pyproject.toml
	test -x $(BIN)/python || $(PYTHON) -m venv $(VENV)
	$(BIN)/pip install -q --upgrade pip
	! $(BIN)/pip show -q PySide6-Pdf || $(BIN)/pip uninstall -y -q PySide6-Pdf
	$(BIN)/pip install -q -e ".[test]"
	touch $(STAMP)

# Installs only what is missing, and only where apt-get can be used as root; elsewhere it says what to install.
apt-run:
	@sh tests/apt_install.sh $(APT_RUN)

apt-test:
	@sh tests/apt_install.sh $(APT_TEST)

# the holiday table (domain/jp_holiday_table.py) from the holidays package, after upgrading it
holidays: setup
	$(BIN)/python -m tests.domain.jp_holiday_source

clean:
	rm -rf $(VENV) build dist artifacts .pytest_cache
