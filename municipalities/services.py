from django.contrib.auth import get_user_model
from django.contrib.auth.tokens import default_token_generator
from django.core.mail import send_mail
from django.db import transaction
from django.urls import reverse
from django.utils.encoding import force_bytes
from django.utils.http import urlsafe_base64_encode
from django.utils.translation import gettext as _

from config.site import absolute_url

from .models import Membership


def ensure_staff(user):
    """A user with an organisation is staff, so that they can log in to the admin. Returns
    whether the flag was set now."""
    if user.is_staff or not user.memberships.exists():
        return False
    user.is_staff = True
    user.save(update_fields=["is_staff"])
    return True


@transaction.atomic
def add_membership(*, user, municipality=None, police_area=None, role=Membership.Role.EDITOR):
    """Puts the user in an organisation, as a staff member who may log in."""
    membership = Membership(
        user=user, municipality=municipality, police_area=police_area, role=role
    )
    membership.full_clean()
    membership.save()
    ensure_staff(user)
    return membership


def set_password_url(user):
    """The one-time address where a user sets their own password (Django's password reset
    token: it stops working once the password is set, or after PASSWORD_RESET_TIMEOUT)."""
    uid = urlsafe_base64_encode(force_bytes(user.pk))
    token = default_token_generator.make_token(user)
    return absolute_url(reverse("password_reset_confirm", args=[uid, token]))


@transaction.atomic
def invite_staff(
    *, email, first_name="", last_name="", municipality=None, police_area=None, role, invited_by
):
    """A new staff user in an organisation, without a password, and an e-mail with the address
    where they set one themselves. The username is the e-mail address."""
    user = get_user_model().objects.create_user(
        username=email.lower(),
        email=email,
        first_name=first_name,
        last_name=last_name,
        is_staff=True,
    )
    add_membership(user=user, municipality=municipality, police_area=police_area, role=role)
    inviter = invited_by.get_full_name() or invited_by.get_username()
    organisation = municipality or police_area
    send_mail(
        _("Inbjudan till Medborgarlöften"),
        _(
            "Hej!\n\n%(inviter)s har bjudit in dig att arbeta med medborgarlöften för "
            "%(organisation)s.\n\nVälj ditt lösenord här (länken fungerar en gång och i några "
            "dagar):\n%(url)s\n\nDitt användarnamn är %(username)s.\n"
        )
        % {
            "inviter": inviter,
            "organisation": organisation,
            "url": set_password_url(user),
            "username": user.get_username(),
        },
        None,
        [email],
    )
    return user
