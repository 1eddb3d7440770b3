"""Every kind of page is valid HTML by the Nu HTML Checker (vnu.jar, the W3C's validator), public
and admin alike: the checker is run once over all of them, for speed.

The pages are the accessibility suite's (tests/browser/test_accessibility.py), filled with the
demo data; the admin ones as an utgivare for Ljungby sees them.
"""

import io
import json
import os
import shutil
import subprocess
from pathlib import Path

import pytest
from django.conf import settings
from django.core.management import call_command

from municipalities.models import Membership, Municipality
from tests.browser.test_accessibility import NOT_FOUND_PAGES, PUBLIC_PAGES, admin_page_paths

pytestmark = pytest.mark.django_db

# The checker from npm (package.json); `make test` installs it. VNU_JAR may name another copy.
VNU = Path(
    os.environ.get("VNU_JAR", Path(settings.BASE_DIR) / "node_modules/vnu-jar/build/dist/vnu.jar")
)


@pytest.fixture
def ljungby_publisher(django_user_model):
    user = django_user_model.objects.create_user("utgivare-ljungby", is_staff=True)
    Membership.objects.create(
        user=user,
        municipality=Municipality.objects.get(slug="ljungby"),
        role=Membership.Role.PUBLISHER,
    )
    return user


def fetch(client, path):
    response = client.get(path)
    expected = 404 if path in NOT_FOUND_PAGES else 200
    assert response.status_code == expected, f"{path} answered {response.status_code}"
    return response.content


def validate(pages, folder):
    """{path: [error, …]} for the pages ({path: html}) the checker finds errors in."""
    files = {}
    for number, (path, html) in enumerate(pages.items()):
        file = folder / f"page-{number:03}.html"
        file.write_bytes(html)
        files[file.name] = path
    result = subprocess.run(
        [
            shutil.which("java"),
            "-Xss1024k",
            "-jar",
            str(VNU),
            "--errors-only",
            "--no-langdetect",
            "--format",
            "json",
            *[str(folder / name) for name in files],
        ],
        capture_output=True,
        text=True,
        check=False,
    )
    problems = {}
    for message in json.loads(result.stderr or '{"messages": []}')["messages"]:
        path = files.get(Path(message.get("url", "?")).name, message.get("url", "?"))
        where = f"line {message.get('lastLine', '?')}"
        extract = " ".join(message.get("extract", "").split())[:120]
        problems.setdefault(path, []).append(f"{where}: {message['message']} [{extract}]")
    return problems


def test_every_kind_of_page_is_valid_html(client, ljungby_publisher, tmp_path):
    assert shutil.which("java"), "Java is missing: `make test` installs default-jre-headless."
    assert VNU.exists(), f"{VNU} is missing: `make test` installs it (npm ci)."
    call_command("load_demo", "--no-user", stdout=io.StringIO())
    pages = {path: fetch(client, path) for path in PUBLIC_PAGES}
    pages["/admin/login/"] = fetch(client, "/admin/login/")
    client.force_login(ljungby_publisher)
    for path in admin_page_paths(ljungby_publisher):
        pages[path] = fetch(client, path)

    problems = validate(pages, tmp_path)

    assert not problems, "\n".join(
        f"{path}:\n" + "\n".join(f"  {line}" for line in lines) for path, lines in problems.items()
    )
