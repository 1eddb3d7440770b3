from django import forms
from django.utils.translation import gettext_lazy as _


class SendForReviewForm(forms.Form):
    note = forms.CharField(
        label=_("Meddelande till utgivaren"),
        required=False,
        widget=forms.Textarea(attrs={"rows": 4}),
        help_text=_("Till exempel vad som är nytt eller vad utgivaren ska titta extra på."),
    )


class DecisionForm(forms.Form):
    """The utgivare's decision: publish (now or at a time to come) or send back with a comment."""

    publish_at = forms.DateTimeField(
        label=_("Publiceras"),
        required=False,
        input_formats=["%Y-%m-%dT%H:%M"],
        widget=forms.DateTimeInput(attrs={"type": "datetime-local"}, format="%Y-%m-%dT%H:%M"),
        help_text=_(
            "Svensk tid. Lämna tomt för att publicera direkt; en framtida tid schemalägger."
        ),
    )
    comment = forms.CharField(
        label=_("Kommentar till redaktören"),
        required=False,
        widget=forms.Textarea(attrs={"rows": 4}),
        help_text=_("Krävs när du skickar tillbaka: vad som behöver ändras."),
    )
