import calendar
import datetime

from django.core.exceptions import ValidationError
from django.db import transaction
from django.utils import timezone
from django.utils.translation import gettext as _

from . import periods
from .models import Action, Party, Pledge, Signatory, Target

# What a copy for the next period carries over; dates, signing and the source are the new
# pledge's own.
COPIED_FIELDS = [
    "title",
    "police_area_id",
    "district",
    "districts",
    "issuer",
    "start_precision",
    "end_precision",
    "introduction",
    "situation",
    "situation_basis",
    "expected_effect",
    "other_text",
    "followup_cadence",
    "followup_text",
    "followup_published_where",
    "contact_name",
    "contact_role",
    "contact_email",
    "contact_phone",
]
ACTION_FIELDS = [
    "order",
    "heading",
    "text",
    "details",
    "focus_area_id",
    "responsible",
    "other_party",
    "deadline_count",
    "deadline_unit",
]
TARGET_FIELDS = ["order", "count", "unit", "per", "scope"]


def _add_months(day, months):
    month_index = day.year * 12 + day.month - 1 + months
    year, month = divmod(month_index, 12)
    last = calendar.monthrange(year, month + 1)[1]
    return datetime.date(year, month + 1, min(day.day, last))


def next_period(start, end):
    """The period that follows: as long as this one, starting the day after it ends."""
    if (start.month, start.day, end.month, end.day) == (1, 1, 12, 31):
        years = end.year - start.year + 1
        return datetime.date(end.year + 1, 1, 1), datetime.date(end.year + years, 12, 31)
    if start.day == 1 and end == _add_months(end.replace(day=1), 1) - datetime.timedelta(days=1):
        months = (end.year - start.year) * 12 + end.month - start.month + 1
        new_start = _add_months(start, months)
        return new_start, _add_months(new_start, months) - datetime.timedelta(days=1)
    length = end - start
    new_start = end + datetime.timedelta(days=1)
    return new_start, new_start + length


def proposed_period(pledge, today):
    """The period a copy of `pledge` is offered: the next one after it, or, when that is over
    already, the first period of the same length that has not ended on `today`. None when the
    pledge does not state both its start and its end."""
    if not pledge.has_whole_period:
        return None
    start, end = next_period(pledge.start_date, pledge.end_date)
    while end < today:
        start, end = next_period(start, end)
    return start, end


def leaves_a_gap(pledge, start):
    """Whether a copy of `pledge` starting on `start` leaves days between them uncovered, as
    the proposed period does when the one right after the pledge is over."""
    return pledge.end_date is not None and start > pledge.end_date + datetime.timedelta(days=1)


def _precision(day, precision, *, end):
    """The copied pledge's precision for the new date when the date fits it, else a day."""
    return precision if periods.is_half_at_precision(day, precision, end=end) else periods.DAY


@transaction.atomic
def copy_to_next_period(*, pledge, start=None, end=None, today=None):
    """A new draft continuing `pledge` for the period `start`–`end`, with its actions and
    signatories. Without dates it takes proposed_period(): never a period that is over.

    Raises ValidationError when the municipality already has a pledge at that address, when
    the end comes before the start, or, without dates, when the pledge does not state both the
    start and the end of its period, since then there is no next period to count.
    """
    if start is None or end is None:
        proposed = proposed_period(pledge, today or timezone.localdate())
        if proposed is None:
            raise ValidationError(
                _(
                    "”%(title)s” anger inte både start och slut, så nästa period kan inte räknas "
                    "ut. Skapa nästa löfte för hand."
                ),
                code="no_next_period",
                params={"title": pledge.title},
            )
        start, end = proposed
    if end < start:
        raise ValidationError(_("Periodens slut kommer före dess start."), code="end_before_start")
    copy = Pledge(start_date=start, end_date=end, continues=pledge, status=Pledge.Status.DRAFT)
    for field in COPIED_FIELDS:
        setattr(copy, field, getattr(pledge, field))
    copy.start_precision = _precision(start, pledge.start_precision, end=False)
    copy.end_precision = _precision(end, pledge.end_precision, end=True)
    old_label = pledge.period_label
    new_label = periods.label(
        start, end, start_precision=copy.start_precision, end_precision=copy.end_precision
    )
    if old_label in copy.title:
        copy.title = copy.title.replace(old_label, new_label)
    municipalities = list(pledge.municipalities.all())
    clash = copy.conflicting_pledges(municipalities).first()
    if clash:
        raise ValidationError(
            _("%(pledge)s finns redan för %(period)s: ”%(title)s”."),
            code="duplicate_address",
            params={
                "pledge": ", ".join(m.name for m in municipalities),
                "period": new_label,
                "title": clash.title,
            },
        )
    copy.full_clean()
    copy.save()
    copy.municipalities.set(municipalities)
    copy.focus_areas.set(pledge.focus_areas.all())
    for action in pledge.actions.prefetch_related("methods", "targets"):
        new = Action.objects.create(
            pledge=copy, **{field: getattr(action, field) for field in ACTION_FIELDS}
        )
        new.methods.set(action.methods.all())
        for target in action.targets.all():
            Target.objects.create(
                action=new, **{field: getattr(target, field) for field in TARGET_FIELDS}
            )
    for party in pledge.parties.all():
        Party.objects.create(pledge=copy, order=party.order, name=party.name, role=party.role)
    for signatory in pledge.signatories.all():
        Signatory.objects.create(
            pledge=copy,
            order=signatory.order,
            name=signatory.name,
            title=signatory.title,
            side=signatory.side,
            organisation=signatory.organisation,
        )
    return copy
