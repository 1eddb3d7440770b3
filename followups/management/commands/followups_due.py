import datetime

from django.conf import settings
from django.core.mail import send_mail
from django.core.management.base import BaseCommand, CommandError
from django.db.models import Prefetch
from django.utils import timezone

from followups import schedule
from followups.models import FollowUpReport
from pledges.models import Pledge


class Command(BaseCommand):
    help = (
        "Lists the follow-up reports that are due or overdue; with --email, tells the staff "
        "addresses set on each municipality."
    )

    def add_arguments(self, parser):
        parser.add_argument("--date", help="Räkna som om det vore detta datum (ÅÅÅÅ-MM-DD).")
        parser.add_argument(
            "--email",
            action="store_true",
            help="Skicka en påminnelse till handläggarna som angetts på kommunen.",
        )

    def handle(self, *args, date=None, email=False, **options):
        today = self.parse_date(date) if date else timezone.localdate()
        pledges = (
            Pledge.objects.published()
            .exclude(followup_cadence=Pledge.Cadence.NOT_STATED)
            .filter(start_date__lte=today)
            .with_municipalities()
            .prefetch_related(Prefetch("reports", queryset=FollowUpReport.objects.in_order()))
        )
        late = schedule.late_reports(pledges, today)
        if not late:
            self.stdout.write(f"Inga uppföljningar är förfallna {today:%Y-%m-%d}.")
            return
        noun = "uppföljning" if len(late) == 1 else "uppföljningar"
        self.stdout.write(f"{len(late)} {noun} saknas {today:%Y-%m-%d}:")
        for item in late:
            names = ", ".join(m.name for m in item.pledge.sorted_municipalities)
            self.stdout.write(
                f"  {item.state_label:<14} {names}: {item.title} "
                f"(perioden slutade {item.end:%Y-%m-%d})"
            )
        if email:
            self.send_reminders(late, today)

    def parse_date(self, value):
        try:
            return datetime.date.fromisoformat(value)
        except ValueError:
            raise CommandError(f"Datumet ”{value}” är inte på formen ÅÅÅÅ-MM-DD.") from None

    def send_reminders(self, late, today):
        by_address = {}
        for item in late:
            for municipality in item.pledge.sorted_municipalities:
                for address in municipality.staff_email_list:
                    by_address.setdefault(address, []).append(item)
        if not by_address:
            self.stdout.write(
                "Ingen kommun med förfallna uppföljningar har e-postadresser angivna."
            )
            return
        for address, items in sorted(by_address.items()):
            lines = [
                f"- {item.pledge.title} ({item.pledge.period_label}): {item.title}, "
                f"{item.state_label.lower()} (perioden slutade {item.end:%Y-%m-%d})"
                for item in items
            ]
            send_mail(
                subject=(
                    "En uppföljning av ett medborgarlöfte saknas"
                    if len(items) == 1
                    else f"{len(items)} uppföljningar av medborgarlöften saknas"
                ),
                message=(
                    "Hej!\n\nDessa uppföljningar av medborgarlöften borde ha publicerats "
                    f"({today:%Y-%m-%d}):\n\n" + "\n".join(lines) + "\n\nPåbörja dem i "
                    "administrationen under Uppföljningar › Förfallna uppföljningar.\n"
                ),
                from_email=settings.DEFAULT_FROM_EMAIL,
                recipient_list=[address],
            )
        self.stdout.write(f"Påminnelser skickade till {len(by_address)} adresser.")
