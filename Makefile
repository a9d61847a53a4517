# Cymharu — two commands from a fresh clone: `make run` and `make test`.
PYTHON ?= python3
VENV   := .venv
PY     := $(VENV)/bin/python
PIP    := $(PY) -m pip --disable-pip-version-check -q

.PHONY: run test exe check-data bench clean distclean

run: $(VENV)/.installed-run
	$(PY) -m app

test: $(VENV)/.installed-test
	QT_QPA_PLATFORM=offscreen $(PY) -m pytest -q

check-data: $(VENV)/.installed-run
	$(PY) -m app --check-data

exe: $(VENV)/.installed-build
	$(PY) -m PyInstaller --noconfirm --clean build.spec
	@du -sh dist/cymharu

bench: $(VENV)/.installed-run
	$(PY) -m app.bench

$(VENV)/.created:
	@$(PYTHON) -c 'import sys; sys.exit(0 if sys.version_info >= (3, 11) else "Cymharu needs Python 3.11 or newer")'
	@$(PYTHON) -m venv $(VENV) || { echo "Could not create $(VENV). On Debian or Ubuntu: sudo apt-get install python3-venv"; exit 1; }
	@touch $@

$(VENV)/.installed-run: $(VENV)/.created pyproject.toml
	$(PIP) install -e .
	@touch $@

$(VENV)/.installed-test: $(VENV)/.created pyproject.toml
	$(PIP) install -e '.[test]'
	@touch $@ $(VENV)/.installed-run

$(VENV)/.installed-build: $(VENV)/.created pyproject.toml
	$(PIP) install -e '.[build]'
	@touch $@ $(VENV)/.installed-run

clean:
	rm -rf build dist .pytest_cache
	find . -name __pycache__ -type d -prune -exec rm -rf {} +

distclean: clean
	rm -rf $(VENV)
