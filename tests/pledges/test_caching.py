"""Public pages come from the cache or as 304, and a publish or edit shows at once."""

import datetime

import pytest
from django.utils import timezone

from pledges.models import Party, Pledge
from tests.conftest import fill_pledge, make_action, make_pledge
from tests.followups.conftest import DONE, make_report

pytestmark = pytest.mark.django_db


@pytest.fixture
def page_cache(settings):
    settings.PUBLIC_PAGE_CACHE = True


def test_a_repeat_visit_gets_304_without_touching_the_database(
    client, page_cache, django_assert_num_queries
):
    url = fill_pledge(make_pledge(), actions=3).get_absolute_url()
    first = client.get(url)
    etag = first["ETag"]
    assert first.status_code == 200
    assert "no-cache" in first["Cache-Control"]
    with django_assert_num_queries(0):
        again = client.get(url, HTTP_IF_NONE_MATCH=etag)
    assert again.status_code == 304
    with django_assert_num_queries(0):
        cached = client.get(url)
    assert cached.status_code == 200
    assert cached.content == first.content


def test_an_edit_shows_at_once(client, page_cache):
    pledge = fill_pledge(make_pledge(), actions=1)
    url = pledge.get_absolute_url()
    etag = client.get(url)["ETag"]
    action = pledge.actions.get()
    action.text = "En helt ny formulering av löftet"
    action.save()
    response = client.get(url, HTTP_IF_NONE_MATCH=etag)
    assert response.status_code == 200
    assert "En helt ny formulering av löftet" in response.content.decode()
    assert response["ETag"] != etag


def test_a_changed_target_or_party_shows_at_once(client, page_cache):
    """Targets and other parties are saved on their own (the import, the API), not only with
    their pledge: their change shows without waiting for the cache to expire."""
    pledge = make_pledge()
    action = make_action(pledge, targets=[(2, "trygghetsvandringar", "ar")])
    party = Party.objects.create(pledge=pledge, name="Bostadsbolaget AB")
    url = pledge.get_absolute_url()
    etag = client.get(url)["ETag"]
    target = action.targets.get()
    target.count = 7
    target.save()
    party.name = "Räddningstjänsten Syd"
    party.save()

    response = client.get(url, HTTP_IF_NONE_MATCH=etag)
    content = response.content.decode()
    assert response.status_code == 200
    assert "7 trygghetsvandringar" in content and "2 trygghetsvandringar" not in content
    assert "Räddningstjänsten Syd" in content and "Bostadsbolaget AB" not in content


def test_a_publish_shows_at_once_on_every_page(client, page_cache):
    pledge = fill_pledge(
        make_pledge(status=Pledge.Status.DRAFT, published_at=None, title="Nytt löfte i Ljungby"), 1
    )
    pages = ["/", "/kommuner/", "/kommuner/ljungby/", "/loften/", "/sok/?q=Ljungby"]
    before = {url: client.get(url) for url in pages}
    assert all("Nytt löfte i Ljungby" not in r.content.decode() for r in before.values())
    assert client.get(pledge.get_absolute_url()).status_code == 404
    pledge.status = Pledge.Status.PUBLISHED
    pledge.save()
    for url in pages:
        response = client.get(url, HTTP_IF_NONE_MATCH=before[url]["ETag"])
        assert response.status_code == 200, url
    for url in ["/kommuner/ljungby/", "/loften/", "/sok/?q=Ljungby"]:
        assert "Nytt löfte i Ljungby" in client.get(url).content.decode(), url
    assert client.get(pledge.get_absolute_url()).status_code == 200


def test_a_published_report_shows_at_once(client, page_cache):
    pledge = fill_pledge(make_pledge(), actions=2)
    before = client.get(pledge.get_absolute_url())
    report = make_report(pledge, kind="ar", year=2024, statuses=DONE)
    after = client.get(pledge.get_absolute_url(), HTTP_IF_NONE_MATCH=before["ETag"])
    assert after.status_code == 200
    assert report.get_absolute_url() in after.content.decode()


def test_a_scheduled_publication_appears_at_its_time_despite_the_cache(
    client, page_cache, monkeypatch
):
    at = timezone.now() + datetime.timedelta(hours=1)
    pledge = fill_pledge(make_pledge(published_at=at, title="Schemalagt löfte"), 1)
    page = client.get("/kommuner/ljungby/")
    assert "Schemalagt löfte" not in page.content.decode()
    later = at + datetime.timedelta(seconds=1)
    monkeypatch.setattr(timezone, "now", lambda: later)
    response = client.get("/kommuner/ljungby/", HTTP_IF_NONE_MATCH=page["ETag"])
    assert response.status_code == 200
    assert "Schemalagt löfte" in response.content.decode()
    assert client.get(pledge.get_absolute_url()).status_code == 200


def test_logged_in_staff_always_get_a_fresh_page(client, page_cache, django_user_model):
    pledge = fill_pledge(make_pledge(), actions=1)
    client.force_login(django_user_model.objects.create_user("staff", is_staff=True))
    response = client.get(pledge.get_absolute_url())
    assert "ETag" not in response


def test_404_is_not_cached(client, page_cache):
    assert client.get("/kommuner/ljungby/2031/").status_code == 404
    pledge = fill_pledge(
        make_pledge(start_date=datetime.date(2031, 1, 1), end_date=datetime.date(2031, 12, 31)), 1
    )
    assert client.get(pledge.get_absolute_url()).status_code == 200


def test_a_change_made_by_another_process_shows_within_a_second(
    client, page_cache, monkeypatch, settings
):
    from django.core.cache import cache

    from pledges import caching

    url = fill_pledge(make_pledge(), actions=1).get_absolute_url()
    etag = client.get(url)["ETag"]
    # Another worker saved something: the shared version is gone, this process still remembers.
    cache.delete(caching.VERSION_KEY)
    assert client.get(url, HTTP_IF_NONE_MATCH=etag).status_code == 304
    checked = caching._local["checked"]
    monkeypatch.setattr(
        caching.time, "monotonic", lambda: checked + settings.CONTENT_VERSION_LOCAL_MS / 1000
    )
    assert client.get(url, HTTP_IF_NONE_MATCH=etag).status_code == 200


def test_with_no_local_memory_a_change_by_another_process_shows_at_once(
    client, page_cache, settings
):
    """As behind nginx with several app servers (deploy/cluster.py)."""
    from django.core.cache import cache

    from pledges import caching

    settings.CONTENT_VERSION_LOCAL_MS = 0
    url = fill_pledge(make_pledge(), actions=1).get_absolute_url()
    etag = client.get(url)["ETag"]
    cache.delete(caching.VERSION_KEY)  # another app server saved something
    assert client.get(url, HTTP_IF_NONE_MATCH=etag).status_code == 200


def test_an_english_repeat_visit_gets_304_and_its_own_etag(client, page_cache):
    url = fill_pledge(make_pledge(), actions=1).get_absolute_url()
    swedish = client.get(url)["ETag"]
    english = client.get("/en" + url)
    assert english.status_code == 200
    assert english["ETag"] != swedish
    assert client.get("/en" + url, HTTP_IF_NONE_MATCH=english["ETag"]).status_code == 304
    # A Swedish copy is not a current English page.
    assert client.get("/en" + url, HTTP_IF_NONE_MATCH=swedish).status_code == 200


def test_a_repeat_visit_to_an_unknown_address_is_still_404(client, page_cache):
    response = client.get("/kommuner/finns-inte/2024/", HTTP_IF_NONE_MATCH='"whatever"')
    assert response.status_code == 404


def test_a_repeat_visit_from_a_host_not_allowed_is_refused(client, page_cache):
    url = fill_pledge(make_pledge(), actions=1).get_absolute_url()
    etag = client.get(url)["ETag"]
    response = client.get(url, HTTP_IF_NONE_MATCH=etag, HTTP_HOST="evil.example")
    assert response.status_code == 400


def test_query_parameters_a_page_does_not_use_are_not_cached(client, page_cache):
    """Every distinct query string used to store a whole page for an hour; now only those
    made of the parameters a page reads are kept, and the rest are rendered but not stored."""
    from django.core.cache import cache

    url = fill_pledge(make_pledge(), actions=1).get_absolute_url()
    keys_before = len(cache._cache)

    for n in range(20):
        response = client.get(f"{url}?utm_source=nyhetsbrev{n}&fbclid={n}")
        assert response.status_code == 200
        assert "ETag" not in response

    assert len(cache._cache) <= keys_before + 2  # the content version, at most one more


@pytest.mark.parametrize(
    "url", ["/loften/?ar=2024&lan=06&page=1", "/sok/?q=trygg&typ=loften", "/kommuner/?q=lj"]
)
def test_the_parameters_a_page_uses_are_cached(client, page_cache, url):
    first = client.get(url)
    assert first.status_code == 200
    assert client.get(url, HTTP_IF_NONE_MATCH=first["ETag"]).status_code == 304


def test_an_unknown_parameter_beside_known_ones_is_not_cached(client, page_cache):
    response = client.get("/loften/?ar=2024&utm_campaign=x")
    assert response.status_code == 200
    assert "ETag" not in response
