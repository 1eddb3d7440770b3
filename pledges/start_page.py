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
    latest = {}
    for report in (
        FollowUpReport.objects.published()
        .filter(pledge_id__in=pks)
        .order_by()
        .values(
            "pk",
            "pledge_id",
            "kind",
            "year",
            "number",
            "slug",
            "covers_end",
            "published_at",
            "is_example",
        )
    ):
        key = (report["covers_end"], report["published_at"], report["pk"])  # as latest_of()
        if report["pledge_id"] not in latest or key > latest[report["pledge_id"]][0]:
            latest[report["pledge_id"]] = (key, report)
    counts = {report["pk"]: {} for _, report in latest.values()}
    for report_id, status, n in (
        ActionStatus.objects.filter(report_id__in=counts)
        .exclude(status="")  # a promise not assessed yet counts nowhere, as in Progress.of
        .values_list("report_id", "status")
        .annotate(n=Count("pk"))
        .order_by()
    ):
        counts[report_id][status] = n
    today = timezone.localdate()
    labels = dict(PledgeState.choices)
    cards = []
    for row in rows:
        names = municipalities[row["pk"]]
        address = {"municipality": names[0][1] if names else "", "period": row["period_slug"]}
        if row["district_slug"]:
            address["district"] = row["district_slug"]
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
            "url": reverse(
                "pledges:district_detail" if row["district_slug"] else "pledges:detail",
                kwargs=address,
            ),
            "name": f"{name} {period}",
            "state": state,
            "state_label": labels[state],
            "title": row["title"],
            "report": None,
        }
        if row["pk"] in latest:
            report = latest[row["pk"]][1]
            span = Span(report["kind"], report["year"] or 0, report["number"] or 0)
            card["report"] = {
                "url": reverse(
                    "followups:district_detail" if row["district_slug"] else "followups:detail",
                    kwargs={**address, "report": report["slug"]},
                ),
                "name": span.name,
                "progress": Progress.of_counts(counts[report["pk"]]),
                "is_example": report["is_example"],
            }
        cards.append(card)
    return cards
