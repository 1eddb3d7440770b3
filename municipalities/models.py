from django.apps import apps
from django.conf import settings
from django.core.exceptions import ValidationError
from django.core.validators import EmailValidator
from django.db import models
from django.db.models import OuterRef, ProtectedError, Q, Subquery
from django.urls import reverse
from django.utils.text import slugify
from django.utils.translation import gettext_lazy as _

# Swedish alphabetical order ends with å, ä, ö. The databases compare code points, which put
# ä (U+00E4) before å (U+00E5), so lists people read by name are sorted with this key instead.
_SWEDISH_ORDER = str.maketrans({"å": "{", "ä": "|", "ö": "}", "é": "e", "ü": "y"})


def swedish_sort_key(name):
    """A key that sorts names as a Swedish reader expects: …, Y, Z, Å, Ä, Ö."""
    return name.lower().translate(_SWEDISH_ORDER)


class PoliceRegion(models.Model):
    """One of the Swedish Police Authority's seven regions (Nord, Mitt, …)."""

    name = models.CharField(_("namn"), max_length=50, unique=True)
    slug = models.SlugField(_("slug"), max_length=50, unique=True)

    class Meta:
        ordering = ["name"]
        verbose_name = _("polisregion")
        verbose_name_plural = _("polisregioner")

    def __str__(self):
        return _("Polisregion %(name)s") % {"name": self.name}


class County(models.Model):
    code = models.CharField(_("länskod"), max_length=2, unique=True)
    name = models.CharField(_("namn"), max_length=50, unique=True)
    slug = models.SlugField(_("slug"), max_length=50, unique=True)
    iso_code = models.CharField(_("ISO 3166-2-kod"), max_length=6, blank=True)
    police_region = models.ForeignKey(
        PoliceRegion,
        on_delete=models.PROTECT,
        related_name="counties",
        verbose_name=_("polisregion"),
    )

    class Meta:
        ordering = ["code"]
        verbose_name = _("län")
        verbose_name_plural = _("län")
        constraints = [
            models.CheckConstraint(
                condition=Q(code__regex=r"^[0-9]{2}$"), name="county_code_two_digits"
            ),
        ]

    def __str__(self):
        return self.name


class MunicipalityQuerySet(models.QuerySet):
    def in_use(self):
        """What refers to these municipalities through a relation to many: pledges and police
        areas. Django would delete those rows with the municipality; reference data is not
        deleted while anything refers to it (the foreign keys to it are on_delete=PROTECT)."""
        pledge_model = apps.get_model("pledges", "Pledge")
        return [
            *pledge_model.objects.filter(municipalities__in=self).distinct(),
            *PoliceArea.objects.filter(municipalities__in=self).distinct(),
        ]

    def delete(self):
        self.delete_check()
        return super().delete()

    def delete_check(self):
        used = self.in_use()
        if used:
            raise ProtectedError(
                _("En kommun som löften eller lokalpolisområden hänvisar till kan inte raderas."),
                set(used),
            )

    def search(self, text):
        """By part of the name, with or without å, ä and ö, or by municipality code."""
        text = (text or "").strip()
        slug = slugify(text)
        if not slug:
            return self.none()
        return self.filter(Q(name__icontains=text) | Q(code=text) | Q(slug__contains=slug))

    def named_like(self, slug):
        """Municipalities whose name slugifies to `slug` but whose own slug has a suffix.

        Håbo and Habo are both 'habo'; their slugs are habo-uppsala-lan and habo-jonkopings-lan.
        Returns a list, in one query.
        """
        candidates = self.filter(slug__startswith=f"{slug}-").select_related("county")
        return [municipality for municipality in candidates if slugify(municipality.name) == slug]

    def with_latest_pledge(self, pledges):
        """Annotates `latest_pledge_id`: the newest of `pledges` that each municipality gives,
        and `current_pledge_id`: the newest of them in force today (or None)."""
        newest = pledges.filter(municipalities=OuterRef("pk")).newest_first()
        return self.annotate(
            latest_pledge_id=Subquery(newest.values("pk")[:1]),
            current_pledge_id=Subquery(newest.current().values("pk")[:1]),
        )


class Municipality(models.Model):
    code = models.CharField(
        _("kommunkod"), max_length=4, unique=True, help_text=_("Fyra siffror, t.ex. 0683.")
    )
    name = models.CharField(_("namn"), max_length=50)
    slug = models.SlugField(_("slug"), max_length=60, unique=True)
    county = models.ForeignKey(
        County, on_delete=models.PROTECT, related_name="municipalities", verbose_name=_("län")
    )
    staff_emails = models.TextField(
        _("e-post till handläggare"),
        blank=True,
        help_text=_("En adress per rad. Hit skickas påminnelser om uppföljningar som ska lämnas."),
    )

    objects = MunicipalityQuerySet.as_manager()

    class Meta:
        ordering = ["name"]
        verbose_name = _("kommun")
        verbose_name_plural = _("kommuner")
        constraints = [
            models.CheckConstraint(
                condition=Q(code__regex=r"^[0-9]{4}$"), name="municipality_code_four_digits"
            ),
        ]

    def __str__(self):
        return self.name

    def get_absolute_url(self):
        return reverse("municipalities:detail", kwargs={"slug": self.slug})

    def delete(self, *args, **kwargs):
        type(self).objects.filter(pk=self.pk).delete_check()
        return super().delete(*args, **kwargs)

    def clean(self):
        validate = EmailValidator()
        for address in self.staff_email_list:
            try:
                validate(address)
            except ValidationError:
                raise ValidationError(
                    {
                        "staff_emails": ValidationError(
                            _("”%(address)s” är inte en giltig e-postadress."),
                            code="invalid_email",
                            params={"address": address},
                        )
                    }
                ) from None

    @property
    def staff_email_list(self):
        return [line.strip() for line in self.staff_emails.splitlines() if line.strip()]


class PledgeListing(models.Model):
    """The pledges a municipality may show in lists, kept by pledges/listing.py: which one it
    shows is decided from these on the day, so a period that starts or ends needs no write."""

    municipality = models.OneToOneField(
        Municipality,
        on_delete=models.CASCADE,
        primary_key=True,
        related_name="pledge_listing",
        verbose_name=_("kommun"),
    )
    candidates = models.JSONField(_("kandidater"), default=list, blank=True)

    class Meta:
        verbose_name = _("kommunens löften i listor")
        verbose_name_plural = _("kommunernas löften i listor")

    def __str__(self):
        return str(self.municipality_id)


class PoliceArea(models.Model):
    """A local police area (lokalpolisområde); the set changes over time, so it is plain data."""

    name = models.CharField(_("namn"), max_length=100, unique=True)
    slug = models.SlugField(_("slug"), max_length=100, unique=True)
    region = models.ForeignKey(
        PoliceRegion,
        on_delete=models.PROTECT,
        related_name="police_areas",
        verbose_name=_("polisregion"),
    )
    municipalities = models.ManyToManyField(
        Municipality,
        related_name="police_areas",
        verbose_name=_("kommuner"),
        blank=True,
    )
    source_url = models.URLField(
        _("källa"),
        max_length=500,
        blank=True,
        help_text=_("Den offentliga sida som uppgifterna om området och kommunerna kommer från."),
    )
    source_note = models.TextField(
        _("anmärkning om källan"),
        blank=True,
        help_text=_("T.ex. vad som är härlett och inte uttryckligen står i källan."),
    )

    class Meta:
        ordering = ["name"]
        verbose_name = _("lokalpolisområde")
        verbose_name_plural = _("lokalpolisområden")

    def __str__(self):
        return self.name

    def get_absolute_url(self):
        return reverse("municipalities:police_area", kwargs={"slug": self.slug})


class Membership(models.Model):
    """A staff user's place in an organisation: a municipality or a local police area."""

    class Role(models.TextChoices):
        EDITOR = "redaktor", _("Redaktör (skriver utkast)")
        PUBLISHER = "utgivare", _("Utgivare (skriver, publicerar och avpublicerar)")

    user = models.ForeignKey(
        settings.AUTH_USER_MODEL,
        on_delete=models.CASCADE,
        related_name="memberships",
        verbose_name=_("användare"),
    )
    municipality = models.ForeignKey(
        Municipality,
        on_delete=models.PROTECT,
        related_name="memberships",
        verbose_name=_("kommun"),
        null=True,
        blank=True,
    )
    police_area = models.ForeignKey(
        PoliceArea,
        on_delete=models.PROTECT,
        related_name="memberships",
        verbose_name=_("lokalpolisområde"),
        null=True,
        blank=True,
    )
    role = models.CharField(_("roll"), max_length=10, choices=Role, default=Role.EDITOR)

    class Meta:
        verbose_name = _("organisationstillhörighet")
        verbose_name_plural = _("organisationstillhörigheter")
        constraints = [
            models.CheckConstraint(
                condition=Q(municipality__isnull=False, police_area__isnull=True)
                | Q(municipality__isnull=True, police_area__isnull=False),
                name="membership_one_organisation",
                violation_error_message=_("Välj antingen en kommun eller ett lokalpolisområde."),
            ),
            models.UniqueConstraint(
                fields=["user", "municipality"],
                condition=Q(municipality__isnull=False),
                name="membership_unique_municipality",
                violation_error_message=_("Användaren hör redan till kommunen."),
            ),
            models.UniqueConstraint(
                fields=["user", "police_area"],
                condition=Q(police_area__isnull=False),
                name="membership_unique_police_area",
                violation_error_message=_("Användaren hör redan till lokalpolisområdet."),
            ),
        ]

    def __str__(self):
        return f"{self.user}: {self.organisation} ({self.get_role_display()})"

    @property
    def organisation(self):
        return self.municipality or self.police_area

    def clean(self):
        if bool(self.municipality_id) == bool(self.police_area_id):
            raise ValidationError(
                _("Välj antingen en kommun eller ett lokalpolisområde."), code="one_organisation"
            )
