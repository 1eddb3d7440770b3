"""Pages of a list, with a message in Swedish when the page asked for does not exist."""

from django.utils.translation import gettext as _


def page_of(paginator, requested):
    """(page, message): the page asked for, else the nearest one and a message saying so."""
    page = paginator.get_page(requested)
    message = ""
    if requested is not None and requested != str(page.number):
        message = _("Det finns ingen sida ”%(page)s”. Här visas sida %(number)d av %(pages)d.") % {
            "page": requested[:20],
            "number": page.number,
            "pages": paginator.num_pages,
        }
    return page, message
