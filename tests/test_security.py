"""Security headers on every response, and hostile text rendered harmless everywhere."""

import pytest
from django.urls import reverse

from followups.models import FollowUpReport
from pledges.models import Action, Pledge, Signatory
from tests.conftest import fill_pledge, make_pledge
from tests.followups.conftest import DONE, make_report

pytestmark = pytest.mark.django_db

XSS = [
    '<script>alert("x")</script>',
    '"><img src=x onerror=alert(1)>',
    '<a href="javascript:alert(1)">klick</a>',
    "javascript:alert(1)",
    "<svg onload=alert(1)>",
    "' onmouseover='alert(1)",
]
HOSTILE = " ".join(XSS)


def assert_harmless(html):
    lowered = html.lower()
    assert "<script>alert" not in lowered
    assert "<img src=x" not in lowered
    assert "<svg onload" not in lowered
    assert 'href="javascript:' not in lowered
    assert "href='javascript:" not in lowered
    assert " onerror=alert" not in lowered.replace("&quot;", '"').split("&lt;")[0]


@pytest.fixture
def hostile_pledge(db):
    pledge = make_pledge(
        title=HOSTILE[:200],
        district="Centrum",
        introduction=HOSTILE,
        situation=HOSTILE,
        situation_basis=HOSTILE,
        expected_effect=HOSTILE,
        other_text=HOSTILE,
        followup_text=HOSTILE,
        followup_published_where=HOSTILE[:300],
        signed_place=HOSTILE[:100],
        source_url="javascript:alert(1)",
        source_note=HOSTILE,
        contact_name=HOSTILE[:100],
        contact_role=HOSTILE[:100],
        contact_email='x"><script>alert(1)</script>@example.se',
        contact_phone=HOSTILE[:50],
        followup_cadence=Pledge.Cadence.YEARLY,
    )
    fill_pledge(pledge, actions=2)
    Action.objects.filter(pledge=pledge).update(
        text=HOSTILE, details=HOSTILE, heading=HOSTILE[:150], other_party=HOSTILE[:200]
    )
    Signatory.objects.filter(pledge=pledge).update(
        name=HOSTILE[:100], title=HOSTILE[:150], organisation=HOSTILE[:150]
    )
    report = make_report(pledge, kind="ar", year=2024, statuses=DONE)
    FollowUpReport.objects.filter(pk=report.pk).update(
        summary=HOSTILE, effect=HOSTILE, indicators=HOSTILE, fulfilment=HOSTILE, lessons=HOSTILE
    )
    report.statuses.update(evidence=HOSTILE, action_text=HOSTILE)
    return pledge


def test_hostile_text_renders_harmless_on_every_public_page(client, hostile_pledge):
    report = hostile_pledge.reports.get()
    urls = [
        reverse("pledges:home"),
        reverse("municipalities:list"),
        hostile_pledge.canonical_municipality.get_absolute_url(),
        hostile_pledge.get_absolute_url(),
        report.get_absolute_url(),
        reverse("followups:latest"),
        reverse("municipalities:police_area", args=["ljungby"]),
        reverse("pledges:embed", args=[hostile_pledge.canonical_municipality.slug]),
    ]
    for url in urls:
        response = client.get(url)
        assert response.status_code == 200, url
        assert_harmless(response.content.decode())
    page = client.get(hostile_pledge.get_absolute_url()).content.decode()
    assert "&lt;script&gt;alert" in page  # shown as text, not dropped


def test_hostile_query_strings_are_escaped(client, db):
    response = client.get(reverse("municipalities:list"), {"q": '<script>alert("q")</script>'})
    assert response.status_code == 200
    assert_harmless(response.content.decode())


@pytest.mark.parametrize("path", ["/", "/kommuner/", "/admin/login/"])
def test_security_headers_on_public_and_admin_pages(client, db, path):
    response = client.get(path, secure=True)
    assert response.status_code == 200
    csp = response["Content-Security-Policy"]
    for directive in [
        "default-src 'self'",
        "script-src 'self'",
        "object-src 'none'",
        "base-uri 'self'",
        "frame-ancestors 'none'",
    ]:
        assert directive in csp
    assert "unsafe-inline" not in csp
    assert response["X-Content-Type-Options"] == "nosniff"
    assert response["Referrer-Policy"] == "same-origin"
    assert response["X-Frame-Options"] == "DENY"
    assert response["Strict-Transport-Security"].startswith("max-age=31536000")


def test_public_pages_have_no_inline_script(client, hostile_pledge):
    for url in [reverse("pledges:home"), hostile_pledge.get_absolute_url()]:
        html = client.get(url).content.decode()
        assert "<script>" not in html
        assert " style=" not in html


def test_session_and_csrf_cookies_are_secure_and_httponly(client, django_user_model, settings):
    assert settings.SESSION_COOKIE_SECURE and settings.CSRF_COOKIE_SECURE
    assert settings.SESSION_COOKIE_HTTPONLY and settings.CSRF_COOKIE_HTTPONLY
    django_user_model.objects.create_user("staff", password="ratt-losenord-123", is_staff=True)
    response = client.post(
        reverse("admin:login"),
        {"username": "staff", "password": "ratt-losenord-123", "next": "/admin/"},
        secure=True,
    )
    cookie = response.cookies["sessionid"]
    assert cookie["secure"] and cookie["httponly"]


def test_favicon_is_served_by_the_site(client, db):
    response = client.get("/favicon.ico")
    assert response.status_code == 301
    assert response["Location"].endswith(".svg")
