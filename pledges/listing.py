"""The pledge each municipality shows in lists (/kommuner/, the start page), kept stored.

Which pledge a municipality shows depends on the moment: its newest published pledge in force
today, else its newest published pledge. Working that out with two subqueries for each of the
290 municipalities took most of /kommuner/'s time, so each municipality keeps its *candidates*
(municipalities.PledgeListing): the pledges that are, or may become, the one to show without
any further write, newest first:

- its newest pledge published by now (the latest);
- every published pledge that has not ended: in force today, or possibly later;
- every pledge scheduled to be published later.

A pledge that has ended stays ended, and only a scheduled publication can overtake the latest,
so choosing among the candidates on the day and at the time of the request (choose()) gives
what the queries would: a period that starts or ends, or a scheduled publication that falls
due, needs no write. Every write that can change the candidates recomputes them for the
municipalities concerned (connect(), from PledgesConfig.ready): a pledge saved (edited,
published, unpublished, imported, reverted from its history), deleted, or given other
municipalities, and a municipality given another slug or code (the pledges' addresses use the
slug of their first municipality by code).
"""

import datetime

from django.db import transaction
from django.db.models import F, OuterRef, Subquery
from django.db.models.functions import Coalesce
from django.db.models.signals import m2m_changed, post_delete, post_save, pre_delete
from django.utils import timezone

from . import periods

PUBLISHED = "publicerad"  # Pledge.Status.PUBLISHED, spelled out for the migration's models


def candidates(pledge_model, municipality_ids, now=None, today=None):
    """{municipality id: [candidate, …] newest first} for the municipalities, in one query.

    A candidate is a dict of plain values (it is stored as JSON): the pledge's pk, its
    publication time (`published`, seconds since the epoch), its period (`start`, `end` as ISO
    dates, `sp`, `ep` their precisions, `ufn` until further notice), its district and the
    slugs of its address (`m` its first municipality by code, `p` period, `d` district). The
    precisions, `ufn`, `district` and `d` are left out when they are "dag", false or empty.
    Works with the migrations' historical models too, so it uses no model methods.
    """
    now = now or timezone.now()
    today = today or timezone.localdate()
    through = pledge_model.municipalities.through
    first_slug = (
        through.objects.filter(pledge_id=OuterRef("pledge_id"))
        .order_by("municipality__code")
        .values("municipality__slug")[:1]
    )
    rows = (
        through.objects.filter(
            municipality_id__in=list(municipality_ids),
            pledge__status=PUBLISHED,
            pledge__published_at__isnull=False,
        )
        .annotate(first_slug=Subquery(first_slug))
        .order_by(
            "municipality_id",
            # Pledge.objects.newest_first(), through the relation.
            Coalesce("pledge__start_date", "pledge__end_date").desc(nulls_last=True),
            F("pledge__end_date").desc(nulls_last=True),
            "pledge__district",
            "pledge_id",
        )
        .values_list(
            "municipality_id",
            "pledge_id",
            "pledge__published_at",
            "pledge__start_date",
            "pledge__end_date",
            "pledge__start_precision",
            "pledge__end_precision",
            "pledge__until_further_notice",
            "pledge__district",
            "pledge__district_slug",
            "pledge__period_slug",
            "first_slug",
        )
    )
    found = {pk: [] for pk in municipality_ids}
    has_latest = set()
    for municipality_id, pk, published, start, end, sp, ep, ufn, district, d, p, m in rows:
        kept = found[municipality_id]
        if published > now:
            pass  # scheduled: may become the latest, or the one in force
        elif municipality_id not in has_latest:
            has_latest.add(municipality_id)
        elif not ((start or end or ufn) and (end is None or end >= today)):
            continue  # ended (or without a period) and older than the latest: never shown again
        candidate = {
            "pk": pk,
            "published": published.timestamp(),
            "start": start.isoformat() if start else None,
            "end": end.isoformat() if end else None,
            "m": m,
            "p": p,
        }
        # What most pledges have is left out: 290 rows are read on every request.
        if sp != periods.DAY:
            candidate["sp"] = sp
        if ep != periods.DAY:
            candidate["ep"] = ep
        if ufn:
            candidate["ufn"] = True
        if district:
            candidate["district"], candidate["d"] = district, d
        kept.append(candidate)
    return found


def store(pledge_model, listing_model, municipality_ids):
    """Recomputes and stores the candidates of the municipalities.

    Their rows are locked first (in order, on PostgreSQL), so that two writes to pledges of
    one municipality at the same time take turns: the second reads the pledges only once the
    first has committed, and neither stores candidates without the other's pledge.
    """
    municipality_ids = sorted(set(municipality_ids))
    if not municipality_ids:
        return
    with transaction.atomic():
        locked = listing_model.objects.select_for_update().filter(pk__in=municipality_ids)
        list(locked.order_by("pk").values_list("pk", flat=True))
        found = candidates(pledge_model, municipality_ids)
        listing_model.objects.bulk_create(
            [listing_model(municipality_id=pk, candidates=kept) for pk, kept in found.items()],
            update_conflicts=True,
            unique_fields=["municipality"],
            update_fields=["candidates"],
        )


def refresh(municipality_ids):
    from municipalities.models import PledgeListing

    from .models import Pledge

    store(Pledge, PledgeListing, municipality_ids)


def refresh_all():
    """Recomputes every municipality's candidates (after a bulk load that bypassed save())."""
    from municipalities.models import Municipality

    refresh(Municipality.objects.values_list("pk", flat=True))


def choose(candidates, now_timestamp, today):
    """(in force, latest): the candidates a municipality shows on the day `today` (an ISO
    date string) at `now_timestamp`; either may be None. The same rules as
    PledgeQuerySet.published(), .current() and .newest_first()."""
    latest = None
    for candidate in candidates or ():
        if candidate["published"] > now_timestamp:
            continue
        if latest is None:
            latest = candidate
        if state(candidate, today) == "galler":
            return candidate, latest
    return None, latest


def state(candidate, today):
    """The PledgeState value of a candidate on `today` (an ISO date: such strings compare as
    the dates do), as pledges.models.state_on decides it."""
    start, end = candidate["start"], candidate["end"]
    if start and start > today:
        return "kommande"
    if end and end < today:
        return "avslutat"
    if start or end or candidate.get("ufn"):
        return "galler"
    return "ej_angiven"


def dates(candidate):
    start, end = candidate["start"], candidate["end"]
    return (
        datetime.date.fromisoformat(start) if start else None,
        datetime.date.fromisoformat(end) if end else None,
    )


# Keeping the candidates right on every write.


def _pledge_saved(sender, instance, raw=False, **kwargs):
    refresh(instance.municipalities.values_list("pk", flat=True))


def _pledge_deleting(sender, instance, **kwargs):
    instance._listed_in = list(instance.municipalities.values_list("pk", flat=True))


def _pledge_deleted(sender, instance, **kwargs):
    refresh(getattr(instance, "_listed_in", ()))


def _municipalities_changed(sender, instance, action, reverse, pk_set, **kwargs):
    if reverse:  # municipality.pledges.add(…) and the like
        if action in ("post_add", "post_remove", "post_clear"):
            refresh([instance.pk])
        return
    if action == "pre_clear":
        instance._listed_in = list(instance.municipalities.values_list("pk", flat=True))
    elif action in ("post_add", "post_remove"):
        # The first municipality by code gives the address, so all of them may change.
        refresh({*pk_set, *instance.municipalities.values_list("pk", flat=True)})
    elif action == "post_clear":
        refresh(getattr(instance, "_listed_in", ()))


def _municipality_saved(sender, instance, created, raw=False, **kwargs):
    """A new slug or code changes the addresses of the pledges it shares with others."""
    from .models import Pledge

    through = Pledge.municipalities.through
    sharing = through.objects.filter(
        pledge__in=through.objects.filter(municipality=instance).values("pledge_id")
    ).values_list("municipality_id", flat=True)
    refresh({instance.pk, *sharing})


def connect():
    from municipalities.models import Municipality

    from .models import Pledge

    post_save.connect(_pledge_saved, sender=Pledge, dispatch_uid="listing-pledge-saved")
    pre_delete.connect(_pledge_deleting, sender=Pledge, dispatch_uid="listing-pledge-deleting")
    post_delete.connect(_pledge_deleted, sender=Pledge, dispatch_uid="listing-pledge-deleted")
    m2m_changed.connect(
        _municipalities_changed,
        sender=Pledge.municipalities.through,
        dispatch_uid="listing-municipalities-changed",
    )
    post_save.connect(
        _municipality_saved, sender=Municipality, dispatch_uid="listing-municipality-saved"
    )
