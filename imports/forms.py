"""The form both document imports share: a pasted text or an uploaded file, never both."""

from django import forms
from django.core.exceptions import ValidationError
from django.utils.translation import gettext_lazy

from .documents import readers


class DocumentTextForm(forms.Form):
    """`cleaned_data["document"]` is the text to read, pasted or from the file, within the
    readers' bounds. Subclasses name the text field and say what is missing."""

    nothing_message = gettext_lazy("Klistra in texten eller välj en fil.")

    text = forms.CharField(
        label=gettext_lazy("Texten"),
        required=False,
        max_length=readers.MAX_CHARACTERS,
        widget=forms.Textarea(attrs={"rows": 14, "cols": 90}),
    )
    file = forms.FileField(
        label=gettext_lazy("…eller välj en fil"),
        required=False,
        widget=forms.ClearableFileInput(attrs={"accept": ".txt,.docx,.pdf"}),
        help_text=gettext_lazy("En .txt-, .docx- eller .pdf-fil, högst %(mb)s MB.")
        % {"mb": readers.MAX_BYTES // (1024 * 1024)},
    )

    def clean_file(self):
        upload = self.cleaned_data.get("file")
        if upload:
            self.cleaned_data["file_text"] = readers.read_upload(upload)
        return upload

    def clean(self):
        cleaned = super().clean()
        if self.errors:
            return cleaned
        pasted = (cleaned.get("text") or "").strip()
        if pasted and cleaned.get("file"):
            raise ValidationError(
                gettext_lazy("Klistra in en text eller välj en fil, inte båda."), code="both"
            )
        if not pasted and not cleaned.get("file"):
            raise ValidationError(self.nothing_message, code="nothing")
        cleaned["document"] = readers.bounded(pasted or cleaned.get("file_text", ""))
        return cleaned
