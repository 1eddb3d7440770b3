from types import SimpleNamespace

from django.contrib.admin.views.decorators import staff_member_required
from django.core.paginator import Paginator
from django.db.models import prefetch_related_objects
from django.http import Http404
from django.shortcuts import redirect, render
from django.utils import timezone
from django.utils.formats import date_format
from django.utils.html import linebreaks
from django.utils.safestring import mark_safe
from django.utils.translation import get_language
from django.utils.translation import gettext as _

from config.site import absolute_url
from pledges import list_rows, page, periods
from pledges.access import Scope
from pledges.caching import per_content_version, public_page
from pledges.fragments import fragment, text_with_breaks
from pledges.list_rows import Addresses, placed

from . import spans
from .fragments import progress_html
from .models import ActionStatus, FollowUpReport, Progress
from .services import changes_since, published_neighbours

REPORTS_PER_PAGE = 20


@public_page(params=("page",))
def latest(request):
    """The newest published follow-ups across the country."""
    published = FollowUpReport.objects.published()
    reports = published.newest_first().values_list(*LATEST_FIELDS)
    paginator = Paginator(reports, REPORTS_PER_PAGE)
    # Counted without the pledge's columns the rows show, so that the count reads only the
    # partial indexes of published reports and pledges, not the wide rows; and once per content
    # version, since only a change of content changes it and counting them all took PostgreSQL
    # longer than the rest of the page's queries together.
    paginator.count = per_content_version("published_report_count", published.count)
    requested = request.GET.get("page")
    page = paginator.get_page(requested)
    rows = latest_rows(page.object_list)
    message = ""
    if requested is not None and requested != str(page.number):
        message = _("Det finns ingen sida ”%(page)s”. Här visas sida %(number)d av %(pages)d.") % {
            "page": requested,
            "number": page.number,
            "pages": paginator.num_pages,
        }
    context = {"page": page, "paginator": paginator, "message": message, "rows": rows}
    return render(request, "followups/latest.html", context)


# What /uppfoljningar/ reads of a report and its pledge: values, not model instances.
LATEST_FIELDS = [
    "pk",
    "slug",
    "kind",
    "year",
    "number",
    "covers_start",
    "covers_end",
    "published_at",
    "is_example",
    "pledge_id",
    "pledge__district",
    "pledge__district_slug",
    "pledge__period_slug",
    "pledge__start_date",
    "pledge__end_date",
    "pledge__start_precision",
    "pledge__end_precision",
    "pledge__until_further_notice",
]


def latest_rows(reports):
    """What /uppfoljningar/ shows of each report (LATEST_FIELDS values), as plain values: its
    pledge's municipalities and its status counts read in one prepared query each (the ones
    /loften/ uses), addresses from
    patterns reversed once, the texts translated and dates formatted here, so that the
    template's loop only prints them."""
    reports = list(reports)
    places = {}
    pledge_ids = list({report[9] for report in reports})
    if pledge_ids:
        for pledge_id, code, name, slug, *_county in list_rows.PLACES.tuples(ids=pledge_ids):
            places.setdefault(pledge_id, []).append((code, name, slug))
    counts = {report[0]: {} for report in reports}
    if counts:
        for report_id, status, n in list_rows.STATUS_COUNTS.tuples(ids=list(counts)):
            if status:  # a promise not assessed yet counts nowhere, as in Progress.of
                counts[report_id][status] = n
    addresses = Addresses()
    rows = []
    for (
        pk,
        slug,
        kind,
        year,
        number,
        covers_start,
        covers_end,
        published_at,
        is_example,
        pledge_id,
        district,
        district_slug,
        period_slug,
        start,
        end,
        start_precision,
        end_precision,
        until_further_notice,
    ) in reports:
        name, period, pledge, canonical = placed(
            sorted(places[pledge_id]),
            district,
            period_slug,
            district_slug,
            start,
            end,
            start_precision,
            end_precision,
            until_further_notice,
        )
        progress = Progress.of_counts(counts[pk])
        published = date_format(timezone.localtime(published_at), "j F Y")
        covers = periods.date_range_label(covers_start, covers_end)
        title = spans.Span(kind, year or 0, number or 0).title(period)
        rows.append(
            SimpleNamespace(
                url=addresses.of_report(pledge, canonical, slug),
                heading=f"{name} {period}: {title}",
                meta=_("Avser %(covers)s. Publicerad %(published)s.")
                % {"covers": covers, "published": published},
                is_example=is_example,
                progress=progress,
                percent_label=_("%(percent)s\u00a0%% av vägen") % {"percent": progress.percent},
            )
        )
    return rows


@public_page
def report_detail(request, municipality, period, report, district=""):
    """A published follow-up report: every promise's status as it was published."""
    now = timezone.now()
    pledge = page.pledge_at_address(municipality, period, district, now)
    if pledge is None:
        raise Http404("Inget publicerat medborgarlöfte på den adressen.")
    reports = page.published_reports(pledge, now, texts=True)
    slug = report
    report = next((r for r in reports if r.slug == slug), None)
    if report is None:
        raise Http404("Ingen publicerad uppföljning på den adressen.")
    if pledge.canonical_municipality.slug != municipality:
        return redirect(report, permanent=True)
    return render_report(request, pledge, report, reports, loaded=True)


@staff_member_required
def report_preview(request, uid):
    """A draft report exactly as visitors will see it, for the staff who may edit it."""
    report = (
        Scope.of(request)
        .filter(FollowUpReport.objects.select_related("pledge"), "pledge")
        .filter(uid=uid)
        .first()
    )
    if report is None:
        raise Http404("Ingen uppföljning som du får förhandsgranska.")
    pledge = report.pledge
    prefetch_related_objects([pledge], "municipalities")
    reports = list(FollowUpReport.objects.published().filter(pledge=pledge).in_order())
    if report not in reports:
        reports = sorted([*reports, report], key=lambda r: (r.covers_end, r.covers_start, r.pk))
    return render_report(request, pledge, report, reports, preview=True)


def status_chip(status, labels):
    """includes/status.html, with the label translated once per page."""
    return fragment('<span class="status status--{}">{}</span>', status, labels.get(status, ""))


class RowLabels:
    """The words the report's tables repeat on every row, and the status names, translated
    once per language (RowLabels.of): the catalogues do not change while the process runs."""

    _by_language = {}

    @classmethod
    def of(cls, language):
        labels = cls._by_language.get(language)
        if labels is None:
            labels = cls._by_language[language] = cls()
        return labels

    def __init__(self):
        self.statuses = {value: str(label) for value, label in ActionStatus.Status.choices}
        self.target = _("Mål:")
        self.responsible = _("Ansvarig")
        self.status = _("Status")
        self.evidence = _("Vad som gjorts")
        self.count = _("Antal:")
        self.changed = _("Ändrad")
        self.nothing = _("Inget redovisat")
        self.new = _("Nytt")
        self.changed_from = _("Status ändrad från")
        self.to = _("till")


def status_rows_html(members, changed, labels):
    """The rows of a group's status table (what the template's loop was)."""
    rows = []
    for status in members:
        target = (
            fragment(
                '<span class="status-table__target">{} <span lang="sv">{}</span></span>',
                labels.target,
                status.target_label,
            )
            if status.target_label
            else ""
        )
        count = (
            fragment(
                '<span class="status-table__count">{} {}</span>', labels.count, status.count_label
            )
            if status.count_label
            else ""
        )
        is_changed = status.pk in changed
        marker = (
            fragment('<span class="changed-marker">{}</span>', labels.changed) if is_changed else ""
        )
        evidence = (
            fragment(
                '<div class="status-table__evidence" lang="sv">{}</div>',
                mark_safe(linebreaks(status.evidence, autoescape=True)),
            )
            if status.evidence
            else fragment('<span class="muted">{}</span>', labels.nothing)
        )
        rows.append(
            fragment(
                '<tr{}>\n<th scope="row">\n'
                '<span class="status-table__promise" lang="sv">{}</span>\n{}\n</th>\n'
                '<td data-label="{}"><span lang="sv">{}</span></td>\n'
                '<td data-label="{}">\n{}\n{}\n{}\n</td>\n'
                '<td data-label="{}">{}</td>\n</tr>',
                mark_safe(' class="is-changed"') if is_changed else "",
                text_with_breaks(status.action_text),
                target,
                labels.responsible,
                status.responsible_label or "–",
                labels.status,
                status.chip,
                count,
                marker,
                labels.evidence,
                evidence,
            )
        )
    return mark_safe("\n".join(rows))


def changes_html(changes, labels):
    """The list of what changed since the previous report (what the template's loop was)."""
    items = []
    for status, before in changes:
        if not before:
            state = fragment('<span class="chip chip--new">{}</span> {}', labels.new, status.chip)
        elif before.status != status.status:
            state = fragment(
                '<span class="visually-hidden">{}</span> {} <span aria-hidden="true">→</span>'
                '<span class="visually-hidden">{}</span> {}',
                labels.changed_from,
                before.chip,
                labels.to,
                status.chip,
            )
        else:
            state = status.chip
        count = ""
        if before and before.achieved_count != status.achieved_count:
            count = fragment(
                '<span class="change__count">{} {} <span aria-hidden="true">→</span>'
                '<span class="visually-hidden">{}</span> {}</span>',
                labels.count,
                before.count_label or "–",
                labels.to,
                status.count_label or "–",
            )
        items.append(
            fragment(
                '<li class="change">\n<p class="change__text" lang="sv">{}</p>\n'
                '<p class="change__status">\n{}\n{}\n</p>\n</li>',
                text_with_breaks(status.action_text),
                state,
                count,
            )
        )
    return mark_safe("\n".join(items))


def report_links(current, reports):
    """The pledge's reports for the list at the foot of the page, as (url, title, covers
    label, is the current one): one address built and the rest from it."""
    if not reports:
        return []
    prefix = current.get_absolute_url()[: -len(current.slug) - 1]
    return [
        SimpleNamespace(
            url=f"{prefix}{other.slug}/",
            title=other.title,
            covers_label=other.covers_label,
            is_current=other == current,
        )
        for other in reports
    ]


def render_report(request, pledge, report, reports, preview=False, loaded=False):
    previous, following = published_neighbours(report, reports)
    if loaded:
        # The statuses of this report and of the one its changes are counted from, in one
        # prepared query (pledges/page.py).
        statuses, earlier = page.report_statuses(report, previous)
        if previous:
            previous._prefetched_objects_cache = {"statuses": earlier}
    else:
        prefetch_related_objects([r for r in (report, previous) if r], "statuses")
        statuses = list(report.statuses.all())
    row_labels = RowLabels.of(get_language())
    labels = row_labels.statuses
    for status in statuses:
        status.chip = status_chip(status.status, labels)
    if report.status == FollowUpReport.Status.DRAFT:
        # A draft shows the promises as they read now; publishing freezes them.
        prefetch_related_objects(statuses, "action__focus_area")
        for status in statuses:
            status.take_snapshot()
    changes = changes_since(report, previous, statuses)
    for _status, before in changes:
        if before is not None:
            before.chip = status_chip(before.status, labels)
    changed = {status.pk for status, _before in changes}
    labels = row_labels
    groups = [
        (group, status_rows_html(members, changed, labels), progress_html(progress, small=True))
        for group, members, progress in report.status_groups(statuses)
    ]
    progress = report.summary_counts(statuses)
    context = {
        "pledge": pledge,
        "report": report,
        "preview": preview,
        "statuses": statuses,
        "progress": progress,
        "progress_html": progress_html(progress),
        "groups": groups,
        "previous": previous,
        "next": following,
        "report_links": report_links(report, reports),
        "changes": changes,
        "changes_html": changes_html(changes, labels),
        "canonical_url": absolute_url(report.get_absolute_url()),
    }
    response = render(request, "followups/report_detail.html", context)
    if preview:
        response["X-Robots-Tag"] = "noindex, nofollow"
        response["Cache-Control"] = "private, no-store"
    return response
