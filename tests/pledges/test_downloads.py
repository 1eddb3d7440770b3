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
    # A filter that selects everything is written to a file of its own, with the same rows.
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


# Sending the file: its length, byte ranges, nginx, and a bound on the builds.


def test_a_download_says_its_length_and_resumes_from_a_byte_range(client, export_dir):
    fill_pledge(make_pledge(), actions=3)
    whole = client.get("/loften.csv")
    content = body(whole)
    assert whole["Content-Length"] == str(len(content))
    assert whole["Accept-Ranges"] == "bytes"

    part = client.get("/loften.csv", HTTP_RANGE="bytes=10-99")
    assert part.status_code == 206
    assert body(part) == content[10:100]
    assert part["Content-Length"] == "90"
    assert part["Content-Range"] == f"bytes 10-99/{len(content)}"

    rest = client.get("/loften.csv", HTTP_RANGE="bytes=100-")
    assert body(rest) == content[100:]
    tail = client.get("/loften.csv", HTTP_RANGE="bytes=-20")
    assert body(tail) == content[-20:]
    assert tail["Content-Range"] == f"bytes {len(content) - 20}-{len(content) - 1}/{len(content)}"


def test_a_range_of_another_version_or_outside_the_file_is_not_sent(client, export_dir):
    pledge = fill_pledge(make_pledge(), actions=1)
    first = client.get("/loften.csv")
    size = len(body(first))

    outside = client.get("/loften.csv", HTTP_RANGE=f"bytes={size + 10}-")
    assert outside.status_code == 416
    assert outside["Content-Range"] == f"bytes */{size}"

    # Resuming a file that has changed since gets the whole new file, not a piece of it.
    pledge.title = "Ändrat mellan två delar"
    pledge.save()
    resumed = client.get("/loften.csv", HTTP_RANGE="bytes=10-", HTTP_IF_RANGE=first["ETag"])
    assert resumed.status_code == 200
    assert "Ändrat mellan två delar" in body(resumed).decode()
    same = client.get("/loften.csv", HTTP_RANGE="bytes=10-", HTTP_IF_RANGE=resumed["ETag"])
    assert same.status_code == 206
    assert body(same) == body(client.get("/loften.csv"))[10:]


def test_a_filtered_download_is_kept_per_version_and_answers_304(
    client, export_dir, django_assert_num_queries
):
    pledge = fill_pledge(make_pledge(), actions=2)
    first = client.get("/loften.json", {"ar": "2024"})
    content = body(first)
    assert first["Content-Length"] == str(len(content))
    assert first["ETag"]

    # The filter is checked against the years kept for this content version: no query at all.
    with django_assert_num_queries(0):
        again = client.get("/loften.json", {"ar": "2024", "utm_source": "nyhetsbrev"})
        assert body(again) == content
    with django_assert_num_queries(0):
        not_modified = client.get("/loften.json", {"ar": "2024"}, HTTP_IF_NONE_MATCH=first["ETag"])
    assert not_modified.status_code == 304
    part = client.get("/loften.json", {"ar": "2024"}, HTTP_RANGE="bytes=0-0")
    assert (part.status_code, body(part)) == (206, b"[")

    pledge.title = "Nytt namn i den filtrerade filen"
    pledge.save()
    changed = client.get("/loften.json", {"ar": "2024"}, HTTP_IF_NONE_MATCH=first["ETag"])
    assert changed.status_code == 200
    assert "Nytt namn i den filtrerade filen" in body(changed).decode()
    # The older version's file is gone.
    assert len(list((export_dir / "filtrerade").glob("*.json"))) == 1


def test_behind_nginx_the_file_is_handed_to_nginx_and_no_worker_sends_it(
    client, export_dir, settings
):
    settings.EXPORT_ACCEL_REDIRECT = "/_nedladdningar/"
    fill_pledge(make_pledge(), actions=1)

    full = client.get("/loften.csv")
    filtered = client.get("/loften.json", {"ar": "2024"})

    assert full.content == b""
    name = full["X-Accel-Redirect"].removeprefix("/_nedladdningar/")
    assert (export_dir / name).is_file()
    assert full["Content-Disposition"] == 'attachment; filename="medborgarloften.csv"'
    assert full["Content-Type"] == "text/csv; charset=utf-8"
    assert full["ETag"] and full["Last-Modified"]
    assert filtered["X-Accel-Redirect"].startswith("/_nedladdningar/filtrerade/")
    assert (export_dir / filtered["X-Accel-Redirect"].removeprefix("/_nedladdningar/")).is_file()
    # A visitor who has the file still gets 304 from the app, before nginx is asked.
    assert client.get("/loften.csv", HTTP_IF_NONE_MATCH=full["ETag"]).status_code == 304


def test_only_so_many_files_are_written_at_once(client, export_dir, settings):
    """A crowd asking for many different downloads holds EXPORT_MAX_BUILDS workers at most;
    the rest are asked to come back."""
    settings.EXPORT_MAX_BUILDS = 1
    fill_pledge(make_pledge(), actions=1)
    export_dir.mkdir(parents=True)
    (export_dir / "bygge-0.lock").touch()  # another process is writing a file

    busy = client.get("/loften.csv", {"ar": "2024"})
    assert busy.status_code == 503
    assert busy["Retry-After"] == "10"
    assert client.get("/loften.json").status_code == 503

    (export_dir / "bygge-0.lock").unlink()  # it has finished
    for response in client.get("/loften.csv", {"ar": "2024"}), client.get("/loften.json"):
        assert response.status_code == 200
        body(response)
    assert not list(export_dir.glob("*.lock"))


def test_parameters_the_download_does_not_know_get_the_full_file(client, export_dir):
    fill_pledge(make_pledge(), actions=1)
    full = client.get("/loften.csv")
    tagged = client.get("/loften.csv", {"utm_source": "nyhetsbrev"})
    assert tagged["ETag"] == full["ETag"]
    assert body(tagged) == body(full)
    assert not (export_dir / "filtrerade").exists()  # no second copy of the whole country
