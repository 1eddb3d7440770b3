"""The open-data downloads of /loften/: one row per promise (action), as CSV or JSON.

Both are streamed: the pledges are read in chunks with .iterator(chunk_size=…), each chunk with
its municipalities, promises and published follow-ups prefetched, and every row is written as
soon as it is made. So a download of the whole country costs a few queries per chunk and little
memory, however large it gets. /oppna-data/ documents the columns (keep it in step with COLUMNS).

CSV: UTF-8 with a byte order mark and semicolons between the columns. Swedish Excel, which most
readers open a CSV with, needs the mark to read å, ä and ö and expects semicolons, since the
comma is the decimal sign in Swedish; csv readers elsewhere take both as an option
(encoding="utf-8-sig", delimiter=";"). Lists (several municipalities or methods) are joined with
", " in CSV and are arrays in JSON.

The columns from `action_order` on were appended so that a download can be imported again
(imports/structured.py): together with the earlier ones they hold everything the import writes, so
export → import → export gives the same file. Columns are only ever appended, never renamed or
moved, so that readers of older downloads keep working. Signatories are packed: in CSV one per
line, "Namn | Titel | sida | Organisation" (sida is kommun, polis or annan); in JSON a list of
objects with name, title, side and organisation. Contact persons are left out on purpose: they
are staff's personal data, shown on the pledge's page but not handed out in bulk.

A period may be stated only in part, so start_date and end_date may be empty; start_precision
and end_precision say whether a date is a day, a month or a year. A promise's targets are
packed in `targets`: in CSV one per line in the admin's format (pledges/targets.py, e.g.
"1 tillsyn per termin, i varje skola"), in JSON a list of objects with count, unit, per and
scope. The older columns target_count, target_unit and target_per give the first target.
Other parties are packed like signatories: in CSV "Namn | roll" per line (roll is undertecknar
or medverkar), in JSON a list of objects with name and role.

A CSV cell that a spreadsheet would take for a formula (it starts with =, +, -, @, a tab or a
carriage return) gets an apostrophe in front, as OWASP advises against CSV injection, so that
Excel shows the text instead of running it; a cell that starts with an apostrophe of its own gets
a second one, so that the import (imports/structured.py, through `raw_cell`) takes exactly one
away again and export → import → export gives the same file. The JSON keeps the text as written.
"""

import csv
import hashlib
import json
import os
import re
import tempfile
import threading
import time
from pathlib import Path
from types import SimpleNamespace

from django.conf import settings
from django.db import connection
from django.db.models import Prefetch
from django.http import FileResponse, HttpResponse
from django.utils.cache import get_conditional_response
from django.utils.http import http_date, quote_etag
from django.utils.translation import gettext_lazy as _

from followups.models import FollowUpReport, latest_of

from . import caching
from .filters import matches
from .targets import format_targets

CHUNK_SIZE = 200

# (column, description) in the order of the CSV; /oppna-data/ shows the descriptions.
COLUMNS = [
    ("action_uid", _("Löftets stabila id (UUID).")),
    ("pledge_uid", _("Medborgarlöftets stabila id (UUID).")),
    ("pledge_title", _("Medborgarlöftets rubrik.")),
    ("pledge_url", _("Medborgarlöftets adress på webbplatsen.")),
    ("period", _("Perioden som text, t.ex. 2024 eller 2017–2018.")),
    ("start_date", _("Periodens första dag (ÅÅÅÅ-MM-DD); tom om löftet inte anger den.")),
    ("end_date", _("Periodens sista dag (ÅÅÅÅ-MM-DD); tom om löftet inte anger den.")),
    ("municipality_codes", _("Kommunkoder, fyra siffror med inledande nolla.")),
    ("municipalities", _("Kommunernas namn.")),
    ("county_codes", _("Länskoder, två siffror.")),
    ("counties", _("Länens namn.")),
    ("police_area", _("Lokalpolisområdet, om det är angivet.")),
    ("district", _("Stadsdel eller område, när löftet gäller en del av kommunen.")),
    ("heading", _("Rubriken löftet står under i dokumentet.")),
    ("action", _("Vad som utlovas.")),
    ("focus_area_slug", _("Fokusområdets kod, t.ex. bedragerier.")),
    ("focus_area", _("Fokusområdets namn.")),
    ("responsible", _("Vem som ansvarar: polisen, kommunen, gemensamt, annan eller ej_angivet.")),
    ("responsible_label", _("Vem som ansvarar, i text.")),
    ("other_party", _("Annan namngiven part som bär löftet.")),
    ("method_slugs", _("Arbetsmetodernas koder.")),
    ("methods", _("Arbetsmetodernas namn.")),
    ("target_count", _("Det första målet som antal, om löftet har ett räknebart mål.")),
    ("target_unit", _("Vad som räknas i det första målet, t.ex. trygghetsvandringar.")),
    (
        "target_per",
        _(
            "Vad det första målet gäller: vecka, manad, termin, ar (per år) eller period "
            "(under hela perioden)."
        ),
    ),
    ("target", _("Alla mål i text, t.ex. minst 2 trygghetsvandringar per år.")),
    ("latest_followup_uid", _("Den senaste publicerade uppföljningens stabila id.")),
    ("latest_followup", _("Den senaste publicerade uppföljningens rubrik.")),
    ("latest_followup_url", _("Den senaste publicerade uppföljningens adress.")),
    ("latest_status", _("Löftets status i den uppföljningen, som kod, t.ex. genomford.")),
    ("latest_status_label", _("Löftets status i text, t.ex. Genomförd.")),
    (
        "achieved_count",
        _("Uppnått antal enligt den uppföljningen, för löften med ett antal som mål."),
    ),
    # Appended for the import (imports/structured.py); see the module's docstring.
    ("action_order", _("Löftets plats i ordningen inom medborgarlöftet, ett heltal.")),
    ("action_details", _("Förklaring till löftet.")),
    ("police_area_slug", _("Lokalpolisområdets kod, t.ex. ljungby.")),
    (
        "pledge_focus_area_slugs",
        _("Fokusområden som medborgarlöftet som helhet tar upp, som koder."),
    ),
    ("introduction", _("Medborgarlöftets inledning.")),
    ("situation", _("Lägesbilden.")),
    ("situation_basis", _("Vad lägesbilden bygger på.")),
    ("expected_effect", _("Förväntad effekt och mål.")),
    ("other_text", _("Övrig text i medborgarlöftet.")),
    (
        "followup_cadence",
        _(
            "Hur ofta löftet följs upp: arligen, tertial, kvartal, halvar, vid_slut, "
            "kontinuerligt eller ej_angivet."
        ),
    ),
    ("followup_text", _("Vad medborgarlöftet säger om uppföljningen.")),
    ("followup_published_where", _("Var uppföljningen publiceras.")),
    ("signed_on", _("Dagen då medborgarlöftet undertecknades (ÅÅÅÅ-MM-DD).")),
    ("signed_place", _("Orten där medborgarlöftet undertecknades.")),
    (
        "signatories",
        _(
            "Undertecknarna i ordning. I CSV en per rad: Namn | Titel | sida | Organisation, där "
            "sida är kommun, polis eller annan. I JSON en lista med objekt (name, title, side, "
            "organisation)."
        ),
    ),
    ("continues_uid", _("Stabilt id för medborgarlöftet som detta fortsätter, om något.")),
    ("source_url", _("Adressen till originaldokumentet.")),
    ("source_note", _("Anmärkning om källan.")),
    (
        "latest_followup_span",
        _(
            "Vilken tid den senaste publicerade uppföljningen gäller, som kod: 2024 (helår), "
            "2024-t2 (tertial), 2024-q3 (kvartal), 2024-h1 (halvår) eller slutrapport."
        ),
    ),
    ("latest_evidence", _("Vad som gjorts för löftet enligt den uppföljningen.")),
    # Appended for periods stated in part, several targets and more parties.
    ("start_precision", _("Hur startdatumet anges: dag, manad (månad) eller ar (år).")),
    ("end_precision", _("Hur slutdatumet anges: dag, manad (månad) eller ar (år).")),
    ("until_further_notice", _("ja om löftet gäller tills vidare, annars nej.")),
    ("signed_on_precision", _("Hur undertecknandet dateras: dag eller manad (månad).")),
    ("issuer", _("Vem som ger löftet: kommun_och_polis, polisen eller kommunen.")),
    ("districts", _("Stadsdelar som löftet gäller.")),
    (
        "targets",
        _(
            "Löftets mål i ordning. I CSV ett per rad: antal, vad som räknas och per dag, per "
            "vecka, per månad, per termin, per år eller under perioden, ev. följt av komma och "
            "var, t.ex. 1 tillsyn per termin, i varje skola. I JSON en lista med objekt (count, "
            "unit, per, scope)."
        ),
    ),
    ("deadline_count", _("Tidsgräns för löftet, antal, t.ex. 24.")),
    ("deadline_unit", _("Tidsgränsens enhet: timmar, dagar, veckor eller manader.")),
    (
        "parties",
        _(
            "Andra parter i ordning. I CSV en per rad: Namn | roll, där roll är undertecknar "
            "eller medverkar. I JSON en lista med objekt (name, role)."
        ),
    ),
    # Appended for residents' first question: is it in force, and where is each promise.
    (
        "state",
        _(
            "Om medborgarlöftet gäller den dag filen hämtas: kommande, galler (gäller nu), "
            "avslutat eller ej_angiven (perioden är inte angiven)."
        ),
    ),
    ("action_url", _("Löftets adress på webbplatsen, på medborgarlöftets sida.")),
]
FIELDNAMES = [name for name, _description in COLUMNS]
LIST_COLUMNS = {
    "municipality_codes",
    "municipalities",
    "county_codes",
    "counties",
    "method_slugs",
    "methods",
    "pledge_focus_area_slugs",
    "districts",
}
SIGNATORY_FIELDS = ["name", "title", "side", "organisation"]
SIGNATORY_SEPARATOR = " | "
PARTY_FIELDS = ["name", "role"]
TARGET_FIELDS = ["count", "unit", "per", "scope"]
YES, NO = "ja", "nej"


def pack_signatories(signatories):
    """The signatories (dicts) as one CSV cell: one per line, the fields joined with " | "."""
    return "\n".join(
        SIGNATORY_SEPARATOR.join(signatory[field] for field in SIGNATORY_FIELDS)
        for signatory in signatories
    )


def pack_parties(parties):
    """The parties (dicts) as one CSV cell: "Namn | roll" per line."""
    return "\n".join(
        SIGNATORY_SEPARATOR.join(party[field] for field in PARTY_FIELDS) for party in parties
    )


def for_export(pledges):
    """The pledges with everything a row needs, in a fixed number of queries per chunk."""
    reports = FollowUpReport.objects.published().in_order().prefetch_related("statuses")
    return (
        pledges.with_listing()
        .select_related("continues")
        .prefetch_related(
            "signatories",
            "parties",
            "actions__targets",
            Prefetch("reports", queryset=reports, to_attr="published_reports"),
        )
    )


def rows(pledges, absolute, criteria=None):
    """One dict per promise of `pledges`; `absolute` turns a path into a full address. With
    `criteria` (the filters on single promises, see PledgeFilter.action_criteria) only the
    promises that meet them: a download filtered on fraud holds the fraud promises."""

    for pledge in for_export(pledges).iterator(chunk_size=CHUNK_SIZE):
        municipalities = pledge.sorted_municipalities
        counties = sorted({m.county for m in municipalities}, key=lambda county: county.code)
        pledge_url = absolute(pledge.get_absolute_url())
        latest = latest_of(pledge.published_reports)
        statuses = {s.action_id: s for s in latest.statuses.all()} if latest else {}
        pledge_fields = {
            "pledge_uid": str(pledge.uid),
            "pledge_title": pledge.title,
            "pledge_url": pledge_url,
            "period": pledge.period_label,
            "start_date": pledge.start_date.isoformat() if pledge.start_date else "",
            "end_date": pledge.end_date.isoformat() if pledge.end_date else "",
            "municipality_codes": [m.code for m in municipalities],
            "municipalities": [m.name for m in municipalities],
            "county_codes": [county.code for county in counties],
            "counties": [county.name for county in counties],
            "police_area": pledge.police_area.name if pledge.police_area else "",
            "district": pledge.district,
            "latest_followup_uid": str(latest.uid) if latest else "",
            "latest_followup": latest.title if latest else "",
            "latest_followup_url": absolute(latest.get_absolute_url()) if latest else "",
            "police_area_slug": pledge.police_area.slug if pledge.police_area else "",
            "pledge_focus_area_slugs": sorted(f.slug for f in pledge.focus_areas.all()),
            "introduction": pledge.introduction,
            "situation": pledge.situation,
            "situation_basis": pledge.situation_basis,
            "expected_effect": pledge.expected_effect,
            "other_text": pledge.other_text,
            "followup_cadence": pledge.followup_cadence,
            "followup_text": pledge.followup_text,
            "followup_published_where": pledge.followup_published_where,
            "signed_on": pledge.signed_on.isoformat() if pledge.signed_on else "",
            "signed_place": pledge.signed_place,
            "signatories": [
                {field: getattr(signatory, field) for field in SIGNATORY_FIELDS}
                for signatory in pledge.signatories.all()
            ],
            "continues_uid": str(pledge.continues.uid) if pledge.continues else "",
            "source_url": pledge.source_url,
            "source_note": pledge.source_note,
            "latest_followup_span": latest.slug if latest else "",
            "start_precision": pledge.start_precision,
            "end_precision": pledge.end_precision,
            "until_further_notice": pledge.until_further_notice,
            "signed_on_precision": pledge.signed_on_precision,
            "issuer": pledge.issuer,
            "districts": list(pledge.districts),
            "parties": [
                {field: getattr(party, field) for field in PARTY_FIELDS}
                for party in pledge.parties.all()
            ],
            "state": pledge.state,
        }
        for action in pledge.actions.all():
            if criteria and not matches(action, criteria, statuses):
                continue
            methods = list(action.methods.all())
            targets = list(action.targets.all())
            first = targets[0] if targets else None
            status = statuses.get(action.pk)
            row = {
                "action_uid": str(action.uid),
                **pledge_fields,
                "heading": action.heading,
                "action": action.text,
                "focus_area_slug": action.focus_area.slug if action.focus_area else "",
                "focus_area": action.focus_area.name if action.focus_area else "",
                "responsible": action.responsible,
                "responsible_label": action.responsible_label,
                "other_party": action.other_party,
                "method_slugs": [method.slug for method in methods],
                "methods": [method.name for method in methods],
                "target_count": first.count if first else None,
                "target_unit": first.unit if first else "",
                "target_per": first.per if first else "",
                "target": action.targets_label,
                "latest_status": status.status if status else "",
                "latest_status_label": status.get_status_display() if status else "",
                "achieved_count": status.achieved_count if status else None,
                "action_order": action.order,
                "action_details": action.details,
                "latest_evidence": status.evidence if status else "",
                "targets": [{field: getattr(t, field) for field in TARGET_FIELDS} for t in targets],
                "deadline_count": action.deadline_count,
                "deadline_unit": action.deadline_unit,
                "action_url": f"{pledge_url}#{action.anchor}",
            }
            yield {name: row[name] for name in FIELDNAMES}


class _Echo:
    """A file that hands back what is written to it, for csv.writer in a stream."""

    def write(self, value):
        return value


FORMULA_STARTS = ("=", "+", "-", "@", "\t", "\r")
QUOTE = "'"


def neutralised(value):
    """A CSV cell that no spreadsheet runs as a formula: see the module's docstring."""
    if isinstance(value, str) and value.startswith((*FORMULA_STARTS, QUOTE)):
        return QUOTE + value
    return value


def raw_cell(value):
    """The text `neutralised` was given: the inverse, for the import."""
    if value.startswith(QUOTE) and value[1:].startswith((*FORMULA_STARTS, QUOTE)):
        return value[1:]
    return value


def csv_lines(rows):
    writer = csv.writer(_Echo(), delimiter=";")
    yield "\ufeff" + writer.writerow(FIELDNAMES)
    for row in rows:
        yield writer.writerow([neutralised(csv_value(name, value)) for name, value in row.items()])


def csv_value(name, value):
    if name in LIST_COLUMNS:
        return ", ".join(value)
    if name == "signatories":
        return pack_signatories(value)
    if name == "parties":
        return pack_parties(value)
    if name == "targets":
        return format_targets(SimpleNamespace(**target) for target in value)
    if isinstance(value, bool):
        return YES if value else NO
    return "" if value is None else value


def json_lines(rows):
    yield "[\n"
    first = True
    for row in rows:
        yield ("" if first else ",\n") + json.dumps(row, ensure_ascii=False)
        first = False
    yield "\n]\n"


# The full downloads ----------------------------------------------------------------------------
# /loften.csv and /loften.json without filters are what most visitors and every harvester fetch.
# Made anew per request, each cost the whole database's rows (half a minute on national data); so
# each is written once per content version (pledges/caching.py: any content save makes a new one)
# to a file in EXPORT_DIR and served from there with an ETag and Last-Modified, so that a repeat
# is a 304. The file is written by one thread of one process at a time, beside the requests;
# until it is there, visitors get the previous version's file, or the very first time a 503 that
# asks them to come back in a minute.
#
# A filtered download is written to a file too (EXPORT_DIR/filtrerade/), once per content version
# and filter, in the request that first asks for it; the next visitor with the same filters gets
# the file. Filtered files are small beside the whole country, and removed with their version.
#
# At most EXPORT_MAX_BUILDS files are written at a time across every process sharing EXPORT_DIR
# (lock files there): a crowd asking for many different downloads holds that many workers at
# most, and the others get a 503 with Retry-After. Serving a written file costs no database work:
# behind nginx (EXPORT_ACCEL_REDIRECT set, see deploy/nginx.conf) nginx sends the file itself and
# no worker waits on a slow client; without it Django sends it, with Content-Length and byte
# ranges (206) so that an interrupted download can resume.

LINES = {"csv": csv_lines, "json": json_lines}
CONTENT_TYPES = {"csv": "text/csv; charset=utf-8", "json": "application/json; charset=utf-8"}
# A builder that has not finished in this time is taken to have died, and another may start.
BUILD_LOCK_SECONDS = 15 * 60
FILTERED = "filtrerade"
# Kept per content version at most; the oldest go first.
MAX_FILTERED_FILES = 200


def write_file(path, file_format, queryset, absolute, criteria=None):
    """Writes every row to `path`, beside it first, so that no request reads half a file."""
    handle, temporary = tempfile.mkstemp(dir=path.parent, suffix=".tmp")
    try:
        with os.fdopen(handle, "w", encoding="utf-8", newline="") as out:
            for chunk in LINES[file_format](rows(queryset, absolute, criteria)):
                out.write(chunk)
        # Open data, readable by every user: nginx may send it (EXPORT_ACCEL_REDIRECT).
        os.chmod(temporary, 0o644)
        os.replace(temporary, path)
    finally:
        Path(temporary).unlink(missing_ok=True)


def remove_older(path, file_format):
    """Removes the full downloads of older versions: one file per format at a time."""
    for old in path.parent.glob(f"medborgarloften-*.{file_format}"):
        if old != path:
            old.unlink(missing_ok=True)


def take_lock(lock):
    """Whether this process may build: no other holds `lock`, or its holder died long ago."""
    try:
        if time.time() - lock.stat().st_mtime < BUILD_LOCK_SECONDS:
            return False
        lock.unlink(missing_ok=True)
    except FileNotFoundError:
        pass
    try:
        os.close(os.open(lock, os.O_CREAT | os.O_EXCL | os.O_WRONLY))
    except FileExistsError:
        return False
    return True


def take_build_slot():
    """One of the EXPORT_MAX_BUILDS build slots shared by every process, or None if all are
    taken. Give it back with `lock.unlink()`."""
    directory = Path(settings.EXPORT_DIR)
    for number in range(max(settings.EXPORT_MAX_BUILDS, 1)):
        slot = directory / f"bygge-{number}.lock"
        if take_lock(slot):
            return slot
    return None


def start_build(path, file_format, queryset, absolute):
    lock = path.with_name(path.name + ".lock")
    if not take_lock(lock):
        return
    slot = take_build_slot()
    if slot is None:
        lock.unlink(missing_ok=True)
        return

    def build():
        try:
            write_file(path, file_format, queryset, absolute)
            remove_older(path, file_format)
        finally:
            lock.unlink(missing_ok=True)
            slot.unlink(missing_ok=True)

    if settings.EXPORT_IN_BACKGROUND:
        start_thread(build)
    else:
        build()


def start_thread(build):
    def run():
        try:
            build()
        finally:
            connection.close()  # the thread's own connection

    threading.Thread(target=run, daemon=True).start()


def being_written(seconds=60):
    response = HttpResponse(
        _("Filen skapas just nu. Försök igen om en minut.") + "\n",
        status=503,
        content_type="text/plain; charset=utf-8",
    )
    response["Retry-After"] = str(seconds)
    return response


def full_response(request, file_format, queryset, absolute, filename):
    """The whole country's download, from the file of the current content version."""
    directory = Path(settings.EXPORT_DIR)
    directory.mkdir(parents=True, exist_ok=True)
    path = directory / f"medborgarloften-{caching.content_version()}.{file_format}"
    if not path.exists():
        start_build(path, file_format, queryset, absolute)
    if not path.exists():
        previous = sorted(
            directory.glob(f"medborgarloften-*.{file_format}"), key=lambda p: p.stat().st_mtime
        )
        if not previous:
            return being_written()
        path = previous[-1]
    return file_response(request, path, file_format, filename)


def filtered_response(request, file_format, pledge_filter, absolute):
    """A filtered download, from its file for the current content version, written now if it
    is not there yet (in one of the build slots; 503 if every slot is busy)."""
    version = caching.content_version()
    chosen = sorted(
        (name, str(value)) for name, value in pledge_filter.form.cleaned_data.items() if value
    )
    if not chosen:  # only parameters it does not know (utm_source, say): the whole country
        return full_response(request, file_format, pledge_filter.qs, absolute, "medborgarloften")
    key = hashlib.sha256(json.dumps(chosen, ensure_ascii=False).encode()).hexdigest()[:32]
    directory = Path(settings.EXPORT_DIR) / FILTERED
    directory.mkdir(parents=True, exist_ok=True)
    path = directory / f"{version}-{key}.{file_format}"
    if not path.exists():
        slot = take_build_slot()
        if slot is None:
            return being_written(seconds=10)
        try:
            if not path.exists():
                write_file(
                    path,
                    file_format,
                    pledge_filter.qs,
                    absolute,
                    pledge_filter.action_criteria(),
                )
                keep_current(directory, version)
        finally:
            slot.unlink(missing_ok=True)
    return file_response(request, path, file_format, pledge_filter.file_name())


def keep_current(directory, version):
    """Removes filtered files of older content versions, and the oldest beyond the limit."""
    current = []
    for path in directory.iterdir():
        if path.suffix == ".tmp":
            continue
        if not path.name.startswith(version):
            path.unlink(missing_ok=True)
        else:
            current.append(path)
    current.sort(key=lambda p: p.stat().st_mtime)
    for path in current[:-MAX_FILTERED_FILES]:
        path.unlink(missing_ok=True)


def file_response(request, path, file_format, filename):
    """A written download: 304 when the visitor has it, else the file or the byte range asked
    for, sent by nginx (X-Accel-Redirect) or by Django."""
    etag = quote_etag(hashlib.sha256(path.name.encode()).hexdigest()[:32])
    stat = path.stat()
    last_modified = int(stat.st_mtime)
    response = get_conditional_response(request, etag=etag, last_modified=last_modified)
    if response is None:
        if settings.EXPORT_ACCEL_REDIRECT:
            response = accel_response(path, file_format, filename)
        else:
            response = ranged_file_response(request, path, stat.st_size, etag, last_modified)
            response["Content-Type"] = CONTENT_TYPES[file_format]
        response["Content-Disposition"] = f'attachment; filename="{filename}.{file_format}"'
    response["ETag"] = etag
    response["Last-Modified"] = http_date(last_modified)
    return caching.mark_revalidate(response)


def accel_response(path, file_format, filename):
    """An empty answer that tells nginx to send the file itself (its internal location maps
    EXPORT_ACCEL_REDIRECT to EXPORT_DIR); nginx adds Content-Length and answers ranges."""
    relative = path.relative_to(Path(settings.EXPORT_DIR)).as_posix()
    response = HttpResponse(content_type=CONTENT_TYPES[file_format])
    response["X-Accel-Redirect"] = settings.EXPORT_ACCEL_REDIRECT.rstrip("/") + "/" + relative
    return response


RANGE = re.compile(r"^bytes=(\d*)-(\d*)$")


def requested_range(request, size, etag, last_modified):
    """(start, end) of the one byte range asked for, None for the whole file, or "invalid" for
    a range outside it. Several ranges, or an If-Range for another version, get the whole file."""
    header = request.META.get("HTTP_RANGE", "").strip()
    match = RANGE.match(header.replace(" ", ""))
    if not match or not any(match.groups()):
        return None
    if_range = request.META.get("HTTP_IF_RANGE", "").strip()
    if if_range and if_range not in (etag, http_date(last_modified)):
        return None
    first, last = match.groups()
    if len(first) > 18 or len(last) > 18:
        return "invalid"
    if first == "":  # the last N bytes
        start, end = max(size - int(last), 0), size - 1
    else:
        start = int(first)
        end = min(int(last), size - 1) if last else size - 1
        if last and int(last) < start:
            return None
    if start >= size or end < start:
        return "invalid"
    return start, end


class _Part:
    """The bytes from the file's current position up to `length`, as a file FileResponse reads."""

    def __init__(self, file, length):
        self.file, self.left = file, length

    def read(self, size=-1):
        size = self.left if size is None or size < 0 else min(size, self.left)
        data = self.file.read(size) if size else b""
        self.left -= len(data)
        return data

    def close(self):
        self.file.close()


def ranged_file_response(request, path, size, etag, last_modified):
    wanted = requested_range(request, size, etag, last_modified)
    if wanted == "invalid":
        response = HttpResponse(status=416)
        response["Content-Range"] = f"bytes */{size}"
        return response
    file = path.open("rb")
    if wanted is None:
        response = FileResponse(file)
        response["Content-Length"] = str(size)
    else:
        start, end = wanted
        file.seek(start)
        response = FileResponse(_Part(file, end - start + 1), status=206)
        response["Content-Range"] = f"bytes {start}-{end}/{size}"
        response["Content-Length"] = str(end - start + 1)
    response["Accept-Ranges"] = "bytes"
    return response
