"""`make bench`, through the production topology: nginx in front of two gunicorn instances
(deploy/cluster.py) on the same national-scale database as bench/run.py.

Two figures, each against the constant Django view (/status/, which nginx never keeps) in the
same run:
- pages from nginx's short-lived cache, target at least 5 × the Django view;
- pages while anonymous visitors fetch the full downloads as fast as they can: nginx sends the
  files (X-Accel-Redirect), so page speed should stay as it was. Both a page from nginx's cache
  and the Django view itself are measured alone and beside the downloads.

Runs after bench/run.py's measurements, or alone: `python bench/nginx.py` (with the same BENCH_*
variables; it expects the database bench/run.py made).
"""

import contextlib
import os
import shutil
import subprocess
import sys
import tempfile
import time
import urllib.error
import urllib.request
from pathlib import Path

import run

sys.path.insert(0, str(run.ROOT / "deploy"))
from cluster import Cluster  # noqa: E402

NGINX_PORT = int(os.environ.get("BENCH_NGINX_PORT", "8770"))
APP_PORTS = [NGINX_PORT + 1, NGINX_PORT + 2]
# A Redis of the cluster's own on this port, instead of bench/run.py's BENCH_REDIS_URL.
REDIS_PORT = int(os.environ.get("BENCH_CLUSTER_REDIS_PORT", "0")) or None
BASE = f"http://127.0.0.1:{NGINX_PORT}"
# How long nginx keeps an anonymous page before asking the app again with its ETag.
PAGE_CACHE_SECONDS = 2
CACHED_TARGET = 5.0
BESIDE_TARGET = 0.8
DOWNLOAD_CONNECTIONS = os.environ.get("BENCH_DOWNLOAD_CONNECTIONS", "2")


def wrk_command(path, connections=run.CONNECTIONS, timeout="2s"):
    return [
        "wrk",
        "-t2",
        f"-c{connections}",
        f"-d{run.DURATION}s",
        f"--timeout={timeout}",
        "--latency",
        BASE + path,
    ]


def wrk(path):
    output = subprocess.run(wrk_command(path), capture_output=True, text=True, check=True)
    return run.parse_wrk(output.stdout)


def fetch(path, timeout=60):
    with urllib.request.urlopen(BASE + path, timeout=timeout) as response:
        return response.status, response.read(), dict(response.headers)


def wait_for_downloads():
    for path in run.DOWNLOADS:  # both files are written at once
        with contextlib.suppress(urllib.error.HTTPError):
            fetch(path)
    for path in run.DOWNLOADS:
        started = time.monotonic()
        while True:
            try:
                _status, body, headers = fetch(path, timeout=120)
                break
            except urllib.error.HTTPError as error:
                if error.code != 503 or time.monotonic() - started > 600:
                    raise
                time.sleep(1)
        print(
            f"  {path}: {len(body) / 1024 / 1024:.1f} MB från nginx, klar efter "
            f"{time.monotonic() - started:.1f} s (Content-Length {headers.get('Content-Length')})",
            flush=True,
        )


def cached_pages(pages):
    reference = wrk("/status/")
    print(f"  nginx     {'Referens: Django-vyn':<26} {reference['rps']:>8.0f} req/s", flush=True)
    results = []
    for label, path, kind in pages:
        if kind not in ("target", "page"):
            continue
        headers = fetch(path)[2]
        result = wrk(path)
        results.append((label, path, headers.get("X-Cache", "?"), result))
        print(f"  nginx     {label:<26} {result['rps']:>8.0f} req/s", flush=True)
    again = wrk("/status/")
    return (reference["rps"] + again["rps"]) / 2, reference, again, results


def beside_downloads(paths):
    results = []
    for label, path in paths:
        fetch(path)
        alone = wrk(path)
        loads = [
            subprocess.Popen(
                # nginx sends a file at most 4 MB/s: the whole country takes seconds.
                wrk_command(download, connections=DOWNLOAD_CONNECTIONS, timeout="60s"),
                stdout=subprocess.PIPE,
                text=True,
            )
            for download in run.DOWNLOADS
        ]
        together = wrk(path)
        downloads = [run.parse_wrk(load.communicate()[0]) for load in loads]
        results.append((label, alone, together, downloads))
        print(f"  nginx nedl {label:<25} {together['rps']:>8.0f} req/s", flush=True)
    return results


def report(reference, first, again, cached, beside, sizes):
    misses = []
    print(
        f"\nGenom nginx — 2 gunicorn-instanser (gthread), nginx-cache {PAGE_CACHE_SECONDS} s, "
        f"wrk {run.CONNECTIONS} connections, {run.DURATION} s per sida"
    )
    print(
        f"Django-vyn /status/ (aldrig i nginx-cachen) gav {first['rps']:.0f} req/s i början och "
        f"{again['rps']:.0f} i slutet; kvoterna räknas mot medelvärdet {reference:.0f}."
    )
    print(f"{'Sida':<26} {'req/s':>8} {'× Django':>8} {'p50 ms':>8} {'p99 ms':>8} {'cache':>8}")
    for label, _path, cache_status, r in cached:
        ratio = r["rps"] / reference if reference else 0.0
        print(
            f"{label:<26} {r['rps']:>8.0f} {ratio:>8.1f} {r['p50']:>8.2f} {r['p99']:>8.2f} "
            f"{cache_status:>8}"
        )
        if ratio < CACHED_TARGET:
            misses.append(f"{label} från nginx {ratio:.1f} × Django-vyn (mål ≥ {CACHED_TARGET})")
        if r["errors"]:
            misses.append(f"{label} gav {r['errors']} fel")
    print(
        f"\nBredvid hela nedladdningarna genom nginx — {DOWNLOAD_CONNECTIONS} connections var på "
        + " och ".join(f"{p} ({sizes[p] / 1024 / 1024:.1f} MB)" for p in run.DOWNLOADS)
    )
    print(
        f"{'Sida':<26} {'ensam':>8} {'bredvid':>8} {'kvot':>6} {'p99 ms':>8} {'p99 bredv':>9} "
        f"{'nedl/s':>7} {'MB/s':>7} {'fel':>4}"
    )
    for label, alone, together, downloads in beside:
        ratio = together["rps"] / alone["rps"] if alone["rps"] else 0.0
        rate = sum(d["rps"] for d in downloads)
        megabytes = sum(
            d["rps"] * sizes[path] / 1024 / 1024
            for d, path in zip(downloads, run.DOWNLOADS, strict=True)
        )
        errors = together["errors"] + sum(d["errors"] for d in downloads)
        print(
            f"{label:<26} {alone['rps']:>8.0f} {together['rps']:>8.0f} {ratio:>6.2f} "
            f"{alone['p99']:>8.2f} {together['p99']:>9.2f} {rate:>7.1f} {megabytes:>7.0f} "
            f"{errors:>4}"
        )
        if ratio < BESIDE_TARGET:
            misses.append(f"{label} bredvid nedladdningarna {ratio:.2f} × ensam (mål ≥ 0.8)")
        if errors:
            misses.append(f"{label} bredvid nedladdningarna gav {errors} fel")
    print()
    if misses:
        print("Mål genom nginx som inte nåddes:")
        for miss in misses:
            print(f"  - {miss}")
    else:
        print("Alla mål genom nginx nådda.")


def through_nginx(pages):
    """Measures `pages` (bench/run.py's choose_pages) through nginx and prints the figures."""
    env = {**run.ENV, "PUBLIC_PAGE_CACHE": "1"}
    if REDIS_PORT:
        env.pop("REDIS_URL", None)
    else:
        subprocess.run(["redis-cli", "-u", env["REDIS_URL"], "FLUSHDB"], capture_output=True)
    run_dir = Path(tempfile.mkdtemp(prefix="medborgarloften-bench-"))
    cluster = Cluster(
        run_dir,
        NGINX_PORT,
        APP_PORTS,
        env,
        redis_port=REDIS_PORT,
        workers=max((os.cpu_count() or 2) // 2, 1),
        threads=4,
        page_cache_seconds=PAGE_CACHE_SECONDS,
        access_log=False,
        quiet=True,
    )
    print(f"\nMäter genom nginx ({BASE}) …", flush=True)
    with cluster:
        wait_for_downloads()
        sizes = {path: len(fetch(path)[1]) for path in run.DOWNLOADS}
        reference, first, again, cached = cached_pages(pages)
        beside_paths = [("Referens: Django-vyn", "/status/")] + [
            (label, path) for label, path, kind in pages if kind == "target"
        ][:2]
        beside = beside_downloads(beside_paths)
    shutil.rmtree(run_dir, ignore_errors=True)
    report(reference, first, again, cached, beside, sizes)


def main():
    server = run.start_server(page_cache=True)
    try:
        pages = run.choose_pages()
    finally:
        run.stop_server(server)
    through_nginx(pages)


if __name__ == "__main__":
    main()
