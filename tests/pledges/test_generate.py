import pytest
from django.core.management import call_command

from followups.models import ActionStatus, FollowUpReport
from pledges.models import Action, Pledge, Signatory

pytestmark = pytest.mark.django_db


def generate(**options):
    from io import StringIO

    out, err = StringIO(), StringIO()
    call_command(
        "generate_national_data",
        municipalities=3,
        years=2,
        actions=4,
        last_year=2024,
        stdout=out,
        stderr=err,
        **options,
    )
    return out.getvalue(), err.getvalue()


def test_counts_at_a_small_scale():
    out, progress = generate()
    pledges = Pledge.objects.all()
    assert pledges.count() == 3 * 2
    assert Action.objects.count() == 3 * 2 * 4
    assert Signatory.objects.count() == 3 * 2 * 2
    reports_per_pledge = {p.pk: p.reports.count() for p in pledges}
    assert set(reports_per_pledge.values()) <= {3, 4}  # per tertial or per quarter
    assert FollowUpReport.objects.count() == sum(reports_per_pledge.values())
    assert ActionStatus.objects.count() == 4 * FollowUpReport.objects.count()
    assert f"{Pledge.objects.count()} löften" in out
    assert "Kommuner     3/3 [" in progress and "100 %" in progress


def test_the_generated_data_is_published_and_valid(client):
    generate()
    assert Pledge.objects.published().count() == 6
    assert FollowUpReport.objects.published().count() == FollowUpReport.objects.count()
    assert not ActionStatus.objects.filter(status="").exists()
    assert not ActionStatus.objects.filter(action_text="").exists()
    for pledge in Pledge.objects.all()[:2]:
        pledge.full_clean()
        assert client.get(pledge.get_absolute_url()).status_code == 200
        report = pledge.reports.first()
        assert client.get(report.get_absolute_url()).status_code == 200


def test_a_second_run_adds_nothing():
    generate()
    counts = (Pledge.objects.count(), Action.objects.count(), ActionStatus.objects.count())
    out, _progress = generate()
    assert (Pledge.objects.count(), Action.objects.count(), ActionStatus.objects.count()) == counts
    assert "0 löften" in out
