"""The event lexicon's verbs, read from its data files for the actors stage.

The actors stage imports no later stage, so rules that need a class of verbs the event
lexicon already codes ("shelled Goma": acts of force on places, ``acted_on.py``; "the
UN-backed government": verbs of support, ``supporters.py``) read its data here: the rows
of ``data/events/triggers.tsv`` and ``cameo_verbs.tsv`` that code a one-word verb as an
event, and the PLOVER type of a CAMEO code (``data/events/cameo_plover.tsv``).
"""

from __future__ import annotations

from collections.abc import Iterator
from functools import lru_cache

from ..datafiles import read_table

LEXICONS = ("events/triggers.tsv", "events/cameo_verbs.tsv")


@lru_cache(maxsize=1)
def _cameo_types() -> dict[str, str]:
    return {r["code"]: r["type"] for r in read_table("events/cameo_plover.tsv")}


def plover_type(code: str) -> str | None:
    """The PLOVER type of a CAMEO code, by the longest prefix the mapping has."""
    types = _cameo_types()
    for size in (len(code), 3, 2):
        if code[:size] in types:
            return types[code[:size]]
    return None


def verb_event_rows() -> Iterator[dict[str, str]]:
    """The lexicon rows that code a one-word verb as an event (a CAMEO code, not "-")."""
    for name in LEXICONS:
        for row in read_table(name):
            if row["pos"] != "V" or row["role"] != "event" or " " in row["lemma"]:
                continue
            if row["cameo"] != "-":
                yield row
