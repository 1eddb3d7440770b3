"""The start page's cards and suggestions, from plain values (pledges.views.home).

Ten cards through includes/pledge_card.html, with every pledge, municipality, report and status
loaded as a model instance, and a template loop over the 290 municipality names took most of
the page's time; here they are written out from plain values, each label translated once, and
the template only places them (tests/pledges/test_views.py holds the cards to the include).
Building the same five querysets on every request then cost more than running them, so they
are compiled once (pledges/prepared.py), and the follow-ups come with their statuses counted.
"""

from django.db.models import Count, F, Q
from django.urls import reverse
from django.utils import timezone
from django.utils.safestring import mark_safe
from django.utils.translation import gettext

from followups.models import ActionStatus, FollowUpReport, Progress
from followups.spans import Span
from municipalities.models import _SWEDISH_ORDER, Municipality

from . import periods
from .fragments import escape
from .models import Pledge, PledgeState, state_on
from .prepared import NOW, TODAY, PreparedQuery, number

NAMES = PreparedQuery(lambda: Municipality.objects.order_by().values("name"))


def name_options():
    """The <option>s of the search form's suggestions: every municipality, in Swedish order
    (swedish_sort_key, applied to all the names at once)."""
    names = [row["name"] for row in NAMES.rows()]
    keys = "\n".join(names).lower().translate(_SWEDISH_ORDER).split("\n")
    names = [name for _key, name in sorted(zip(keys, names, strict=True))]
    if not names:
        return mark_safe("")
    options = escape("\n".join(names)).replace("\n", '">\n<option value="')
    return mark_safe(f'<option value="{options}">'.replace("\n", ""))


HOME_PLEDGES = 10
CARD_FIELDS = (
    "pk",
    "title",
    "district",
    "district_slug",
    "period_slug",
    "start_date",
    "end_date",
    "start_precision",
    "end_precision",
    "until_further_notice",
)


def _pledges(now, today=None):
    """The latest published pledges (those in force on `today` if given), newest first."""
    pledges = Pledge.objects.filter(status=Pledge.Status.PUBLISHED, published_at__lte=now)
    if today is not None:
        pledges = pledges.current(today)
    return pledges.recently_published().values(*CARD_FIELDS)[:HOME_PLEDGES]


# The queries are compiled once (pledges/prepared.py); a list of pledges always has
# HOME_PLEDGES places, those not needed filled with a key no pledge has.
IN_FORCE = PreparedQuery(lambda now, today: _pledges(now, today), now=NOW, today=TODAY)
LATEST = PreparedQuery(_pledges, now=NOW)
PLACES = {f"pledge_{i}": number(i) for i in range(HOME_PLEDGES)}
MUNICIPALITIES = PreparedQuery(
    lambda **pks: (
        Pledge.municipalities.through.objects.filter(pledge_id__in=list(pks.values()))
        .order_by("municipality__code")
        .values("pledge_id", name=F("municipality__name"), slug=F("municipality__slug"))
    ),
    **PLACES,
)
STATUSES = [value for value, _label in ActionStatus.Status.choices]


def _reports(now, **pks):
    """The pledges' published follow-ups (the pledges are published, so no need to check that
    again), each with how many of its statuses have each status, counted by the database."""
    counts = {
        f"n_{value}": Count("statuses", filter=Q(statuses__status=value)) for value in STATUSES
    }
    return (
        FollowUpReport.objects.filter(
            pledge_id__in=list(pks.values()),
            status=FollowUpReport.Status.PUBLISHED,
            published_at__lte=now,
        )
        .order_by()
        .values(
            "pk",
            "pledge_id",
            "covers_end",
            "published_at",
            "kind",
            "year",
            "number",
            "slug",
            "is_example",
        )
        .annotate(**counts)
    )


REPORTS = PreparedQuery(_reports, now=NOW, **PLACES)


def in_force_or_latest():
    """(cards, in force): the cards of the pledges in force, or of the latest published
    when none is."""
    now = timezone.now()
    today = timezone.localdate()
    rows = IN_FORCE.rows(now=now, today=today)
    if rows:
        return cards(rows, now, today), True
    return cards(LATEST.rows(now=now), now, today), False


def cards(rows, now, today):
    """The start page's cards, written out as includes/pledge_card.html with show_followup
    writes them, from plain values: the pledges' rows, their municipalities and their latest
    published follow-ups with those follow-ups' counts, in two more queries, without loading
    a model instance."""
    if not rows:
        return []
    pks = [row["pk"] for row in rows]
    places = {place: pks[i] if i < len(pks) else 0 for i, place in enumerate(PLACES)}
    municipalities = {pk: [] for pk in pks}
    for row in MUNICIPALITIES.rows(**places):
        municipalities[row["pledge_id"]].append((row["name"], row["slug"]))
    # The latest of each pledge's follow-ups, as latest_of(): by end, publication, pk.
    latest = {}
    for report in REPORTS.rows(now=now, **places):
        key = report["covers_end"], report["published_at"], report["pk"]
        if report["pledge_id"] not in latest or key > latest[report["pledge_id"]][0]:
            latest[report["pledge_id"]] = (key, report)
    labels = {state: escape(str(label)) for state, label in PledgeState.choices}
    addresses = _addresses()
    words = {
        "latest": gettext("Senaste uppföljning (%(name)s)"),
        "nothing_counted": escape(gettext("inga löften att räkna in")),
        "example": f' <span class="chip chip--example">{escape(gettext("Exempel"))}</span>',
        "no_report": escape(gettext("Ingen uppföljning publicerad")),
    }
    return [
        _card(
            row,
            municipalities[row["pk"]],
            latest.get(row["pk"]),
            today,
            labels,
            addresses,
            words,
        )
        for row in rows
    ]


def _card(row, names, latest, today, labels, addresses, words):
    """One card, as includes/pledge_card.html with show_followup writes it."""
    address = addresses["district" if row["district_slug"] else "whole"]
    fill = {
        "__municipality__": names[0][1] if names else "",
        "__period__": row["period_slug"],
        "__district__": row["district_slug"],
    }
    period = periods.label(
        row["start_date"],
        row["end_date"],
        start_precision=row["start_precision"],
        end_precision=row["end_precision"],
        until_further_notice=row["until_further_notice"],
    )
    name = ", ".join(name for name, _slug in names)
    if row["district"]:
        name = f"{name}, {row['district']}"
    state = state_on(row["start_date"], row["end_date"], row["until_further_notice"], today)
    parts = [
        '<article class="card">\n'
        f'  <h3 class="card__title"><a href="{escape(_fill(address["pledge"], fill))}">'
        f"{escape(name)} {escape(period)}</a></h3>\n"
        f'  <p class="card__state"><span class="state state--{state}">{labels[state]}</span></p>\n'
        f'  <p class="card__subtitle" lang="sv">{escape(row["title"])}</p>\n'
    ]
    if latest is None:
        parts.append(f'  <p class="latest-followup muted">{words["no_report"]}</p>\n')
    else:
        _key, report = latest
        progress = Progress.of_counts({v: report[f"n_{v}"] for v in STATUSES if report[f"n_{v}"]})
        url = escape(_fill(address["report"], {**fill, "__report__": report["slug"]}))
        span = Span(report["kind"], report["year"] or 0, report["number"] or 0)
        link = words["latest"] % {"name": escape(str(span.name))}
        result = escape(progress.done_label) if progress.counted else words["nothing_counted"]
        example = words["example"] if report["is_example"] else ""
        parts.append(
            '  <div class="latest-followup">\n'
            f'    <p><a href="{url}">{link}</a>: {result}{example}</p>\n'
        )
        if progress.counted:
            parts.append(
                '    <svg class="progress-bar" viewBox="0 0 100 10" preserveAspectRatio="none" '
                'aria-hidden="true" focusable="false"><rect class="progress-bar__track" '
                'width="100" height="10"/><rect class="progress-bar__fill" '
                f'width="{progress.percent}" height="10"/></svg>\n'
            )
        parts.append("  </div>\n")
    parts.append("</article>")
    return mark_safe("".join(parts))


def _addresses():
    """The addresses of a pledge and of its follow-up, with placeholders for the slugs: one
    reverse() per kind of address rather than two per card."""
    slugs = {"municipality": "__municipality__", "period": "__period__"}
    district = {**slugs, "district": "__district__"}
    return {
        "whole": {
            "pledge": reverse("pledges:detail", kwargs=slugs),
            "report": reverse("followups:detail", kwargs={**slugs, "report": "__report__"}),
        },
        "district": {
            "pledge": reverse("pledges:district_detail", kwargs=district),
            "report": reverse(
                "followups:district_detail", kwargs={**district, "report": "__report__"}
            ),
        },
    }


def _fill(address, slugs):
    for placeholder, slug in slugs.items():
        address = address.replace(placeholder, slug)
    return address
