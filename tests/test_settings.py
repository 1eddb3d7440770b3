import os
import subprocess
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent


def import_settings(**env):
    environment = {k: v for k, v in os.environ.items() if k not in {"SECRET_KEY", "DEBUG"}}
    environment.update(env)
    return subprocess.run(
        [
            sys.executable,
            "-c",
            "import config.settings as s; print(s.DATABASES['default']['ENGINE'])",
        ],
        cwd=ROOT,
        env=environment,
        capture_output=True,
        text=True,
    )


def test_missing_secret_key_with_debug_off_is_a_loud_error():
    result = import_settings(DEBUG="0")
    assert result.returncode != 0
    assert "SECRET_KEY is not set" in result.stderr


def test_debug_on_runs_without_a_secret_key():
    result = import_settings(DEBUG="1", DATABASE_URL="")
    assert result.returncode == 0, result.stderr
    assert result.stdout.strip() == "django.db.backends.sqlite3"


def test_database_url_selects_postgresql():
    result = import_settings(SECRET_KEY="x", DATABASE_URL="postgres://u@127.0.0.1:5432/db")
    assert result.returncode == 0, result.stderr
    assert result.stdout.strip() == "django.db.backends.postgresql"


def test_a_bad_boolean_is_refused():
    result = import_settings(DEBUG="maybe")
    assert result.returncode != 0
    assert "DEBUG must be a boolean" in result.stderr


def test_an_unknown_open_data_licence_is_refused():
    result = import_settings(DEBUG="1", OPEN_DATA_LICENSE="MIT")
    assert result.returncode != 0
    assert "OPEN_DATA_LICENSE must be one of CC0-1.0, CC-BY-4.0" in result.stderr
    assert import_settings(DEBUG="1", OPEN_DATA_LICENSE="CC-BY-4.0").returncode == 0


def test_redis_url_selects_the_redis_cache():
    result = subprocess.run(
        [
            sys.executable,
            "-c",
            "import config.settings as s; print(s.CACHES['default']['BACKEND'])",
        ],
        cwd=ROOT,
        env={**os.environ, "SECRET_KEY": "x", "REDIS_URL": "redis://127.0.0.1:6379/1"},
        capture_output=True,
        text=True,
    )
    assert result.stdout.strip() == "django.core.cache.backends.redis.RedisCache"


def test_status_answers_ok(client):
    response = client.get("/status/")
    assert response.content == b"ok\n"
