"""`make bench`: the production set-up under load on this machine, against national-scale data.

It creates (once) a PostgreSQL database with every municipality's pledges for ten years, starts
gunicorn with DEBUG off, persistent connections and the Redis cache, and loads each page with wrk
on loopback. Every page is measured against a constant view (/status/) in the same server run,
so the ratios hold on any machine. Three runs: pages rendered every time (the page cache off),
repeat visits answered 304 from their ETag, and pages served from the cache.
"""

import os
import re
import secrets
import shutil
import signal
import subprocess
import sys
import time
import urllib.error
import urllib.request
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
PYTHON = str(ROOT / ".venv" / "bin" / "python")
GUNICORN = str(ROOT / ".venv" / "bin" / "gunicorn")
PORT = int(os.environ.get("BENCH_PORT", "8765"))
BASE = f"http://127.0.0.1:{PORT}"
DATABASE = os.environ.get("BENCH_DATABASE", "medborgarloften_bench")
DURATION = os.environ.get("BENCH_SECONDS", "8")
CONNECTIONS = os.environ.get("BENCH_CONNECTIONS", "8")
WORKERS = str(os.cpu_count() or 2)

ENV = {
    **os.environ,
    "DEBUG": "0",
    "SECRET_KEY": secrets.token_urlsafe(50),
    "ALLOWED_HOSTS": "127.0.0.1,localhost",
    "DATABASE_URL": f"postgres://postgres@127.0.0.1:5432/{DATABASE}",
    "CONN_MAX_AGE": "600",
    "REDIS_URL": os.environ.get("BENCH_REDIS_URL", "redis://127.0.0.1:6379/5"),
    "SECURE_COOKIES": "0",
    "LOG_LEVEL": "WARNING",
}

# Targets from the issue, as ratios to the constant view in the same run.
UNCACHED_TARGET = 0.25
REPEAT_TARGET = 0.8
P99_TO_P50 = 4.0
MAX_HTML = 100 * 1024


def run(*command, **kwargs):
    return subprocess.run(command, check=True, cwd=ROOT, env=ENV, **kwargs)


def manage(*args):
    run(PYTHON, "manage.py", *args)


def ensure_database():
    import psycopg

    with psycopg.connect("postgresql://postgres@127.0.0.1:5432/postgres", autocommit=True) as db:
        exists = db.execute("SELECT 1 FROM pg_database WHERE datname = %s", [DATABASE]).fetchone()
        if not exists:
            db.execute(f'CREATE DATABASE "{DATABASE}"')
            print(f"Skapade databasen {DATABASE}.")


def start_server(page_cache):
    env = {**ENV, "PUBLIC_PAGE_CACHE": "1" if page_cache else "0"}
    server = subprocess.Popen(
        [
            GUNICORN,
            "config.wsgi",
            "--bind",
            f"127.0.0.1:{PORT}",
            "--workers",
            WORKERS,
            "--log-level",
            "warning",
        ],
        cwd=ROOT,
        env=env,
    )
    for _ in range(100):
        try:
            urllib.request.urlopen(f"{BASE}/status/", timeout=1)
            return server
        except OSError:  # refused, reset or timed out while gunicorn starts
            time.sleep(0.1)
    server.kill()
    sys.exit("gunicorn did not start")


def stop_server(server):
    server.send_signal(signal.SIGTERM)
    server.wait(timeout=20)


def worker_peak_memory_mb(server):
    """The largest peak resident size (VmHWM) among the server's workers."""
    peaks = []
    children = Path(f"/proc/{server.pid}/task/{server.pid}/children")
    for pid in children.read_text().split() if children.exists() else []:
        status = Path(f"/proc/{pid}/status")
        if status.exists():
            match = re.search(r"VmHWM:\s+(\d+) kB", status.read_text())
            if match:
                peaks.append(int(match.group(1)) / 1024)
    return max(peaks) if peaks else float("nan")


def to_ms(value, unit):
    return float(value) * {"us": 0.001, "ms": 1.0, "s": 1000.0}[unit]


def wrk_command(path, headers=(), connections=CONNECTIONS):
    command = ["wrk", "-t2", f"-c{connections}", f"-d{DURATION}s", "--latency"]
    for header in headers:
        command += ["-H", header]
    return [*command, BASE + path]


def wrk(path, headers=()):
    output = subprocess.run(wrk_command(path, headers), capture_output=True, text=True, check=True)
    return parse_wrk(output.stdout)


def parse_wrk(output):
    rps = float(re.search(r"Requests/sec:\s+([\d.]+)", output).group(1))
    latency = dict(re.findall(r"\s(50|99)%\s+([\d.]+(?:us|ms|s))", output))
    p50, p99 = (to_ms(*re.match(r"([\d.]+)(us|ms|s)", latency[k]).groups()) for k in ("50", "99"))
    errors = sum(int(n) for n in re.findall(r"(?:connect|read|write|timeout) (\d+)", output))
    non_2xx = re.search(r"Non-2xx or 3xx responses: (\d+)", output)
    errors += int(non_2xx.group(1)) if non_2xx else 0
    return {"rps": rps, "p50": p50, "p99": p99, "errors": errors}


def fetch(path, headers=None, timeout=10):
    request = urllib.request.Request(BASE + path, headers=headers or {})
    with urllib.request.urlopen(request, timeout=timeout) as response:
        return response.status, response.read(), dict(response.headers)


def choose_pages():
    """The pages to measure, found in the generated data through the site itself."""
    status, html, _headers = fetch("/")
    text = html.decode()
    stylesheet = re.search(r'href="(/static/css/site\.[^"]+\.css)"', text).group(1)
    municipality = "/kommuner/ljungby/"
    municipality_html = fetch(municipality)[1].decode()
    pledge = re.search(r'href="(/kommuner/ljungby/\d{4}/)"', municipality_html).group(1)
    pledge_html = fetch(pledge)[1].decode()
    report = re.search(r'href="(/kommuner/ljungby/\d{4}/uppfoljning/[^"]+/)"', pledge_html).group(1)
    pages = [
        ("Referens: konstant vy", "/status/", "reference"),
        ("Statisk fil (whitenoise)", stylesheet, "static"),
        ("Startsidan", "/", "page"),
        ("Alla kommuner", "/kommuner/", "page"),
        ("En kommun", municipality, "target"),
        ("Ett löfte", pledge, "target"),
        ("En uppföljning", report, "target"),
        ("Senaste uppföljningarna", "/uppfoljningar/", "page"),
    ]
    for label, path in [
        ("Filtrerad lista", "/loften/?lan=06&ar=2024"),
        ("Sökning", "/sok/?q=trygghetsvandringar"),
    ]:
        try:
            if fetch(path)[0] == 200:
                pages.append((label, path, "page"))
        except urllib.error.HTTPError:
            print(f"({label} {path} finns inte ännu och mäts inte.)")
    return pages


def measure(pages, mode):
    """Runs wrk against every page: 'uncached', 'repeat' (If-None-Match) or 'cached'."""
    results = {}
    for label, path, kind in pages:
        headers = ()
        if mode == "repeat" and kind not in ("reference", "static"):
            etag = fetch(path)[2].get("ETag")
            headers = (f"If-None-Match: {etag}",) if etag else ()
        elif mode == "cached":
            fetch(path)  # fill the cache
        results[path] = wrk(path, headers)
        print(f"  {mode:<9} {label:<26} {results[path]['rps']:>8.0f} req/s", flush=True)
    # The machine's speed drifts over a run (other load, a virtual CPU's neighbours), so the
    # reference is measured again at the end and each ratio uses the mean of both.
    again = wrk("/status/")
    print(f"  {mode:<9} {'Referensen igen':<26} {again['rps']:>8.0f} req/s", flush=True)
    results["reference-again"] = again
    return results


DOWNLOADS = ["/loften.csv", "/loften.json"]
DOWNLOAD_CONNECTIONS = "4"


def beside_downloads(pages):
    """Each page from the cache alone, and again while anonymous visitors fetch the full
    downloads (the whole country as CSV and JSON, a full body every time) as fast as they can."""
    for path in DOWNLOADS:
        started = time.monotonic()
        while True:  # the first request starts writing the file and gets 503 until it is there
            try:
                size = len(fetch(path, timeout=60)[1])
                break
            except urllib.error.HTTPError as error:
                if error.code != 503 or time.monotonic() - started > 300:
                    raise
                time.sleep(1)
        seconds = time.monotonic() - started
        print(f"  {path}: {size / 1024 / 1024:.1f} MB, klar efter {seconds:.1f} s")
    results = []
    for label, path, kind in pages:
        if kind not in ("target", "page"):
            continue
        fetch(path)
        alone = wrk(path)
        loads = [
            subprocess.Popen(
                wrk_command(download, connections=DOWNLOAD_CONNECTIONS),
                stdout=subprocess.PIPE,
                text=True,
            )
            for download in DOWNLOADS
        ]
        together = wrk(path)
        downloads = [parse_wrk(load.communicate()[0]) for load in loads]
        results.append((label, alone, together, downloads))
        print(f"  nedladdning {label:<26} {together['rps']:>8.0f} req/s", flush=True)
    return results


def report_downloads(results):
    print(
        f"\nSidor från cachen bredvid hela nedladdningarna — {DOWNLOAD_CONNECTIONS} connections "
        f"var på {' och '.join(DOWNLOADS)}, {DURATION} s per sida"
    )
    print(
        f"{'Sida':<26} {'ensam':>8} {'bredvid':>8} {'kvot':>6} {'p99 ms':>8} {'p99 bredv':>9} "
        f"{'nedl/s':>7} {'fel':>4}"
    )
    misses = []
    for label, alone, together, downloads in results:
        ratio = together["rps"] / alone["rps"] if alone["rps"] else 0.0
        rate = sum(d["rps"] for d in downloads)
        errors = together["errors"] + sum(d["errors"] for d in downloads)
        print(
            f"{label:<26} {alone['rps']:>8.0f} {together['rps']:>8.0f} {ratio:>6.2f} "
            f"{alone['p99']:>8.2f} {together['p99']:>9.2f} {rate:>7.0f} {errors:>4}"
        )
        if errors:
            misses.append(f"{label} gav {errors} fel")
    print("Fel bredvid nedladdningarna: " + ("; ".join(misses) if misses else "inga"))


def report(pages, runs, sizes, memory):
    modes = [
        ("uncached", "Renderad varje gång"),
        ("repeat", "Återbesök (304)"),
        ("cached", "Från cachen (200)"),
    ]
    misses = []
    for mode, title in modes:
        results = runs[mode]
        first, last = results["/status/"]["rps"], results["reference-again"]["rps"]
        reference = (first + last) / 2
        print(
            f"\n{title} — gunicorn {WORKERS} workers, wrk {CONNECTIONS} connections, "
            f"{DURATION} s per sida"
        )
        print(
            f"Referensen gav {first:.0f} req/s i början och {last:.0f} i slutet; "
            f"kvoterna (× ref) räknas mot medelvärdet {reference:.0f}."
        )
        print(
            f"{'Sida':<26} {'req/s':>8} {'× ref':>6} {'p50 ms':>8} {'p99 ms':>8} "
            f"{'p99/p50':>7} {'fel':>4} {'HTML kB':>8}"
        )
        for label, path, kind in pages:
            r = results[path]
            ratio = r["rps"] / reference
            spread = r["p99"] / r["p50"] if r["p50"] else float("inf")
            size = sizes.get(path)
            size_text = f"{size / 1024:>8.1f}" if size is not None else f"{'':>8}"
            print(
                f"{label:<26} {r['rps']:>8.0f} {ratio:>6.2f} {r['p50']:>8.2f} {r['p99']:>8.2f} "
                f"{spread:>7.1f} {r['errors']:>4} {size_text}"
            )
            if r["errors"]:
                misses.append(f"{title}: {label} gav {r['errors']} fel")
            if spread > P99_TO_P50 and kind != "reference":
                misses.append(f"{title}: {label} p99 är {spread:.1f} × p50 (mål ≤ {P99_TO_P50})")
            if kind == "target" and mode == "uncached" and ratio < UNCACHED_TARGET:
                misses.append(
                    f"{title}: {label} {ratio:.2f} × referensen (mål ≥ {UNCACHED_TARGET})"
                )
            if kind in ("target", "page") and mode == "repeat" and ratio < REPEAT_TARGET:
                misses.append(f"{title}: {label} {ratio:.2f} × referensen (mål ≥ {REPEAT_TARGET})")
        print(f"Största toppminne per worker: {memory[mode]:.0f} MB")
    for path, size in sizes.items():
        if size > MAX_HTML:
            misses.append(f"{path} är {size / 1024:.0f} kB HTML (mål ≤ 100 kB)")
    print()
    if misses:
        print("Mål som inte nåddes:")
        for miss in misses:
            print(f"  - {miss}")
    else:
        print("Alla mål nådda.")


def main():
    if not shutil.which("wrk"):
        sys.exit("wrk saknas: installera det med apt-get install -y wrk (make bench gör det).")
    ensure_database()
    manage("migrate", "--noinput", "-v0")
    manage("collectstatic", "--noinput", "-v0")
    manage("generate_national_data")
    subprocess.run(
        ["redis-cli", "-u", ENV["REDIS_URL"], "FLUSHDB"], check=False, capture_output=True
    )

    runs, memory = {}, {}
    server = start_server(page_cache=False)
    try:
        pages = choose_pages()
        sizes = {path: len(fetch(path)[1]) for _label, path, kind in pages if kind != "static"}
        print("\nMäter …")
        runs["uncached"] = measure(pages, "uncached")
        memory["uncached"] = worker_peak_memory_mb(server)
    finally:
        stop_server(server)
    server = start_server(page_cache=True)
    try:
        runs["repeat"] = measure(pages, "repeat")
        runs["cached"] = measure(pages, "cached")
        memory["repeat"] = memory["cached"] = worker_peak_memory_mb(server)
        downloads = beside_downloads(pages)
    finally:
        stop_server(server)
    report(pages, runs, sizes, memory)
    report_downloads(downloads)
    # The production topology: nginx in front of two instances (bench/nginx.py).
    import nginx

    nginx.through_nginx(pages)


if __name__ == "__main__":
    main()
