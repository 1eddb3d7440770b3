"""Small things on the public pages that a screen reader, forced colours or enlarged text meet."""

import re
from pathlib import Path

import pytest
from django.conf import settings

from pledges.models import FocusArea
from tests.conftest import make_signatory

pytestmark = pytest.mark.django_db


def test_swedish_names_on_english_pages_are_marked_as_swedish(client, pledge):
    area = FocusArea.objects.get(slug="narkotika")
    pledge.focus_areas.add(area)
    make_signatory(pledge, name="Anna Andersson", title="kommunstyrelsens ordförande")

    page = client.get(f"/en{pledge.get_absolute_url()}").content.decode()
    listing = client.get("/en/loften/").content.decode()

    assert f'<li class="chip" lang="sv">{area.name}</li>' in page
    assert '<span lang="sv">kommunstyrelsens ordförande</span>' in page
    assert f'<option value="narkotika" lang="sv">{area.name}</option>' in listing


def test_year_forms_have_no_empty_action_and_the_api_example_is_named(client, pledge):
    overview = client.get("/oversikt/").content.decode()
    open_data = client.get("/oppna-data/").content.decode()

    assert 'action=""' not in overview
    assert '<form class="year-form" method="get">' in overview
    assert re.search(r'<pre class="code" tabindex="0" role="region" aria-label="[^"]+">', open_data)


def test_headings_grow_with_the_text_not_the_window():
    css = (Path(settings.BASE_DIR) / "static" / "css" / "site.css").read_text(encoding="utf-8")
    headings = re.findall(r"\bh[12]\s*\{[^}]*font-size:\s*([^;]+);", css)
    assert headings and not [size for size in headings if "vw" in size]
