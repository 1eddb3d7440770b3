import datetime
import re

import pytest
from django.utils import timezone
from django.views.defaults import server_error

from municipalities.models import PoliceArea
from pledges.models import Action, FocusArea, Pledge, Signatory
from tests.conftest import fill_pledge, make_action, make_pledge, make_signatory
from tests.html_outline import assert_sound_outline, outline

pytestmark = pytest.mark.django_db
D = datetime.date


def ljungby_2017_2018():
    """Close to the real Ljungby pledge for 2017–2018."""
    pledge = make_pledge(
        title="Medborgarlöfte i Ljungby kommun 2017–2018",
        start_date=D(2017, 1, 1),
        end_date=D(2018, 12, 31),
        police_area=PoliceArea.objects.get(slug="ljungby"),
        introduction="Samverkan mellan polis och kommun är en nödvändighet.\n\n"
        "Genom medborgarlöfte ska vi tillsammans kunna utföra insatser.",
        situation="Antalet anmälda brott har i allmänhet minskat.",
        situation_basis="Den nationella trygghetsmätningen 2016.",
        followup_cadence=Pledge.Cadence.QUARTERLY,
        followup_text="En utvärdering ska göras när nytt medborgarlöfte skrivs 2019.",
        signed_on=D(2017, 2, 9),
        signed_place="Ljungby",
    )
    make_action(
        pledge,
        text="att genomföra minst 2 trygghetsvandringar per år",
        targets=[(2, "trygghetsvandringar", "ar")],
        responsible=Action.Responsible.MUNICIPALITY,
        other_party="Ljungbybostäder",
    )
    make_action(pledge, text="att vid behov genomföra riktade insatser")
    make_signatory(
        pledge,
        order=1,
        name="Anders Karlsson",
        title="Lokalpolisområdeschef",
        side=Signatory.Side.POLICE,
        organisation="Polismyndigheten",
    )
    make_signatory(
        pledge,
        order=2,
        name="Magnus Gunnarsson",
        title="Kommunstyrelsens ordförande",
        organisation="Ljungby kommun",
    )
    return pledge


# The pledge page


def test_pledge_page_shows_what_was_promised_and_who_signed(client):
    ljungby_2017_2018()

    response = client.get("/kommuner/ljungby/2017-2018/")

    assert response.status_code == 200
    content = response.content.decode()
    assert "<title>Ljungby 2017–2018 – Medborgarlöften</title>" in content
    assert "<h1>Medborgarlöfte i Ljungby kommun 2017–2018</h1>" in content
    assert "2017–2018" in content
    assert "minst 2 trygghetsvandringar per år" in content
    assert "Kommunen, med Ljungbybostäder" in content
    assert "att vid behov genomföra riktade insatser" in content
    assert content.index("Anders Karlsson") < content.index("Magnus Gunnarsson")
    assert "Lokalpolisområdeschef" in content
    assert "Undertecknat i Ljungby 9 februari 2017" in content
    assert "Löftet följs upp kvartalsvis." in content
    assert "Den nationella trygghetsmätningen 2016." in content
    assert 'href="/polisomraden/ljungby/"' in content
    assert 'href="/kommuner/ljungby/"' in content


def test_pledge_page_links_to_its_canonical_address(client):
    ljungby_2017_2018()

    response = client.get("/kommuner/ljungby/2017-2018/")

    assert (
        '<link rel="canonical" href="http://testserver/kommuner/ljungby/2017-2018/">'
        in response.content.decode()
    )


def test_texts_keep_their_paragraphs_and_are_escaped(client):
    make_pledge(introduction="Första stycket.\n\nAndra <script>alert(1)</script> stycket.")

    content = client.get("/kommuner/ljungby/2024/").content.decode()

    assert "<p>Första stycket.</p>" in content
    assert "<p>Andra &lt;script&gt;alert(1)&lt;/script&gt; stycket.</p>" in content
    assert "<script>" not in content


def test_actions_are_grouped_under_their_headings(client):
    pledge = make_pledge()
    make_action(pledge, heading="Synlighet", text="Polisen syns i centrum")
    make_action(pledge, heading="Synlighet", text="Polisen syns vid skolorna")
    make_action(pledge, heading="Samverkan", text="Kommunen och polisen träffas varje månad")

    response = client.get(pledge.get_absolute_url())

    _, headings = outline(response)
    assert (2, "Våra löften") in headings
    start = headings.index((2, "Våra löften"))
    assert headings[start + 1 : start + 3] == [(3, "Synlighet"), (3, "Samverkan")]
    content = response.content.decode()
    assert content.index("Polisen syns vid skolorna") < content.index("Kommunen och polisen")


def test_actions_without_headings_are_one_list(client):
    pledge = make_pledge()
    make_action(pledge, text="Polisen syns i centrum")
    make_action(pledge, text="Kommunen lagar belysningen")

    response = client.get(pledge.get_absolute_url())

    _, headings = outline(response)
    start = headings.index((2, "Våra löften"))
    assert headings[start + 1][0] == 2
    assert "Kommunen lagar belysningen" in response.content.decode()


def test_pledge_page_shows_focus_areas_methods_and_targets(client, pledge):
    content = client.get(pledge.get_absolute_url()).content.decode()

    for focus_area in pledge.focus_areas.all():
        assert focus_area.name in content
    for action in pledge.actions.all():
        assert action.text in content
        for method in action.methods.all():
            assert method.name in content
    assert "minst 2 trygghetsvandringar per år" in content


def test_contact_and_the_original_document_are_shown_never_the_editors_notes(client):
    pledge = make_pledge(
        contact_name="Anna Andersson",
        contact_role="Kommunpolis",
        contact_email="anna.andersson@example.se",
        contact_phone="010-123 45 67",
        source_url="https://polisen.se/medborgarlofte-ljungby",
        source_note="Originaltexten slutar mitt i en mening.",
    )

    content = client.get(pledge.get_absolute_url()).content.decode()

    assert "Anna Andersson" in content
    assert "Kommunpolis" in content
    assert 'href="mailto:anna.andersson@example.se"' in content
    assert "010-123 45 67" in content
    assert (
        '<a class="url" href="https://polisen.se/medborgarlofte-ljungby">Läs originaldokumentet</a>'
        in (content)
    )
    assert "Originaltexten slutar mitt i en mening." not in content
    assert "ring 112 vid nödläge, annars 114 14" in content


def test_pledge_links_to_the_previous_and_next_published_pledges(client):
    previous = make_pledge(start_date=D(2023, 1, 1), end_date=D(2023, 12, 31))
    pledge = make_pledge(continues=previous)
    following = make_pledge(start_date=D(2025, 1, 1), end_date=D(2025, 12, 31), continues=pledge)
    make_pledge(
        start_date=D(2026, 1, 1),
        end_date=D(2026, 12, 31),
        continues=pledge,
        status=Pledge.Status.DRAFT,
        published_at=None,
        title="Ett utkast",
    )

    content = client.get(pledge.get_absolute_url()).content.decode()

    assert f'href="{previous.get_absolute_url()}">Ljungby 2023</a>' in content
    assert f'href="{following.get_absolute_url()}">Ljungby 2025</a>' in content
    assert "/kommuner/ljungby/2026/" not in content
    assert "Ljungby 2024" in client.get(previous.get_absolute_url()).content.decode()


def test_a_draft_previous_pledge_is_not_linked(client):
    draft = make_pledge(
        start_date=D(2023, 1, 1),
        end_date=D(2023, 12, 31),
        status=Pledge.Status.DRAFT,
        published_at=None,
    )
    pledge = make_pledge(continues=draft)

    content = client.get(pledge.get_absolute_url()).content.decode()

    assert "/kommuner/ljungby/2023/" not in content
    assert "Föregående löfte" not in content


# Addresses


def test_multi_year_exact_date_and_district_addresses_work(client):
    make_pledge(start_date=D(2017, 1, 1), end_date=D(2018, 12, 31), title="Två år")
    make_pledge(start_date=D(2018, 7, 1), end_date=D(2020, 6, 30), title="Juli till juni")
    make_pledge(municipalities=["malmo"], district="Rosengård", title="Rosengårds löfte")
    make_pledge(municipalities=["malmo"], district="Fosie", title="Fosies löfte")

    assert "<h1>Två år</h1>" in client.get("/kommuner/ljungby/2017-2018/").content.decode()
    assert (
        "<h1>Juli till juni</h1>"
        in client.get("/kommuner/ljungby/2018-07-2020-06/").content.decode()
    )
    rosengard = client.get("/kommuner/malmo/2024/rosengard/")
    assert "<h1>Rosengårds löfte</h1>" in rosengard.content.decode()
    assert "<title>Malmö, Rosengård 2024 – Medborgarlöften</title>" in rosengard.content.decode()
    assert "<h1>Fosies löfte</h1>" in client.get("/kommuner/malmo/2024/fosie/").content.decode()
    assert client.get("/kommuner/malmo/2024/").status_code == 404
    assert client.get("/kommuner/malmo/2024/limhamn/").status_code == 404


def test_a_pledge_of_several_municipalities_is_reachable_from_each(client):
    # Gnosjö (0617) has a lower code than Värnamo (0683), so its address is the canonical one.
    pledge = make_pledge(municipalities=["varnamo", "gnosjo"], title="Gemensamt löfte")

    canonical = client.get("/kommuner/gnosjo/2024/")
    other = client.get("/kommuner/varnamo/2024/")

    assert canonical.status_code == 200
    assert "<h1>Gemensamt löfte</h1>" in canonical.content.decode()
    assert "<title>Gnosjö, Värnamo 2024 – Medborgarlöften</title>" in canonical.content.decode()
    assert other.status_code == 301
    assert other["Location"] == "/kommuner/gnosjo/2024/" == pledge.get_absolute_url()


def test_a_pledge_is_not_reachable_from_a_municipality_that_does_not_give_it(client):
    make_pledge(municipalities=["ljungby"])

    assert client.get("/kommuner/alvesta/2024/").status_code == 404


@pytest.mark.parametrize(
    "url",
    [
        "/kommuner/ljungby/2023/",  # unknown period
        "/kommuner/finns-inte/2024/",  # unknown municipality
        "/kommuner/ljungby/2024/centrum/",  # unknown district
    ],
)
def test_unknown_addresses_are_404_in_swedish(client, url):
    make_pledge()

    response = client.get(url)

    assert response.status_code == 404
    assert "Sidan finns inte" in response.content.decode()
    assert 'href="/kommuner/"' in response.content.decode()


def test_a_draft_is_404_for_visitors(client):
    make_pledge(status=Pledge.Status.DRAFT, published_at=None)

    response = client.get("/kommuner/ljungby/2024/")

    assert response.status_code == 404
    assert "Sidan finns inte" in response.content.decode()


def test_a_pledge_scheduled_for_later_is_404_until_then(client):
    make_pledge(published_at=timezone.now() + datetime.timedelta(days=1))

    assert client.get("/kommuner/ljungby/2024/").status_code == 404


# The start page


def test_start_page_explains_and_offers_a_search_without_javascript(client):
    response = client.get("/")

    assert response.status_code == 200
    content = response.content.decode()
    assert "<h1>Medborgarlöften</h1>" in content
    assert "Ett medborgarlöfte är ett löfte från kommunen och polisen" in content
    assert '<form class="search-form" action="/kommuner/" method="get"' in content
    assert '<label for="sok-kommun">' in content
    assert '<input id="sok-kommun" type="text" name="q"' in content
    assert content.count("<option ") == 290
    assert '<option value="Håbo">' in content
    assert '<option value="Habo">' in content
    assert "<script" not in content


def test_start_page_links_to_the_latest_published_pledges_only(client):
    older = make_pledge(
        start_date=D(2023, 1, 1),
        end_date=D(2023, 12, 31),
        published_at=timezone.now() - datetime.timedelta(days=10),
    )
    newer = make_pledge(municipalities=["varnamo", "gnosjo"])
    make_pledge(
        municipalities=["alvesta"], status=Pledge.Status.DRAFT, published_at=None, title="Utkast"
    )
    make_pledge(
        municipalities=["almhult"],
        published_at=timezone.now() + datetime.timedelta(days=1),
        title="Publiceras i morgon",
    )

    content = client.get("/").content.decode()

    assert f'href="{newer.get_absolute_url()}">Gnosjö, Värnamo 2024</a>' in content
    assert f'href="{older.get_absolute_url()}">Ljungby 2023</a>' in content
    assert content.index("Gnosjö, Värnamo 2024") < content.index("Ljungby 2023")
    assert "/kommuner/alvesta/" not in content
    assert "Utkast" not in content
    assert "/kommuner/almhult/" not in content


def test_start_page_shows_the_ten_latest_when_none_is_in_force(client):
    now = timezone.now()
    pledges = [
        make_pledge(
            start_date=D(2000 + i, 1, 1),
            end_date=D(2000 + i, 12, 31),
            published_at=now - datetime.timedelta(days=20 - i),
        )
        for i in range(12)
    ]

    content = client.get("/").content.decode()

    assert "Inget publicerat medborgarlöfte gäller just nu." in content
    assert content.count('class="card"') == 10
    assert pledges[-1].get_absolute_url() in content
    assert pledges[0].get_absolute_url() not in content
    assert pledges[1].get_absolute_url() not in content


# Every page


def test_pages_have_one_h1_headings_in_order_and_swedish(client, pledge):
    pledge.introduction = "Inledning."
    pledge.situation_basis = "Trygghetsmätningen."
    pledge.expected_effect = "Färre brott."
    pledge.save()

    for url in ["/", pledge.get_absolute_url(), "/kommuner/finns-inte/2024/"]:
        assert_sound_outline(client.get(url))


# Queries


# The start page's query count: tests/pledges/test_answer.py, with pledges in force.


@pytest.mark.parametrize("actions", [5, 50])
def test_pledge_page_query_count_does_not_grow_with_actions(
    client, django_assert_num_queries, actions
):
    previous = make_pledge(start_date=D(2023, 1, 1), end_date=D(2023, 12, 31))
    pledge = fill_pledge(make_pledge(continues=previous), actions=actions)
    make_pledge(start_date=D(2025, 1, 1), end_date=D(2025, 12, 31), continues=pledge)

    # The pledge with its police area; its municipalities, focus areas, signatories and
    # parties; its published follow-ups (none here); its promises; their methods and targets
    # (with the latest report's statuses); the previous pledge and its municipalities; the next
    # pledges and their municipalities.
    url = pledge.get_absolute_url()
    with django_assert_num_queries(9):
        response = client.get(url)
    assert response.content.decode().count('class="action"') == actions


def test_the_focus_area_of_a_group_is_not_repeated_on_each_action(client):
    pledge = make_pledge()
    narkotika = FocusArea.objects.get(slug="narkotika")
    make_action(pledge, focus_area=narkotika)
    make_action(pledge, heading="Synlighet", focus_area=narkotika)

    content = client.get(pledge.get_absolute_url()).content.decode()

    assert "<h3>Narkotika</h3>" in content
    assert "<h3>Synlighet</h3>" in content
    assert content.count('<span class="chip" lang="sv">Narkotika</span>') == 1


def test_skip_link_is_the_first_link_and_leads_to_main(client):
    content = client.get("/").content.decode()

    assert content.index('<a class="skip-link" href="#innehall">Hoppa till innehållet</a>') == (
        content.index("<a ")
    )
    assert '<main id="innehall" tabindex="-1">' in content
    assert '<nav class="site-nav" aria-label="Huvudmeny">' in content
    assert "Brott anmäls till polisen: ring 112 vid nödläge, annars 114 14." in content


def test_server_error_page_is_swedish_and_needs_nothing(rf, django_assert_num_queries):
    with django_assert_num_queries(0):
        response = server_error(rf.get("/"))

    assert response.status_code == 500
    content = response.content.decode()
    assert '<html lang="sv">' in content
    assert "<h1>Något gick fel</h1>" in content
    assert "/static/" not in content


def test_the_start_pages_cards_read_as_the_shared_card_does(client):
    """The start page writes its cards out from plain values (pledges/start_page.py); each
    must say what includes/pledge_card.html says of the same pledge, in both languages."""
    from django.template.loader import render_to_string
    from django.utils import translation

    from followups.models import prefetch_latest_reports
    from tests.followups.conftest import CANCELLED, CANNOT_ASSESS, DONE, ONGOING, make_report

    year = timezone.localdate().year
    shared = fill_pledge(
        make_pledge(["varnamo", "gnosjo"], start_date=D(year, 1, 1), end_date=D(year, 12, 31)), 4
    )
    make_report(shared, year=year, statuses=[DONE, ONGOING, CANCELLED, DONE])
    district = fill_pledge(
        make_pledge(
            district="Centrum",
            start_date=D(year - 1, 7, 1),
            end_date=None,
            until_further_notice=True,
        ),
        2,
    )
    make_report(district, kind="halvar", year=year - 1, number=2, statuses=DONE, is_example=True)
    fill_pledge(make_pledge(["alvesta"], start_date=D(year, 1, 1), end_date=D(year + 1, 12, 31)), 1)
    uncounted = fill_pledge(
        make_pledge(["almhult"], start_date=D(year, 1, 1), end_date=D(year, 12, 31)), 1
    )
    make_report(uncounted, year=year, statuses=CANNOT_ASSESS)

    def cards(html):
        found = re.findall(r'<article class="card">.*?</article>', html, re.S)
        return [re.sub(r"\s+", " ", re.sub(r">\s+<", "><", card)) for card in found]

    for language, prefix in [("sv", ""), ("en", "/en")]:
        page = cards(client.get(f"{prefix}/").content.decode())
        with translation.override(language):
            pledges = prefetch_latest_reports(
                Pledge.objects.published().current().with_municipalities().recently_published()
            )
            expected = [
                cards(
                    render_to_string(
                        "includes/pledge_card.html", {"pledge": p, "show_followup": True}
                    )
                )[0]
                for p in pledges
            ]
        assert len(page) == 4
        assert page == expected, language
