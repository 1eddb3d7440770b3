"""The admin speaks Swedish: the headings and model names that other apps bring along too."""

import re

import pytest

from tests.conftest import SUPERUSER, client_for

pytestmark = pytest.mark.django_db


def index_names(client, world):
    html = client_for(client, world, SUPERUSER).get("/admin/").content.decode()
    headings = re.findall(r"<caption>\s*<a[^>]*>([^<]+)</a>", html)
    models = re.findall(r'<th scope="row"[^>]*>\s*<a href="/admin/[^"]+"[^>]*>([^<]+)</a>', html)
    return headings, models


def test_the_admin_index_has_no_english_names(client, world):
    headings, models = index_names(client, world)

    assert "Inloggningsskydd" in headings
    assert "Tvåstegsverifiering" in headings
    for name in [
        "Inloggningsförsök och spärrar",
        "Misslyckade inloggningar",
        "Inloggningar",
        "Appar för tvåstegsverifiering",
    ]:
        assert name in models
    english = re.compile(r"\b(Axes|AXES|Access|TOTP|devices?)\b")
    assert not [name for name in headings + models if english.search(name)]
