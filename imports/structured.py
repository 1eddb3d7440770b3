"""Structured import: pledges with their actions, signatories and follow-up statuses, from the
project's own open-data format (pledges/exports.py), so that a download can be read back.

The steps, each its own function so that the admin can show a preview before anything is written:

1. read_rows: the file's bytes to rows of raw values. CSV is UTF-8 (a byte order mark is
   allowed) with semicolons, as the export writes it; JSON is a list of objects. The first row of
   a CSV (its column names) is row 1, so the first pledge row is row 2, as in a spreadsheet; in
   JSON row N is the Nth object.
2. plan_import: every row checked, every problem collected as a Problem (file, row, column and a
   message in Swedish), then a Plan: per pledge whether it is created, updated or unchanged, and
   what happens to its actions, signatories and statuses. Nothing is written. Any problem refuses
   the whole file (ImportRefused carries them all, so the user fixes the file in one go).
3. apply: writes the plan. import_pledges does 2 and 3 inside one transaction.

Matching: rows are matched on the stable ids, pledge_uid, action_uid and latest_followup_uid. A
row whose uid exists updates that row, otherwise it is created with that uid; a re-import
therefore never duplicates. Only the columns in the file are written: a file without, say,
`situation` leaves every pledge's situation as it is. Columns the export derives from others
(pledge_url, period, municipality names, counties, labels, …) are read and ignored. Actions of a
pledge that the file leaves out are kept, not deleted: deleting promises belongs in the admin,
where it is seen. Signatories have no ids: when the `signatories` column is given it replaces
the pledge's signatories, in order.

Follow-ups: the format carries one report per pledge, the latest published one (its uid, its
span such as 2024-t2, and per row the promise's status, evidence and count). The import creates
that report if it is new and sets those statuses; a status column left empty leaves the
promise's status alone. Earlier reports are not in the format and an import leaves them as they
are; report texts (summary, effect, …) are written in the admin. A new report gets no rows for
promises without a status in the file: the admin adds them when the draft is saved there.

Permissions: an import by a staff user (user=…) only touches pledges of the user's own
organisations (pledges.access.Scope), as the admin does: an existing pledge must be one the user
may change (a published one only by its utgivare), and every municipality and police area in
the file must be the user's own or already on the pledge. Without a user (the management
command without --user) the import acts as the national administrator.

Publishing: a pledge or follow-up report created by the import is a draft, unless publish=True
is asked for and the user may publish for that pledge (an utgivare, or no user). An existing
pledge keeps its status. A published follow-up report is what residents were told and stays as
it was published: a row that would change its statuses is refused.

History: every save goes through django-simple-history, with the importing user as history_user
and "Import från fil …" as the change reason, so the admin's Historik shows what the import did.
"""

import csv
import datetime
import io
import json
import re
import uuid
from dataclasses import dataclass, field

from django.core.exceptions import ValidationError
from django.db import transaction
from django.utils import timezone
from django.utils.text import slugify
from django.utils.translation import gettext as _

from followups.models import ActionStatus, FollowUpReport
from followups.spans import Span
from municipalities.models import Municipality, PoliceArea
from pledges.access import Scope
from pledges.exports import (
    FIELDNAMES,
    NO,
    PARTY_FIELDS,
    SIGNATORY_FIELDS,
    TARGET_FIELDS,
    YES,
    raw_cell,
)
from pledges.models import Action, FocusArea, Method, Party, Pledge, Signatory, Target
from pledges.targets import ParsedTarget, parse_targets, parsed_from, set_targets

FORMATS = ("csv", "json")

# The columns a file must have; every other column of the export may be left out.
REQUIRED = [
    "action_uid",
    "pledge_uid",
    "pledge_title",
    "start_date",
    "end_date",
    "municipality_codes",
    "action",
]

# Columns the export derives from other columns: read, and not written anywhere.
DERIVED = {
    "pledge_url",
    "period",
    "municipalities",
    "county_codes",
    "counties",
    "police_area",
    "focus_area",
    "responsible_label",
    "methods",
    "target",
    "target_count",  # the first of `targets`; read only from files without it
    "target_unit",
    "target_per",
    "latest_followup",
    "latest_followup_url",
    "latest_status_label",
}

# Pledge columns: the same on every row of one pledge. Text columns map to model fields.
PLEDGE_TEXTS = {
    "pledge_title": "title",
    "district": "district",
    "introduction": "introduction",
    "situation": "situation",
    "situation_basis": "situation_basis",
    "expected_effect": "expected_effect",
    "other_text": "other_text",
    "followup_cadence": "followup_cadence",
    "followup_text": "followup_text",
    "followup_published_where": "followup_published_where",
    "signed_place": "signed_place",
    "source_url": "source_url",
    "source_note": "source_note",
    "start_precision": "start_precision",
    "end_precision": "end_precision",
    "signed_on_precision": "signed_on_precision",
    "issuer": "issuer",
}
PLEDGE_DATES = {"start_date": "start_date", "end_date": "end_date", "signed_on": "signed_on"}
PLEDGE_COLUMNS = {
    *PLEDGE_TEXTS,
    *PLEDGE_DATES,
    "municipality_codes",
    "police_area_slug",
    "pledge_focus_area_slugs",
    "signatories",
    "continues_uid",
    "latest_followup_uid",
    "latest_followup_span",
    "until_further_notice",
    "districts",
    "parties",
}
ACTION_TEXTS = {
    "heading": "heading",
    "action": "text",
    "action_details": "details",
    "responsible": "responsible",
    "other_party": "other_party",
    "deadline_unit": "deadline_unit",
}
ACTION_NUMBERS = {"action_order": "order", "deadline_count": "deadline_count"}
# The first target, as files from before `targets` give it; read only without `targets`.
OLD_TARGET_COLUMNS = ["target_count", "target_unit", "target_per"]

# Where a model field's validation error is reported.
PLEDGE_FIELD_COLUMNS = {
    **{f: c for c, f in PLEDGE_TEXTS.items()},
    **{f: c for c, f in PLEDGE_DATES.items()},
    "continues": "continues_uid",
}
ACTION_FIELD_COLUMNS = {
    **{f: c for c, f in ACTION_TEXTS.items()},
    **{f: c for c, f in ACTION_NUMBERS.items()},
}
STATUS_FIELDS = {"status": "latest_status", "evidence": "latest_evidence"}

MAX_BYTES = 20 * 1024 * 1024


@dataclass(frozen=True)
class Problem:
    """One thing wrong with the file, said where: file, row (None: the whole file) and column."""

    file: str
    row: int | None
    column: str
    message: str

    def __str__(self):
        where = [self.file]
        if self.row is not None:
            where.append(_("rad %(row)s") % {"row": self.row})
        if self.column:
            where.append(_("kolumn %(column)s") % {"column": self.column})
        return f"{', '.join(where)}: {self.message}"


class ImportRefused(Exception):
    """The file cannot be imported; `problems` says every reason found."""

    def __init__(self, problems):
        super().__init__("\n".join(str(problem) for problem in problems))
        self.problems = problems


@dataclass
class StatusPlan:
    status: str
    evidence: str
    achieved_count: int | None
    existing: ActionStatus | None = None

    @property
    def changed(self):
        old = self.existing
        return old is None or (old.status, old.evidence, old.achieved_count) != (
            self.status,
            self.evidence,
            self.achieved_count,
        )


@dataclass
class ActionPlan:
    uid: uuid.UUID
    row: int
    action: Action  # unsaved changes applied; pk set when it exists
    created: bool
    changed_fields: list
    method_ids: set | None  # None: the file has no method_slugs column
    methods_changed: bool
    status: StatusPlan | None
    targets: list | None = None  # ParsedTargets, None: no target columns in the file
    targets_changed: bool = False

    @property
    def changed(self):
        return (
            self.created
            or bool(self.changed_fields)
            or self.methods_changed
            or self.targets_changed
        )


@dataclass
class ReportPlan:
    uid: uuid.UUID
    span: Span
    report: FollowUpReport | None  # the existing report, or None

    @property
    def created(self):
        return self.report is None


@dataclass
class PledgePlan:
    uid: uuid.UUID
    row: int
    pledge: Pledge  # unsaved changes applied; pk set when it exists
    created: bool
    changed_fields: list = field(default_factory=list)
    municipality_ids: set = field(default_factory=set)
    municipality_names: list = field(default_factory=list)
    municipalities_changed: bool = False
    focus_area_ids: set | None = None
    focus_areas_changed: bool = False
    signatories: list | None = None  # list of dicts, None: column not in the file
    signatories_changed: bool = False
    parties: list | None = None  # list of dicts, None: column not in the file
    parties_changed: bool = False
    continues_uid: uuid.UUID | None = None
    continues_given: bool = False
    continues_changed: bool = False
    publish: bool = False  # publish the pledge and report if this import creates them
    actions: list = field(default_factory=list)
    report: ReportPlan | None = None

    @property
    def actions_created(self):
        return sum(1 for a in self.actions if a.created)

    @property
    def actions_updated(self):
        return sum(1 for a in self.actions if not a.created and a.changed)

    @property
    def statuses_changed(self):
        return sum(1 for a in self.actions if a.status and a.status.changed)

    @property
    def signatory_count(self):
        return len(self.signatories) if self.signatories is not None else None

    @property
    def changed(self):
        return (
            self.created
            or bool(self.changed_fields)
            or self.municipalities_changed
            or self.focus_areas_changed
            or self.signatories_changed
            or self.parties_changed
            or self.continues_changed
            or any(a.changed or (a.status and a.status.changed) for a in self.actions)
            or (self.report is not None and self.report.created)
        )

    @property
    def outcome(self):
        if self.created:
            return "created"
        return "updated" if self.changed else "unchanged"


@dataclass
class Plan:
    file_name: str
    format: str
    row_count: int
    pledges: list

    def _with(self, outcome):
        return [p for p in self.pledges if p.outcome == outcome]

    @property
    def created(self):
        return self._with("created")

    @property
    def updated(self):
        return self._with("updated")

    @property
    def unchanged(self):
        return self._with("unchanged")

    def summary(self):
        """One sentence without plurals to get wrong: the counts come after colons."""
        return _(
            "%(file)s, %(rows)s rader. Medborgarlöften som skapas: %(created)s, ändras: "
            "%(updated)s, är oförändrade: %(unchanged)s."
        ) % {
            "file": self.file_name,
            "created": len(self.created),
            "updated": len(self.updated),
            "unchanged": len(self.unchanged),
            "rows": self.row_count,
        }


# 1. Reading ------------------------------------------------------------------------------------


def guess_format(file_name, content):
    """'csv' or 'json' from the file name's ending, else from the first character."""
    name = file_name.lower()
    for format in FORMATS:
        if name.endswith(f".{format}"):
            return format
    start = content.lstrip(b"\xef\xbb\xbf \t\r\n")[:1]
    return "json" if start in (b"[", b"{") else "csv"


def decode(content, file_name, format):
    """The file as text; refused, with the row of the first bad byte, unless it is UTF-8."""
    if content.startswith(b"\xef\xbb\xbf"):
        content = content[3:]
    try:
        return content.decode("utf-8")
    except UnicodeDecodeError as error:
        before = content[: error.start].decode("utf-8")
        if format == "json":
            row = None  # JSON's rows are objects, not lines; the message cannot say which.
        else:
            # The record the bad byte is in: texts in a CSV may hold line breaks.
            records = list(csv.reader(io.StringIO(before, newline=""), delimiter=";"))
            row = len(records) + (1 if not before or before.endswith("\n") else 0)
        raise ImportRefused(
            [
                Problem(
                    file_name,
                    row,
                    "",
                    _(
                        "Filen är inte UTF-8-kodad. Spara den som UTF-8, i Excel som ”CSV UTF-8 "
                        "(kommaavgränsad)”, eller ladda ner den på nytt från webbplatsen."
                    ),
                )
            ]
        ) from None


def read_rows(content, *, file_name, format=None):
    """[(row number, {column: raw value})] and the columns, from the file's bytes.

    Raises ImportRefused when the file cannot be read as rows at all: empty, not UTF-8, not
    CSV or JSON, or without a required column. Raw values are strings from CSV and whatever
    JSON holds from JSON; check_row() turns both into Python values.
    """
    if len(content) > MAX_BYTES:
        raise ImportRefused(
            [Problem(file_name, None, "", _("Filen är större än 20 MB. Dela upp den."))]
        )
    format = format or guess_format(file_name, content)
    text = decode(content, file_name, format)
    if not text.strip():
        raise ImportRefused([Problem(file_name, None, "", _("Filen är tom."))])
    if format == "json":
        rows, columns = _json_rows(text, file_name)
    else:
        rows, columns = _csv_rows(text, file_name)
    rows = [(number, _without_nul(raw)) for number, raw in rows]
    problems = []
    for column in REQUIRED:
        if column not in columns:
            problems.append(
                Problem(file_name, 1, column, _("Kolumnen saknas. Den måste finnas i filen."))
            )
    for column in columns:
        if column not in FIELDNAMES:
            problems.append(
                Problem(
                    file_name,
                    1,
                    column,
                    _("Okänd kolumn. Kolumnerna ska heta som i nedladdningen från Öppna data."),
                )
            )
    if not rows and not problems:
        problems.append(Problem(file_name, None, "", _("Filen har inga rader med löften.")))
    if problems:
        raise ImportRefused(problems)
    return rows, columns


def _csv_rows(text, file_name):
    reader = csv.reader(io.StringIO(text, newline=""), delimiter=";")
    try:
        header = next(reader)
    except csv.Error as error:
        raise ImportRefused(
            [Problem(file_name, 1, "", _("Filen går inte att läsa som CSV."))]
        ) from error
    header = [name.strip() for name in header]
    if len(header) == 1 and "," in header[0]:
        raise ImportRefused(
            [
                Problem(
                    file_name,
                    1,
                    "",
                    _("Kolumnerna ska vara åtskilda med semikolon (;), som i nedladdningen."),
                )
            ]
        )
    duplicates = sorted({name for name in header if header.count(name) > 1})
    if duplicates:
        raise ImportRefused(
            [Problem(file_name, 1, name, _("Kolumnen finns flera gånger.")) for name in duplicates]
        )
    rows, problems = [], []
    number = 1
    try:
        for values in reader:
            number += 1
            if not any(value.strip() for value in values):
                continue
            if len(values) != len(header):
                problems.append(
                    Problem(
                        file_name,
                        number,
                        "",
                        _("Raden har %(found)s fält men rubrikraden har %(expected)s.")
                        % {"found": len(values), "expected": len(header)},
                    )
                )
                continue
            # A cell the download neutralised against spreadsheet formulas reads as written.
            values = [raw_cell(value) for value in values]
            rows.append((number, dict(zip(header, values, strict=True))))
    except csv.Error:
        problems.append(Problem(file_name, number, "", _("Raden går inte att läsa som CSV.")))
    if problems:
        raise ImportRefused(problems)
    return rows, header


def _without_nul(raw):
    """The row with NUL characters taken out of its texts, also those in lists and in the
    objects of lists: PostgreSQL cannot store NUL, and no one means to write one."""

    def clean(value):
        if isinstance(value, str):
            return value.replace("\x00", "")
        if isinstance(value, dict):
            return {
                key: v.replace("\x00", "") if isinstance(v, str) else v for key, v in value.items()
            }
        return value

    return {
        column: [clean(item) for item in value] if isinstance(value, list) else clean(value)
        for column, value in raw.items()
    }


# JSON's rows are objects in a list; their lists hold objects of text. Deeper is no import file.
MAX_JSON_DEPTH = 100
JSON_TOKEN = re.compile(r'"(?:[^"\\]|\\.)*"|[\[\]{}]')


def _json_int(digits):
    """An integer of JSON, or a float for one too long to be a count of anything (Python will
    not read an integer of thousands of digits): every column then refuses it, by row and
    column, as not an integer."""
    return int(digits) if len(digits) <= 18 else float(digits)


def _too_deep(text):
    """(line, column) in the text where JSON's nesting first goes deeper than MAX_JSON_DEPTH."""
    depth = 0
    for m in JSON_TOKEN.finditer(text):
        token = m[0]
        if token in "[{":
            depth += 1
            if depth > MAX_JSON_DEPTH:
                line = text.count("\n", 0, m.start()) + 1
                return line, m.start() - text.rfind("\n", 0, m.start())
        elif token in "]}":
            depth -= 1
    return 1, 1


def _json_rows(text, file_name):
    try:
        data = json.loads(text, parse_int=_json_int)
    except RecursionError:
        line, column = _too_deep(text)
        raise ImportRefused(
            [
                Problem(
                    file_name,
                    None,
                    "",
                    _(
                        "JSON-filen är för djupt nästlad (rad %(line)s, tecken %(column)s i "
                        "filen). En rad är ett objekt vars värden är text, tal eller listor."
                    )
                    % {"line": line, "column": column},
                )
            ]
        ) from None
    except json.JSONDecodeError as error:
        raise ImportRefused(
            [
                Problem(
                    file_name,
                    None,
                    "",
                    _("Filen är inte giltig JSON (rad %(line)s, tecken %(column)s i filen).")
                    % {"line": error.lineno, "column": error.colno},
                )
            ]
        ) from None
    if not isinstance(data, list):
        raise ImportRefused(
            [
                Problem(
                    file_name, None, "", _("JSON-filen ska vara en lista med ett objekt per löfte.")
                )
            ]
        )
    if not data:
        return [], []
    if not isinstance(data[0], dict):
        raise ImportRefused([Problem(file_name, 1, "", _("Raden ska vara ett JSON-objekt."))])
    columns = list(data[0])
    rows, problems = [], []
    for number, item in enumerate(data, start=1):
        if not isinstance(item, dict):
            problems.append(Problem(file_name, number, "", _("Raden ska vara ett JSON-objekt.")))
            continue
        for column in columns:
            if column not in item:
                problems.append(
                    Problem(file_name, number, column, _("Fältet saknas på den här raden."))
                )
        for column in item:
            if column not in columns:
                problems.append(
                    Problem(file_name, number, column, _("Fältet finns inte på första raden."))
                )
        rows.append((number, item))
    if problems:
        raise ImportRefused(problems)
    return rows, columns


# 2. Checking and planning ---------------------------------------------------------------------


class _Cells:
    """Turns one row's raw values into Python values, collecting what is wrong."""

    def __init__(self, file_name, number, raw, problems):
        self.file_name, self.row, self.raw, self.problems = file_name, number, raw, problems

    def error(self, column, message):
        self.problems.append(Problem(self.file_name, self.row, column, message))

    def text(self, column):
        value = self.raw.get(column, "")
        if value is None:
            return ""
        if not isinstance(value, str):
            self.error(column, _("Ska vara text."))
            return ""
        return value

    def code(self, column):
        return self.text(column).strip()

    def codes(self, column):
        value = self.raw.get(column, "")
        if isinstance(value, list):
            if all(isinstance(item, str) for item in value):
                return [item.strip() for item in value if item.strip()]
            self.error(column, _("Ska vara en lista med text."))
            return []
        return [part.strip() for part in self.text(column).split(",") if part.strip()]

    def municipality_codes(self):
        """The codes, with the leading zero put back that a spreadsheet drops: 781 is 0781."""
        return [
            code.zfill(4) if code.isdigit() and len(code) == 3 else code
            for code in self.codes("municipality_codes")
        ]

    def number(self, column):
        value = self.raw.get(column, "")
        if value is None or value == "":
            return None
        if isinstance(value, str):
            try:
                value = int(value.strip())
            except ValueError:
                self.error(column, _("Ska vara ett heltal, t.ex. 2."))
                return None
        if isinstance(value, bool) or not isinstance(value, int):
            self.error(column, _("Ska vara ett heltal, t.ex. 2."))
            return None
        if value < 0:
            self.error(column, _("Kan inte vara negativt."))
            return None
        return value

    def date(self, column):
        value = self.code(column)
        if not value:
            return None
        try:
            if len(value) != 10:
                raise ValueError
            return datetime.date.fromisoformat(value)
        except ValueError:
            self.error(
                column,
                _("”%(value)s” är inte ett datum. Skriv det som ÅÅÅÅ-MM-DD, t.ex. 2024-01-31.")
                % {"value": value},
            )
            return None

    def uid(self, column, required=False):
        value = self.code(column)
        if not value:
            if required:
                self.error(column, _("Id saknas."))
            return None
        try:
            return uuid.UUID(value)
        except ValueError:
            self.error(column, _("”%(value)s” är inte ett giltigt id (UUID).") % {"value": value})
            return None

    def flag(self, column):
        value = self.raw.get(column, "")
        if isinstance(value, bool):
            return value
        value = value.strip().lower() if isinstance(value, str) else value
        if value in (YES, NO, ""):
            return value == YES
        self.error(column, _("Ska vara ja eller nej."))
        return False

    def parties(self, column):
        value = self.raw.get(column, "")
        if isinstance(value, list):
            if not all(
                isinstance(item, dict)
                and all(isinstance(item.get(name, ""), str) for name in PARTY_FIELDS)
                for item in value
            ):
                self.error(column, _("Ska vara en lista med objekt med name och role."))
                return []
            return [{name: item.get(name, "") for name in PARTY_FIELDS} for item in value]
        result = []
        for line in self.text(column).splitlines():
            if not line.strip():
                continue
            parts = [part.strip() for part in line.split("|")]
            if len(parts) != len(PARTY_FIELDS):
                self.error(
                    column,
                    _(
                        "”%(line)s”: skriv en part per rad som Namn | roll, där roll är "
                        "undertecknar eller medverkar."
                    )
                    % {"line": line.strip()},
                )
                return []
            result.append(dict(zip(PARTY_FIELDS, parts, strict=True)))
        return result

    def targets(self, column):
        value = self.raw.get(column, "")
        if isinstance(value, list):
            result = []
            for item in value:
                if not isinstance(item, dict):
                    break
                try:
                    result.append(ParsedTarget(**{name: item[name] for name in TARGET_FIELDS}))
                except (KeyError, TypeError):
                    break
                target = result[-1]
                if not (
                    isinstance(target.count, int)
                    and not isinstance(target.count, bool)
                    and target.count >= 1
                    and isinstance(target.unit, str)
                    and target.unit
                    and target.per in Target.Per.values
                    and isinstance(target.scope, str)
                ):
                    break
            else:
                return result
            self.error(
                column,
                _(
                    "Ska vara en lista med objekt med count (minst 1), unit, per (%(pers)s) och "
                    "scope."
                )
                % {"pers": ", ".join(Target.Per.values)},
            )
            return []
        try:
            return parse_targets(self.text(column))
        except ValidationError as error:
            for message in error.messages:
                self.error(column, message)
            return []

    def signatories(self, column):
        value = self.raw.get(column, "")
        if isinstance(value, list):
            result = []
            for item in value:
                if not isinstance(item, dict) or not all(
                    isinstance(item.get(name, ""), str) for name in SIGNATORY_FIELDS
                ):
                    self.error(
                        column,
                        _("Ska vara en lista med objekt med name, title, side och organisation."),
                    )
                    return []
                result.append({name: item.get(name, "") for name in SIGNATORY_FIELDS})
            return result
        result = []
        for line in self.text(column).splitlines():
            if not line.strip():
                continue
            parts = [part.strip() for part in line.split("|")]
            if len(parts) != len(SIGNATORY_FIELDS):
                self.error(
                    column,
                    _(
                        "”%(line)s”: skriv en undertecknare per rad som Namn | Titel | sida | "
                        "Organisation, där sida är kommun, polis eller annan."
                    )
                    % {"line": line.strip()},
                )
                return []
            result.append(dict(zip(SIGNATORY_FIELDS, parts, strict=True)))
        return result


def _validation_messages(error, columns, default_column):
    """(column, message) for each message of a model's ValidationError."""
    if hasattr(error, "error_dict"):
        for name, errors in error.error_dict.items():
            for message in ValidationError(errors).messages:
                yield columns.get(name, default_column), message
    else:
        for message in error.messages:
            yield default_column, message


class _Vocabulary:
    """Everything the rows refer to by code, read once: a fixed number of queries."""

    def __init__(self, rows):
        codes, areas, focus, methods = set(), set(), set(), set()
        pledge_uids, action_uids, report_uids, continues = set(), set(), set(), set()
        for _number, raw in rows:
            cells = _Cells("", 0, raw, [])
            codes.update(cells.municipality_codes())
            areas.add(cells.code("police_area_slug"))
            focus.update(cells.codes("pledge_focus_area_slugs"))
            focus.add(cells.code("focus_area_slug"))
            methods.update(cells.codes("method_slugs"))
            for column, into in [
                ("pledge_uid", pledge_uids),
                ("action_uid", action_uids),
                ("latest_followup_uid", report_uids),
                ("continues_uid", continues),
            ]:
                value = cells.uid(column)
                if value:
                    into.add(value)
        self.municipalities = {m.code: m for m in Municipality.objects.filter(code__in=codes)}
        self.police_areas = {a.slug: a for a in PoliceArea.objects.filter(slug__in=areas)}
        self.focus_areas = {f.slug: f for f in FocusArea.objects.filter(slug__in=focus)}
        self.methods = {m.slug: m for m in Method.objects.filter(slug__in=methods)}
        existing = (
            Pledge.objects.filter(uid__in=pledge_uids)
            .select_related("continues")
            .prefetch_related("municipalities", "focus_areas", "signatories", "parties", "reports")
        )
        self.pledges = {p.uid: p for p in existing}
        self.continues = {
            p.uid: p
            for p in Pledge.objects.filter(uid__in=continues).only(
                "pk", "uid", "status", "published_at"
            )
        }
        self.actions = {
            a.uid: a
            for a in Action.objects.filter(uid__in=action_uids)
            .select_related("pledge")
            .prefetch_related("methods", "targets")
        }
        self.reports = {
            r.uid: r
            for r in FollowUpReport.objects.filter(uid__in=report_uids)
            .select_related("pledge")
            .prefetch_related("statuses")
        }


def plan_import(*, content, file_name, format=None, user=None, publish=False):
    """Reads and checks the whole file and returns a Plan of what importing it would do.

    Writes nothing. Raises ImportRefused with every problem found. `user` is the staff user
    importing (None: the national administrator, for the management command); `publish` asks
    for new pledges and reports to be published at once, which only their utgivare may.
    """
    rows, columns = read_rows(content, file_name=file_name, format=format)
    present = set(columns)
    scope = _ImportScope(user) if user is not None else None
    vocabulary = _Vocabulary(rows)
    problems = []
    plans, first_rows, action_rows, report_pledges = {}, {}, {}, {}

    for number, raw in rows:
        cells = _Cells(file_name, number, raw, problems)
        pledge_uid = cells.uid("pledge_uid", required=True)
        action_uid = cells.uid("action_uid", required=True)
        if pledge_uid is None or action_uid is None:
            continue
        if pledge_uid in plans:
            _check_same_pledge(cells, raw, first_rows[pledge_uid], present)
            plan = plans[pledge_uid]
        else:
            plan = _plan_pledge(cells, pledge_uid, present, vocabulary, scope, publish)
            plans[pledge_uid], first_rows[pledge_uid] = plan, raw
            if plan.report is not None:
                other = report_pledges.setdefault(plan.report.uid, plan)
                if other is not plan:
                    cells.error(
                        "latest_followup_uid",
                        _("Samma uppföljning står för ett annat medborgarlöfte på rad %(row)s.")
                        % {"row": other.row},
                    )
        if action_uid in action_rows:
            cells.error(
                "action_uid",
                _("Samma id finns redan på rad %(row)s.") % {"row": action_rows[action_uid]},
            )
            continue
        action_rows[action_uid] = number
        action_plan = _plan_action(cells, action_uid, plan, present, vocabulary)
        if action_plan is not None:
            plan.actions.append(action_plan)

    pledge_plans = list(plans.values())
    _check_addresses(pledge_plans, file_name, problems, scope)
    _check_continues(pledge_plans, vocabulary, file_name, problems, scope)
    if problems:
        raise ImportRefused(sorted(problems, key=lambda p: p.row or 0))
    return Plan(file_name, format or guess_format(file_name, content), len(rows), pledge_plans)


class _ImportScope(Scope):
    """A staff user's Scope, with the municipalities and police areas they may put on a pledge
    read once for the whole file."""

    @property
    def municipality_choice_ids(self):
        if not hasattr(self, "_municipality_choice_ids"):
            self._municipality_choice_ids = set(self.municipalities().values_list("pk", flat=True))
        return self._municipality_choice_ids

    @property
    def police_area_choice_ids(self):
        if not hasattr(self, "_police_area_choice_ids"):
            self._police_area_choice_ids = set(self.police_areas().values_list("pk", flat=True))
        return self._police_area_choice_ids


def _check_same_pledge(cells, raw, first, present):
    for column in PLEDGE_COLUMNS & present:
        if raw.get(column) != first.get(column):
            cells.error(
                column,
                _(
                    "Skiljer sig från första raden för samma medborgarlöfte (pledge_uid). "
                    "Medborgarlöftets kolumner ska vara lika på alla dess rader."
                ),
            )


def _plan_pledge(cells, uid, present, vocabulary, scope, publish):
    existing = vocabulary.pledges.get(uid)
    start_problems = len(cells.problems)
    pledge = existing or Pledge(uid=uid, status=Pledge.Status.DRAFT)
    plan = PledgePlan(uid=uid, row=cells.row, pledge=pledge, created=existing is None)

    for column, name in PLEDGE_TEXTS.items():
        if column in present:
            _set(plan, pledge, name, cells.text(column))
    for column, name in PLEDGE_DATES.items():
        if column in present:
            value = cells.date(column)
            if value is None and cells.code(column):
                continue
            _set(plan, pledge, name, value)
    if "until_further_notice" in present:
        _set(plan, pledge, "until_further_notice", cells.flag("until_further_notice"))
    if "districts" in present:
        _set(plan, pledge, "districts", cells.codes("districts"))

    codes = cells.municipality_codes()
    if not codes:
        cells.error("municipality_codes", _("Ange minst en kommunkod."))
    municipalities = _known(
        cells,
        "municipality_codes",
        codes,
        vocabulary.municipalities,
        _("Det finns ingen kommun med koden ”%(code)s”."),
    )
    plan.municipality_ids = {m.pk for m in municipalities}
    plan.municipality_names = [m.name for m in municipalities]
    old_municipalities = {m.pk for m in existing.municipalities.all()} if existing else set()
    plan.municipalities_changed = plan.municipality_ids != old_municipalities

    if "police_area_slug" in present:
        slug = cells.code("police_area_slug")
        area = vocabulary.police_areas.get(slug) if slug else None
        if slug and area is None:
            cells.error(
                "police_area_slug",
                _("Det finns inget lokalpolisområde med koden ”%(slug)s”.") % {"slug": slug},
            )
        else:
            _set(plan, pledge, "police_area_id", area.pk if area else None)

    if "pledge_focus_area_slugs" in present:
        focus_areas = _known(
            cells,
            "pledge_focus_area_slugs",
            cells.codes("pledge_focus_area_slugs"),
            vocabulary.focus_areas,
            _("Det finns inget fokusområde med koden ”%(slug)s”."),
        )
        plan.focus_area_ids = {f.pk for f in focus_areas}
        old = {f.pk for f in existing.focus_areas.all()} if existing else set()
        plan.focus_areas_changed = plan.focus_area_ids != old

    if "signatories" in present:
        plan.signatories = cells.signatories("signatories")
        for signatory in plan.signatories:
            probe = Signatory(**signatory)
            try:
                probe.full_clean(exclude=["pledge"], validate_constraints=False)
            except ValidationError as error:
                for _column, message in _validation_messages(error, {}, "signatories"):
                    cells.error("signatories", f"{signatory['name'] or '–'}: {message}")
        old = (
            [{f: getattr(s, f) for f in SIGNATORY_FIELDS} for s in existing.signatories.all()]
            if existing
            else []
        )
        plan.signatories_changed = plan.signatories != old

    if "parties" in present:
        plan.parties = cells.parties("parties")
        for party in plan.parties:
            try:
                Party(**party).full_clean(exclude=["pledge"], validate_constraints=False)
            except ValidationError as error:
                for _column, message in _validation_messages(error, {}, "parties"):
                    cells.error("parties", f"{party['name'] or '–'}: {message}")
        old = (
            [{f: getattr(p, f) for f in PARTY_FIELDS} for p in existing.parties.all()]
            if existing
            else []
        )
        plan.parties_changed = plan.parties != old

    if "continues_uid" in present:
        plan.continues_given = True
        plan.continues_uid = cells.uid("continues_uid")

    if "latest_followup_uid" in present:
        _plan_report(cells, plan, present, vocabulary)

    if start_problems == len(cells.problems):
        try:
            pledge.full_clean(
                exclude=[
                    "uid",
                    "police_area",
                    "continues",
                    "municipalities",
                    "focus_areas",
                    "period_slug",
                ],
                validate_unique=False,
                validate_constraints=False,
            )
        except ValidationError as error:
            for column, message in _validation_messages(error, PLEDGE_FIELD_COLUMNS, ""):
                cells.error(column, message)
    if existing and not (
        pledge.start_date and pledge.end_date and pledge.end_date < pledge.start_date
    ):
        outside = [
            r
            for r in existing.reports.all()
            if (pledge.start_date and r.covers_end < pledge.start_date)
            or (pledge.end_date and r.covers_start > pledge.end_date)
        ]
        if outside:
            cells.error(
                "start_date",
                _("Löftet har uppföljningar utanför den nya perioden: %(titles)s.")
                % {"titles": ", ".join(r.title for r in outside)},
            )
    _check_scope(cells, plan, existing, scope, publish)
    return plan


def _known(cells, column, codes, table, message):
    """The rows of `table` (a dict by code) that `codes` name, in order; each code that is not
    there is an error in `column`. `message` names the code as %(code)s or %(slug)s."""
    found = []
    for code in codes:
        if code in table:
            found.append(table[code])
        else:
            cells.error(column, message % {"code": code, "slug": code})
    return found


def _set(plan, instance, name, value):
    if getattr(instance, name) != value:
        setattr(instance, name, value)
        plan.changed_fields.append(name)


def _check_scope(cells, plan, existing, scope, publish):
    if scope is None or scope.is_national:
        plan.publish = publish
        return
    refused = _("Du kan bara importera medborgarlöften för dina egna organisationer.")
    if not scope.is_member:
        cells.error("pledge_uid", refused)
        return
    if existing is not None:
        if not scope.allows_pledge_id(existing.pk):
            cells.error("pledge_uid", refused + " " + _("Det här löftet tillhör någon annan."))
            return
        if existing.status == Pledge.Status.PUBLISHED and not scope.may_publish_pledge(existing):
            cells.error("pledge_uid", _("Löftet är publicerat; bara en utgivare kan ändra det."))
            return
    old_municipalities = {m.pk for m in existing.municipalities.all()} if existing else set()
    allowed = scope.municipality_choice_ids | old_municipalities
    if not plan.municipality_ids <= allowed:
        cells.error("municipality_codes", refused)
        return
    area_id = plan.pledge.police_area_id
    old_area = existing.police_area_id if existing else None
    if area_id and area_id != old_area and area_id not in scope.police_area_choice_ids:
        cells.error("police_area_slug", refused)
        return
    if not scope.covers(plan.municipality_ids, area_id):
        cells.error("municipality_codes", refused)
        return
    creates = plan.created or (plan.report is not None and plan.report.created)
    if publish and creates:
        if not scope.may_publish(plan.municipality_ids, area_id):
            cells.error("pledge_uid", _("Bara en utgivare kan publicera."))
            return
        plan.publish = True


def _plan_report(cells, plan, present, vocabulary):
    uid = cells.uid("latest_followup_uid")
    if uid is None:
        return
    slug = cells.code("latest_followup_span")
    span = Span.from_slug(slug) if slug else None
    report = vocabulary.reports.get(uid)
    if report is not None and report.pledge.uid != plan.uid:
        cells.error("latest_followup_uid", _("Uppföljningen hör till ett annat medborgarlöfte."))
        return
    if span is None:
        if report is None:
            cells.error(
                "latest_followup_span",
                _(
                    "Ange vilken tid uppföljningen gäller: 2024, 2024-t2, 2024-q3, 2024-h1 eller "
                    "slutrapport."
                ),
            )
            return
        span = report.span
    if report is not None and report.span != span:
        cells.error(
            "latest_followup_span", _("En befintlig uppföljnings tid kan inte ändras genom import.")
        )
        return
    pledge = plan.pledge
    if report is None:
        if span.bounds(pledge.start_date, pledge.end_date) is None:
            cells.error(
                "latest_followup_span",
                _("Uppföljningen ligger utanför löftets period (%(period)s).")
                % {"period": pledge.period_label},
            )
            return
        bounds = span.bounds(pledge.start_date, pledge.end_date)
        if not plan.created and any(
            (r.covers_start, r.covers_end) == bounds or r.slug == span.slug
            for r in pledge.reports.all()
        ):
            cells.error(
                "latest_followup_uid",
                _("Löftet har redan en uppföljning för samma tid, med ett annat id."),
            )
            return
    plan.report = ReportPlan(uid=uid, span=span, report=report)


def _plan_action(cells, uid, plan, present, vocabulary):
    existing = vocabulary.actions.get(uid)
    if existing is not None and existing.pledge.uid != plan.uid:
        cells.error(
            "action_uid",
            _("Löftet hör till ett annat medborgarlöfte; det kan inte flyttas genom import."),
        )
        return None
    start_problems = len(cells.problems)
    action = existing or Action(uid=uid)
    action_plan = ActionPlan(
        uid=uid,
        row=cells.row,
        action=action,
        created=existing is None,
        changed_fields=[],
        method_ids=None,
        methods_changed=False,
        status=None,
    )
    for column, name in ACTION_TEXTS.items():
        if column in present:
            _set(action_plan, action, name, cells.text(column))
    for column, name in ACTION_NUMBERS.items():
        if column in present:
            value = cells.number(column)
            if name == "order" and value is None:
                value = 0
            _set(action_plan, action, name, value)
    _plan_targets(cells, action_plan, existing, present)
    if "focus_area_slug" in present:
        slug = cells.code("focus_area_slug")
        focus_area = vocabulary.focus_areas.get(slug) if slug else None
        if slug and focus_area is None:
            cells.error(
                "focus_area_slug",
                _("Det finns inget fokusområde med koden ”%(slug)s”.") % {"slug": slug},
            )
        _set(action_plan, action, "focus_area_id", focus_area.pk if focus_area else None)
    if "method_slugs" in present:
        methods = _known(
            cells,
            "method_slugs",
            cells.codes("method_slugs"),
            vocabulary.methods,
            _("Det finns ingen arbetsmetod med koden ”%(slug)s”."),
        )
        action_plan.method_ids = {m.pk for m in methods}
        old = {m.pk for m in existing.methods.all()} if existing else set()
        action_plan.methods_changed = action_plan.method_ids != old
    if start_problems == len(cells.problems):
        try:
            action.full_clean(
                exclude=["uid", "pledge", "focus_area"],
                validate_unique=False,
                validate_constraints=False,
            )
        except ValidationError as error:
            for column, message in _validation_messages(error, ACTION_FIELD_COLUMNS, "action"):
                cells.error(column, message)
    _plan_status(cells, action_plan, plan, present)
    return action_plan


def _plan_targets(cells, action_plan, existing, present):
    """The targets from `targets`, else (an older file) the one from target_count and so on."""
    if "targets" in present:
        targets = cells.targets("targets")
    elif set(OLD_TARGET_COLUMNS) <= present:
        count = cells.number("target_count")
        unit, per = cells.text("target_unit").strip(), cells.code("target_per")
        if count is None and not unit and not per:
            targets = []
        elif not count or not unit or per not in Target.Per.values:
            cells.error(
                "target_count",
                _(
                    "Ett mål behöver ett positivt antal, vad som räknas och vad det gäller "
                    "(%(pers)s)."
                )
                % {"pers": ", ".join(Target.Per.values)},
            )
            return
        else:
            targets = [ParsedTarget(count, unit, per)]
    else:
        return
    action_plan.targets = targets
    old = parsed_from(existing.targets.all()) if existing else []
    action_plan.targets_changed = targets != old


def _plan_status(cells, action_plan, plan, present):
    """What the row says of the promise in the report; a column left out keeps what is there."""
    report = plan.report.report if plan.report else None
    existing = None
    if report is not None and action_plan.action.pk:
        existing = next(
            (s for s in report.statuses.all() if s.action_id == action_plan.action.pk), None
        )

    def value(column, read, name, empty):
        if column in present:
            return read(column)
        return getattr(existing, name) if existing else empty

    status = value("latest_status", cells.code, "status", "")
    evidence = value("latest_evidence", cells.text, "evidence", "")
    count = value("achieved_count", cells.number, "achieved_count", None)
    if not (status or evidence or count is not None):
        return
    if plan.report is None:
        cells.error(
            "latest_followup_uid",
            _("Raden har en status men ingen uppföljning: ange uppföljningens id och tid."),
        )
        return
    if status and status not in ActionStatus.Status.values:
        cells.error(
            "latest_status",
            _("Okänd status ”%(value)s”. Välj en av: %(choices)s.")
            % {"value": status, "choices": ", ".join(ActionStatus.Status.values)},
        )
        return
    status_plan = StatusPlan(status, evidence, count, existing)
    if (
        report is not None
        and report.status == FollowUpReport.Status.PUBLISHED
        and (status_plan.changed)
    ):
        cells.error(
            "latest_status",
            _(
                "”%(title)s” är publicerad och ändras inte genom import. Avpublicera den i "
                "administrationen först, eller ta bort ändringen ur filen."
            )
            % {"title": report.title},
        )
        return
    action_plan.status = status_plan


ADDRESS_FIELDS = {"start_date", "end_date", "start_precision", "end_precision", "district"}


def _moves(plan):
    """Whether the import gives the pledge an address it did not have."""
    return (
        plan.created
        or plan.municipalities_changed
        or bool(ADDRESS_FIELDS & set(plan.changed_fields))
    )


def _may_know_of(scope, pledge):
    """Whether the importing user may learn of this pledge (see Scope.may_know_of)."""
    return scope is None or scope.is_national or scope.may_know_of(pledge)


def _check_addresses(plans, file_name, problems, scope=None):
    """Two pledges may not get the same address: same municipality, period and district.

    As in the admin, the rule is checked for pledges that get a new address; pledges that keep
    theirs are not refused for a clash that is already in the database.
    """
    seen = {}
    for plan in plans:
        pledge = plan.pledge
        if pledge.start_date and pledge.end_date and pledge.end_date < pledge.start_date:
            continue
        address = (pledge.compute_period_slug(), slugify(pledge.district))
        for municipality_id in plan.municipality_ids:
            other = seen.setdefault((municipality_id, *address), plan)
            if other is not plan and (_moves(plan) or _moves(other)):
                problems.append(
                    Problem(
                        file_name,
                        plan.row,
                        "municipality_codes",
                        _(
                            "Samma kommun, period och område som medborgarlöftet på rad "
                            "%(row)s. Ange en stadsdel eller ett område, eller ändra perioden."
                        )
                        % {"row": other.row},
                    )
                )
    if not seen:
        return
    uids = [plan.uid for plan in plans]
    clashes = (
        Pledge.municipalities.through.objects.filter(
            municipality_id__in={key[0] for key in seen},
            pledge__period_slug__in={key[1] for key in seen},
        )
        .exclude(pledge__uid__in=uids)
        .select_related("pledge")
        .only(
            "municipality_id",
            "pledge__period_slug",
            "pledge__district_slug",
            "pledge__title",
            "pledge__status",
            "pledge__published_at",
        )
    )
    for clash in clashes:
        other = clash.pledge
        plan = seen.get((clash.municipality_id, other.period_slug, other.district_slug))
        if plan is None or not _moves(plan):
            continue
        if _may_know_of(scope, other):
            message = _(
                "Kommunen har redan ett medborgarlöfte med samma adress (”%(title)s”). "
                "Ange en stadsdel eller ett område, eller ändra perioden."
            ) % {"title": other.title}
        else:
            # Another organisation's unpublished pledge: the user learns only that the
            # address is taken.
            message = _(
                "Kommunen har redan ett medborgarlöfte med samma adress. Ange en stadsdel "
                "eller ett område, eller ändra perioden."
            )
        problems.append(Problem(file_name, plan.row, "municipality_codes", message))


def _check_continues(plans, vocabulary, file_name, problems, scope=None):
    in_file = {plan.uid for plan in plans}
    # Another organisation's unpublished pledge is unknown to the user, as an id that is not
    # in the database at all.
    known = {uid for uid, pledge in vocabulary.continues.items() if _may_know_of(scope, pledge)}
    for plan in plans:
        uid = plan.continues_uid
        if not plan.continues_given:
            continue
        if uid == plan.uid:
            problems.append(
                Problem(
                    file_name,
                    plan.row,
                    "continues_uid",
                    _("Ett löfte kan inte fortsätta sig självt."),
                )
            )
        elif uid and uid not in in_file and uid not in known:
            problems.append(
                Problem(
                    file_name,
                    plan.row,
                    "continues_uid",
                    _("Det finns inget medborgarlöfte med id %(uid)s.") % {"uid": uid},
                )
            )
        old = plan.pledge.continues.uid if plan.pledge.continues_id else None
        plan.continues_changed = uid != old


# 3. Writing -----------------------------------------------------------------------------------


def _stamp(instance, user, reason):
    instance._history_user = user
    instance._change_reason = reason
    return instance


@transaction.atomic
def apply(plan, *, user=None, progress=None):
    """Writes the plan; `progress(done)` is called after each pledge. Returns the plan."""
    reason = _("Import från fil %(file)s") % {"file": plan.file_name}
    now = timezone.now()
    by_uid = {}
    for done, pledge_plan in enumerate(plan.pledges, start=1):
        _apply_pledge(pledge_plan, user, reason, now)
        by_uid[pledge_plan.uid] = pledge_plan.pledge
        if progress:
            progress(done)
    for pledge_plan in plan.pledges:
        if pledge_plan.continues_changed:
            uid = pledge_plan.continues_uid
            target = by_uid.get(uid) if uid else None
            continues_id = target.pk if target else Pledge.objects.get(uid=uid).pk if uid else None
            pledge = _stamp(pledge_plan.pledge, user, reason)
            pledge.continues_id = continues_id
            pledge.save()
    return plan


def _apply_pledge(plan, user, reason, now):
    pledge = _stamp(plan.pledge, user, reason)
    if plan.created and plan.publish:
        pledge.status = Pledge.Status.PUBLISHED
        pledge.published_at = now
    if plan.created or plan.changed_fields:
        pledge.save()
    if plan.municipalities_changed:
        pledge.municipalities.set(plan.municipality_ids)
    if plan.focus_areas_changed:
        pledge.focus_areas.set(plan.focus_area_ids)
    if plan.signatories_changed:
        for old in pledge.signatories.all():
            _stamp(old, user, reason).delete()
        for order, fields in enumerate(plan.signatories):
            _stamp(Signatory(pledge=pledge, order=order, **fields), user, reason).save()
    if plan.parties_changed:
        for old in pledge.parties.all():
            _stamp(old, user, reason).delete()
        for order, fields in enumerate(plan.parties):
            _stamp(Party(pledge=pledge, order=order, **fields), user, reason).save()
    for action_plan in plan.actions:
        action = _stamp(action_plan.action, user, reason)
        if action_plan.created:
            action.pledge = pledge
        if action_plan.created or action_plan.changed_fields:
            action.save()
        if action_plan.methods_changed:
            action.methods.set(action_plan.method_ids)
        if action_plan.targets_changed:
            set_targets(action, action_plan.targets, lambda t: _stamp(t, user, reason))
    report_plan = plan.report
    if report_plan is None:
        if plan.created and plan.publish:
            pledge.mark_published_version()
        return
    report = report_plan.report
    if report is None:
        span = report_plan.span
        report = FollowUpReport(
            uid=report_plan.uid, pledge=pledge, kind=span.kind, year=span.year, number=span.number
        )
        _stamp(report, user, reason).save()
    for action_plan in plan.actions:
        status_plan = action_plan.status
        if status_plan is None or not status_plan.changed:
            continue
        row = status_plan.existing or ActionStatus(report=report, action=action_plan.action)
        row.status = status_plan.status
        row.evidence = status_plan.evidence
        row.achieved_count = status_plan.achieved_count
        _stamp(row, user, reason).save()
    if report_plan.created and plan.publish:
        for row in report.statuses.select_related("action__focus_area"):
            row.take_snapshot()
            _stamp(row, user, reason).save()
        report.status = FollowUpReport.Status.PUBLISHED
        report.published_at = now
        _stamp(report, user, reason).save()
    if plan.created and plan.publish:
        pledge.mark_published_version()


def import_pledges(
    *, content, file_name, format=None, user=None, publish=False, dry_run=False, progress=None
):
    """Checks the file and, unless dry_run, writes it, all in one transaction.

    The one entry point for the management command and the admin's confirm step: the file is
    checked again, with the user's permissions as they are now. Returns the Plan; raises
    ImportRefused with every problem, and then nothing is written.
    """
    with transaction.atomic():
        plan = plan_import(
            content=content, file_name=file_name, format=format, user=user, publish=publish
        )
        if not dry_run:
            apply(plan, user=user, progress=progress)
    return plan
