import datetime
import itertools

import pytest
from django.utils import timezone, translation

from municipalities.models import Membership, Municipality
from pledges.models import Action, FocusArea, Method, Pledge, Signatory, Target
from pledges.targets import format_targets
from tests.followups.conftest import DONE, make_report

_counter = itertools.count(1)


def make_pledge(municipalities=("ljungby",), **overrides):
    """A published calendar-year pledge for the municipalities given by slug."""
    fields = {
        "title": f"Medborgarlöfte {next(_counter)}",
        "start_date": datetime.date(2024, 1, 1),
        "end_date": datetime.date(2024, 12, 31),
        "status": Pledge.Status.PUBLISHED,
        "published_at": timezone.now() - datetime.timedelta(days=1),
        "situation": "Lägesbilden visar en ökad otrygghet i centrum.",
        "followup_cadence": Pledge.Cadence.YEARLY,
    }
    fields.update(overrides)
    pledge = Pledge.objects.create(**fields)
    pledge.municipalities.set(Municipality.objects.filter(slug__in=municipalities))
    return pledge


def make_action(pledge, targets=(), **overrides):
    """An action; `targets` are (count, unit, per[, scope]) tuples."""
    fields = {
        "text": f"Genomföra insats nummer {next(_counter)}",
        "order": next(_counter),
        "responsible": Action.Responsible.JOINT,
    }
    fields.update(overrides)
    action = Action.objects.create(pledge=pledge, **fields)
    for order, (count, unit, per, *scope) in enumerate(targets):
        make_target(action, order=order, count=count, unit=unit, per=per, scope="".join(scope))
    return action


def make_target(action, **overrides):
    fields = {"count": 2, "unit": "trygghetsvandringar", "per": Target.Per.YEAR}
    fields.update(overrides)
    return Target.objects.create(action=action, **fields)


def make_signatory(pledge, **overrides):
    fields = {
        "name": f"Person {next(_counter)}",
        "title": "Kommunstyrelsens ordförande",
        "side": Signatory.Side.MUNICIPALITY,
    }
    fields.update(overrides)
    return Signatory.objects.create(pledge=pledge, **fields)


def fill_pledge(pledge, actions=5):
    """Gives a pledge focus areas, methods, signatories and `actions` actions, all related."""
    focus_areas = list(FocusArea.objects.order_by("slug")[:3])
    methods = list(Method.objects.order_by("slug")[:3])
    pledge.focus_areas.set(focus_areas)
    make_signatory(pledge, side=Signatory.Side.MUNICIPALITY)
    make_signatory(pledge, side=Signatory.Side.POLICE, title="Lokalpolisområdeschef")
    for i in range(actions):
        action = make_action(pledge, focus_area=focus_areas[i % len(focus_areas)])
        if i % 2:
            make_target(action, count=2, unit="trygghetsvandringar", per=Target.Per.YEAR)
        action.methods.set(methods[: 1 + i % len(methods)])
    return pledge


@pytest.fixture(autouse=True)
def fresh_cache(settings):
    """Each test starts with an empty cache, and the public page cache off so that query
    counts measure the real work; tests of the cache turn it on themselves."""
    from django.core.cache import cache

    from pledges.caching import invalidate

    settings.PUBLIC_PAGE_CACHE = False
    cache.clear()
    invalidate()
    yield
    cache.clear()
    invalidate()


@pytest.fixture(autouse=True)
def swedish_after_each_test():
    """A request to an English page leaves English active in this thread; the next test starts
    in Swedish again, as every request without /en/ does."""
    yield
    translation.deactivate()


@pytest.fixture(autouse=True)
def fast_password_hashing(settings):
    """Tests create many users; the production hasher is slow on purpose."""
    settings.PASSWORD_HASHERS = ["django.contrib.auth.hashers.MD5PasswordHasher"]


@pytest.fixture
def pledge(db):
    return fill_pledge(make_pledge())


# Staff of two organisations and their content, for permission tests. -----------------------

EDITOR_A, PUBLISHER_A, STAFF_B, NO_ORG, SUPERUSER, ANONYMOUS = (
    "redaktor_a",
    "utgivare_a",
    "staff_b",
    "no_org",
    "superuser",
    "anonymous",
)
OUTSIDERS = [STAFF_B, NO_ORG, ANONYMOUS]


@pytest.fixture
def world(django_user_model):
    """Ljungby (A) and Värnamo (B), each with a draft and a published pledge and reports."""
    users = {}

    def staff(name, **kwargs):
        user = django_user_model.objects.create_user(
            name, password="x" * 16, is_staff=True, **kwargs
        )
        users[name] = user
        return user

    ljungby = Municipality.objects.get(slug="ljungby")
    varnamo = Municipality.objects.get(slug="varnamo")
    Membership.objects.create(user=staff(EDITOR_A), municipality=ljungby)
    Membership.objects.create(
        user=staff(PUBLISHER_A), municipality=ljungby, role=Membership.Role.PUBLISHER
    )
    Membership.objects.create(
        user=staff(STAFF_B), municipality=varnamo, role=Membership.Role.PUBLISHER
    )
    staff(NO_ORG)
    staff(SUPERUSER, is_superuser=True)

    a_draft = fill_pledge(
        make_pledge(("ljungby",), title="A utkast", status="utkast", published_at=None), 2
    )
    a_published = fill_pledge(
        make_pledge(
            ("ljungby",),
            title="A publicerat",
            start_date=datetime.date(2023, 1, 1),
            end_date=datetime.date(2023, 12, 31),
            followup_cadence="arligen",
        ),
        2,
    )
    b_draft = fill_pledge(
        make_pledge(("varnamo",), title="B utkast", status="utkast", published_at=None), 2
    )
    b_published = fill_pledge(make_pledge(("varnamo",), title="B publicerat"), 2)
    a_report = make_report(a_published, kind="ar", year=2023, published=False)
    b_report = make_report(b_published, kind="ar", year=2024, statuses=DONE)
    return {
        "users": users,
        "a_draft": a_draft,
        "a_published": a_published,
        "b_draft": b_draft,
        "b_published": b_published,
        "a_report": a_report,
        "b_report": b_report,
    }


def client_for(client, world, who):
    """The test client logged in as one of the world's users (or not, for ANONYMOUS)."""
    if who != ANONYMOUS:
        client.force_login(world["users"][who])
    return client


def pledge_post(pledge, **overrides):
    """The change form's POST for a pledge as it is, with overrides."""
    actions = list(pledge.actions.order_by("order", "pk"))
    data = {
        "title": pledge.title,
        "municipalities": [m.pk for m in pledge.municipalities.all()],
        "police_area": pledge.police_area_id or "",
        "district": pledge.district,
        "start_date": pledge.start_date.isoformat() if pledge.start_date else "",
        "start_precision": pledge.start_precision,
        "end_date": pledge.end_date.isoformat() if pledge.end_date else "",
        "end_precision": pledge.end_precision,
        "issuer": pledge.issuer,
        "districts": "\n".join(pledge.districts),
        "signed_on_precision": pledge.signed_on_precision,
        "followup_cadence": pledge.followup_cadence,
        "focus_areas": [f.pk for f in pledge.focus_areas.all()],
        "status": pledge.status,
        "published_at": "",
        "unpublish_reason": "",
        "actions-TOTAL_FORMS": str(len(actions)),
        "actions-INITIAL_FORMS": str(len(actions)),
        "signatories-TOTAL_FORMS": "0",
        "signatories-INITIAL_FORMS": "0",
        "parties-TOTAL_FORMS": "0",
        "parties-INITIAL_FORMS": "0",
    }
    if pledge.published_at:
        local = pledge.published_at.astimezone(datetime.UTC).astimezone()
        data["published_at_0"] = local.date().isoformat()
        data["published_at_1"] = local.time().strftime("%H:%M:%S")
    for i, action in enumerate(actions):
        data.update(
            {
                f"actions-{i}-id": action.pk,
                f"actions-{i}-pledge": pledge.pk,
                f"actions-{i}-order": action.order,
                f"actions-{i}-text": action.text,
                f"actions-{i}-responsible": action.responsible,
                f"actions-{i}-targets_text": format_targets(action.targets.all()),
            }
        )
    signatories = list(pledge.signatories.all())
    data["signatories-TOTAL_FORMS"] = data["signatories-INITIAL_FORMS"] = str(len(signatories))
    for i, signatory in enumerate(signatories):
        data.update(
            {
                f"signatories-{i}-id": signatory.pk,
                f"signatories-{i}-pledge": pledge.pk,
                f"signatories-{i}-order": signatory.order,
                f"signatories-{i}-name": signatory.name,
                f"signatories-{i}-title": signatory.title,
                f"signatories-{i}-side": signatory.side,
            }
        )
    data.update(overrides)
    return data


@pytest.fixture(autouse=True)
def site_url(settings):
    """Absolute addresses are built on SITE_URL (config/site.py); the test client's host."""
    settings.SITE_URL = "http://testserver"


@pytest.fixture(autouse=True)
def export_dir(settings, tmp_path):
    """The full downloads are written to files (pledges/exports.py); each test has its own."""
    settings.EXPORT_DIR = tmp_path / "exports"
    settings.EXPORT_IN_BACKGROUND = False
    return settings.EXPORT_DIR
