"""A party's people named by a noun the agents lexicon does not read (session 42, engineer GR).

"Republican lawmakers", "Democratic senators", "GOP leaders" are the party's people: the
agents lexicon reads the role noun and the party named before it makes them the party
(``actors.agent.plural_members``, ``actors.agent.party_adjective``). A noun of people the
lexicon lacks leaves the phrase with no actor, or with the party word alone as a modifier
that is no party of the clause: "GOP insiders criticized Trump", "Democratic insiders
praised Clinton", "Republican officeholders endorsed Trump" read no relation.

Rule ``actors.agent.party_people``: a noun phrase whose head is a plural noun whose most
frequent WordNet sense is a kind of person (``data/lexicon/people_nouns.txt``: insiders,
donors, officeholders, candidates), that heads no agents-lexicon phrase, and whose only other words are a determiner and a
KB party named right before the head - its name or alias as a compound ("GOP insiders", a
mention the name pass linked to an organisation of sector PTY) or a capitalised adjective
that with "Party" is the KB name of one party ("Democratic insiders",
``nominals.party_named_by_adjective``) - is a mention of that party, as "Republican
lawmakers" already was. The KB's parties are the data; no noun is listed here.

Not read (a subset of the party, or not its people): a phrase with a word of its own
besides the party ("moderate GOP insiders", "some Democratic donors", "two Republican
senators": ``actors.names.party_subset``'s reading), a restrictive relative clause or a
"who" clause ("GOP donors who ..."), a possessor, a follower noun ("GOP voters": the
followers' group of ``actors.agent.party_followers``), a head already part of a mention.

Rule ``actors.agent.party_body``: the same for a singular noun of a body of people
(``data/lexicon/body_group_nouns.txt``, ``body_group_import``: its first noun.group sense
among its three most frequent lies under WordNet's social_group and not under gathering):
"the GOP establishment", "the Republican leadership", "the Democratic minority". A first
version read every noun whose first sense is a group (``group_frequent_nouns.txt``): on
tune it read "the Republican convention", "the Republican gathering" and "the GOP pack"
as the party; a meeting (gathering.n.01) or a mere collection is no body of the party.
"""

from __future__ import annotations

from functools import lru_cache
from typing import TYPE_CHECKING

from ..datafiles import constants, word_list
from ..records import is_agent_id, is_new_id
from ..rules import declare
from .nominals import agent_entry, party_named_by_adjective

if TYPE_CHECKING:
    from spacy.tokens import Token

    from .linker import Resolution
    from .resolve import DocumentResolver

PARTY_PEOPLE = declare(
    "actors.agent.party_people",
    "'GOP insiders', 'Democratic donors': a plural noun whose most frequent WordNet sense is "
    "a kind of person, heading no agents-lexicon phrase, whose only modifier is a KB party's "
    "name or adjective, is a mention of that party (as 'Republican lawmakers' already was)",
)

PARTY_BODY = declare(
    "actors.agent.party_body",
    "'the GOP establishment', 'the Republican leadership': a singular noun of a body of "
    "people by WordNet (lexicon/body_group_nouns.txt: a social group, no meeting), heading "
    "no agents-lexicon phrase, whose only modifier is a KB party's name or adjective, is a "
    "mention of that party",
)

_DETERMINERS = frozenset({"the", "these", "those"})
_CLAUSE_DEPS = ("relcl", "acl")


@lru_cache(maxsize=1)
def _heads() -> tuple[frozenset[str], frozenset[str], frozenset[str]]:
    """(kinds of person by WordNet's most frequent sense, bodies of people, follower nouns)."""
    return (
        word_list("lexicon/people_nouns.txt"),
        word_list("lexicon/body_group_nouns.txt"),
        word_list("lexicon/follower_nouns.txt"),
    )


def _head_rule(token: Token) -> str | None:
    """The rule that reads ``token`` as a head: a plural kind of person (``PARTY_PEOPLE``)
    or a singular body of people (``PARTY_BODY``); None for any other word."""
    if token.pos_ != "NOUN":
        return None
    people, bodies, followers = _heads()
    lemma = token.lemma_.lower()
    if lemma in followers:
        return None
    if token.tag_ == "NNS" and lemma in people:
        return PARTY_PEOPLE
    if token.tag_ == "NN" and lemma in bodies:
        return PARTY_BODY
    return None


def _party_of(resolver: DocumentResolver, modifier: Token) -> Resolution | None:
    """The KB party the modifier names, as a mention of it: a mention the name pass linked
    to an organisation of sector PTY, or a capitalised adjective naming one party."""
    mention = next(
        (m for m in resolver.mentions if m.start <= modifier.idx < m.end and m.how != "pronoun"),
        None,
    )
    if mention is not None:
        actor = resolver.actors.get(mention.actor_id)
        if actor is None or actor.type != "organization" or actor.sector != "PTY":
            return None
        if is_agent_id(actor.id) or is_new_id(actor.id):
            return None  # a party of the KB only
        return resolver.again(actor.id, "alias", "body_inside")
    body = party_named_by_adjective(resolver.linker, [modifier.text])
    if body is None:
        return None
    if body.id in resolver.actors:
        return resolver.again(body.id, "alias", "body_inside")
    confidence = float(constants("actors")["confidence"]["body_inside"])
    return resolver.linker.from_kb(body, resolver.date, how="alias", confidence=confidence)


def settle_party_people(resolver: DocumentResolver) -> None:
    """Each party-named noun of people the lexicon does not read becomes a party mention."""
    rules = {r for r in (PARTY_PEOPLE, PARTY_BODY) if resolver.switches.enabled(r)}
    if not rules:
        return
    doc = resolver.doc
    for token in doc:
        if token.i in resolver.taken or _head_rule(token) not in rules:
            continue
        if agent_entry(resolver, token) is not None:
            continue  # the lexicon's role nouns are read by plural_members / party_adjective
        if any(c.dep_ in _CLAUSE_DEPS for c in token.rights):
            continue  # "GOP donors who ...": some of them
        modifiers = [c for c in token.lefts if not (c.dep_ == "det" and c.lower_ in _DETERMINERS)]
        if len(modifiers) != 1:
            continue  # nothing, or a word of its own beside the party
        modifier = modifiers[0]
        if modifier.dep_ not in ("compound", "amod", "nmod") or modifier.i != token.i - 1:
            continue
        if any(c.dep_ != "punct" for c in modifier.children):
            continue  # "Democratic and Republican donors", "the party's"
        found = _party_of(resolver, modifier)
        if found is None:
            continue
        for mention in [m for m in resolver.mentions if m.start <= modifier.idx < m.end]:
            resolver.mentions.remove(mention)  # the party word is now the phrase's
        resolver.add_phrase(modifier.i, token, found)
