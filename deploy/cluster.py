"""The production topology on one machine: nginx in front, several gunicorn instances behind it,
all sharing one PostgreSQL database, one Redis and one EXPORT_DIR.

    python deploy/cluster.py --port 8080 --app-ports 8081,8082 --run-dir /tmp/medborgarloften

`make serve-cluster` runs this. It renders deploy/nginx.conf with the ports and paths given,
starts Redis (unless REDIS_URL names one), the app servers and nginx, and stops them all on
Ctrl-C. Nothing an instance keeps is its own: sessions, the login lock and two-factor devices
are in the database, the page cache and its content version in Redis, the download files in the
shared EXPORT_DIR. The tests (tests/deploy/) and `make bench` start the same cluster through
`Cluster`.
"""

import argparse
import os
import shutil
import signal
import subprocess
import sys
import time
import urllib.error
import urllib.request
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
BIN = Path(sys.executable).parent
TEMPLATE = ROOT / "deploy" / "nginx.conf"
NGINX = os.environ.get("NGINX", shutil.which("nginx") or "/usr/sbin/nginx")
REDIS_SERVER = shutil.which("redis-server") or "/usr/bin/redis-server"
EXPORT_LOCATION = "/_nedladdningar/"


def render_nginx(run_dir, port, app_ports, page_cache_seconds=2, access_log=True):
    """deploy/nginx.conf with the ports and paths filled in, written to run_dir/nginx.conf."""
    run_dir = Path(run_dir)
    for part in ("tmp", "cache"):
        (run_dir / part).mkdir(parents=True, exist_ok=True)
    values = {
        "RUN_DIR": str(run_dir),
        "PORT": str(port),
        "UPSTREAMS": "\n".join(f"        server 127.0.0.1:{p};" for p in app_ports),
        "STATIC_ROOT": str(ROOT / "staticfiles"),
        "EXPORT_DIR": str(run_dir / "exports"),
        "EXPORT_LOCATION": EXPORT_LOCATION,
        "SESSION_COOKIE": "sessionid",
        "PAGE_CACHE_SECONDS": str(page_cache_seconds),
        "ACCESS_LOG": str(run_dir / "access.log") if access_log else "off",
    }
    text = TEMPLATE.read_text()
    for name, value in values.items():
        text = text.replace(f"@{name}@", value)
    path = run_dir / "nginx.conf"
    path.write_text(text)
    return path


def wait_for(url, seconds=60, process=None):
    deadline = time.monotonic() + seconds
    while time.monotonic() < deadline:
        if process is not None and process.poll() is not None:
            raise RuntimeError(f"{url}: the process ended with {process.returncode}")
        try:
            urllib.request.urlopen(url, timeout=2).close()
            return
        except urllib.error.HTTPError:
            return  # it answers
        except OSError:
            time.sleep(0.1)
    raise RuntimeError(f"{url} did not answer within {seconds} s")


class Cluster:
    """nginx on `port` in front of one gunicorn instance per port in `app_ports`."""

    def __init__(
        self,
        run_dir,
        port,
        app_ports,
        env,
        *,
        redis_port=None,
        workers=2,
        threads=4,
        page_cache_seconds=2,
        access_log=True,
        quiet=False,
    ):
        self.run_dir = Path(run_dir)
        self.port = port
        self.app_ports = list(app_ports)
        self.workers, self.threads = workers, threads
        self.page_cache_seconds = page_cache_seconds
        self.access_log = access_log
        self.output = subprocess.DEVNULL if quiet else None
        self.redis = None
        self.redis_port = redis_port
        self.instances = {}
        self.nginx = None
        self.env = {
            **os.environ,
            **env,
            "DEBUG": "0",
            "SITE_URL": env.get("SITE_URL") or f"http://127.0.0.1:{port}",
            # One proxy (this nginx) in front: the login lock sees the visitor's own address.
            "BEHIND_PROXY": "1",
            "TRUSTED_PROXY_COUNT": "1",
            "EXPORT_DIR": str(self.run_dir / "exports"),
            "EXPORT_ACCEL_REDIRECT": EXPORT_LOCATION,
            # A change made through one instance shows through every other at once.
            "CONTENT_VERSION_LOCAL_MS": "0",
        }
        if redis_port:
            self.env["REDIS_URL"] = f"redis://127.0.0.1:{redis_port}/0"
        if not self.env.get("REDIS_URL"):
            raise RuntimeError("The instances share a cache: give REDIS_URL or a Redis port.")

    @property
    def url(self):
        return f"http://127.0.0.1:{self.port}"

    def instance_url(self, number):
        return f"http://127.0.0.1:{self.app_ports[number]}"

    def start(self):
        # Started as root, nginx's workers run as nobody: they must reach the run directory (in a
        # folder all may enter, such as /tmp) to write the page cache and read the downloads.
        for path in (self.run_dir, self.run_dir / "exports"):
            path.mkdir(parents=True, exist_ok=True)
            path.chmod(0o755)
        try:
            if self.redis_port:
                self.start_redis()
            for port in self.app_ports:
                self.start_instance(port)
            self.start_nginx()
        except BaseException:
            self.stop()
            raise
        return self

    def start_redis(self):
        # A memory limit with least-recently-used eviction, as in production (.env.example).
        self.redis = subprocess.Popen(
            [
                REDIS_SERVER,
                "--port",
                str(self.redis_port),
                "--bind",
                "127.0.0.1",
                "--save",
                "",
                "--appendonly",
                "no",
                "--dir",
                str(self.run_dir),
                "--maxmemory",
                "256mb",
                "--maxmemory-policy",
                "allkeys-lru",
            ],
            stdout=subprocess.DEVNULL,
        )
        deadline = time.monotonic() + 10
        while (
            subprocess.run(
                ["redis-cli", "-p", str(self.redis_port), "ping"], capture_output=True
            ).stdout.strip()
            != b"PONG"
        ):
            if time.monotonic() > deadline or self.redis.poll() is not None:
                raise RuntimeError("redis-server did not start")
            time.sleep(0.1)

    def start_instance(self, port):
        self.instances[port] = subprocess.Popen(
            [
                str(BIN / "gunicorn"),
                "config.wsgi",
                "--bind",
                f"127.0.0.1:{port}",
                "--workers",
                str(self.workers),
                # Threads: a worker waiting on the database or a slow client holds one thread,
                # not a whole process.
                "--worker-class",
                "gthread",
                "--threads",
                str(self.threads),
                # Longer than nginx keeps an idle connection to an instance (deploy/nginx.conf), so
                # that nginx never reuses one the instance has just closed (a 502).
                "--keep-alive",
                "75",
                "--log-level",
                "warning",
            ],
            cwd=ROOT,
            env=self.env,
            stdout=self.output,
            stderr=self.output,
        )
        wait_for(f"http://127.0.0.1:{port}/status/", process=self.instances[port])

    def stop_instance(self, port):
        process = self.instances.pop(port, None)
        if process is not None and process.poll() is None:
            process.send_signal(signal.SIGTERM)
            try:
                process.wait(timeout=30)
            except subprocess.TimeoutExpired:
                process.kill()
                process.wait()

    def start_nginx(self):
        config = render_nginx(
            self.run_dir,
            self.port,
            self.app_ports,
            page_cache_seconds=self.page_cache_seconds,
            access_log=self.access_log,
        )
        command = [NGINX, "-p", str(self.run_dir), "-c", str(config), "-e", "stderr"]
        subprocess.run([*command, "-t", "-q"], check=True)
        self.nginx = subprocess.Popen([*command, "-g", "daemon off;"])
        wait_for(f"{self.url}/status/", process=self.nginx)

    def stop(self):
        if self.nginx is not None and self.nginx.poll() is None:
            self.nginx.send_signal(signal.SIGQUIT)  # graceful: finish the requests under way
            try:
                self.nginx.wait(timeout=15)
            except subprocess.TimeoutExpired:
                self.nginx.kill()
                self.nginx.wait()
        for port in list(self.instances):
            self.stop_instance(port)
        if self.redis is not None and self.redis.poll() is None:
            self.redis.terminate()
            self.redis.wait(timeout=10)

    def __enter__(self):
        return self.start()

    def __exit__(self, *exc):
        self.stop()


def ports(text):
    return [int(part) for part in text.split(",") if part.strip()]


def main():
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--port", type=int, default=8080, help="nginx's port")
    parser.add_argument("--app-ports", type=ports, default=[8081, 8082])
    parser.add_argument("--redis-port", type=int, default=None, help="start a Redis here")
    parser.add_argument("--run-dir", default="/tmp/medborgarloften-cluster")
    parser.add_argument("--workers", type=int, default=2, help="per instance")
    parser.add_argument("--threads", type=int, default=4, help="per worker")
    args = parser.parse_args()
    cluster = Cluster(
        args.run_dir,
        args.port,
        args.app_ports,
        {},
        redis_port=args.redis_port,
        workers=args.workers,
        threads=args.threads,
    )
    signal.signal(signal.SIGTERM, lambda *_: sys.exit(0))
    with cluster:
        print(
            f"nginx on {cluster.url}, in front of "
            + ", ".join(cluster.instance_url(n) for n in range(len(args.app_ports)))
            + f"; files under {args.run_dir}. Ctrl-C stops everything.",
            flush=True,
        )
        try:
            while all(p.poll() is None for p in [cluster.nginx, *cluster.instances.values()]):
                time.sleep(1)
        except KeyboardInterrupt:
            pass


if __name__ == "__main__":
    main()
