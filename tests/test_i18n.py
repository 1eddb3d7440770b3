"""The interface in English under /en/: Swedish by default, the content always as written."""

import ast
import datetime
import gettext as gnu_gettext
import os
import re
import shutil
from dataclasses import dataclass
from pathlib import Path

import pytest
from django.conf import settings
from django.core.management import call_command
from django.utils import translation
from django.views.defaults import server_error

from followups.spans import Span
from pledges.models import Action
from tests.conftest import fill_pledge, make_action, make_pledge
from tests.followups.conftest import DONE, make_report

pytestmark = pytest.mark.django_db
D = datetime.date
LOCALE = Path(settings.BASE_DIR) / "locale" / "en" / "LC_MESSAGES"


def html_lang(content):
    return re.search(r'<html lang="([^"]+)"', content).group(1)


@pytest.fixture
def ljungby():
    """A Ljungby pledge with a situation, two promises and a follow-up for the third quarter."""
    pledge = make_pledge(
        title="Tryggare Ljungby",
        situation="Otryggheten i centrum har ökat.",
        introduction="Kommunen och polisen lovar tillsammans.",
    )
    make_action(
        pledge,
        text="Genomföra trygghetsvandringar i centrum",
        targets=[(2, "trygghetsvandringar", "ar")],
    )
    make_action(pledge, text="Fler kontroller av trafiken", responsible=Action.Responsible.POLICE)
    report = make_report(pledge, kind="kvartal", year=2024, number=3, statuses=DONE)
    return pledge, report


# English pages


def test_the_english_start_page_is_in_english(client):
    response = client.get("/en/")

    content = response.content.decode()
    assert response.status_code == 200
    assert html_lang(content) == "en"
    assert response["Content-Language"] == "en"
    assert "<h1>Citizen pledges</h1>" in content
    assert '<a class="skip-link" href="#innehall">Skip to content</a>' in content
    assert '<nav class="site-nav" aria-label="Main menu">' in content
    assert '<a href="/en/kommuner/">Municipalities</a>' in content
    assert "Report crimes to the police: call 112 in an emergency" in content
    assert "Hoppa till innehållet" not in content


def test_the_english_municipality_list_has_an_english_heading_and_swedish_names(client):
    content = client.get("/en/kommuner/").content.decode()

    assert "<h1>Municipalities</h1>" in content
    assert "<title>Municipalities – Citizen pledges</title>" in content
    # Place names are names: they stay as they are.
    assert ">Jönköpings län</h2>" in content
    assert ">Ljungby</a>" in content


def test_an_english_pledge_page_has_english_headings_and_the_pledge_in_swedish(client, ljungby):
    pledge, _report = ljungby

    content = client.get(f"/en{pledge.get_absolute_url()}").content.decode()

    assert html_lang(content) == "en"
    assert '<h2 id="lagesbild">Situation</h2>' in content
    assert '<h2 id="vara-loften">Our promises</h2>' in content
    assert "<dt>Period</dt>" in content and "<dt>Municipality</dt>" in content
    assert "<dt>Responsible</dt><dd>The police</dd>" in content
    # The content is the pledge as the municipality and the police wrote it, marked as Swedish.
    assert '<h1 lang="sv">Tryggare Ljungby</h1>' in content
    assert '<div class="prose" lang="sv"><p>Otryggheten i centrum har ökat.</p></div>' in content
    assert (
        '<p class="action__text" lang="sv">Genomföra trygghetsvandringar i centrum</p>' in content
    )
    # The target in English words, what is counted as the municipality wrote it.
    assert '<dd>at least 2 <span lang="sv">trygghetsvandringar</span> per year</dd>' in content
    assert "Status according to Follow-up Q3 2024" in content
    assert '<span class="status status--genomford">Completed</span>' in content


def test_the_swedish_pledge_page_is_unchanged(client, ljungby):
    pledge, _report = ljungby

    content = client.get(pledge.get_absolute_url()).content.decode()

    assert html_lang(content) == "sv"
    assert '<h2 id="lagesbild">Lägesbild</h2>' in content
    assert "<h1>Tryggare Ljungby</h1>" in content
    assert "<dd>minst 2 trygghetsvandringar per år</dd>" in content
    assert "Status enligt Uppföljning kvartal 3 2024" in content


def test_an_english_report_page_has_an_english_title_and_headings(client, ljungby):
    _pledge, report = ljungby

    content = client.get(f"/en{report.get_absolute_url()}").content.decode()

    assert "<h1>Follow-up Q3 2024</h1>" in content
    assert '<h2 id="resultat">Results in brief</h2>' in content
    assert '<h2 id="loften">The promises and what has been done</h2>' in content
    assert "<dd>1 July – 30 September 2024</dd>" in content
    assert "2 of 2 promises completed" in content
    assert '<span class="status-table__promise" lang="sv">Fler kontroller' in content


def test_a_period_of_whole_months_is_named_in_the_page_language(client):
    pledge = fill_pledge(
        make_pledge(start_date=D(2018, 7, 1), end_date=D(2020, 6, 30), title="Två år"), 1
    )
    url = pledge.get_absolute_url()
    assert url == "/kommuner/ljungby/2018-07-2020-06/"

    assert "<dd>juli 2018 – juni 2020</dd>" in client.get(url).content.decode()
    assert "<dd>July 2018 – June 2020</dd>" in client.get(f"/en{url}").content.decode()


def test_report_titles_and_span_names_follow_the_language():
    with translation.override("sv"):
        assert Span("kvartal", 2017, 3).title("2017") == "Uppföljning kvartal 3 2017"
        assert Span("halvar", 2024, 1).name == "första halvåret 2024"
    with translation.override("en"):
        assert Span("kvartal", 2017, 3).title("2017") == "Follow-up Q3 2017"
        assert Span("halvar", 2024, 1).name == "first half of 2024"
        assert Span("slut").title("2017–2018") == "Final report 2017–2018"


# Swedish stays the default


def test_swedish_stays_the_default_whatever_the_browser_prefers(client):
    client.cookies[settings.LANGUAGE_COOKIE_NAME] = "en"
    response = client.get("/", HTTP_ACCEPT_LANGUAGE="en-GB,en;q=0.9")

    content = response.content.decode()
    assert response.status_code == 200
    assert html_lang(content) == "sv"
    assert response["Content-Language"] == "sv"
    assert "<h1>Medborgarlöften</h1>" in content


def test_the_admin_and_the_machine_readable_addresses_have_no_english_version(client):
    assert client.get("/en/admin/").status_code == 404
    assert client.get("/en/sitemap.xml").status_code == 404
    assert client.get("/en/robots.txt").status_code == 404
    login = client.get("/admin/login/", HTTP_ACCEPT_LANGUAGE="en")
    assert html_lang(login.content.decode()) == "sv"


def test_a_cached_swedish_page_is_never_served_in_english(client, settings):
    settings.PUBLIC_PAGE_CACHE = True

    swedish = client.get("/")
    english = client.get("/en/")
    again = client.get("/")

    assert swedish["ETag"] != english["ETag"]
    assert html_lang(english.content.decode()) == "en"
    assert again.content == swedish.content


# The language switch and the alternate links


def page_paths(pledge, report):
    return [
        "/",
        "/kommuner/",
        "/kommuner/ljungby/",
        pledge.get_absolute_url(),
        report.get_absolute_url(),
        "/polisomraden/",
        "/polisomraden/ljungby/",
        "/uppfoljningar/",
        "/loften/",
        "/sok/",
        "/fokusomraden/",
        "/oversikt/",
        "/oppna-data/",
        "/tillganglighet/",
    ]


def test_every_page_links_to_itself_in_the_other_language(client, ljungby):
    for path in page_paths(*ljungby):
        swedish = client.get(path)
        english = client.get(f"/en{path}")
        assert swedish.status_code == english.status_code == 200, path

        sv, en = swedish.content.decode(), english.content.decode()
        assert f'<a href="/en{path}" hreflang="en" lang="en">English</a>' in sv, path
        assert f'<a href="{path}" hreflang="sv" lang="sv">Svenska</a>' in en, path
        for content in (sv, en):
            assert f'<link rel="alternate" hreflang="sv" href="http://testserver{path}">' in content
            assert (
                f'<link rel="alternate" hreflang="en" href="http://testserver/en{path}">' in content
            )
            assert (
                f'<link rel="alternate" hreflang="x-default" href="http://testserver{path}">'
                in content
            )


def test_the_switch_keeps_the_query_string(client):
    content = client.get("/loften/?ar=2024&lan=06").content.decode()

    assert '<a href="/en/loften/?ar=2024&amp;lan=06" hreflang="en" lang="en">English</a>' in content


def test_a_missing_page_switches_to_the_other_start_page(client):
    english = client.get("/en/finns-inte/")
    swedish = client.get("/finns-inte/")

    assert english.status_code == swedish.status_code == 404
    en, sv = english.content.decode(), swedish.content.decode()
    assert html_lang(en) == "en" and "<h1>Page not found</h1>" in en
    assert '<a href="/" hreflang="sv" lang="sv">Svenska</a>' in en
    assert '<a href="/en/" hreflang="en" lang="en">English</a>' in sv
    assert 'hreflang="x-default"' not in en + sv


def test_the_server_error_page_follows_the_language(rf):
    with translation.override("en"):
        content = server_error(rf.get("/en/")).content.decode()

    assert html_lang(content) == "en"
    assert "<h1>Something went wrong</h1>" in content
    assert '<a href="/en/">Go to the start page</a>' in content


# The translations ship compiled


@dataclass
class Entry:
    strings: list  # msgstr, or msgstr[0] and msgstr[1] of a plural
    fuzzy: bool
    places: list  # "file:line", from the "#:" comments


def po_entries(path):
    """{msgid: Entry} of a .po file, its header and obsolete entries left out."""

    def text(lines):
        return "".join(ast.literal_eval(line) for line in lines)

    entries = {}
    for block in path.read_text().strip().split("\n\n")[1:]:
        fields, current, fuzzy, places = {}, None, False, []
        for line in block.splitlines():
            if line.startswith("#, ") and "fuzzy" in line:
                fuzzy = True
            if line.startswith("#: "):
                places += line[3:].split()
            if line.startswith("#"):
                continue
            match = re.match(r"^(msgid_plural|msgid|msgstr(?:\[\d\])?) (\".*\")$", line)
            if match:
                current = match.group(1)
                fields[current] = [match.group(2)]
            else:
                fields[current].append(line)
        if "msgid" in fields:
            strings = [text(lines) for key, lines in fields.items() if key.startswith("msgstr")]
            entries[text(fields["msgid"])] = Entry(strings, fuzzy, places)
    return entries


def test_every_english_translation_is_done_and_compiled():
    po, mo = LOCALE / "django.po", LOCALE / "django.mo"
    assert mo.is_file(), "see README, Languages: compilemessages"
    entries = po_entries(po)
    assert [msgid for msgid, entry in entries.items() if entry.fuzzy] == []
    assert [msgid for msgid, entry in entries.items() if not all(entry.strings)] == []

    with mo.open("rb") as compiled:
        catalog = gnu_gettext.GNUTranslations(compiled)
    stale = [
        msgid
        for msgid, entry in entries.items()
        if catalog.gettext(msgid) != entry.strings[0]
        and catalog.ngettext(msgid, "", 1) != entry.strings[0]
    ]
    assert stale == [], "see README, Languages: compilemessages"


# What the README's makemessages leaves out of the copy: tools, vendored and collected files, and
# the catalogue itself (a dotted name such as .venv or .git is left out by makemessages too).
NOT_SOURCES = shutil.ignore_patterns(
    ".*", "__pycache__", "node_modules", "static", "staticfiles", "test-results", "locale"
)


def test_every_string_marked_for_translation_is_in_the_english_catalogue(
    tmp_path, settings, monkeypatch
):
    """A string marked for translation that the catalogue lacks, or has only empty or fuzzy, is
    shown in Swedish on an English page. makemessages reads a copy of the sources, so that it
    writes nothing into locale/."""
    sources = tmp_path / "sources"
    shutil.copytree(settings.BASE_DIR, sources, ignore=NOT_SOURCES)
    settings.LOCALE_PATHS = [sources / "locale"]
    monkeypatch.chdir(sources)
    call_command("makemessages", locale=["en"], verbosity=0)

    committed = po_entries(LOCALE / "django.po")
    marked = po_entries(sources / "locale" / "en" / "LC_MESSAGES" / "django.po")
    missing = [
        f"{' '.join(entry.places)}: {msgid!r}"
        for msgid, entry in marked.items()
        if msgid not in committed or committed[msgid].fuzzy or not all(committed[msgid].strings)
    ]
    assert not missing, (
        f"{len(missing)} strings marked for translation have no English in "
        "locale/en/LC_MESSAGES/django.po:\n"
        + "\n".join(missing)
        + "\nUpdate the catalogue, translate them and compile it: see README, Languages."
    )


# The names under which xgettext finds a marked string: its own for Python and Django's.
GETTEXT_NAMES = {
    "_",
    "gettext",
    "gettext_lazy",
    "gettext_noop",
    "ngettext",
    "ngettext_lazy",
    "pgettext",
    "pgettext_lazy",
    "npgettext",
    "npgettext_lazy",
}


def python_sources(root):
    for folder, subfolders, files in os.walk(root):
        subfolders[:] = [name for name in subfolders if not NOT_SOURCES(folder, [name])]
        yield from (Path(folder) / name for name in files if name.endswith(".py"))


def test_strings_are_marked_under_names_that_makemessages_finds():
    """gettext_lazy imported as, say, _lazy still translates, but makemessages does not see the
    strings marked with it: they drop out of the catalogue at its next update."""
    hidden = []
    for path in python_sources(Path(settings.BASE_DIR)):
        source = path.read_text()
        if "django.utils.translation" not in source:
            continue
        for node in ast.walk(ast.parse(source)):
            if isinstance(node, ast.ImportFrom) and node.module == "django.utils.translation":
                hidden += [
                    f"{path.relative_to(settings.BASE_DIR)}:{node.lineno}: {alias.asname}"
                    for alias in node.names
                    if alias.asname and alias.asname not in GETTEXT_NAMES
                ]
    assert hidden == [], f"import it as one of {sorted(GETTEXT_NAMES)}"


def test_django_finds_the_english_translations():
    with translation.override("en"):
        assert translation.gettext("Våra löften") == "Our promises"
        assert translation.gettext("Kommuner") == "Municipalities"
    with translation.override("sv"):
        assert translation.gettext("Våra löften") == "Våra löften"
