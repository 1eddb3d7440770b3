"""Loads the demo pledges from pledges/demo/pledges.json and creates a demo superuser.

Then loads the example follow-up reports in followups/demo/reports.json, in the same transaction.
Running it again updates the same rows: pledges, actions and reports are matched by their "uid".
The file formats are described in pledges/demo/README.md and followups/demo/README.md.
"""

import datetime
import json
import secrets
import uuid
import zoneinfo
from pathlib import Path

from django.conf import settings
from django.contrib.auth import get_user_model
from django.core.exceptions import NON_FIELD_ERRORS, ValidationError
from django.core.management.base import BaseCommand, CommandError
from django.db import transaction

from municipalities.models import Membership, Municipality, PoliceArea
from pledges import periods
from pledges.models import Action, FocusArea, Method, Pledge, Signatory
from pledges.targets import parse_targets, set_targets

DEMO_FILE = Path(__file__).resolve().parents[2] / "demo" / "pledges.json"
DEMO_USERNAME = "demo"
ADMIN_URL = "http://127.0.0.1:8000/admin/"

PLEDGE_TEXT_FIELDS = [
    "title",
    "district",
    "introduction",
    "situation",
    "situation_basis",
    "expected_effect",
    "other_text",
    "followup_text",
    "followup_published_where",
    "signed_place",
    "source_url",
    "source_note",
    "contact_name",
    "contact_role",
    "contact_email",
    "contact_phone",
]
ACTION_TEXT_FIELDS = ["heading", "text", "details", "other_party"]
SIGNATORY_TEXT_FIELDS = ["name", "title", "side", "organisation"]
PLEDGE_KEYS = {
    *PLEDGE_TEXT_FIELDS,
    *["uid", "status", "municipalities", "police_area", "start_date", "end_date"],
    *["focus_areas", "followup_cadence", "signed_on", "continues", "signatories", "actions"],
}
# "targets" are lines in the admin's format (pledges/targets.py): "2 trygghetsvandringar per år".
ACTION_KEYS = {*ACTION_TEXT_FIELDS, "uid", "focus_area", "responsible", "methods", "targets"}


class Command(BaseCommand):
    help = (
        "Läser in exempellöftena (Värnamo, Vaggeryd, Älmhult, Ljungby, Svenljunga) och "
        "påhittade exempel på uppföljningar, och skapar en demoanvändare. Kan köras flera "
        "gånger: samma rader uppdateras."
    )

    def add_arguments(self, parser):
        parser.add_argument(
            "--file",
            type=Path,
            default=DEMO_FILE,
            help="JSON-fil med löften (standard: pledges/demo/pledges.json).",
        )
        parser.add_argument(
            "--reports-file",
            type=Path,
            default=None,
            help="JSON-fil med exempeluppföljningar (standard: followups/demo/reports.json).",
        )
        parser.add_argument(
            "--no-reports", action="store_true", help="Läs inte in några exempeluppföljningar."
        )
        parser.add_argument("--no-user", action="store_true", help="Skapa ingen demoanvändare.")

    def handle(self, *args, file, reports_file, no_reports, no_user, **options):
        # The follow-up app builds on this one, so its loader is imported only when it runs.
        from followups import demo_reports

        items = read_file(file)
        uids = [parse_uid(item["uid"], item.get("title")) for item in items]
        new = len(uids) - Pledge.objects.filter(uid__in=uids).count()
        reports_file = reports_file or demo_reports.DEMO_FILE
        report_items = [] if no_reports else demo_reports.read_reports(reports_file)
        with transaction.atomic():
            loaded = [load_pledge(item, number) for number, item in enumerate(items, start=1)]
            for item, pledge in zip(items, loaded, strict=True):
                set_continues(pledge, item)
            reports, new_reports, statuses = demo_reports.load_reports(report_items, reports_file)
        actions = signatories = 0
        for pledge in loaded:
            count = pledge.actions.count()
            actions += count
            signatories += pledge.signatories.count()
            self.stdout.write(f"{describe(pledge)}: {plural(count, 'åtgärd', 'åtgärder')}")
        for line in demo_reports.report_lines(reports):
            self.stdout.write(line)
        summary = (
            f"Klart: {plural(len(loaded), 'löfte', 'löften')} ({new} nya, "
            f"{len(loaded) - new} uppdaterade), {plural(actions, 'åtgärd', 'åtgärder')} och "
            f"{signatories} undertecknare från {file}."
        )
        if not no_reports:
            count = len(report_items)
            summary += (
                f" {plural(count, 'exempeluppföljning', 'exempeluppföljningar')} "
                f"({new_reports} nya, {count - new_reports} uppdaterade) med "
                f"{plural(statuses, 'status', 'statusar')} från {reports_file}."
            )
        self.stdout.write(self.style.SUCCESS(summary))
        if not no_user:
            self.ensure_demo_user()

    def ensure_demo_user(self):
        """The national administrator and two staff users, each with a password printed once."""
        User = get_user_model()
        created = []
        for username, role, organisation in DEMO_USERS:
            manager = User._default_manager
            if manager.filter(**{User.USERNAME_FIELD: username}).exists():
                self.stdout.write(
                    f"Användaren {username} finns redan och har inte ändrats. Byt lösenord med: "
                    f"DEBUG=1 .venv/bin/python manage.py changepassword {username}"
                )
                continue
            password = secrets.token_urlsafe(12)
            if organisation is None:
                manager.create_superuser(
                    **{User.USERNAME_FIELD: username}, email="", password=password
                )
            else:
                user = manager.create_user(
                    **{User.USERNAME_FIELD: username}, email="", password=password, is_staff=True
                )
                kind, key = organisation
                target = (
                    {"municipality": Municipality.objects.get(code=key)}
                    if kind == "kommun"
                    else {"police_area": PoliceArea.objects.get(slug=key)}
                )
                Membership.objects.create(user=user, role=Membership.Role.PUBLISHER, **target)
            created.append(
                f"Logga in på {ADMIN_URL} som {username} med lösenordet {password} ({role})"
            )
        if created:
            line = "=" * 72
            self.stdout.write(
                "\n".join([line, *created, "Lösenorden visas bara den här gången.", line])
            )


# The demo's users: the national administrator, and an utgivare each for Värnamo kommun and
# Lokalpolisområde Ljungby, who may change only their own organisations' pledges.
DEMO_USERS = [
    (DEMO_USERNAME, "nationell administratör, ser allt", None),
    ("varnamo-kommun", "utgivare för Värnamo kommun", ("kommun", "0683")),
    ("lpo-ljungby", "utgivare för Lokalpolisområde Ljungby", ("polisomrade", "ljungby")),
]


def read_file(path):
    try:
        with open(path, encoding="utf-8") as f:
            items = json.load(f)
    except OSError as error:
        raise CommandError(f"Kan inte läsa {path}: {error.strerror}.") from error
    except json.JSONDecodeError as error:
        raise CommandError(f"{path} är inte giltig JSON: {error}.") from error
    if not isinstance(items, list) or not all(isinstance(item, dict) for item in items):
        raise CommandError(f"{path} ska innehålla en lista med löften.")
    seen = set()
    for number, item in enumerate(items, start=1):
        name = item.get("title") or f"löfte nummer {number}"
        check_keys(item, PLEDGE_KEYS, name)
        for signatory in item.get("signatories", []):
            check_keys(signatory, set(SIGNATORY_TEXT_FIELDS), f"{name}, undertecknare")
        for action in item.get("actions", []):
            check_keys(action, ACTION_KEYS, f"{name}, åtgärd")
        for uid in [item.get("uid"), *(action.get("uid") for action in item.get("actions", []))]:
            uid = parse_uid(uid, name)
            if uid in seen:
                raise CommandError(f"{name}: uid {uid} förekommer mer än en gång i filen.")
            seen.add(uid)
    return items


def check_keys(item, known, name):
    if not isinstance(item, dict):
        raise CommandError(f"{name}: ska vara ett objekt med fält.")
    unknown = sorted(set(item) - known)
    if unknown:
        raise CommandError(f"{name}: okända fält: {', '.join(unknown)}.")


def plural(count, one, many):
    return f"{count} {one if count == 1 else many}"


def describe(pledge):
    """'Ljungby 2017–2018', the way the command names a pledge in its output."""
    names = ", ".join(m.name for m in pledge.sorted_municipalities)
    if pledge.district:
        names = f"{names}, {pledge.district}"
    return f"{names} {pledge.period_label}"


def load_pledge(item, number):
    name = item.get("title") or f"löfte nummer {number}"
    start_date = parse_date(item, "start_date", name)
    end_date = parse_date(item, "end_date", name)
    name = f"{name} ({periods.label(start_date, end_date)})"
    municipalities = lookup_all(
        Municipality, "code", item.get("municipalities"), "okänd kommunkod", name
    )
    if not municipalities:
        raise CommandError(f"{name}: löftet saknar kommun.")
    police_area = None
    if item.get("police_area"):
        police_area = lookup(
            PoliceArea, "slug", item["police_area"], "okänt lokalpolisområde", name
        )
    focus_areas = lookup_all(
        FocusArea, "slug", item.get("focus_areas", []), "okänt fokusområde", name
    )

    signed_on = parse_date(item, "signed_on", name) if item.get("signed_on") else None
    status = item.get("status") or Pledge.Status.DRAFT
    fields = {field: item.get(field) or "" for field in PLEDGE_TEXT_FIELDS}
    fields.update(
        start_date=start_date,
        end_date=end_date,
        police_area=police_area,
        followup_cadence=item.get("followup_cadence") or Pledge.Cadence.NOT_STATED,
        signed_on=signed_on,
        status=status,
        published_at=(
            at_noon(signed_on or start_date or end_date)
            if status == Pledge.Status.PUBLISHED
            else None
        ),
    )
    uid = parse_uid(item.get("uid"), name)
    pledge = Pledge.objects.filter(uid=uid).first() or Pledge(uid=uid)
    for field, value in fields.items():
        setattr(pledge, field, value)
    # period_slug is computed by save(); continues is set once every pledge is loaded.
    validate(pledge, name, exclude=["period_slug", "continues"])
    pledge.save()
    pledge.municipalities.set(municipalities)
    pledge.focus_areas.set(focus_areas)
    conflict = pledge.conflicting_pledges(municipalities).first()
    if conflict:
        raise CommandError(
            f"{name}: det finns redan ett annat löfte med samma adress: {conflict} "
            f"(uid {conflict.uid})."
        )

    pledge.signatories.all().delete()
    for order, signatory_item in enumerate(item.get("signatories", []), start=1):
        signatory = Signatory(
            pledge=pledge,
            order=order,
            **{field: signatory_item.get(field) or "" for field in SIGNATORY_TEXT_FIELDS},
        )
        validate(signatory, f"{name}, undertecknare {order}")
        signatory.save()

    uids = []
    for order, action_item in enumerate(item.get("actions", []), start=1):
        uids.append(load_action(pledge, action_item, order, f"{name}, åtgärd {order}"))
    pledge.actions.exclude(uid__in=uids).delete()
    pledge.mark_published_version()
    return pledge


def load_action(pledge, item, order, name):
    uid = parse_uid(item.get("uid"), name)
    focus_area = None
    if item.get("focus_area"):
        focus_area = lookup(FocusArea, "slug", item["focus_area"], "okänt fokusområde", name)
    methods = lookup_all(Method, "slug", item.get("methods", []), "okänd arbetsmetod", name)
    action = Action.objects.filter(uid=uid).first() or Action(uid=uid)
    fields = {field: item.get(field) or "" for field in ACTION_TEXT_FIELDS}
    fields.update(
        pledge=pledge,
        order=order,
        focus_area=focus_area,
        responsible=item.get("responsible") or Action.Responsible.NOT_STATED,
    )
    for field, value in fields.items():
        setattr(action, field, value)
    validate(action, name)
    try:
        parsed = parse_targets("\n".join(item.get("targets", [])))
    except ValidationError as error:
        raise CommandError(f"{name}: {' '.join(error.messages)}") from None
    action.save()
    action.methods.set(methods)
    set_targets(action, parsed)
    return uid


def set_continues(pledge, item):
    continues = None
    if item.get("continues"):
        uid = parse_uid(item["continues"], pledge.title)
        continues = Pledge.objects.filter(uid=uid).first()
        if continues is None:
            raise CommandError(f"{pledge}: okänt löfte i ”continues”: {uid}.")
    if pledge.continues != continues:
        pledge.continues = continues
        validate(pledge, str(pledge), exclude=["period_slug"])
        pledge.save(update_fields=["continues"])


def lookup(model, field, value, unknown, name):
    """The row whose `field` is `value`, else 'Löftet (2024): okänd kommunkod ”9999”.'"""
    try:
        return model.objects.get(**{field: value})
    except model.DoesNotExist:
        raise CommandError(f"{name}: {unknown} ”{value}”.") from None


def lookup_all(model, field, values, unknown, name):
    if not isinstance(values, list):
        raise CommandError(f"{name}: en lista väntades, inte {values!r}.")
    return [lookup(model, field, value, unknown, name) for value in values]


def parse_date(item, field, name):
    value = item.get(field)
    try:
        return datetime.date.fromisoformat(value)
    except (TypeError, ValueError):
        raise CommandError(
            f"{name}: ”{field}” ska vara ett datum som 2024-01-31, inte {value!r}."
        ) from None


def parse_uid(value, name):
    try:
        return uuid.UUID(value)
    except (TypeError, ValueError, AttributeError):
        raise CommandError(f"{name}: ”uid” ska vara ett UUID, inte {value!r}.") from None


def at_noon(day):
    """A fixed publication time, so that loading twice gives the same order on the start page."""
    return datetime.datetime.combine(
        day, datetime.time(12), tzinfo=zoneinfo.ZoneInfo(settings.TIME_ZONE)
    )


def validate(obj, name, exclude=None):
    """full_clean(), with its errors as one CommandError that names the JSON keys."""
    try:
        obj.full_clean(exclude=exclude, validate_unique=False)
    except ValidationError as error:
        fields_by_message = {}
        for field, messages in error.message_dict.items():
            for message in messages:
                fields_by_message.setdefault(message, []).append(field)
        parts = []
        for message, fields in fields_by_message.items():
            fields = [field for field in fields if field != NON_FIELD_ERRORS]
            parts.append(f"{', '.join(fields)}: {message}" if fields else message)
        raise CommandError(f"{name}: {' '.join(parts)}") from None
