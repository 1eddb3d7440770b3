import uuid

from django.core.exceptions import ValidationError
from django.db import models
from django.db.models import F, OuterRef, Q, Subquery
from django.urls import reverse
from django.utils import timezone
from django.utils.text import slugify
from django.utils.translation import gettext, gettext_noop
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


class PledgeQuerySet(models.QuerySet):
    def published(self):
        return self.filter(status=Pledge.Status.PUBLISHED, published_at__lte=timezone.now())

    def for_year(self, year):
        """Every pledge whose period touches the year, so 2017–2018 counts for both."""
        first, last = periods.year_bounds(year)
        return self.filter(start_date__lte=last, end_date__gte=first)

    def current(self, on=None):
        on = on or timezone.localdate()
        return self.filter(start_date__lte=on, end_date__gte=on)

    def for_municipality(self, municipality):
        return self.filter(municipalities=municipality)

    def with_municipalities(self):
        return self.prefetch_related(
            models.Prefetch("municipalities", queryset=Municipality.objects.order_by("code"))
        )

    def newest_first(self):
        return self.order_by("-start_date", "-end_date", "district", "pk")

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
        """Every year some of the pledges touch, in order."""
        bounds = self.aggregate(first=models.Min("start_date"), last=models.Max("end_date"))
        if bounds["first"] is None:
            return []
        return list(range(bounds["first"].year, bounds["last"].year + 1))

    def with_listing(self):
        """What a list of pledges shows of each, in a fixed number of queries."""
        by_code = Municipality.objects.select_related("county").order_by("code")
        return self.select_related("police_area").prefetch_related(
            models.Prefetch("municipalities", queryset=by_code),
            "focus_areas",
            models.Prefetch(
                "actions",
                queryset=Action.objects.select_related("focus_area").prefetch_related("methods"),
            ),
        )

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
            models.Prefetch(
                "actions",
                queryset=Action.objects.select_related("focus_area").prefetch_related("methods"),
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
        NOT_STATED = "ej_angivet", _("Ej angivet")

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
    start_date = models.DateField(_("startdatum"))
    end_date = models.DateField(
        _("slutdatum"), help_text=_("Ett kalenderår är 1 januari–31 december.")
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
    created_at = models.DateTimeField(_("skapat"), auto_now_add=True)
    updated_at = models.DateTimeField(_("ändrat"), auto_now=True)

    objects = PledgeQuerySet.as_manager()
    history = HistoricalRecords(
        m2m_fields=[municipalities, focus_areas],
        excluded_fields=["updated_at"],
        verbose_name=_("historik för medborgarlöfte"),
    )

    class Meta:
        ordering = ["-start_date", "-end_date", "district"]
        verbose_name = _("medborgarlöfte")
        verbose_name_plural = _("medborgarlöften")
        indexes = [models.Index(fields=["period_slug", "district_slug"])]
        constraints = [
            models.CheckConstraint(
                condition=Q(end_date__gte=F("start_date")),
                name="pledge_end_not_before_start",
                violation_error_message=_("Slutdatumet kan inte vara före startdatumet."),
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
        self.period_slug = periods.period_slug(self.start_date, self.end_date)
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
        if self.start_date and self.end_date:
            self.period_slug = periods.period_slug(self.start_date, self.end_date)
        if self.start_date and self.end_date and self.end_date < self.start_date:
            errors["end_date"] = ValidationError(
                _("Slutdatumet kan inte vara före startdatumet."), code="end_before_start"
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

    def conflicting_pledges(self, municipalities):
        """Other pledges that would get the same address in one of these municipalities."""
        slug = periods.period_slug(self.start_date, self.end_date)
        return (
            Pledge.objects.filter(
                municipalities__in=municipalities,
                period_slug=slug,
                district_slug=slugify(self.district),
            )
            .exclude(pk=self.pk)
            .distinct()
        )

    @property
    def safe_source_url(self):
        """The original document's address, if it is a web address; never a script URL."""
        return self.source_url if self.source_url.startswith(("https://", "http://")) else ""

    @property
    def period_label(self):
        return periods.period_label(self.start_date, self.end_date)

    @property
    def is_published(self):
        return (
            self.status == self.Status.PUBLISHED
            and self.published_at is not None
            and self.published_at <= timezone.now()
        )

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
        for record in records:
            earlier = before.get(record.id)
            before[record.id] = record
            if record.history_date <= since:
                continue
            entry = describe_action_change(earlier, record)
            if entry:
                entries.append((record.history_date, entry))
        return entries

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


class Signatory(models.Model):
    class Side(models.TextChoices):
        MUNICIPALITY = "kommun", _("Kommunen")
        POLICE = "polis", _("Polisen")
        OTHER = "annan", _("Annan part")

    pledge = models.ForeignKey(
        Pledge, on_delete=models.CASCADE, related_name="signatories", verbose_name=_("löfte")
    )
    order = models.PositiveSmallIntegerField(_("ordning"), default=0)
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

    class TargetPer(models.TextChoices):
        YEAR = "ar", _("per år")
        PERIOD = "period", _("under perioden")

    uid = models.UUIDField(_("stabilt id"), default=uuid.uuid4, unique=True, editable=False)
    pledge = models.ForeignKey(
        Pledge, on_delete=models.CASCADE, related_name="actions", verbose_name=_("löfte")
    )
    order = models.PositiveSmallIntegerField(_("ordning"), default=0)
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
    target_count = models.PositiveIntegerField(_("mål (antal)"), null=True, blank=True)
    target_unit = models.CharField(
        _("vad som räknas"),
        max_length=100,
        blank=True,
        help_text=_("I plural, t.ex. trygghetsvandringar."),
    )
    target_per = models.CharField(_("målet gäller"), max_length=10, choices=TargetPer, blank=True)

    objects = ActionQuerySet.as_manager()
    history = HistoricalRecords(m2m_fields=[methods], verbose_name=_("historik för åtgärd"))

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
                condition=Q(target_count__isnull=True) | Q(target_count__gte=1),
                name="action_target_positive",
                violation_error_message=_("Målet måste vara ett positivt antal."),
            ),
            models.CheckConstraint(
                condition=Q(target_count__isnull=True, target_unit="", target_per="")
                | (Q(target_count__isnull=False) & ~Q(target_unit="") & ~Q(target_per="")),
                name="action_target_complete",
                violation_error_message=_(
                    "Ett mål behöver ett antal, vad som räknas och om det gäller per år "
                    "eller hela perioden."
                ),
            ),
            models.CheckConstraint(
                condition=~Q(responsible="annan") | ~Q(other_party=""),
                name="action_other_party_named",
                violation_error_message=_("Ange vilken part som ansvarar."),
            ),
        ]

    def __str__(self):
        return self.text if len(self.text) <= 80 else f"{self.text[:79]}…"

    def clean(self):
        errors = {}
        has_target = [self.target_count is not None, bool(self.target_unit), bool(self.target_per)]
        if any(has_target) and not all(has_target):
            message = _(
                "Ett mål behöver ett antal, vad som räknas och om det gäller per år "
                "eller hela perioden."
            )
            if self.target_count is None:
                errors["target_count"] = ValidationError(message, code="target_incomplete")
            if not self.target_unit:
                errors["target_unit"] = ValidationError(message, code="target_incomplete")
            if not self.target_per:
                errors["target_per"] = ValidationError(message, code="target_incomplete")
        if self.target_count is not None and self.target_count < 1:
            errors["target_count"] = ValidationError(
                _("Målet måste vara ett positivt antal."), code="target_not_positive"
            )
        if self.responsible == self.Responsible.OTHER and not self.other_party:
            errors["other_party"] = ValidationError(
                _("Ange vilken part som ansvarar."), code="other_party_missing"
            )
        if errors:
            raise ValidationError(errors)

    @property
    def target_label(self):
        """'minst 2 trygghetsvandringar per år', or '' without a target."""
        if self.target_count is None:
            return ""
        return gettext("minst %(count)s %(unit)s %(per)s") % {
            "count": self.target_count,
            "unit": self.target_unit,
            "per": self.get_target_per_display(),
        }

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


# What a resident reads of an action; a change to any of these is logged after publication.
# The names are translated when the sentence is written (describe_action_change).
LOGGED_ACTION_FIELDS = {
    "text": gettext_noop("löftet"),
    "details": gettext_noop("förklaringen"),
    "responsible": gettext_noop("ansvaret"),
    "other_party": gettext_noop("annan part"),
    "target_count": gettext_noop("målet"),
    "target_unit": gettext_noop("målet"),
    "target_per": gettext_noop("målet"),
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
    if "målet" in changed:
        old = earlier.instance.target_label or gettext("inget mål")
        new = record.instance.target_label or gettext("inget mål")
        sentences.append(
            gettext("Målet för ”%(text)s” ändrades från %(old)s till %(new)s.")
            % {"text": record.text, "old": old, "new": new}
        )
    others = [name for name in changed if name not in ("löftet", "målet")]
    if others:
        separator = " " + gettext("och") + " "
        names = separator.join(gettext(name) for name in others)
        sentences.append(
            gettext("För löftet ”%(text)s” ändrades %(names)s.")
            % {"text": record.text, "names": names}
        )
    return " ".join(sentences)
