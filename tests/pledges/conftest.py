"""Data for the tests of finding and comparing: a few pledges that differ in every filter."""

import datetime
import re

import pytest
from django.db import connection
from django.utils import timezone

from municipalities.models import PoliceArea
from pledges.models import Action, FocusArea, Method
from tests.conftest import make_action, make_pledge
from tests.followups.conftest import DONE, ONGOING, make_report

D = datetime.date

postgres_only = pytest.mark.skipif(
    connection.vendor != "postgresql",
    reason="needs PostgreSQL's full-text search; CI runs the suite on PostgreSQL too",
)
sqlite_only = pytest.mark.skipif(
    connection.vendor == "postgresql", reason="the SQLite fallback of the search"
)


def result_names(response):
    """The pledge names /loften/ lists, in order."""
    pattern = r'class="result__title"><a href="[^"]*">([^<]*)</a>'
    return re.findall(pattern, response.content.decode())


def make_world():
    """Three published pledges that differ in every filter, and two that must never show."""
    focus = {f.slug: f for f in FocusArea.objects.all()}
    method = {m.slug: m for m in Method.objects.all()}

    varnamo = make_pledge(
        ("varnamo",),
        title="Värnamo mot bedrägerier",
        police_area=PoliceArea.objects.get(slug="varnamo"),
        introduction="Vi informerar äldre om bedrägerier.",
    )
    varnamo.focus_areas.set([focus["bedragerier"]])
    fraud = make_action(
        varnamo,
        text="Informera äldre om telefonbedrägerier",
        focus_area=focus["bedragerier"],
        responsible=Action.Responsible.POLICE,
    )
    fraud.methods.set([method["informationsinsats"]])
    make_report(varnamo, kind="ar", year=2024, statuses=DONE)

    ljungby = make_pledge(
        ("ljungby",),
        title="Ljungby tryggare",
        start_date=D(2023, 1, 1),
        end_date=D(2024, 12, 31),
        police_area=PoliceArea.objects.get(slug="ljungby"),
    )
    ljungby.focus_areas.set([focus["narkotika"]])
    meetings = make_action(
        ljungby,
        text="Minst två grannsamverkansmöten per år",
        responsible=Action.Responsible.MUNICIPALITY,
    )
    meetings.methods.set([method["grannsamverkan"]])

    svenljunga = make_pledge(
        ("svenljunga",),
        title="Svenljunga för unga",
        start_date=D(2022, 1, 1),
        end_date=D(2022, 12, 31),
        police_area=None,
    )
    make_action(
        svenljunga,
        text="Skolan och polisen pratar om nätet med alla sjuor",
        focus_area=focus["unga"],
        responsible=Action.Responsible.OTHER,
        other_party="Skolan",
    )
    make_report(svenljunga, kind="ar", year=2022, statuses=ONGOING)

    # Never shown: a draft and a pledge scheduled for tomorrow, both in Jönköpings län.
    draft = make_pledge(("gnosjo",), title="Gnosjö utkast", status="utkast", published_at=None)
    make_action(draft, text="Hemligt bedrägeriutkast", focus_area=focus["bedragerier"])
    later = make_pledge(
        ("vaggeryd",),
        title="Vaggeryd i morgon",
        published_at=timezone.now() + datetime.timedelta(days=1),
    )
    make_action(later, text="Schemalagt bedrägerilöfte", focus_area=focus["bedragerier"])
    return {"varnamo": varnamo, "ljungby": ljungby, "svenljunga": svenljunga}


@pytest.fixture
def find_world(db):
    return make_world()
