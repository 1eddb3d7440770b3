"""/sok/: published pledges, promises, follow-ups and municipalities, grouped, marked, ranked."""

import datetime

import pytest
from django.db import connection
from django.utils import timezone

from followups.models import ActionStatus, FollowUpReport
from pledges import fulltext, search
from pledges.models import Action, Pledge
from pledges.search import Highlighter
from tests.conftest import fill_pledge, make_action, make_pledge
from tests.followups.conftest import CANCELLED, DONE, ONGOING, make_report
from tests.html_outline import assert_sound_outline
from tests.pledges.conftest import postgres_only, sqlite_only

pytestmark = pytest.mark.django_db
D = datetime.date


def page(response):
    assert response.status_code == 200
    return response.content.decode()


def section(html, kind):
    """The part of the page that lists one kind of result."""
    start = html.index(f'<section aria-labelledby="{kind}">')
    return html[start : html.index("</section>", start)]


# Both databases


def test_results_are_grouped_by_kind(client, find_world):
    make_report(
        find_world["ljungby"],
        kind="ar",
        year=2023,
        statuses=DONE,
        summary="Vi har haft grannsamverkansmöten.",
    )

    html = page(client.get("/sok/", {"q": "grannsamverkansmöten"}))

    assert "Ljungby 2023–2024" in section(html, "atgarder")
    assert "Uppföljning 2023" in section(html, "uppfoljningar")
    assert 'id="loften"' not in html
    assert '<a href="#atgarder">Löften (1)</a>' in html


def test_pledge_texts_and_municipalities_are_found(client, find_world):
    html = page(client.get("/sok/", {"q": "Värnamo"}))

    assert '<a href="/kommuner/varnamo/"><mark>Värnamo</mark></a>' in section(html, "kommuner")
    assert "Värnamo mot bedrägerier" in section(html, "loften")


def test_only_published_content_is_found(client, find_world):
    html = page(client.get("/sok/", {"q": "bedrägeriutkast"}))
    assert "Inget matchar ”bedrägeriutkast”." in html

    html = page(client.get("/sok/", {"q": "Schemalagt"}))
    assert "Inget matchar ”Schemalagt”." in html


def test_draft_reports_are_not_found(client, find_world):
    make_report(
        find_world["ljungby"], kind="ar", year=2023, published=False, summary="Hemlig rapport"
    )

    assert "Inget matchar" in page(client.get("/sok/", {"q": "Hemlig"}))


def test_reports_are_found_by_their_own_text_or_by_what_was_done(client, db):
    own = fill_pledge(make_pledge(("ljungby",)), 1)
    make_report(own, year=2024, statuses=DONE, summary="Fler nattvandringar i centrum.")
    done = fill_pledge(make_pledge(("almhult",)), 1)
    by_evidence = make_report(done, year=2024, statuses=DONE)
    by_evidence.statuses.update(evidence="Nattvandringar varje fredag.")
    hidden = fill_pledge(make_pledge(("varnamo",), status=Pledge.Status.DRAFT), 1)
    make_report(hidden, year=2024, statuses=DONE, summary="Nattvandringar i smyg.")

    found = section(page(client.get("/sok/", {"q": "nattvandringar"})), "uppfoljningar")

    assert "Uppföljningar <span" in found and "(2)" in found
    assert "Ljungby 2024: Uppföljning 2024" in found
    assert "Älmhult 2024: Uppföljning 2024" in found
    assert "Värnamo" not in found


def test_a_promise_shows_its_status_in_the_latest_published_report(client, db):
    pledge = make_pledge(("ljungby",), start_date=D(2023, 1, 1), end_date=D(2025, 12, 31))
    make_action(pledge, text="Fler cykelpatruller i centrum")
    make_report(pledge, kind="ar", year=2023, statuses=ONGOING)
    make_report(pledge, kind="ar", year=2024, statuses=DONE)
    newer_draft = make_report(pledge, kind="ar", year=2025, statuses=CANCELLED, published=False)

    found = section(page(client.get("/sok/", {"q": "cykelpatruller"})), "atgarder")

    assert newer_draft.covers_end == D(2025, 12, 31)
    assert 'Status i senaste uppföljningen: <span class="status status--genomford">' in found
    assert "status--pagar" not in found and "status--struken" not in found


def test_matches_are_marked_after_the_text_is_escaped(client, db):
    pledge = make_pledge(introduction="Vi skriver <script>alert('x')</script> om trygghet.")
    make_action(pledge, text="<b>Fet</b> trygghet & <script>")

    html = page(client.get("/sok/", {"q": "trygghet"}))

    assert "<script>" not in html
    assert "<b>Fet</b>" not in html
    assert "&lt;script&gt;alert(&#x27;x&#x27;)&lt;/script&gt; om <mark>trygghet</mark>." in html
    assert "&lt;b&gt;Fet&lt;/b&gt; <mark>trygghet</mark> &amp; &lt;script&gt;" in html


def test_highlighter_escapes_first():
    highlighter = Highlighter(["script", "trygg"], prefix_only=True)

    marked = highlighter.mark('<script>alert("trygghet")</script> & "tryggt"')

    assert marked == (
        "&lt;<mark>script</mark>&gt;alert(&quot;<mark>trygghet</mark>&quot;)"
        "&lt;/<mark>script</mark>&gt; &amp; &quot;<mark>tryggt</mark>&quot;"
    )


def test_highlighter_without_terms_only_escapes():
    assert Highlighter([], prefix_only=False).mark("<i>x</i>") == "&lt;i&gt;x&lt;/i&gt;"


def test_a_snippet_is_cut_around_the_first_match():
    text = " ".join(["ord"] * 200 + ["bedrägerier"] + ["slut"] * 200)

    snippet = Highlighter(["bedräger"], prefix_only=True).snippet(text)

    assert snippet.startswith("… ")
    assert snippet.endswith(" …")
    assert "<mark>bedrägerier</mark>" in snippet
    assert len(snippet) < 320


def test_one_kind_at_a_time_with_pages(client, db):
    for year in range(2000, 2025):
        pledge = make_pledge(("ljungby",), start_date=D(year, 1, 1), end_date=D(year, 12, 31))
        make_action(pledge, text=f"Trygghetsvandring nummer {year}")

    html = page(client.get("/sok/", {"q": "trygghetsvandring"}))
    assert "Visa alla 25 träffar bland löften" in html
    assert 'href="?q=trygghetsvandring&amp;typ=atgarder"' in html

    first = page(client.get("/sok/", {"q": "trygghetsvandring", "typ": "atgarder"}))
    second = page(client.get("/sok/", {"q": "trygghetsvandring", "typ": "atgarder", "page": 2}))

    assert "Löften: 25 träffar" in first
    assert 'href="?q=trygghetsvandring&amp;typ=atgarder&amp;page=2" rel="next"' in first
    assert second.count('class="search-result"') == 5
    # Newest period first, and the second page goes on where the first stopped.
    assert first.index("nummer 2024") < first.index("nummer 2023") < first.index("nummer 2005")
    assert "nummer 2004" not in first
    assert second.index("nummer 2004") < second.index("nummer 2000")


def test_each_search_finds_its_own_words_and_what_is_published_by_then(client, db):
    """The queries are built once per process with stand-ins for the words and the time
    (pledges/search.py): each search must still get its own."""
    klotter = make_pledge(("ljungby",), title="Mindre klotter i Ljungby")
    make_action(klotter, text="Sanera klotter inom ett dygn")
    later = make_pledge(("almhult",), title="Färre bedrägerier i Älmhult")
    make_action(later, text="Informera om bedrägerier")
    Pledge.objects.filter(pk=later.pk).update(
        published_at=timezone.now() + datetime.timedelta(days=1)
    )

    first = page(client.get("/sok/", {"q": "klotter"}))
    second = page(client.get("/sok/", {"q": "bedrägerier"}))
    assert "Sanera <mark>klotter</mark> inom ett dygn" in section(first, "atgarder")
    assert 'class="search-result"' not in second

    Pledge.objects.filter(pk=later.pk).update(published_at=timezone.now())
    third = page(client.get("/sok/", {"q": "bedrägerier"}))
    assert "Informera om <mark>bedrägerier</mark>" in section(third, "atgarder")
    assert "Färre <mark>bedrägerier</mark> i Älmhult" in section(third, "loften")
    assert "klotter" not in section(third, "atgarder")


@pytest.mark.parametrize(
    "params, message",
    [
        ({"q": "x" * 101}, "Sökningen får vara högst 100 tecken lång."),
        ({"q": "trygghet", "typ": "<b>"}, "Det finns ingen sorts träff som heter ”&lt;b&gt;”."),
        ({"q": "trygghet", "typ": "atgarder", "page": "99"}, "Det finns ingen sida ”99”."),
    ],
)
def test_bad_requests_get_a_message(client, find_world, params, message):
    assert message in page(client.get("/sok/", params))


def test_nul_bytes_and_empty_queries_are_harmless(client, find_world):
    response = client.get("/sok/", {"q": "\x00"})
    assert response.status_code == 400  # config/bad_input.py
    assert "Adressen går inte att använda" in response.content.decode()
    assert "Skriv ett eller flera ord" in page(client.get("/sok/"))
    assert page(client.get("/sok/", {"q": "!!! & | ( )"}))


def test_search_pages_are_not_indexed(client, find_world):
    assert '<meta name="robots" content="noindex, follow">' in page(
        client.get("/sok/", {"q": "trygghet"})
    )


def test_search_page_outline(client, find_world):
    assert_sound_outline(client.get("/sok/"))
    assert_sound_outline(client.get("/sok/", {"q": "bedrägerier"}))
    assert_sound_outline(client.get("/sok/", {"q": "bedrägerier", "typ": "loften"}))


@pytest.mark.parametrize("pledges", [2, 20])
def test_search_query_count_does_not_grow(client, django_assert_num_queries, pledges):
    for _ in range(pledges):
        pledge = fill_pledge(
            make_pledge(("ljungby", "almhult"), introduction="Trygghet i centrum."), actions=2
        )
        Action.objects.filter(pledge=pledge).update(text="Mer trygghet i parken")
        make_report(pledge, kind="ar", year=2024, statuses=DONE, summary="Tryggheten ökade.")

    # Per kind the best ids with how many match in all (one query), and when there are matches
    # the results by id: municipalities (none match); pledges; actions with their pledges;
    # reports with their pledges, and their statuses. Then the municipalities of every pledge
    # shown, in one query. PostgreSQL also gives the stems to mark.
    expected = 9 + (connection.vendor == "postgresql")
    with django_assert_num_queries(expected):
        html = page(client.get("/sok/", {"q": "trygghet"}))
    shown = min(5, pledges) + min(5, 2 * pledges) + min(5, pledges)
    assert html.count('class="search-result"') == shown


# SQLite: words as parts of words


@sqlite_only
def test_sqlite_finds_parts_of_words(client, find_world):
    html = page(client.get("/sok/", {"q": "rägeri"}))

    assert "Informera äldre om <mark>telefonbedrägerier</mark>" in html


# PostgreSQL: Swedish full-text search


@postgres_only
def test_swedish_stemming_finds_other_forms(client, db):
    pledge = make_pledge(title="Tryggare Ljungby")
    make_action(pledge, text="Informera äldre om bedrägerier och falska sms")

    html = page(client.get("/sok/", {"q": "bedrägeri"}))

    assert "Informera äldre om <mark>bedrägerier</mark>" in section(html, "atgarder")
    assert Pledge.objects.published().search("bedrägeri").get() == pledge


@postgres_only
def test_postgres_ignores_swedish_stop_words_and_reads_web_search_syntax(db):
    pledge = make_pledge(introduction="Polisen och kommunen arbetar mot narkotika.")

    assert list(Pledge.objects.search("kommunerna och narkotika")) == [pledge]
    assert list(Pledge.objects.search('"mot narkotika" -klotter')) == [pledge]
    assert list(Pledge.objects.search("narkotika -kommunen")) == []


@postgres_only
def test_postgres_ranks_title_matches_first(client, db):
    body = make_pledge(("ljungby",), title="Ljungby", introduction="Här nämns klotter en gång.")
    title = make_pledge(("almhult",), title="Mindre klotter i Älmhult")

    html = page(client.get("/sok/", {"q": "klotter"}))

    found = section(html, "loften")
    assert found.index(title.get_absolute_url()) < found.index(body.get_absolute_url())


@postgres_only
def test_postgres_uses_the_gin_indexes(db):
    with connection.cursor() as cursor:
        cursor.execute("SET enable_seqscan = off")
    plans = {
        "pledges_pledge_search_vector_gin": fulltext.matching(
            Pledge.objects.all(), fulltext.PLEDGE_FIELDS, "bedrägeri"
        ),
        "pledges_action_search_vector_gin": Action.objects.search("bedrägeri"),
        "followups_followupreport_search_vector_gin": FollowUpReport.objects.search("bedrägeri"),
        "followups_actionstatus_search_vector_gin": FollowUpReport.objects.search("bedrägeri"),
    }
    # The site search finds reports through both indexes too, in one list (see find_reports).
    found = search.find_reports("bedrägeri", timezone.now()).explain()
    assert "followups_followupreport_search_vector_gin" in found
    assert "followups_actionstatus_search_vector_gin" in found
    for index, queryset in plans.items():
        plan = queryset.explain()
        assert index in plan, index
        assert "to_tsvector" not in plan, "a vector is computed per row instead of read"


@postgres_only
def test_postgres_keeps_the_stored_search_vectors_in_step(db):
    """The database fills `search_vector` on insert, on save and on QuerySet.update(), with the
    same vector that fulltext.vector() computes, for every searchable model."""
    pledge = fill_pledge(make_pledge(title="Tryggare Ljungby", introduction="Om klotter."))
    action = pledge.actions.first()
    report = make_report(pledge, kind="ar", year=2024, statuses=DONE, summary="Färre bedrägerier.")
    report.statuses.update(evidence="Vi höll trygghetsvandringar.")
    Pledge.objects.filter(pk=pledge.pk).update(situation="Skadegörelse vid stationen.")
    action.details = "Varje vecka i hamnen."
    action.save()

    models = [
        (Pledge, fulltext.PLEDGE_FIELDS),
        (Action, fulltext.ACTION_FIELDS),
        (FollowUpReport, fulltext.REPORT_FIELDS),
        (ActionStatus, fulltext.STATUS_FIELDS),
    ]
    for model, fields in models:
        rows = model.objects.annotate(computed=fulltext.vector(fields))
        pairs = list(rows.values_list("search_vector", "computed"))
        assert pairs, model
        for stored, computed in pairs:
            assert stored == computed, model
    assert Pledge.objects.search("skadegörelse").get() == pledge
    assert Action.objects.search("hamnen").get() == action
    assert FollowUpReport.objects.search("trygghetsvandring").get() == report
