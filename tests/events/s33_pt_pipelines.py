"""One stancemap.Pipeline per set of rules switched off (session 33, engineer PT)."""

from __future__ import annotations

from functools import lru_cache

import stancemap
from stancemap.config import Settings


@lru_cache(maxsize=8)
def pipeline(off: tuple[str, ...] = ()) -> stancemap.Pipeline:
    settings = Settings()
    rules = settings.rules.model_copy(update={"disable": [*settings.rules.disable, *off]})
    return stancemap.Pipeline(settings.model_copy(update={"rules": rules}))


def analysis(text: str, off: tuple[str, ...] = (), date: str = "2001-06-10"):
    return next(iter(pipeline(off).pipe([{"id": "t", "text": text, "date": date}])))


def targets(text: str, word: str, off: tuple[str, ...] = ()) -> list[list[str]]:
    """The target countries of each event whose trigger holds ``word``."""
    found = analysis(text, off)
    country = {a.id: a.country for a in found.actors}
    return [
        sorted(str(country.get(t)) for t in e.target)
        for e in found.events
        if word in e.trigger.text
    ]
