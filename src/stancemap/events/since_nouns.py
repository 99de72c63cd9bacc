"""An act named as the start of the story's period is background (session 61, engineer
BG; issue 12).

"Since the 11 September 2001 attacks in the United States, BA has cut 13,000 jobs", "there
has been a clear evolution of US policy since the war in Afghanistan": a noun of an act
under "since" (``data/events/open_period_preps.txt``: a preposition whose object starts a
period reaching the time of speaking, Quirk et al. 1985, 9.41) names what opened the
period the clause is about, so it lies before the story's time. On events_tune_s60bbc
the BBC judges call such a reading a "background time reference"; the PolNeAR and Lee
judges count some right ("a whirlwind transformation in Afghanistan's fate since the
September 11 attacks"), so the act is kept and marked, not dropped: a historical act
counts as asserted in precision and weighs as background where the relations stage
reads the story's time (``alignment.time.background_behind_story``).

Rule ``events.mode.since_noun_background``: a nominal event whose noun is the object of
an open-period preposition is historical. Read in ``finish.py``, where an undated nominal
event has no other way to be background.
"""

from __future__ import annotations

from spacy.tokens import Token

from ..rules import declare
from .shared_time import open_period_preps

SINCE_NOUN_BACKGROUND = declare(
    "events.mode.since_noun_background",
    "'since the 11 September attacks, BA has cut 13,000 jobs': a nominal event whose noun is "
    "the object of an open-period preposition (open_period_preps.txt: since) is historical",
    order=34.1,
)


def since_object(noun: Token) -> bool:
    """``noun`` is the object of a preposition that opens a period ("since the attacks")."""
    return noun.dep_ == "pobj" and noun.head.lower_ in open_period_preps()
