"""A draft pledge from the text of an existing pledge document."""

import hashlib
import re

from django.core.exceptions import PermissionDenied, ValidationError
from django.db import transaction
from django.utils.translation import gettext as _
from django.utils.translation import gettext_lazy, ngettext

from municipalities.models import Municipality, PoliceArea
from pledges import periods
from pledges.access import Scope
from pledges.models import Action, FocusArea, Method, Party, Pledge, Signatory, Target

from ..models import ImportedText
from . import followup, readers, text
from .reading import pipeline
from .reading.document import Found
from .reading.municipalities import Gazetteer
from .reading.words import NUMBERS as NUMBER_WORDS

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
    sure = getattr(found, "sure", True)
    source = {
        "field": str(label),
        "value": str(value),
        "line": found.line if found else None,
        "quote": found.quote if found else "",
        "confidence": "säker" if sure else "osäker",
        "doubt": "" if sure else found.doubt,
    }
    if getattr(found, "conflict", ""):
        source["conflict"] = f"Motstridigt: {found.conflict}"
    return source


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
    return cleaned, pipeline.read(cleaned, Gazetteer.from_db())


DEADLINE = re.compile(
    r"\binom\s+(?P<count>\d+|en|ett|två|tre|fyra|fem|sex|sju|åtta|nio|tio|tolv)\s+"
    r"(?P<unit>timm|dygn|dag|veck|månad)",
    re.IGNORECASE,
)
DEADLINE_UNITS = {
    "timm": Action.DeadlineUnit.HOURS,
    "dygn": Action.DeadlineUnit.DAYS,
    "dag": Action.DeadlineUnit.DAYS,
    "veck": Action.DeadlineUnit.WEEKS,
    "månad": Action.DeadlineUnit.MONTHS,
}


def _precision(half):
    """How precisely a period half ("YYYY-MM-DD" or "YYYY-MM") was written."""
    return periods.MONTH if half and half.count("-") == 1 else periods.DAY


def _deadline(text):
    """(count, unit) for "inom 24 timmar", "inom en vecka"; None for other time words."""
    m = DEADLINE.search(text or "")
    if not m:
        return None
    count = m["count"].lower()
    count = int(count) if count.isdigit() else NUMBER_WORDS[count]
    return count, DEADLINE_UNITS[m["unit"].lower()]


def for_model(extraction):
    """What the pledge model holds of an extraction, and Swedish notes on what it cannot.

    Returns ({"start", "end", "start_precision", "end_precision", "until_further_notice",
    "cadence", "signed_on", "signed_on_precision", "issuer", "districts", "parties",
    "actions": [per action: {"targets": [...], "deadline": (count, unit) or None}]}, notes).
    A half of the period the text does not state stays empty, flagged. This is the one place
    to change when the model grows.
    """
    notes = []
    start, end = extraction.period_dates()
    halves = extraction.period.value if extraction.period else (None, None)
    if not extraction.period:
        notes.append(
            _("Osäkert: texten anger ingen period. Fyll i start- och slutdatum om de är kända.")
        )
    cadence = extraction.cadence.value if extraction.cadence else Pledge.Cadence.NOT_STATED
    if cadence not in Pledge.Cadence.values:
        notes.append(
            _("Uppföljningen sker enligt texten %(cadence)s; det kan löftet ännu inte visa.")
            % {"cadence": cadence}
        )
        cadence = Pledge.Cadence.NOT_STATED
    issuer = extraction.issuer.value if extraction.issuer else Pledge.Issuer.MUNICIPALITY_AND_POLICE
    if issuer not in Pledge.Issuer.values:
        issuer = Pledge.Issuer.MUNICIPALITY_AND_POLICE
    signed = extraction.signed_on.value if extraction.signed_on else None
    actions = []
    for number, action in enumerate(extraction.actions, start=1):
        targets = [t for t in action.targets if t.per in Target.Per.values]
        for target in action.targets:
            if target not in targets:
                notes.append(
                    _("Åtgärd %(number)s har också målet %(count)s %(unit)s (%(per)s%(scope)s).")
                    % {
                        "number": number,
                        "count": target.count,
                        "unit": target.unit,
                        "per": target.per,
                        "scope": f", {target.scope}" if target.scope else "",
                    }
                )
        deadline = _deadline(action.deadline.value) if action.deadline else None
        if action.deadline and not deadline:
            notes.append(
                _("Åtgärd %(number)s har tidsgränsen ”%(deadline)s”.")
                % {"number": number, "deadline": action.deadline.value}
            )
        actions.append({"targets": targets, "deadline": deadline})
    return {
        "start": start,
        "end": end,
        "start_precision": _precision(halves[0]),
        "end_precision": _precision(halves[1]),
        "until_further_notice": bool(extraction.until_further_notice),
        "cadence": cadence,
        "signed_on": extraction.signed_on_date(),
        "signed_on_precision": _precision(signed),
        "issuer": issuer,
        "districts": [d.value for d in extraction.districts]
        if len(extraction.districts) > 1
        else [],
        "parties": [party.value for party in extraction.parties],
        "actions": actions,
    }, notes


class AlreadyImported(Exception):
    """The text was imported before into drafts the user may see: ask before a second one."""

    def __init__(self, drafts):
        super().__init__(_("Texten har redan importerats."))
        self.drafts = drafts


def fingerprint(raw):
    """The words of a document's cleaned text, hashed: the same text pasted again, or copied
    with other line breaks or page leftovers, gives the same fingerprint."""
    words = re.findall(r"\w+", text.clean(raw).lower())
    return hashlib.sha256(" ".join(words).encode()).hexdigest()


def _own_municipalities(scope):
    """The importing staff member's own organisation's municipalities: their one municipality,
    or their one police area's municipalities; None when that is not one organisation."""
    if len(scope.municipality_ids) == 1 and not scope.police_area_ids:
        return Municipality.objects.filter(pk__in=scope.municipality_ids)
    if len(scope.police_area_ids) == 1 and not scope.municipality_ids:
        return Municipality.objects.filter(police_areas__in=scope.police_area_ids).distinct()
    return None


@transaction.atomic
def create_draft_from_document(*, text, user, filename="", again=False):
    """A draft pledge (never published) from a pledge document's text, for `user`'s own
    organisations. Returns (pledge, extraction).

    Raises PermissionDenied for a user without an organisation, and ValidationError with a
    Swedish message when the text is no pledge or a follow-up, names only municipalities the
    user may not add, or would take an address that is already used. A text that names no
    municipality becomes a draft for the user's own organisation, flagged in the notes.
    Raises AlreadyImported when the same text already made drafts the user may see, unless
    `again` (the user has answered that a second draft is wanted).
    """
    scope = Scope(user)
    if not scope.is_member:
        raise PermissionDenied(_("Du hör inte till någon organisation och kan inte importera."))
    text, filename = readers.bounded(text), filename.replace("\x00", "")
    is_report, reason = followup.is_followup(text)
    cleaned, extraction = read_document(text)
    if is_report or extraction.is_followup:
        raise ValidationError(
            _(
                "%(reason)s Texten är en uppföljning av ett medborgarlöfte, inte ett nytt löfte. "
                "Importera den som uppföljning till det löfte den följer upp."
            )
            % {"reason": reason if is_report else ""},
            code="followup",
        )
    document_print = fingerprint(text)
    if not again:
        drafts = scope.filter(
            Pledge.objects.filter(import_fingerprint=document_print, status=Pledge.Status.DRAFT),
            "",
        ).order_by("pk")
        if drafts:
            raise AlreadyImported(list(drafts))
    if not (extraction.municipalities or extraction.period or extraction.actions):
        raise ValidationError(
            _(
                "Texten ser inte ut som ett medborgarlöfte: den nämner ingen kommun, ingen "
                "period och inga åtgärder."
            ),
            code="not_a_pledge",
        )
    held, model_notes = for_model(extraction)

    notes, sources = [], []
    if not extraction.municipalities:
        own = _own_municipalities(scope)
        if own is None:
            raise ValidationError(
                _(
                    "Texten nämner ingen kommun. Lägg till till exempel ”Ljungby kommun” i "
                    "texten och försök igen."
                ),
                code="no_municipality",
            )
        extraction.municipalities = [
            Found(
                code,
                0,
                "",
                sure=False,
                doubt="texten nämner ingen kommun; utkastet gäller din egen organisation",
            )
            for code in own.order_by("code").values_list("code", flat=True)
        ]
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

    start, end = held["start"], held["end"]
    title = (extraction.title.value if extraction.title else "") or _("Medborgarlöfte")
    pledge = Pledge(
        title=title[:200],
        police_area=police_area,
        district=extraction.district.value if extraction.district else "",
        start_date=start,
        end_date=end,
        start_precision=held["start_precision"],
        end_precision=held["end_precision"],
        until_further_notice=held["until_further_notice"],
        issuer=held["issuer"],
        districts=held["districts"],
        status=Pledge.Status.DRAFT,
        published_at=None,
        source_note=_("Importerat från dokument%(name)s.")
        % {"name": f" ({filename})" if filename else ""},
    )
    clash = pledge.conflicting_pledges(municipalities).first()
    if clash and not scope.may_know_of(clash):
        # Another organisation's unpublished pledge: the user learns only that it is there.
        raise ValidationError(
            _("%(municipality)s har redan ett löfte för %(period)s.")
            % {
                "municipality": ", ".join(m.name for m in municipalities),
                "period": pledge.period_label,
            },
            code="duplicate_address",
        )
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
    pledge.followup_cadence = held["cadence"]
    if extraction.published_where:
        pledge.followup_published_where = extraction.published_where.value[:300]
    if held["signed_on"]:
        pledge.signed_on = held["signed_on"]
        pledge.signed_on_precision = held["signed_on_precision"]
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
        _source(_("Period"), pledge.period_label, extraction.period),
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

    # Two readings of a field come first: the draft took one, staff decide.
    pledge.import_notes = _notes(
        cleaned, extraction, [*extraction.conflicts(), *extraction.doubts(), *notes, *model_notes]
    )
    pledge.import_sources = sources
    pledge.import_fingerprint = document_print
    pledge._history_user = user
    pledge.save()
    pledge.municipalities.set(municipalities)
    # The lines the notes and sources name ("rad 14") are this text's: staff see it beside the
    # draft.
    ImportedText.objects.create(pledge=pledge, text=cleaned, filename=filename[:255])

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
            _source(
                _("Undertecknare"),
                signatory,
                Found(None, person.line, person.quote, person.sure, person.doubt),
            )
        )

    for order, found in enumerate(extraction.parties, start=1):
        party = Party(
            pledge=pledge,
            order=order,
            name=found.value["name"][:150],
            role=found.value["role"]
            if found.value["role"] in Party.Role.values
            else Party.Role.PARTICIPATES,
        )
        party._history_user = user
        party.save()
        sources.append(_source(_("Annan part"), party.name, found))

    if extraction.promise_count is not None:
        sources.append(
            _source(_("Antal löften"), extraction.promise_count.value, extraction.promise_count)
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
        mapped = held["actions"][order - 1]
        if mapped["deadline"]:
            action.deadline_count, action.deadline_unit = mapped["deadline"]
        action._history_user = user
        action.save()
        for target_order, found_target in enumerate(mapped["targets"], start=1):
            target = Target(
                action=action,
                order=target_order,
                count=found_target.count,
                unit=found_target.unit[:100],
                per=found_target.per,
                scope=found_target.scope[:100],
            )
            target._history_user = user
            target.save()
        action.methods.set([methods[slug] for slug in found.methods if slug in methods])
        sources.append(
            _source(
                _("Åtgärd %(number)s") % {"number": order},
                action.text[:120],
                Found(None, found.line, found.text[:200], found.sure, found.doubt),
            )
        )
        if found.responsible_quote:
            sources.append(
                _source(
                    _("Åtgärd %(number)s, ansvarig") % {"number": order},
                    action.responsible_label,
                    Found(
                        None,
                        found.line,
                        found.responsible_quote,
                        found.responsible_sure,
                        found.responsible_doubt,
                    ),
                )
            )
        if mapped["targets"]:
            sources.append(
                _source(
                    _("Åtgärd %(number)s, mål") % {"number": order},
                    action.targets_label,
                    Found(
                        None,
                        found.line,
                        mapped["targets"][0].quote,
                        all(t.sure for t in mapped["targets"]),
                        " ".join(t.doubt for t in mapped["targets"] if not t.sure),
                    ),
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
