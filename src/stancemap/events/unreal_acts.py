"""An act the story only supposes is no event: "may have violated the law", "had Clinton
congratulated him", "is expected to visit Capitol Hill", "his proposal to ban Muslims".

Session 48 (engineer HY), issue 12. On the judged real-news tune files the mode stage
already marks most of these acts hypothetical, but every coded event is kept whatever its
mode, and the judges count an act that did not happen as no event (docs/judging.md). Of
the 34 kept readings marked hypothetical, 27 are judged no event and 6 right; three of the
six right ones are a stated demand under "should" ("China should reject him", "Muslims
should be banned"): the speaker asks for the act, which PLOVER codes as the act asked for.

Rule ``events.mode.hypothetical_no_event``: an event the mode stage marks hypothetical
(a condition, a modal of possibility, a question, a wish, an expected or planned act) is
dropped, unless its predicate or a verb it completes carries "should" / "ought" (read
from the parse, ``nlp.modality``). Negated and future acts are left alone: on tune the
judges count a third to half of them right (a refusal, a stated intent).
"""

from __future__ import annotations

from spacy.tokens import Token

from ..nlp import modality as mod
from ..rules import declare

HYPOTHETICAL_NO_EVENT = declare(
    "events.mode.hypothetical_no_event",
    "'may have violated the law', 'had Clinton congratulated him', 'is expected to visit X', "
    "'can Obama offer the Republicans something?': an act the mode stage marks hypothetical "
    "did not happen in the story and is no event at all, unless it is demanded under "
    "should/ought ('China should reject him': kept, hypothetical)",
    order=21,
)


def demanded(head: Token) -> bool:
    """The act's predicate, or a verb whose complement it is, carries should / ought: a
    stated demand ("X should be banned"), which the judges read as the act asked for."""
    return mod.under_should(head)
