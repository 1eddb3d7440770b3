# The README's commands. `make run` and `make test` are all a newcomer needs.
PYTHON ?= python3
VENV := .venv
BIN := $(VENV)/bin
STAMP := $(VENV)/.installed-stamp
# Tests and checks run with DEBUG off, as in production; they need some secret key.
TEST_ENV := DEBUG=0 SECRET_KEY=only-for-tests
# `make serve` is plain HTTP on this machine: cookies may not require HTTPS there. The secret
# key is made once and kept in .serve-secret, outside git.
SERVE_ENV = SECRET_KEY=$$(cat .serve-secret 2>/dev/null || $(BIN)/python -c "import secrets; print(secrets.token_urlsafe(50))" | tee .serve-secret) ALLOWED_HOSTS=$${ALLOWED_HOSTS:-127.0.0.1,localhost} SECURE_COOKIES=0

.PHONY: run test install check lint format clean serve serve-cluster bench bench-pages chromium pango gettext cluster-tools vnu

$(STAMP): pyproject.toml
	test -x $(BIN)/python || $(PYTHON) -m venv $(VENV)
	$(BIN)/python -m pip install --quiet --upgrade pip
	$(BIN)/python -m pip install --quiet -e '.[test]'
	touch $(STAMP)

install: $(STAMP)

## Set up, load the demo data and serve the site on http://127.0.0.1:8000
run: install pango
	DEBUG=1 $(BIN)/python manage.py migrate --noinput
	DEBUG=1 $(BIN)/python manage.py load_demo
	DEBUG=1 $(BIN)/python manage.py runserver 127.0.0.1:8000

# The browser tests (tests/browser/) drive Debian's Chromium. A machine without it gets it here;
# that needs root, as on CI. CHROMIUM (also read by the tests) may name another Chromium.
CHROMIUM ?= /usr/bin/chromium

chromium:
	@test -x $(CHROMIUM) || { \
	  echo "Installing Debian's chromium for the browser tests"; \
	  { apt-get update -qq && DEBIAN_FRONTEND=noninteractive apt-get install -y -qq chromium; } || { \
	    echo "Could not install chromium. Run 'apt-get install chromium' as root, or set CHROMIUM to a Chromium." >&2; \
	    exit 1; }; }

# The pledge PDF (pledges/pdf.py) is drawn by WeasyPrint with Debian's Pango, and its text set in
# DejaVu Sans. A machine without them gets them here; that needs root, as on CI.
pango:
	@{ ldconfig -p | grep -q 'libpangoft2-1.0.so.0' && ldconfig -p | grep -q 'libharfbuzz-subset.so.0' && fc-list | grep -q 'DejaVuSans'; } || { \
	  echo "Installing Debian's Pango and DejaVu fonts for the pledge PDF"; \
	  { apt-get update -qq && DEBIAN_FRONTEND=noninteractive apt-get install -y -qq libpango-1.0-0 libpangoft2-1.0-0 libharfbuzz-subset0 fonts-dejavu-core; } || { \
	    echo "Could not install Pango. Run 'apt-get install libpango-1.0-0 libpangoft2-1.0-0 libharfbuzz-subset0 fonts-dejavu-core' as root." >&2; \
	    exit 1; }; }

# tests/test_i18n.py runs makemessages, which needs GNU gettext, to find strings that have no
# English translation. A machine without it gets Debian's here; that needs root, as on CI.
gettext:
	@command -v xgettext >/dev/null && command -v msgfmt >/dev/null || { \
	  echo "Installing Debian's gettext for the translation check"; \
	  { apt-get update -qq && DEBIAN_FRONTEND=noninteractive apt-get install -y -qq gettext; } || { \
	    echo "Could not install gettext. Run 'apt-get install gettext' as root." >&2; \
	    exit 1; }; }

# The production topology (deploy/) runs Debian's nginx and redis-server in front of and beside
# the app servers, on PostgreSQL; its tests (tests/deploy/) start it too. A machine without them
# gets them here (as root, like chromium), and a PostgreSQL that is down is started.
NGINX ?= /usr/sbin/nginx

cluster-tools:
	@{ test -x $(NGINX) && command -v redis-server >/dev/null; } || { \
	  echo "Installing Debian's nginx and redis-server for the production topology"; \
	  { apt-get update -qq && DEBIAN_FRONTEND=noninteractive apt-get install -y -qq nginx redis-server; } || { \
	    echo "Could not install them. Run 'apt-get install nginx redis-server' as root." >&2; \
	    exit 1; }; }
	@pg_isready -q -h 127.0.0.1 -p 5432 || pg_ctlcluster --skip-systemctl-redirect "$$(ls /etc/postgresql | sort -V | tail -n 1)" main start

# The HTML validator (tests/test_html_validity.py) is the Nu HTML Checker: vnu.jar from npm
# (package.json), run with Java. A machine without Java or npm gets Debian's here (as root).
VNU_JAR := node_modules/vnu-jar/build/dist/vnu.jar

$(VNU_JAR): package.json package-lock.json
	@command -v java >/dev/null && command -v npm >/dev/null || { \
	  echo "Installing Debian's Java and npm for the HTML validator"; \
	  { apt-get update -qq && DEBIAN_FRONTEND=noninteractive apt-get install -y -qq default-jre-headless npm; } || { \
	    echo "Could not install them. Run 'apt-get install default-jre-headless npm' as root." >&2; \
	    exit 1; }; }
	npm ci --no-audit --no-fund --silent
	touch $(VNU_JAR)

vnu: $(VNU_JAR)

## Run the whole test suite, the browser tests too (on PostgreSQL when DATABASE_URL says so)
test: install chromium pango gettext cluster-tools vnu
	$(TEST_ENV) $(BIN)/python manage.py collectstatic --noinput -v0
	$(TEST_ENV) $(BIN)/pytest

# A production environment as .env.example describes it, for `check --deploy`.
DEPLOY_ENV = DEBUG=0 SECRET_KEY=$$($(BIN)/python -c "import secrets; print(secrets.token_urlsafe(50))") ALLOWED_HOSTS=medborgarloften.example.se SITE_URL=https://medborgarloften.example.se SECURE_SSL_REDIRECT=1

## Django's checks (also the deployment checks), migrations in step with the models, lint
check: install
	$(TEST_ENV) $(BIN)/python manage.py check
	$(DEPLOY_ENV) $(BIN)/python manage.py check --deploy --fail-level WARNING
	$(TEST_ENV) $(BIN)/python manage.py makemigrations --check --dry-run
	$(BIN)/ruff check .
	$(BIN)/ruff format --check .

lint: check

format: install
	$(BIN)/ruff check --fix .
	$(BIN)/ruff format .

clean:
	rm -rf $(VENV) node_modules staticfiles .pytest_cache .ruff_cache

## Serve the production set-up locally: collectstatic, gunicorn, DEBUG off, same database
serve: install pango
	DEBUG=0 $(SERVE_ENV) $(BIN)/python manage.py migrate --noinput
	DEBUG=0 $(SERVE_ENV) $(BIN)/python manage.py collectstatic --noinput -v0
	DEBUG=0 $(SERVE_ENV) $(BIN)/gunicorn config.wsgi --bind 127.0.0.1:8000 --workers 2 --access-logfile -

# `make serve-cluster`: ports, the folder for nginx's files and the downloads, the database.
CLUSTER_PORT ?= 8080
CLUSTER_APP_PORTS ?= 8081,8082
CLUSTER_REDIS_PORT ?= 8089
CLUSTER_RUN_DIR ?= /tmp/medborgarloften-cluster
CLUSTER_DATABASE_URL ?= postgres://postgres@127.0.0.1:5432/medborgarloften

## Serve the production topology: nginx on CLUSTER_PORT in front of gunicorn instances on
## CLUSTER_APP_PORTS, sharing PostgreSQL and Redis (REDIS_URL, or one started on CLUSTER_REDIS_PORT)
serve-cluster: install cluster-tools
	DEBUG=0 $(SERVE_ENV) DATABASE_URL=$(CLUSTER_DATABASE_URL) $(BIN)/python manage.py migrate --noinput
	DEBUG=0 $(SERVE_ENV) $(BIN)/python manage.py collectstatic --noinput -v0
	DEBUG=0 $(SERVE_ENV) DATABASE_URL=$(CLUSTER_DATABASE_URL) $(BIN)/python deploy/cluster.py \
	  --port $(CLUSTER_PORT) --app-ports $(CLUSTER_APP_PORTS) --run-dir $(CLUSTER_RUN_DIR) \
	  $$(test -n "$$REDIS_URL" || echo --redis-port $(CLUSTER_REDIS_PORT))

## Load the production set-up with national-scale data and print speed against the targets
bench: install cluster-tools
	@command -v wrk >/dev/null || { echo "Installing Debian's wrk for the load"; \
	  apt-get update -qq && DEBIAN_FRONTEND=noninteractive apt-get install -y -qq wrk; }
	@pg_isready -q -h 127.0.0.1 -p 5432 || pg_ctlcluster --skip-systemctl-redirect "$$(ls /etc/postgresql | sort -V | tail -n 1)" main start
	$(TEST_ENV) $(BIN)/python bench/documents.py
	@# A page over its render budget fails the bench, but only after the HTTP figures are printed too.
	status=0; $(BIN)/python bench/inprocess.py || status=$$?; $(BIN)/python bench/run.py && exit $$status

## Render every page type in-process at national scale, uncached, against its budget
bench-pages: install
	@pg_isready -q -h 127.0.0.1 -p 5432 || pg_ctlcluster --skip-systemctl-redirect "$$(ls /etc/postgresql | sort -V | tail -n 1)" main start
	$(BIN)/python bench/inprocess.py
