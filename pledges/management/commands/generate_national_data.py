"""Generates pledges and follow-ups at national scale, for benchmarks and load tests.

Every municipality gets one published calendar-year pledge per year, each with actions, two
signatories and a published follow-up per tertial or quarter. The defaults (290 municipalities ×
10 years × 10 actions) give about 2,900 pledges, 29,000 actions and 97,000 statuses. The rows are
invented and say so in their texts; ids are derived from municipality and year, so a second run
adds only what is missing. Rows are written in bulk, without change history.
"""

import datetime
import random
import uuid
import zoneinfo

from django.core.management.base import BaseCommand, CommandError
from django.db import connection, transaction
from django.db.models import prefetch_related_objects

from followups import spans
from followups.models import ActionStatus, FollowUpReport
from municipalities.models import Municipality
from pledges.models import Action, FocusArea, Method, Pledge, Signatory, Target

NAMESPACE = uuid.UUID("6f6d1b2e-3c1a-4f7e-9d2b-6a1f0c9e8b71")
STOCKHOLM = zoneinfo.ZoneInfo("Europe/Stockholm")
STATUSES = [
    (ActionStatus.Status.DONE, 5),
    (ActionStatus.Status.ONGOING, 4),
    (ActionStatus.Status.PARTLY_DONE, 2),
    (ActionStatus.Status.DELAYED, 1),
    (ActionStatus.Status.NOT_STARTED, 1),
    (ActionStatus.Status.NOT_DONE, 1),
    (ActionStatus.Status.CANCELLED, 1),
    (ActionStatus.Status.CANNOT_ASSESS, 1),
]
PROMISES = [
    ("genomföra trygghetsvandringar i {place}", "trygghetsvandringar", "trygghetsvandring"),
    ("hålla grannsamverkansmöten för kontaktpersonerna", "grannsamverkansmöten", "grannsamverkan"),
    ("arbeta enligt EST med gemensamma lägesbilder varje vecka", "", "est"),
    ("genomföra riktade insatser mot narkotika i {place}", "insatser", "hot-spots"),
    (
        "informera äldre om bedrägerier i samverkan med pensionärsföreningar",
        "träffar",
        "informationsinsats",
    ),
    ("hålla medborgardialoger om trygghet i {place}", "medborgardialoger", "medborgardialog"),
    ("planera nya bostadsområden enligt Bo Tryggt 2030", "", "bo-tryggt-2030"),
    ("göra en trygghetsmätning bland invånarna", "mätningar", "trygghetsmatning"),
    ("samverka med näringslivet mot stölder i butiker", "möten", "naringslivssamverkan"),
    ("öka polisens synlighet på otrygga platser kvällstid", "", "hot-spots"),
    ("förebygga att unga rekryteras till kriminella nätverk", "", ""),
    ("följa upp skadegörelse och klotter inom ett dygn", "", ""),
]
PLACES = ["centrum", "stationsområdet", "skolorna", "idrottsplatsen", "parkerna", "hamnen"]


class Progress:
    """A progress bar: 'Kommuner  120/290 [########----] 41 %', written over in place."""

    def __init__(self, label, total, stream, width=30):
        self.label, self.total, self.stream, self.width = label, total, stream, width

    def show(self, done):
        filled = self.width * done // self.total if self.total else self.width
        percent = 100 * done // self.total if self.total else 100
        bar = "#" * filled + "-" * (self.width - filled)
        end = "\n" if done >= self.total else ""
        # The line is written over until the end; `stream` is a command's OutputWrapper.
        line = f"\r{self.label} {done:>5}/{self.total} [{bar}] {percent:>3} %"
        self.stream.write(line, ending=end)
        self.stream.flush()


def stable_uid(*parts):
    return uuid.uuid5(NAMESPACE, "/".join(str(p) for p in parts))


class Command(BaseCommand):
    help = "Genererar påhittade löften och uppföljningar i nationell skala för prestandamätningar."

    def add_arguments(self, parser):
        parser.add_argument("--years", type=int, default=10, help="Antal år (standard 10).")
        parser.add_argument("--last-year", type=int, help="Sista året (standard: förra året).")
        parser.add_argument("--actions", type=int, default=10, help="Åtgärder per löfte.")
        parser.add_argument(
            "--municipalities",
            type=int,
            help="Bara så här många kommuner, i kodordning (standard: alla 290).",
        )
        parser.add_argument("--seed", type=int, default=1, help="Slumpfrö, för samma data igen.")

    def handle(self, *args, years, last_year, actions, municipalities, seed, **options):
        if years < 1 or actions < 1:
            raise CommandError("--years och --actions måste vara minst 1.")
        last_year = last_year or datetime.date.today().year - 1
        chosen = list(Municipality.objects.order_by("code").prefetch_related("police_areas"))
        if municipalities is not None:
            chosen = chosen[:municipalities]
        focus_areas = {f.slug: f for f in FocusArea.objects.all()}
        methods = {m.slug: m for m in Method.objects.all()}
        if not focus_areas or not methods:
            raise CommandError("Fokusområden och arbetsmetoder saknas: kör migrate först.")
        rng = random.Random(seed)
        existing = set(Pledge.objects.values_list("uid", flat=True))
        progress = Progress("Kommuner", len(chosen), stream=self.stderr)
        totals = {"pledges": 0, "actions": 0, "reports": 0, "statuses": 0}
        for done, municipality in enumerate(chosen, start=1):
            with transaction.atomic():
                for year in range(last_year - years + 1, last_year + 1):
                    uid = stable_uid("pledge", municipality.code, year)
                    if uid in existing:
                        continue
                    counts = self.make_pledge(
                        municipality, year, uid, actions, focus_areas, methods, rng
                    )
                    for key, value in counts.items():
                        totals[key] += value
            progress.show(done)
        if connection.vendor == "postgresql":
            # Bulk-loaded tables have no planner statistics, and no visibility map for
            # index-only scans, until autovacuum gets to them; a live database has both.
            # VACUUM cannot run inside a transaction (as in a test), ANALYZE can.
            with connection.cursor() as cursor:
                cursor.execute("ANALYZE" if connection.in_atomic_block else "VACUUM ANALYZE")
        self.stdout.write(
            f"Klart: {totals['pledges']} löften, {totals['actions']} åtgärder, "
            f"{totals['reports']} uppföljningar och {totals['statuses']} statusar skapade."
        )

    def make_pledge(self, municipality, year, uid, action_count, focus_areas, methods, rng):
        area = next(iter(municipality.police_areas.all()), None)
        cadence = Pledge.Cadence.TERTIAL if rng.random() < 0.67 else Pledge.Cadence.QUARTERLY
        start, end = datetime.date(year, 1, 1), datetime.date(year, 12, 31)
        chosen_areas = rng.sample(list(focus_areas.values()), k=min(3, len(focus_areas)))
        pledge = Pledge(
            uid=uid,
            title=f"Medborgarlöfte {municipality.name} {year}",
            police_area=area,
            start_date=start,
            end_date=end,
            introduction=(
                f"Genererat testlöfte för {municipality.name} {year}. Kommunen och polisen "
                "lovar att arbeta tillsammans för att minska brottsligheten och öka tryggheten."
            ),
            situation=(
                "Trygghetsmätningen visar att invånarna känner sig otrygga i centrum kvällstid, "
                f"och att oron för {chosen_areas[0].name.lower()} har ökat."
            ),
            situation_basis="Trygghetsmätning, medborgardialoger och polisens statistik.",
            expected_effect="Ökad upplevd trygghet och färre anmälda brott på utpekade platser.",
            followup_cadence=cadence,
            followup_published_where="På kommunens och polisens webbplatser.",
            signed_on=datetime.date(year, 2, rng.randint(1, 28)),
            signed_place=municipality.name,
            status=Pledge.Status.PUBLISHED,
            published_at=datetime.datetime(year, 3, 1, 12, tzinfo=STOCKHOLM),
        )
        pledge.save()
        pledge.municipalities.add(municipality)
        pledge.focus_areas.set(chosen_areas)
        Signatory.objects.bulk_create(
            [
                Signatory(
                    pledge=pledge,
                    order=1,
                    name="Kim Andersson",
                    title="Kommunstyrelsens ordförande",
                    side=Signatory.Side.MUNICIPALITY,
                ),
                Signatory(
                    pledge=pledge,
                    order=2,
                    name="Alex Nilsson",
                    title="Lokalpolisområdeschef",
                    side=Signatory.Side.POLICE,
                ),
            ]
        )
        actions, action_methods, targets = [], [], []
        for order in range(1, action_count + 1):
            text, unit, method = PROMISES[(order + year) % len(PROMISES)]
            counted = bool(unit) and rng.random() < 0.6
            action = Action(
                uid=stable_uid("action", pledge.uid, order),
                pledge=pledge,
                order=order,
                text=text.format(place=rng.choice(PLACES)).capitalize(),
                focus_area=chosen_areas[order % len(chosen_areas)],
                responsible=rng.choice(list(Action.Responsible.values[:3])),
            )
            actions.append(action)
            if counted:
                targets.append((action, rng.randint(2, 6), unit))
            if method in methods:
                action_methods.append((action, methods[method]))
        Action.objects.bulk_create(actions)
        Target.objects.bulk_create(
            Target(action=action, count=count, unit=unit, per=Target.Per.YEAR)
            for action, count, unit in targets
        )
        prefetch_related_objects(actions, "targets")
        Action.methods.through.objects.bulk_create(
            [
                Action.methods.through(action_id=action.pk, method_id=method.pk)
                for action, method in action_methods
            ]
        )
        kind = spans.TERTIAL if cadence == Pledge.Cadence.TERTIAL else spans.QUARTER
        statuses = reports = 0
        states, weights = zip(*STATUSES, strict=True)
        for span in spans.expected_spans(kind, start, end):
            covers_start, covers_end = span.bounds(start, end)
            report = FollowUpReport.objects.create(
                pledge=pledge,
                kind=span.kind,
                year=span.year,
                number=span.number,
                summary=f"Genererad uppföljning för {municipality.name}.",
                status=FollowUpReport.Status.PUBLISHED,
                published_at=datetime.datetime.combine(
                    covers_end + datetime.timedelta(days=20), datetime.time(12), STOCKHOLM
                ),
            )
            rows = []
            for action in actions:
                row = ActionStatus(
                    report=report,
                    action=action,
                    status=rng.choices(states, weights)[0],
                    evidence="Genomfört enligt plan." if rng.random() < 0.5 else "",
                    achieved_count=rng.randint(0, 6) if action.first_target_count else None,
                )
                row.take_snapshot()
                rows.append(row)
            ActionStatus.objects.bulk_create(rows)
            statuses += len(rows)
            reports += 1
        return {"pledges": 1, "actions": len(actions), "reports": reports, "statuses": statuses}
