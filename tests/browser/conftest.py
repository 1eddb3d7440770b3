"""Browser tests: Debian's Chromium, driven by Playwright, against pytest-django's live server.

Every test that asks for `page` runs twice, on a 320 px wide phone and on a 1280 px wide
desktop. The live server needs transactional_db, which empties the database after each test;
`page` asks for serialized rollback, so that each test starts with the reference data the
migrations load (counties, municipalities, police areas, focus areas).

When a test fails, test-results/<test>/ gets a screenshot of each `step` (and of each page a
sweep found problems on), of the page as it was at the end, its HTML and the browser's errors.

Fixtures: `page`, `step`, `keep_screenshot`, `demo` (the demo data), `ljungby_publisher` (an
utgivare for Ljungby).
Helpers: `log_in()`, `axe_violations()`, `tab_through()`, `heading_levels()`,
`unnamed_focusable()`.
"""

import contextlib
import io
import os
import re
import shutil
from pathlib import Path
from urllib.parse import urlsplit

import pytest
from axe_playwright_python.sync_playwright import Axe
from django.core.management import call_command
from playwright.sync_api import expect, sync_playwright

from municipalities.models import Membership, Municipality

CHROMIUM = Path(os.environ.get("CHROMIUM", "/usr/bin/chromium"))
# As root, without a sandbox; and no calls home, which this machine's closed network refuses.
CHROMIUM_ARGS = [
    "--no-sandbox",
    "--disable-background-networking",
    "--disable-component-update",
    "--disable-sync",
    "--no-first-run",
]
VIEWPORTS = {
    "phone": {"width": 320, "height": 640},
    "desktop": {"width": 1280, "height": 800},
}
RESULTS = Path(__file__).resolve().parents[2] / "test-results"
# How long a step may wait for the page, also in expect(): generous, for a busy CI machine.
TIMEOUT_MS = 15_000
expect.set_options(timeout=TIMEOUT_MS)

_failed = pytest.StashKey[bool]()
_shots = pytest.StashKey[list]()


@pytest.hookimpl(wrapper=True, tryfirst=True)
def pytest_runtest_makereport(item, call):
    """Remembers a failure in any phase, for `page` to take its screenshots."""
    report = yield
    if report.failed:
        item.stash[_failed] = True
    return report


@pytest.fixture(params=list(VIEWPORTS))
def viewport(request):
    return VIEWPORTS[request.param]


@pytest.fixture
def page(request, viewport, live_server, django_db_serialized_rollback, settings):
    """A new Chromium tab at the live server, its relative URLs resolved against it.

    Chromium starts for each test: Playwright's sync API keeps an asyncio event loop marked as
    running in this thread for as long as it is started, and Django, seeing it, would hand the
    test a second database connection (or, without DJANGO_ALLOW_ASYNC_UNSAFE, refuse). So
    everything a test puts in the database comes from fixtures listed before `page`, and the
    database is emptied after Chromium has stopped.

    The test fails if a stylesheet, script or image does not load, or the browser reports an
    error (a script error, or something the Content-Security-Policy blocked).
    """
    if not CHROMIUM.exists():
        message = (
            f"{CHROMIUM} is missing: `make test` installs Debian's chromium "
            "(apt-get install chromium), or set CHROMIUM to another Chromium."
        )
        if os.environ.get("CI"):
            pytest.fail(message)
        pytest.skip(message)
    # The live server serves static files from the finders, by their own names: the hashed
    # names of the production storage are WhiteNoise's, which the live server bypasses.
    settings.STORAGES = {
        **settings.STORAGES,
        "staticfiles": {"BACKEND": "django.contrib.staticfiles.storage.StaticFilesStorage"},
    }
    request.node.stash[_shots] = []
    errors = []
    with sync_playwright() as playwright:
        browser = playwright.chromium.launch(executable_path=str(CHROMIUM), args=CHROMIUM_ARGS)
        context = browser.new_context(base_url=live_server.url, viewport=viewport, locale="sv-SE")
        context.set_default_timeout(TIMEOUT_MS)
        page = context.new_page()
        page.on("response", lambda response: _check_resource(response, errors))
        page.on("console", lambda message: _check_console(message, errors))
        page.on("pageerror", lambda error: errors.append(f"script error: {error}"))
        yield page
        failed = request.node.stash.get(_failed, False)
        if failed:
            _save_evidence(request.node, page, errors)
        browser.close()
    if errors and not failed:
        pytest.fail("\n".join(errors))


def _check_resource(response, errors):
    # A page's own status is the test's business (a 404 page is a 404); what it loads is ours.
    # axe-core fetches the page's stylesheets again to read them, and resolves an @import in
    # one (the admin's forms.css imports widgets.css) against the page's address, not the
    # stylesheet's: those fetches are axe's, not the page's.
    # (The admin then redirects widgets.css to widgets.css/ and widgets.css/change/.)
    request = response.request
    if request.resource_type in ("xhr", "fetch") and ".css" in urlsplit(request.url).path:
        return
    if response.status >= 400 and not request.is_navigation_request():
        errors.append(f"{response.status} for {response.url}")


def _check_console(message, errors):
    # Failed loads are reported by _check_resource, with their address. Messages without an
    # address come from scripts the tests run in the page: axe-core trips over the CSP too.
    if message.type != "error" or message.text.startswith("Failed to load resource"):
        return
    if message.location.get("url"):
        errors.append(f"browser console: {message.text} ({message.location['url']})")


@pytest.fixture
def keep_screenshot(request, page):
    """keep_screenshot(name): a screenshot of the page now, saved if the test fails."""

    def keep_screenshot(name):
        with contextlib.suppress(Exception):
            request.node.stash[_shots].append((name, page.screenshot(full_page=True)))

    return keep_screenshot


@pytest.fixture
def step(keep_screenshot):
    """`with step("Söker efter kommunen"):` names a step; if the test fails, test-results/
    gets a screenshot of how each step ended."""

    @contextlib.contextmanager
    def step(name):
        try:
            yield
        finally:
            keep_screenshot(name)

    return step


def _save_evidence(item, page, errors):
    folder = RESULTS / re.sub(r"[^\w.-]+", "_", item.nodeid.split("/")[-1])
    shutil.rmtree(folder, ignore_errors=True)
    folder.mkdir(parents=True)
    for number, (name, png) in enumerate(item.stash[_shots], start=1):
        slug = re.sub(r"[^\w-]+", "_", name)[:60]
        (folder / f"{number:02}-{slug}.png").write_bytes(png)
    if errors:
        (folder / "browser-errors.txt").write_text("\n".join(errors) + "\n", encoding="utf-8")
    with contextlib.suppress(Exception):
        page.screenshot(path=folder / "at-failure.png", full_page=True)
        (folder / "at-failure.html").write_text(page.content(), encoding="utf-8")


# Data and helpers ------------------------------------------------------------------------------


@pytest.fixture
def demo(transactional_db, django_db_serialized_rollback):
    """The five seed pledges and their example follow-ups, without the demo users."""
    call_command("load_demo", "--no-user", stdout=io.StringIO())


PASSWORD = "ett-långt-lösenord-för-test"


@pytest.fixture
def ljungby_publisher(transactional_db, django_db_serialized_rollback, django_user_model):
    """An utgivare for Ljungby kommun, who logs in with PASSWORD."""
    user = django_user_model.objects.create_user(
        "utgivare-ljungby", password=PASSWORD, is_staff=True
    )
    Membership.objects.create(
        user=user,
        municipality=Municipality.objects.get(slug="ljungby"),
        role=Membership.Role.PUBLISHER,
    )
    return user


def log_in(page, username, password=PASSWORD):
    """Logs in through the admin's own login form, as staff do."""
    page.goto("/admin/login/")
    page.get_by_label("Användarnamn").fill(username)
    page.get_by_label("Lösenord").fill(password)
    page.get_by_role("button", name="Logga in").click()
    page.wait_for_url("**/admin/")


AXE_TAGS = ["wcag2a", "wcag2aa", "wcag21a", "wcag21aa", "best-practice"]
_axe = Axe()


def axe_violations(page, excused=()):
    """axe-core's findings on the page against WCAG 2.1 A and AA and its best practices, as
    readable lines; empty when there are none.

    `excused` holds (rule, CSS selector, reason) triples: a rule's findings on elements inside
    the selector are left out.
    """
    results = _axe.run(
        page,
        options={
            "runOnly": {"type": "tag", "values": AXE_TAGS},
            "resultTypes": ["violations"],
        },
    )
    lines = []
    for violation in results.response["violations"]:
        selectors = [where for rule, where, _ in excused if rule == violation["id"]]
        nodes = [
            node for node in violation["nodes"] if not _inside(page, node["target"], selectors)
        ]
        if not nodes:
            continue
        lines.append(f"{violation['id']} ({violation['impact']}): {violation['help']}")
        for node in nodes[:5]:
            lines.append(f"    {node['target']}: {node['html'][:150]}")
            lines.append("      " + " ".join(node["failureSummary"].split()))
        if len(nodes) > 5:
            lines.append(f"    … and {len(nodes) - 5} more")
    return lines


def _inside(page, target, selectors):
    if not selectors or len(target) != 1 or not isinstance(target[0], str):
        return False
    return page.evaluate(
        "([target, selectors]) => {"
        "  const element = document.querySelector(target);"
        "  return Boolean(element) && selectors.some((s) => element.closest(s));"
        "}",
        [target[0], selectors],
    )


# Every element a keyboard user should reach with Tab, in document order: visible, enabled,
# not taken out of the tab order; of a group of radio buttons only the checked (or first) one.
# Each focus that follows is recorded with whether it shows: an outline or a shadow that the
# element does not have unfocused.
_RECORD_FOCUS_JS = """() => {
  const selector = 'a[href], area[href], button, input, select, textarea, summary, iframe, '
    + '[tabindex], [contenteditable=""], [contenteditable="true"]';
  const radios = new Set();
  const elements = Array.from(document.querySelectorAll(selector)).filter((el) => {
    if (el.disabled || el.tabIndex < 0 || el.closest('[inert]')) return false;
    if (el.type === 'hidden') return false;
    // Inside a closed <details> (the filters of /loften/ on a phone) only its summary is reached.
    if (!el.checkVisibility()) return false;
    if (getComputedStyle(el).visibility !== 'visible' || !el.getClientRects().length) {
      return false;
    }
    if (el.type === 'radio') {
      const group = el.form && el.name ? el.form.elements.namedItem(el.name) : null;
      const checked = group && group.length ? Array.from(group).find((r) => r.checked) : null;
      if (checked ? checked !== el : radios.has(el.name)) return false;
      radios.add(el.name);
    }
    return true;
  });
  const look = (el) => {
    const s = getComputedStyle(el);
    return [s.outlineStyle, s.outlineWidth, s.outlineColor, s.boxShadow].join(' | ');
  };
  const unfocused = elements.map(look);
  window.__focusStops = [];
  document.addEventListener('focusin', (event) => {
    const el = event.target;
    const index = elements.indexOf(el);
    const s = getComputedStyle(el);
    const indicator = (s.outlineStyle !== 'none' && parseFloat(s.outlineWidth) > 0)
      || s.boxShadow !== 'none';
    window.__focusStops.push({
      index: index,
      html: el.outerHTML.slice(0, 120),
      visible: indicator && (index < 0 || look(el) !== unfocused[index]),
    });
  });
  return elements.map((el) => el.outerHTML.slice(0, 120));
}"""


def tab_through(page):
    """Presses Tab through a freshly loaded page and once round.

    Returns (focusable, stops): the outer HTML (shortened) of every element Tab should reach, in
    document order, and each focus in turn until it came round again, as {"index": in
    focusable, or -1 for an element that should not have had focus, "html", "visible": whether
    a focus indicator showed}.
    """
    focusable = page.evaluate(_RECORD_FOCUS_JS)
    for _ in range(len(focusable) + 2):
        page.keyboard.press("Tab")
    stops, seen = [], set()
    for stop in page.evaluate("() => window.__focusStops"):
        if stop["index"] >= 0 and stop["index"] in seen:
            break
        seen.add(stop["index"])
        stops.append(stop)
    return focusable, stops


def unnamed_focusable(page):
    """The focusable elements that have no accessible name, as Chromium's accessibility tree
    (what screen readers read) has them: one line each, with the element's HTML."""
    session = page.context.new_cdp_session(page)
    try:
        nodes = session.send("Accessibility.getFullAXTree")["nodes"]
        lines = []
        for node in nodes:
            properties = {p["name"]: p["value"].get("value") for p in node.get("properties", [])}
            role = node.get("role", {}).get("value", "")
            if node.get("ignored") or not properties.get("focusable") or role == "RootWebArea":
                continue
            if (node.get("name", {}).get("value") or "").strip():
                continue
            if "backendDOMNodeId" not in node:
                lines.append(f"{role} without a name")
                continue
            element = session.send("DOM.resolveNode", {"backendNodeId": node["backendDOMNodeId"]})
            tab_index, html = session.send(
                "Runtime.callFunctionOn",
                {
                    "objectId": element["object"]["objectId"],
                    "functionDeclaration": "function () { return [this.tabIndex, this.outerHTML] }",
                    "returnByValue": True,
                },
            )["result"]["value"]
            # Focusable by script only (main, the target of the skip link): Tab never stops there.
            if tab_index >= 0:
                lines.append(f"{role} without a name: {html[:150]}")
        return lines
    finally:
        session.detach()


def heading_levels(page):
    """The levels of the page's headings, in order: [1, 2, 2, 3, …]."""
    return page.evaluate(
        "() => Array.from(document.querySelectorAll('h1, h2, h3, h4, h5, h6'))"
        ".map((h) => Number(h.tagName[1]))"
    )
