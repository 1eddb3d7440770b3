"""Published content as plain dicts for the API. `absolute` turns a path into a full address.

Field names are English and stable across versions of the API; values of vocabularies are the
codes used in the database (e.g. "genomford") with the Swedish label beside them.
"""

from django.urls import reverse


def _date(value):
    return value.isoformat() if value else None


def _named(obj, key="slug"):
    return {key: getattr(obj, key), "name": obj.name} if obj else None


def municipality_data(municipality, absolute):
    county = municipality.county
    return {
        "code": municipality.code,
        "name": municipality.name,
        "slug": municipality.slug,
        "county": {"code": county.code, "name": county.name},
        "police_region": county.police_region.name,
        "police_areas": [_named(area) for area in municipality.police_areas.all()],
        "url": absolute(municipality.get_absolute_url()),
        "api_url": absolute(reverse("api:municipality", args=[municipality.code])),
        "pledges": [
            {"uid": str(p.uid), "api_url": absolute(reverse("api:pledge", args=[p.uid]))}
            for p in municipality.published_pledges
        ],
    }


def pledge_summary(pledge, absolute):
    """Who, when and where: what an action or a follow-up says about its pledge."""
    return {
        "uid": str(pledge.uid),
        "title": pledge.title,
        "period": {
            "label": pledge.period_label,
            "start_date": _date(pledge.start_date),
            "end_date": _date(pledge.end_date),
            "start_precision": pledge.start_precision,
            "end_precision": pledge.end_precision,
            "until_further_notice": pledge.until_further_notice,
        },
        "state": {"code": pledge.state, "label": str(pledge.state_label)},
        "municipalities": [{"code": m.code, "name": m.name} for m in pledge.sorted_municipalities],
        "district": pledge.district,
        "url": absolute(pledge.get_absolute_url()),
        "api_url": absolute(reverse("api:pledge", args=[pledge.uid])),
    }


def status_of(action):
    status = getattr(action, "latest_status", None)
    if status is None:
        return None
    return {
        "status": status.status,
        "label": status.get_status_display(),
        "achieved_count": status.achieved_count,
        "followup_uid": str(status.report.uid),
    }


def action_data(action, absolute, pledge=None):
    data = {
        "uid": str(action.uid),
        "api_url": absolute(reverse("api:action", args=[action.uid])),
        "url": absolute(action.get_absolute_url()),
        "order": action.order,
        "heading": action.heading,
        "text": action.text,
        "details": action.details,
        "focus_area": _named(action.focus_area),
        "responsible": {"code": action.responsible, "label": action.responsible_label},
        "other_party": action.other_party,
        "methods": [_named(method) for method in action.methods.all()],
        "target": None,
        "targets": [
            {
                "count": target.count,
                "unit": target.unit,
                "per": target.per,
                "scope": target.scope,
                "label": target.label,
            }
            for target in action.targets.all()
        ],
        "deadline": None,
        "latest_status": status_of(action),
    }
    if data["targets"]:
        # The first target, as before there could be several.
        first = data["targets"][0]
        data["target"] = {name: first[name] for name in ("count", "unit", "per", "label")}
    if action.deadline_count:
        data["deadline"] = {
            "count": action.deadline_count,
            "unit": action.deadline_unit,
            "label": action.deadline_label,
        }
    if pledge is not None:
        data = {"pledge": pledge_summary(pledge, absolute), **data}
    return data


def pledge_data(pledge, absolute):
    counties = pledge.counties
    return {
        **pledge_summary(pledge, absolute),
        "counties": [{"code": county.code, "name": county.name} for county in counties],
        "police_area": _named(pledge.police_area),
        "focus_areas": [_named(focus_area) for focus_area in pledge.focus_areas.all()],
        "introduction": pledge.introduction,
        "situation": pledge.situation,
        "situation_basis": pledge.situation_basis,
        "expected_effect": pledge.expected_effect,
        "other_text": pledge.other_text,
        "followup": {
            "cadence": pledge.followup_cadence,
            "cadence_label": pledge.get_followup_cadence_display(),
            "text": pledge.followup_text,
            "published_where": pledge.followup_published_where,
        },
        "issuer": {"code": pledge.issuer, "label": pledge.get_issuer_display()},
        "districts": pledge.districts,
        "signed_on": _date(pledge.signed_on),
        "signed_on_precision": pledge.signed_on_precision,
        "signed_on_label": pledge.signed_on_label,
        "signed_place": pledge.signed_place,
        "signatories": [
            {
                "name": s.name,
                "title": s.title,
                "side": s.side,
                "organisation": s.organisation or s.get_side_display(),
            }
            for s in pledge.signatories.all()
        ],
        "parties": [{"name": p.name, "role": p.role} for p in pledge.parties.all()],
        "continues": str(pledge.continues.uid) if pledge.continues else None,
        "source_url": pledge.safe_source_url,
        "published_at": pledge.published_at.isoformat(),
        "actions": [action_data(action, absolute) for action in pledge.actions.all()],
        "followups": [
            {
                "uid": str(report.uid),
                "title": report.title,
                "url": absolute(report.get_absolute_url()),
                "api_url": absolute(reverse("api:followup", args=[report.uid])),
            }
            for report in pledge.published_reports
        ],
    }


def report_data(report, absolute):
    progress = report.summary_counts()
    return {
        "uid": str(report.uid),
        "pledge": pledge_summary(report.pledge, absolute),
        "title": report.title,
        "kind": report.kind,
        "year": report.year or None,
        "number": report.number or None,
        "covers": {
            "label": report.covers_label,
            "start_date": _date(report.covers_start),
            "end_date": _date(report.covers_end),
        },
        "url": absolute(report.get_absolute_url()),
        "api_url": absolute(reverse("api:followup", args=[report.uid])),
        "published_at": report.published_at.isoformat(),
        "is_example": report.is_example,
        "summary": report.summary,
        "effect": report.effect,
        "indicators": report.indicators,
        "fulfilment": report.fulfilment,
        "lessons": report.lessons,
        "progress": {
            "counted": progress.counted,
            "done": progress.done,
            "percent": progress.percent,
            "left_out": progress.left_out,
        },
        "statuses": [
            {
                "action_uid": str(status.action.uid) if status.action else None,
                "order": status.order,
                "heading": status.heading,
                "focus_area": status.focus_area_name,
                "action_text": status.action_text,
                "responsible": status.responsible_label,
                "target": status.target_label,
                "status": status.status,
                "label": status.get_status_display(),
                "evidence": status.evidence,
                "achieved_count": status.achieved_count,
            }
            for status in report.statuses.all()
        ],
    }
