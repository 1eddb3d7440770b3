"""The admin's import: upload, preview, confirm; and who may do it."""

import pytest
from django.contrib.admin.models import ADDITION, CHANGE, LogEntry
from django.core.files.uploadedfile import SimpleUploadedFile

from imports.admin_structured import SESSION_KEY, pack
from municipalities.models import Membership
from pledges.models import Pledge
from tests.conftest import (
    EDITOR_A,
    NO_ORG,
    PUBLISHER_A,
    client_for,
    fill_pledge,
    make_pledge,
)
from tests.html_outline import assert_sound_outline
from tests.imports.test_structured import counts, export_csv, read_csv, write_csv

pytestmark = pytest.mark.django_db

IMPORT = "/admin/pledges/pledge/importera/"
CONFIRM = "/admin/pledges/pledge/importera/bekrafta/"


def upload(client, content, name="loften.csv", **data):
    return client.post(IMPORT, {"file": SimpleUploadedFile(name, content), **data})


def a_file(world, *, new_title=None):
    """Ljungby's draft as exported, its title changed, and one new Ljungby pledge."""
    rows = [r for r in read_csv(export_csv()) if r["pledge_uid"] == str(world["a_draft"].uid)]
    for row in rows:
        row["pledge_title"] = new_title or row["pledge_title"]
    new = dict(rows[0])
    new.update(
        pledge_uid="11111111-1111-4111-8111-111111111111",
        action_uid="22222222-2222-4222-8222-222222222222",
        pledge_title="Nytt från fil",
        start_date="2031-01-01",
        end_date="2031-12-31",
    )
    return write_csv([*rows, new])


def test_the_change_list_links_to_the_import(client, world):
    html = client_for(client, world, EDITOR_A).get("/admin/pledges/pledge/").content.decode()

    assert f'<a href="{IMPORT}">Importera från fil</a>' in html


def test_the_upload_form_is_labelled_and_in_swedish(client, world):
    response = client_for(client, world, EDITOR_A).get(IMPORT)

    html = response.content.decode()
    assert response.status_code == 200
    assert '<label for="id_file">Fil:</label>' in html
    assert 'aria-describedby="id_file_helptext"' in html
    assert "samma format som nedladdningen från Öppna data" in html
    assert "<h1>Importera från fil</h1>" in html
    assert_sound_outline(response)


def test_staff_without_an_organisation_may_not_import(client, world):
    client = client_for(client, world, NO_ORG)

    assert client.get(IMPORT).status_code == 403
    assert client.post(CONFIRM, {"token": "x"}).status_code == 403


def test_preview_shows_what_happens_and_writes_nothing(client, world):
    client = client_for(client, world, PUBLISHER_A)
    before = counts()

    response = upload(client, a_file(world, new_title="Rubrik från fil"))

    html = response.content.decode()
    assert response.status_code == 200
    assert "Medborgarlöften som skapas: 1, ändras: 1, är oförändrade: 0." in html
    assert "<strong>Skapas</strong>" in html and "<strong>Ändras</strong>" in html
    assert "Nytt från fil (2031)" in html
    assert "Bekräfta import" in html
    assert counts() == before
    assert not Pledge.objects.filter(title="Rubrik från fil").exists()
    assert_sound_outline(response)


def test_confirm_imports_and_records_who_did_it(client, world):
    client = client_for(client, world, PUBLISHER_A)
    upload(client, a_file(world, new_title="Rubrik från fil"))
    token = client.session[SESSION_KEY]["token"]

    response = client.post(CONFIRM, {"token": token}, follow=True)

    assert response.redirect_chain[-1][0] == "/admin/pledges/pledge/"
    assert "Medborgarlöften som skapas: 1, ändras: 1," in response.content.decode()
    created = Pledge.objects.get(uid="11111111-1111-4111-8111-111111111111")
    assert created.status == Pledge.Status.DRAFT
    updated = Pledge.objects.get(pk=world["a_draft"].pk)
    assert updated.title == "Rubrik från fil"
    user = world["users"][PUBLISHER_A]
    assert updated.history.first().history_user == user
    assert created.history.first().history_user == user
    flags = set(LogEntry.objects.filter(user=user).values_list("object_id", "action_flag"))
    assert flags == {(str(created.pk), ADDITION), (str(updated.pk), CHANGE)}
    assert SESSION_KEY not in client.session


def test_a_bad_file_shows_every_error_and_writes_nothing(client, world):
    rows = read_csv(export_csv())
    first, second = rows[0]["pledge_uid"], rows[-1]["pledge_uid"]
    for row in rows:
        if row["pledge_uid"] == first:
            row["end_date"] = "2020-01-01"
        if row["pledge_uid"] == second:
            row["municipality_codes"] = "0000"
    second_row = 2 + [row["pledge_uid"] for row in rows].index(second)
    before = counts()

    response = upload(client_for(client, world, "superuser"), write_csv(rows))

    html = response.content.decode()
    assert "Filen kan inte läsas in: 2 fel" in html
    assert (
        "<td>2</td>\n          <td><code>end_date</code></td>\n"
        "          <td>Slutdatumet kan inte vara före startdatumet.</td>"
    ) in html
    assert (
        f"<td>{second_row}</td>\n          <td><code>municipality_codes</code></td>\n"
        "          <td>Det finns ingen kommun med koden ”0000”.</td>"
    ) in html
    assert counts() == before
    assert SESSION_KEY not in client.session


def test_another_organisations_file_is_refused_at_upload(client, world):
    rows = [r for r in read_csv(export_csv()) if r["pledge_uid"] == str(world["b_draft"].uid)]
    for row in rows:
        row["pledge_title"] = "Kapat"

    response = upload(client_for(client, world, PUBLISHER_A), write_csv(rows))

    assert "dina egna organisationer" in response.content.decode()
    assert not Pledge.objects.filter(title="Kapat").exists()


def test_a_forged_confirmation_for_another_organisation_is_refused(client, world):
    rows = [r for r in read_csv(export_csv()) if r["pledge_uid"] == str(world["b_draft"].uid)]
    for row in rows:
        row["pledge_title"] = "Kapat"
    client = client_for(client, world, PUBLISHER_A)
    session = client.session
    session[SESSION_KEY] = {
        "token": "t",
        "name": "kapat.csv",
        "content": pack(write_csv(rows)),
        "publish": True,
    }
    session.save()

    response = client.post(CONFIRM, {"token": "t"})

    assert "dina egna organisationer" in response.content.decode()
    assert not Pledge.objects.filter(title="Kapat").exists()
    assert not LogEntry.objects.exists()


def test_confirm_checks_permissions_again(client, world):
    client = client_for(client, world, EDITOR_A)
    upload(client, a_file(world, new_title="Efter preview"))
    token = client.session[SESSION_KEY]["token"]
    membership = Membership.objects.get(user=world["users"][EDITOR_A])
    membership.municipality = world["b_draft"].municipalities.get()
    membership.save()

    response = client.post(CONFIRM, {"token": token})

    assert "dina egna organisationer" in response.content.decode()
    assert not Pledge.objects.filter(title="Efter preview").exists()


@pytest.mark.parametrize("token", ["", "fel"])
def test_confirm_without_the_previewed_file_does_nothing(client, world, token):
    client = client_for(client, world, PUBLISHER_A)
    upload(client, a_file(world, new_title="Aldrig"))

    response = client.post(CONFIRM, {"token": token}, follow=True)

    assert response.redirect_chain[-1][0] == IMPORT
    assert "Det finns ingen förhandsgranskad fil att importera." in response.content.decode()
    assert not Pledge.objects.filter(title="Aldrig").exists()


def test_an_editor_cannot_publish_by_importing(client, world):
    response = upload(client_for(client, world, EDITOR_A), a_file(world), publish="on")

    assert "Bara en utgivare kan publicera." in response.content.decode()


@pytest.mark.parametrize("pledges", [2, 20])
def test_preview_query_count_does_not_grow(client, world, django_assert_num_queries, pledges):
    for i in range(pledges):
        fill_pledge(make_pledge(("ljungby",), district=f"Område {i}"), actions=3)
    content = export_csv(Pledge.objects.filter(district__startswith="Område"))
    client = client_for(client, world, PUBLISHER_A)

    # The session and the user; the user's memberships (for the admin's check and for the
    # import's); the municipalities, police areas, focus areas and methods the file names; the
    # pledges with their municipalities, focus areas, signatories and reports; the actions with
    # their methods; the user's pledges and municipalities; addresses; the admin's two
    # permission queries; saving the session.
    with django_assert_num_queries(25):  # one more each for the targets and the parties
        response = upload(client, content)
    assert response.content.decode().count("Oförändrat") == pledges
