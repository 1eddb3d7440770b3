import calendar
import datetime

from django.core.exceptions import ValidationError
from django.db import transaction
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


@transaction.atomic
def copy_to_next_period(*, pledge):
    """A new draft continuing `pledge` for the next period, with its actions and signatories.

    Raises ValidationError when the municipality already has a pledge at that address, or when
    the pledge does not state both the start and the end of its period, since then there is no
    next period to count.
    """
    if not pledge.has_whole_period:
        raise ValidationError(
            _(
                "”%(title)s” anger inte både start och slut, så nästa period kan inte räknas "
                "ut. Skapa nästa löfte för hand."
            ),
            code="no_next_period",
            params={"title": pledge.title},
        )
    start, end = next_period(pledge.start_date, pledge.end_date)
    copy = Pledge(start_date=start, end_date=end, continues=pledge, status=Pledge.Status.DRAFT)
    for field in COPIED_FIELDS:
        setattr(copy, field, getattr(pledge, field))
    old_label = pledge.period_label
    new_label = periods.label(
        start, end, start_precision=pledge.start_precision, end_precision=pledge.end_precision
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
