"""An act told in a gerund adjunct happens when the verb it hangs from happens (session
42, issue 12).

"The administration threw a scare into the industry two years ago by proposing to scale
back the requirement", "Sanders attacked Clinton in 2008, calling her ...": the proposing
and the calling are the throwing and the attacking, told by their means or manner; the
date on the governing verb dates them too, so a dated-back governor makes them background
(``events.mode.dated_background``). Only a gerund (VBG) under a preposition of that verb
("by proposing", "in persuading") or a participial adjunct of it (", calling her") -
never an infinitive of purpose ("met in 2008 to discuss" may plan a later act) nor a
clause with a subject of its own. Rule ``events.mode.adjunct_shares_time``.
"""

from __future__ import annotations

from spacy.tokens import Token

from ..rules import declare

ADJUNCT_SHARES_TIME = declare(
    "events.mode.adjunct_shares_time",
    "'threw a scare two years ago by proposing X', 'attacked Y in 2008, calling her ...': an "
    "act in a gerund adjunct (a preposition's gerund or a participial adjunct) of a verb is "
    "dated by that verb's date (and so background when the date is well before the story)",
    order=20,
)
SUBJECTS = ("nsubj", "nsubjpass", "expl")


def time_governor(token: Token) -> Token | None:
    """The verb whose time a gerund adjunct shares: "threw" of "threw ... by proposing",
    "attacked" of "attacked Y, calling her"; None for anything else."""
    if token.tag_ != "VBG" or any(c.dep_ in SUBJECTS for c in token.children):
        return None
    head = token.head
    if token.dep_ == "pcomp" and head.dep_ == "prep" and head.head.pos_ in ("VERB", "AUX"):
        return head.head if head.head.i != head.i else None
    if token.dep_ == "advcl" and head.pos_ in ("VERB", "AUX") and head.i != token.i:
        return head
    return None
