"""What residents and staff do on the site, step by step in a real browser, on a phone and on a
desktop."""

import re
import time
from base64 import b32decode

import pytest
from django_otp.oath import TOTP
from playwright.sync_api import expect

from tests.browser.conftest import PASSWORD, axe_violations, log_in

NEW_TEXT = "Genomföra minst fyra trygghetsvandringar per år, en i varje kommundel."


def test_a_resident_finds_the_latest_pledge_and_its_latest_follow_up(demo, page, step):
    with step("Startsidan"):
        page.goto("/")

    with step("Söker efter sin kommun"):
        finder = page.get_by_role("region", name="Hitta din kommun")
        finder.get_by_label("Kommunens namn").fill("Ljungby")
        finder.get_by_role("button", name="Sök").click()
        expect(page).to_have_url(re.compile(r"/kommuner/ljungby/$"))
        expect(page.get_by_role("heading", level=1)).to_have_text("Ljungby")

    with step("Öppnar kommunens senaste löfte"):
        latest = page.get_by_role("region", name="Senaste medborgarlöfte")
        latest.get_by_role("link", name="Ljungby 2017–2018").click()
        expect(page.get_by_role("heading", level=1)).to_have_text("Medborgarlöfte i Ljungby")
        expect(page.get_by_text("minst 2 trygghetsvandringar per år").first).to_be_visible()

    with step("Öppnar den senaste uppföljningen"):
        page.locator(".answer__source").get_by_role("link").click()
        expect(page).to_have_url(re.compile(r"/kommuner/ljungby/2017-2018/uppfoljning/2018-q1/$"))
        expect(page.get_by_role("heading", level=1)).to_have_text("Uppföljning kvartal 1 2018")
        statuses = page.get_by_role("region", name="Löftena och vad som gjorts")
        expect(statuses.get_by_role("row")).not_to_have_count(0)


def test_staff_copy_last_years_pledge_edit_it_and_publish_it(ljungby_publisher, demo, page, step):
    with step("Loggar in"):
        log_in(page, ljungby_publisher.username)

    with step("Kopierar förra löftet till en ny period"):
        page.locator("tr.model-pledge").get_by_role("link", name="Medborgarlöften").click()
        page.get_by_role("link", name="Medborgarlöfte i Ljungby", exact=True).click()
        page.get_by_role("link", name="Kopiera till ny period").click()
        page.get_by_label("Den nya periodens första dag").fill("2019-01-01")
        page.get_by_label("Den nya periodens sista dag").fill("2020-12-31")
        page.get_by_role("button", name="Skapa utkastet").click()
        expect(page.locator(".messagelist .success")).to_contain_text(
            "Utkastet ”Medborgarlöfte i Ljungby” (2019–2020) är skapat från 2017–2018."
        )
        expect(page.locator("#id_start_date")).to_have_value("2019-01-01")

    with step("Ändrar texten i ett löfte"):
        promise = page.get_by_role("textbox", name="Löfte:").first
        expect(promise).to_be_visible()
        promise.fill(NEW_TEXT)

    with step("Publicerar"):
        page.get_by_role("combobox", name="Status:").select_option(label="Publicerad")
        page.get_by_role("button", name="Spara", exact=True).click()
        expect(page.locator(".messagelist .success")).to_be_visible()

    with step("Ser löftet på kommunens sida"):
        page.goto("/kommuner/ljungby/")
        latest = page.get_by_role("region", name="Senaste medborgarlöfte")
        latest.get_by_role("link", name="Ljungby 2019–2020").click()
        expect(page).to_have_url(re.compile(r"/kommuner/ljungby/2019-2020/$"))
        expect(page.locator(".actions").get_by_text(NEW_TEXT)).to_be_visible()


PHONE = {"width": 375, "height": 740}


def fits_sideways(page):
    return page.evaluate(
        "() => document.scrollingElement.scrollWidth <= document.scrollingElement.clientWidth"
    )


@pytest.mark.parametrize("viewport", [PHONE], ids=["phone-375"])
def test_staff_record_a_follow_up_on_a_phone(ljungby_publisher, demo, page, step):
    with step("Loggar in och öppnar löftet"):
        log_in(page, ljungby_publisher.username)
        page.goto("/admin/pledges/pledge/")
        page.get_by_role("link", name="Medborgarlöfte i Ljungby", exact=True).click()

    with step("Ny uppföljning: väljer en ledig tid, med dess datum"):
        page.get_by_role("link", name="Ny uppföljning").click()
        choice = page.get_by_role("radio").first
        label = page.locator(f"label[for='{choice.get_attribute('id')}']").inner_text()
        assert re.search(r"\(\d+ \w+ – \d+ \w+ \d{4}\)$", label), label
        choice.check()
        page.get_by_role("button", name="Skapa uppföljningen").click()
        expect(page.locator(".messagelist .success")).to_contain_text("är skapad")

    with step("Statusen först, ett kort per löfte, utan att sidan rullar i sidled"):
        cards = page.locator("fieldset.status-card")
        count = cards.count()
        assert count > 1
        summary = page.get_by_label("Sammanfattning:")
        assert cards.first.bounding_box()["y"] < summary.bounding_box()["y"]
        assert fits_sideways(page)
        assert not axe_violations(page)
        for index in range(count):
            card = cards.nth(index)
            box = card.bounding_box()
            assert box["x"] >= 0 and box["x"] + box["width"] <= PHONE["width"]
            card.get_by_label("Status:").select_option(label="Genomförd")
        first = page.get_by_role("group", name=re.compile(r"^Löfte 1: "))
        first.get_by_label("Vad som gjorts:").fill("Två trygghetsvandringar i centrum.")
        page.get_by_role("button", name="Spara och fortsätt redigera").click()
        expect(page.locator(".messagelist .success")).to_be_visible()
        expect(first.get_by_label("Vad som gjorts:")).to_have_value(
            "Två trygghetsvandringar i centrum."
        )
        assert fits_sideways(page)

    with step("Publicerar"):
        page.get_by_role("button", name="Spara och publicera").click()
        expect(page.locator(".messagelist .success")).to_contain_text("är publicerad")
        assert fits_sideways(page)


def app_code(secret, later=0):
    """The code an authenticator app shows for the key, now or `later` steps of 30 s on."""
    totp = TOTP(b32decode(secret.replace(" ", "")))
    totp.time = time.time() + 30 * later
    return f"{totp.token():06d}"


def test_staff_set_up_two_factor_login_and_log_in_with_a_code(ljungby_publisher, page, step):
    with step("Loggar in med lösenordet"):
        log_in(page, ljungby_publisher.username)

    with step("Öppnar Tvåstegsverifiering"):
        page.get_by_role("link", name="Tvåstegsverifiering").click()
        expect(page.get_by_role("heading", level=1)).to_have_text("Tvåstegsverifiering")
        expect(
            page.get_by_role("img", name="QR-kod för appen för tvåstegsverifiering")
        ).to_be_visible()
        secret = page.locator(".otp-secret code").inner_text()

    with step("Bekräftar med en kod från appen"):
        page.get_by_label("Engångskod").fill(app_code(secret))
        page.get_by_role("button", name="Slå på").click()
        expect(page.get_by_text("Tvåstegsverifiering är på").first).to_be_visible()

    with step("Loggar ut och in igen: utan kod går det inte"):
        page.get_by_role("button", name="Logga ut").click()
        page.goto("/admin/login/")
        page.get_by_label("Användarnamn").fill(ljungby_publisher.username)
        page.get_by_label("Lösenord").fill(PASSWORD)
        page.get_by_role("button", name="Logga in").click()
        expect(page.get_by_text("lösenordet eller engångskoden stämmer inte")).to_be_visible()

    with step("Med koden går det"):
        page.get_by_label("Lösenord").fill(PASSWORD)
        # The code of the login above cannot be used again: the app's next one.
        page.get_by_label("Engångskod").fill(app_code(secret, later=1))
        page.get_by_role("button", name="Logga in").click()
        page.wait_for_url("**/admin/")
