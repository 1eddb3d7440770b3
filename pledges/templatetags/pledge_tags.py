from django import template

register = template.Library()


@register.filter
def pledge_name(pledge):
    """'Ljungby 2017–2018' or 'Malmö, Rosengård 2024': a pledge's name in lists and titles."""
    name = ", ".join(municipality.name for municipality in pledge.sorted_municipalities)
    if pledge.district:
        name = f"{name}, {pledge.district}"
    return f"{name} {pledge.period_label}"
