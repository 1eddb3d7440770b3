"""Moving a promise with "Flytta upp" / "Flytta ned" (static/js/move_rows.js), by keyboard."""

from concurrent.futures import ThreadPoolExecutor

import pytest
from django.db import connection
from playwright.sync_api import expect

from pledges.models import Pledge
from tests.browser.conftest import VIEWPORTS, log_in
from tests.browser.test_keyboard import tab_to


@pytest.fixture
def ljungby(demo):
    return Pledge.objects.get(title="Medborgarlöfte i Ljungby")


def promise_texts(pledge_pk):
    """The pledge's promises as saved, in their order. Read in a thread of its own: the test's
    own thread runs Playwright's event loop, where Django refuses the database."""

    def read():
        try:
            return list(
                Pledge.objects.get(pk=pledge_pk)
                .actions.order_by("order", "pk")
                .values_list("text", flat=True)
            )
        finally:
            connection.close()

    with ThreadPoolExecutor(max_workers=1) as pool:
        return pool.submit(read).result()


def card_headings(page):
    cards = page.get_by_role("region", name="Löften").locator(
        ".inline-related:not(.empty-form) .named-card > h3"
    )
    return [" ".join(text.split()) for text in cards.all_inner_texts()]


@pytest.mark.parametrize("viewport", [VIEWPORTS["desktop"]], ids=["desktop"])
def test_a_keyboard_user_moves_a_promise_up_and_the_order_is_saved(
    ljungby_publisher, ljungby, page, step
):
    before = promise_texts(ljungby.pk)
    assert len(before) >= 3
    log_in(page, ljungby_publisher.username)
    page.goto(f"/admin/pledges/pledge/{ljungby.pk}/change/")

    with step("Knapparna i ändarna går inte att använda"):
        expect(page.get_by_role("button", name="Flytta upp löfte 1", exact=True)).to_be_disabled()
        expect(page.get_by_role("button", name="Flytta ned löfte 1", exact=True)).to_be_enabled()
        last = f"Flytta ned löfte {len(before)}"
        expect(page.get_by_role("button", name=last, exact=True)).to_be_disabled()

    with step("Flyttar löfte 3 upp med tangentbordet"):
        tab_to(page, "Flytta upp löfte 3")
        page.keyboard.press("Enter")
        # Focus stays on the button, which still names the promise it moves.
        expect(page.locator(":focus")).to_have_attribute("aria-label", "Flytta upp löfte 3")
        expect(page.get_by_role("status").filter(has_text="flyttades")).to_have_text(
            "Löfte 3 flyttades upp, nu nummer 2"
        )
        headings = card_headings(page)
        assert headings[1].startswith("Löfte 3:"), headings
        assert headings[2].startswith("Löfte 2:"), headings

    with step("Sparar"):
        tab_to(page, "Spara och fortsätt redigera")
        page.keyboard.press("Enter")
        expect(page.locator(".messagelist")).to_contain_text("Ändrade medborgarlöfte")

    expected = [before[0], before[2], before[1], *before[3:]]
    with step("Den sparade ordningen syns på sidan"):
        headings = card_headings(page)
        for number, (heading, text) in enumerate(zip(headings, expected, strict=True), start=1):
            assert heading.startswith(f"Löfte {number}: {text[:20]}"), (heading, text)
    assert promise_texts(ljungby.pk) == expected


@pytest.mark.parametrize("viewport", [VIEWPORTS["desktop"]], ids=["desktop"])
def test_an_added_promise_moves_up_and_removing_another_added_one_keeps_the_rest(
    ljungby_publisher, ljungby, page, step
):
    before = promise_texts(ljungby.pk)
    count = len(before)
    log_in(page, ljungby_publisher.username)
    page.goto(f"/admin/pledges/pledge/{ljungby.pk}/change/")

    with step("Lägger till två löften och flyttar det första upp två steg"):
        add = page.get_by_role("button", name="Lägg till ytterligare Löfte")
        add.click()
        add.click()
        page.locator(f"[name='actions-{count}-text']").fill("Ett nytt löfte, näst sist.")
        up = page.get_by_role("button", name=f"Flytta upp löfte #{count + 1}", exact=True)
        expect(up).to_be_enabled()
        down = page.get_by_role("button", name=f"Flytta ned löfte #{count + 2}", exact=True)
        expect(down).to_be_disabled()
        up.click()
        up.click()
        expect(page.get_by_role("status").filter(has_text="flyttades")).to_have_text(
            f"Löfte #{count + 1} flyttades upp, nu nummer {count - 1}"
        )

    with step("Tar bort det andra nya löftet och sparar"):
        # Django renumbers the rows' fields when an added row goes: the saved rows must keep
        # the numbers that say they are saved ones.
        page.locator(f"#actions-{count + 1} .inline-deletelink").click()
        expect(page.locator(f"#actions-{count + 1}")).to_have_count(0)
        headings = card_headings(page)
        assert headings[count - 2].startswith(f"Löfte #{count + 1}:"), headings
        page.get_by_role("button", name="Spara och fortsätt redigera").click()
        expect(page.locator(".messagelist")).to_contain_text("Ändrade medborgarlöfte")

    expected = [*before[: count - 2], "Ett nytt löfte, näst sist.", *before[count - 2 :]]
    assert promise_texts(ljungby.pk) == expected
