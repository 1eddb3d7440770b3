"""Ways to take a pledge elsewhere: the embed code and its oEmbed link (pledges/embed.py), and
the address of the pledge's PDF (pledges/pdf.py)."""

from django import template

from pledges import embed, pdf

register = template.Library()


@register.simple_tag
def embed_code(municipality):
    return embed.embed_code(municipality)


@register.simple_tag
def oembed_url(municipality):
    return embed.oembed_discovery_url(municipality)


@register.simple_tag
def pdf_url(pledge, preview=False):
    return pdf.pdf_url(pledge, preview)
