import uuid
from types import SimpleNamespace

from django.contrib.postgres.search import SearchVectorField
from django.core.exceptions import ValidationError
from django.db import models, transaction
from django.db.models import F, Q
from django.urls import reverse
from django.utils import timezone
from django.utils.translation import gettext_lazy as _
from django.utils.translation import ngettext
from simple_history.models import HistoricalRecords

from municipalities.models import Municipality
from pledges import fulltext, periods
from pledges.models import Action, Pledge

from . import spans


class ReportQuerySet(models.QuerySet):
    def published(self):
        return self.filter(
            status=FollowUpReport.Status.PUBLISHED,
            published_at__lte=timezone.now(),
            pledge__in=Pledge.objects.published(),
        )

    def in_order(self):
        """Oldest span first; the order reports are read in."""
        return self.order_by("covers_end", "covers_start", "pk")

    def newest_first(self):
        return self.order_by("-published_at", "-pk")

    def for_year(self, year):
        """Reports whose span touches the year: a report for 2017 or a final one for 2017–2018."""
        first, last = periods.year_bounds(year)
        return self.filter(covers_start__lte=last, covers_end__gte=first)

    def search(self, text):
        """Reports whose texts match, or where what was done for a promise matches."""
        own = fulltext.matching(FollowUpReport.objects.all(), fulltext.REPORT_FIELDS, text)
        evidence = fulltext.matching(ActionStatus.objects.all(), fulltext.STATUS_FIELDS, text)
        return self.filter(Q(pk__in=own.values("pk")) | Q(pk__in=evidence.values("report_id")))

    def with_summary(self):
        """What a list of reports shows, in three queries however many reports there are: the
        pledge, its municipalities and the statuses the progress is counted from. A paginated
        list counts the statuses of its page with count_statuses() instead (with_pledge)."""
        return self.with_pledge().prefetch_related(
            models.Prefetch("statuses", queryset=ActionStatus.objects.only("report", "status")),
        )

    def with_pledge(self):
        """Each report's pledge and the pledge's municipalities, in two queries."""
        return self.select_related("pledge").prefetch_related(
            models.Prefetch(
                "pledge__municipalities", queryset=Municipality.objects.order_by("code")
            ),
        )


class FollowUpReport(models.Model):
    """A follow-up of one pledge for a part of its period: every promise's status then."""

    class Status(models.TextChoices):
        DRAFT = "utkast", _("Utkast")
        PUBLISHED = "publicerad", _("Publicerad")

    class Kind(models.TextChoices):
        YEAR = spans.YEAR, _("Helår")
        TERTIAL = spans.TERTIAL, _("Tertial")
        QUARTER = spans.QUARTER, _("Kvartal")
        HALF = spans.HALF, _("Halvår")
        FINAL = spans.FINAL, _("Hela perioden (slutrapport)")

    uid = models.UUIDField(_("stabilt id"), default=uuid.uuid4, unique=True, editable=False)
    pledge = models.ForeignKey(
        Pledge, on_delete=models.CASCADE, related_name="reports", verbose_name=_("löfte")
    )
    kind = models.CharField(_("avser"), max_length=10, choices=Kind, default=Kind.YEAR)
    year = models.PositiveSmallIntegerField(
        _("år"), default=0, help_text=_("Lämnas som 0 för en slutrapport.")
    )
    number = models.PositiveSmallIntegerField(
        _("nummer"),
        default=0,
        help_text=_("Tertial 1–3, kvartal 1–4 eller halvår 1–2. Lämnas som 0 för helår."),
    )
    covers_start = models.DateField(_("från"), editable=False)
    covers_end = models.DateField(_("till"), editable=False)
    slug = models.SlugField(_("adress"), max_length=20, editable=False)

    summary = models.TextField(_("sammanfattning"), blank=True)
    effect = models.TextField(
        _("effekt på problemen"),
        blank=True,
        help_text=_("Vad som hänt med problemen som löftet gällde."),
    )
    indicators = models.TextField(
        _("underlag"),
        blank=True,
        help_text=_("Vad bedömningen bygger på, t.ex. trygghetsmätningar och anmälda brott."),
    )
    fulfilment = models.TextField(_("hur parterna uppfyllt sina åtaganden"), blank=True)
    lessons = models.TextField(_("lärdomar till nästa löfte"), blank=True)
    import_notes = models.TextField(
        _("anteckningar från importen"),
        blank=True,
        help_text=_(
            "Vad importen av ett uppföljningsdokument hittade för varje löfte och vad den var "
            "osäker på. Töm fältet när allt är kontrollerat."
        ),
    )
    is_example = models.BooleanField(
        _("exempel"),
        default=False,
        help_text=_("Påhittat innehåll för demonstration; sidan märks med ”Exempel”."),
    )

    status = models.CharField(
        _("status"), max_length=20, choices=Status, default=Status.DRAFT, db_index=True
    )
    published_at = models.DateTimeField(_("publicerad"), null=True, blank=True)
    unpublished_at = models.DateTimeField(_("avpublicerad"), null=True, blank=True)
    unpublish_reason = models.TextField(_("skäl till avpublicering"), blank=True)
    created_at = models.DateTimeField(_("skapad"), auto_now_add=True)
    updated_at = models.DateTimeField(_("ändrad"), auto_now=True)
    # The text the site search matches, kept up to date by the database (see fulltext.py).
    search_vector = SearchVectorField(_("sökvektor"), null=True, editable=False)

    objects = ReportQuerySet.as_manager()
    history = HistoricalRecords(
        excluded_fields=["updated_at", "search_vector"],
        verbose_name=_("historik för uppföljning"),
    )

    class Meta:
        ordering = ["pledge", "covers_end", "covers_start"]
        verbose_name = _("uppföljning")
        verbose_name_plural = _("uppföljningar")
        # newest_first(): /uppfoljningar/ and the feeds read the newest without sorting them all.
        indexes = [
            models.Index(fields=["published_at", "id"], name="report_published_order"),
            # The count of /uppfoljningar/ reads the published reports from this index alone.
            models.Index(
                fields=["published_at"],
                include=["pledge_id"],
                condition=Q(status="publicerad"),
                name="report_published_count",
            ),
        ]
        constraints = [
            models.UniqueConstraint(
                fields=["pledge", "covers_start", "covers_end"],
                name="report_unique_span",
                violation_error_message=_("Löftet har redan en uppföljning för samma tid."),
            ),
            models.UniqueConstraint(fields=["pledge", "slug"], name="report_unique_slug"),
            models.CheckConstraint(
                condition=Q(covers_end__gte=F("covers_start")), name="report_span_in_order"
            ),
            models.CheckConstraint(
                condition=Q(kind=spans.FINAL, year=0, number=0)
                | Q(kind=spans.YEAR, year__gte=1900, number=0)
                | Q(kind=spans.TERTIAL, year__gte=1900, number__gte=1, number__lte=3)
                | Q(kind=spans.QUARTER, year__gte=1900, number__gte=1, number__lte=4)
                | Q(kind=spans.HALF, year__gte=1900, number__gte=1, number__lte=2),
                name="report_kind_number_valid",
                violation_error_message=_(
                    "Ange år och nummer som passar: tertial 1–3, kvartal 1–4, halvår 1–2; "
                    "helår utan nummer och slutrapport utan år."
                ),
            ),
            models.CheckConstraint(
                condition=Q(status="utkast") | Q(published_at__isnull=False),
                name="report_published_has_date",
            ),
        ]

    def __str__(self):
        return self.title

    def save(self, *args, **kwargs):
        self.set_span_fields()
        if self.status == self.Status.PUBLISHED and self.published_at is None:
            self.published_at = timezone.now()
        super().save(*args, **kwargs)

    def get_absolute_url(self):
        pledge = self.pledge
        kwargs = {
            "municipality": pledge.canonical_municipality.slug,
            "period": pledge.period_slug,
            "report": self.slug,
        }
        if pledge.district_slug:
            kwargs["district"] = pledge.district_slug
            return reverse("followups:district_detail", kwargs=kwargs)
        return reverse("followups:detail", kwargs=kwargs)

    def clean(self):
        span = self.span
        if not span.is_valid():
            raise ValidationError(
                _(
                    "Ange år och nummer som passar: tertial 1–3, kvartal 1–4, halvår 1–2; "
                    "helår utan nummer och slutrapport utan år."
                ),
                code="invalid_span",
            )
        if not self.pledge_id:
            return
        pledge = self.pledge
        if span.kind == spans.FINAL and not pledge.has_whole_period:
            raise ValidationError(
                _("En slutrapport kräver att löftets period har både start och slut."),
                code="final_without_period",
            )
        if span.bounds(pledge.start_date, pledge.end_date) is None:
            raise ValidationError(
                _("Uppföljningen ligger utanför löftets period (%(period)s)."),
                code="outside_period",
                params={"period": pledge.period_label},
            )
        self.set_span_fields()
        clash = (
            FollowUpReport.objects.filter(
                pledge=pledge, covers_start=self.covers_start, covers_end=self.covers_end
            )
            .exclude(pk=self.pk)
            .first()
        )
        if clash:
            raise ValidationError(
                _("”%(title)s” täcker redan samma tid för det här löftet."),
                code="duplicate_span",
                params={"title": clash.title},
            )

    @property
    def span(self):
        return spans.Span(self.kind, self.year or 0, self.number or 0)

    def set_span_fields(self):
        bounds = self.span.bounds(self.pledge.start_date, self.pledge.end_date)
        if bounds is None:
            raise ValueError(f"{self.span} lies outside the pledge's period")
        self.covers_start, self.covers_end = bounds
        self.slug = self.span.slug

    @property
    def title(self):
        if not self.pledge_id:
            return str(_("Ny uppföljning"))
        return self.span.title(self.pledge.period_label)

    @property
    def name(self):
        """'kvartal 3 2017': the title without 'Uppföljning', for 'Senaste uppföljning (…)'."""
        return self.span.name

    @property
    def covers_label(self):
        """'1 juli – 30 september 2017': the dates the report covers."""
        return periods.date_range_label(self.covers_start, self.covers_end)

    @property
    def is_published(self):
        return (
            self.status == self.Status.PUBLISHED
            and self.published_at is not None
            and self.published_at <= timezone.now()
        )

    def missing_statuses(self):
        """Actions of the pledge that have no status in this report."""
        with_status = self.statuses.exclude(status="").values("action_id")
        return self.pledge.actions.exclude(pk__in=with_status)

    @transaction.atomic
    def publish(self, when=None):
        """Publishes the report and freezes every promise as it reads now."""
        missing = list(self.missing_statuses())
        if missing:
            raise ValidationError(
                _("Alla löften behöver en status innan uppföljningen publiceras. Saknas: %(list)s"),
                code="missing_status",
                params={"list": "; ".join(str(action) for action in missing)},
            )
        for status in self.statuses.select_related("action__focus_area"):
            status.take_snapshot()
            status.save()
        self.status = self.Status.PUBLISHED
        self.published_at = when or timezone.now()
        self.save()

    @transaction.atomic
    def unpublish(self, reason):
        """Takes the report down, with a reason, so that it can be corrected and published again."""
        if not reason.strip():
            raise ValidationError(
                _("Skriv varför uppföljningen avpubliceras."), code="unpublish_reason"
            )
        self.status = self.Status.DRAFT
        self.published_at = None
        self.unpublished_at = timezone.now()
        self.unpublish_reason = reason.strip()
        self.save()

    def summary_counts(self, statuses=None):
        """Counts per status and the progress share: from `statuses` when given, else from
        the counts count_statuses() attached, else from the (prefetched) statuses."""
        if statuses is None and hasattr(self, "status_counts"):
            return Progress.of_counts(self.status_counts)
        statuses = list(self.statuses.all() if statuses is None else statuses)
        return Progress.of(statuses)

    def status_groups(self, statuses=None):
        """[(group, statuses, progress)]: the statuses by the heading or focus area the promise
        had when the report was published, groups in order of first appearance."""
        groups = {}
        for status in self.statuses.all() if statuses is None else statuses:
            groups.setdefault(status.group, []).append(status)
        return [(group, members, Progress.of(members)) for group, members in groups.items()]


def count_statuses(reports):
    """Gives each report `status_counts`, {status: how many}, which summary_counts() reads: one
    query that counts in the database, however many reports and statuses, no rows loaded."""
    reports = list(reports)
    counts = {report.pk: {} for report in reports}
    rows = (
        ActionStatus.objects.filter(report__in=counts)
        .values_list("report_id", "status")
        .annotate(n=models.Count("pk"))
        .order_by()
    )
    for report_id, status, n in rows:
        if status:  # a promise not assessed yet counts nowhere, as in Progress.of
            counts[report_id][status] = n
    for report in reports:
        report.status_counts = counts[report.pk]
    return reports


def latest_of(reports):
    """The report that ends last, the last published of those that end on the same day."""
    return max(reports, key=lambda r: (r.covers_end, r.published_at, r.pk), default=None)


def prefetch_latest_reports(pledges, statuses=True):
    """Gives each pledge `published_reports` (oldest first) and `latest_report`: the newest of
    them with its statuses loaded, or None. Two queries however many pledges and reports.
    With statuses=False the latest reports get only their counts (count_statuses)."""
    pledges = list(pledges)
    published = FollowUpReport.objects.published().in_order()
    models.prefetch_related_objects(
        pledges, models.Prefetch("reports", queryset=published, to_attr="published_reports")
    )
    for pledge in pledges:
        pledge.latest_report = latest_of(pledge.published_reports)
    latest = [pledge.latest_report for pledge in pledges if pledge.latest_report]
    if statuses:
        models.prefetch_related_objects(latest, "statuses")
    else:
        count_statuses(latest)
    return pledges


class Progress:
    """How far a set of statuses has come: counted, done, share, and the ones left out."""

    def __init__(self, counted, done, share, left_out, by_status):
        self.counted = counted
        self.done = done
        self.share = share
        self.left_out = left_out
        self.by_status = by_status

    @classmethod
    def of(cls, statuses):
        by_status = {}
        for s in statuses:
            if s.status:
                by_status[s.status] = by_status.get(s.status, 0) + 1
        return cls.of_counts(by_status)

    @classmethod
    def of_counts(cls, by_status):
        """From {status: how many}, as the database can count them without loading a row."""
        progress = ActionStatus.PROGRESS
        counted = sum(n for status, n in by_status.items() if status in progress)
        left_out = sum(n for status, n in by_status.items() if status not in progress)
        done = by_status.get(ActionStatus.Status.DONE, 0)
        shares = sum(progress[status] * n for status, n in by_status.items() if status in progress)
        share = shares / counted if counted else 0
        return cls(counted, done, share, left_out, dict(by_status))

    @property
    def percent(self):
        return round(self.share * 100)

    @property
    def done_label(self):
        """'3 av 4 löften genomförda', out of the promises the share is counted from."""
        return ngettext(
            "%(done)d av %(counted)d löfte genomfört",
            "%(done)d av %(counted)d löften genomförda",
            self.counted,
        ) % {"done": self.done, "counted": self.counted}

    @property
    def left_out_label(self):
        """'1 löfte struket, 1 kan inte bedömas': the promises left out of the share, or ''."""
        parts = []
        if self.cancelled:
            parts.append(
                ngettext("%(n)d löfte struket", "%(n)d löften strukna", self.cancelled)
                % {"n": self.cancelled}
            )
        if self.cannot_assess:
            if parts:
                label = ngettext(
                    "%(n)d kan inte bedömas", "%(n)d kan inte bedömas", self.cannot_assess
                )
            else:
                label = ngettext(
                    "%(n)d löfte kan inte bedömas",
                    "%(n)d löften kan inte bedömas",
                    self.cannot_assess,
                )
            parts.append(label % {"n": self.cannot_assess})
        return ", ".join(parts)

    @property
    def cancelled(self):
        return self.by_status.get(ActionStatus.Status.CANCELLED, 0)

    @property
    def cannot_assess(self):
        return self.by_status.get(ActionStatus.Status.CANNOT_ASSESS, 0)

    @property
    def segments(self):
        """The parts of a bar split by status, done first: each with `status` (an unsaved
        ActionStatus, for the status tag), `count`, and `x` and `width` as percentages of the
        whole (strings, so that no locale puts a decimal comma in an SVG attribute)."""
        total = sum(self.by_status.values())
        parts, x = [], 0.0
        for value in ActionStatus.BAR_ORDER:
            count = self.by_status.get(value, 0)
            if not count:
                continue
            width = 100 * count / total
            parts.append(
                SimpleNamespace(
                    status=ActionStatus(status=value),
                    count=count,
                    x=f"{x:.3f}",
                    width=f"{width:.3f}",
                    middle=f"{x + width / 2:.3f}",
                    symbol=ActionStatus.SYMBOLS[value] if width >= 6 else "",
                )
            )
            x += width
        return parts

    @property
    def rows(self):
        """(status, label, count) for each status that occurs, in the order of the choices."""
        return [
            (value, label, self.by_status[value])
            for value, label in ActionStatus.Status.choices
            if value in self.by_status
        ]


class ActionStatus(models.Model):
    """One promise's status in one report, with the promise as it read when published."""

    class Status(models.TextChoices):
        NOT_STARTED = "ej_paborjad", _("Ej påbörjad")
        ONGOING = "pagar", _("Pågår")
        DONE = "genomford", _("Genomförd")
        PARTLY_DONE = "delvis", _("Delvis genomförd")
        DELAYED = "forsenad", _("Försenad")
        NOT_DONE = "ej_genomford", _("Ej genomförd")
        CANCELLED = "struken", _("Struken")
        CANNOT_ASSESS = "kan_inte_bedomas", _("Kan inte bedömas")

    # The default share of a promise each status counts as in the progress bars. "Struken" and
    # "kan inte bedömas" are left out of the share and shown apart.
    PROGRESS = {
        Status.NOT_STARTED: 0.0,
        Status.ONGOING: 0.5,
        Status.DONE: 1.0,
        Status.PARTLY_DONE: 0.5,
        Status.DELAYED: 0.25,
        Status.NOT_DONE: 0.0,
    }

    # The order of the parts of a bar split by status: done first, what was left out last.
    BAR_ORDER = [
        Status.DONE,
        Status.PARTLY_DONE,
        Status.ONGOING,
        Status.DELAYED,
        Status.NOT_STARTED,
        Status.NOT_DONE,
        Status.CANCELLED,
        Status.CANNOT_ASSESS,
    ]

    # The symbols of the status tags (static/css/site.css), for the bar split by status.
    SYMBOLS = {
        Status.DONE: "✓",
        Status.PARTLY_DONE: "◑",
        Status.ONGOING: "◔",
        Status.DELAYED: "!",
        Status.NOT_STARTED: "○",
        Status.NOT_DONE: "✕",
        Status.CANCELLED: "–",
        Status.CANNOT_ASSESS: "?",
    }

    report = models.ForeignKey(
        FollowUpReport,
        on_delete=models.CASCADE,
        related_name="statuses",
        verbose_name=_("uppföljning"),
    )
    action = models.ForeignKey(
        Action,
        on_delete=models.SET_NULL,
        related_name="statuses",
        verbose_name=_("löfte"),
        null=True,
    )
    status = models.CharField(_("status"), max_length=20, choices=Status, blank=True)
    evidence = models.TextField(
        _("vad som gjorts"), blank=True, help_text=_("Datum, platser, samarbetspartner.")
    )
    achieved_count = models.PositiveIntegerField(
        _("uppnått antal"),
        null=True,
        blank=True,
        help_text=_("För löften med ett antal som mål: hur många hittills."),
    )

    # The promise as it read when the report was published.
    order = models.PositiveSmallIntegerField(_("ordning"), default=0)
    action_text = models.TextField(_("löftet"), blank=True)
    heading = models.CharField(_("rubrik"), max_length=150, blank=True)
    focus_area_name = models.CharField(_("fokusområde"), max_length=100, blank=True)
    responsible_label = models.CharField(_("ansvarig"), max_length=250, blank=True)
    target_count = models.PositiveIntegerField(_("mål (antal)"), null=True, blank=True)
    target_label = models.CharField(_("mål"), max_length=500, blank=True)
    # The text the site search matches, kept up to date by the database (see fulltext.py).
    search_vector = SearchVectorField(_("sökvektor"), null=True, editable=False)

    history = HistoricalRecords(
        excluded_fields=["search_vector"], verbose_name=_("historik för status")
    )

    class Meta:
        ordering = ["order", "pk"]
        verbose_name = _("status för löfte")
        verbose_name_plural = _("status för löften")
        constraints = [
            models.UniqueConstraint(fields=["report", "action"], name="status_one_per_action"),
        ]

    def __str__(self):
        return f"{self.action_text or self.action}: {self.get_status_display() or '–'}"

    def take_snapshot(self):
        action = self.action
        if action is None:
            return
        self.order = action.order
        self.action_text = action.text
        self.heading = action.heading
        self.focus_area_name = action.focus_area.name if action.focus_area else ""
        self.responsible_label = action.responsible_label
        self.target_count = action.first_target_count
        self.target_label = action.targets_label

    @property
    def group(self):
        return self.heading or self.focus_area_name

    @property
    def count_label(self):
        """'3 av 2', when the promise has a countable target and a count was reported."""
        if self.achieved_count is None or self.target_count is None:
            return ""
        return _("%(achieved)s av %(target)s") % {
            "achieved": self.achieved_count,
            "target": self.target_count,
        }
