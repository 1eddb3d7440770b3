"""`make bench-pages` (and part of `make bench`): how long each page type takes to render, in
this process, against national-scale data in PostgreSQL, with the page cache off.

Every page is requested through Django's whole stack (middleware, URL resolving, templates)
with the test client, without a server or network between. Each is measured over warm requests
and set against the constant view (/status/) measured in the same process, so the multiples
hold on any machine. Beside each: the queries it makes and the model instances it loads. The
budgets are the multiples a page may take; a page over its budget fails the run.

Two times per page: `ms`, the median wall-clock time of a request, and `CPU ms`, the processor
time a request costs, this process's and its PostgreSQL backend's together (from /proc, so on
Linux). The multiples and the budgets use the CPU time: on a busy machine (a shared CI runner,
a laptop compiling) a long request waits for the processor many times where a 1 ms request
waits hardly at all, so wall-clock multiples grow with the machine's load, not with the page.
On a quiet machine both tell the same story.
"""

import os
import statistics
import sys
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))
# The same database as bench/run.py, so that the national-scale data is generated once for both.
DATABASE = os.environ.get("BENCH_DATABASE", "medborgarloften_bench")
os.environ.update(
    DEBUG="0",
    DATABASE_URL=f"postgres://postgres@127.0.0.1:5432/{DATABASE}",
    PUBLIC_PAGE_CACHE="0",
    ALLOWED_HOSTS="testserver",
    SECURE_COOKIES="0",
    CONN_MAX_AGE="600",
    LOG_LEVEL="WARNING",
)
os.environ.pop("REDIS_URL", None)
os.environ.setdefault("SECRET_KEY", "only-for-the-bench")
os.environ.setdefault("DJANGO_SETTINGS_MODULE", "config.settings")

import django  # noqa: E402

django.setup()

import re  # noqa: E402

from django.core.management import call_command  # noqa: E402
from django.db import connection  # noqa: E402
from django.db.models.signals import post_init  # noqa: E402
from django.test import Client  # noqa: E402
from django.test.utils import CaptureQueriesContext  # noqa: E402

# Multiples of the constant view each page type may take (issue: render budgets).
BUDGETS = {"detail": 20, "latest": 40, "list": 60, "search": 80}
# Warm requests per page and round (after WARMUP unmeasured ones); each page is measured in
# ROUNDS rounds over all pages, and its figures are the medians of its rounds.
WARMUP = 3
REPEATS = int(os.environ.get("BENCH_PAGES_REPEATS", "15"))
ROUNDS = int(os.environ.get("BENCH_PAGES_ROUNDS", "5"))
# Requests to the constant view per reference batch.
REFERENCE_BATCH = 200


def ensure_database():
    import psycopg

    with psycopg.connect("postgresql://postgres@127.0.0.1:5432/postgres", autocommit=True) as db:
        exists = db.execute("SELECT 1 FROM pg_database WHERE datname = %s", [DATABASE]).fetchone()
        if not exists:
            db.execute(f'CREATE DATABASE "{DATABASE}"')
            print(f"Skapade databasen {DATABASE}.")


class Instances:
    """Counts the model instances made (post_init) while it is on."""

    def __init__(self):
        self.count = 0
        post_init.connect(self.seen, weak=False)

    def seen(self, **kwargs):
        self.count += 1


TICK_MS = 1000 / os.sysconf("SC_CLK_TCK")


def backend_cpu_ms():
    """The processor time PostgreSQL's backend for this connection has used so far.

    From /proc/PID/schedstat, in nanoseconds: /proc/PID/stat counts in clock ticks of 10 ms,
    which is more than a whole batch of some pages' queries, so a batch's figure would jump by
    a tick or not by chance. stat is the fallback where the kernel keeps no schedstat."""
    with connection.cursor() as cursor:
        cursor.execute("SELECT pg_backend_pid()")
        (pid,) = cursor.fetchone()
    try:
        return int(Path(f"/proc/{pid}/schedstat").read_text().split()[0]) / 1e6
    except (OSError, ValueError, IndexError):
        fields = Path(f"/proc/{pid}/stat").read_text().rsplit(")", 1)[1].split()
        return (int(fields[11]) + int(fields[12])) * TICK_MS  # utime and stime


def timed(client, path, repeats):
    """(median wall-clock ms, mean CPU ms of Django and PostgreSQL) per request."""
    for _ in range(WARMUP):
        response = client.get(path)
        assert response.status_code == 200, (path, response.status_code)
    times = []
    cpu, backend = time.process_time(), backend_cpu_ms()
    for _ in range(repeats):
        start = time.perf_counter()
        client.get(path)
        times.append((time.perf_counter() - start) * 1000)
    cpu = (time.process_time() - cpu) * 1000 + backend_cpu_ms() - backend
    return statistics.median(times), cpu / repeats


def choose_pages(client):
    """The pages to measure, found in the generated data through the site itself."""
    municipality = "/kommuner/ljungby/"
    html = client.get(municipality).content.decode()
    pledge = re.search(r'href="(/kommuner/ljungby/\d{4}/)"', html).group(1)
    html = client.get(pledge).content.decode()
    report = re.search(r'href="(/kommuner/ljungby/\d{4}/uppfoljning/[^"]+/)"', html).group(1)
    return [
        ("Startsidan", "/", "detail"),
        ("Alla kommuner", "/kommuner/", "detail"),
        ("En kommun", municipality, "detail"),
        ("Ett löfte", pledge, "detail"),
        ("En uppföljning", report, "detail"),
        ("Senaste uppföljningarna", "/uppfoljningar/", "latest"),
        ("Alla löften", "/loften/", "list"),
        ("Löften ett år", "/loften/?ar=2024", "list"),
        ("Filtrerad lista", "/loften/?lan=06&ar=2024", "list"),
        ("Sökning, ett ord", "/sok/?q=trygghetsvandringar", "search"),
        ("Sökning, träffar allt", "/sok/?q=trygghet", "search"),
        ("Sökning, en sort", "/sok/?q=trygghet&typ=atgarder", "search"),
    ]


def main():
    ensure_database()
    call_command("migrate", "--noinput", verbosity=0)
    call_command("collectstatic", "--noinput", verbosity=0)
    call_command("generate_national_data")
    client = Client()
    instances = Instances()
    pages = choose_pages(client)
    # The machine's speed drifts over a run, and now and then a batch takes half as long again
    # (another process, the host). So every page is measured in several rounds, each a batch
    # between two batches of the reference; a round's multiple is the page's CPU time over the
    # mean of those two neighbours, measured moments before and after it, and the page's
    # multiple is the median of its rounds'. A slow spell then weighs on the page and on its
    # reference alike, and one odd round does not decide.
    references = [timed(client, "/status/", REFERENCE_BATCH)]
    measured = {path: [] for _label, path, _kind in pages}
    for _round in range(ROUNDS):
        for _label, path, _kind in pages:
            page = timed(client, path, REPEATS)
            before = references[-1][1]
            references.append(timed(client, "/status/", REFERENCE_BATCH))
            measured[path].append((*page, page[1] / ((before + references[-1][1]) / 2)))
    rows = []
    for label, path, kind in pages:
        ms = statistics.median(ms for ms, _cpu, _multiple in measured[path])
        cpu_ms = statistics.median(cpu for _ms, cpu, _multiple in measured[path])
        multiples = sorted(multiple for _ms, _cpu, multiple in measured[path])
        with CaptureQueriesContext(connection) as queries:
            before = instances.count
            client.get(path)
            loaded = instances.count - before
        rows.append((label, path, kind, ms, cpu_ms, multiples, len(queries), loaded))
    reference_ms = statistics.median(ms for ms, _cpu in references)
    reference_cpu = statistics.median(cpu for _ms, cpu in references)
    cpus = sorted(cpu for _ms, cpu in references)
    print(
        f"\nSidor renderade i processen, utan sidcache (PostgreSQL {DATABASE}); {ROUNDS} omgångar "
        f"om {REPEATS} varma anrop per sida, medianen av omgångarna; belastning (load average) "
        f"{os.getloadavg()[0]:.1f} på {os.cpu_count()} kärnor"
    )
    print(
        f"Referensen /status/: {len(references)} omgångar om {REFERENCE_BATCH} anrop, en före "
        f"och en efter varje sidas omgång; CPU-ms per anrop {cpus[0]:.3f}–{cpus[-1]:.3f}, "
        f"medianen {reference_cpu:.3f} ({reference_ms:.3f} ms). En omgångs multipel räknas mot "
        f"medelvärdet av referensomgångarna före och efter den; sidans multipel är medianen av "
        f"omgångarnas (lägsta–högsta inom parentes)."
    )
    print(
        f"{'Sida':<24} {'adress':<34} {'ms':>7} {'CPU ms':>7} {'× ref':>6} {'(omgångar)':>13} "
        f"{'frågor':>6} {'instanser':>9} {'budget':>6}"
    )
    misses = []
    for label, path, kind, ms, cpu_ms, multiples, query_count, loaded in rows:
        multiple = statistics.median(multiples)
        budget = BUDGETS[kind]
        verdict = "ok" if multiple <= budget else "ÖVER"
        spread = f"({multiples[0]:.1f}–{multiples[-1]:.1f})"
        print(
            f"{label:<24} {path[:34]:<34} {ms:>7.1f} {cpu_ms:>7.1f} {multiple:>6.1f} {spread:>13} "
            f"{query_count:>6} {loaded:>9} {'≤' + str(budget):>5}× {verdict}"
        )
        if multiple > budget:
            misses.append(f"{label} ({path}) {multiple:.0f} × referensen, budget {budget} ×")
    print()
    if misses:
        print("Över budget:")
        for miss in misses:
            print(f"  - {miss}")
        return 1
    print("Alla sidor inom budget.")
    return 0


if __name__ == "__main__":
    sys.exit(main())
