"""The pledge page answers first: its summary fits the first screen of a phone."""

from playwright.sync_api import expect

PHONE = {"width": 375, "height": 800}


def test_the_pledge_summary_is_in_the_first_800_px_of_a_375_px_phone(demo, page, step):
    page.set_viewport_size(PHONE)
    with step("Öppnar ett avslutat löfte med uppföljningar"):
        page.goto("/kommuner/ljungby/2017-2018/")

    answer = page.get_by_role("region", name="I korthet")
    parts = [
        answer.locator(".answer__state"),
        answer.get_by_text("1 av 4 löften genomförda"),
        answer.locator(".answer__source"),
        answer.locator(".status-bar"),
        answer.locator(".status-legend"),
        answer.get_by_text("Slutrapport saknas."),
    ]
    for part in parts:
        expect(part).to_be_visible()
        box = part.bounding_box()
        assert box["y"] + box["height"] <= PHONE["height"], part
    expect(answer.locator(".state")).to_have_text("Avslutat")
    expect(answer.get_by_text("Senast kända status (kvartal 1 2018):")).to_be_visible()

    with step("Följer länken från sammanfattningen till ett löfte"):
        answer.locator(".promise-index a").first.click()
        target = page.locator(".action:target")
        expect(target).to_have_count(1)
        expect(target.locator(".status")).to_be_visible()
