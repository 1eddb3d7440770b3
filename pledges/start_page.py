"""The start page's cards and suggestions, from plain values (pledges.views.home).

Ten cards through includes/pledge_card.html, with every pledge, municipality, report and status
loaded as a model instance, and a template loop over the 290 municipality names took most of
the page's time; the values are prepared here once and the template only places them.
"""

from html import escape

from django.db.models import Count
from django.urls import reverse
from django.utils import timezone
from django.utils.safestring import mark_safe

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
    """What each card on the start page shows, as plain values (the same as
    includes/pledge_card.html with show_followup): the first HOME_PLEDGES of `pledges`, their
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
    labels = dict(PledgeState.choices)
    addresses = _addresses()
    cards = []
    for row in rows:
        names = municipalities[row["pk"]]
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
        card = {
            "url": _fill(address["pledge"], fill),
            "name": f"{name} {period}",
            "state": state,
            "state_label": labels[state],
            "title": row["title"],
            "report": None,
        }
        if row["pk"] in latest:
            _key, report = latest[row["pk"]]
            pk, _pledge, _end, _published, kind, year, number, slug, is_example = report
            card["report"] = {
                "url": _fill(address["report"], {**fill, "__report__": slug}),
                "name": Span(kind, year or 0, number or 0).name,
                "progress": Progress.of_counts(counts[pk]),
                "is_example": is_example,
            }
        cards.append(card)
    return cards


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
