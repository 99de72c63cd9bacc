"""An act in a gerund adjunct of a future verb is ahead too (session 67 MD, issue 12).

"they'll think twice before agreeing to extensive tests", "NATO will respond by imposing
sanctions", "the minister will visit Kiev after meeting Putin": the mode stage reads a
future from will / shall / going to / a reported would on the act's own verb or on a verb
whose complement (infinitive or participle) it is (``nlp.modality.future_above``), but not
through a preposition, since "would hold off on backing X" refuses the act. A gerund under
a preposition of time or means (before, after, upon, by, while, when, without,
``ADJUNCT_PREPOSITIONS``) tells when or how the future act is done: it is ahead as well.
A could / might / may above reaches such a gerund already (``modal_above_preposition``).

Rule ``events.mode.adjunct_future``: a reading marked asserted whose verb is such a gerund
of a verb read as future is marked future. Only the mode changes: the reading, its code
and parties stay; read once the parties are final (``stage.py``). No word list beyond the
closed class of those prepositions.
"""

from __future__ import annotations

from spacy.tokens import Doc, Token

from ..nlp import modality as mod
from ..rules import declare
from .parts import Coded

ADJUNCT_FUTURE = declare(
    "events.mode.adjunct_future",
    "'they'll think twice before agreeing to X', 'NATO will respond by imposing sanctions': "
    "a reading marked asserted whose verb is a gerund under a preposition of time or means "
    "(before, after, upon, by, while, when, without) of a verb read as future is future; "
    "only the mode changes",
    order=99.7,
)
# the closed class of prepositions of time and means a gerund adjunct hangs on; not "on",
# "from", "of" ("would hold off on backing X": refused, not ahead)
ADJUNCT_PREPOSITIONS = frozenset({"before", "after", "upon", "by", "while", "when", "without"})

Read = tuple[Coded, float | None]


def future_verb_over(verb: Token) -> Token | None:
    """The verb a gerund adjunct hangs on through a preposition of time or means, where
    that verb is read as future; else None."""
    if verb.tag_ != "VBG" or verb.dep_ != "pcomp":
        return None
    prep = verb.head
    if prep.dep_ != "prep" or prep.lower_ not in ADJUNCT_PREPOSITIONS or prep.head.i == prep.i:
        return None
    above = prep.head
    if above.pos_ not in ("VERB", "AUX"):
        return None
    if mod.is_negated([above]):
        return None  # "will not meet X before consulting Y": no act ahead to share
    if mod.is_future([above]) or mod.future_above(above):
        return above
    return None


def _verb(doc: Doc, item: Coded) -> Token | None:
    span = doc.char_span(*item.trigger, alignment_mode="expand")
    if span is None:
        return None
    root = span.root
    return root if root.pos_ in ("VERB", "AUX") else None


def with_adjunct_futures(doc: Doc, coded: list[Read], typographic: bool = False) -> list[Read]:
    """The stage's readings, each asserted one whose verb is a gerund adjunct of a future
    verb (``future_verb_over``) marked future; ``typographic``: "they’ll" is "they'll"
    (``events.mode.typographic_contraction``)."""
    curly = mod.typographic_contraction_on.set(typographic)
    try:
        for item, _ in coded:
            if item.modality is not None:
                continue
            verb = _verb(doc, item)
            if verb is not None and future_verb_over(verb) is not None:
                item.modality = "future"
    finally:
        mod.typographic_contraction_on.reset(curly)
    return coded
