# The two commands a newcomer needs: `make run` and `make test`. `make help` lists the rest.
PYTHON ?= python3.11
VENV := .venv
BIN := $(VENV)/bin
MANAGE := $(BIN)/python manage.py
PORT ?= 8000
STAMP := $(VENV)/.installed
NODE_STAMP := node_modules/.installed

.DEFAULT_GOAL := help
.PHONY: help run serve bench lighthouse screenshots test test-debian-python install npm messages \
	compilemessages migrate demo lint format clean image-test

help: ## List the targets
	@grep -E '^[a-z-]+:.*## ' $(MAKEFILE_LIST) | awk -F':.*## ' '{printf "  make %-16s %s\n", $$1, $$2}'

$(STAMP): requirements.txt requirements-dev.txt
	test -x $(BIN)/python || $(PYTHON) -m venv $(VENV)
	$(BIN)/pip install --quiet --upgrade pip
	$(BIN)/pip install --quiet -r requirements-dev.txt
	touch $(STAMP)

install: $(STAMP) ## Create .venv and install the pinned requirements (once)

# The measuring tools from the npm registry (axe-core for the browser tests, Lighthouse), as
# package-lock.json pins them; no browser is downloaded (the system Chromium is used), and no
# install script runs: vnu-jar's would fetch a Java runtime from GitHub where Debian's Java is
# missing (the tests run its jar with Debian's `java`).
$(NODE_STAMP): package.json package-lock.json
	PUPPETEER_SKIP_DOWNLOAD=1 npm ci --no-audit --no-fund --ignore-scripts
	touch $(NODE_STAMP)

npm: $(NODE_STAMP) ## Install the pinned npm tools (axe-core, Lighthouse) into node_modules (once)

MO := locale/fr/LC_MESSAGES/django.mo locale/en/LC_MESSAGES/django.mo

locale/%/LC_MESSAGES/django.mo: locale/%/LC_MESSAGES/django.po $(STAMP)
	$(MANAGE) compilemessages -l $* --ignore=.venv --ignore=var --ignore=node_modules -v 0

compilemessages: $(MO) ## Compile the translation catalogues (locale/*.po -> .mo) when changed

messages: $(STAMP) ## Extract new strings into locale/fr and locale/en, then compile
	$(MANAGE) makemessages -l fr -l en --ignore=.venv --ignore=var --ignore=node_modules --no-obsolete
	$(MANAGE) compilemessages --ignore=.venv --ignore=node_modules -v 0

migrate: $(STAMP) ## Apply the migrations (never asks a question)
	@mkdir -p var
	$(MANAGE) migrate --noinput -v 0

demo: migrate ## Load the demo content from the association's texts (idempotent)
	$(MANAGE) load_demo_content

run: compilemessages demo ## Install, migrate, load the demo content and serve on 127.0.0.1:$(PORT)
	@echo ""
	@echo "  Site:          http://127.0.0.1:$(PORT)/fr/   http://127.0.0.1:$(PORT)/en/"
	@echo "  Wagtail admin: http://127.0.0.1:$(PORT)/admin/        (volunteer: benevole, editor: editeur, admin)"
	@echo "  Django admin:  http://127.0.0.1:$(PORT)/django-admin/ (board: conseil, admin)"
	@echo "  Demo passwords are printed above when the accounts are created."
	@echo ""
	$(MANAGE) runserver 127.0.0.1:$(PORT)

# Production settings with what a local machine lacks: a key, the host names, no HTTPS.
SERVE_ENV := DJANGO_SETTINGS_MODULE=jumelage.settings.production \
	SECRET_KEY="$${SECRET_KEY:-local-serve-only-not-a-secret-long-enough-for-the-production-check}" \
	REGISTER_KEY="$${REGISTER_KEY:-local-serve-only-register-key-not-for-production}" \
	ALLOWED_HOSTS="$${ALLOWED_HOSTS:-127.0.0.1,localhost}" \
	SECURE_SSL_REDIRECT="$${SECURE_SSL_REDIRECT:-false}"

serve: compilemessages demo ## Serve like production (gunicorn, DEBUG off) on 127.0.0.1:$(PORT)
	$(SERVE_ENV) $(MANAGE) collectstatic --noinput -v 0
	$(SERVE_ENV) PORT=$(PORT) $(BIN)/gunicorn jumelage.wsgi

bench: compilemessages ## Measure every page type (queries, render times, wrk) and the edge: benchmarks/
	$(BIN)/python benchmarks/site.py $(BENCH_ARGS)
	$(BIN)/python benchmarks/edge.py

lighthouse: compilemessages $(NODE_STAMP) ## Lighthouse (mobile) on each page type, both languages: benchmarks/lighthouse/RESULTS.md
	$(BIN)/python -m tools.lighthouse $(LIGHTHOUSE_ARGS)

screenshots: compilemessages ## Full-page screenshots at 375 and 1280 px of each page type: var/screenshots/
	$(BIN)/python -m tools.screenshots $(SCREENSHOTS_ARGS)

test: compilemessages $(NODE_STAMP) ## Lint, check, then run the whole test suite (browser tests included)
	$(BIN)/ruff check .
	$(BIN)/ruff format --check .
	$(BIN)/djhtml --check templates
	DJANGO_SETTINGS_MODULE=jumelage.settings.test $(MANAGE) check
	DJANGO_SETTINGS_MODULE=jumelage.settings.test $(MANAGE) makemigrations --check --dry-run
	$(BIN)/pytest $(PYTEST_ARGS)

# Debian 12's own Python (3.11.2) in a virtualenv of its own: what an operator on a stock Debian
# runs. Python 3.11 before 3.11.4 lacks tarfile's extraction filters, which `restore` once needed.
DEBIAN_PYTHON ?= /usr/bin/python3
DEBIAN_VENV := .venv-debian
$(DEBIAN_VENV)/.installed: requirements.txt requirements-dev.txt
	test -x $(DEBIAN_VENV)/bin/python || $(DEBIAN_PYTHON) -m venv $(DEBIAN_VENV)
	$(DEBIAN_VENV)/bin/pip install --quiet --upgrade pip
	$(DEBIAN_VENV)/bin/pip install --quiet -r requirements.txt \
		$$(grep -E '^(pytest|pytest-django)==' requirements-dev.txt)
	touch $@

test-debian-python: $(DEBIAN_VENV)/.installed ## Backup and restore under Debian's own Python (/usr/bin/python3)
	@$(DEBIAN_VENV)/bin/python -c 'import sys; print("--- backup and restore under Python", sys.version.split()[0])'
	$(DEBIAN_VENV)/bin/python -m pytest tests/jumelage/test_backup.py -p no:cacheprovider $(PYTEST_ARGS)

# The image and its stack (Containerfile, compose.yaml, deploy/), built on a Debian 12 root from
# debootstrap and served from the image's filesystem behind the shipped Caddy and Varnish,
# following the README's Deploy section (tools/image_smoke.py). As root; CI runs it.
image-test: $(STAMP) ## Build the image and serve the site from it behind its proxy and edge (root)
	$(BIN)/python tools/image_smoke.py

lint: $(STAMP) ## ruff and djhtml, checking only
	$(BIN)/ruff check .
	$(BIN)/ruff format --check .
	$(BIN)/djhtml --check templates

format: $(STAMP) ## Format Python (ruff) and templates (djhtml)
	$(BIN)/ruff format .
	$(BIN)/ruff check --fix .
	$(BIN)/djhtml templates

clean: ## Remove the virtualenv, the npm tools and local data (database, media)
	rm -rf $(VENV) $(DEBIAN_VENV) node_modules var
