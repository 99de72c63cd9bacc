"""The party a campaign noun's object belongs to (session 72 PP, issue 14).

"Germany's opposition to France's plan", "X's attacks on Y's record", "support for Y's
bid": the noun's preposition names no party but a thing another party owns. The campaign
noun rules (``stances.campaign.noun``, ``light_verb``) read a party only where the object
itself names one, so the stance on the owner went unread; ``stances.campaign.attitude_noun``
reads the owner always. ``stances.campaign.owned_object_target`` lets the campaign nouns
read it too: where no object of the preposition names a party, the named possessors of the
objects are the targets (a possessive pronoun is no name: "his plan" names no one here).
"""

from __future__ import annotations

from collections.abc import Callable

from spacy.tokens import Token

from ..rules import declare

OWNED_OBJECT_TARGET = declare(
    "stances.campaign.owned_object_target",
    "'X's opposition to Y's plan', 'X's attacks on Y's record': a campaign noun's object "
    "preposition that names no party but a thing a named party owns targets that owner "
    "(session 72 PP, issue 14)",
    order=54.4,
)


def owned_targets(objects: list[Token], parties: Callable[[list[Token]], list[str]]) -> list[str]:
    """The named owners (``parties`` of the possessors) of a preposition's objects."""
    return parties([c for o in objects for c in o.children if c.dep_ == "poss"])
