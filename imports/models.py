from django.db import models
from django.utils.translation import gettext_lazy as _


class ImportedText(models.Model):
    """The text a draft pledge was read from, cleaned as the import read it, so that staff can
    look up each line the import names ("rad 14") beside the draft. Written once, with the
    draft, and never edited; it goes with the draft when the draft is deleted."""

    pledge = models.OneToOneField(
        "pledges.Pledge",
        on_delete=models.CASCADE,
        related_name="imported_text",
        verbose_name=_("löfte"),
    )
    text = models.TextField(_("den importerade texten"))
    filename = models.CharField(_("filnamn"), max_length=255, blank=True)
    imported_at = models.DateTimeField(_("importerad"), auto_now_add=True)

    class Meta:
        verbose_name = _("importerad text")
        verbose_name_plural = _("importerade texter")

    def __str__(self):
        return self.filename or str(self.pledge)

    @property
    def lines(self):
        return self.text.split("\n")
