"""Imports pledges with their actions, signatories and follow-up statuses from the open-data
CSV or JSON (see imports/structured.py for the format and the rules).

    manage.py import_pledges loften.csv [--format csv|json] [--dry-run] [--user NAME] [--publish]

Every problem is listed with its file, row and column, and then nothing is written: the whole
file is one transaction. --dry-run checks and says what would happen. --user imports as that
staff user, within their organisations and with them in the history; without it the import
acts as the national administrator.
"""

from pathlib import Path

from django.contrib.auth import get_user_model
from django.core.management.base import BaseCommand, CommandError
from django.db import transaction

from imports.structured import FORMATS, ImportRefused, apply, plan_import
from pledges.management.commands.generate_national_data import Progress


class Command(BaseCommand):
    help = "Läser in medborgarlöften från en CSV- eller JSON-fil i formatet från Öppna data."

    def add_arguments(self, parser):
        parser.add_argument("file", help="Filen att läsa in.")
        parser.add_argument(
            "--format", choices=FORMATS, help="csv eller json (standard: filens ändelse)."
        )
        parser.add_argument(
            "--dry-run", action="store_true", help="Kontrollera filen utan att spara något."
        )
        parser.add_argument("--user", help="Importera som den här användaren (användarnamn).")
        parser.add_argument(
            "--publish",
            action="store_true",
            help="Publicera nya medborgarlöften och uppföljningar direkt.",
        )

    def handle(self, *args, file, format, dry_run, user, publish, **options):
        path = Path(file)
        try:
            content = path.read_bytes()
        except OSError as error:
            raise CommandError(f"Kan inte läsa {file}: {error.strerror}.") from error
        importer = None
        if user:
            importer = get_user_model().objects.filter(username=user).first()
            if importer is None:
                raise CommandError(f"Det finns ingen användare som heter {user}.")
        try:
            # Checked and written in one transaction, as import_pledges does; apart here only
            # so that the progress bar knows how many pledges there are.
            with transaction.atomic():
                plan = plan_import(
                    content=content,
                    file_name=path.name,
                    format=format,
                    user=importer,
                    publish=publish,
                )
                if not dry_run and plan.pledges:
                    bar = Progress("Medborgarlöften", len(plan.pledges), stream=self.stderr)
                    apply(plan, user=importer, progress=bar.show)
        except ImportRefused as refused:
            for problem in refused.problems:
                self.stderr.write(str(problem))
            raise CommandError(
                f"{len(refused.problems)} fel i {path.name}. Inget har sparats."
            ) from None
        prefix = "Provkörning, inget sparat. " if dry_run else ""
        self.stdout.write(prefix + plan.summary())
