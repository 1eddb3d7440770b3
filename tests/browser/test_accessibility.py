"""Accessibility in a real browser: axe-core's WCAG 2.1 A and AA rules and its best practices on
every kind of page, and what axe cannot see: the keyboard, the skip link, the headings, the
language and the width on a phone.

A new kind of public page goes into PUBLIC_PAGES; test_every_public_page_is_checked says when
one is missing.
"""

import datetime
from urllib.parse import urlsplit

import pytest
from django.urls import URLPattern, URLResolver, get_resolver, resolve
from django.utils import timezone, translation

from desk.services import send_for_review
from imports.documents.services import create_draft_from_document
from pledges.models import Pledge
from pledges.services import copy_to_next_period
from tests.browser.conftest import (
    VIEWPORTS,
    axe_violations,
    heading_levels,
    log_in,
    tab_through,
    unnamed_focusable,
)

# Every kind of public page, filled with the demo data (manage.py load_demo).
PUBLIC_PAGES = [
    "/",
    "/kommuner/",
    "/kommuner/?q=berg",
    "/kommuner/?visa=med-lofte",  # narrowed to municipalities with a pledge
    "/kommuner/habo/",  # Håbo or Habo?
    "/kommuner/ljungby/",
    "/kommuner/ljungby/2017-2018/",
    "/kommuner/varnamo/2024/",
    "/kommuner/ljungby/2017-2018/uppfoljning/2018-q1/",
    "/kommuner/varnamo/2024/uppfoljning/2024/",
    "/kommuner/almhult/2021/uppfoljning/slutrapport/",
    "/uppfoljningar/",
    "/polisomraden/",
    "/polisomraden/ljungby/",
    "/loften/",
    "/loften/?fokusomrade=narkotika&uppfoljning=med",
    "/loften/?lage=avslutat",
    "/sok/?q=trygghetsvandring",
    "/fokusomraden/",
    "/fokusomraden/narkotika/",
    "/oversikt/",
    "/oppna-data/",
    "/api/v1/docs/",  # the API's description, made from its OpenAPI document
    "/kommuner/ljungby/inbaddning/",  # the card other websites show in a frame
    "/tillganglighet/",
    "/finns-inte/",  # the 404 page
    "/kommuner/ljungby/1999/",  # the 404 under a municipality, listing its pledges
    # The English versions: the same templates, other words.
    "/en/",
    "/en/kommuner/ljungby/2017-2018/",
    "/en/kommuner/ljungby/2017-2018/uppfoljning/2018-q1/",
    "/en/tillganglighet/",
    "/en/kommuner/ljungby/inbaddning/",
]
NOT_FOUND = "/finns-inte/"
NOT_FOUND_PAGES = {NOT_FOUND, "/kommuner/ljungby/1999/"}

# Named routes (or whole namespaces, "api:") that PUBLIC_PAGES leaves out, and why.
NOT_CHECKED = {
    "twofactor:settings": "an admin page, under /admin/: in ADMIN_PAGES",
    "desk:": "the review and scheduling pages, under /admin/skrivbord/: in ADMIN_PAGES",
    "admin_view_on_site": "a redirect to a public page, not a page of its own",
    "password_reset_confirm": "under /admin/, reached by an invitation's one-time link: "
    "test_an_invited_colleague_sets_a_password_on_an_accessible_page",
    "password_reset_complete": "under /admin/, after choosing a password: as above",
    "pledges:preview": "staff only; the pledge page's template",
    "pledges:district_detail": "the pledge page for a district; the demo data has none",
    "followups:preview": "staff only; the follow-up report's template",
    "followups:district_detail": "a district's follow-up report; the demo data has none",
    "pledges:feed": "Atom, not HTML",
    "pledges:feed_rss": "RSS, not HTML",
    "pledges:municipality_feed": "Atom, not HTML",
    "pledges:municipality_feed_rss": "RSS, not HTML",
    "pledges:focus_area_feed": "Atom, not HTML",
    "pledges:focus_area_feed_rss": "RSS, not HTML",
    "pledges:export_csv": "CSV, not HTML",
    "pledges:export_json": "JSON, not HTML",
    **{
        f"api:{name}": "JSON for programs"
        for name in [
            "index",
            "municipalities",
            "municipality",
            "pledges",
            "pledge",
            "actions",
            "action",
            "followups",
            "followup",
            "openapi",
        ]
    },
    "sitemap": "XML for search engines",
    "robots_txt": "plain text for search engines",
    "status": "plain text for load balancers",
    "pledges:pdf": "a PDF, not HTML; made from the pledge page's data",
    "pledges:district_pdf": "a PDF, not HTML",
    "pledges:preview_pdf": "staff only; a PDF, not HTML",
    "oembed": "JSON for programs",
    "dcat_ttl": "Turtle for data portals",
    "dcat_rdf": "RDF/XML for data portals",
    "dcat_jsonld": "JSON-LD for data portals",
    "datapackage": "JSON for programs",
}

# axe's rules excused, each only inside the elements it names, and why. The list is empty and
# should stay so: everything here would be a barrier that someone meets.
EXCUSED = []


# Admin pages, as an utgivare for Ljungby sees them; {pledge} and {report} are the ids of the
# Ljungby 2017–2018 pledge and of its latest follow-up report; {draft} a draft of the next
# period, {review} a later one sent to the utgivare and {scheduled} one still later, scheduled;
# {imported} a draft imported from a document, with the table of where each field was found.
ADMIN_PAGES = [
    "/admin/",  # the start page "Att göra"
    "/admin/pledges/pledge/",
    "/admin/pledges/pledge/add/",
    "/admin/pledges/pledge/{pledge}/change/",
    "/admin/pledges/pledge/{draft}/change/",
    "/admin/pledges/pledge/{scheduled}/change/",
    "/admin/pledges/pledge/{imported}/change/",
    "/admin/pledges/pledge/{pledge}/history/",
    "/admin/followups/followupreport/",
    "/admin/followups/followupreport/add/",
    "/admin/followups/followupreport/{report}/change/",
    "/admin/pledges/pledge/{pledge}/kopiera/",
    "/admin/followups/followupreport/add/?pledge={pledge}",
    "/admin/pledges/pledge/importera/",
    "/admin/pledges/pledge/importera-dokument/",
    "/admin/tvastegsverifiering/",
    "/admin/skrivbord/loften/{draft}/skicka-till-utgivare/",
    "/admin/skrivbord/granskning/{review}/",
    "/admin/skrivbord/loften/{scheduled}/avbryt-schemalaggning/",
    "/admin/skrivbord/loften/{pledge}/andra/",
]


# A document with a promise in running text, so that the import marks something unsure.
IMPORTED = (
    "Medborgarlöfte Ljungby kommun 2031\n\nPolisen lovar att:\n\n"
    "• genomföra minst 4 trygghetsvandringar per år\n\n"
    "Under hösten ska polisen dessutom genomföra en informationskampanj om bedrägerier."
)


@pytest.fixture
def admin_pages(demo, ljungby_publisher):
    return admin_page_paths(ljungby_publisher)


def admin_page_paths(publisher):
    """ADMIN_PAGES with the ids filled in, from the demo data (also for
    tests/test_html_validity.py)."""
    pledge = Pledge.objects.get(title="Medborgarlöfte i Ljungby")
    report = pledge.reports.order_by("-covers_start").first()
    draft = copy_to_next_period(pledge=pledge)
    sent = copy_to_next_period(pledge=draft)
    review = send_for_review(pledge=sent, user=publisher, note="Ny period.")
    scheduled = copy_to_next_period(pledge=sent)
    scheduled.status = Pledge.Status.PUBLISHED
    scheduled.published_at = timezone.now() + datetime.timedelta(days=2)
    scheduled.save()
    imported, _ = create_draft_from_document(text=IMPORTED, user=publisher)
    ids = {"pledge": pledge.pk, "report": report.pk, "draft": draft.pk}
    ids |= {"review": review.pk, "scheduled": scheduled.pk, "imported": imported.pk}
    return [path.format(**ids) for path in ADMIN_PAGES]


def visit(page, path):
    response = page.goto(path)
    expected = 404 if path in NOT_FOUND_PAGES else 200
    assert response.status == expected, f"{path} answered {response.status}"


def language_of(path):
    return "en" if path.startswith("/en/") else "sv"


def report(problems):
    return "\n".join(
        f"{path}:\n" + "\n".join(f"  {line}" for line in lines) for path, lines in problems.items()
    )


def test_every_public_page_is_checked():
    checked = set()
    for path in PUBLIC_PAGES:
        if path != NOT_FOUND:
            with translation.override(language_of(path)):
                checked.add(resolve(urlsplit(path).path).view_name)
    missing = {
        name
        for name in _public_route_names() - checked
        if name not in NOT_CHECKED and name.partition(":")[0] + ":" not in NOT_CHECKED
    }
    assert not missing, f"Add a page of each to PUBLIC_PAGES, or to NOT_CHECKED: {missing}"


def _public_route_names(resolver=None, namespace=""):
    names = set()
    for pattern in (resolver or get_resolver()).url_patterns:
        if isinstance(pattern, URLResolver):
            if pattern.app_name != "admin":
                inner = f"{namespace}{pattern.namespace}:" if pattern.namespace else namespace
                names |= _public_route_names(pattern, inner)
        elif isinstance(pattern, URLPattern) and pattern.name:
            names.add(f"{namespace}{pattern.name}")
    return names


def test_public_pages_pass_axe(demo, page, keep_screenshot):
    problems = {}
    for path in PUBLIC_PAGES:
        visit(page, path)
        if lines := axe_violations(page):
            problems[path] = lines
            keep_screenshot(path)
    assert not problems, report(problems)


def test_admin_pages_pass_axe(ljungby_publisher, admin_pages, page, keep_screenshot):
    problems = {}
    visit(page, "/admin/login/")
    if lines := axe_violations(page, EXCUSED):
        problems["/admin/login/"] = lines
        keep_screenshot("/admin/login/")
    log_in(page, ljungby_publisher.username)
    for path in admin_pages:
        visit(page, path)
        if lines := axe_violations(page, EXCUSED):
            problems[path] = lines
            keep_screenshot(path)
    assert not problems, report(problems)


def test_every_control_in_the_admin_has_a_name(ljungby_publisher, admin_pages, page):
    """What a screen reader announces on reaching each focusable element, as the browser
    computes it: never nothing (an unnamed search box, a button with only an icon)."""
    problems = {}
    log_in(page, ljungby_publisher.username)
    for path in ["/admin/login/", *admin_pages]:
        visit(page, path)
        if lines := unnamed_focusable(page):
            problems[path] = lines
    assert not problems, report(problems)


def test_the_keyboard_reaches_every_control_and_shows_where_it_is(demo, page, keep_screenshot):
    problems = {}
    for path in PUBLIC_PAGES:
        visit(page, path)
        focusable, stops = tab_through(page)
        lines = [
            f"Tab never reaches {focusable[index]}"
            for index in sorted(set(range(len(focusable))) - {stop["index"] for stop in stops})
        ]
        lines += [f"Tab stops on {stop['html']}" for stop in stops if stop["index"] < 0]
        lines += [f"no visible focus on {stop['html']}" for stop in stops if not stop["visible"]]
        if lines:
            problems[path] = lines
            keep_screenshot(path)
    assert not problems, report(problems)


def test_skip_link_language_headings_and_width(demo, page, keep_screenshot):
    """The first Tab lands on the skip link, which moves focus to main; the page says which
    language it is in, has one h1 first and skips no heading level, and never scrolls
    sideways."""
    problems = {}
    for path in PUBLIC_PAGES:
        visit(page, path)
        lines = []
        page.keyboard.press("Tab")
        skip_link = page.locator("a.skip-link")
        if not skip_link.evaluate("(link) => link === document.activeElement"):
            lines.append("the first Tab does not land on the skip link")
        else:
            box = skip_link.bounding_box()
            if box is None or box["y"] < 0:
                lines.append("the focused skip link is not on screen")
            page.keyboard.press("Enter")
            if not page.evaluate("() => document.activeElement.id === 'innehall'"):
                lines.append("the skip link does not move focus to main")
        language = language_of(path)
        if page.evaluate("() => document.documentElement.lang") != language:
            lines.append(f'<html> lacks lang="{language}"')
        levels = heading_levels(page)
        if not levels or levels.count(1) != 1 or levels[0] != 1:
            lines.append(f"not exactly one h1, first: {levels}")
        if any(level > previous + 1 for previous, level in zip(levels, levels[1:], strict=False)):
            lines.append(f"a heading level is skipped: {levels}")
        width, visible = page.evaluate(
            "() => [document.scrollingElement.scrollWidth, document.scrollingElement.clientWidth]"
        )
        if width > visible:
            lines.append(f"scrolls sideways: {width} px of content in {visible} px")
        if lines:
            problems[path] = lines
            keep_screenshot(path)
    assert not problems, report(problems)


@pytest.mark.parametrize("viewport", [VIEWPORTS["desktop"]], ids=["desktop"])
@pytest.mark.parametrize(
    "changelist", ["/admin/pledges/pledge/", "/admin/followups/followupreport/"]
)
def test_the_admin_lists_show_status_first_and_fit_the_desktop(
    ljungby_publisher, demo, page, changelist
):
    """At 1280 px a change list fits its box, so no column (least of all Status) is hidden."""
    log_in(page, ljungby_publisher.username)
    visit(page, changelist)
    headers = page.locator("#result_list thead th").all_inner_texts()
    assert [text.strip() for text in headers if text.strip()][0].lower() == "status"
    table, box = page.evaluate(
        "() => { const t = document.querySelector('#result_list');"
        " return [t.scrollWidth, t.closest('.results').clientWidth]; }"
    )
    assert table <= box, f"{changelist}: the table is {table} px in a {box} px box"


@pytest.fixture
def invitation_path(transactional_db, django_db_serialized_rollback, django_user_model):
    """The path of the one-time link an invited colleague gets by e-mail."""
    from urllib.parse import urlsplit

    from municipalities.services import set_password_url

    user = django_user_model.objects.create_user("inbjuden", is_staff=True)
    return urlsplit(set_password_url(user)).path


def test_an_invited_colleague_sets_a_password_on_an_accessible_page(
    invitation_path, page, keep_screenshot
):
    page.goto(invitation_path)
    lines = axe_violations(page)
    page.get_by_label("Nytt lösenord:").fill(PASSWORD_FOR_INVITED)
    page.get_by_label("Bekräfta lösenord:").fill(PASSWORD_FOR_INVITED)
    page.get_by_role("button").filter(has_text="lösenord").click()
    lines += axe_violations(page)
    if lines:
        keep_screenshot("set password")
    assert not lines, "\n".join(lines)
    assert "inloggning" in page.content() or "logga in" in page.content().lower()


PASSWORD_FOR_INVITED = "ett-eget-långt-lösenord-42"
