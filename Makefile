# Kennisbank: `make run` serves the site, `make test` runs the whole suite, `make dev` serves it
# with DEBUG on (Django's debug pages) for developers.
# The interpreter that creates .venv: the newest Python 3.11+ on PATH (scripts/find_python says
# which it tried), or the one given: `make PYTHON=python3.12 run`.
PYTHON ?= $(shell scripts/find_python)
VENV := .venv
BIN := $(VENV)/bin
PORT ?= 8000
export PORT
STAMP := $(VENV)/.installed

NODE_STAMP := node_modules/.installed

.PHONY: run dev test lint format demo install messages compilemessages migrate clean

$(BIN)/python:
	@python="$(PYTHON)"; [ -n "$$python" ] || exit 1; \
	echo "$$python -m venv $(VENV)"; "$$python" -m venv $(VENV)

$(STAMP): pyproject.toml | $(BIN)/python
	$(BIN)/pip install --quiet --upgrade pip
	$(BIN)/pip install --quiet -e ".[test,dev]"
	touch $(STAMP)

install: $(STAMP)

# Biome, the lint of static/ (CSS and JavaScript), at the version package-lock.json pins.
$(NODE_STAMP): package.json package-lock.json
	npm ci --no-audit --no-fund --loglevel=error
	touch $(NODE_STAMP)

compilemessages: $(STAMP)
	$(BIN)/python manage.py compilemessages --ignore=.venv -v 0

# On PostgreSQL the database DATABASE_URL names (.env) is created when it is missing.
migrate: install compilemessages
	$(BIN)/python manage.py create_database
	$(BIN)/python manage.py migrate --no-input -v 0

# The site as visitors get it: DEBUG off, the site's own error pages (kennisbank/settings/local.py).
run: migrate
	$(BIN)/python manage.py load_demo --if-empty
	$(BIN)/python manage.py ensure_admin
	@echo "Kennisbank: http://127.0.0.1:$(PORT)/  (admin: http://127.0.0.1:$(PORT)/admin/)"
	DJANGO_SETTINGS_MODULE=kennisbank.settings.local $(BIN)/python manage.py runserver 127.0.0.1:$(PORT)

# For developers: DEBUG on, Django's debug pages (kennisbank/settings/dev.py).
dev: migrate
	$(BIN)/python manage.py load_demo --if-empty
	$(BIN)/python manage.py ensure_admin
	@echo "Kennisbank (DEBUG): http://127.0.0.1:$(PORT)/  (admin: http://127.0.0.1:$(PORT)/admin/)"
	DJANGO_SETTINGS_MODULE=kennisbank.settings.dev $(BIN)/python manage.py runserver 127.0.0.1:$(PORT)

demo: migrate
	$(BIN)/python manage.py load_demo --reset

test: install compilemessages
	$(BIN)/python -m pytest -n 2 $(PYTEST_ARGS)

lint: install $(NODE_STAMP)
	$(BIN)/ruff check .
	$(BIN)/ruff format --check .
	$(BIN)/djlint templates --check --quiet
	$(BIN)/djlint templates --lint --quiet
	node_modules/.bin/biome lint --error-on-warnings

format: install $(NODE_STAMP)
	$(BIN)/ruff check --fix .
	$(BIN)/ruff format .
	$(BIN)/djlint templates --reformat --quiet
	node_modules/.bin/biome lint --write

messages: install
	$(BIN)/python manage.py makemessages -l nl --ignore=.venv --ignore=node_modules --ignore=tests --no-obsolete
	$(BIN)/python manage.py makemessages -d djangojs -l nl --ignore=.venv --ignore=node_modules --ignore=staticfiles --no-obsolete

clean:
	rm -rf $(VENV) node_modules staticfiles media-test
