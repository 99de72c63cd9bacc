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
no word of suffering or feeling, a praise whose worth is an unsigned complement no praise, a
word in a comparison no judgement ("worth less than ..."), an
object's adjective signed weakly no judgement - ``events.quotes.weak_object_adjective``'s
threshold - and never praise: "Deutsche Bank suggested Yukos artificially manufactured a
legal case", read on the BBC tune firings, praises no one),
is recoded: negative -> ACCUSE (CAMEO 111, disapprove), positive -> SUPPORT (CAMEO 051), its
source, mode and evidence kept; its target the party the clause is about (its subject or its
subject's owner, ``actors.named_parties``) where it names one other than the source, else the
request's own target. A clause about the source itself ("insisted that he was innocent") is
no judgement of another and stays a REQUEST. The trigger stays the verb. Besides what the
quoted-judgement grammar reads, the clause's own verb counts where the claim words sign it
negative and a named party is its active subject ("suggested that X had failed the country":
a wrong charged); a positive verb is an outcome ("won the state"), no praise, and a verb of
having, perceiving, being or feeling (``quoted_deeds.UNDERGOING_LEXNAMES``) or of suffering
counts for nothing.

Rule ``events.sense.unasked_request_saying``: the brief's first shape, "X called on Y, saying Y
had failed the country" - a REQUEST on a verb with nothing asked (no object, no open or clausal
complement, no passive subject, no "for"/"to" phrase, an object only where it names a party,
the addressee: "called on Y", "urged Y" alone) whose participle
of speech ("saying", "adding": ``nlp.modality.is_speech``, a gerund after it) has one stated
clause (``stated_requests.stated``) that judges its subject is recoded the same way.

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
from ..actors.named_parties import clause_subject_party, named_party
from ..nlp import modality as mod
from ..rules import declare
from .lexnames import lexnames
from .parts import Coded
from .quoted_deeds import UNDERGOING_LEXNAMES, _harm
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
from .stated_requests import _complement, stated, stated_request

Read = tuple[Coded, float | None]  # a reading and its learned reality

STATED_REQUEST_RECODED = declare(
    "events.sense.stated_request_recoded",
    "'warned that the plan was a disaster', 'insisted that X is dishonest' - a REQUEST whose "
    "only complement is a stated clause judging its subject (AFINN/VADER claim words, all one "
    "way, the quoted-judgement grammar) is ACCUSE (111) if negative, SUPPORT (051) if "
    "positive, of the party the clause names (else the request's target)",
    order=89,
)
UNASKED_REQUEST_SAYING = declare(
    "events.sense.unasked_request_saying",
    "'X called on Y, saying Y had failed the country' - a REQUEST on a verb that asks for no "
    "act (no object, open or clausal complement, no 'for') beside a participle of speech "
    "whose clause is stated and judges its subject (as stated_request_recoded reads it) is "
    "recoded the same way: ACCUSE (111) if negative, SUPPORT (051) if positive",
    order=89.05,
)
STATED_REQUEST_UNJUDGED = declare(
    "events.sense.stated_request_unjudged",
    "'the businessman has insisted that his position will be strongest' - a REQUEST with no "
    "source or no target whose only complement is a stated clause that judges nothing (no "
    "claim-word sign, or a modal or negated clause) asks, judges and relates nothing: no event "
    "(dropped)",
    order=89.1,
)


def _compared(word: Token) -> bool:
    """A word of a comparison, by the parse (comparative itself or by a modifier, RBR/JJR,
    or with a "than" phrase): "was personally worth less than the $36.5 billion estimated",
    a jab read on the PolNeAR tune files - a measure, whose sign the comparison may turn."""
    if word.tag_ in ("RBR", "JJR"):
        return True
    return any(c.tag_ in ("RBR", "JJR") or c.lower_ == "than" for c in word.children)


def _of_object(word: Token) -> bool:
    """An adjective of the clause's object ("had a crazy policy")."""
    return word.dep_ == "amod" and word.head.dep_ in OBJECT_DEPS


def _charged_verb(clause: Token, actors: ActorLayer) -> bool:
    """The clause's own verb, signed negative by the claim words, done by a named party
    (its active subject): "saying Obama had failed the country", "insisted that X lied" - a
    wrong charged. A positive verb is an outcome ("won the state"), no praise; a verb of
    having, perceiving, being or feeling (``quoted_deeds.UNDERGOING_LEXNAMES``) or of
    suffering (the experiencer words) tells what befell the party."""
    if clause.pos_ != "VERB" or _sign([clause])[0] >= 0:
        return False
    if clause_subject_party(clause, actors) is None:
        return False
    if not any(c.dep_ == "nsubj" for c in clause.children):
        return False  # passive: the party is no agent
    if lexnames().get((clause.lemma_.lower(), "V")) in UNDERGOING_LEXNAMES:
        return False
    experiencer = experiencer_words()
    return clause.lower_ not in experiencer and clause.lemma_.lower() not in experiencer


def clause_sign(clause: Token, actors: ActorLayer) -> tuple[int, Token | None]:
    """The one sign of what the stated clause says of its subject (0 where none, both
    ways, negated or modal) and the first signed word."""
    words = [w for w in _predicate_words(clause) if not _weak(w)]
    if any(_compared(w) for w in words):
        return 0, None  # "was worth less than ...": a comparison, not a judgement
    harm = _harm(clause)
    if harm is not None:
        words.append(harm)
    if _charged_verb(clause, actors):
        words.append(clause)
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


# what asks for an act on a verb of requesting: an object, an open or clausal complement,
# a subject of a passive, and the prepositions naming what is asked for ("called for X")
ASKING_DEPS = frozenset({"xcomp", "ccomp", "nsubjpass", "auxpass", "attr", "oprd"})


def _unasked_saying_clause(doc: Doc, item: Coded, actors: ActorLayer) -> Token | None:
    """``events.sense.unasked_request_saying``: the stated clause of a participle of speech
    beside a REQUEST's verb that asks for no act ("called on Y, saying Y had failed"; an
    object only where it names a party, the addressee: "urged Congress, saying ...")."""
    if item.type != "REQUEST":
        return None
    span = doc.char_span(*item.trigger, alignment_mode="expand")
    if span is None or len(span) != 1 or span[0].pos_ not in ("VERB", "AUX"):
        return None
    verb = span[0]
    if any(c.dep_ in ASKING_DEPS for c in verb.children):
        return None
    if any(c.dep_ == "dobj" and named_party(c, actors) is None for c in verb.children):
        return None  # "demanded answers": the object is what is asked for
    if any(c.dep_ == "prep" and c.lower_ in ("for", "to") for c in verb.children):
        return None
    for part in verb.children:
        if part.dep_ not in ("advcl", "xcomp", "conj") or part.i < verb.i:
            continue
        if part.tag_ != "VBG" or not mod.is_speech(part.lemma_):
            continue
        clauses = [c for c in part.children if c.dep_ == "ccomp" and c.i > part.i]
        if len(clauses) != 1:
            return None
        clause = clauses[0]
        if not any(c.dep_ in ("nsubj", "nsubjpass", "expl") for c in clause.children):
            return None
        return clause if stated(clause) else None
    return None


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
    doc: Doc,
    actors: ActorLayer,
    coded: list[Read],
    recoded: bool,
    drop_unjudged: bool,
    saying: bool = False,
) -> list[Read]:
    """The stage's readings with each stated request recoded by its clause's sign
    (``recoded``), those whose clause judges nothing dropped (``drop_unjudged``), and a
    request asking for nothing recoded by its participle of speech's clause (``saying``)."""
    out: list[Read] = []
    for item, reality in coded:
        clause = _stated_clause(doc, item)
        if clause is None:
            said = _unasked_saying_clause(doc, item, actors) if saying else None
            new = recode(item, said, actors) if said is not None else None
            out.append((new if new is not None else item, reality))
            continue
        new = recode(item, clause, actors)
        if new is None:
            if not (drop_unjudged and not (item.source and item.target)):
                out.append((item, reality))  # a pair hangs on it: its sign is judged apart
            continue
        out.append((new if recoded else item, reality))
    return out
