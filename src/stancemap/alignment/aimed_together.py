"""Two subjects of a hostile act aimed at a third thing are no rivals (session 52 AR, issue 14).

"US warplanes and Afghan forces had launched extensive attacks on the network of caves where
Al Qaeda members had been hiding out": the events stage reads an ASSAULT with two sources and
no target (a network of caves is no actor), and ``alignment.score.co_sources`` reads such an
event as one between its sources ("Turkey and Romania clash") - the United States against
Afghanistan, carried on to their states: judged the wrong sign (they were allies). A
reciprocal reading needs an act with no aim of its own; where the words right after the
trigger aim it ("launched attacks on", "fought against": ``data/stances/aimed_together.tsv``;
"on" and "at" only after the act's noun, for "clashed on Monday" tells when), and not at
"each other", the sources acted together on that aim.
They are then no rivals by the coordination, as with "both" (``alignment.score.
co_sources_each``); each still relates to a target it names.
"""

from __future__ import annotations

import re
from collections.abc import Iterable, Mapping
from functools import lru_cache

from ..datafiles import words_by_kind
from ..records import Event
from ..rules import declare
from .intensity import Intensity
from .scoring import RECIPROCAL_TYPES

AIMED_TOGETHER = declare(
    "alignment.relations.aimed_together_apart",
    "two or more sources of a hostile act with no target whose trigger is followed by a "
    "preposition of aim ('US and Afghan forces launched attacks on the caves', 'fought "
    "against the rebels': data/stances/aimed_together.tsv; 'on', 'at' only after the act's "
    "noun), not by 'each other', acted together on that "
    "aim: no rivals by the coordination (alignment.score.co_sources reads 'X and Y clash' "
    "as one against the other), as with 'both'; each still relates to a target it names "
    "(session 52 AR, issue 14)",
)
DATA = "stances/aimed_together.tsv"
_WORD = re.compile(r"[a-z]+")


@lru_cache(maxsize=1)
def _words() -> dict[str, frozenset[str]]:
    return words_by_kind(DATA, ("aim_prep", "act_aim_prep", "reciprocal"))


def aimed_elsewhere(event: Event) -> bool:
    """Whether the word right after the trigger (or the trigger's last word) is a
    preposition of aim, not followed by "each other": "against" after any trigger, "on",
    "at" after a trigger of two words or more, the act's noun with its light verb
    ("launched extensive attacks on"); after a bare verb they tell where or when."""
    if event.evidence is None:
        return False
    start = event.trigger.end - event.evidence.start
    if start < 0 or start > len(event.evidence.text):
        return False
    words = _words()
    trigger = _WORD.findall(event.trigger.text.lower())
    after = _WORD.findall(event.evidence.text[start:].lower())
    aims = words["aim_prep"] | (words["act_aim_prep"] if len(trigger) > 1 else frozenset())
    if trigger[-1:] and trigger[-1] in aims:
        rest = after
    elif after and after[0] in aims:
        rest = after[1:]
    else:
        return False
    return " ".join(rest[:2]) not in words["reciprocal"]


def aimed_together(events: Iterable[Event], table: Mapping[str, Intensity]) -> set[str]:
    """Ids of the hostile acts of several sources and no target aimed at something else."""
    out: set[str] = set()
    for e in events:
        kind = e.type.upper()
        info = table.get(kind)
        if (
            kind in RECIPROCAL_TYPES
            and info is not None
            and info.relation == "conflict"
            and len(set(e.source)) > 1
            and not e.target
            and aimed_elsewhere(e)
        ):
            out.add(e.id)
    return out
