"""Where the import found each field, on a phone: the table of sources is wider than the
screen, and its last column, which says what the import is unsure of, is reached by scrolling
its own region with the keyboard; the line a field came from opens the imported text there."""

import pytest
from playwright.sync_api import expect

from imports.documents.services import create_draft_from_document
from tests.browser.conftest import VIEWPORTS, log_in

DOCUMENT = (
    "Medborgarlöfte Ljungby kommun 2031\n\nPolisen lovar att:\n\n"
    "• genomföra minst 4 trygghetsvandringar per år\n"
    "• besöka varje skola en gång per termin\n\n"
    "Under hösten ska polisen dessutom genomföra en informationskampanj om bedrägerier."
)


@pytest.fixture
def imported(ljungby_publisher):
    """The address of a draft imported from DOCUMENT (made before the browser starts)."""
    draft, _ = create_draft_from_document(text=DOCUMENT, user=ljungby_publisher)
    return f"/admin/pledges/pledge/{draft.pk}/change/"


@pytest.mark.parametrize("viewport", [VIEWPORTS["phone"]], ids=["phone"])
def test_the_unsure_number_of_promises_can_be_read_on_a_phone(ljungby_publisher, imported, page):
    log_in(page, ljungby_publisher.username)
    page.goto(imported)
    region = page.get_by_role("region", name="Var i texten fälten hittades")
    row = region.get_by_role("row").filter(has_text="Antal löften")
    verdict = row.get_by_role("cell").last
    expect(verdict).to_contain_text("Osäkert: löfte 3 lästes ur löptext")
    width = VIEWPORTS["phone"]["width"]
    assert verdict.bounding_box()["x"] >= width  # off the screen's right edge at first
    region.focus()
    for _ in range(20):
        page.keyboard.press("ArrowRight", delay=50)
    # The browser may scroll smoothly: wait until the region is scrolled to its end.
    region.evaluate(
        "(element) => new Promise((done) => { const check = () =>"
        " element.scrollLeft + element.clientWidth >= element.scrollWidth - 1"
        " ? done() : requestAnimationFrame(check); check(); })"
    )
    box = verdict.bounding_box()
    assert box["x"] >= 0 and box["x"] + box["width"] <= width
    # The line a source names opens the imported text there.
    promise = region.get_by_role("row").filter(has_text="Åtgärd 3").first
    link = promise.get_by_role("link")
    number = link.inner_text()
    link.click()
    line = page.locator(f"#rad-{number}")
    expect(line).to_be_in_viewport()
    expect(line).to_contain_text("Under hösten ska polisen")
