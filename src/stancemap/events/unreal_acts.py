"""An act the story only supposes is no event: "may have violated the law", "had Clinton
congratulated him", "is expected to visit Capitol Hill", "his proposal to ban Muslims".

Session 48 (engineer HY), issue 12. On the judged real-news tune files the mode stage
already marks most of these acts hypothetical, but every coded event is kept whatever its
mode, and the judges count an act that did not happen as no event (docs/judging.md). Of
the 34 kept readings marked hypothetical, 27 are judged no event and 6 right; the right
ones are a stated demand ("China should reject him", "Muslims should be banned") or a
stated readiness ("Ready to back Clinton"): the speaker asks for or announces the act,
which PLOVER codes as the act ("Iraq must cooperate": DEMAND; "is prepared to impose
martial law": THREATEN).

Rule ``events.mode.hypothetical_no_event``: an event the mode stage marks hypothetical
(a condition, a modal of possibility, a question, a wish, an expected or planned act) is
dropped, unless one of its words or a verb it completes carries should / ought / must, or
it is the complement of a word of readiness (``data/events/readiness.txt``). Read from
the parse (``nlp.modality``, ``events.prospects``). Negated and future acts are left
alone: on tune the judges count a third to half of them right (a refusal, an intent).
"""

from __future__ import annotations

from functools import lru_cache

from spacy.tokens import Token

from ..datafiles import word_list
from ..nlp import modality as mod
from ..rules import declare
from .prospects import governor

HYPOTHETICAL_NO_EVENT = declare(
    "events.mode.hypothetical_no_event",
    "'may have violated the law', 'had Clinton congratulated him', 'is expected to visit X', "
    "'can Obama offer the Republicans something?': an act the mode stage marks hypothetical "
    "did not happen in the story and is no event at all, unless it is demanded "
    "(should/ought/must: 'China should reject him') or announced as ready "
    "(data/events/readiness.txt: 'is prepared to impose martial law'): those stay, "
    "hypothetical",
    order=21,
)
# deontic modals: the act is asked for (a demand told), not supposed
DEMAND_MODALS = frozenset({"should", "ought", "must"})


@lru_cache(maxsize=1)
def readiness_words() -> frozenset[str]:
    """ "ready", "willing", "prepared", ... (``data/events/readiness.txt``)."""
    return word_list("events/readiness.txt")


def stated(tokens: list[Token]) -> bool:
    """One of the frame's words (the act, or the verb of saying whose complement holds it:
    "said Russia should condemn Iran"), or a verb it completes, carries should / ought /
    must; or the act is the complement of a word of readiness ("ready to back X")."""
    for tok in tokens:
        if mod.modal_on(tok, DEMAND_MODALS):
            return True
        word = governor(tok)
        if word is not None and {word.lower_, word.lemma_.lower()} & readiness_words():
            return True
    return False
