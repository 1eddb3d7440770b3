import datetime

import pytest
from django.urls import reverse

from municipalities.models import Municipality
from pledges.models import Action, Party, Pledge, Signatory
from tests.conftest import fill_pledge, make_pledge, pledge_post

pytestmark = pytest.mark.django_db


@pytest.fixture
def admin_client(client, django_user_model):
    user = django_user_model.objects.create_superuser("admin", "admin@example.se", "x" * 16)
    client.force_login(user)
    return client


def form_data(**overrides):
    ljungby = Municipality.objects.get(slug="ljungby")
    data = {
        "title": "Medborgarlöfte i Ljungby",
        "municipalities": [ljungby.pk],
        "police_area": "",
        "district": "",
        "issuer": "kommun_och_polis",
        "start_date": "2017-01-01",
        "start_precision": "dag",
        "end_date": "2018-12-31",
        "end_precision": "dag",
        "signed_on_precision": "dag",
        "followup_cadence": "kvartal",
        "status": "utkast",
        "actions-TOTAL_FORMS": "1",
        "actions-INITIAL_FORMS": "0",
        "actions-0-order": "1",
        "actions-0-text": "att genomföra minst 2 trygghetsvandringar per år",
        "actions-0-responsible": "gemensamt",
        "actions-0-targets_text": "2 trygghetsvandringar per år",
        "parties-TOTAL_FORMS": "0",
        "parties-INITIAL_FORMS": "0",
        "signatories-TOTAL_FORMS": "1",
        "signatories-INITIAL_FORMS": "0",
        "signatories-0-order": "1",
        "signatories-0-name": "Anders Karlsson",
        "signatories-0-title": "Lokalpolisområdeschef",
        "signatories-0-side": "polis",
    }
    data.update(overrides)
    return data


def test_staff_create_a_pledge_with_actions_and_signatories(admin_client):
    response = admin_client.post(reverse("admin:pledges_pledge_add"), form_data())
    assert response.status_code == 302, response.context["adminform"].errors
    pledge = Pledge.objects.get()
    assert pledge.period_label == "2017–2018"
    assert pledge.actions.get().targets_label == "minst 2 trygghetsvandringar per år"
    assert pledge.signatories.get().name == "Anders Karlsson"


def test_end_before_start_shows_a_swedish_error(admin_client):
    response = admin_client.post(
        reverse("admin:pledges_pledge_add"),
        form_data(start_date="2018-12-31", end_date="2017-01-01"),
    )
    assert response.status_code == 200
    assert "Slutdatumet kan inte vara före startdatumet." in response.content.decode()
    assert not Pledge.objects.exists()


def test_incomplete_target_shows_a_swedish_error(admin_client):
    response = admin_client.post(
        reverse("admin:pledges_pledge_add"),
        form_data(
            **{"actions-0-targets_text": "2 trygghetsvandringar per år\ntrygghetsvandringar"}
        ),
    )
    assert response.status_code == 200
    assert "Rad 2, ”trygghetsvandringar”: skriv ett mål per rad som antal" in (
        response.content.decode()
    )
    assert not Pledge.objects.exists()


def test_a_second_pledge_at_the_same_address_is_refused(admin_client):
    make_pledge(
        municipalities=("ljungby",),
        title="Det första löftet",
        start_date=datetime.date(2017, 1, 1),
        end_date=datetime.date(2018, 12, 31),
    )
    response = admin_client.post(reverse("admin:pledges_pledge_add"), form_data())
    assert response.status_code == 200
    assert "Ljungby har redan ett löfte för 2017–2018" in response.content.decode()
    assert Pledge.objects.count() == 1

    response = admin_client.post(reverse("admin:pledges_pledge_add"), form_data(district="Lagan"))
    assert response.status_code == 302
    assert Pledge.objects.count() == 2


@pytest.mark.parametrize(
    "query",
    [
        "",
        "?status__exact=publicerad",
        "?lan=07",
        "?ar=2024",
        "?ar=abc",
        "?focus_areas__id__exact=1",
        "?q=Ljungby",
    ],
)
def test_changelist_and_its_filters_load(admin_client, query):
    fill_pledge(make_pledge(title="Medborgarlöfte i Ljungby"))
    response = admin_client.get(reverse("admin:pledges_pledge_changelist") + query)
    assert response.status_code == 200


def test_year_and_county_filters_narrow_the_list(admin_client):
    make_pledge(municipalities=("ljungby",), title="Ljungbys löfte")
    make_pledge(municipalities=("varnamo",), title="Värnamos löfte")
    url = reverse("admin:pledges_pledge_changelist")
    page = admin_client.get(url + "?lan=07").content.decode()
    assert "Ljungbys löfte" in page
    assert "Värnamos löfte" not in page
    assert "Ljungbys löfte" not in admin_client.get(url + "?ar=2023").content.decode()


def test_changelist_query_count_does_not_grow_with_pledges(
    admin_client, django_assert_max_num_queries
):
    url = reverse("admin:pledges_pledge_changelist")
    make_pledge()
    with django_assert_max_num_queries(15) as few:
        admin_client.get(url)
    for _ in range(20):
        make_pledge(municipalities=("ljungby", "almhult"), district=f"Område {_}")
    with django_assert_max_num_queries(len(few.captured_queries)):
        admin_client.get(url)


@pytest.mark.parametrize(
    "name",
    [
        "pledges_pledge",
        "pledges_action",
        "pledges_focusarea",
        "pledges_method",
        "municipalities_municipality",
        "municipalities_county",
        "municipalities_policearea",
        "municipalities_policeregion",
    ],
)
def test_every_model_has_an_admin_in_swedish(admin_client, name):
    fill_pledge(make_pledge())
    response = admin_client.get(reverse(f"admin:{name}_changelist"))
    assert response.status_code == 200
    assert "Välj" in response.content.decode()
    response = admin_client.get(reverse(f"admin:{name}_add"))
    assert response.status_code == 200


def test_pledge_change_form_loads(admin_client):
    pledge = fill_pledge(make_pledge())
    response = admin_client.get(reverse("admin:pledges_pledge_change", args=[pledge.pk]))
    assert response.status_code == 200
    assert "Löften" in response.content.decode()
    # A template's notes to developers never reach the page ("{# … #}" spans one line only).
    assert "{#" not in response.content.decode()


def test_municipality_autocomplete_finds_by_name(admin_client):
    response = admin_client.get(
        reverse("admin:autocomplete"),
        {
            "term": "Ljung",
            "app_label": "pledges",
            "model_name": "pledge",
            "field_name": "municipalities",
        },
    )
    assert response.status_code == 200
    assert "Ljungby" in [r["text"] for r in response.json()["results"]]


def test_a_new_promise_and_signatory_go_last(admin_client):
    pledge = fill_pledge(make_pledge(status="utkast", published_at=None), actions=2)
    actions = list(pledge.actions.order_by("order", "pk"))
    signatories = list(pledge.signatories.all())
    data = pledge_post(pledge)
    data.update(
        {
            "actions-TOTAL_FORMS": "3",
            "actions-2-pledge": pledge.pk,
            "actions-2-order": "",
            "actions-2-text": "Ett nytt löfte som ska stå sist",
            "actions-2-responsible": "gemensamt",
            "actions-2-targets_text": "",
            "signatories-TOTAL_FORMS": str(len(signatories) + 1),
            f"signatories-{len(signatories)}-pledge": pledge.pk,
            f"signatories-{len(signatories)}-order": "",
            f"signatories-{len(signatories)}-name": "Ny Undertecknare",
            f"signatories-{len(signatories)}-side": "polis",
        }
    )
    response = admin_client.post(reverse("admin:pledges_pledge_change", args=[pledge.pk]), data)
    assert response.status_code == 302
    texts = [a.text for a in pledge.actions.all()]
    assert texts == [a.text for a in actions] + ["Ett nytt löfte som ska stå sist"]
    assert [s.name for s in pledge.signatories.all()][-1] == "Ny Undertecknare"
    page = admin_client.get(reverse("admin:pledges_pledge_change", args=[pledge.pk]))
    html = " ".join(page.content.decode().split())
    assert 'Löfte <span class="inline_label">3</span>:</b> Ett nytt löfte som ska stå sist' in html


def test_rows_made_without_an_order_go_last(pledge):
    last = pledge.actions.order_by("-order").first()
    new = Action.objects.create(pledge=pledge, text="Sist", responsible="gemensamt")
    assert new.order == last.order + 1
    signatory = Signatory.objects.create(pledge=pledge, name="Sist", side="kommun")
    assert list(pledge.signatories.all())[-1] == signatory
    first = make_pledge(title="Tomt")
    assert Party.objects.create(pledge=first, name="Bostadsbolaget").order == 0


def test_each_promise_and_signatory_is_a_fieldset_named_after_it(admin_client):
    pledge = fill_pledge(make_pledge(), actions=2)
    action = pledge.actions.order_by("order", "pk")[1]
    signatory = pledge.signatories.first()
    page = admin_client.get(reverse("admin:pledges_pledge_change", args=[pledge.pk]))
    html = " ".join(page.content.decode().split())
    assert '<fieldset class="named-card" aria-labelledby="actions-1-name">' in html
    assert (
        f'<h3 id="actions-1-name"><b>Löfte <span class="inline_label">2</span>:</b> {action.text}'
        in html
    )
    assert (
        '<h3 id="signatories-0-name"><b>Undertecknare <span class="inline_label">1</span>:</b> '
        f"{signatory}" in html
    )
    assert "<table" not in html.split('id="actions-group"')[1].split('class="submit-row"')[0]
