# Kennisbank: `make run` serves the site, `make test` runs the whole suite.
PYTHON ?= python3.11
VENV := .venv
BIN := $(VENV)/bin
PORT ?= 8000
export PORT
STAMP := $(VENV)/.installed

.PHONY: run test lint format demo install messages compilemessages migrate clean

$(BIN)/python:
	$(PYTHON) -m venv $(VENV)

$(STAMP): pyproject.toml | $(BIN)/python
	$(BIN)/pip install --quiet --upgrade pip
	$(BIN)/pip install --quiet -e ".[test,dev]"
	touch $(STAMP)

install: $(STAMP)

compilemessages: $(STAMP)
	$(BIN)/python manage.py compilemessages --ignore=.venv -v 0

migrate: install compilemessages
	$(BIN)/python manage.py migrate --no-input -v 0

run: migrate
	$(BIN)/python manage.py load_demo --if-empty
	$(BIN)/python manage.py ensure_admin
	@echo "Kennisbank: http://127.0.0.1:$(PORT)/  (admin: http://127.0.0.1:$(PORT)/admin/)"
	$(BIN)/python manage.py runserver 127.0.0.1:$(PORT)

demo: migrate
	$(BIN)/python manage.py load_demo --reset

test: install compilemessages
	$(BIN)/python -m pytest -n 2 $(PYTEST_ARGS)

lint: install
	$(BIN)/ruff check .
	$(BIN)/ruff format --check .
	$(BIN)/djlint templates --check --quiet
	$(BIN)/djlint templates --lint --quiet

format: install
	$(BIN)/ruff check --fix .
	$(BIN)/ruff format .
	$(BIN)/djlint templates --reformat --quiet

messages: install
	$(BIN)/python manage.py makemessages -l nl --ignore=.venv --ignore=tests --no-obsolete
	$(BIN)/python manage.py makemessages -d djangojs -l nl --ignore=.venv --ignore=staticfiles --no-obsolete

clean:
	rm -rf $(VENV) staticfiles media-test
