"""The review step in a real browser: a redaktör sends a draft to the utgivare from the start
page, and the utgivare publishes it from theirs, on a phone and on a desktop."""

import re

import pytest
from playwright.sync_api import expect

from municipalities.models import Membership, Municipality
from pledges.models import Pledge
from pledges.services import copy_to_next_period
from tests.browser.conftest import PASSWORD, log_in


@pytest.fixture
def ljungby_editor(transactional_db, django_db_serialized_rollback, django_user_model):
    """A redaktör for Ljungby kommun, who logs in with PASSWORD."""
    user = django_user_model.objects.create_user(
        "redaktor-ljungby", password=PASSWORD, is_staff=True
    )
    Membership.objects.create(
        user=user, municipality=Municipality.objects.get(slug="ljungby"), role="redaktor"
    )
    return user


@pytest.fixture
def next_draft(demo):
    """The draft of Ljungby's next pledge (the copy never takes a period that is over)."""
    return copy_to_next_period(pledge=Pledge.objects.get(title="Medborgarlöfte i Ljungby"))


@pytest.fixture
def next_address(next_draft):
    """Where the draft will be public once published (read before the browser starts)."""
    return next_draft.get_absolute_url()


def test_a_redaktor_sends_a_draft_and_the_utgivare_publishes_it(
    ljungby_editor, ljungby_publisher, next_draft, next_address, page, step
):
    title = "Medborgarlöfte i Ljungby"
    with step("Redaktören loggar in och ser utkastet på startsidan"):
        log_in(page, ljungby_editor.username)
        expect(page.get_by_role("heading", level=1)).to_have_text("Att göra")
        drafts = page.get_by_role("region", name="Utkast")
        drafts.get_by_role("link", name=title).click()

    with step("Utkastet erbjuder att skicka till utgivare, inte att publicera"):
        expect(page.get_by_role("combobox", name="Status:")).to_have_count(0)
        page.get_by_role("link", name="Skicka till utgivare").click()

    with step("Skickar med ett meddelande"):
        page.get_by_label("Meddelande till utgivaren").fill("Nya perioden, samma löften.")
        page.get_by_role("button", name="Skicka till utgivare").click()
        expect(page.locator(".messagelist .success")).to_contain_text("skickat till utgivaren")
        waiting = page.get_by_role("region", name="Väntar på utgivare")
        expect(waiting.get_by_role("link", name=title)).to_be_visible()

    with step("Loggar ut"):
        page.get_by_role("button", name="Logga ut").click()

    with step("Utgivaren ser det på sin startsida och öppnar granskningen"):
        log_in(page, ljungby_publisher.username)
        waiting = page.get_by_role("region", name="Väntar på utgivare")
        expect(waiting).to_contain_text("Nya perioden, samma löften.")
        waiting.get_by_role("link", name=title).click()
        expect(page.get_by_role("heading", level=1)).to_contain_text("Granska")

    with step("Förhandsgranskar"):
        page.get_by_role("link", name="Förhandsgranska").click()
        expect(page.get_by_text("Förhandsgranskning.")).to_be_visible()
        page.go_back()

    with step("Publicerar"):
        page.get_by_role("button", name="Publicera", exact=True).click()
        expect(page.locator(".messagelist .success")).to_contain_text("är publicerat")

    with step("Löftet syns på kommunens sida"):
        page.goto(next_address)
        expect(page).to_have_url(re.compile(re.escape(next_address) + "$"))
        expect(page.get_by_role("heading", level=1)).to_have_text(title)
