"""Which of the places named in a sentence is the place of an event there: by case (the
locative first; for a visit, its destination; a theme last), then by nearness to the trigger;
a venue in the chosen city, and a city of the chosen country named in the same case, refine
it."""

from __future__ import annotations

from .mentions import PlaceMention

PLACE_PREFERENCE = {
    "visit": ("dative", "accusative", "locative", "locative_adj", "nominative", "institution"),
    "default": (
        "locative",
        "locative_adj",
        "aside",
        "owner",
        "host",
        "nominative",
        "dative",
        "institution",
        "guess",
        "theme",
    ),
    # "Baykonur Üssü'nden fırlatılacak": a launch happens where it leaves from
    "launch": ("ablative", "locative", "locative_adj", "aside", "owner", "nominative"),
    # "sahasında Liverpool ile karşılaştı": a city named in any other case is a club
    "match": ("locative", "locative_adj", "aside", "owner", "institution"),
}


def choose_place(
    places: list[PlaceMention], trigger_at: int, event_type: str
) -> PlaceMention | None:
    """The place of an event: by case (locative first; for a visit, its destination), then by
    nearness to the trigger; a city beats the country that holds it."""
    order = PLACE_PREFERENCE.get(event_type, PLACE_PREFERENCE["default"])
    best, best_score = None, None
    for pm in places:
        if pm.case not in order:
            continue
        score = (order.index(pm.case), abs(trigger_at - pm.start))
        if best_score is None or score < best_score:
            best, best_score = pm, score
    if best is not None and best.place.kind != "venue":
        # "İstanbul'daki Haliç Kongre Merkezi'nde": the venue in that city.
        name = best.place.name
        venue = next(
            (pm for pm in places if pm.place.kind == "venue" and pm.place.parent == name), None
        )
        if venue is not None and venue.case in order:
            return venue
    if best is not None and best.place.kind == "country":
        # "Çin'in Tiencin şehrinde": prefer a city of that country named in the same case.
        inner = [
            pm
            for pm in places
            if pm.place.country == best.place.name
            and pm.place.kind != "country"
            and pm.case == best.case
        ]
        if inner:
            best = min(inner, key=lambda pm: abs(trigger_at - pm.start))
    return best
