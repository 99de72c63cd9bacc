"""Calibrated confidences: quote and event confidences as the precision measured on dev gold.

The mapping (``data/calibration.toml``) is fitted by ``stancemap eval
calibrate`` (``evaluate/calibrate.py``); here it is applied. The pipeline calls
``calibrate_records`` right after the events stage, so every later stage and
the output see calibrated values. Switch it off with ``[rules] disable =
["stances.calibration.apply"]`` (fitting does, to read the raw values).
"""

from __future__ import annotations

import tomllib
from functools import lru_cache
from pathlib import Path
from typing import Any

from ..datafiles import data_path
from ..records import Event, Quote
from ..rules import declare

APPLY = declare(
    "stances.calibration.apply",
    "quote and event confidences become the precision their kind reached on the dev gold "
    "(data/calibration.toml)",
    order=1,
)


def quote_key(kind: str, raw: float) -> str:
    return f"{kind}|{raw:.2f}"


def event_key(raw: float) -> str:
    return f"{raw:.2f}"


class Calibrator:
    """Replaces raw quote and event confidences with calibrated ones (from a mapping file)."""

    def __init__(self, table: dict[str, Any]) -> None:
        self.quotes = table.get("quotes") or {}
        self.events = table.get("events") or {}

    @classmethod
    def load(cls, path: Path | None = None) -> Calibrator:
        path = path or data_path("calibration.toml")
        if not path.exists():
            return cls({})
        with path.open("rb") as fh:
            return cls(tomllib.load(fh))

    def quote(self, quote: Quote) -> Quote:
        if not self.quotes:
            return quote
        value = self.quotes["map"].get(quote_key(quote.kind, quote.confidence))
        if value is None:
            return quote  # a raw value never seen in the gold: left as the stage set it
        return quote.model_copy(update={"confidence": float(value)})

    def event(self, event: Event) -> Event:
        """The raw confidence calibrated by the table (a raw value the table has no key for
        stays). A confidence that is the learned reality (``events.reality.confidence``: the
        coded one kept in ``coded_confidence``) is not mapped; a reality recorded beside the
        coded confidence (``events.reality.recorded``) leaves it mapped."""
        if event.reality is not None and event.coded_confidence is not None:
            # the confidence is the learned reality (events.reality.confidence): a
            # probability fitted as such, not the coder's raw value the table maps
            value = None
        else:
            value = self.events["map"].get(event_key(event.confidence)) if self.events else None
        calibrated = event.confidence if value is None else float(value)
        if calibrated == event.confidence:
            return event
        return event.model_copy(update={"confidence": calibrated})


@lru_cache(maxsize=1)
def default_calibrator() -> Calibrator:
    return Calibrator.load()


def calibrate_records(
    quotes: list[Quote], events: list[Event], switches: Any = None
) -> tuple[list[Quote], list[Event]]:
    """Calibrated copies of a document's quotes and events (the records are not edited).

    ``switches`` (``rules.RuleSwitches``): with ``stances.calibration.apply`` off
    the raw confidences stay, as fitting needs them.
    """
    if switches is not None and not switches.enabled(APPLY):
        return quotes, events
    cal = default_calibrator()
    return [cal.quote(q) for q in quotes], [cal.event(e) for e in events]
