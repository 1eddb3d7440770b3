"""The visitor's own address, for the login lock (django-axes' AXES_CLIENT_IP_CALLABLE).

Without a proxy it is the connection's address. Behind TRUSTED_PROXY_COUNT reverse proxies
every connection comes from the nearest proxy, and each proxy appends the address it was
reached from to X-Forwarded-For; the visitor's address is the one the outermost trusted proxy
appended, TRUSTED_PROXY_COUNT entries from the right. Entries further left were written by the
visitor and are never believed, so nobody can pass for somebody else's address.
"""

import ipaddress

from django.conf import settings


def client_ip(request):
    remote = request.META.get("REMOTE_ADDR", "")
    count = settings.TRUSTED_PROXY_COUNT
    if count <= 0:
        return remote
    header = request.META.get("HTTP_X_FORWARDED_FOR", "")
    forwarded = [part.strip() for part in header.split(",") if part.strip()]
    if len(forwarded) < count:
        return remote  # the request did not come through every trusted proxy
    try:
        return str(ipaddress.ip_address(forwarded[-count]))
    except ValueError:
        return remote
