from django.conf import settings
from django.db import models
from django.db.models import Q
from django.urls import reverse
from django.utils import timezone
from django.utils.translation import gettext_lazy as _
from simple_history.models import HistoricalRecords

from pledges.models import Pledge


class ReviewQuerySet(models.QuerySet):
    def waiting(self):
        """Sent to an utgivare and not yet published or sent back."""
        return self.filter(outcome=Review.Outcome.WAITING)

    def returned(self):
        return self.filter(outcome=Review.Outcome.RETURNED)


class Review(models.Model):
    """A draft pledge (or a draft change of a published one) handed to the utgivare.

    A redaktör writes; an utgivare publishes it or sends it back with a comment.
    """

    class Outcome(models.TextChoices):
        WAITING = "vantar", _("Väntar på utgivare")
        PUBLISHED = "publicerad", _("Publicerad")
        RETURNED = "tillbaka", _("Skickad tillbaka")

    pledge = models.ForeignKey(
        Pledge, on_delete=models.CASCADE, related_name="reviews", verbose_name=_("löfte")
    )
    sent_by = models.ForeignKey(
        settings.AUTH_USER_MODEL,
        on_delete=models.SET_NULL,
        related_name="sent_reviews",
        verbose_name=_("skickat av"),
        null=True,
    )
    sent_at = models.DateTimeField(_("skickat"), default=timezone.now)
    note = models.TextField(_("meddelande till utgivaren"), blank=True)
    outcome = models.CharField(
        _("läge"), max_length=20, choices=Outcome, default=Outcome.WAITING, db_index=True
    )
    decided_by = models.ForeignKey(
        settings.AUTH_USER_MODEL,
        on_delete=models.SET_NULL,
        related_name="decided_reviews",
        verbose_name=_("utgivare"),
        null=True,
        blank=True,
    )
    decided_at = models.DateTimeField(_("avgjort"), null=True, blank=True)
    comment = models.TextField(_("utgivarens kommentar"), blank=True)

    objects = ReviewQuerySet.as_manager()
    history = HistoricalRecords(verbose_name=_("historik för granskning"))

    class Meta:
        ordering = ["-sent_at", "-pk"]
        verbose_name = _("granskning")
        verbose_name_plural = _("granskningar")
        constraints = [
            models.UniqueConstraint(
                fields=["pledge"],
                condition=Q(outcome="vantar"),
                name="review_one_waiting_per_pledge",
                violation_error_message=_("Löftet väntar redan på en utgivare."),
            ),
            models.CheckConstraint(
                condition=Q(outcome="vantar") | Q(decided_at__isnull=False),
                name="review_decided_has_date",
            ),
        ]

    def __str__(self):
        return f"{self.pledge.title}: {self.get_outcome_display()}"

    def get_absolute_url(self):
        return reverse("desk:review", kwargs={"pk": self.pk})

    @property
    def is_waiting(self):
        return self.outcome == self.Outcome.WAITING

    @property
    def is_returned(self):
        return self.outcome == self.Outcome.RETURNED
