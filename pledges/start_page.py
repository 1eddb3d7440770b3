"""The start page's cards and suggestions, from plain values (pledges.views.home).

Ten cards through includes/pledge_card.html, with every pledge, municipality, report and status
loaded as a model instance, and a template loop over the 290 municipality names took most of
the page's time; here they are written out from plain values, each label translated once, and
the template only places them (tests/pledges/test_views.py holds the cards to the include).
"""

from html import escape

from django.db.models import Count
from django.urls import reverse
from django.utils import timezone
from django.utils.safestring import mark_safe
from django.utils.translation import gettext

from followups.models import ActionStatus, FollowUpReport, Progress
from followups.spans import Span
from municipalities.models import Municipality, swedish_sort_key

from . import periods
from .models import Pledge, PledgeState, state_on


def name_options():
    """The <option>s of the search form's suggestions: every municipality, in Swedish order."""
    names = sorted(Municipality.objects.values_list("name", flat=True), key=swedish_sort_key)
    return mark_safe("".join([f'<option value="{escape(name)}">' for name in names]))


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


def cards(pledges):
    """The start page's cards, written out as includes/pledge_card.html with show_followup
    writes them, from plain values: the first HOME_PLEDGES of `pledges`, their
    municipalities, latest published follow-ups and those follow-ups' counts, in four
    queries, without loading a model instance."""
    rows = list(pledges.values(*CARD_FIELDS)[:HOME_PLEDGES])
    if not rows:
        return []
    pks = [row["pk"] for row in rows]
    municipalities = {pk: [] for pk in pks}
    for pledge_id, name, slug in (
        Pledge.municipalities.through.objects.filter(pledge_id__in=pks)
        .order_by("municipality__code")
        .values_list("pledge_id", "municipality__name", "municipality__slug")
    ):
        municipalities[pledge_id].append((name, slug))
    # Their published follow-ups (the pledges are published, so no need to check that again),
    # the latest of each kept; then the statuses of those counted.
    latest = {}
    for report in (
        FollowUpReport.objects.filter(
            pledge_id__in=pks,
            status=FollowUpReport.Status.PUBLISHED,
            published_at__lte=timezone.now(),
        )
        .order_by()
        .values_list(
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
    ):
        key = report[2], report[3], report[0]  # as latest_of(): by end, publication, pk
        if report[1] not in latest or key > latest[report[1]][0]:
            latest[report[1]] = (key, report)
    counts = {report[0]: {} for _, report in latest.values()}
    for report_id, status, n in (
        ActionStatus.objects.filter(report_id__in=counts)
        .values_list("report_id", "status")
        .annotate(n=Count("pk"))
        .order_by()
    ):
        if status:  # a promise not assessed yet counts nowhere, as in Progress.of
            counts[report_id][status] = n
    today = timezone.localdate()
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
            counts,
            today,
            labels,
            addresses,
            words,
        )
        for row in rows
    ]


def _card(row, names, latest, counts, today, labels, addresses, words):
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
        _key, (pk, _pledge, _end, _published, kind, year, number, slug, is_example) = latest
        progress = Progress.of_counts(counts[pk])
        url = escape(_fill(address["report"], {**fill, "__report__": slug}))
        link = words["latest"] % {"name": escape(str(Span(kind, year or 0, number or 0).name))}
        result = escape(progress.done_label) if progress.counted else words["nothing_counted"]
        example = words["example"] if is_example else ""
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
