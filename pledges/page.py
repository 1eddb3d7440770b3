"""The pledge page's data, read in a few prepared queries, and its repeated fragments.

The page used to load the pledge with eleven queries (five prefetch passes for the promises
alone) and to render every promise through includes and per-row translations. Here the pledge
and its reports become model instances (the page, the schedule and the PDF link use their
methods), while what is listed (municipalities, focus areas, signatories, parties, promises with
their targets, methods and latest status) is read as plain values, and the promise list and
index are built as HTML in Python with each label translated once per render.
"""

from types import SimpleNamespace

from django.db.models import CharField, Exists, F, IntegerField, OuterRef, Subquery, Value
from django.template.defaultfilters import date as format_date
from django.urls import reverse
from django.utils.html import format_html, linebreaks
from django.utils.safestring import mark_safe
from django.utils.text import Truncator
from django.utils.timezone import template_localtime
from django.utils.translation import gettext, ngettext

from followups.models import ActionStatus, FollowUpReport, Progress
from municipalities.models import Municipality, swedish_sort_key

from .fragments import escape, escaped, fragment, text_with_breaks
from .models import Action, FocusArea, Party, Pledge, Signatory, Target, deadline_label
from .prepared import NOW, PreparedQuery, instance, keep_prefetched, number, text

PUBLISHED = Pledge.Status.PUBLISHED
PLEDGE_FIELDS = [f.attname for f in Pledge._meta.concrete_fields if f.name != "search_vector"]


def _published(queryset, now):
    """Pledge.objects.published() with the time as a value the prepared query can replace."""
    return queryset.filter(status=PUBLISHED, published_at__lte=now)


def _pledge_values(queryset, now):
    successors = _published(Pledge.objects.filter(continues=OuterRef("pk")), now)
    return queryset.order_by("pk").values(
        *PLEDGE_FIELDS,
        police_area_name=F("police_area__name"),
        police_area_slug=F("police_area__slug"),
        has_successors=Exists(successors),
    )[:1]


PLEDGE_AT_ADDRESS = PreparedQuery(
    lambda municipality, period, district, now: _pledge_values(
        _published(Pledge.objects.all(), now).at_address(municipality, period, district), now
    ),
    municipality=text("municipality"),
    period=text("period"),
    district=text("district"),
    now=NOW,
)
PLEDGE_BY_PK = PreparedQuery(
    lambda pk, now: _pledge_values(Pledge.objects.filter(pk=pk), now), pk=number(1), now=NOW
)


def _side_lists(pledge):
    """The pledge's municipalities, focus areas, signatories and parties, in one query."""
    blank = Value("", output_field=CharField())
    zero = Value(0, output_field=IntegerField())

    def rows(queryset, kind, order, pk, a, b=blank, c=blank, d=blank):
        return queryset.order_by().values(
            list_kind=Value(kind, output_field=CharField()), place=order, row=pk, a=a, b=b, c=c, d=d
        )

    municipalities = rows(
        Municipality.objects.filter(pledges=pledge), "m", zero, F("pk"), F("code"),
        F("name"), F("slug"),
    )  # fmt: skip
    focus_areas = rows(FocusArea.objects.filter(pledges=pledge), "f", zero, F("pk"), F("name"))
    signatories = rows(
        Signatory.objects.filter(pledge=pledge), "s", F("order"), F("pk"), F("name"),
        F("title"), F("side"), F("organisation"),
    )  # fmt: skip
    parties = rows(
        Party.objects.filter(pledge=pledge), "p", F("order"), F("pk"), F("name"), F("role")
    )
    return municipalities.union(focus_areas, signatories, parties, all=True)


SIDE_LISTS = PreparedQuery(_side_lists, pledge=number(2))

REPORT_FIELDS = [
    "id", "pledge_id", "kind", "year", "number", "covers_start", "covers_end", "slug",
    "is_example", "status", "published_at",
]  # fmt: skip
# With the texts a report's own page shows.
FULL_REPORT_FIELDS = [
    f.attname for f in FollowUpReport._meta.concrete_fields if f.name != "search_vector"
]


def _reports(fields):
    return PreparedQuery(
        lambda pledge, now: (
            FollowUpReport.objects.filter(
                pledge=pledge, status=FollowUpReport.Status.PUBLISHED, published_at__lte=now
            )
            .order_by("covers_end", "covers_start", "pk")
            .values(*fields)
        ),
        pledge=number(3),
        now=NOW,
    )


REPORTS = _reports(REPORT_FIELDS)
FULL_REPORTS = _reports(FULL_REPORT_FIELDS)

ACTIONS = PreparedQuery(
    lambda pledge: (
        Action.objects.filter(pledge=pledge)
        .order_by("order", "pk")
        .values(
            "id",
            "uid",
            "heading",
            "text",
            "details",
            "responsible",
            "other_party",
            "deadline_count",
            "deadline_unit",
            focus_area_name=F("focus_area__name"),
        )
    ),  # fmt: skip
    pledge=number(4),
)


def _promise_extras(pledge, now):
    """The methods and targets of the pledge's promises and the statuses in its latest
    published report (as latest_of() picks it), in one query."""
    blank = Value("", output_field=CharField())
    zero = Value(0, output_field=IntegerField())
    methods = (
        Action.methods.through.objects.filter(action__pledge=pledge)
        .order_by()
        .values(
            extra=Value("m", output_field=CharField()), action_ref=F("action_id"), place=zero,
            row=F("method_id"), n=zero, a=F("method__name"), b=blank, c=blank,
        )
    )  # fmt: skip
    targets = (
        Target.objects.filter(action__pledge=pledge)
        .order_by()
        .values(
            extra=Value("t", output_field=CharField()), action_ref=F("action_id"),
            place=F("order"), row=F("pk"), n=F("count"), a=F("unit"), b=F("per"), c=F("scope"),
        )
    )  # fmt: skip
    latest = (
        FollowUpReport.objects.filter(
            pledge=pledge, status=FollowUpReport.Status.PUBLISHED, published_at__lte=now
        )
        .order_by("-covers_end", "-published_at", "-pk")
        .values("pk")[:1]
    )
    statuses = (
        ActionStatus.objects.filter(report=Subquery(latest))
        .order_by()
        .values(
            extra=Value("s", output_field=CharField()), action_ref=F("action_id"),
            place=F("report_id"), row=F("achieved_count"), n=F("target_count"), a=F("status"),
            b=blank, c=blank,
        )
    )  # fmt: skip
    return methods.union(targets, statuses, all=True)


PROMISE_EXTRAS = PreparedQuery(_promise_extras, pledge=number(5), now=NOW)


def pledge_at_address(municipality, period, district, now):
    """The published pledge at the address, with its page's side lists, or None."""
    rows = PLEDGE_AT_ADDRESS.rows(
        municipality=municipality, period=period, district=district, now=now
    )
    return _pledge_of(rows[0]) if rows else None


def pledge_by_pk(pk, now):
    return _pledge_of(PLEDGE_BY_PK.rows(pk=pk, now=now)[0])


def _pledge_of(row):
    pledge = instance(Pledge, row)
    pledge.police_area_name = row["police_area_name"]
    pledge.police_area_slug = row["police_area_slug"]
    pledge.has_successors = row["has_successors"]
    sides = {"m": [], "f": [], "s": [], "p": []}
    for side in SIDE_LISTS.rows(pledge=pledge.pk):
        sides[side["list_kind"]].append(side)
    municipalities = [
        instance(Municipality, {"id": m["row"], "code": m["a"], "name": m["b"], "slug": m["c"]})
        for m in sorted(sides["m"], key=lambda m: m["a"])
    ]  # fmt: skip
    keep_prefetched(pledge, "municipalities", Municipality, municipalities)
    by_order = lambda row: (row["place"], row["row"])  # noqa: E731
    pledge.focus_area_names = sorted((f["a"] for f in sides["f"]), key=swedish_sort_key)
    side_labels = dict(Signatory.Side.choices)
    pledge.signatory_rows = [
        SimpleNamespace(name=s["a"], title=s["b"], organisation=s["d"] or side_labels[s["c"]])
        for s in sorted(sides["s"], key=by_order)
    ]
    role_labels = {value: str(label).lower() for value, label in Party.Role.choices}
    pledge.party_rows = [
        SimpleNamespace(name=p["a"], role=role_labels[p["b"]])
        for p in sorted(sides["p"], key=by_order)
    ]
    return pledge


def published_reports(pledge, now, texts=False):
    """The pledge's published reports, oldest first, as instances that know their pledge;
    with texts=True with the texts (summary, effect, …) too."""
    query = FULL_REPORTS if texts else REPORTS
    reports = []
    for row in query.rows(pledge=pledge.pk, now=now):
        report = instance(FollowUpReport, row)
        FollowUpReport.pledge.field.set_cached_value(report, pledge)
        reports.append(report)
    return reports


def promise_extras(pledge, latest_report, now):
    """({action id: its methods and targets}, {action id: its status in the latest report},
    the latest report's Progress or None), from one query."""
    extras, statuses, counts = {}, {}, {}
    for row in PROMISE_EXTRAS.rows(pledge=pledge.pk, now=now):
        if row["extra"] != "s":
            extras.setdefault(row["action_ref"], []).append(
                {
                    "kind": row["extra"], "order": row["place"], "pk": row["row"],
                    "count": row["n"], "unit": row["a"], "per": row["b"], "scope": row["c"],
                }
            )  # fmt: skip
        elif latest_report is not None and row["place"] == latest_report.pk:
            status = {"status": row["a"], "achieved_count": row["row"], "target_count": row["n"]}
            if status["status"]:
                counts[status["status"]] = counts.get(status["status"], 0) + 1
            if row["action_ref"] is not None:
                statuses[row["action_ref"]] = status
    progress = Progress.of_counts(counts) if latest_report is not None else None
    return extras, statuses, progress


STATUS_FIELDS = [f.attname for f in ActionStatus._meta.concrete_fields if f.name != "search_vector"]
REPORT_STATUSES = PreparedQuery(
    lambda report, other: (
        ActionStatus.objects.filter(report__in=[report, other])
        .order_by("order", "pk")
        .values(*STATUS_FIELDS)
    ),
    report=number(7),
    other=number(8),
)


def report_statuses(report, previous):
    """The statuses of a report and of the one before it (or None), in one query, as
    ([statuses of report], [statuses of previous])."""
    other = previous.pk if previous else report.pk
    own, earlier = [], []
    for row in REPORT_STATUSES.rows(report=report.pk, other=other):
        status = instance(ActionStatus, row)
        (own if status.report_id == report.pk else earlier).append(status)
    return own, earlier


class Labels:
    """Every label the promise list shows, translated once per language (Labels.of)."""

    _by_language = {}

    @classmethod
    def of(cls, language):
        """The labels in a language: the catalogues do not change while the process runs, so
        they are translated the first time a page in that language is rendered."""
        labels = cls._by_language.get(language)
        if labels is None:
            labels = cls._by_language[language] = cls()
        return labels

    def __init__(self):
        self.status = {value: str(label) for value, label in ActionStatus.Status.choices}
        self.responsible = {value: str(label) for value, label in Action.Responsible.choices}
        self.per = {value: str(label) for value, label in Target.Per.choices}
        self.other = Action.Responsible.OTHER
        self.with_party = gettext("%(responsible)s, med %(party)s")
        self.target = gettext("minst %(count)s %(unit)s %(per)s")
        self.target_separator = " " + gettext("och") + " "
        self.count = gettext("%(achieved)s av %(target)s")
        self.facts = {
            "responsible": gettext("Ansvarig"),
            "targets": gettext("Mål"),
            "deadline": gettext("Tidsgräns"),
            "focus_area": gettext("Fokusområde"),
            "methods": gettext("Arbetsmetoder"),
        }
        self.count_prefix = gettext("antal:")
        self.no_status = gettext("Ingen status")

    def status_chip(self, status):
        return fragment(
            '<span class="status status--{}">{}</span>', status, self.status.get(status, "")
        )

    def responsible_label(self, action):
        label = self.responsible.get(action["responsible"], action["responsible"])
        if action["other_party"] and action["responsible"] != self.other:
            return self.with_party % {"responsible": label, "party": action["other_party"]}
        if action["responsible"] == self.other:
            return action["other_party"]
        return label

    def targets_html(self, targets, swedish_marked):
        """As Action.targets_html: the Swedish words marked when the page is in another
        language."""
        parts = []
        for target in targets:
            per = self.per.get(target["per"], target["per"])
            if not swedish_marked:
                label = self.target % {"count": target["count"], "unit": target["unit"], "per": per}
                if target["scope"]:
                    label = f"{label} {target['scope']}"
                parts.append(escaped(label))
                continue
            swedish = '<span lang="sv">{}</span>'
            label = format_html(
                self.target % {"count": target["count"], "unit": "{unit}", "per": "{per}"},
                unit=fragment(swedish, target["unit"]),
                per=per,
            )
            if target["scope"]:
                label = fragment("{} {}", label, fragment(swedish, target["scope"]))
            parts.append(label)
        return mark_safe(escaped(self.target_separator).join(parts))


def promises(pledge, extras, statuses, language):
    """The promises as rows with everything the page shows of each, HTML fragments built."""
    labels = Labels.of(language)
    rows = []
    for action in ACTIONS.rows(pledge=pledge.pk):
        own = extras.get(action["id"], [])
        methods = sorted((e["unit"] for e in own if e["kind"] == "m"), key=swedish_sort_key)
        targets = sorted((e for e in own if e["kind"] == "t"), key=lambda e: (e["order"], e["pk"]))
        status = statuses.get(action["id"])
        rows.append(
            SimpleNamespace(
                id=action["id"],
                anchor=f"lofte-{action['uid']}",
                text=action["text"],
                details=action["details"],
                heading=action["heading"] or action["focus_area_name"] or "",
                focus_area_name=action["focus_area_name"],
                responsible=labels.responsible_label(action),
                targets=labels.targets_html(targets, language != "sv"),
                deadline=deadline_label(action["deadline_count"], action["deadline_unit"])
                if action["deadline_count"] and action["deadline_unit"]
                else "",
                methods=methods,
                status=status,
                status_chip=labels.status_chip(status["status"]) if status else "",
                count_label=labels.count
                % {"achieved": status["achieved_count"], "target": status["target_count"]}
                if status
                and status["achieved_count"] is not None
                and status["target_count"] is not None
                else "",
            )
        )
    return rows, labels


def action_list_html(actions, heading, latest_report, labels):
    """One group of promises as the page lists them (what includes/action_list.html was)."""
    facts = labels.facts
    items = []
    for action in actions:
        if action.status:
            count = (
                fragment(
                    ' <span class="action__count">({} {})</span>',
                    labels.count_prefix,
                    action.count_label,
                )
                if action.count_label
                else ""
            )
            status = fragment('<p class="action__status">{}{}</p>', action.status_chip, count)
        elif latest_report:
            status = fragment('<p class="action__status muted">{}</p>', labels.no_status)
        else:
            status = ""
        details = (
            fragment(
                '<div class="action__details" lang="sv">{}</div>',
                mark_safe(linebreaks(action.details, autoescape=True)),
            )
            if action.details
            else ""
        )
        dl = [
            fragment("<div><dt>{}</dt><dd>{}</dd></div>", facts["responsible"], action.responsible)
        ]
        if action.targets:
            dl.append(
                fragment("<div><dt>{}</dt><dd>{}</dd></div>", facts["targets"], action.targets)
            )
        if action.deadline:
            dl.append(
                fragment("<div><dt>{}</dt><dd>{}</dd></div>", facts["deadline"], action.deadline)
            )
        if action.focus_area_name and action.focus_area_name != heading:
            dl.append(
                fragment(
                    '<div><dt>{}</dt><dd><span class="chip" lang="sv">{}</span></dd></div>',
                    facts["focus_area"],
                    action.focus_area_name,
                )
            )
        if action.methods:
            chips = format_html_join_list('<li class="chip chip--neutral">{}</li>', action.methods)
            dl.append(
                fragment(
                    '<div><dt>{}</dt><dd><ul class="chips">{}</ul></dd></div>',
                    facts["methods"],
                    chips,
                )
            )
        items.append(
            fragment(
                '<li class="action" id="{}">\n<div class="action__row">\n'
                '<p class="action__text" lang="sv">{}</p>\n{}\n</div>\n{}\n'
                '<dl class="action__facts">\n{}\n</dl>\n</li>',
                action.anchor,
                text_with_breaks(action.text),
                status,
                details,
                mark_safe("\n".join(dl)),
            )
        )
    return mark_safe('<ul class="actions">\n' + "\n".join(items) + "\n</ul>")


def format_html_join_list(template, values):
    """fragment() for each value (or tuple of values), joined without a separator."""
    return mark_safe(
        "".join(
            fragment(template, *(value if isinstance(value, tuple) else (value,)))
            for value in values
        )
    )


def promise_index_html(actions):
    """The numbered list of promises in the first screen, each with its status."""
    items = [
        fragment(
            '<li><a href="#{}" lang="sv">{}</a>{}</li>',
            action.anchor,
            Truncator(action.text).words(14, truncate=" …"),
            fragment(" {}", action.status_chip) if action.status else "",
        )
        for action in actions
    ]
    return mark_safe("\n".join(items))


def promise_count_label(count):
    return ngettext("%(counter)s löfte", "%(counter)s löften", count) % {"counter": count}


def group_promises(actions):
    """(heading, actions) in document order: the heading in the document, else the focus area."""
    groups = []
    for action in actions:
        if groups and groups[-1][0] == action.heading:
            groups[-1][1].append(action)
        else:
            groups.append((action.heading, [action]))
    return groups


def police_area_url(slug):
    return reverse("municipalities:police_area", kwargs={"slug": slug})


def status_bar_html(segments, labels):
    """The bar split by status and its legend (SVG rects, symbols, chips), for the first
    screen."""
    rects = format_html_join_list(
        '<rect class="status-bar__part status-bar__part--{}" x="{}%" y="0" width="{}%" '
        'height="100%"/>',
        [(part.status.status, part.x, part.width) for part in segments],
    )
    symbols = format_html_join_list(
        '<text class="status-bar__symbol status-bar__symbol--{}" x="{}%" y="50%" '
        'text-anchor="middle" dominant-baseline="central">{}</text>',
        [(part.status.status, part.middle, part.symbol) for part in segments],
    )
    legend = format_html_join_list(
        "<li>{} {}</li>",
        [(labels.status_chip(part.status.status), part.count) for part in segments],
    )
    return fragment(
        '<svg class="status-bar" aria-hidden="true" focusable="false">{}{}</svg>\n'
        '<ul class="status-legend" aria-label="{}">\n{}\n</ul>',
        rects,
        symbols,
        gettext("Löftena per status"),
        legend,
    )


def actions_source_html(report):
    """'Status enligt …', above each group of promises: the report their statuses are from."""
    example = fragment(" ({})", gettext("påhittat exempel")) if report.is_example else ""
    return fragment(
        '<p class="actions__source">{}{}.</p>',
        gettext("Status enligt %(title)s") % {"title": report.title},
        example,
    )


def report_links(pledge, reports):
    """The published reports, newest first, as (url, title, covers label, is_example): one
    address built and the rest from it."""
    if not reports:
        return []
    base = reports[0].get_absolute_url()
    prefix = base[: -len(reports[0].slug) - 1]
    return [
        SimpleNamespace(
            url=f"{prefix}{report.slug}/",
            title=report.title,
            covers_label=report.covers_label,
            is_example=report.is_example,
        )
        for report in reversed(reports)
    ]


def facts_html(pledge, police_area_url):
    """The "Om löftet" list of facts (period, places, issuer, parties, police area, focus areas,
    publication day), one row per fact the pledge states."""
    municipalities = pledge.sorted_municipalities
    places = ", ".join(
        fragment('<a href="{}">{}</a>', m.get_absolute_url(), m.name) for m in municipalities
    )
    rows = [
        (gettext("Period"), escaped(pledge.period_label)),
        (gettext("Kommuner") if len(municipalities) > 1 else gettext("Kommun"), places),
    ]
    if pledge.district:
        rows.append((gettext("Område"), escaped(pledge.district)))
    if pledge.districts:
        rows.append((gettext("Stadsdelar"), escaped(pledge.districts_label)))
    if pledge.issuer != Pledge.Issuer.MUNICIPALITY_AND_POLICE:
        rows.append((gettext("Ges av"), escaped(pledge.get_issuer_display())))
    if pledge.party_rows:
        parties = "".join(fragment("<li>{} ({})</li>", p.name, p.role) for p in pledge.party_rows)
        rows.append((gettext("Andra parter"), f'<ul class="parties">{parties}</ul>'))
    if police_area_url:
        area = fragment('<a href="{}">{}</a>', police_area_url, pledge.police_area_name)
        rows.append((gettext("Lokalpolisområde"), area))
    if pledge.focus_area_names:
        chips = "".join(
            fragment('<li class="chip" lang="sv">{}</li>', name) for name in pledge.focus_area_names
        )
        rows.append((gettext("Fokusområden"), f'<ul class="chips">{chips}</ul>'))
    published = format_date(template_localtime(pledge.published_at), "j F Y")
    rows.append((gettext("Publicerat i portalen"), escaped(published)))
    return mark_safe(
        '<dl class="facts">\n'
        + "".join(
            f"      <div>\n        <dt>{escape(label)}</dt>\n"
            f"        <dd>{value}</dd>\n      </div>\n"
            for label, value in rows
        )
        + "    </dl>"
    )


def answer_html(pledge, context):
    """The first screen's answer (what includes/pledge_answer.html was): is the pledge in force,
    for when, how far it got by which follow-up, what comes next, and the numbered promises.
    `context` is the pledge page's context (render_pledge)."""
    latest, progress = context["latest_report"], context["progress"]
    parts = [
        fragment(
            '<section class="answer" aria-labelledby="i-korthet">\n'
            '  <h2 id="i-korthet" class="visually-hidden">{}</h2>\n'
            '  <p class="answer__state"><span class="state state--{}">{}</span> '
            '<span class="answer__period">{} <strong>{}</strong></span></p>',
            gettext("I korthet"),
            pledge.state,
            pledge.state_label,
            gettext("Period:"),
            pledge.period_label,
        )
    ]
    if latest:
        known = ""
        if context["final_report_missing"]:
            said = gettext("Senast kända status (%(name)s):") % {"name": escape(latest.name)}
            known = fragment('<span class="answer__known">{}</span> ', mark_safe(said))
        counted = progress.done_label if progress.counted else gettext("Inga löften att räkna in")
        left_out = (
            fragment(' <span class="muted">({})</span>', progress.left_out_label)
            if progress.left_out
            else ""
        )
        published = format_date(template_localtime(latest.published_at), "j F Y")
        example = (
            fragment(' <span class="chip chip--example">{}</span>', gettext("Exempel"))
            if latest.is_example
            else ""
        )
        parts.append(
            fragment(
                '  <p class="answer__progress">\n    {}<strong>{}</strong>{}\n  </p>\n'
                '  <p class="answer__source">{} <a href="{}">{}</a>, {}{}</p>\n  {}',
                known,
                counted,
                left_out,
                gettext("Enligt"),
                latest.get_absolute_url(),
                latest.title,
                mark_safe(gettext("publicerad %(date)s") % {"date": escape(published)}),
                example,
                context["status_bar"],
            )
        )
    else:
        parts.append(
            fragment(
                '  <p class="answer__progress">{}</p>',
                gettext(
                    "Ingen uppföljning är publicerad ännu, så det finns ingen status för löftena."
                ),
            )
        )
    upcoming = context["next_expected"]
    if context["final_report_missing"]:
        parts.append(
            fragment(
                '  <p class="answer__next"><strong>{}</strong> {}</p>',
                gettext("Slutrapport saknas."),
                gettext("Perioden är slut, men ingen uppföljning av hela perioden är publicerad."),
            )
        )
    elif upcoming:
        next_text = gettext("Nästa uppföljning väntas efter %(date)s (%(title)s).") % {
            "date": escape(format_date(upcoming.end, "j F Y")),
            "title": escape(str(upcoming.title)),
        }
        parts.append(fragment('  <p class="answer__next">{}</p>', mark_safe(next_text)))
    if context["action_count"]:
        parts.append(
            fragment(
                '  <h3 class="answer__heading">{}</h3>\n  <ol class="promise-index">\n    {}\n'
                "  </ol>",
                context["promise_count_label"],
                context["promise_index"],
            )
        )
    parts.append("</section>")
    return mark_safe("\n".join(parts))
