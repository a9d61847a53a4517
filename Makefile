# Cymharu — two commands from a fresh clone: `make run` and `make test`.
PYTHON ?= python3
VENV   := .venv
PY     := $(VENV)/bin/python
PIP    := $(PY) -m pip --disable-pip-version-check -q

.PHONY: run test exe check-data bench translations clean distclean

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

# Refresh the Welsh translation source from the code (edit it with pyside6-linguist), then
# compile it; the app loads resources/translations/cymharu_<locale>.qm when present.
translations: $(VENV)/.installed-run
	$(VENV)/bin/pyside6-lupdate $$(git ls-files 'app/*.py') -ts resources/translations/cymharu_cy.ts
	$(VENV)/bin/pyside6-lrelease resources/translations/cymharu_cy.ts -qm resources/translations/cymharu_cy.qm

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
