"""The full downloads (/loften.csv and /loften.json without filters) are made once per content
version and kept as files, so that repeated downloads cost no database work and a visitor who
has the current file gets 304."""

import pytest
from django.utils import timezone

from tests.conftest import fill_pledge, make_pledge

pytestmark = pytest.mark.django_db


def body(response):
    if response.streaming:
        return b"".join(response.streaming_content)
    return response.content


@pytest.mark.parametrize("url", ["/loften.csv", "/loften.json"])
def test_a_repeated_full_download_costs_no_queries_and_a_repeat_visit_gets_304(
    client, export_dir, django_assert_num_queries, url
):
    fill_pledge(make_pledge(), actions=3)
    first = client.get(url)
    assert first.status_code == 200
    content = body(first)
    assert first["ETag"]
    assert first["Last-Modified"]

    with django_assert_num_queries(0):
        again = client.get(url)
        assert body(again) == content
    with django_assert_num_queries(0):
        not_modified = client.get(url, HTTP_IF_NONE_MATCH=first["ETag"])
    assert not_modified.status_code == 304
    since = client.get(url, HTTP_IF_MODIFIED_SINCE=first["Last-Modified"])
    assert since.status_code == 304


def test_the_full_download_is_the_same_as_the_streamed_one(client, export_dir):
    fill_pledge(make_pledge(), actions=3)
    full = body(client.get("/loften.csv"))
    # A filter that selects everything is still streamed, row by row.
    streamed = client.get("/loften.csv", {"ordning": "nyast"})
    assert streamed.streaming
    assert b"".join(streamed.streaming_content) == full


def test_a_content_change_shows_in_the_next_download(client, export_dir):
    pledge = fill_pledge(make_pledge(), actions=1)
    first = client.get("/loften.csv")
    etag, content = first["ETag"], body(first)

    pledge.title = "Ett nytt namn på löftet"
    pledge.save()
    changed = client.get("/loften.csv", HTTP_IF_NONE_MATCH=etag)

    assert changed.status_code == 200
    assert changed["ETag"] != etag
    assert "Ett nytt namn på löftet" in body(changed).decode()
    assert body(changed) != content
    # The file of the old version is gone: one file per format at a time.
    assert len(list(export_dir.glob("*.csv"))) == 1


def test_a_draft_never_gets_into_the_full_download(client, export_dir):
    make_pledge(title="Hemligt utkast", status="utkast", published_at=None)
    fill_pledge(make_pledge(published_at=timezone.now()), actions=1)
    assert "Hemligt utkast" not in body(client.get("/loften.csv")).decode()


def test_while_a_new_file_is_being_written_the_previous_one_is_served(
    client, export_dir, settings, monkeypatch
):
    """The file takes half a minute on national data: no request waits for it, and no two
    processes write it at once."""
    from pledges import exports

    pledge = fill_pledge(make_pledge(), actions=1)
    old = client.get("/loften.csv")
    pledge.title = "Ändrat medan filen skrivs"
    pledge.save()
    settings.EXPORT_IN_BACKGROUND = True
    started = []
    monkeypatch.setattr(exports, "start_thread", started.append)  # still being written

    first = client.get("/loften.csv")
    second = client.get("/loften.csv")

    assert body(first) == body(second) == body(old)
    assert first["ETag"] == old["ETag"]
    assert len(started) == 1  # the second request saw the first one's lock
    started[0]()  # the thread finishes
    assert "Ändrat medan filen skrivs" in body(client.get("/loften.csv")).decode()


def test_the_very_first_download_asks_to_come_back_while_the_file_is_written(
    client, export_dir, settings, monkeypatch
):
    from pledges import exports

    fill_pledge(make_pledge(), actions=1)
    settings.EXPORT_IN_BACKGROUND = True
    started = []
    monkeypatch.setattr(exports, "start_thread", started.append)

    response = client.get("/loften.json")

    assert response.status_code == 503
    assert response["Retry-After"] == "60"
    assert "Filen skapas just nu" in response.content.decode()
    started[0]()
    written = client.get("/loften.json")
    assert written.status_code == 200
    assert body(written).startswith(b"[")
