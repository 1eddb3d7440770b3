"""Each promise's one target (Action.target_count, target_unit, target_per) becomes a Target row,
so that a promise can have several; 0009 then removes the three fields."""

from django.db import migrations


def move_targets(apps, schema_editor):
    Action = apps.get_model("pledges", "Action")
    Target = apps.get_model("pledges", "Target")
    with_target = Action.objects.filter(target_count__isnull=False).exclude(target_unit="")
    Target.objects.bulk_create(
        Target(
            action_id=action.pk,
            order=0,
            count=action.target_count,
            unit=action.target_unit,
            per=action.target_per or "period",
        )
        for action in with_target.iterator()
    )


def move_targets_back(apps, schema_editor):
    """The first target of each promise back into the fields; any others are lost."""
    Action = apps.get_model("pledges", "Action")
    Target = apps.get_model("pledges", "Target")
    seen = set()
    for target in Target.objects.order_by("action_id", "order", "pk").iterator():
        if target.action_id in seen or target.per not in ("ar", "period"):
            continue
        seen.add(target.action_id)
        Action.objects.filter(pk=target.action_id).update(
            target_count=target.count, target_unit=target.unit, target_per=target.per
        )


class Migration(migrations.Migration):
    dependencies = [("pledges", "0007_partial_periods_targets_parties")]

    operations = [migrations.RunPython(move_targets, move_targets_back)]
