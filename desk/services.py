"""The editorial workflow: a redaktör sends a draft to the utgivare, who publishes it (now or at
a time to come) or sends it back with a comment; a published pledge is changed through a draft
copy (a revision) that replaces it when published; a scheduled publication can be called off.

Each function changes several rows at once, in one transaction, recorded in the history as the
user's change. The e-mails are sent once the transaction has committed."""

from django.core.exceptions import ValidationError
from django.db import transaction
from django.utils import timezone
from django.utils.translation import gettext as _

from pledges.models import Action, Party, Pledge, Signatory, Target
from pledges.services import ACTION_FIELDS, TARGET_FIELDS

from . import notify
from .models import Review

# What a published pledge takes over from its revision: everything a form edits, except the
# publishing itself and the notes of an import.
NOT_REVISED = {"status", "published_at", "unpublished_at", "unpublish_reason", "import_notes"}
REVISED_FIELDS = [
    field.attname
    for field in Pledge._meta.concrete_fields
    if field.editable and not field.primary_key and field.name not in NOT_REVISED
]
SIGNATORY_FIELDS = ["order", "name", "title", "side", "organisation"]
PARTY_FIELDS = ["order", "name", "role"]


def _as_user(instance, user):
    """Records the next save of `instance` in its history as `user`'s."""
    instance._history_user = user
    return instance


def _check_publishable(pledge):
    if not pledge.actions.exists():
        raise ValidationError(
            _("Ett löfte måste ha minst en åtgärd för att kunna publiceras."), code="no_actions"
        )


@transaction.atomic
def send_for_review(*, pledge, user, note=""):
    """Hands a draft to the utgivare of its organisations, with a note; they are e-mailed."""
    if pledge.status != Pledge.Status.DRAFT:
        raise ValidationError(_("Bara ett utkast kan skickas till utgivaren."), code="not_draft")
    if pledge.reviews.waiting().exists():
        raise ValidationError(_("Löftet väntar redan på en utgivare."), code="already_waiting")
    _check_publishable(pledge)
    review = _as_user(Review(pledge=pledge, sent_by=user, note=note.strip()), user)
    review.save()
    transaction.on_commit(lambda: notify.review_requested(review))
    return review


@transaction.atomic
def publish(*, review, user, when=None):
    """Publishes the reviewed draft, at `when` if that is still to come, else now.

    A revision replaces the published pledge it changes, at once (it cannot be scheduled: the
    published version is what residents read until then). Returns the published pledge.
    """
    if not review.is_waiting:
        raise ValidationError(_("Granskningen är redan avgjord."), code="decided")
    pledge = review.pledge
    _check_publishable(pledge)
    now = timezone.now()
    if pledge.revision_of_id:
        if pledge.revision_of.status != Pledge.Status.PUBLISHED:
            raise ValidationError(
                _(
                    "Löftet som ändringen gäller är inte längre publicerat. Publicera det först, "
                    "eller ta bort utkastet till ändring."
                ),
                code="original_unpublished",
            )
        pledge = apply_revision(revision=pledge, user=user)
    else:
        pledge.status = Pledge.Status.PUBLISHED
        pledge.published_at = when if when and when > now else now
        pledge.unpublish_reason = ""
        _as_user(pledge, user).save()
        pledge.mark_published_version()
    review.pledge = pledge
    review.outcome = Review.Outcome.PUBLISHED
    review.decided_by = user
    review.decided_at = now
    _as_user(review, user).save()
    transaction.on_commit(lambda: notify.review_decided(review))
    return pledge


@transaction.atomic
def return_to_editor(*, review, user, comment):
    """Sends the draft back to the redaktör with what to change; they are e-mailed."""
    if not review.is_waiting:
        raise ValidationError(_("Granskningen är redan avgjord."), code="decided")
    if not comment.strip():
        raise ValidationError(_("Skriv vad som behöver ändras."), code="comment_missing")
    review.outcome = Review.Outcome.RETURNED
    review.comment = comment.strip()
    review.decided_by = user
    review.decided_at = timezone.now()
    _as_user(review, user).save()
    transaction.on_commit(lambda: notify.review_decided(review))
    return review


@transaction.atomic
def cancel_schedule(*, pledge, user):
    """A scheduled pledge back to a draft, before anyone has seen it."""
    pledge = Pledge.objects.select_for_update().get(pk=pledge.pk)
    if not pledge.is_scheduled:
        raise ValidationError(
            _("Löftet är inte schemalagt: det är redan publicerat eller ett utkast."),
            code="not_scheduled",
        )
    pledge.status = Pledge.Status.DRAFT
    pledge.published_at = None
    pledge.published_version_at = None
    _as_user(pledge, user).save()
    return pledge


@transaction.atomic
def start_revision(*, pledge, user):
    """A draft copy of a published pledge to change it in; the open one if there is one.

    The copy's promises remember the promise they change (Action.revises), so that publishing
    the copy updates the promises in place and their follow-ups stay with them.
    """
    if pledge.status != Pledge.Status.PUBLISHED or pledge.revision_of_id:
        raise ValidationError(
            _("Bara ett publicerat löfte kan ändras genom ett utkast."), code="not_published"
        )
    existing = pledge.revisions.first()
    if existing:
        return existing
    revision = Pledge(revision_of=pledge, status=Pledge.Status.DRAFT)
    for name in REVISED_FIELDS:
        setattr(revision, name, getattr(pledge, name))
    _as_user(revision, user).save()
    revision.municipalities.set(pledge.municipalities.all())
    revision.focus_areas.set(pledge.focus_areas.all())
    for action in pledge.actions.prefetch_related("methods", "targets"):
        copy = Action(pledge=revision, revises=action)
        for name in ACTION_FIELDS:
            setattr(copy, name, getattr(action, name))
        _as_user(copy, user).save()
        copy.methods.set(action.methods.all())
        for target in action.targets.all():
            Target.objects.create(
                action=copy, **{name: getattr(target, name) for name in TARGET_FIELDS}
            )
    for signatory in pledge.signatories.all():
        Signatory.objects.create(
            pledge=revision, **{name: getattr(signatory, name) for name in SIGNATORY_FIELDS}
        )
    for party in pledge.parties.all():
        Party.objects.create(
            pledge=revision, **{name: getattr(party, name) for name in PARTY_FIELDS}
        )
    return revision


def _target_rows(action):
    return [tuple(getattr(t, name) for name in TARGET_FIELDS) for t in action.targets.all()]


def _set_targets(action, rows):
    action.targets.all().delete()
    for row in rows:
        Target.objects.create(action=action, **dict(zip(TARGET_FIELDS, row, strict=True)))


def _replace_rows(model, fields, pledge, revision):
    """Signatories or parties of the pledge become the revision's, if they differ."""
    old = [tuple(getattr(r, f) for f in fields) for r in model.objects.filter(pledge=pledge)]
    new = [tuple(getattr(r, f) for f in fields) for r in model.objects.filter(pledge=revision)]
    if old != new:
        model.objects.filter(pledge=pledge).delete()
        for row in new:
            model.objects.create(pledge=pledge, **dict(zip(fields, row, strict=True)))


@transaction.atomic
def apply_revision(*, revision, user):
    """The published pledge becomes as its revision says, and the revision goes.

    Changed promises are changed in place (the public page's change log says what changed),
    new ones are added and removed ones removed; the pledge keeps its address history, its
    follow-ups and its publication date.
    """
    pledge = Pledge.objects.select_for_update().get(pk=revision.revision_of_id)
    for name in REVISED_FIELDS:
        setattr(pledge, name, getattr(revision, name))
    _as_user(pledge, user).save()
    pledge.municipalities.set(revision.municipalities.all())
    pledge.focus_areas.set(revision.focus_areas.all())
    kept = set()
    revised = revision.actions.select_related("revises").prefetch_related("methods", "targets")
    for copy in revised:
        original = copy.revises if copy.revises and copy.revises.pledge_id == pledge.pk else None
        action = original or Action(pledge=pledge)
        changed = action.pk is None or any(
            getattr(action, name) != getattr(copy, name) for name in ACTION_FIELDS
        )
        for name in ACTION_FIELDS:
            setattr(action, name, getattr(copy, name))
        if changed:
            _as_user(action, user).save()
        kept.add(action.pk)
        if set(action.methods.all()) != set(copy.methods.all()):
            action.methods.set(copy.methods.all())
        if original is None or _target_rows(original) != _target_rows(copy):
            _set_targets(action, _target_rows(copy))
    for removed in pledge.actions.exclude(pk__in=kept):
        _as_user(removed, user).delete()
    _replace_rows(Signatory, SIGNATORY_FIELDS, pledge, revision)
    _replace_rows(Party, PARTY_FIELDS, pledge, revision)
    revision.reviews.update(pledge=pledge)
    _as_user(revision, user).delete()
    return pledge
