from django.conf import settings
from django.contrib.auth import logout
from django.shortcuts import redirect
from django.urls import reverse
from django_otp.plugins.otp_totp.models import TOTPDevice


class RequireTwoFactorMiddleware:
    """With REQUIRE_TWO_FACTOR on, a staff user whose session has not given a one-time code
    reaches only the enrolment page and the logout: anywhere else on the site, the admin and
    the previews of drafts included, they are sent to set up an app first.

    A user who has an app but whose session gave no code (one that began before the app was
    set up elsewhere) is logged out there, so that the next login asks for the code.
    Installed after django-otp's OTPMiddleware, which says whether the session is verified.
    """

    def __init__(self, get_response):
        self.get_response = get_response

    def __call__(self, request):
        if settings.REQUIRE_TWO_FACTOR and self.must_enrol(request):
            return redirect("twofactor:settings")
        return self.get_response(request)

    def must_enrol(self, request):
        user = request.user
        if not (user.is_authenticated and user.is_staff) or user.is_verified():
            return False
        if request.path_info in {reverse("twofactor:settings"), reverse("admin:logout")}:
            return False
        if TOTPDevice.objects.devices_for_user(user, confirmed=True).exists():
            # Set up in another session, after this one began: this one gave no code.
            logout(request)
            return False
        return True
