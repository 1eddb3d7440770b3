"""E-mails to staff about the review step (Django's mail: the console in development)."""

from django.contrib.auth import get_user_model
from django.core.mail import send_mail
from django.db.models import Q
from django.urls import reverse
from django.utils.translation import gettext as _

from config.site import absolute_url
from municipalities.models import Membership


def publishers_of(pledge):
    """The active utgivare of the pledge's municipalities and police area, with an address."""
    municipality_ids = [m.pk for m in pledge.municipalities.all()]
    of_pledge = Q(memberships__municipality__in=municipality_ids)
    if pledge.police_area_id:
        of_pledge |= Q(memberships__police_area=pledge.police_area_id)
    return (
        get_user_model()
        .objects.filter(of_pledge, memberships__role=Membership.Role.PUBLISHER)
        .filter(is_active=True, is_staff=True)
        .exclude(email="")
        .distinct()
    )


def review_requested(review):
    pledge = review.pledge
    recipients = [user.email for user in publishers_of(pledge)]
    if not recipients:
        return
    lines = [
        _("%(name)s har skickat ”%(title)s” till utgivaren.")
        % {"name": _name(review.sent_by), "title": pledge.title},
    ]
    if review.note:
        lines += ["", _("Meddelande:"), review.note]
    lines += [
        "",
        _("Granska och publicera: %(url)s") % {"url": absolute_url(review.get_absolute_url())},
    ]
    send_mail(
        _("Att granska: %(title)s") % {"title": pledge.title},
        "\n".join(lines),
        None,
        recipients,
    )


def review_decided(review):
    """Tells the redaktör who sent it that it is published, or what to change."""
    sender = review.sent_by
    if sender is None or not sender.email:
        return
    pledge = review.pledge
    change_url = absolute_url(reverse("admin:pledges_pledge_change", args=[pledge.pk]))
    if review.is_returned:
        subject = _("Tillbaka från utgivaren: %(title)s") % {"title": pledge.title}
        lines = [
            _("%(name)s har skickat tillbaka ”%(title)s” med en kommentar:")
            % {"name": _name(review.decided_by), "title": pledge.title},
            "",
            review.comment,
            "",
            _("Ändra utkastet: %(url)s") % {"url": change_url},
        ]
    else:
        subject = _("Publicerat: %(title)s") % {"title": pledge.title}
        lines = [
            _("%(name)s har publicerat ”%(title)s” (%(when)s).")
            % {
                "name": _name(review.decided_by),
                "title": pledge.title,
                "when": pledge.publication_label,
            },
            "",
            change_url,
        ]
    send_mail(subject, "\n".join(lines), None, [sender.email])


def _name(user):
    if user is None:
        return _("En kollega")
    return user.get_full_name() or user.get_username()
