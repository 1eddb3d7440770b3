"""Two app servers behind nginx act as one site: whatever one instance does, every other sees
at once, because nothing is kept in an instance (tests/deploy/conftest.py starts them)."""

import time

import pytest
from django_otp.oath import TOTP

from tests.deploy.conftest import form_fields

pytestmark = pytest.mark.cluster


def login(browser, base, cluster, username, password=None, otp_token=""):
    page = browser.get(base, "/admin/login/?next=/admin/")
    assert page.status == 200
    return browser.post_form(
        base,
        "/admin/login/?next=/admin/",
        {
            "username": username,
            "password": password or cluster.data["password"],
            "otp_token": otp_token,
        },
    )


def logged_in(browser, base):
    return browser.get(base, "/admin/").status == 200


def totp_code(cluster, at=None):
    totp = TOTP(bytes.fromhex(cluster.data["key"]))
    totp.time = time.time() if at is None else at
    return f"{totp.token():06d}"


def test_every_instance_answers_a_page_alike(cluster, browser_factory):
    visitor = browser_factory()
    first, second = (cluster.instance_url(n) for n in (0, 1))
    url = cluster.data["published_url"]
    a, b = visitor.get(first, url), visitor.get(second, url)
    assert a.status == b.status == 200
    assert a.headers["ETag"] == b.headers["ETag"]
    assert a.body == b.body
    # A visitor's copy from one instance is current on the other.
    again = visitor.get(second, url, headers={"If-None-Match": a.headers["ETag"]})
    assert again.status == 304


def test_a_publish_through_one_instance_shows_through_every_other_at_once(cluster, browser_factory):
    first, second = (cluster.instance_url(n) for n in (0, 1))
    visitor, publisher = browser_factory(), browser_factory()
    title, url = cluster.data["draft_title"], cluster.data["draft_url"]
    # The second instance (and nginx) have the municipality's list of pledges in their caches.
    for base in (second, cluster.url):
        assert title not in visitor.get(base, "/kommuner/ljungby/").text
        assert visitor.get(base, url).status == 404

    assert login(publisher, first, cluster, cluster.data["publisher"]).status == 302
    change = f"/admin/pledges/pledge/{cluster.data['draft_id']}/change/"
    saved = publisher.post_form(first, change, {"status": "publicerad", "_save": "Spara"})
    assert saved.status == 302, saved.text

    assert visitor.get(second, url).status == 200
    assert title in visitor.get(second, "/kommuner/ljungby/").text
    assert title in visitor.get(cluster.url, url).text
    # nginx keeps an anonymous page for a moment, then asks the app with its ETag again.
    time.sleep(cluster.page_cache_seconds + 0.5)
    assert title in visitor.get(cluster.url, "/kommuner/ljungby/").text


def logout(browser, base):
    token = form_fields(browser.get(base, "/admin/").text)["csrfmiddlewaretoken"]
    return browser.request(base, "/admin/logout/", data={"csrfmiddlewaretoken": token})


def test_a_session_made_on_one_instance_works_on_every_other(cluster, browser_factory):
    first, second = (cluster.instance_url(n) for n in (0, 1))
    staff = browser_factory()
    assert login(staff, first, cluster, cluster.data["publisher"]).status == 302
    assert logged_in(staff, second)
    assert logged_in(staff, cluster.url)
    # A staff session gets every page fresh from the app, never nginx's copy.
    assert staff.get(cluster.url, cluster.data["published_url"]).headers["X-Cache"] == "BYPASS"

    assert logout(staff, second).status == 200
    assert not logged_in(staff, first)


def test_the_login_lock_counts_failures_on_every_instance(cluster, browser_factory):
    first, second = (cluster.instance_url(n) for n in (0, 1))
    guesser = browser_factory()
    username = cluster.data["publisher"]
    # Five wrong passwords from one address, spread over both instances, lock it there.
    for attempt in range(4):
        base = (first, second)[attempt % 2]
        assert login(guesser, base, cluster, username, "fel-losenord-123").status == 200
    assert login(guesser, first, cluster, username, "fel-losenord-123").status == 429
    for base in (first, second):
        assert login(guesser, base, cluster, username).status == 429
    # The lock is on the guesser's address: the user, elsewhere, still gets in.
    user = browser_factory()
    assert login(user, second, cluster, username).status == 302


def test_two_factor_login_works_across_instances(cluster, browser_factory):
    first, second = (cluster.instance_url(n) for n in (0, 1))
    staff = browser_factory()
    username = cluster.data["two_factor"]
    assert login(staff, first, cluster, username).status == 200  # no code: refused
    assert not logged_in(staff, second)
    code = totp_code(cluster)
    assert login(staff, second, cluster, username, otp_token=code).status == 302
    assert logged_in(staff, first)
    # A code is used once, whichever instance sees it again.
    other = browser_factory()
    assert login(other, first, cluster, username, otp_token=code).status == 200
    assert not logged_in(other, first)


def test_the_download_one_instance_writes_every_other_sends(cluster, browser_factory):
    first, second = (cluster.instance_url(n) for n in (0, 1))
    visitor = browser_factory()
    deadline = time.monotonic() + 60
    while (made := visitor.get(first, "/loften.csv")).status == 503:
        assert time.monotonic() < deadline
        time.sleep(0.5)
    assert made.status == 200
    # The app hands the file to nginx, the same file from either instance.
    assert made.body == b""
    other = visitor.get(second, "/loften.csv")
    assert other.headers["X-Accel-Redirect"] == made.headers["X-Accel-Redirect"]
    assert other.headers["ETag"] == made.headers["ETag"]

    full = visitor.get(cluster.url, "/loften.csv")
    assert full.status == 200
    assert full.body.startswith("\ufeffaction_uid;".encode())
    assert full.headers["Content-Length"] == str(len(full.body))
    assert full.headers["ETag"] == made.headers["ETag"]
    part = visitor.get(cluster.url, "/loften.csv", headers={"Range": "bytes=3-12"})
    assert (part.status, part.body) == (206, full.body[3:13])
    not_modified = visitor.get(
        cluster.url, "/loften.csv", headers={"If-None-Match": full.headers["ETag"]}
    )
    assert not_modified.status == 304
    # The file's own location is nginx's alone.
    name = made.headers["X-Accel-Redirect"]
    assert visitor.get(cluster.url, name).status == 404


def test_an_instance_can_stop_without_losing_anything(cluster, browser_factory):
    """No instance keeps state of its own: with one stopped, nginx sends everyone to the other,
    logged-in staff stay logged in."""
    staff = browser_factory()
    assert login(staff, cluster.url, cluster, cluster.data["publisher"]).status == 302
    port = cluster.app_ports[0]
    cluster.stop_instance(port)
    try:
        for _ in range(4):  # round robin would have sent half of these to the stopped one
            assert logged_in(staff, cluster.url)
            assert staff.get(cluster.url, "/kommuner/").status == 200
    finally:
        cluster.start_instance(port)
    assert logged_in(staff, cluster.instance_url(0))


def test_the_constant_view_and_the_admin_skip_the_page_cache(cluster, browser_factory):
    """Responses nginx never keeps go past its cache, so that requests for them do not wait on
    the cache lock behind one another (deploy/nginx.conf); a public page goes through it."""
    browser = browser_factory()
    for path in ("/status/", "/admin/login/"):
        response = browser.get(cluster.url, path)
        assert response.status == 200, path
        assert "X-Cache" not in response.headers, path
    assert browser.get(cluster.url, cluster.data["published_url"]).headers["X-Cache"] in (
        "MISS",
        "HIT",
        "EXPIRED",
        "REVALIDATED",
    )
