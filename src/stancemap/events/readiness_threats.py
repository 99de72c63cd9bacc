"""A hostile act a party says it is ready to do is a threat, told now (session 58, engineer TH).

PLOVER codes a declared readiness to carry out a hostile act against another party as
THREATEN: "Iraq's interim government announced that it is prepared to impose martial law"
(PLOVER dev, gold THREATEN). The verbs of intent that the CAMEO dictionary names ("vowed to
impose tariffs", "pledged to attack", "threatened to close") already fold their complement
into a threat (``events/frames.py``, ``codes.intent_code``) and "will attack" is one by
``events.mode.future_deed_is_intent``; an adjective or noun of readiness is no trigger, so
its act was read as the act itself, hypothetical (kept by ``events.mode.hypothetical_no_event``
through ``data/events/readiness.txt``): COERCE for "prepared to impose martial law".

Rule ``events.frame.readiness_threat``: an act of material conflict (protest, mobilising,
sanction, coercion, force: ``codes.MATERIAL_CONFLICT``) that is the "to" complement of a
word of readiness (``data/events/readiness.txt``: ready, willing, prepared, eager, keen,
readiness, willingness) and is not negated is a threat to do it, asserted now: its code
becomes the threat of that act (``codes.threat_code``: 1324 for martial law, 138 for
force), its mode no longer hypothetical; source and target stay the act's. The act needs a
named source, the party that threatens: "a supporter, eager to lend his voice to the
demonstration" (a PROTEST with no party, events tune s27) is a wish, no threat. A cooperative
act ("ready to back X", "willing to send aid") is left as it is, as is a negated readiness
("not ready to attack": ``events.mode.negated_commitment``) and one under a condition or
a question the act itself carries.
"""

from __future__ import annotations

from spacy.tokens import Token

from ..rules import declare
from .codes import MATERIAL_CONFLICT, threat_code
from .prospects import governor
from .unreal_acts import readiness_words

READINESS_THREAT = declare(
    "events.frame.readiness_threat",
    "'announced it is prepared to impose martial law', 'ready to use force against X': a "
    "hostile act (protest, mobilise, sanction, coerce, assault) in the 'to' complement of a "
    "word of readiness (data/events/readiness.txt) is a THREATEN of it (13x), told now",
    order=21,
)


def readiness_word(head: Token) -> Token | None:
    """The word of readiness whose "to" complement ``head`` is ("prepared" of "prepared to
    impose"), or None."""
    word = governor(head)
    if word is None or not {word.lower_, word.lemma_.lower()} & readiness_words():
        return None
    return word


def readiness_threat_code(
    head: Token, etype: str, code: str | None, source: list[str]
) -> str | None:
    """The threat code of a hostile act announced as ready, or None where the rule does not
    apply (not material conflict, no code, no named party to threaten, no word of readiness
    above it)."""
    if etype not in MATERIAL_CONFLICT or not code or not source:
        return None
    if readiness_word(head) is None:
        return None
    return threat_code(code)
