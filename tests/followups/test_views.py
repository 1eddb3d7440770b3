import datetime
import re

import pytest
from django.utils import timezone

from followups.models import FollowUpReport
from followups.services import start_report
from pledges.caching import content_version
from pledges.models import Action, FocusArea
from tests.conftest import fill_pledge, make_action, make_pledge
from tests.followups.conftest import (
    CANCELLED,
    CANNOT_ASSESS,
    DONE,
    NOT_STARTED,
    ONGOING,
    make_report,
)
from tests.html_outline import assert_sound_outline, outline

pytestmark = pytest.mark.django_db
D = datetime.date
EXAMPLE_NOTICE = (
    "Exempel: den här uppföljningen är påhittad för att visa hur portalen fungerar. "
    "Den bygger inte på verkliga resultat."
)


def ljungby():
    """Ljungby 2017–2018, followed up quarterly, with four promises under two headings."""
    pledge = make_pledge(
        start_date=D(2017, 1, 1), end_date=D(2018, 12, 31), followup_cadence="kvartal"
    )
    make_action(
        pledge,
        heading="Trygghet",
        text="att genomföra minst 2 trygghetsvandringar per år",
        targets=[(2, "trygghetsvandringar", "ar")],
        responsible=Action.Responsible.MUNICIPALITY,
    )
    make_action(pledge, heading="Trygghet", text="att förbättra belysningen i centrum")
    make_action(pledge, heading="Synlighet", text="att polisen syns vid skolorna")
    make_action(pledge, heading="Synlighet", text="att öppna en polisstation i Lagan")
    return pledge


def set_rows(report, **by_text):
    """Changes status rows of a draft, picked by the start of their promise's text."""
    for row in report.statuses.all():
        for start, values in by_text.items():
            if row.action.text.startswith(start.replace("_", " ")):
                for field, value in values.items():
                    setattr(row, field, value)
                row.save()


def article(response):
    """The report as published: the page's <article>."""
    content = response.content.decode()
    return content[content.index('<article class="report">') : content.index("</article>")]


def text(html):
    """The words of some HTML, tags removed and whitespace collapsed."""
    words = " ".join(re.sub(r"<[^>]+>", " ", html).split())
    return re.sub(r"\( ", "(", re.sub(r" ([,.:)])", r"\1", words))


# The report page


def test_report_page_shows_every_promise_its_status_and_the_progress(client):
    pledge = ljungby()
    report = start_report(
        pledge=pledge,
        kind="kvartal",
        year=2017,
        number=3,
        summary="Två trygghetsvandringar har genomförts under kvartalet.",
        effect="Färre anmälda inbrott i centrum.",
        indicators="Polisens statistik över anmälda brott.",
        fulfilment="Båda parterna har gjort sin del.",
        lessons="Bjud in fler invånare.",
    )
    set_rows(
        report,
        att_genomföra={"status": DONE, "achieved_count": 3, "evidence": "12 mars och 4 maj."},
        att_förbättra={"status": ONGOING},
        att_polisen={"status": CANCELLED},
        att_öppna={"status": CANNOT_ASSESS},
    )
    report.publish()

    response = client.get("/kommuner/ljungby/2017-2018/uppfoljning/2017-q3/")

    assert response.status_code == 200
    content = response.content.decode()
    words = text(content)
    assert "<h1>Uppföljning kvartal 3 2017</h1>" in content
    assert "<title>Uppföljning kvartal 3 2017 – Ljungby 2017–2018 – Medborgarlöften</title>" in (
        content
    )
    assert f'href="{pledge.get_absolute_url()}">Ljungby 2017–2018</a>' in content
    assert "Avser 1 juli – 30 september 2017" in words
    assert "Två trygghetsvandringar har genomförts under kvartalet." in content
    for action in pledge.actions.all():
        assert action.text in content
    assert '<span class="status status--genomford">Genomförd</span>' in content
    assert '<span class="status status--pagar">Pågår</span>' in content
    assert '<span class="status status--struken">Struken</span>' in content
    assert '<span class="status status--kan_inte_bedomas">Kan inte bedömas</span>' in content
    assert "Antal: 3 av 2" in words
    assert "Mål: minst 2 trygghetsvandringar per år" in words
    assert "<p>12 mars och 4 maj.</p>" in content
    # Struken and kan inte bedömas are left out of the share, and said so.
    assert "1 av 2 löften genomförda, 75 % av vägen" in words
    assert "1 löfte struket, 1 kan inte bedömas (räknas inte in)" in words
    # Per group: Trygghet has one done and one ongoing; Synlighet nothing to count.
    trygghet = words.index("Per område Trygghet")
    assert words[trygghet:].startswith("Per område Trygghet 1 av 2 löften genomförda, 75 %")
    assert "Synlighet Inga löften att räkna in. 1 löfte struket, 1 kan inte bedömas" in words
    assert "Färre anmälda inbrott i centrum." in content
    assert "Polisens statistik över anmälda brott." in content
    assert "Båda parterna har gjort sin del." in content
    assert "Bjud in fler invånare." in content
    _, headings = outline(response)
    for heading in ["Effekt på problemen", "Underlag", "Hur parterna uppfyllt sina åtaganden"]:
        assert (2, heading) in headings
    assert (2, "Lärdomar") in headings
    assert EXAMPLE_NOTICE not in content
    assert "<script" not in content


def test_only_an_example_report_says_it_is_invented(client):
    pledge = ljungby()
    make_report(pledge, kind="kvartal", year=2017, number=1, statuses=DONE, is_example=True)
    make_report(pledge, kind="kvartal", year=2017, number=2, statuses=DONE)

    example = client.get("/kommuner/ljungby/2017-2018/uppfoljning/2017-q1/").content.decode()
    real = client.get("/kommuner/ljungby/2017-2018/uppfoljning/2017-q2/").content.decode()

    assert EXAMPLE_NOTICE in example
    assert example.index(EXAMPLE_NOTICE) < example.index("Resultat i korthet")
    assert EXAMPLE_NOTICE not in real
    assert "Exempel" not in text(real)


def test_changes_lists_exactly_the_promises_that_changed(client):
    pledge = ljungby()
    make_report(pledge, kind="kvartal", year=2017, number=1, statuses=ONGOING)
    # A draft in between is not what the public saw: changes count from the published one.
    draft = start_report(pledge=pledge, kind="kvartal", year=2017, number=2)
    draft.statuses.update(status=DONE)
    report = start_report(pledge=pledge, kind="kvartal", year=2017, number=3)
    set_rows(
        report,
        att_genomföra={"status": ONGOING, "achieved_count": 1},
        att_förbättra={"status": DONE},
        att_polisen={"status": ONGOING},
        att_öppna={"status": ONGOING},
    )
    report.publish()
    new_action = make_action(pledge, heading="Synlighet", text="att starta grannsamverkan")
    fourth = start_report(pledge=pledge, kind="kvartal", year=2017, number=4)
    fourth.statuses.filter(action=new_action).update(status=NOT_STARTED)
    fourth.publish()

    content = client.get("/kommuner/ljungby/2017-2018/uppfoljning/2017-q3/").content.decode()

    changes = content[content.index('id="andrat"') : content.index('id="loften"')]
    assert 'Jämfört med <a href="/kommuner/ljungby/2017-2018/uppfoljning/2017-q1/">' in changes
    assert changes.count('class="change"') == 2
    assert "att förbättra belysningen i centrum" in changes
    assert "att genomföra minst 2 trygghetsvandringar" in changes
    assert "att polisen syns vid skolorna" not in changes
    assert "att öppna en polisstation" not in changes
    words = text(changes)
    assert "Status ändrad från Pågår → till Genomförd" in words
    assert "Antal: – → till 1 av 2" in words
    table = content[content.index('id="loften"') :]
    assert table.count('class="is-changed"') == 2
    # A promise added since is new in the next report.
    later = client.get("/kommuner/ljungby/2017-2018/uppfoljning/2017-q4/").content.decode()
    later_changes = later[later.index('id="andrat"') : later.index('id="loften"')]
    assert later_changes.count('class="change"') == 1
    assert "Nytt Ej påbörjad" in text(later_changes)
    assert "att starta grannsamverkan" in later_changes


def test_without_changes_the_report_says_so_and_the_first_has_no_changes_section(client):
    pledge = ljungby()
    make_report(pledge, kind="kvartal", year=2017, number=1, statuses=ONGOING)
    make_report(pledge, kind="kvartal", year=2017, number=2, statuses=ONGOING)

    first = client.get("/kommuner/ljungby/2017-2018/uppfoljning/2017-q1/").content.decode()
    second = client.get("/kommuner/ljungby/2017-2018/uppfoljning/2017-q2/").content.decode()

    assert "Vad har ändrats sedan förra uppföljningen" not in first
    assert "Vad har ändrats sedan förra uppföljningen" in second
    assert "Inga löften har ändrat status sedan Uppföljning kvartal 1 2017." in text(second)
    assert 'class="change"' not in second


def test_a_published_report_reads_the_same_after_later_changes(client):
    pledge = ljungby()
    make_report(pledge, kind="kvartal", year=2017, number=1, statuses=ONGOING)
    make_report(pledge, kind="kvartal", year=2017, number=2, statuses=DONE)
    url = "/kommuner/ljungby/2017-2018/uppfoljning/2017-q2/"
    before = article(client.get(url))

    action = pledge.actions.get(text="att förbättra belysningen i centrum")
    action.text = "att byta alla lampor i centrum"
    action.heading = "Belysning"
    action.save()
    make_action(pledge, text="att starta grannsamverkan")
    make_report(pledge, kind="kvartal", year=2017, number=3, statuses=NOT_STARTED)
    after = client.get(url)

    assert article(after) == before
    assert "att förbättra belysningen i centrum" in before
    assert "att byta alla lampor" not in after.content.decode()
    assert "att starta grannsamverkan" not in after.content.decode()
    # Only the links around the report know about the later one.
    assert 'rel="next" href="/kommuner/ljungby/2017-2018/uppfoljning/2017-q3/"' in (
        after.content.decode()
    )


def test_report_links_to_the_previous_next_and_all_published_reports(client):
    pledge = ljungby()
    for number in [1, 2, 3]:
        make_report(pledge, kind="kvartal", year=2017, number=number, statuses=DONE)
    start_report(pledge=pledge, kind="kvartal", year=2017, number=4)

    content = client.get("/kommuner/ljungby/2017-2018/uppfoljning/2017-q2/").content.decode()

    nav = content[content.index('class="report-nav"') :]
    assert 'rel="prev" href="/kommuner/ljungby/2017-2018/uppfoljning/2017-q1/"' in nav
    assert 'rel="next" href="/kommuner/ljungby/2017-2018/uppfoljning/2017-q3/"' in nav
    assert 'href="/kommuner/ljungby/2017-2018/uppfoljning/2017-q2/" aria-current="page"' in nav
    assert "2017-q4" not in content
    assert 'href="/kommuner/ljungby/2017-2018/#uppfoljning"' in nav


def test_drafts_unknown_reports_and_reports_of_drafts_are_404(client):
    pledge = ljungby()
    start_report(pledge=pledge, kind="kvartal", year=2017, number=1)
    later = make_report(pledge, kind="kvartal", year=2017, number=2, statuses=DONE)
    FollowUpReport.objects.filter(pk=later.pk).update(
        published_at=timezone.now() + datetime.timedelta(days=1)
    )
    draft_pledge = fill_pledge(make_pledge(municipalities=["varnamo"], status="utkast"), 2)
    make_report(draft_pledge, statuses=DONE)

    for url in [
        "/kommuner/ljungby/2017-2018/uppfoljning/2017-q1/",  # a draft
        "/kommuner/ljungby/2017-2018/uppfoljning/2017-q2/",  # published tomorrow
        "/kommuner/ljungby/2017-2018/uppfoljning/2017-q3/",  # none
        "/kommuner/ljungby/2017-2018/uppfoljning/finns-inte/",
        "/kommuner/ljungby/2019/uppfoljning/2019/",
        "/kommuner/varnamo/2024/uppfoljning/2024/",  # a report of a draft pledge
    ]:
        response = client.get(url)
        assert response.status_code == 404, url
        assert "Sidan finns inte" in response.content.decode()


def test_a_report_of_several_municipalities_redirects_to_the_canonical_address(client):
    # Gnosjö (0617) has a lower code than Värnamo (0683).
    pledge = fill_pledge(make_pledge(municipalities=["varnamo", "gnosjo"]), 2)
    make_report(pledge, statuses=DONE)

    canonical = client.get("/kommuner/gnosjo/2024/uppfoljning/2024/")
    other = client.get("/kommuner/varnamo/2024/uppfoljning/2024/")

    assert canonical.status_code == 200
    assert (
        '<link rel="canonical" href="http://testserver/kommuner/gnosjo/2024/uppfoljning/2024/">'
        in canonical.content.decode()
    )
    assert other.status_code == 301
    assert other["Location"] == "/kommuner/gnosjo/2024/uppfoljning/2024/"
    assert client.get("/kommuner/alvesta/2024/uppfoljning/2024/").status_code == 404


def test_a_district_report_has_its_own_address(client):
    pledge = fill_pledge(make_pledge(municipalities=["malmo"], district="Rosengård"), 2)
    report = make_report(pledge, statuses=DONE)

    response = client.get("/kommuner/malmo/2024/rosengard/uppfoljning/2024/")

    assert report.get_absolute_url() == "/kommuner/malmo/2024/rosengard/uppfoljning/2024/"
    assert response.status_code == 200
    assert "Malmö, Rosengård 2024" in response.content.decode()
    assert client.get("/kommuner/malmo/2024/uppfoljning/2024/").status_code == 404


def test_evidence_is_escaped_and_keeps_its_paragraphs(client):
    pledge = ljungby()
    report = start_report(pledge=pledge, kind="kvartal", year=2017, number=1)
    report.statuses.update(status=DONE, evidence="Första.\n\nAndra <script>alert(1)</script>.")
    report.publish()

    content = client.get(report.get_absolute_url()).content.decode()

    assert "<p>Första.</p>" in content
    assert "<p>Andra &lt;script&gt;alert(1)&lt;/script&gt;.</p>" in content
    assert "<script>" not in content


# The pledge page


def test_pledge_page_shows_the_latest_status_beside_each_promise(client):
    pledge = ljungby()
    make_report(pledge, kind="kvartal", year=2017, number=1, statuses=ONGOING)
    latest = start_report(pledge=pledge, kind="kvartal", year=2017, number=2)
    set_rows(
        latest,
        att_genomföra={"status": DONE, "achieved_count": 2},
        att_förbättra={"status": ONGOING},
        att_polisen={"status": CANCELLED},
        att_öppna={"status": NOT_STARTED},
    )
    latest.publish()
    start_report(pledge=pledge, kind="kvartal", year=2017, number=3).statuses.update(
        status=NOT_STARTED
    )

    content = client.get(pledge.get_absolute_url()).content.decode()

    actions = content[content.index('id="vara-loften"') : content.index('id="uppfoljning"')]
    words = text(actions)
    # Which follow-up the statuses come from is said once above each group (two here).
    assert words.count("Status enligt Uppföljning kvartal 2 2017.") == 2
    assert "Genomförd (antal: 2 av 2)" in words
    assert words.index("att genomföra minst 2") < words.index("Genomförd")
    assert "Struken" in words
    assert "Ej påbörjad" in words
    assert "/uppfoljning/2017-q3/" not in content


def test_pledge_page_says_when_the_latest_status_is_from_an_invented_report(client):
    pledge = fill_pledge(make_pledge(), 2)
    make_report(pledge, statuses=DONE, is_example=True)

    words = text(client.get(pledge.get_absolute_url()).content.decode())

    # Once per group of promises (two focus areas here), and in the summary.
    assert words.count("Status enligt Uppföljning 2024 (påhittat exempel).") == 2
    assert words.count("Genomförd") >= 2
    assert "Enligt Uppföljning 2024, publicerad" in words
    assert "Exempel" in words


def test_pledge_page_lists_every_published_report_and_when_the_next_is_due(client):
    today = timezone.localdate()
    pledge = fill_pledge(
        make_pledge(
            start_date=D(today.year, 1, 1),
            end_date=D(today.year, 12, 31),
            followup_cadence="tertial",
        ),
        3,
    )
    # Reports for the tertials that have ended; a draft for one that has not.
    ended = [n for n in [1, 2, 3] if D(today.year, 4 * n, 28) < today]
    for number in ended:
        make_report(pledge, kind="tertial", year=today.year, number=number, statuses=DONE)
    if len(ended) < 3:
        start_report(pledge=pledge, kind="tertial", year=today.year, number=len(ended) + 1)

    content = client.get(pledge.get_absolute_url()).content.decode()

    section = content[content.index('id="uppfoljning"') :]
    for number in ended:
        report = FollowUpReport.objects.get(pledge=pledge, number=number)
        assert f'<a href="{report.get_absolute_url()}">{report.title}</a>' in section
    assert section.count("/uppfoljning/") == len(ended)
    assert "Löftet följs upp per tertial." in section
    if len(ended) < 3:
        month = ["april", "augusti", "december"][len(ended)]
        last_day = {"april": 30, "augusti": 31, "december": 31}[month]
        assert (
            f"Nästa uppföljning väntas efter {last_day} {month} {today.year} "
            f"(Uppföljning tertial {len(ended) + 1} {today.year})."
        ) in text(content)


def test_pledge_page_says_which_reports_are_missing_after_the_period(client):
    pledge = fill_pledge(make_pledge(start_date=D(2020, 1, 1), end_date=D(2020, 12, 31)), 2)
    pledge.followup_cadence = "halvar"
    pledge.save()
    make_report(pledge, kind="halvar", year=2020, number=1, statuses=DONE)

    words = text(client.get(pledge.get_absolute_url()).content.decode())

    assert "Uppföljning andra halvåret 2020 saknas." in words
    assert "Den borde ha publicerats senast 30 januari 2021." in words
    assert "Nästa uppföljning väntas" not in words
    assert "Enligt Uppföljning första halvåret 2020" in words
    assert "Senast kända status (första halvåret 2020): 2 av 2 löften genomförda" in words
    assert "Slutrapport saknas." in words


def test_pledge_page_without_reports_says_none_is_published(client):
    pledge = fill_pledge(make_pledge(start_date=D(2020, 1, 1), end_date=D(2020, 12, 31)), 2)

    words = text(client.get(pledge.get_absolute_url()).content.decode())

    assert "Ingen uppföljning är publicerad ännu." in words
    assert "Status enligt" not in words
    assert "Uppföljning 2020 saknas." in words


# The municipality page


def test_municipality_page_shows_each_pledges_latest_result(client):
    older = fill_pledge(make_pledge(start_date=D(2023, 1, 1), end_date=D(2023, 12, 31)), 4)
    make_report(older, year=2023, statuses=[DONE, DONE, DONE, ONGOING])
    today = timezone.localdate()
    current = fill_pledge(
        make_pledge(start_date=D(today.year, 1, 1), end_date=D(today.year, 12, 31)), 2
    )

    content = client.get("/kommuner/ljungby/").content.decode()
    words = text(content)

    report = older.reports.get()
    assert f'<a href="{report.get_absolute_url()}">Senaste uppföljning (2023)</a>' in content
    assert "Senaste uppföljning (2023): 3 av 4 löften genomförda" in words
    assert words.index(current.title) < words.index("Ingen uppföljning publicerad")


def test_municipality_page_shows_an_example_report_as_example(client):
    pledge = fill_pledge(make_pledge(start_date=D(2023, 1, 1), end_date=D(2023, 12, 31)), 2)
    make_report(pledge, kind="halvar", year=2023, number=1, statuses=DONE, is_example=True)

    words = text(client.get("/kommuner/ljungby/").content.decode())

    assert "Senaste uppföljning (första halvåret 2023): 2 av 2 löften genomförda Exempel" in words


# The latest follow-ups


def published_days_ago(report, days):
    FollowUpReport.objects.filter(pk=report.pk).update(
        published_at=timezone.now() - datetime.timedelta(days=days)
    )


def test_latest_shows_the_newest_published_reports_first(client):
    ljungby_pledge = fill_pledge(make_pledge(), 4)
    older = make_report(
        ljungby_pledge, kind="halvar", number=1, statuses=[DONE, DONE, ONGOING, CANCELLED]
    )
    newer = make_report(ljungby_pledge, kind="halvar", number=2, statuses=DONE, is_example=True)
    published_days_ago(older, 10)
    published_days_ago(newer, 1)
    shared = fill_pledge(make_pledge(municipalities=["varnamo", "gnosjo"]), 2)
    draft = start_report(pledge=shared, kind="ar", year=2024)

    response = client.get("/uppfoljningar/")

    assert response.status_code == 200
    content = response.content.decode()
    words = text(content)
    assert "<h1>Senaste uppföljningarna</h1>" in content
    assert words.index("Ljungby 2024: Uppföljning andra halvåret 2024") < words.index(
        "Ljungby 2024: Uppföljning första halvåret 2024"
    )
    assert f'href="{newer.get_absolute_url()}"' in content
    assert "Avser 1 juli – 31 december 2024." in words
    assert "2 av 3 löften genomförda, 83 % av vägen" in words
    assert "1 löfte struket" in words
    assert words.count("Exempel") == 1
    assert draft.get_absolute_url() not in content
    assert "Gnosjö, Värnamo" not in words
    assert 'aria-current="page">Uppföljningar</a>' in content
    assert_sound_outline(response)


def test_latest_names_a_shared_district_pledge_and_links_to_its_report(client):
    pledge = fill_pledge(make_pledge(municipalities=["varnamo", "gnosjo"], district="Centrum"), 2)
    report = make_report(pledge, year=2024, statuses=[DONE, ONGOING])

    content = client.get("/uppfoljningar/").content.decode()
    words = text(content)

    assert "/centrum/uppfoljning/2024/" in report.get_absolute_url()
    assert f'<a href="{report.get_absolute_url()}">Gnosjö, Värnamo, Centrum 2024: ' in content
    assert "Gnosjö, Värnamo, Centrum 2024: Uppföljning 2024" in words
    assert "1 av 2 löften genomförda, 75 % av vägen" in words


def test_latest_pages_follow_a_new_and_a_withdrawn_report_at_once(client):
    """The number of reports (and so of pages) is kept per content version: a report
    published or withdrawn shows in it on the next request."""
    pledge = fill_pledge(
        make_pledge(start_date=D(2015, 1, 1), end_date=D(2024, 12, 31), followup_cadence="kvartal"),
        1,
    )
    reports = [
        make_report(pledge, kind="kvartal", year=2015 + i // 4, number=1 + i % 4, statuses=DONE)
        for i in range(20)
    ]
    assert "Sida 1 av 2" not in text(client.get("/uppfoljningar/").content.decode())

    make_report(pledge, kind="kvartal", year=2020, number=1, statuses=DONE)
    assert "Sida 1 av 2" in text(client.get("/uppfoljningar/").content.decode())

    reports[0].status = FollowUpReport.Status.DRAFT
    reports[0].save()
    assert "Sida 1 av 2" not in text(client.get("/uppfoljningar/").content.decode())


def test_latest_paginates_and_never_fails_on_a_bad_page(client):
    pledge = fill_pledge(
        make_pledge(start_date=D(2015, 1, 1), end_date=D(2024, 12, 31), followup_cadence="kvartal"),
        1,
    )
    for i in range(21):
        report = make_report(
            pledge, kind="kvartal", year=2015 + i // 4, number=1 + i % 4, statuses=DONE
        )
        published_days_ago(report, 100 - i)

    first = client.get("/uppfoljningar/").content.decode()
    second = client.get("/uppfoljningar/?page=2")
    words = text(second.content.decode())

    assert first.count('class="report-list__item"') == 20
    assert "Uppföljning kvartal 1 2020" in text(first)  # the newest
    assert "Uppföljning kvartal 1 2015" not in text(first)  # the oldest
    assert 'href="?page=2" rel="next"' in first
    assert second.status_code == 200
    assert second.content.decode().count('class="report-list__item"') == 1
    assert "Uppföljning kvartal 1 2015" in words
    assert "Sida 2 av 2" in words
    assert 'href="?page=1" rel="prev"' in second.content.decode()
    assert "Det finns ingen sida" not in words
    for page, shown in [("abc", 1), ("999", 2), ("0", 2), ("-1", 2)]:
        response = client.get(f"/uppfoljningar/?page={page}")
        assert response.status_code == 200
        assert f"Det finns ingen sida ”{page}”. Här visas sida {shown} av 2." in text(
            response.content.decode()
        )


def test_latest_without_reports_says_so(client):
    response = client.get("/uppfoljningar/?page=3")

    assert response.status_code == 200
    assert "Ingen uppföljning är publicerad ännu." in response.content.decode()


def test_start_page_and_menu_lead_to_the_latest_follow_ups(client):
    content = client.get("/").content.decode()

    assert '<a href="/uppfoljningar/">Uppföljningar</a>' in content
    assert '<a href="/uppfoljningar/">Läs de senaste uppföljningarna</a>' in content


# Every page


def test_pages_have_one_h1_headings_in_order_and_swedish(client):
    pledge = ljungby()
    make_report(pledge, kind="kvartal", year=2017, number=1, statuses=ONGOING)
    report = make_report(
        pledge,
        kind="kvartal",
        year=2017,
        number=2,
        statuses=[DONE, ONGOING, CANCELLED, ONGOING],
        summary="Sammanfattning.",
        effect="Effekt.",
        lessons="Lärdomar.",
    )

    for url in [
        report.get_absolute_url(),
        pledge.get_absolute_url(),
        "/uppfoljningar/",
        "/kommuner/ljungby/",
    ]:
        assert_sound_outline(client.get(url))


# Queries


def quarterly_pledge(actions, reports):
    """A pledge over three years with `actions` promises and `reports` published reports."""
    pledge = fill_pledge(
        make_pledge(start_date=D(2017, 1, 1), end_date=D(2019, 12, 31), followup_cadence="kvartal"),
        actions=actions,
    )
    statuses = [ONGOING, DONE]
    for i in range(reports):
        make_report(
            pledge, kind="kvartal", year=2017 + i // 4, number=1 + i % 4, statuses=statuses[i % 2]
        )
    return pledge


@pytest.mark.parametrize(("actions", "reports"), [(5, 1), (50, 1), (5, 12), (50, 12)])
def test_report_page_query_count_does_not_grow(client, django_assert_num_queries, actions, reports):
    pledge = quarterly_pledge(actions, reports)
    url = pledge.reports.order_by("covers_end").last().get_absolute_url()

    # The pledge; its municipalities, focus areas, signatories and parties; its published
    # reports; the statuses of the report and of the one before it.
    with django_assert_num_queries(4):
        response = client.get(url)
    assert response.status_code == 200
    assert response.content.decode().count('<th scope="row">') == actions


@pytest.mark.parametrize(("actions", "reports"), [(5, 1), (50, 1), (5, 12), (50, 12)])
def test_pledge_page_query_count_does_not_grow_with_reports(
    client, django_assert_num_queries, actions, reports
):
    url = quarterly_pledge(actions, reports).get_absolute_url()

    # The pledge; its municipalities, focus areas, signatories and parties; its published
    # reports; its promises; their methods and targets with the latest report's statuses (see
    # tests/pledges/test_views.py).
    with django_assert_num_queries(5):
        response = client.get(url)
    content = response.content.decode()
    assert content.count("Status enligt") == actions
    assert content.count("/uppfoljning/") == reports + 1


@pytest.mark.parametrize(("pledges", "reports"), [(1, 1), (4, 3)])
def test_municipality_page_query_count_does_not_grow_with_reports(
    client, django_assert_num_queries, pledges, reports
):
    for i in range(pledges):
        pledge = fill_pledge(
            make_pledge(start_date=D(2010 + i, 1, 1), end_date=D(2010 + i, 12, 31)), 3
        )
        for number in range(1, reports + 1):
            make_report(pledge, kind="tertial", year=2010 + i, number=number, statuses=DONE)

    # The municipality with its county; its police areas and its pledges' municipalities; its
    # pledges; their published reports, each with its statuses counted by the database.
    with django_assert_num_queries(4):
        content = client.get("/kommuner/ljungby/").content.decode()
    assert content.count("3 av 3 löften genomförda") == pledges


@pytest.mark.parametrize("reports", [1, 25])
def test_latest_query_count_does_not_grow(client, django_assert_num_queries, reports):
    municipalities = ["ljungby", "varnamo", "gnosjo", "vaggeryd", "almhult"]
    for i in range(reports):
        pledge = fill_pledge(
            make_pledge(
                municipalities=[municipalities[i % 5]],
                start_date=D(2000 + i, 1, 1),
                end_date=D(2000 + i, 12, 31),
            ),
            3,
        )
        make_report(pledge, year=2000 + i, statuses=DONE)

    # The content version is worked out once per change of content, for the whole site.
    content_version()
    # The count (once per content version), the page of reports with their pledges, the
    # pledges' municipalities, the status counts: all but the count as values, no model
    # instances.
    with django_assert_num_queries(4):
        response = client.get("/uppfoljningar/")
    assert response.content.decode().count('class="report-list__item"') == min(reports, 20)
    with django_assert_num_queries(3):
        again = client.get("/uppfoljningar/?page=1")
    assert again.content.decode().count('class="report-list__item"') == min(reports, 20)


def test_focus_areas_group_the_promises_when_there_are_no_headings(client):
    pledge = make_pledge()
    narkotika = FocusArea.objects.get(slug="narkotika")
    make_action(pledge, focus_area=narkotika, text="att kartlägga narkotikan")
    make_action(pledge, text="att laga belysningen")
    make_report(pledge, statuses=[DONE, ONGOING])

    response = client.get("/kommuner/ljungby/2024/uppfoljning/2024/")

    _, headings = outline(response)
    start = headings.index((2, "Löftena och vad som gjorts"))
    assert headings[start + 1 : start + 3] == [(3, "Narkotika"), (3, "Övriga löften")]


def test_a_report_scheduled_for_later_appears_at_its_time_on_every_page(client, monkeypatch):
    """The pages read with prepared queries: the time they compare with is the request's."""
    pledge = ljungby()
    report = make_report(pledge, kind="kvartal", year=2017, number=1, statuses=DONE)
    publish_at = timezone.now() + datetime.timedelta(hours=2)
    FollowUpReport.objects.filter(pk=report.pk).update(published_at=publish_at)
    report_url = "/kommuner/ljungby/2017-2018/uppfoljning/2017-q1/"

    assert client.get(report_url).status_code == 404
    assert "Ingen uppföljning är publicerad ännu" in client.get(pledge.get_absolute_url()).text
    assert "Ingen uppföljning publicerad" in client.get("/kommuner/ljungby/").text

    later = publish_at + datetime.timedelta(minutes=1)
    monkeypatch.setattr(timezone, "now", lambda: later)
    assert client.get(report_url).status_code == 200
    assert "4 av 4 löften genomförda" in client.get(pledge.get_absolute_url()).text
    assert "Senaste uppföljning (kvartal 1 2017)" in client.get("/kommuner/ljungby/").text


def test_each_address_shows_its_own_pledge_and_report(client):
    """The same prepared queries, run for two municipalities in turn, answer for each."""
    ljungby_pledge = ljungby()
    make_report(ljungby_pledge, kind="kvartal", year=2017, number=1, statuses=DONE)
    varnamo = fill_pledge(make_pledge(municipalities=["varnamo"], title="Värnamos löfte"), 2)
    make_report(varnamo, statuses=ONGOING)

    assert "Värnamos löfte" not in client.get(ljungby_pledge.get_absolute_url()).text
    assert "Värnamos löfte" in client.get(varnamo.get_absolute_url()).text
    ljungby_report = client.get("/kommuner/ljungby/2017-2018/uppfoljning/2017-q1/").text
    varnamo_report = client.get(varnamo.reports.get().get_absolute_url()).text
    assert "4 av 4 löften genomförda" in ljungby_report
    assert "0 av 2 löften genomförda" in varnamo_report
    assert "Värnamos löfte" in client.get("/kommuner/varnamo/").text
    assert "Värnamos löfte" not in client.get("/kommuner/ljungby/").text
