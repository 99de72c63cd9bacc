"""Whom a call is with, where the parser hangs the 'with' phrase on the call's medium.

Session 59, engineer TG (issue 12: target countries lost on the PLOVER dev tune half and
the wire tune sets). Sorting the tune records whose type is right but whose target
country is empty or wrong by cause, one parse path left the target of a call empty:
"X spoke by telephone with Y", "X conferred by phone with Y", "X talked over video link
with Y". The small parser attaches the 'with' phrase to the medium noun ("telephone"),
not to the verb, so the verb's own prepositions name no one and the event had no target.

Rule ``events.args.call_means_party``: the objects of the target prepositions
(``arguments.TARGET_PREPS``) under the object of a 'by' / 'over' / 'via' / 'on' phrase
of the act's verb are read as the verb's own, when that object is a call medium
(``data/events/call_media.txt``: phone, telephone, video) or a noun compounded with one
("video link", "phone call"). Only a medium's phrase lends a party: "met by the lake
with X" or "agreed by a wide margin with X" lend none, and nothing is added where the
verb's own prepositions already hold the party (they come first).
"""

from __future__ import annotations

from spacy.tokens import Token

from ..rules import declare
from . import arguments as args
from .calls import call_media

CALL_MEANS_PARTY = declare(
    "events.args.call_means_party",
    "'X spoke by telephone with Y': a 'with'/'to'/... phrase the parser hangs on the "
    "call medium of the verb's by/over/via/on phrase (phone, telephone, video link) "
    "names the verb's own party",
    order=30.5,
)
MEANS_PREPS = ("by", "over", "via", "on")


def call_medium(noun: Token) -> bool:
    """``noun`` is a call medium (a common noun, not a name) or compounded with one."""
    if noun.pos_ != "NOUN":
        return False
    media = call_media()
    if noun.lemma_.lower() in media or noun.lower_ in media:
        return True
    return any(c.dep_ == "compound" and c.lemma_.lower() in media for c in noun.children)


def medium_parties(verb: Token) -> list[Token]:
    """The objects of the target prepositions hanging on a call medium of ``verb``'s
    by/over/via/on phrases, in order."""
    out: list[Token] = []
    for medium in args.prep_objects(verb, MEANS_PREPS):
        if call_medium(medium):
            out += args.prep_objects(medium, args.TARGET_PREPS)
    return out
