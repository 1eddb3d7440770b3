"""The admin's change history, delete pages and report form as staff read them: Swedish words,
whole texts, only real changes, Swedish time, and nothing that belongs to the demo."""

import datetime

import pytest
from django.urls import reverse

from tests.conftest import EDITOR_A, SUPERUSER, client_for, make_pledge

pytestmark = pytest.mark.django_db

LONG = (
    "Kommunen och polisen genomför varje månad en trygghetsvandring i centrum tillsammans med "
    "boende, fastighetsägare och föreningar, och redovisar vad som kom fram på kommunens webbplats."
)


def test_the_history_is_in_swedish_with_whole_texts_and_only_real_changes(client, world):
    pledge = world["a_published"]
    pledge.introduction = LONG
    pledge.save()
    pledge.introduction = LONG.replace("varje månad", "varannan vecka")
    pledge.published_at = datetime.datetime(2030, 1, 15, 8, 0, tzinfo=datetime.UTC)
    pledge.save()
    pledge.save()  # saved again, nothing changed

    response = client_for(client, world, EDITOR_A).get(
        reverse("admin:pledges_pledge_history", args=[pledge.pk])
    )
    html = response.content.decode()

    assert response.status_code == 200
    assert LONG.replace("varje månad", "varannan vecka") in html  # the whole text, no "[… chars]"
    assert "chars]" not in html
    assert "Ändrad" in html and "Historik" in html
    assert "15 januari 2030 kl. 09:00" in html  # Swedish time, not 08:00 UTC
    assert "Inga synliga ändringar." in html  # the save that changed nothing lists no field
    for english in ["Changed", "Choose a date", "None", "Date/time", "Changed by"]:
        assert english not in html


def test_the_delete_page_names_what_goes_in_words(client, world):
    pledge = make_pledge(("ljungby",), title="A att radera", status="utkast", published_at=None)
    response = client_for(client, world, EDITOR_A).get(
        reverse("admin:pledges_pledge_delete", args=[pledge.pk])
    )
    html = response.content.decode()
    assert response.status_code == 200
    assert "A att radera" in html
    assert "object (" not in html
    assert "relationship" not in html


def test_only_national_staff_see_the_demo_mark_on_a_report(client, world):
    report = world["a_report"]
    url = reverse("admin:followups_followupreport_change", args=[report.pk])

    editor = client_for(client, world, EDITOR_A).get(url).content.decode()
    assert 'name="is_example"' not in editor
    national = client_for(client, world, SUPERUSER).get(url).content.decode()
    assert 'name="is_example"' in national


def test_a_date_is_typed_in_swedish_format_with_a_hint(client, world):
    html = client_for(client, world, EDITOR_A).get(reverse("admin:pledges_pledge_add"))
    html = html.content.decode()
    assert 'name="start_date"' in html
    assert 'class="vDateField' not in html  # no calendar that opens without taking focus
    assert "ÅÅÅÅ-MM-DD" in html
