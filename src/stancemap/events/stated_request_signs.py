"""A stated request recoded by what its clause says: a judgement is ACCUSE or praise.

Session 67 (engineer SR, issue 12). Session 66's ``events.sense.stated_request``
(``stated_requests.py``) drops a REQUEST read on a verb whose only complement states a fact
("suggested that Trump was vulnerable", "insisted that his position will be strongest"):
blind A/B judges favoured it (13/2, 12/3), but on the judged check files it lost right
readings - the "request" is often a judgement of a party ("warned that X was a disaster",
"insisted that X is dishonest"), whose relation the judges count right. docs/judging.md
codes criticising as ACCUSE (PLOVER DISAPPROVE) and praising as SUPPORT, so such a reading is
recoded by what its clause says, not dropped.

Rule ``events.sense.stated_request_recoded``: a REQUEST that ``stated_requests.stated_request``
finds (the verb's only complement a stated clause) whose clause judges its subject - the
words that say what the subject is (its predicate noun or adjective, their modifiers and
prepositional objects, its object's adjectives) or the harm its agent did (a negative object
noun of a verb that is no judgement itself) - with words the shared claim lexicon
(``data/stances/claim_words.tsv``: AFINN-165, else VADER) signs all one way, read with
``events.quotes.content_judgement``'s and ``events.quotes.charged_deed``'s grammar
(``quoted_judgements.py``, ``quoted_deeds.py``: the clause not negated and without a modal,
no word of suffering or feeling, a praise whose worth is an unsigned complement no praise, an
object's adjective signed weakly no judgement - ``events.quotes.weak_object_adjective``'s
threshold - and never praise: "Deutsche Bank suggested Yukos artificially manufactured a
legal case", read on the BBC tune firings, praises no one),
is recoded: negative -> ACCUSE (CAMEO 111, disapprove), positive -> SUPPORT (CAMEO 051), its
source, mode and evidence kept; its target the party the clause is about (its subject or its
subject's owner, ``actors.named_parties``) where it names one other than the source, else the
request's own target. A clause about the source itself ("insisted that he was innocent") is
no judgement of another and stays a REQUEST. The trigger stays the verb.

Rule ``events.sense.stated_request_unjudged`` (with or without the recode): a stated request
whose clause judges nothing (no sign, or a modal or negated clause) and that has no source or
no target asks for nothing, judges nothing and relates no pair: no event (dropped), as
``events.sense.stated_request`` does for every stated request. One with both a source and a
target is kept: on the PolNeAR tune firings (200 articles) four of the ten such requests were
the only evidence of a hostile pair the judges sign right or would ("suggested that X was
trying to 'maintain relevance'", "GOP leaders suggested he'd be competitive"), the critical
clause beyond what the claim words sign - session 66's net loss on the check files. Read in
``events.stage`` once the parties are final, before that rule.
"""

from __future__ import annotations

from dataclasses import replace

from spacy.tokens import Doc, Token

from ..actors import ActorLayer
from ..actors.named_parties import clause_subject_party
from ..rules import declare
from .parts import Coded
from .quoted_deeds import _harm
from .quoted_judgements import (
    ACCUSE_CODE,
    OBJECT_DEPS,
    SUPPORT_CODE,
    _open_complement,
    _predicate_words,
    _sign,
    _unreal,
    _weak,
    experiencer_words,
)
from .stated_requests import _complement, stated_request

Read = tuple[Coded, float | None]  # a reading and its learned reality

STATED_REQUEST_RECODED = declare(
    "events.sense.stated_request_recoded",
    "'warned that the plan was a disaster', 'insisted that X is dishonest' - a REQUEST whose "
    "only complement is a stated clause judging its subject (AFINN/VADER claim words, all one "
    "way, the quoted-judgement grammar) is ACCUSE (111) if negative, SUPPORT (051) if "
    "positive, of the party the clause names (else the request's target)",
    order=89,
)
STATED_REQUEST_UNJUDGED = declare(
    "events.sense.stated_request_unjudged",
    "'the businessman has insisted that his position will be strongest' - a REQUEST with no "
    "source or no target whose only complement is a stated clause that judges nothing (no "
    "claim-word sign, or a modal or negated clause) asks, judges and relates nothing: no event "
    "(dropped)",
    order=89.1,
)


def _of_object(word: Token) -> bool:
    """An adjective of the clause's object ("had a crazy policy")."""
    return word.dep_ == "amod" and word.head.dep_ in OBJECT_DEPS


def clause_sign(clause: Token, actors: ActorLayer) -> tuple[int, Token | None]:
    """The one sign of what the stated clause says of its subject (0 where none, both
    ways, negated or modal) and the first signed word."""
    words = [w for w in _predicate_words(clause) if not _weak(w)]
    harm = _harm(clause)
    if harm is not None:
        words.append(harm)
    if not words or _unreal(clause, words):
        return 0, None
    sign, word = _sign(words)
    if word is None:
        return 0, None
    if sign > 0 and all(_of_object(w) for w in words if _sign([w])[0]):
        return 0, None  # "manufactured a legal case": a thing's adjective praises no one
    experiencer = experiencer_words()
    if not _of_object(word) and (word.lower_ in experiencer or word.lemma_.lower() in experiencer):
        return 0, None  # "X was a victim", "X is afraid": suffered or felt, not judged
    if sign > 0 and any(_open_complement(w, actors) for w in words):
        return 0, None  # "X is responsible for what happens": the complement decides
    return sign, word


def _stated_clause(doc: Doc, item: Coded) -> Token | None:
    if not stated_request(doc, item):
        return None
    span = doc.char_span(*item.trigger, alignment_mode="expand")
    return _complement(span[0]) if span is not None else None


def recode(item: Coded, clause: Token, actors: ActorLayer) -> Coded | None:
    """The reading recoded by its clause's sign; ``item`` where the clause judges another
    party or thing with no sign, None where it judges nothing (see the module's doc)."""
    sign, _word = clause_sign(clause, actors)
    if sign == 0:
        return None
    party = clause_subject_party(clause, actors)
    if party is not None and party in item.source:
        return item  # "insisted that he was innocent": no judgement of another
    target = [party] if party is not None else item.target
    negative = sign < 0
    return replace(
        item,
        type="ACCUSE" if negative else "SUPPORT",
        cameo=ACCUSE_CODE if negative else SUPPORT_CODE,
        subtype="disapprove" if negative else None,
        target=target,
    )


def recoded_stated_requests(
    doc: Doc, actors: ActorLayer, coded: list[Read], recoded: bool, drop_unjudged: bool
) -> list[Read]:
    """The stage's readings with each stated request recoded by its clause's sign
    (``recoded``) and those whose clause judges nothing dropped (``drop_unjudged``)."""
    out: list[Read] = []
    for item, reality in coded:
        clause = _stated_clause(doc, item)
        if clause is None:
            out.append((item, reality))
            continue
        new = recode(item, clause, actors)
        if new is None:
            if not (drop_unjudged and not (item.source and item.target)):
                out.append((item, reality))  # a pair hangs on it: its sign is judged apart
            continue
        out.append((new if recoded else item, reality))
    return out
