"""Nouns of asking: a plea, an entreaty, calls for something.

Rule ``events.trigger.request_nouns``: "renewed its calls for a ceasefire", "made a plea to
Jakarta for clemency", "Australian pleas for clemency went unheeded": a noun the trigger
lexicon lacks, with a WordNet 3.0 sense at or below request.n.01 (request, petition,
demand, call, requisition), entreaty.n.01 (appeal, plea, supplication) or urging.n.01
(``data/events/request_nouns.txt``, imported by ``events.wordnet_import``), names a
request (PLOVER REQUEST, CAMEO 020) when the clause shows the asking: the noun takes what
is asked ("for" + object, a "to" infinitive) or is the object of a verb of rejecting. Many
of these nouns have other senses first ("call": a telephone call; "appeal": charm), so the
word alone never makes an event.

Rule ``events.frame.rejected_request_noun``: "Jakarta dismissed Australian pleas for
clemency", "brushed aside opposition calls for his resignation": a verb of rejecting
(``rejecting_verbs.txt``) whose object is a request noun is a rejection (REJECT) aimed at
the one who asked, as ``events.frame.rejected_charge`` does for a charge.
"""

from __future__ import annotations

from functools import lru_cache

from spacy.tokens import Token

from ..datafiles import word_list
from ..rules import declare
from .lexicon import TriggerEntry

REQUEST_NOUNS = declare(
    "events.trigger.request_nouns",
    "'renewed calls for a ceasefire', 'pleas for clemency': a noun of asking (WordNet "
    "request.n.01, entreaty.n.01, urging) that takes what is asked, or is rejected, is a "
    "REQUEST (020)",
    order=29.1,
)
REJECTED_REQUEST_NOUN = declare(
    "events.frame.rejected_request_noun",
    "'dismissed Australian pleas for clemency': a verb of rejecting (WordNet) whose object "
    "is a request noun is a rejection (REJECT) aimed at the one who asked",
    order=29.2,
)
REQUEST_TYPE = "REQUEST"
REQUEST_CODE = "020"
REQUEST_NOUN_ROW = "rule:request_noun"


@lru_cache(maxsize=1)
def request_nouns() -> frozenset[str]:
    """ "plea", "entreaty", "call", "appeal", "petition" (data/events/request_nouns.txt)."""
    return frozenset(word_list("events/request_nouns.txt"))


def _asks_for(noun: Token) -> bool:
    """The noun takes what is asked: "calls for his resignation", "an appeal to stop"; or,
    as a verb's object, the parser hangs what is asked on the verb ("made a plea to X for
    clemency")."""
    if _takes_what_is_asked(noun, ("acl", "relcl")):
        return True
    verb = noun.head
    if noun.dep_ not in ("dobj", "obj") or verb.pos_ not in ("VERB", "AUX"):
        return False
    # "renewed its calls on Beijing to reopen": with the one asked named by "on", an
    # infinitive the parser hangs on the verb is what is asked (else it is the verb's purpose)
    asked_on = any(c.dep_ == "prep" and c.lower_ == "on" for c in noun.children)
    return _takes_what_is_asked(verb, ("advcl", "xcomp") if asked_on else ())


def _asked_object(obj: Token) -> bool:
    """What a "for" asks: a common noun ("for clemency"), or a name with an infinitive
    ("for Iran to halt"); a bare name is no request ("dial 1 for English" misparsed)."""
    if obj.pos_ != "PROPN":
        return True
    holders = {obj.i, obj.head.i, obj.head.head.i, obj.head.head.head.i}
    return any(
        t.head.i in holders and t.pos_ in ("VERB", "AUX") and _infinitive(t)
        for t in obj.doc[obj.i + 1 : obj.sent.end]
    )


def _infinitive(verb: Token) -> bool:
    return any(c.dep_ == "aux" and c.lower_ == "to" for c in verb.children)


def _takes_what_is_asked(word: Token, clauses: tuple[str, ...]) -> bool:
    """A "for" phrase with an object, or an infinitive clause of one of ``clauses``."""
    for child in word.children:
        marks = [(c.dep_, c.lower_) for c in child.children]
        if (child.dep_, child.lower_) == ("prep", "for") and any(
            _asked_object(o) for o in child.children if o.dep_ == "pobj"
        ):
            return True
        if child.dep_ in clauses and child.pos_ in ("VERB", "AUX") and ("aux", "to") in marks:
            return True
    return False


def request_row(noun: Token, rejecting_head: bool) -> TriggerEntry | None:
    """A REQUEST row for a request noun the lexicon lacks, where the clause shows the
    asking (``rejecting_head``: the noun is the object of a verb of rejecting)."""
    lemma = noun.lemma_.lower()
    if noun.pos_ != "NOUN" or lemma not in request_nouns():
        return None
    if not (rejecting_head or _asks_for(noun)):
        return None
    return TriggerEntry(lemma, "N", "event", REQUEST_CODE, (), REQUEST_TYPE, REQUEST_NOUN_ROW)
