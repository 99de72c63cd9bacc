"""One stancemap.Pipeline per set of rules switched off (session 33, engineer PT)."""

from __future__ import annotations

from functools import lru_cache

import stancemap
from stancemap.config import Settings


@lru_cache(maxsize=8)
def pipeline(off: tuple[str, ...] = ()) -> stancemap.Pipeline:
    """``off`` names rules to switch off; "+name" switches a shipped-off rule on."""
    settings = Settings()
    enable = {name[1:] for name in off if name.startswith("+")}
    disable = [n for n in settings.rules.disable if n not in enable]
    disable += [n for n in off if not n.startswith("+")]
    rules = settings.rules.model_copy(update={"disable": disable})
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
