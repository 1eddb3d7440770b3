"""The production topology, started for real: nginx in front of two gunicorn instances sharing
PostgreSQL, Redis and the download folder (deploy/cluster.py, as `make serve-cluster` runs it).

It needs nginx, redis-server and PostgreSQL; `make test` installs the first two when missing and
starts PostgreSQL. The database is CLUSTER_DATABASE_URL (by default medborgarloften_cluster on
the local PostgreSQL, created when missing), whatever database the rest of the suite uses: the
instances are separate processes and cannot see the test database's transactions.
"""

import html.parser
import http.cookiejar
import json
import os
import shutil
import socket
import subprocess
import sys
import tempfile
import urllib.error
import urllib.parse
import urllib.request
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parent.parent.parent
sys.path.insert(0, str(ROOT / "deploy"))

from cluster import Cluster  # noqa: E402

DATABASE_URL = os.environ.get(
    "CLUSTER_DATABASE_URL", "postgres://postgres@127.0.0.1:5432/medborgarloften_cluster"
)


def free_port():
    with socket.socket() as sock:
        sock.bind(("127.0.0.1", 0))
        return sock.getsockname()[1]


def ensure_database():
    import psycopg

    parts = urllib.parse.urlsplit(DATABASE_URL)
    name = parts.path.lstrip("/")
    server = parts._replace(scheme="postgresql", path="/postgres").geturl()
    with psycopg.connect(server, autocommit=True) as db:
        if not db.execute("SELECT 1 FROM pg_database WHERE datname = %s", [name]).fetchone():
            db.execute(f'CREATE DATABASE "{name}"')


@pytest.fixture(scope="session")
def cluster():
    ensure_database()
    env = {
        "DATABASE_URL": DATABASE_URL,
        "SECRET_KEY": "cluster-tests-only-" + "x" * 40,
        "ALLOWED_HOSTS": "127.0.0.1,localhost",
        "SECURE_COOKIES": "0",
        "LOG_LEVEL": "WARNING",
        "AXES_FAILURE_LIMIT": "5",
        "REQUIRE_TWO_FACTOR": "0",
    }
    nginx_port, *app_ports, redis_port = (free_port() for _ in range(4))
    # Not under pytest's own temporary folder, which nginx's workers (nobody, when the tests run
    # as root) may not enter.
    run_dir = Path(tempfile.mkdtemp(prefix="medborgarloften-cluster-"))
    cluster = Cluster(
        run_dir,
        nginx_port,
        app_ports,
        env,
        redis_port=redis_port,
        workers=1,
        threads=4,
        access_log=False,
        quiet=not os.environ.get("CLUSTER_VERBOSE"),
    )
    manage = [sys.executable, "manage.py"]
    subprocess.run([*manage, "migrate", "--noinput", "-v0"], cwd=ROOT, env=cluster.env, check=True)
    with cluster:
        setup = subprocess.run(
            [*manage, "shell", "-c", "from tests.deploy import setup_cluster; setup_cluster.run()"],
            cwd=ROOT,
            env=cluster.env,
            check=True,
            capture_output=True,
            text=True,
        )
        cluster.data = json.loads(setup.stdout.strip().splitlines()[-1])
        yield cluster
    shutil.rmtree(run_dir, ignore_errors=True)


class NoRedirects(urllib.request.HTTPRedirectHandler):
    def redirect_request(self, *args, **kwargs):
        return None


class Response:
    def __init__(self, status, headers, body):
        self.status, self.headers, self.body = status, headers, body

    @property
    def text(self):
        return self.body.decode("utf-8", "replace")


class Browser:
    """A visitor with cookies, who may be sent to any instance or to nginx."""

    def __init__(self, address="10.1.1.1"):
        self.cookies = http.cookiejar.CookieJar()
        self.opener = urllib.request.build_opener(
            urllib.request.HTTPCookieProcessor(self.cookies), NoRedirects
        )
        # As nginx would say it: the visitor's own address, for the login lock.
        self.address = address

    def request(self, base, path, data=None, headers=None):
        headers = {"X-Forwarded-For": self.address, **(headers or {})}
        body = urllib.parse.urlencode(data, doseq=True).encode() if data is not None else None
        request = urllib.request.Request(base + path, data=body, headers=headers)
        try:
            with self.opener.open(request, timeout=30) as response:
                return Response(response.status, response.headers, response.read())
        except urllib.error.HTTPError as error:
            return Response(error.code, error.headers, error.read())

    def get(self, base, path, **kwargs):
        return self.request(base, path, **kwargs)

    def post_form(self, base, path, changes=(), **kwargs):
        """Fills in the form of the page at `path` as it stands, with `changes`, and sends it."""
        fields = form_fields(self.get(base, path).text)
        fields.update(changes)
        return self.request(base, path, data=fields, **kwargs)


class FormFields(html.parser.HTMLParser):
    """The values a browser would send for the page's forms: {name: [values]}."""

    def __init__(self):
        super().__init__()
        self.fields, self.select, self.textarea = {}, None, None

    def handle_starttag(self, tag, attrs):
        attrs = dict(attrs)
        name = attrs.get("name")
        if tag == "input" and name:
            kind = attrs.get("type", "text")
            if kind in ("submit", "button", "image", "file"):
                return
            if kind in ("checkbox", "radio") and "checked" not in attrs:
                return
            default = "on" if kind in ("checkbox", "radio") else ""
            self.fields.setdefault(name, []).append(attrs.get("value", default))
        elif tag == "select" and name:
            self.select = name
            self.fields.setdefault(name, [])
        elif tag == "option" and self.select and "selected" in attrs:
            self.fields[self.select].append(attrs.get("value", ""))
        elif tag == "textarea" and name:
            self.textarea = name
            self.fields[name] = [""]

    def handle_endtag(self, tag):
        if tag == "select":
            self.select = None
        elif tag == "textarea" and self.textarea:
            # A browser drops the newline that follows <textarea>, as Django writes it.
            self.fields[self.textarea][0] = self.fields[self.textarea][0].removeprefix("\n")
            self.textarea = None

    def handle_data(self, data):
        if self.textarea:
            self.fields[self.textarea][0] += data


def form_fields(page):
    parser = FormFields()
    parser.feed(page)
    fields = parser.fields
    for name, values in fields.items():
        if len(values) == 1:
            fields[name] = values[0]
    return fields


@pytest.fixture
def browser_factory():
    """New visitors, each from an address of its own."""
    addresses = iter(range(1, 250))
    prefix = f"10.{os.getpid() % 250}.{int.from_bytes(os.urandom(1), 'big')}."
    return lambda: Browser(prefix + str(next(addresses)))
