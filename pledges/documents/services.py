"""A draft pledge from the text of an existing pledge document."""

import re

from django.core.exceptions import PermissionDenied, ValidationError
from django.db import transaction
from django.utils.translation import gettext as _
from django.utils.translation import gettext_lazy, ngettext

from municipalities.models import Municipality, PoliceArea
from pledges import periods
from pledges.access import Scope
from pledges.models import Action, FocusArea, Method, Pledge, Signatory, Target

from . import parse, text

SECTION_FIELDS = {
    "introduction": "introduction",
    "situation": "situation",
    "effect": "expected_effect",
    "followup": "followup_text",
    "other": "other_text",
}
SECTION_LABELS = {
    "introduction": gettext_lazy("Inledning"),
    "situation": gettext_lazy("Lägesbild"),
    "effect": gettext_lazy("Förväntad effekt och mål"),
    "followup": gettext_lazy("Om uppföljningen"),
    "other": gettext_lazy("Övrig text"),
}
MIN_LETTERS = 40


def _source(label, value, found):
    return {
        "field": str(label),
        "value": str(value),
        "line": found.line if found else None,
        "quote": found.quote if found else "",
    }


def _check_text(cleaned):
    if len(re.findall(r"[A-Za-zÅÄÖåäöÉé]", cleaned)) < MIN_LETTERS:
        raise ValidationError(
            _(
                "Texten är tom eller för kort för att vara ett medborgarlöfte. Klistra in hela "
                "texten."
            ),
            code="empty",
        )


def read_document(raw):
    """The cleaned text and what the rules found in it."""
    cleaned = text.clean(raw)
    _check_text(cleaned)
    return cleaned, parse.parse(cleaned, parse.Gazetteer.from_db())


@transaction.atomic
def create_draft_from_document(*, text, user, filename=""):
    """A draft pledge (never published) from a pledge document's text, for `user`'s own
    organisations. Returns (pledge, extraction).

    Raises PermissionDenied for a user without an organisation, and ValidationError with a
    Swedish message when the text is no pledge, names no municipality or period, names only
    municipalities the user may not add, or would take an address that is already used.
    """
    scope = Scope(user)
    if not scope.is_member:
        raise PermissionDenied(_("Du hör inte till någon organisation och kan inte importera."))
    cleaned, extraction = read_document(text)
    if not (extraction.municipalities or extraction.period or extraction.actions):
        raise ValidationError(
            _(
                "Texten ser inte ut som ett medborgarlöfte: den nämner ingen kommun, ingen "
                "period och inga åtgärder."
            ),
            code="not_a_pledge",
        )
    if not extraction.municipalities:
        raise ValidationError(
            _(
                "Texten nämner ingen kommun. Lägg till till exempel ”Ljungby kommun” i texten "
                "och försök igen."
            ),
            code="no_municipality",
        )
    if not extraction.period:
        raise ValidationError(
            _(
                "Texten anger ingen period. Lägg till perioden, till exempel ”2024” eller "
                "”1 juni 2022–31 december 2023”, och försök igen."
            ),
            code="no_period",
        )

    notes, sources = [], []
    found_codes = [found.value for found in extraction.municipalities]
    allowed = scope.municipalities(Municipality.objects.filter(code__in=found_codes))
    allowed_codes = set(allowed.values_list("code", flat=True))
    names = dict(Municipality.objects.filter(code__in=found_codes).values_list("code", "name"))
    outside = [names[code] for code in found_codes if code not in allowed_codes]
    if not allowed_codes:
        raise ValidationError(
            _("Dokumentet gäller %(names)s. Du kan bara skapa löften för dina egna organisationer.")
            % {"names": ", ".join(outside)},
            code="outside_scope",
        )
    if outside:
        notes.append(
            _(
                "Dokumentet nämner också %(names)s, som du inte kan lägga till. Be en "
                "redaktör där att lägga till kommunen."
            )
            % {"names": ", ".join(outside)}
        )
    municipalities = list(allowed.order_by("code"))

    police_area = None
    if extraction.police_area:
        police_area = scope.police_areas().filter(slug=extraction.police_area.value).first()
        if police_area is None:
            area = PoliceArea.objects.filter(slug=extraction.police_area.value).first()
            notes.append(
                _("Lokalpolisområdet %(area)s är inte ditt och lades inte till.")
                % {"area": area or extraction.police_area.value}
            )

    start, end = extraction.period.value
    title = (extraction.title.value if extraction.title else "") or _("Medborgarlöfte")
    pledge = Pledge(
        title=title[:200],
        police_area=police_area,
        district=extraction.district.value if extraction.district else "",
        start_date=start,
        end_date=end,
        status=Pledge.Status.DRAFT,
        published_at=None,
        source_note=_("Importerat från dokument%(name)s.")
        % {"name": f" ({filename})" if filename else ""},
    )
    clash = pledge.conflicting_pledges(municipalities).first()
    if clash:
        raise ValidationError(
            _(
                "%(municipality)s har redan ett löfte för %(period)s (”%(title)s”). Ändra det "
                "befintliga löftet, eller ta bort det om importen ska göras om."
            )
            % {
                "municipality": ", ".join(m.name for m in municipalities),
                "period": pledge.period_label,
                "title": clash.title,
            },
            code="duplicate_address",
        )

    for section, field_name in SECTION_FIELDS.items():
        blocks = extraction.sections.get(section, [])
        if blocks:
            setattr(pledge, field_name, "\n\n".join(block.text for block in blocks))
            sources.append(
                {
                    "field": str(SECTION_LABELS[section]),
                    "value": ngettext("%(count)s stycke", "%(count)s stycken", len(blocks))
                    % {"count": len(blocks)},
                    "line": blocks[0].start,
                    "quote": blocks[0].text[:200],
                }
            )
    if extraction.cadence:
        pledge.followup_cadence = extraction.cadence.value
    if extraction.published_where:
        pledge.followup_published_where = extraction.published_where.value[:300]
    if extraction.signed_on:
        pledge.signed_on = extraction.signed_on.value
    if extraction.signed_place:
        pledge.signed_place = extraction.signed_place.value
    if extraction.contact:
        contact = extraction.contact.value
        pledge.contact_name = contact["name"][:100]
        pledge.contact_role = contact["role"][:100]
        pledge.contact_email = contact["email"]
        pledge.contact_phone = contact["phone"][:50]

    sources[:0] = [
        _source(_("Rubrik"), pledge.title, extraction.title),
        *[_source(_("Kommun"), names[found.value], found) for found in extraction.municipalities],
        _source(_("Period"), periods.period_label(start, end), extraction.period),
    ]
    if extraction.police_area and police_area:
        area_found = extraction.police_area
        sources.append(
            _source(
                _("Lokalpolisområde"),
                police_area,
                area_found if area_found.line else None,
            )
        )
    for label, found, value in [
        (_("Stadsdel eller område"), extraction.district, pledge.district),
        (_("Undertecknat datum"), extraction.signed_on, pledge.signed_on),
        (_("Undertecknat ort"), extraction.signed_place, pledge.signed_place),
        (_("Uppföljning"), extraction.cadence, pledge.get_followup_cadence_display()),
        (
            _("Uppföljningen publiceras"),
            extraction.published_where,
            pledge.followup_published_where,
        ),
        (_("Kontaktperson"), extraction.contact, pledge.contact_name),
    ]:
        if found:
            sources.append(_source(label, value, found))

    pledge.import_notes = _notes(cleaned, extraction, notes)
    pledge.import_sources = sources
    pledge._history_user = user
    pledge.save()
    pledge.municipalities.set(municipalities)

    focus_areas = {area.slug: area for area in FocusArea.objects.all()}
    methods = {method.slug: method for method in Method.objects.all()}
    pledge.focus_areas.set(
        [focus_areas[f.value] for f in extraction.focus_areas if f.value in focus_areas]
    )
    for found in extraction.focus_areas:
        if found.value in focus_areas:
            sources.append(_source(_("Fokusområde"), focus_areas[found.value], found))

    for order, person in enumerate(extraction.signatories, start=1):
        signatory = Signatory(
            pledge=pledge,
            order=order,
            name=person.name[:100],
            title=person.title[:150],
            side=person.side,
            organisation=person.organisation[:150],
        )
        signatory._history_user = user
        signatory.save()
        sources.append(
            _source(_("Undertecknare"), signatory, parse.Found(None, person.line, person.quote))
        )

    for order, found in enumerate(extraction.actions, start=1):
        action = Action(
            pledge=pledge,
            order=order,
            heading=found.heading[:150],
            text=found.text,
            details=found.details,
            focus_area=focus_areas.get(found.focus_area),
            responsible=found.responsible,
            other_party=found.other_party[:200],
        )
        action._history_user = user
        action.save()
        if found.target:
            count, unit, per = found.target
            target = Target(action=action, count=count, unit=unit, per=per)
            target._history_user = user
            target.save()
        action.methods.set([methods[slug] for slug in found.methods if slug in methods])
        sources.append(
            _source(
                _("Åtgärd %(number)s") % {"number": order},
                action.text[:120],
                parse.Found(None, found.line, found.text[:200]),
            )
        )
        if found.responsible_quote:
            sources.append(
                _source(
                    _("Åtgärd %(number)s, ansvarig") % {"number": order},
                    action.responsible_label,
                    parse.Found(None, found.line, found.responsible_quote),
                )
            )
        if found.target:
            sources.append(
                _source(
                    _("Åtgärd %(number)s, mål") % {"number": order},
                    action.targets_label,
                    parse.Found(None, found.line, found.target_quote),
                )
            )

    Pledge.objects.filter(pk=pledge.pk).update(import_sources=sources)
    pledge.import_sources = sources
    return pledge, extraction


def _notes(cleaned, extraction, notes):
    """What staff should check, then every paragraph the importer could not place, with its
    line number in the cleaned text."""
    parts = [*notes, *extraction.remarks]
    if extraction.unplaced:
        parts.append(_("Text som inte kunde placeras i något fält:"))
        parts.extend(f"[{_('rad')} {block.start}] {block.text}" for block in extraction.unplaced)
    return "\n\n".join(str(part) for part in parts)
