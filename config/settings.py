"""Settings, read from the environment. See .env.example for every variable."""

import datetime
import os
from pathlib import Path
from urllib.parse import urlsplit

import dj_database_url
from csp.constants import NONE, SELF
from django.core.exceptions import ImproperlyConfigured
from django.utils.translation import gettext_lazy as _

BASE_DIR = Path(__file__).resolve().parent.parent


def env_bool(name, default=False):
    value = os.environ.get(name)
    if value is None or value == "":
        return default
    lowered = value.strip().lower()
    if lowered in {"1", "true", "yes", "on"}:
        return True
    if lowered in {"0", "false", "no", "off"}:
        return False
    raise ImproperlyConfigured(f"{name} must be a boolean (1/0, true/false), got {value!r}")


def env_int(name, default):
    value = os.environ.get(name)
    if value is None or value == "":
        return default
    try:
        return int(value)
    except ValueError:
        raise ImproperlyConfigured(f"{name} must be an integer, got {value!r}") from None


def env_list(name, default=()):
    value = os.environ.get(name)
    if value is None:
        return list(default)
    return [item.strip() for item in value.split(",") if item.strip()]


def env_site_url(name, default):
    """An address like https://medborgarloften.se: http or https, a host, no path."""
    value = os.environ.get(name) or default
    parts = urlsplit(value)
    if (
        parts.scheme not in {"http", "https"}
        or not parts.hostname
        or parts.path not in {"", "/"}
        or parts.query
        or parts.fragment
    ):
        raise ImproperlyConfigured(
            f"{name} must be http(s)://host[:port] without a path, got {value!r}"
        )
    return value.rstrip("/")


DEBUG = env_bool("DEBUG", default=False)

SECRET_KEY = os.environ.get("SECRET_KEY", "")
if not SECRET_KEY:
    if not DEBUG:
        raise ImproperlyConfigured(
            "SECRET_KEY is not set. Set SECRET_KEY in the environment, or DEBUG=1 for development."
        )
    SECRET_KEY = "development-only-key-never-used-when-debug-is-off"

ALLOWED_HOSTS = env_list(
    "ALLOWED_HOSTS", default=["127.0.0.1", "localhost", "[::1]"] if DEBUG else []
)
CSRF_TRUSTED_ORIGINS = env_list("CSRF_TRUSTED_ORIGINS")
# The site's own address: every absolute link (canonical, hreflang, Open Graph, feeds, sitemap,
# robots.txt, API, downloads) is built on it, never on the request's Host (config/site.py). In
# production `check --deploy` refuses one whose host ALLOWED_HOSTS does not let in.
SITE_URL = env_site_url("SITE_URL", "http://127.0.0.1:8000")

INSTALLED_APPS = [
    # Django's admin, with the start page "Att göra" as its index.
    "desk.apps.DeskAdminConfig",
    "django.contrib.auth",
    "django.contrib.contenttypes",
    "django.contrib.sessions",
    "django.contrib.messages",
    "whitenoise.runserver_nostatic",
    "django.contrib.staticfiles",
    "django.contrib.humanize",
    # For the template of /sitemap.xml.
    "django.contrib.sitemaps",
    "django_filters",
    "simple_history",
    # django-axes, under Swedish names in the admin.
    "twofactor.apps.LoginProtectionConfig",
    "csp",
    "django_otp",
    # django_otp.plugins.otp_totp, under a Swedish name in the admin.
    "twofactor.apps.TOTPDevicesConfig",
    "municipalities",
    "pledges",
    "followups",
    "imports",
    "twofactor",
    "desk",
]

MIDDLEWARE = [
    "django.middleware.security.SecurityMiddleware",
    "csp.middleware.CSPMiddleware",
    "whitenoise.middleware.WhiteNoiseMiddleware",
    # NUL characters and absurdly long numbers in the address get a 400 here (config/bad_input.py).
    "config.bad_input.BadInputMiddleware",
    # A repeat visit to a public page gets its 304 here, before the work below (pledges/caching.py).
    "pledges.caching.NotModifiedMiddleware",
    "django.contrib.sessions.middleware.SessionMiddleware",
    # The language comes from the address alone: /en/… is English, everything else Swedish
    # (see config/urls.py), whatever the browser asks for.
    "django.middleware.locale.LocaleMiddleware",
    "django.middleware.common.CommonMiddleware",
    "django.middleware.csrf.CsrfViewMiddleware",
    "django.contrib.auth.middleware.AuthenticationMiddleware",
    # request.user.is_verified(): whether this session gave a one-time code (django-otp).
    "django_otp.middleware.OTPMiddleware",
    "twofactor.middleware.RequireTwoFactorMiddleware",
    "django.contrib.messages.middleware.MessageMiddleware",
    "django.middleware.clickjacking.XFrameOptionsMiddleware",
    "simple_history.middleware.HistoryRequestMiddleware",
    # Last, as django-axes asks.
    "axes.middleware.AxesMiddleware",
]

ROOT_URLCONF = "config.urls"

TEMPLATES = [
    {
        "BACKEND": "django.template.backends.django.DjangoTemplates",
        "DIRS": [BASE_DIR / "templates"],
        "APP_DIRS": True,
        "OPTIONS": {
            "context_processors": [
                "django.template.context_processors.request",
                # LANGUAGE_CODE: Swedish content on an English page is marked lang="sv".
                "django.template.context_processors.i18n",
                "django.contrib.auth.context_processors.auth",
                "django.contrib.messages.context_processors.messages",
            ],
        },
    },
]

WSGI_APPLICATION = "config.wsgi.application"

DATABASES = {
    "default": dj_database_url.parse(
        os.environ.get("DATABASE_URL") or f"sqlite:///{BASE_DIR / 'db.sqlite3'}",
        conn_max_age=env_int("CONN_MAX_AGE", 600),
        conn_health_checks=True,
    )
}
DEFAULT_AUTO_FIELD = "django.db.models.BigAutoField"

# The cache: Redis in production (REDIS_URL), this process's memory otherwise.
REDIS_URL = os.environ.get("REDIS_URL", "")
if REDIS_URL:
    CACHES = {
        "default": {
            "BACKEND": "django.core.cache.backends.redis.RedisCache",
            "LOCATION": REDIS_URL,
            "KEY_PREFIX": "medborgarloften",
        }
    }
else:
    CACHES = {"default": {"BACKEND": "django.core.cache.backends.locmem.LocMemCache"}}
# Public pages are cached and answered with 304 when unchanged (see pledges/caching.py).
PUBLIC_PAGE_CACHE = env_bool("PUBLIC_PAGE_CACHE", default=True)
PUBLIC_PAGE_CACHE_SECONDS = env_int("PUBLIC_PAGE_CACHE_SECONDS", 3600)
# Milliseconds a process trusts the content version it last read from the cache: 0 shows a change
# made through one app server on every other at once, at the cost of one Redis round trip per
# request (pledges/caching.py).
CONTENT_VERSION_LOCAL_MS = env_int("CONTENT_VERSION_LOCAL_MS", 1000)
# The full downloads (/loften.csv, /loften.json) are written here once per content version.
EXPORT_DIR = Path(os.environ.get("EXPORT_DIR") or BASE_DIR / "exports")
# Written by a thread beside the requests; the tests write them in the request instead.
EXPORT_IN_BACKGROUND = env_bool("EXPORT_IN_BACKGROUND", default=True)
# How many download files may be written at once, across every process sharing EXPORT_DIR.
EXPORT_MAX_BUILDS = env_int("EXPORT_MAX_BUILDS", 2)
# Behind nginx: the internal location that serves EXPORT_DIR (deploy/nginx.conf), so that nginx
# sends the download files itself. Empty: Django sends them.
EXPORT_ACCEL_REDIRECT = os.environ.get("EXPORT_ACCEL_REDIRECT", "")

# Where a login goes when its `next` is missing or refused (another site): the admin's start page,
# the only login there is being the staff's. Django's default, /accounts/profile/, is a 404.
LOGIN_REDIRECT_URL = "admin:index"

AUTHENTICATION_BACKENDS = [
    # First, so that a locked-out username and address is refused before the password is tried.
    "axes.backends.AxesStandaloneBackend",
    "django.contrib.auth.backends.ModelBackend",
]

# Login protection: lock a username at one address after repeated failures, so that nobody can
# lock a known staff account out from elsewhere; the lock lifts after the cool-off.
AXES_FAILURE_LIMIT = env_int("AXES_FAILURE_LIMIT", 5)
AXES_COOLOFF_TIME = datetime.timedelta(minutes=env_int("AXES_COOLOFF_MINUTES", 30))
AXES_LOCKOUT_PARAMETERS = [["username", "ip_address"]]
# The address is the visitor's own, also behind reverse proxies (config/client_ip.py): with
# BEHIND_PROXY one proxy is trusted unless TRUSTED_PROXY_COUNT says how many there are.
BEHIND_PROXY = env_bool("BEHIND_PROXY", default=False)
TRUSTED_PROXY_COUNT = env_int("TRUSTED_PROXY_COUNT", 1 if BEHIND_PROXY else 0)
AXES_CLIENT_IP_CALLABLE = "config.client_ip.client_ip"
AXES_RESET_ON_SUCCESS = True
AXES_ENABLE_ACCESS_FAILURE_LOG = True
AXES_VERBOSE = False
AXES_LOCKOUT_TEMPLATE = "registration/lockout.html"

# Two-factor login (twofactor/): staff who have set up an authenticator app give its one-time
# code at login. With REQUIRE_TWO_FACTOR on, staff who have not are sent to set it up first and
# reach nothing else until they have; recommended in production.
REQUIRE_TWO_FACTOR = env_bool("REQUIRE_TWO_FACTOR", default=False)
# The name the authenticator app shows beside the code.
OTP_TOTP_ISSUER = "Medborgarlöften"
# The django-otp admin (superusers only) never shows a device's secret key or its QR code.
OTP_ADMIN_HIDE_SENSITIVE_DATA = True

# Staff sessions end after this many seconds without a request.
SESSION_COOKIE_AGE = env_int("SESSION_IDLE_SECONDS", 30 * 60)
SESSION_SAVE_EVERY_REQUEST = True
SESSION_EXPIRE_AT_BROWSER_CLOSE = True

AUTH_PASSWORD_VALIDATORS = [
    {"NAME": "django.contrib.auth.password_validation.UserAttributeSimilarityValidator"},
    {
        "NAME": "django.contrib.auth.password_validation.MinimumLengthValidator",
        "OPTIONS": {"min_length": 12},
    },
    {"NAME": "django.contrib.auth.password_validation.CommonPasswordValidator"},
    {"NAME": "django.contrib.auth.password_validation.NumericPasswordValidator"},
]

# The interface in Swedish, and in English under /en/; the content stays as written, in Swedish.
# The compiled translations (locale/en/LC_MESSAGES/django.mo) are in git: no gettext needed.
LANGUAGE_CODE = "sv"
LANGUAGES = [("sv", _("Svenska")), ("en", _("Engelska"))]
LOCALE_PATHS = [BASE_DIR / "locale"]
TIME_ZONE = "Europe/Stockholm"
USE_I18N = True
USE_TZ = True

STATIC_URL = "static/"
STATIC_ROOT = BASE_DIR / "staticfiles"
STATICFILES_DIRS = [BASE_DIR / "static"]
STORAGES = {
    "default": {"BACKEND": "django.core.files.storage.FileSystemStorage"},
    "staticfiles": {"BACKEND": "whitenoise.storage.CompressedManifestStaticFilesStorage"},
}

SITE_NAME = "Medborgarlöften"
# Where visitors report accessibility problems; shown in the accessibility statement.
ACCESSIBILITY_CONTACT_EMAIL = os.environ.get(
    "ACCESSIBILITY_CONTACT_EMAIL", "tillganglighet@medborgarloften.example.se"
)

# Open data (pledges/catalogue.py): the licence the data is published under, stated in the
# DCAT-AP-SE catalogue and the data package, and who publishes it and answers questions on it.
OPEN_DATA_LICENSES = {
    "CC0-1.0": "http://creativecommons.org/publicdomain/zero/1.0/",
    "CC-BY-4.0": "http://creativecommons.org/licenses/by/4.0/",
}
OPEN_DATA_LICENSE = os.environ.get("OPEN_DATA_LICENSE") or "CC0-1.0"
if OPEN_DATA_LICENSE not in OPEN_DATA_LICENSES:
    raise ImproperlyConfigured(
        f"OPEN_DATA_LICENSE must be one of {', '.join(OPEN_DATA_LICENSES)}, "
        f"got {OPEN_DATA_LICENSE!r}"
    )
OPEN_DATA_PUBLISHER = os.environ.get("OPEN_DATA_PUBLISHER") or SITE_NAME
OPEN_DATA_CONTACT_EMAIL = os.environ.get(
    "OPEN_DATA_CONTACT_EMAIL", "oppnadata@medborgarloften.example.se"
)

# E-mail (reminders of due follow-ups). Printed to the console in development.
EMAIL_BACKEND = os.environ.get(
    "EMAIL_BACKEND",
    "django.core.mail.backends.console.EmailBackend"
    if DEBUG
    else "django.core.mail.backends.smtp.EmailBackend",
)
EMAIL_HOST = os.environ.get("EMAIL_HOST", "localhost")
EMAIL_PORT = env_int("EMAIL_PORT", 25)
EMAIL_HOST_USER = os.environ.get("EMAIL_HOST_USER", "")
EMAIL_HOST_PASSWORD = os.environ.get("EMAIL_HOST_PASSWORD", "")
EMAIL_USE_TLS = env_bool("EMAIL_USE_TLS", default=False)
DEFAULT_FROM_EMAIL = os.environ.get("DEFAULT_FROM_EMAIL", "medborgarloften@localhost")
SERVER_EMAIL = DEFAULT_FROM_EMAIL

# Security: safe by default, development conveniences only with DEBUG on.
SESSION_COOKIE_HTTPONLY = True
CSRF_COOKIE_HTTPONLY = True
SESSION_COOKIE_SECURE = env_bool("SECURE_COOKIES", default=not DEBUG)
CSRF_COOKIE_SECURE = SESSION_COOKIE_SECURE
SECURE_SSL_REDIRECT = env_bool("SECURE_SSL_REDIRECT", default=False)
# HSTS is sent on HTTPS responses only; a year by default once DEBUG is off.
SECURE_HSTS_SECONDS = env_int("SECURE_HSTS_SECONDS", 0 if DEBUG else 31536000)
SECURE_HSTS_INCLUDE_SUBDOMAINS = env_bool("SECURE_HSTS_INCLUDE_SUBDOMAINS", default=True)
SECURE_HSTS_PRELOAD = env_bool("SECURE_HSTS_PRELOAD", default=True)
SECURE_CONTENT_TYPE_NOSNIFF = True
SECURE_REFERRER_POLICY = "same-origin"
SECURE_CROSS_ORIGIN_OPENER_POLICY = "same-origin"
X_FRAME_OPTIONS = "DENY"
if BEHIND_PROXY:
    SECURE_PROXY_SSL_HEADER = ("HTTP_X_FORWARDED_PROTO", "https")

# Content Security Policy: everything from this site, no inline script, no plugins, no framing.
CONTENT_SECURITY_POLICY = {
    "DIRECTIVES": {
        "default-src": [SELF],
        "script-src": [SELF],
        "style-src": [SELF],
        "img-src": [SELF, "data:"],
        "font-src": [SELF],
        "connect-src": [SELF],
        "object-src": [NONE],
        "base-uri": [SELF],
        "form-action": [SELF],
        "frame-ancestors": [NONE],
    }
}

LOGGING = {
    "version": 1,
    "disable_existing_loggers": False,
    "handlers": {"console": {"class": "logging.StreamHandler"}},
    "root": {"handlers": ["console"], "level": os.environ.get("LOG_LEVEL", "INFO")},
    "loggers": {
        "django.db.backends": {"level": "INFO", "propagate": True},
        # WeasyPrint (the pledge PDF) logs every step of every document at INFO.
        "weasyprint": {"level": "WARNING"},
        "fontTools": {"level": "WARNING"},
    },
}
