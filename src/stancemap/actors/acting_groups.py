"""Groups named by a bare common noun as the doer of their clause (session 31, engineer PA).

"Terrorists attacked the embassy", "Administration officials said", "Protesters blocked
the road": a plural (or collective) noun of the agents lexicon (CAMEO/Phoenix agents:
REB, GOV, OPP, COP, ...) whose phrase names no country is set aside for its sentence's one
country (``actors.agent.sentence_country``); where the sentence names none, or several, it
was no actor at all, and an event it does had no source. Under
``actors.agent.countryless_subject`` such a phrase that is the subject of its verb (or the
"by" agent of a passive, or a conjunct of either) and names no one in particular (no
definite determiner, possessor or count: the generic agents' test) is a countryless agent
``agent:xxx:<sector>:<phrase>`` (one per phrase: "Activists" and "Protesters" of one story are two groups): the doer its clause names, of no country (never a guess). Being
generic (``actors.generic``), it is no party to a relation; events keep it as source.

Under ``actors.agent.acting_people_group`` the same holds for a plural noun whose most
frequent WordNet sense is a person (``lexicon/people_nouns.txt``) heading no
agents-lexicon phrase ("Critics argued", "Supporters rallied"): what
``actors.agent.speaking_group`` does for verbs of speech, for any verb.

Only the parse and the two data files are read, no list of words of this module's own.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from spacy.tokens import Token

from ..datafiles import constants
from ..rules import declare
from .linker import Resolution, agent_id
from .nominals import agent_entry
from .normalize import fold
from .speaking_groups import SPEAKING_GROUP, add_speaking_group, speaking_group

if TYPE_CHECKING:
    from .resolve import DocumentResolver

COUNTRYLESS_SUBJECT = declare(
    "actors.agent.countryless_subject",
    "'Terrorists attacked', 'Administration officials said', 'Protesters blocked': an "
    "agents-lexicon group noun whose phrase and sentence give it no one country, the "
    "subject (or passive 'by' agent) of its verb and naming no one in particular (no "
    "definite determiner, possessor or count), is a countryless generic agent "
    "(agent:xxx:<sector>), not no one",
)
ACTING_PEOPLE = declare(
    "actors.agent.acting_people_group",
    "'Critics argued', 'Supporters rallied': a plural noun whose most frequent WordNet sense "
    "is a person, heading no agents-lexicon phrase and naming no one in particular, as the "
    "subject of any verb (speaking_group reads only verbs of speech) is a group actor",
)
_CONFIDENCE = constants("actors")["confidence"]
_SPECIFIC = frozenset(
    {"the", "this", "that", "these", "those", "both", "such", "all", "each", "either", "neither"}
)


_FINITE = frozenset({"VBD", "VBZ", "VBP", "MD"})


def finite(verb: Token) -> bool:
    """A verb with a tense of its own ("blocked", "could agree", "has attacked"), not the
    infinitive or bare verb of a clause another verb governs ("allows voters to vote",
    "letting people come in": there the group is what the clause is about, no doer)."""
    if verb.tag_ in _FINITE:
        return True
    return any(c.dep_ in ("aux", "auxpass") and c.tag_ in _FINITE for c in verb.children)


def acting_subject(token: Token) -> bool:
    """``token`` heads the subject of a finite verb, the "by" agent of a finite passive, or a
    conjunct of either ("Protesters and police clashed")."""
    while token.dep_ == "conj" and token.head.i != token.i:
        token = token.head
    if token.dep_ == "nsubj":
        return token.head.pos_ in ("VERB", "AUX") and finite(token.head)
    if token.dep_ == "pobj" and token.head.dep_ == "agent":
        return finite(token.head.head)
    return False


def names_no_one(token: Token) -> bool:
    """No definite determiner, possessor or count on the noun: "the protesters" and "its
    officials" point to people named before, "two officials" to a number of them."""
    for child in token.children:
        if child.i > token.i:
            continue
        if child.dep_ in ("poss", "nummod"):
            return False
        if child.lower_ in _SPECIFIC:
            return False
    return True


def named_after(token: Token) -> bool:
    """A name in a phrase after the noun says whose it is ("Gunmen from the Baloch
    Liberation Army", "members of the union X"): the rules that read names decide."""
    return any(
        t.ent_type_ or t.pos_ == "PROPN"
        for child in token.rights
        if child.dep_ in ("prep", "acl", "relcl", "appos")
        for t in child.subtree
    )


def place_acting_groups(resolver: DocumentResolver) -> None:
    """Each set-aside agent phrase no rule placed that is the doer of its clause: a
    countryless generic agent (rule ``COUNTRYLESS_SUBJECT``); each plural people noun doing
    what its finite verb says (rule ``ACTING_PEOPLE``). Read after the pronouns are
    resolved: such a group is no antecedent ("they" stays as it was)."""
    if resolver.switches.enabled(COUNTRYLESS_SUBJECT):
        _countryless(resolver)
    if resolver.switches.enabled(ACTING_PEOPLE) and resolver.switches.enabled(SPEAKING_GROUP):
        for token in resolver.doc:
            if token.tag_ != "NNS" or token.dep_ != "nsubj" or token.i in resolver.taken:
                continue
            if not finite(token.head) or agent_entry(resolver, token) is not None:
                continue
            if named_after(token):
                continue
            if speaking_group(resolver, token, any_verb=True):
                add_speaking_group(resolver, token)


def _countryless(resolver: DocumentResolver) -> None:
    for item in sorted(resolver.countryless, key=lambda c: c.start_tok - c.token.i):
        token = item.token
        if any(i in resolver.taken for i in range(item.start_tok, token.i + 1)):
            continue
        if token.tag_ not in ("NNS", "NN") or token.ent_type_:
            continue
        if not acting_subject(token) or not names_no_one(token) or named_after(token):
            continue
        if token.tag_ == "NN" and any(c.dep_ == "det" for c in token.children):
            continue  # "an official said": one person, not the body
        if any(t.ent_type_ or t.pos_ == "PROPN" for t in resolver.doc[item.start_tok : token.i]):
            continue  # a name among its words says whose; the rules that read it decided
        text = resolver.phrase_text(item.start_tok, token)
        # a group of its own per phrase: "Activists" and "Protesters", "state officials" and
        # "administration officials" of one story are not one countryless actor
        found = Resolution(
            id=agent_id(None, item.sector, ":" + "-".join(fold(text).split())),
            name=text,
            type="group",
            country=None,
            sector=item.sector,
            how="agent",
            confidence=_CONFIDENCE["countryless_agent"],
        )
        resolver.add_phrase(item.start_tok, token, found)
