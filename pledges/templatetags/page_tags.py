from django import template

from config.site import absolute_url

register = template.Library()


@register.simple_tag(takes_context=True)
def page_url(context):
    """The page's canonical address: the view's `canonical_url` if it gives one, else this
    address without its query string (a filtered or paged list points to the list itself)."""
    if context.get("canonical_url"):
        return context["canonical_url"]
    request = context.get("request")
    return absolute_url(request.path) if request else ""
