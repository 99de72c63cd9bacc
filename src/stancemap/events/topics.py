"""An act named as the topic of talk is not done: "X told a radio host about extending his
support to Y", "Putin spoke about attacking Ukraine", "asked about sending troops". The
gerund after "about" names what is talked, asked or thought about, not a deed.

Rule ``events.sense.about_gerund``: a verb in the gerund whose head is the preposition
"about" codes no event (not after "set about", "go about": undertaking), nor the event noun it takes as its object ("extending his
support"). Read from the parse, no word list.
"""

from __future__ import annotations

from spacy.tokens import Token

from ..rules import rule
from .parts import DocContext, Frame

# "set about"/"go about" X-ing is to begin or undertake X-ing (WordNet 3.0's particle verbs
# "set about", "go about"; the particle-verb import keeps no "about" verbs): a deed
UNDERTAKE_ABOUT = ("set", "go")


def about_gerund(verb: Token) -> bool:
    if verb.tag_ != "VBG" or verb.dep_ != "pcomp" or verb.head.lower_ != "about":
        return False
    return verb.head.head.lemma_.lower() not in UNDERTAKE_ABOUT


@rule(
    "events.sense.about_gerund",
    order=9.5,
    doc="'told a host about extending his support to Y', 'spoke about attacking X': an act "
    "in a gerund after 'about' is a topic of talk, no event",
)
def about_gerund_rule(frame: Frame, tok: Token, ctx: DocContext) -> Frame | None:
    verb = frame.head
    if frame.nominal:  # "about extending his support": the support verb's object noun
        verb = frame.head.head if frame.head.dep_ in ("dobj", "obj") else frame.head
    return None if about_gerund(verb) else frame
