import datetime
import itertools

import pytest
from django.utils import timezone

from municipalities.models import Municipality
from pledges.models import Action, FocusArea, Method, Pledge, Signatory

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


def make_action(pledge, **overrides):
    fields = {
        "text": f"Genomföra insats nummer {next(_counter)}",
        "order": next(_counter),
        "responsible": Action.Responsible.JOINT,
    }
    fields.update(overrides)
    return Action.objects.create(pledge=pledge, **fields)


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
        action = make_action(
            pledge,
            focus_area=focus_areas[i % len(focus_areas)],
            target_count=2 if i % 2 else None,
            target_unit="trygghetsvandringar" if i % 2 else "",
            target_per=Action.TargetPer.YEAR if i % 2 else "",
        )
        action.methods.set(methods[: 1 + i % len(methods)])
    return pledge


@pytest.fixture(autouse=True)
def fast_password_hashing(settings):
    """Tests create many users; the production hasher is slow on purpose."""
    settings.PASSWORD_HASHERS = ["django.contrib.auth.hashers.MD5PasswordHasher"]


@pytest.fixture
def pledge(db):
    return fill_pledge(make_pledge())
