"""The admin with the keyboard alone, as staff who cannot use a mouse work: every step below is
Tab, typing, arrows and Enter, never a click or a filled-in field."""

import re

import pytest
from django.db import transaction
from django.urls import reverse
from playwright.sync_api import expect

from desk.services import send_for_review
from municipalities.models import Membership, Municipality
from pledges.models import Pledge
from pledges.services import copy_to_next_period
from tests.browser.conftest import PASSWORD, VIEWPORTS

# The name a screen reader gives the focused element, near enough for finding it: its
# aria-label, the text of its label (without the colon and "(obligatoriskt)"), or its text.
_FOCUSED_NAME_JS = """() => {
  const el = document.activeElement;
  if (!el || el === document.body) return "";
  let name = el.getAttribute("aria-label") || "";
  if (!name && el.labels && el.labels.length) name = el.labels[0].textContent;
  if (!name) name = el.textContent || el.value || "";
  return name.replace(/\\s+/g, " ").replace(/:\\s*$/, "").trim();
}"""


def tab_to(page, name=None, href=None, limit=400):
    """Presses Tab until the element named `name` (or the link to `href`) has focus."""
    for _ in range(limit):
        page.keyboard.press("Tab")
        if name is not None and page.evaluate(_FOCUSED_NAME_JS) == name:
            return
        if href is not None and page.evaluate(
            "(href) => document.activeElement.getAttribute('href') === href", href
        ):
            return
    pytest.fail(f"Tab never reached {name or href!r}")


def tab_to_matching(page, selector, limit=400):
    """Presses Tab until an element matching the CSS `selector` has focus."""
    for _ in range(limit):
        page.keyboard.press("Tab")
        if page.evaluate("(s) => document.activeElement.matches(s)", selector):
            return
    pytest.fail(f"Tab never reached {selector!r}")


@pytest.mark.parametrize("viewport", [VIEWPORTS["desktop"]], ids=["desktop"])
def test_a_keyboard_user_writes_a_pledge_and_records_a_follow_up(
    ljungby_publisher, demo, page, step
):
    with step("Loggar in"):
        page.goto("/admin/login/")
        tab_to(page, "Användarnamn")
        page.keyboard.type(ljungby_publisher.username)
        tab_to(page, "Lösenord")
        page.keyboard.type(PASSWORD)
        page.keyboard.press("Enter")
        page.wait_for_url("**/admin/")

    with step("Öppnar ett nytt löfte"):
        # The start page's "Lägg till" beside Medborgarlöften.
        tab_to(page, href="/admin/pledges/pledge/add/")
        page.keyboard.press("Enter")
        page.wait_for_url("**/admin/pledges/pledge/add/")

    with step("Skriver rubrik och period"):
        tab_to(page, "Rubrik")
        page.keyboard.type("Tryggare Ljungby 2027")
        tab_to(page, "Startdatum")
        page.keyboard.type("2027-01-01")
        tab_to(page, "Slutdatum")
        page.keyboard.type("2027-12-31")

    with step("Väljer kommun och fokusområden"):
        # Ljungby is there already, the user's own municipality: it can be removed and added.
        tab_to(page, "Ta bort Ljungby")
        page.keyboard.press("Enter")
        expect(page.get_by_role("button", name="Ta bort Ljungby")).to_have_count(0)
        page.keyboard.press("Shift+Tab")  # focus went back to the text box; come round again
        tab_to(page, "Kommuner")
        page.keyboard.type("Ljung")
        page.keyboard.press("Enter")
        expect(page.get_by_role("button", name="Ta bort Ljungby")).to_be_visible()
        expect(page.get_by_role("combobox", name="Kommuner")).to_have_value("")
        tab_to(page, "Fokusområden")
        page.keyboard.type("nark")
        page.keyboard.press("Enter")
        # A chosen value empties the text box for the next one.
        focus_areas = page.get_by_role("combobox", name="Fokusområden")
        expect(focus_areas).to_have_value("")
        expect(focus_areas).to_be_focused()
        page.keyboard.type("traf")
        page.keyboard.press("Enter")
        expect(page.get_by_role("button", name="Ta bort Narkotika")).to_be_visible()
        expect(page.get_by_role("button", name="Ta bort Trafik")).to_be_visible()

    with step("Lägger till ett löfte"):
        tab_to(page, "Lägg till ytterligare Löfte")
        page.keyboard.press("Enter")
        tab_to(page, "Löfte")
        page.keyboard.type("Genomföra fyra trygghetsvandringar i centrum.")
        tab_to(page, "Fokusområde")
        page.keyboard.type("nark")
        page.keyboard.press("Enter")

    with step("Sparar och ser det sparade"):
        tab_to(page, "Spara och fortsätt redigera")
        page.keyboard.press("Enter")
        expect(page.locator(".messagelist .success")).to_be_visible()
        for name in ["Ta bort Ljungby", "Ta bort Narkotika", "Ta bort Trafik"]:
            expect(page.get_by_role("button", name=name)).to_be_visible()
        expect(page.get_by_role("textbox", name=re.compile("^Löfte:?$")).first).to_have_value(
            "Genomföra fyra trygghetsvandringar i centrum."
        )
        promise_focus_area = page.get_by_role("combobox", name=re.compile("^Fokusområde:?$"))
        expect(promise_focus_area.first).to_have_value("Narkotika")

    with step("Öppnar en ny uppföljning"):
        page.goto("/admin/")
        tab_to(page, href="/admin/followups/followupreport/add/")
        page.keyboard.press("Enter")
        page.wait_for_url("**/admin/followups/followupreport/add/")

    with step("Väljer löfte och tid"):
        # Step 1: the pledge, from a plain select (typing picks the option that starts so).
        tab_to(page, "Löfte")
        page.keyboard.type("Medborgarlöfte i Ljungby, 2017")
        tab_to(page, "Välj tid")
        page.keyboard.press("Enter")
        page.wait_for_url(re.compile(r"/admin/followups/followupreport/add/\?pledge=\d+"))
        # Step 2: one of the spans the pledge's cadence still expects, as radio buttons.
        tab_to_matching(page, "input[type=radio][name=span]")
        page.keyboard.press("Space")
        tab_to(page, "Skapa uppföljningen")
        page.keyboard.press("Enter")
        page.wait_for_url(re.compile(r"/admin/followups/followupreport/\d+/change/"))

    with step("Sätter status för ett löfte och sparar"):
        tab_to(page, "Status")
        page.keyboard.type("Försenad")
        tab_to(page, "Spara och fortsätt redigera")
        page.keyboard.press("Enter")
        expect(page.locator(".messagelist .success")).to_be_visible()
        status = page.get_by_role("combobox", name="Status").first
        expect(status.locator("option:checked")).to_have_text("Försenad")


@pytest.fixture
def ljungby_pledge(demo):
    """Ljungby's published pledge, and what its copy for the next period will be called and
    where that copy will be public (worked out here, since the browser steps cannot read the
    database): the copy is made and undone again."""
    pledge = Pledge.objects.get(title="Medborgarlöfte i Ljungby")
    with transaction.atomic():
        copy = copy_to_next_period(pledge=pledge)
        expected = {"title": copy.title, "address": copy.get_absolute_url()}
        transaction.set_rollback(True)
    return {
        "change_url": reverse("admin:pledges_pledge_change", args=[pledge.pk]),
        "period": pledge.period_label,
        **expected,
    }


@pytest.mark.parametrize("viewport", [VIEWPORTS["desktop"]], ids=["desktop"])
def test_a_keyboard_user_copies_a_pledge_to_a_new_period_and_publishes_it(
    ljungby_publisher, ljungby_pledge, page, step
):
    with step("Loggar in"):
        page.goto("/admin/login/")
        tab_to(page, "Användarnamn")
        page.keyboard.type(ljungby_publisher.username)
        tab_to(page, "Lösenord")
        page.keyboard.type(PASSWORD)
        page.keyboard.press("Enter")
        page.wait_for_url("**/admin/")

    with step("Öppnar det publicerade löftet"):
        tab_to(page, href="/admin/pledges/pledge/")
        page.keyboard.press("Enter")
        page.wait_for_url("**/admin/pledges/pledge/")
        tab_to(page, href=ljungby_pledge["change_url"])
        page.keyboard.press("Enter")
        page.wait_for_url("**" + ljungby_pledge["change_url"])

    with step("Kopierar till ny period"):
        tab_to(page, "Kopiera till ny period")
        page.keyboard.press("Enter")
        page.wait_for_url(re.compile(r"/admin/pledges/pledge/\d+/kopiera/$"))
        # The new period is proposed already; the user reads it and lets it stand.
        expect(page.get_by_label("Den nya periodens första dag")).not_to_have_value("")
        expect(page.get_by_label("Den nya periodens sista dag")).not_to_have_value("")
        tab_to(page, "Den nya periodens första dag")
        tab_to(page, "Skapa utkastet")
        page.keyboard.press("Enter")
        page.wait_for_url(re.compile(r"/admin/pledges/pledge/\d+/change/$"))
        expect(page.locator(".messagelist .success")).to_contain_text(
            f"Utkastet ”{ljungby_pledge['title']}”"
        )
        expect(page.locator(".messagelist .success")).to_contain_text(
            f"är skapat från {ljungby_pledge['period']}"
        )
        expect(page.get_by_role("textbox", name="Rubrik:", exact=True)).to_have_value(
            ljungby_pledge["title"]
        )

    with step("Publicerar utkastet"):
        tab_to(page, "Status")
        expect(
            page.get_by_role("combobox", name=re.compile("^Status")).locator("option:checked")
        ).to_have_text("Utkast")
        page.keyboard.type("Publicerad")
        tab_to(page, "Spara")
        page.keyboard.press("Enter")
        page.wait_for_url("**/admin/pledges/pledge/")
        expect(page.locator(".messagelist .success")).to_contain_text(ljungby_pledge["title"])

    with step("Loggar ut"):
        tab_to(page, "Logga ut")
        page.keyboard.press("Enter")
        page.wait_for_url("**/admin/logout/")

    with step("Det publicerade löftet syns för alla på sin adress"):
        page.goto(ljungby_pledge["address"])
        expect(page).to_have_url(re.compile(re.escape(ljungby_pledge["address"]) + "$"))
        expect(page.get_by_role("heading", level=1)).to_have_text(ljungby_pledge["title"])


@pytest.fixture
def draft_sent_for_review(demo, django_user_model):
    """A redaktör's draft of Ljungby's next pledge, sent to the utgivare: its review page and
    its address once published (read before the browser starts)."""
    editor = django_user_model.objects.create_user("redaktor-ljungby", is_staff=True)
    Membership.objects.create(
        user=editor, municipality=Municipality.objects.get(slug="ljungby"), role="redaktor"
    )
    draft = copy_to_next_period(pledge=Pledge.objects.get(title="Medborgarlöfte i Ljungby"))
    review = send_for_review(pledge=draft, user=editor, note="Nya perioden, samma löften.")
    return {
        "title": draft.title,
        "review_url": review.get_absolute_url(),
        "address": draft.get_absolute_url(),
    }


@pytest.mark.parametrize("viewport", [VIEWPORTS["desktop"]], ids=["desktop"])
def test_a_keyboard_user_publishes_a_draft_sent_for_review(
    ljungby_publisher, draft_sent_for_review, page, step
):
    draft = draft_sent_for_review
    with step("Loggar in"):
        page.goto("/admin/login/")
        tab_to(page, "Användarnamn")
        page.keyboard.type(ljungby_publisher.username)
        tab_to(page, "Lösenord")
        page.keyboard.type(PASSWORD)
        page.keyboard.press("Enter")
        page.wait_for_url("**/admin/")

    with step("Öppnar granskningen från startsidan"):
        waiting = page.get_by_role("region", name="Väntar på utgivare")
        expect(waiting).to_contain_text("Nya perioden, samma löften.")
        tab_to(page, href=draft["review_url"])
        page.keyboard.press("Enter")
        page.wait_for_url("**" + draft["review_url"])
        expect(page.get_by_role("heading", level=1)).to_contain_text("Granska")

    with step("Publicerar direkt"):
        # The time field is left empty: the pledge is published at once.
        tab_to(page, "Publiceras")
        tab_to(page, "Publicera")
        page.keyboard.press("Enter")
        page.wait_for_url("**/admin/")
        expect(page.locator(".messagelist .success")).to_contain_text(
            f"”{draft['title']}” är publicerat."
        )

    with step("Loggar ut"):
        tab_to(page, "Logga ut")
        page.keyboard.press("Enter")
        page.wait_for_url("**/admin/logout/")

    with step("Det publicerade löftet syns för alla på sin adress"):
        page.goto(draft["address"])
        expect(page).to_have_url(re.compile(re.escape(draft["address"]) + "$"))
        expect(page.get_by_role("heading", level=1)).to_have_text(draft["title"])
