"""The forms of the follow-up report admin: a card per promise, and the choice of a new report.

A new report is chosen in two steps, without JavaScript: first one of the user's published
pledges (StartPledgeForm), then one of the spans its cadence still expects (StartSpanForm),
each shown with the dates it covers.
"""

from django import forms
from django.core.exceptions import ValidationError
from django.utils import timezone
from django.utils.translation import gettext as _
from django.utils.translation import gettext_lazy

from pledges import periods
from pledges.models import Pledge

from . import schedule, spans
from .models import ActionStatus, FollowUpReport


class StatusCardForm(forms.ModelForm):
    """One promise's status. A count is asked for only where the promise has a countable
    target; the promise and its target, as the card shows them, are `promise_text` and
    `target_label`: the promise as it reads now in a draft, as it read when published in a
    published report."""

    class Meta:
        model = ActionStatus
        fields = ["status", "evidence", "achieved_count"]
        widgets = {"evidence": forms.Textarea(attrs={"rows": 4})}

    def __init__(self, *args, **kwargs):
        super().__init__(*args, **kwargs)
        status = self.instance
        action = status.action if status.action_id else None
        draft = status.report_id is None or status.report.status == FollowUpReport.Status.DRAFT
        if action is not None and draft:
            self.promise_text = action.text
            self.target_label = action.targets_label
        else:
            self.promise_text = status.action_text or str(action or "")
            self.target_label = status.target_label
        if "status" in self.fields:
            self.fields["status"].choices = [("", _("Välj status"))] + list(
                ActionStatus.Status.choices
            )
        if not self.target_label and "achieved_count" in self.fields:
            del self.fields["achieved_count"]


def pledge_choice_label(pledge):
    """'Medborgarlöfte i Ljungby, 2017–2018, Ljungby': title, period and municipalities, so
    that pledges with the same title can be told apart."""
    names = ", ".join(m.name for m in pledge.municipalities.all())
    parts = [pledge.title, pledge.period_label, names]
    if pledge.district:
        parts.append(pledge.district)
    return ", ".join(part for part in parts if part)


class PledgeChoiceField(forms.ModelChoiceField):
    def label_from_instance(self, obj):
        return pledge_choice_label(obj)


class StartPledgeForm(forms.Form):
    pledge = PledgeChoiceField(
        label=gettext_lazy("Löfte"),
        queryset=Pledge.objects.none(),
        empty_label=gettext_lazy("Välj löfte"),
        help_text=gettext_lazy("Bara publicerade löften för dina organisationer."),
        error_messages={
            "invalid_choice": gettext_lazy(
                "Välj ett av dina publicerade löften. Ett utkast följs upp först när det är "
                "publicerat."
            ),
            "required": gettext_lazy("Välj vilket löfte uppföljningen gäller."),
        },
    )

    def __init__(self, *args, pledges, **kwargs):
        super().__init__(*args, **kwargs)
        self.fields["pledge"].queryset = pledges


def free_spans(pledge, today=None):
    """The spans a new report of `pledge` may take, with their dates: [(span, start, end)].

    Those its cadence expects (up to this year for an ongoing pledge) that no report covers or
    has started; for a pledge whose cadence names no span, each calendar year of the period and
    a final report. Reports are read from the database.
    """
    today = today or timezone.localdate()
    reports = list(pledge.reports.all())
    kind = schedule.CADENCE_KIND.get(pledge.followup_cadence)
    if kind is not None:
        expected = schedule.expected_reports(pledge, reports, today)
        return [
            (e.span, e.start, e.end)
            for e in expected
            if e.state != schedule.DONE and e.report is None
        ]
    candidates = spans.expected_spans(spans.YEAR, pledge.start_date, pledge.end_date, today)
    if pledge.has_whole_period:
        candidates.append(spans.Span(spans.FINAL))
    taken = {(r.covers_start, r.covers_end) for r in reports}
    free = []
    for span in candidates:
        bounds = span.bounds(pledge.start_date, pledge.end_date)
        if bounds and bounds not in taken:
            free.append((span, *bounds))
    return free


def span_label(span, start, end, pledge):
    return f"{span.title(pledge.period_label)} ({periods.date_range_label(start, end)})"


class StartSpanForm(forms.Form):
    span = forms.ChoiceField(
        label=gettext_lazy("Vilken tid gäller uppföljningen?"),
        widget=forms.RadioSelect,
        error_messages={
            "required": gettext_lazy("Välj vilken tid uppföljningen gäller."),
            "invalid_choice": gettext_lazy(
                "Den tiden finns inte bland de lediga för löftet: välj en av dem som visas."
            ),
        },
    )

    def __init__(self, *args, pledge, free, **kwargs):
        super().__init__(*args, **kwargs)
        self.pledge = pledge
        self.spans = {span.slug: span for span, _start, _end in free}
        self.fields["span"].choices = [
            (span.slug, span_label(span, start, end, pledge)) for span, start, end in free
        ]

    def clean_span(self):
        span = self.spans.get(self.cleaned_data["span"])
        if span is None:
            raise ValidationError(
                self.fields["span"].error_messages["invalid_choice"], code="invalid_choice"
            )
        return span
