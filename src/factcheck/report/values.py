"""Values as JSON-ready fields: the one normalised form that reports and fingerprints share."""
from __future__ import annotations

import math

from ..model import Amount, Period, Position, Record, Ref, Role, Said, Slot, TimeOfDay


def number(value: float | None):
    if value is None or (isinstance(value, float) and math.isinf(value)):
        return None
    if float(value).is_integer() and abs(value) < 2**53:
        return int(value)
    value = float(f"{value:.12g}")  # twelve significant digits: no float noise, no lost fractions
    return int(value) if value.is_integer() else value


def amount_record(amount: Amount) -> dict:
    """An amount as JSON-ready fields."""
    return {"low": number(amount.low), "high": number(amount.high), "low_open": amount.low_open,
            "high_open": amount.high_open, "unit": amount.unit, "noun": amount.noun,
            "precision": amount.precision}


def slot_record(slot: Slot) -> dict:
    record = {"frame": slot.frame, "subject": slot.subject, "era": slot.era or None,
              "scope": slot.scope or None, "who": slot.who or None, "label": slot.label()}
    if slot.source:  # only where it tells figures apart, so other reports keep their shape
        record["source"] = slot.source
    return record


def period_record(period: Period) -> dict | None:
    if not period.resolved:
        return None
    return {"start": period.start.isoformat(), "end": period.end.isoformat(), "granularity": period.granularity}


def ref_record(ref: Ref) -> dict:
    return {"id": ref.id, "name": ref.name, "level": ref.level, "within": list(ref.within)}


def role_record(role: Role) -> dict:
    return {"person": role.person, "person_id": role.person_id, "organisation": role.organisation,
            "organisation_id": role.organisation_id, "title": role.title, **({"post": role.post} if role.post else {})}


def value_record(value: Amount | Period | Ref | Role | Said | Position | TimeOfDay | Record):
    if isinstance(value, Record):
        return {"person": value.person, "person_id": value.person_id, "wins": value.wins, "losses": value.losses,
                "draws": value.draws, "knockouts": value.knockouts}
    if isinstance(value, Period):
        return period_record(value)
    if isinstance(value, TimeOfDay):
        return {"start": f"{value.start // 60:02d}:{value.start % 60:02d}",
                "end": f"{value.end // 60:02d}:{value.end % 60:02d}", "zone": value.zone}
    if isinstance(value, Position):
        return {"distance": amount_record(value.distance), "bearing": number(value.bearing),
                "direction": value.direction, "reference": value.reference, "reference_id": value.reference_id}
    if isinstance(value, Said):
        return {"words": value.words, "speaker": value.speaker, "speaker_id": value.speaker_id}
    if isinstance(value, Role):
        return role_record(value)
    return ref_record(value) if isinstance(value, Ref) else amount_record(value)
