from django import template

from pledges.access import Scope
from pledges.models import Pledge

register = template.Library()


@register.inclusion_tag("desk/includes/pledge_notice.html", takes_context=True)
def pledge_notice(context, pledge):
    """On a pledge's change form: where it stands in the review step and what the user may do
    next (send it to the utgivare, publish, call off a scheduled publication, change it in a
    draft). Only what the user may do is offered."""
    if pledge is None or pledge.pk is None:
        return {"pledge": None}
    scope = Scope.of(context["request"])
    published = pledge.status == Pledge.Status.PUBLISHED
    return {
        "pledge": pledge,
        "may_publish": scope.may_publish_pledge(pledge),
        "review": pledge.reviews.select_related("sent_by", "decided_by").first(),
        "revision": pledge.revisions.first() if published else None,
    }
