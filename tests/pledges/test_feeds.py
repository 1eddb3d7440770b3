"""Atom and RSS feeds of newly published pledges and follow-ups."""

import xml.etree.ElementTree as ET

import pytest

from tests.conftest import make_action, make_pledge
from tests.followups.conftest import DONE, make_report

pytestmark = pytest.mark.django_db
ATOM = "{http://www.w3.org/2005/Atom}"


def atom_entries(response):
    assert response.status_code == 200
    assert response["Content-Type"] == "application/atom+xml; charset=utf-8"
    root = ET.fromstring(response.content)
    assert root.tag == f"{ATOM}feed"
    return [
        {
            "title": entry.find(f"{ATOM}title").text,
            "link": entry.find(f"{ATOM}link").get("href"),
            "id": entry.find(f"{ATOM}id").text,
            "summary": entry.find(f"{ATOM}summary").text,
        }
        for entry in root.findall(f"{ATOM}entry")
    ]


def rss_items(response):
    assert response.status_code == 200
    assert response["Content-Type"] == "application/rss+xml; charset=utf-8"
    root = ET.fromstring(response.content)
    return [item.find("title").text for item in root.iter("item")]


def test_site_feed_lists_published_pledges_and_reports_newest_first(client, find_world):
    make_report(find_world["ljungby"], kind="ar", year=2023, published=False)

    entries = atom_entries(client.get("/flode.atom"))

    titles = [entry["title"] for entry in entries]
    # Reports were published a minute ago, pledges a day ago; the later made the newer.
    assert titles == [
        "Svenljunga 2022: Uppföljning 2022",
        "Värnamo 2024: Uppföljning 2024",
        "Nytt medborgarlöfte: Svenljunga 2022",
        "Nytt medborgarlöfte: Ljungby 2023–2024",
        "Nytt medborgarlöfte: Värnamo 2024",
    ]
    assert "Ljungby 2023–2024: Uppföljning 2023" not in titles  # a draft
    assert not any("Gnosjö" in t or "Vaggeryd" in t for t in titles)  # draft, scheduled
    varnamo = find_world["varnamo"]
    pledge_entry = next(e for e in entries if e["title"] == "Nytt medborgarlöfte: Värnamo 2024")
    assert pledge_entry["link"] == "http://testserver/kommuner/varnamo/2024/"
    assert pledge_entry["id"] == f"urn:uuid:{varnamo.uid}"


def test_rss_feeds_are_valid_xml_too(client, find_world):
    assert len(rss_items(client.get("/flode.rss"))) == 5
    assert rss_items(client.get("/kommuner/ljungby/flode.rss")) == [
        "Nytt medborgarlöfte: Ljungby 2023–2024"
    ]
    assert rss_items(client.get("/fokusomraden/unga/flode.rss")) == [
        "Svenljunga 2022: Uppföljning 2022",
        "Nytt medborgarlöfte: Svenljunga 2022",
    ]


def test_municipality_feed_has_only_its_pledges(client, find_world):
    entries = atom_entries(client.get("/kommuner/varnamo/flode.atom"))

    assert {entry["title"] for entry in entries} == {
        "Värnamo 2024: Uppföljning 2024",
        "Nytt medborgarlöfte: Värnamo 2024",
    }


def test_a_municipality_without_published_pledges_has_an_empty_feed(client, find_world):
    assert atom_entries(client.get("/kommuner/gnosjo/flode.atom")) == []


def test_focus_area_feed_has_only_pledges_in_the_area(client, find_world):
    entries = atom_entries(client.get("/fokusomraden/bedragerier/flode.atom"))

    assert {entry["title"] for entry in entries} == {
        "Värnamo 2024: Uppföljning 2024",
        "Nytt medborgarlöfte: Värnamo 2024",
    }


def test_unknown_feeds_are_404(client, db):
    assert client.get("/kommuner/finns-inte/flode.atom").status_code == 404
    assert client.get("/fokusomraden/finns-inte/flode.atom").status_code == 404


def test_descriptions_are_escaped_for_feed_readers(client, db):
    pledge = make_pledge(title="<b>Rubrik</b>", introduction="<script>alert(1)</script> Text")
    make_action(pledge)
    make_report(pledge, kind="ar", year=2024, statuses=DONE, summary="<img src=x onerror=1>")

    entries = atom_entries(client.get("/flode.atom"))

    summaries = " ".join(entry["summary"] for entry in entries)
    assert "<script>" not in summaries
    assert "&lt;script&gt;alert(1)&lt;/script&gt; Text" in summaries
    assert "&lt;img src=x onerror=1&gt;" in summaries
    assert "1 av 1 löfte genomfört." in summaries


def test_pages_link_to_their_feeds(client, find_world):
    home = client.get("/").content.decode()
    municipality = client.get("/kommuner/varnamo/").content.decode()

    assert (
        '<link rel="alternate" type="application/atom+xml" '
        'title="Nya medborgarlöften och uppföljningar" href="/flode.atom">'
    ) in home
    assert 'href="/flode.atom">Nyheter som Atom-flöde</a>' in home
    assert 'href="/kommuner/varnamo/flode.atom">' in municipality
    assert 'href="/kommuner/varnamo/flode.atom">Atom-flöde</a>' in municipality
    assert 'href="/kommuner/varnamo/flode.rss">RSS</a>' in municipality


@pytest.mark.parametrize("pledges", [2, 20])
def test_feed_query_count_does_not_grow(client, django_assert_num_queries, pledges):
    for _ in range(pledges):
        pledge = make_pledge(("ljungby", "almhult"))
        make_action(pledge)
        make_report(pledge, kind="ar", year=2024, statuses=DONE)

    # The pledges and their municipalities; the reports with their pledges, the pledges'
    # municipalities and the statuses.
    with django_assert_num_queries(5):
        entries = atom_entries(client.get("/flode.atom"))
    assert len(entries) == min(30, 2 * pledges)
