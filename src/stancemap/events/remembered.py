"""An act told as a memory is history: "Clinton recalled her years as secretary of state
advising the president", "Merkel remembered meeting Putin in Dresden". The gerund clause
under a verb of recalling (``data/events/sense.tsv``, kind ``recalling``) in the past names
what was done then, before the story's news.

Rule ``events.mode.remembered_act``: a gerund (VBG) in a clause of a verb of recalling
("advcl", "xcomp", "ccomp", or "acl" on a noun of its object or of its "as" phrase) is
historical. Read from the parse.
"""

from __future__ import annotations

from spacy.tokens import Token

from ..rules import declare
from .sense import sense_words

REMEMBERED_ACT = declare(
    "events.mode.remembered_act",
    "'recalled her years advising the president', 'remembered meeting X': an act in a "
    "gerund clause of a verb of recalling is historical",
    order=34,
)
CLAUSES = ("advcl", "xcomp", "ccomp", "acl", "pcomp")


def remembered(verb: Token) -> bool:
    """``verb`` is a gerund whose clause hangs on a verb of recalling (or on its object)."""
    if verb.tag_ != "VBG" or verb.dep_ not in CLAUSES:
        return False
    head = verb.head
    for _ in range(5):  # "recalled her days advising", "recalled her years as minister advising"
        if head.pos_ not in ("NOUN", "PROPN", "ADP") or head.head.i == head.i:
            break
        head = head.head
    return head.pos_ == "VERB" and head.lemma_.lower() in sense_words()["recalling"]
