import uuid
from types import SimpleNamespace

from django.contrib.postgres.search import SearchVectorField
from django.core.exceptions import ValidationError
from django.db import models
from django.db.models import F, OuterRef, Q, Subquery
from django.db.models.functions import Coalesce
from django.urls import reverse
from django.utils import formats, timezone, translation
from django.utils.html import conditional_escape, format_html
from django.utils.safestring import mark_safe
from django.utils.text import slugify
from django.utils.translation import gettext, gettext_noop, ngettext
from django.utils.translation import gettext_lazy as _
from simple_history.models import HistoricalRecords

from municipalities.models import Municipality, PoliceArea

from . import fulltext, periods


class FocusArea(models.Model):
    """A shared vocabulary: 'Bedrägerier' in Värnamo and in Vaggeryd are the same focus area."""

    name = models.CharField(_("namn"), max_length=100, unique=True)
    slug = models.SlugField(_("slug"), max_length=100, unique=True)
    description = models.TextField(_("beskrivning"), blank=True)

    class Meta:
        ordering = ["name"]
        verbose_name = _("fokusområde")
        verbose_name_plural = _("fokusområden")

    def __str__(self):
        return self.name

    def get_absolute_url(self):
        return reverse("pledges:focus_area", kwargs={"slug": self.slug})


class Method(models.Model):
    """A working method that recurs across pledges: EST, Bo Tryggt 2030, grannsamverkan, …"""

    name = models.CharField(_("namn"), max_length=100, unique=True)
    slug = models.SlugField(_("slug"), max_length=100, unique=True)
    description = models.TextField(_("beskrivning"), blank=True)

    class Meta:
        ordering = ["name"]
        verbose_name = _("arbetsmetod")
        verbose_name_plural = _("arbetsmetoder")

    def __str__(self):
        return self.name


class DatePrecision(models.TextChoices):
    """How precisely one half of a period was stated: "15 maj 2024", "maj 2024" or "2024"."""

    DAY = periods.DAY, _("dag")
    MONTH = periods.MONTH, _("månad")
    YEAR = periods.YEAR, _("år")


# The newest period first; a pledge with only an end sorts by its end, one without any last.
NEWEST_FIRST = [
    Coalesce("start_date", "end_date").desc(nulls_last=True),
    F("end_date").desc(nulls_last=True),
    "district",
]


class PledgeState(models.TextChoices):
    """Whether a pledge is in force today, derived from its period (see state_on)."""

    UPCOMING = "kommande", _("Kommande")
    CURRENT = "galler", _("Gäller nu")
    ENDED = "avslutat", _("Avslutat")
    NOT_STATED = "ej_angiven", _("Period ej angiven")


def state_conditions(on):
    """{state: Q} for the day `on`: the one rule, in the database's terms, that
    Pledge.state_on mirrors in Python (tests/pledges/test_state.py holds them together).

    Upcoming: starts after the day. Ended: ended before it. In force: started on or before
    it (with no end or an end not passed), or only an end that has not passed, or "tills
    vidare" without dates. Not stated: neither date and not "tills vidare".
    """
    upcoming = Q(start_date__gt=on)
    ended = Q(end_date__lt=on)
    stated = Q(start_date__isnull=False) | Q(end_date__isnull=False) | Q(until_further_notice=True)
    return {
        PledgeState.UPCOMING: upcoming,
        PledgeState.ENDED: ended,
        PledgeState.CURRENT: stated & ~upcoming & ~ended,
        PledgeState.NOT_STATED: ~stated,
    }


def state_on(start_date, end_date, until_further_notice, on):
    """The PledgeState on the day of a pledge with these dates (see Pledge.state_on)."""
    if start_date and start_date > on:
        return PledgeState.UPCOMING
    if end_date and end_date < on:
        return PledgeState.ENDED
    if start_date or end_date or until_further_notice:
        return PledgeState.CURRENT
    return PledgeState.NOT_STATED


def year_condition(year, prefix=""):
    """A Q for the pledges (through `prefix`, e.g. "pledge__") whose period touches the year.

    A complete period touches the years from its start to its end; one with only a start is
    ongoing, so it touches every year from its start on; one with only an end touches its end
    year; one without dates touches none.
    """
    first, last = periods.year_bounds(year)
    start, end = f"{prefix}start_date", f"{prefix}end_date"
    return Q(**{f"{start}__lte": last}) & (
        Q(**{f"{end}__gte": first}) | Q(**{f"{end}__isnull": True})
    ) | Q(**{f"{start}__isnull": True, f"{end}__gte": first, f"{end}__lte": last})


class PledgeQuerySet(models.QuerySet):
    def published(self):
        return self.filter(status=Pledge.Status.PUBLISHED, published_at__lte=timezone.now())

    def for_year(self, year):
        """Every pledge whose period touches the year, so 2017–2018 counts for both."""
        return self.filter(year_condition(year))

    def current(self, on=None):
        """Pledges in force on the day (see state_conditions)."""
        return self.in_state(PledgeState.CURRENT, on)

    def in_state(self, state, on=None):
        """Pledges in the state (a PledgeState value) on the day, today by default."""
        return self.filter(state_conditions(on or timezone.localdate())[state])

    def with_state(self, on=None):
        """Annotates `state_value`, the PledgeState value on the day, for ordering and counting."""
        conditions = state_conditions(on or timezone.localdate())
        return self.annotate(
            state_value=models.Case(
                *(
                    models.When(condition, then=models.Value(state))
                    for state, condition in conditions.items()
                ),
                output_field=models.CharField(),
            )
        )

    def for_municipality(self, municipality):
        return self.filter(municipalities=municipality)

    def with_municipalities(self):
        return self.prefetch_related(
            models.Prefetch("municipalities", queryset=Municipality.objects.order_by("code"))
        )

    def newest_first(self):
        return self.order_by(*NEWEST_FIRST, "pk")

    def recently_published(self):
        return self.order_by("-published_at", "-pk")

    # Finding and comparing (/loften/, the exports and the API). Each narrows the pledges without
    # joins that could repeat a pledge, so they chain in any order.

    def in_county(self, code):
        """Pledges that cover a municipality in the county (by its two-digit code)."""
        covers = self.model.municipalities.through.objects.filter(municipality__county__code=code)
        return self.filter(pk__in=covers.values("pledge_id"))

    def in_police_region(self, slug):
        covers = self.model.municipalities.through.objects.filter(
            municipality__county__police_region__slug=slug
        )
        return self.filter(pk__in=covers.values("pledge_id"))

    def in_police_area(self, slug):
        """Pledges given with the police area; one without a police area counts when it covers
        a municipality of the area."""
        covers = self.model.municipalities.through.objects.filter(
            municipality__police_areas__slug=slug
        )
        return self.filter(
            Q(police_area__slug=slug)
            | Q(police_area__isnull=True, pk__in=covers.values("pledge_id"))
        )

    def with_focus_area(self, slug):
        """Pledges that name the focus area, or that have a promise in it."""
        named = self.model.focus_areas.through.objects.filter(focusarea__slug=slug)
        in_actions = Action.objects.filter(focus_area__slug=slug)
        return self.filter(
            Q(pk__in=named.values("pledge_id")) | Q(pk__in=in_actions.values("pledge_id"))
        )

    def with_method(self, slug):
        return self.filter(pk__in=Action.objects.filter(methods__slug=slug).values("pledge_id"))

    def with_responsible(self, responsible):
        """Pledges with a promise that `responsible` (an Action.Responsible value) carries."""
        return self.filter(
            pk__in=Action.objects.filter(responsible=responsible).values("pledge_id")
        )

    def with_published_report(self, has_report=True):
        from followups.models import FollowUpReport

        reported = FollowUpReport.objects.published().values("pledge_id")
        return self.filter(pk__in=reported) if has_report else self.exclude(pk__in=reported)

    def with_latest_status(self, status):
        """Pledges whose latest published follow-up gives at least one promise `status`."""
        from followups.models import ActionStatus, FollowUpReport

        latest = (
            FollowUpReport.objects.published()
            .filter(pledge=OuterRef(OuterRef("pk")))
            .order_by("-covers_end", "-published_at", "-pk")
            .values("pk")[:1]
        )
        return self.filter(
            models.Exists(ActionStatus.objects.filter(report=Subquery(latest), status=status))
        )

    def search(self, text):
        """Pledges whose own text or one of whose promises matches (see fulltext.py)."""
        own = fulltext.matching(Pledge.objects.all(), fulltext.PLEDGE_FIELDS, text)
        in_actions = fulltext.matching(Action.objects.all(), fulltext.ACTION_FIELDS, text)
        return self.filter(Q(pk__in=own.values("pk")) | Q(pk__in=in_actions.values("pledge_id")))

    def years(self):
        """The years to choose among, in order: from the first year some of the pledges touch
        up to this year (or the last year one of them touches, if later)."""
        bounds = self.aggregate(
            first_start=models.Min("start_date"),
            first_end_only=models.Min("end_date", filter=Q(start_date__isnull=True)),
            last_end=models.Max("end_date"),
            last_ongoing=models.Max("start_date", filter=Q(end_date__isnull=True)),
        )
        firsts = [bounds[k].year for k in ("first_start", "first_end_only") if bounds[k]]
        if not firsts:
            return []
        lasts = [timezone.localdate().year, *firsts]
        if bounds["last_end"]:
            lasts.append(bounds["last_end"].year)
        if bounds["last_ongoing"]:
            lasts.append(bounds["last_ongoing"].year)
        return list(range(min(firsts), max(lasts) + 1))

    def with_listing(self, actions=True):
        """What a list of pledges shows of each, in a fixed number of queries: `action_count`,
        and with actions=True the promises themselves (to mark those that match filters)."""
        by_code = Municipality.objects.select_related("county").order_by("code")
        counted = (
            Action.objects.filter(pledge=OuterRef("pk"))
            .order_by()
            .values("pledge")
            .annotate(n=models.Count("pk"))
            .values("n")
        )
        listing = (
            self.select_related("police_area")
            .annotate(action_count=Coalesce(Subquery(counted), 0))
            .prefetch_related(models.Prefetch("municipalities", queryset=by_code), "focus_areas")
        )
        if not actions:
            return listing
        return listing.prefetch_related(
            models.Prefetch(
                "actions",
                queryset=Action.objects.select_related("focus_area").prefetch_related("methods"),
            ),
        )

    def summaries(self, pks):
        """{pk: what a list row shows of a pledge} for the pledges `pks`, from plain values in
        one query: its state today and the label of it, its address, period and district.

        For long lists (/kommuner/): no model instances, one reverse() per kind of address and
        each state's label translated once, not per row.
        """
        canonical = Municipality.objects.filter(pledges=OuterRef("pk")).order_by("code")
        rows = (
            self.filter(pk__in=pks)
            .annotate(municipality_slug=Subquery(canonical.values("slug")[:1]))
            .values(
                "pk",
                "start_date",
                "end_date",
                "start_precision",
                "end_precision",
                "until_further_notice",
                "district",
                "district_slug",
                "period_slug",
                "municipality_slug",
            )
        )
        slugs = {"municipality": "__municipality__", "period": "__period__"}
        address = reverse("pledges:detail", kwargs=slugs)
        district_address = reverse(
            "pledges:district_detail", kwargs={**slugs, "district": "__district__"}
        )
        labels = {state: str(label) for state, label in PledgeState.choices}
        today = timezone.localdate()
        summaries = {}
        for row in rows:
            url = district_address if row["district_slug"] else address
            url = (
                url.replace("__municipality__", row["municipality_slug"])
                .replace("__period__", row["period_slug"])
                .replace("__district__", row["district_slug"])
            )
            state = state_on(row["start_date"], row["end_date"], row["until_further_notice"], today)
            summaries[row["pk"]] = SimpleNamespace(
                state=state,
                state_label=labels[state],
                url=url,
                period_label=periods.label(
                    row["start_date"],
                    row["end_date"],
                    start_precision=row["start_precision"],
                    end_precision=row["end_precision"],
                    until_further_notice=row["until_further_notice"],
                ),
                district=row["district"],
            )
        return summaries

    def at_address(self, municipality_slug, period_slug, district_slug=""):
        """The pledges at /kommuner/<municipality>/<period>/[<district>/]."""
        return self.filter(
            municipalities__slug=municipality_slug,
            period_slug=period_slug,
            district_slug=district_slug,
        )

    def with_details(self):
        """Everything the pledge page shows, in a fixed number of queries."""
        by_code = Municipality.objects.order_by("code")
        return self.select_related("police_area", "continues").prefetch_related(
            models.Prefetch("municipalities", queryset=by_code),
            "focus_areas",
            "signatories",
            "parties",
            models.Prefetch(
                "actions",
                queryset=Action.objects.select_related("focus_area").prefetch_related(
                    "methods", "targets"
                ),
            ),
            models.Prefetch("continues__municipalities", queryset=by_code),
            models.Prefetch(
                "continued_by",
                queryset=Pledge.objects.published().with_municipalities().newest_first(),
                to_attr="published_successors",
            ),
        )


class Pledge(models.Model):
    class Status(models.TextChoices):
        DRAFT = "utkast", _("Utkast")
        PUBLISHED = "publicerad", _("Publicerad")

    class Cadence(models.TextChoices):
        YEARLY = "arligen", _("Årligen")
        TERTIAL = "tertial", _("Per tertial")
        QUARTERLY = "kvartal", _("Kvartalsvis")
        TWICE_A_YEAR = "halvar", _("Två gånger per år")
        AT_END = "vid_slut", _("Vid periodens slut")
        CONTINUOUS = "kontinuerligt", _("Kontinuerligt")
        NOT_STATED = "ej_angivet", _("Ej angivet")

    class SigningPrecision(models.TextChoices):
        DAY = periods.DAY, _("dag")
        MONTH = periods.MONTH, _("månad")

    class Issuer(models.TextChoices):
        MUNICIPALITY_AND_POLICE = "kommun_och_polis", _("Kommunen och polisen")
        POLICE = "polisen", _("Polisen")
        MUNICIPALITY = "kommunen", _("Kommunen")

    uid = models.UUIDField(_("stabilt id"), default=uuid.uuid4, unique=True, editable=False)
    title = models.CharField(_("rubrik"), max_length=200)
    municipalities = models.ManyToManyField(
        Municipality,
        related_name="pledges",
        verbose_name=_("kommuner"),
        help_text=_("En eller flera kommuner som ger löftet."),
    )
    police_area = models.ForeignKey(
        PoliceArea,
        on_delete=models.PROTECT,
        related_name="pledges",
        verbose_name=_("lokalpolisområde"),
        null=True,
        blank=True,
    )
    district = models.CharField(
        _("stadsdel eller område"),
        max_length=100,
        blank=True,
        help_text=_("Fylls i när löftet gäller en del av kommunen, t.ex. Rosengård."),
    )
    district_slug = models.SlugField(_("slug för område"), max_length=100, blank=True)
    districts = models.JSONField(
        _("stadsdelar"),
        default=list,
        blank=True,
        help_text=_("Stadsdelar som löftet gäller, ett namn per rad."),
    )
    issuer = models.CharField(
        _("ges av"),
        max_length=20,
        choices=Issuer,
        default=Issuer.MUNICIPALITY_AND_POLICE,
        help_text=_("Ett löfte som polisen ger ensam för en stadsdel ges av polisen."),
    )
    start_date = models.DateField(
        _("startdatum"),
        null=True,
        blank=True,
        help_text=_("Lämna tomt om löftet inte anger när det börjar."),
    )
    start_precision = models.CharField(
        _("startdatumet anges som"),
        max_length=10,
        choices=DatePrecision,
        default=DatePrecision.DAY,
        help_text=_("Månad: ”maj 2024” är 1 maj 2024 som start."),
    )
    end_date = models.DateField(
        _("slutdatum"),
        null=True,
        blank=True,
        help_text=_(
            "Ett kalenderår är 1 januari–31 december. Lämna tomt om löftet inte anger när det "
            "slutar."
        ),
    )
    end_precision = models.CharField(
        _("slutdatumet anges som"),
        max_length=10,
        choices=DatePrecision,
        default=DatePrecision.DAY,
        help_text=_("Månad: ”maj 2025” är 31 maj 2025 som slut."),
    )
    until_further_notice = models.BooleanField(
        _("tills vidare"),
        default=False,
        help_text=_("Löftet gäller tills vidare, utan slutdatum."),
    )
    period_slug = models.SlugField(_("period i adressen"), max_length=30, editable=False)

    introduction = models.TextField(_("inledning"), blank=True)
    situation = models.TextField(_("lägesbild"), blank=True)
    situation_basis = models.TextField(
        _("lägesbilden bygger på"),
        blank=True,
        help_text=_("Till exempel trygghetsmätningar, medborgardialoger och polisens statistik."),
    )
    focus_areas = models.ManyToManyField(
        FocusArea, related_name="pledges", verbose_name=_("fokusområden"), blank=True
    )
    expected_effect = models.TextField(_("förväntad effekt och mål"), blank=True)
    other_text = models.TextField(
        _("övrig text"),
        blank=True,
        help_text=_("Text i löftet som inte hör till något annat fält."),
    )

    followup_cadence = models.CharField(
        _("uppföljning"), max_length=20, choices=Cadence, default=Cadence.NOT_STATED
    )
    followup_text = models.TextField(_("om uppföljningen"), blank=True)
    followup_published_where = models.CharField(
        _("uppföljningen publiceras"),
        max_length=300,
        blank=True,
        help_text=_("Var uppföljningen redovisas, t.ex. polisens webbplats."),
    )

    signed_on = models.DateField(_("undertecknat datum"), null=True, blank=True)
    signed_on_precision = models.CharField(
        _("undertecknat datum anges som"),
        max_length=10,
        choices=SigningPrecision,
        default=SigningPrecision.DAY,
        help_text=_("Månad: ”undertecknat i mars 2022” är 1 mars 2022."),
    )
    signed_place = models.CharField(_("undertecknat ort"), max_length=100, blank=True)
    continues = models.ForeignKey(
        "self",
        on_delete=models.SET_NULL,
        related_name="continued_by",
        verbose_name=_("fortsätter löftet"),
        null=True,
        blank=True,
    )
    source_url = models.URLField(_("originaldokument"), max_length=500, blank=True)
    source_note = models.TextField(
        _("anmärkning om källan"),
        blank=True,
        help_text=_("Till exempel att originaltexten är avbruten eller innehåller fel."),
    )

    contact_name = models.CharField(_("kontaktperson"), max_length=100, blank=True)
    contact_role = models.CharField(_("kontaktpersonens roll"), max_length=100, blank=True)
    contact_email = models.EmailField(_("kontaktpersonens e-post"), blank=True)
    contact_phone = models.CharField(_("kontaktpersonens telefon"), max_length=50, blank=True)

    import_notes = models.TextField(
        _("anteckningar från importen"),
        blank=True,
        help_text=_(
            "Text i det importerade dokumentet som inte kunde placeras i något fält, och vad "
            "importen vill att du kontrollerar. Töm fältet när allt är på plats."
        ),
    )
    import_sources = models.JSONField(
        _("var i texten fälten hittades"),
        default=list,
        blank=True,
        editable=False,
        help_text=_("Fält, värde, rad och citat från det importerade dokumentet."),
    )
    # The imported text's words, hashed: a second import of the same text asks first.
    import_fingerprint = models.CharField(
        _("den importerade textens fingeravtryck"),
        max_length=64,
        blank=True,
        editable=False,
        db_index=True,
    )

    status = models.CharField(
        _("status"), max_length=20, choices=Status, default=Status.DRAFT, db_index=True
    )
    published_at = models.DateTimeField(
        _("publiceras"),
        null=True,
        blank=True,
        help_text=_("Lämna tomt för att publicera direkt; en framtida tid schemalägger."),
    )
    published_version_at = models.DateTimeField(
        _("publicerad version sparad"),
        null=True,
        blank=True,
        editable=False,
        help_text=_(
            "När det publicerade löftet sparades med alla sina åtgärder; senare ändringar "
            "visas som ändringslogg på den publika sidan."
        ),
    )
    unpublished_at = models.DateTimeField(_("avpublicerat"), null=True, blank=True)
    unpublish_reason = models.TextField(
        _("skäl till avpublicering"),
        blank=True,
        help_text=_("Krävs när ett publicerat löfte görs till utkast igen."),
    )
    revision_of = models.ForeignKey(
        "self",
        on_delete=models.CASCADE,
        related_name="revisions",
        verbose_name=_("ändring av"),
        null=True,
        blank=True,
        editable=False,
        help_text=_(
            "Ett utkast till ändring av ett publicerat löfte. Det publicerade löftet gäller tills "
            "en utgivare publicerar ändringen."
        ),
    )
    created_at = models.DateTimeField(_("skapat"), auto_now_add=True)
    updated_at = models.DateTimeField(_("ändrat"), auto_now=True)
    # The text the site search matches, kept up to date by the database (see fulltext.py).
    search_vector = SearchVectorField(_("sökvektor"), null=True, editable=False)

    objects = PledgeQuerySet.as_manager()
    history = HistoricalRecords(
        m2m_fields=[municipalities, focus_areas],
        excluded_fields=["updated_at", "search_vector"],
        verbose_name=_("historik för medborgarlöfte"),
    )

    class Meta:
        ordering = NEWEST_FIRST
        verbose_name = _("medborgarlöfte")
        verbose_name_plural = _("medborgarlöften")
        indexes = [
            models.Index(fields=["period_slug", "district_slug"]),
            # recently_published(): the start page and ?sort=publicerad.
            models.Index(fields=["published_at", "id"], name="pledge_published_order"),
            # current(): the start page finds the few published pledges not yet ended without
            # reading every row.
            models.Index(
                fields=["end_date"], condition=Q(status="publicerad"), name="pledge_published_end"
            ),
            # /loften/ (its ids in order, counted, and the years of its filter) and the count of
            # /uppfoljningar/ read the published pledges from this index alone, not the wide rows.
            models.Index(
                fields=["published_at"],
                include=["id", "start_date", "end_date", "district"],
                condition=Q(status="publicerad"),
                name="pledge_published_listing",
            ),
        ]
        constraints = [
            models.CheckConstraint(
                condition=Q(start_date__isnull=True)
                | Q(end_date__isnull=True)
                | Q(end_date__gte=F("start_date")),
                name="pledge_end_not_before_start",
                violation_error_message=_("Slutdatumet kan inte vara före startdatumet."),
            ),
            models.CheckConstraint(
                condition=Q(until_further_notice=False) | Q(end_date__isnull=True),
                name="pledge_until_further_notice_has_no_end",
                violation_error_message=_("Ett löfte som gäller tills vidare har inget slutdatum."),
            ),
            models.CheckConstraint(
                condition=Q(status="utkast") | Q(published_at__isnull=False),
                name="pledge_published_has_date",
                violation_error_message=_("Ett publicerat löfte måste ha ett publiceringsdatum."),
            ),
            models.CheckConstraint(
                condition=(Q(district="") & Q(district_slug=""))
                | (~Q(district="") & ~Q(district_slug="")),
                name="pledge_district_has_slug",
                violation_error_message=_("Området saknar adress."),
            ),
            models.CheckConstraint(
                condition=~Q(title=""),
                name="pledge_title_not_empty",
                violation_error_message=_("Ange en rubrik."),
            ),
        ]

    def __str__(self):
        return f"{self.title} ({self.period_label})"

    def save(self, *args, **kwargs):
        self.period_slug = self.compute_period_slug()
        self.district_slug = slugify(self.district)
        if self.status == self.Status.PUBLISHED and self.published_at is None:
            self.published_at = timezone.now()
        super().save(*args, **kwargs)

    def get_absolute_url(self):
        return self.url_for(self.canonical_municipality)

    def url_for(self, municipality):
        kwargs = {"municipality": municipality.slug, "period": self.period_slug}
        if self.district_slug:
            return reverse(
                "pledges:district_detail", kwargs={**kwargs, "district": self.district_slug}
            )
        return reverse("pledges:detail", kwargs=kwargs)

    def clean(self):
        errors = {}
        if self.status == self.Status.PUBLISHED and self.published_at is None:
            self.published_at = timezone.now()
        self.district_slug = slugify(self.district)
        self.period_slug = self.compute_period_slug()
        if self.start_date and self.end_date and self.end_date < self.start_date:
            errors["end_date"] = ValidationError(
                _("Slutdatumet kan inte vara före startdatumet."), code="end_before_start"
            )
        if self.until_further_notice and self.end_date:
            errors["until_further_notice"] = ValidationError(
                _("Ett löfte som gäller tills vidare har inget slutdatum."),
                code="until_further_notice_with_end",
            )
        halves = [
            ("start_date", self.start_date, self.start_precision, False),
            ("end_date", self.end_date, self.end_precision, True),
        ]
        for name, day, precision, is_end in halves:
            if day and not periods.is_half_at_precision(day, precision, end=is_end):
                errors.setdefault(name, []).append(
                    ValidationError(self.precision_message(precision, is_end), code="precision")
                )
        if (
            self.signed_on
            and self.signed_on_precision == self.SigningPrecision.MONTH
            and self.signed_on.day != 1
        ):
            errors["signed_on"] = ValidationError(
                _("Ett undertecknande som bara anger månaden skrivs som månadens första dag."),
                code="precision",
            )
        if self.continues_id and self.pk and self.continues_id == self.pk:
            errors["continues"] = ValidationError(
                _("Ett löfte kan inte fortsätta sig självt."), code="continues_itself"
            )
        if self.district and not slugify(self.district):
            errors["district"] = ValidationError(
                _("Områdets namn måste innehålla bokstäver eller siffror."), code="district_slug"
            )
        if errors:
            raise ValidationError(errors)

    @staticmethod
    def precision_message(precision, is_end):
        if precision == DatePrecision.MONTH:
            if is_end:
                return _("Ett slut som anges som månad skrivs som månadens sista dag.")
            return _("En start som anges som månad skrivs som månadens första dag.")
        if is_end:
            return _("Ett slut som anges som år skrivs som 31 december.")
        return _("En start som anges som år skrivs som 1 januari.")

    def compute_period_slug(self):
        """The period's part of the address (see periods.slug)."""
        return periods.slug(
            self.start_date,
            self.end_date,
            start_precision=self.start_precision,
            end_precision=self.end_precision,
            uid=self.uid,
        )

    def conflicting_pledges(self, municipalities):
        """Other pledges that would get the same address in one of these municipalities.

        A draft change of a published pledge (revision_of) takes the pledge's address when it
        is published, so it clashes with neither the pledge nor other pledges' changes."""
        slug = self.compute_period_slug()
        return (
            Pledge.objects.filter(
                municipalities__in=municipalities,
                period_slug=slug,
                district_slug=slugify(self.district),
                revision_of__isnull=True,
            )
            .exclude(pk=self.pk)
            .exclude(pk=self.revision_of_id)
            .distinct()
        )

    @property
    def safe_source_url(self):
        """The original document's address, if it is a web address; never a script URL."""
        return self.source_url if self.source_url.startswith(("https://", "http://")) else ""

    @property
    def period_label(self):
        return periods.label(
            self.start_date,
            self.end_date,
            start_precision=self.start_precision,
            end_precision=self.end_precision,
            until_further_notice=self.until_further_notice,
        )

    @property
    def has_whole_period(self):
        return self.start_date is not None and self.end_date is not None

    @property
    def signed_on_label(self):
        """'mars 2022' when only the month was stated, else '3 mars 2022'; '' without a date."""
        if not self.signed_on:
            return ""
        return periods.half_label(self.signed_on, self.signed_on_precision)

    @property
    def districts_label(self):
        """'Gäller stadsdelarna Rinkeby, Tensta och Husby', or '' without districts."""
        names = [name for name in self.districts or [] if name]
        if not names:
            return ""
        listed = names[0]
        if len(names) > 1:
            listed = f"{', '.join(names[:-1])} {gettext('och')} {names[-1]}"
        return ngettext(
            "Gäller stadsdelen %(names)s", "Gäller stadsdelarna %(names)s", len(names)
        ) % {"names": listed}

    def state_on(self, on):
        """The PledgeState on the day; the same rule as state_conditions, in Python."""
        return state_on(self.start_date, self.end_date, self.until_further_notice, on)

    @property
    def state(self):
        """The PledgeState today; computed once per object."""
        if not hasattr(self, "_state_today"):
            self._state_today = self.state_on(timezone.localdate())
        return self._state_today

    @property
    def state_label(self):
        return PledgeState(self.state).label

    def is_current(self, on):
        return self.state_on(on) == PledgeState.CURRENT

    def is_upcoming(self, on):
        return self.state_on(on) == PledgeState.UPCOMING

    def has_ended(self, on):
        return self.state_on(on) == PledgeState.ENDED

    @property
    def is_published(self):
        return (
            self.status == self.Status.PUBLISHED
            and self.published_at is not None
            and self.published_at <= timezone.now()
        )

    @property
    def is_scheduled(self):
        """Published with a time still to come: residents see it from that time on."""
        return (
            self.status == self.Status.PUBLISHED
            and self.published_at is not None
            and self.published_at > timezone.now()
        )

    @property
    def publication_label(self):
        """'Utkast', 'Utkast till ändring', 'Publicerad' or 'Schemalagd 1 december 2026 kl.
        08:00', in Swedish time."""
        if self.is_scheduled:
            return gettext("Schemalagd %(time)s") % {"time": local_time_label(self.published_at)}
        if self.revision_of_id:
            return gettext("Utkast till ändring")
        return self.get_status_display()

    @property
    def sorted_municipalities(self):
        """Its municipalities by code; uses the prefetch cache when there is one."""
        return sorted(self.municipalities.all(), key=lambda m: m.code)

    @property
    def counties(self):
        """Its municipalities' counties by code; uses the prefetch cache when there is one."""
        unique = {municipality.county for municipality in self.municipalities.all()}
        return sorted(unique, key=lambda county: county.code)

    @property
    def canonical_municipality(self):
        """The municipality whose address is canonical: the lowest municipality code."""
        municipalities = self.sorted_municipalities
        if not municipalities:
            raise ValueError("A pledge without municipalities has no address.")
        return municipalities[0]

    def mark_published_version(self):
        """Records that the published version, actions included, is complete as of now."""
        if self.status == self.Status.PUBLISHED and self.published_version_at is None:
            self.published_version_at = timezone.now()
            Pledge.objects.filter(pk=self.pk).update(published_version_at=self.published_version_at)

    def change_log(self):
        """Changes to the promises after publication, oldest first, as (date, description).

        Residents see these on the public page, so that what they read can be trusted.
        """
        if not self.published_version_at:
            return []
        since = max(self.published_version_at, self.published_at or self.published_version_at)
        records = Action.history.filter(pledge_id=self.pk).order_by("history_date", "history_id")
        before, entries = {}, []
        added_or_removed = set()  # promises whose targets come and go with them
        for record in records:
            earlier = before.get(record.id)
            before[record.id] = record
            if record.history_date <= since:
                continue
            if record.history_type in "+-":
                added_or_removed.add((record.id, record.history_type))
            entry = describe_action_change(earlier, record)
            if entry:
                entries.append((record.history_date, entry))
        targets = Target.history.filter(action_id__in=before).order_by("history_date", "history_id")
        earlier_targets = {}
        for record in targets:
            earlier = earlier_targets.get(record.id)
            earlier_targets[record.id] = record
            if record.history_date <= since or (record.action_id, record.history_type) in (
                added_or_removed
            ):
                continue
            entry = describe_target_change(earlier, record, before[record.action_id].text)
            if entry:
                entries.append((record.history_date, entry))
        return sorted(entries, key=lambda entry: entry[0])

    def action_groups(self):
        """The actions as (heading, actions) in document order, from the prefetched actions.

        An action's group is its heading in the document, else its focus area, else none.
        """
        groups = []
        for action in self.actions.all():
            heading = action.heading or (action.focus_area.name if action.focus_area else "")
            if groups and groups[-1][0] == heading:
                groups[-1][1].append(action)
            else:
                groups.append((heading, [action]))
        return groups


def local_time_label(moment):
    """'1 december 2026 kl. 08:00': a moment in Swedish time (settings.TIME_ZONE)."""
    local = timezone.localtime(moment)
    return gettext("%(date)s kl. %(time)s") % {
        "date": formats.date_format(local, "j F Y"),
        "time": local.strftime("%H:%M"),
    }


def next_order(queryset):
    """The order that puts a new row last among `queryset`: one more than the highest."""
    highest = queryset.aggregate(highest=models.Max("order"))["highest"]
    return 0 if highest is None else highest + 1


class Signatory(models.Model):
    class Side(models.TextChoices):
        MUNICIPALITY = "kommun", _("Kommunen")
        POLICE = "polis", _("Polisen")
        OTHER = "annan", _("Annan part")

    pledge = models.ForeignKey(
        Pledge, on_delete=models.CASCADE, related_name="signatories", verbose_name=_("löfte")
    )
    order = models.PositiveSmallIntegerField(
        _("ordning"),
        default=None,
        blank=True,
        help_text=_("Lägre tal står först. Lämna tomt för att lägga den sist."),
    )
    name = models.CharField(_("namn"), max_length=100)
    title = models.CharField(_("titel"), max_length=150, blank=True)
    side = models.CharField(_("undertecknar för"), max_length=10, choices=Side)
    organisation = models.CharField(
        _("organisation"),
        max_length=150,
        blank=True,
        help_text=_("Som det står i löftet, t.ex. Polismyndigheten eller Älmhults kommun."),
    )

    history = HistoricalRecords(verbose_name=_("historik för undertecknare"))

    class Meta:
        ordering = ["order", "pk"]
        verbose_name = _("undertecknare")
        verbose_name_plural = _("undertecknare")
        constraints = [
            models.CheckConstraint(
                condition=~Q(name=""),
                name="signatory_name_not_empty",
                violation_error_message=_("Ange undertecknarens namn."),
            ),
        ]

    def __str__(self):
        return f"{self.name}, {self.title}" if self.title else self.name

    def save(self, *args, **kwargs):
        if self.order is None:
            self.order = next_order(type(self).objects.filter(pledge_id=self.pledge_id))
        super().save(*args, **kwargs)


class Party(models.Model):
    """A party besides the municipality and the police: a housing company, räddningstjänsten, …"""

    class Role(models.TextChoices):
        SIGNS = "undertecknar", _("Undertecknar")
        PARTICIPATES = "medverkar", _("Medverkar")

    pledge = models.ForeignKey(
        Pledge, on_delete=models.CASCADE, related_name="parties", verbose_name=_("löfte")
    )
    order = models.PositiveSmallIntegerField(
        _("ordning"),
        default=None,
        blank=True,
        help_text=_("Lägre tal står först. Lämna tomt för att lägga den sist."),
    )
    name = models.CharField(_("namn"), max_length=150)
    role = models.CharField(_("roll"), max_length=20, choices=Role, default=Role.PARTICIPATES)

    history = HistoricalRecords(verbose_name=_("historik för part"))

    class Meta:
        ordering = ["order", "pk"]
        verbose_name = _("part")
        verbose_name_plural = _("andra parter")
        constraints = [
            models.CheckConstraint(
                condition=~Q(name=""),
                name="party_name_not_empty",
                violation_error_message=_("Ange partens namn."),
            ),
        ]

    def __str__(self):
        return f"{self.name} ({self.get_role_display().lower()})"

    def save(self, *args, **kwargs):
        if self.order is None:
            self.order = next_order(type(self).objects.filter(pledge_id=self.pledge_id))
        super().save(*args, **kwargs)


class ActionQuerySet(models.QuerySet):
    def published(self):
        """Promises of published pledges."""
        return self.filter(pledge__in=Pledge.objects.published())

    def search(self, text):
        return fulltext.matching(self, fulltext.ACTION_FIELDS, text)


class Action(models.Model):
    """One concrete promise in a pledge."""

    class Responsible(models.TextChoices):
        POLICE = "polisen", _("Polisen")
        MUNICIPALITY = "kommunen", _("Kommunen")
        JOINT = "gemensamt", _("Polisen och kommunen")
        OTHER = "annan", _("Annan part")
        NOT_STATED = "ej_angivet", _("Ej angivet")

    class DeadlineUnit(models.TextChoices):
        HOURS = "timmar", _("timmar")
        DAYS = "dagar", _("dagar")
        WEEKS = "veckor", _("veckor")
        MONTHS = "manader", _("månader")

    uid = models.UUIDField(_("stabilt id"), default=uuid.uuid4, unique=True, editable=False)
    pledge = models.ForeignKey(
        Pledge, on_delete=models.CASCADE, related_name="actions", verbose_name=_("löfte")
    )
    revises = models.ForeignKey(
        "self",
        on_delete=models.SET_NULL,
        related_name="revisions",
        verbose_name=_("ändrar åtgärden"),
        null=True,
        blank=True,
        editable=False,
        help_text=_(
            "I ett utkast till ändring: åtgärden i det publicerade löftet som den ersätter."
        ),
    )
    order = models.PositiveSmallIntegerField(
        _("ordning"),
        default=None,
        blank=True,
        help_text=_("Lägre tal står först. Lämna tomt för att lägga den sist."),
    )
    heading = models.CharField(
        _("rubrik i löftet"),
        max_length=150,
        blank=True,
        help_text=_("Rubriken åtgärden står under i löftet, t.ex. Samverkan eller Synlighet."),
    )
    text = models.TextField(_("löfte"))
    details = models.TextField(_("förklaring"), blank=True)
    focus_area = models.ForeignKey(
        FocusArea,
        on_delete=models.PROTECT,
        related_name="actions",
        verbose_name=_("fokusområde"),
        null=True,
        blank=True,
    )
    responsible = models.CharField(
        _("ansvarig"), max_length=20, choices=Responsible, default=Responsible.JOINT
    )
    other_party = models.CharField(
        _("annan part"),
        max_length=200,
        blank=True,
        help_text=_(
            "Namngiven part som också bär åtgärden, t.ex. en skola eller ett bostadsbolag."
        ),
    )
    methods = models.ManyToManyField(
        Method, related_name="actions", verbose_name=_("arbetsmetoder"), blank=True
    )
    deadline_count = models.PositiveSmallIntegerField(
        _("inom (antal)"),
        null=True,
        blank=True,
        help_text=_("En tidsgräns som ”inom 24 timmar”: antalet."),
    )
    deadline_unit = models.CharField(
        _("inom (enhet)"), max_length=10, choices=DeadlineUnit, blank=True
    )
    # The text the site search matches, kept up to date by the database (see fulltext.py).
    search_vector = SearchVectorField(_("sökvektor"), null=True, editable=False)

    objects = ActionQuerySet.as_manager()
    history = HistoricalRecords(
        m2m_fields=[methods],
        excluded_fields=["search_vector"],
        verbose_name=_("historik för åtgärd"),
    )

    class Meta:
        ordering = ["order", "pk"]
        verbose_name = _("åtgärd")
        verbose_name_plural = _("åtgärder")
        constraints = [
            models.CheckConstraint(
                condition=~Q(text=""),
                name="action_text_not_empty",
                violation_error_message=_("Skriv vad som utlovas."),
            ),
            models.CheckConstraint(
                condition=~Q(responsible="annan") | ~Q(other_party=""),
                name="action_other_party_named",
                violation_error_message=_("Ange vilken part som ansvarar."),
            ),
            models.CheckConstraint(
                condition=Q(deadline_count__isnull=True, deadline_unit="")
                | (Q(deadline_count__gte=1) & ~Q(deadline_unit="")),
                name="action_deadline_complete",
                violation_error_message=_(
                    "En tidsgräns behöver både ett positivt antal och en enhet, t.ex. 24 timmar."
                ),
            ),
        ]

    def __str__(self):
        return self.text if len(self.text) <= 80 else f"{self.text[:79]}…"

    def save(self, *args, **kwargs):
        if self.order is None:
            self.order = next_order(type(self).objects.filter(pledge_id=self.pledge_id))
        super().save(*args, **kwargs)

    def get_absolute_url(self):
        """The promise on its pledge's page: the anchor comes from the uid, so it stays the
        same when the promises are reordered or edited."""
        return f"{self.pledge.get_absolute_url()}#{self.anchor}"

    def clean(self):
        errors = {}
        if self.responsible == self.Responsible.OTHER and not self.other_party:
            errors["other_party"] = ValidationError(
                _("Ange vilken part som ansvarar."), code="other_party_missing"
            )
        message = _("En tidsgräns behöver både ett positivt antal och en enhet, t.ex. 24 timmar.")
        if self.deadline_count is not None and not self.deadline_unit:
            errors["deadline_unit"] = ValidationError(message, code="deadline_incomplete")
        if self.deadline_unit and not self.deadline_count:
            errors["deadline_count"] = ValidationError(message, code="deadline_incomplete")
        if errors:
            raise ValidationError(errors)

    @property
    def anchor(self):
        """'lofte-<uid>': the promise's id on the pledge page."""
        return f"lofte-{self.uid}"

    @property
    def targets_label(self):
        """'minst 2 trygghetsvandringar per år och minst 1 tillsyn per termin i varje skola',
        from the prefetched targets; '' without targets."""
        separator = " " + gettext("och") + " "
        return separator.join(target.label for target in self.targets.all())

    @property
    def targets_html(self):
        """targets_label, with the Swedish words marked as such on a page in another language."""
        separator = " " + gettext("och") + " "
        # Each label is escaped (format_html, conditional_escape), and so is the separator.
        return mark_safe(
            conditional_escape(separator).join(target.label_html for target in self.targets.all())
        )

    @property
    def first_target_count(self):
        targets = list(self.targets.all())
        return targets[0].count if targets else None

    @property
    def deadline_label(self):
        """'inom 24 timmar', or '' without a deadline."""
        if not (self.deadline_count and self.deadline_unit):
            return ""
        return deadline_label(self.deadline_count, self.deadline_unit)

    @property
    def responsible_label(self):
        label = self.get_responsible_display()
        if self.other_party and self.responsible != self.Responsible.OTHER:
            return gettext("%(responsible)s, med %(party)s") % {
                "responsible": label,
                "party": self.other_party,
            }
        if self.responsible == self.Responsible.OTHER:
            return self.other_party
        return label


def deadline_label(count, unit):
    forms = {
        Action.DeadlineUnit.HOURS: ngettext("inom %(count)s timme", "inom %(count)s timmar", count),
        Action.DeadlineUnit.DAYS: ngettext("inom %(count)s dag", "inom %(count)s dagar", count),
        Action.DeadlineUnit.WEEKS: ngettext("inom %(count)s vecka", "inom %(count)s veckor", count),
        Action.DeadlineUnit.MONTHS: ngettext(
            "inom %(count)s månad", "inom %(count)s månader", count
        ),
    }
    return forms[unit] % {"count": count}


class Target(models.Model):
    """A countable target of a promise: 'minst 2 trygghetsvandringar per år i varje stadsdel'.

    A promise may have several; pledges/targets.py reads and writes them as lines of text.
    """

    class Per(models.TextChoices):
        DAY = "dag", _("per dag")
        WEEK = "vecka", _("per vecka")
        MONTH = "manad", _("per månad")
        TERM = "termin", _("per termin")
        YEAR = "ar", _("per år")
        PERIOD = "period", _("under perioden")

    action = models.ForeignKey(
        Action, on_delete=models.CASCADE, related_name="targets", verbose_name=_("åtgärd")
    )
    order = models.PositiveSmallIntegerField(_("ordning"), default=0)
    count = models.PositiveIntegerField(_("antal"))
    unit = models.CharField(
        _("vad som räknas"), max_length=100, help_text=_("I plural, t.ex. trygghetsvandringar.")
    )
    per = models.CharField(_("målet gäller"), max_length=10, choices=Per)
    scope = models.CharField(
        _("var"),
        max_length=100,
        blank=True,
        help_text=_("Till exempel ”per stadsdel” eller ”i varje skola”."),
    )

    history = HistoricalRecords(verbose_name=_("historik för mål"))

    class Meta:
        ordering = ["order", "pk"]
        verbose_name = _("mål")
        verbose_name_plural = _("mål")
        constraints = [
            models.CheckConstraint(
                condition=Q(count__gte=1),
                name="target_count_positive",
                violation_error_message=_("Målet måste vara ett positivt antal."),
            ),
            models.CheckConstraint(
                condition=~Q(unit=""),
                name="target_unit_not_empty",
                violation_error_message=_("Ange vad som räknas."),
            ),
        ]

    def __str__(self):
        return self.label

    def clean(self):
        if self.count is not None and self.count < 1:
            raise ValidationError(
                {"count": ValidationError(_("Målet måste vara ett positivt antal."), code="min")}
            )

    @property
    def label(self):
        """'minst 3 tillsyner per termin i varje skola', in the active language."""
        text = gettext("minst %(count)s %(unit)s %(per)s") % {
            "count": self.count,
            "unit": self.unit,
            "per": self.get_per_display(),
        }
        return f"{text} {self.scope}" if self.scope else text

    @property
    def label_html(self):
        """The label with the words staff wrote (what is counted, where) marked as Swedish
        when the page is in another language: "at least 2 <span lang="sv">…</span> per year"."""
        if translation.get_language() == "sv":
            return conditional_escape(self.label)
        swedish = '<span lang="sv">{}</span>'
        text = format_html(
            gettext("minst %(count)s %(unit)s %(per)s")
            % {"count": self.count, "unit": "{unit}", "per": "{per}"},
            unit=format_html(swedish, self.unit),
            per=self.get_per_display(),
        )
        return format_html("{} {}", text, format_html(swedish, self.scope)) if self.scope else text


# What a resident reads of an action; a change to any of these is logged after publication.
# The names are translated when the sentence is written (describe_action_change).
LOGGED_ACTION_FIELDS = {
    "text": gettext_noop("löftet"),
    "details": gettext_noop("förklaringen"),
    "responsible": gettext_noop("ansvaret"),
    "other_party": gettext_noop("annan part"),
    "deadline_count": gettext_noop("tidsgränsen"),
    "deadline_unit": gettext_noop("tidsgränsen"),
    "focus_area_id": gettext_noop("fokusområdet"),
}


def describe_action_change(earlier, record):
    """A sentence for one historical action record, compared with the one before it."""
    if record.history_type == "+":
        return gettext("Nytt löfte: ”%(text)s”") % {"text": record.text}
    if record.history_type == "-":
        return gettext("Löftet ”%(text)s” togs bort.") % {"text": record.text}
    if earlier is None:
        return ""
    changed = []
    for field, name in LOGGED_ACTION_FIELDS.items():
        if getattr(earlier, field) != getattr(record, field) and name not in changed:
            changed.append(name)
    sentences = []
    if "löftet" in changed:
        sentences.append(
            gettext("Löftet ”%(old)s” ändrades till ”%(new)s”.")
            % {"old": earlier.text, "new": record.text}
        )
    others = [name for name in changed if name != "löftet"]
    if others:
        separator = " " + gettext("och") + " "
        names = separator.join(gettext(name) for name in others)
        sentences.append(
            gettext("För löftet ”%(text)s” ändrades %(names)s.")
            % {"text": record.text, "names": names}
        )
    return " ".join(sentences)


def describe_target_change(earlier, record, action_text):
    """A sentence for one historical target record, compared with the one before it."""
    label = record.instance.label
    if record.history_type == "+":
        return gettext("Nytt mål för ”%(text)s”: %(target)s.") % {
            "text": action_text,
            "target": label,
        }
    if record.history_type == "-":
        return gettext("Målet %(target)s för ”%(text)s” togs bort.") % {
            "text": action_text,
            "target": label,
        }
    if earlier is None or earlier.instance.label == label:
        return ""
    return gettext("Målet för ”%(text)s” ändrades från %(old)s till %(new)s.") % {
        "text": action_text,
        "old": earlier.instance.label,
        "new": label,
    }
