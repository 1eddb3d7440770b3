"""`make bench`, part one: how long the document import reads texts of 50,000, 100,000 and
200,000 characters (the most it accepts) of several shapes: real pledges one after another, one
long line, one long paragraph, a name or a period repeated on one line, short lines, a long
list. Each doubling should about double the time; the longest must stay within the budget.

The tests prove that the reading grows with the text (tests/imports/test_document_limits.py,
by counting calls); this prints the seconds on this machine.
"""

import os
import sys
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))
os.environ.update(DEBUG="0", DATABASE_URL="sqlite://:memory:")
os.environ.setdefault("SECRET_KEY", "only-for-the-bench")
os.environ.setdefault("DJANGO_SETTINGS_MODULE", "config.settings")

import django  # noqa: E402

django.setup()

from django.core.management import call_command  # noqa: E402

from imports.documents import followup, readers, text  # noqa: E402
from imports.documents.reading import pipeline  # noqa: E402
from imports.documents.reading.municipalities import Gazetteer  # noqa: E402

# Seconds the longest text may take to read, on a developer's machine.
BUDGET = 10.0
SIZES = (50_000, 100_000, readers.MAX_CHARACTERS)
SEEDS = "\n\n".join(
    path.read_text(encoding="utf-8")
    for path in sorted((ROOT / "imports" / "documents" / "seeds").glob("*.txt"))
)


def repeat(unit, size):
    return (unit * (size // len(unit) + 1))[:size]


SHAPES = {
    "riktiga löften efter varandra": lambda n: repeat(SEEDS + "\n\n", n),
    "allt på en rad": lambda n: repeat(SEEDS.replace("\n", " "), n),
    "ett enda stycke": lambda n: repeat(SEEDS.replace("\n\n", "\n"), n),
    "kommunnamn på en rad": lambda n: repeat("Ljungby kommun och Polisen lovar ", n),
    "perioder på en rad": lambda n: repeat("Löftet gäller 2019-2020 ", n),
    "korta rader": lambda n: repeat("Ljungby\n", n),
    "en lång lista": lambda n: (
        "Polisen lovar att:\n" + repeat("• genomföra 2 trygghetsvandringar per år\n", n)
    ),
}


def seconds(document, gazetteer):
    start = time.perf_counter()
    followup.is_followup(document)
    pipeline.read(text.clean(document), gazetteer)
    return time.perf_counter() - start


def main():
    call_command("migrate", verbosity=0)
    gazetteer = Gazetteer.from_db()
    print("Dokumentimporten: sekunder att läsa en text med så många tecken")
    print(f"{'':32}" + "".join(f"{size:>10,}".replace(",", " ") for size in SIZES))
    worst = 0.0
    for name, make in SHAPES.items():
        times = [seconds(make(size), gazetteer) for size in SIZES]
        worst = max(worst, times[-1])
        print(f"{name:32}" + "".join(f"{t:10.2f}" for t in times))
    verdict = "inom" if worst <= BUDGET else "ÖVER"
    print(f"Längsta texten: {worst:.2f} s, {verdict} budgeten {BUDGET:.0f} s.")
    return 0 if worst <= BUDGET else 1


if __name__ == "__main__":
    sys.exit(main())
