from base64 import b32encode

import django_otp
import qrcode
import qrcode.image.svg
from django.conf import settings
from django.contrib import messages
from django.contrib.admin import site
from django.contrib.admin.models import ADDITION, DELETION, LogEntry
from django.db import transaction
from django.shortcuts import redirect
from django.template.response import TemplateResponse
from django.utils.safestring import mark_safe
from django.utils.translation import gettext as _
from django.views.decorators.http import require_http_methods
from django_otp.plugins.otp_totp.models import TOTPDevice
from qrcode.compat.etree import ET

from .forms import CodeForm


@require_http_methods(["GET", "POST"])
def two_factor(request):
    """Turns two-factor login on (scan the QR code, confirm with a code) and off again (with
    a code), for the staff user who is logged in; never for anybody else."""
    user = request.user
    device = TOTPDevice.objects.devices_for_user(user, confirmed=True).first()
    enabled = device is not None
    if not enabled:
        # The secret is kept unconfirmed until a code from the app proves it was scanned.
        device = TOTPDevice.objects.devices_for_user(user, confirmed=False).first()
        if device is None:
            device = TOTPDevice.objects.create(
                user=user, name=_("Autentiseringsapp"), confirmed=False
            )
    form = CodeForm(request.POST or None, device=device)
    if request.method == "POST" and form.is_valid():
        if enabled:
            turn_off(request, device)
            messages.success(request, _("Tvåstegsverifiering är avstängd."))
        else:
            turn_on(request, device)
            messages.success(
                request,
                _("Tvåstegsverifiering är på. Från nästa inloggning anger du en engångskod."),
            )
        return redirect("twofactor:settings")
    context = {
        **site.each_context(request),
        "title": _("Tvåstegsverifiering"),
        "enabled": enabled,
        "require_two_factor": settings.REQUIRE_TWO_FACTOR,
        "form": form,
    }
    if not enabled:
        context["qr_code"] = qr_code_svg(device.config_url)
        context["secret"] = spaced(b32encode(device.bin_key).decode())
    return TemplateResponse(request, "twofactor/two_factor.html", context)


@transaction.atomic
def turn_on(request, device):
    device.confirmed = True
    device.save(update_fields=["confirmed"])
    # This session has just shown a code: it counts as verified.
    django_otp.login(request, device)
    log(request, device, ADDITION, _("Slog på tvåstegsverifiering."))


@transaction.atomic
def turn_off(request, device):
    log(request, device, DELETION, _("Stängde av tvåstegsverifiering."))
    TOTPDevice.objects.filter(user=request.user).delete()


def log(request, device, action_flag, message):
    """In the admin's history (Django's LogEntry), like every other change in the admin."""
    LogEntry.objects.log_actions(
        user_id=request.user.pk,
        queryset=[device],
        action_flag=action_flag,
        change_message=message,
        single_object=True,
    )


def spaced(secret):
    """The key in groups of four, as apps ask for it when it is typed in."""
    return " ".join(secret[i : i + 4] for i in range(0, len(secret), 4))


def qr_code_svg(data):
    """The QR code as inline SVG markup: no image request, nothing inline for the CSP to
    refuse (no script, no style attribute), read out as an image by screen readers."""
    image = qrcode.make(data, image_factory=qrcode.image.svg.SvgPathFillImage, box_size=10)
    svg = image.get_image()
    svg.set("role", "img")
    svg.set("aria-labelledby", "qr-code-title")
    svg.set("class", "qr-code")
    for dimension in ("width", "height"):
        svg.attrib.pop(dimension, None)
    title = ET.Element("title", {"id": "qr-code-title"})
    title.text = _("QR-kod för appen för tvåstegsverifiering")
    svg.insert(0, title)
    # The ElementTree that qrcode uses (lxml's, or the standard library's) escapes every
    # attribute and text: the markup is safe to put in the page as it is.
    return mark_safe(ET.tostring(svg, encoding="unicode"))
