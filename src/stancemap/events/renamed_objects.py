"""A person described, then named: "attacked his opponent, Senator X", "criticized two
rivals - X and Y", "took aim at a chief adversary on the trail: Mayor X".

Rule ``events.args.described_person_named``. The parse's argument is a description (a
common noun of a kind of person); the name it stands for is its apposition, or a name
the parser hung on the clause after a comma, colon or dash that closes the description's
phrase. The name is the party, not the description's possessor ("his"), which also made
the own-object rule read the object as the source's own. Only names of persons count:
a description of a person renamed by a place or body is a list or an aside, not a name.
"""

from __future__ import annotations

from spacy.tokens import Token

from ..actors import ActorLayer
from ..actors.speaking_groups import people_nouns
from ..rules import declare
from . import arguments as args

DESCRIBED_PERSON_NAMED = declare(
    "events.args.described_person_named",
    "'attacked his opponent, Senator X,', 'criticized two rivals - X and Y', 'took aim at a "
    "chief adversary: Mayor X', 'a top rival, X, accused': a common noun of a kind of person "
    "(WordNet noun.person, lexicon/people_nouns.txt) that names no actor itself, renamed by "
    "a proper name - its apposition (with the apposition's conjuncts) or a name right after "
    "the comma, colon or dash that closes its phrase, which the parser hung on the clause - "
    "is the person(s) that name reads as: the party, before the description's possessor, and "
    "an object so renamed is not the source's own ('his opponent'); only person actors",
    order=24.75,
)

# punctuation that opens a renaming after a description ("his opponent, X", "a rival: X")
_OPENERS = frozenset({",", ":", "-", "--", "\u2013", "\u2014"})
# relations the parser gives a name it could not attach to the description
_DETACHED = frozenset({"npadvmod", "dep", "appos", "attr", "parataxis", "oprd"})


def renaming_names(noun: Token) -> list[Token]:
    """The proper-name heads that rename the description ``noun``: its appositions headed by
    a proper name (and their conjuncts), else the name after the punctuation that closes
    its phrase, hung on one of its ancestors and closing the sentence or a parenthesis."""
    if noun.pos_ != "NOUN" or noun.ent_type_ or args.is_pronoun(noun):
        return []
    lemma = noun.lemma_.lower()
    if lemma not in people_nouns():
        return []
    apposed = [
        c for c in noun.children if c.dep_ == "appos" and c.pos_ == "PROPN" and _adjacent(noun, c)
    ]
    if apposed:
        return [n for a in apposed for n in args.conjuncts(a) if n.pos_ == "PROPN"]
    detached = _detached_name(noun)
    return args.conjuncts(detached) if detached is not None else []


def _adjacent(noun: Token, appos: Token) -> bool:
    """The apposition follows the description's own phrase at once, or after one opening
    mark ("his friend X", "the chairman, X"); the parser also hangs a name far away on a
    noun ("executives are expected to unveil ..., 'Cruel Intentions'")."""
    end = max(t.i for t in args.own_tokens(noun))
    gap = noun.doc[end + 1 : appos.left_edge.i]
    return len(gap) <= 1 and all(t.text in _OPENERS for t in gap)


def _detached_name(noun: Token) -> Token | None:
    doc = noun.doc
    opener = noun.right_edge.i + 1
    if opener + 1 >= noun.sent.end or doc[opener].text not in _OPENERS:
        return None
    first = doc[opener + 1]
    head = first
    while head.dep_ in ("compound", "flat") and head.head.i > head.i:
        head = head.head  # "Senator Ted Cruz": Cruz
    if head.pos_ != "PROPN" or head.left_edge.i != first.i or head.dep_ not in _DETACHED:
        return None
    if head.head.i == head.i or noun not in head.head.subtree:
        return None  # hung on a clause that does not hold the description
    if head.head in noun.subtree:
        return None  # inside the description's own phrase: the parser's business
    after = head.right_edge.i + 1
    # the name closes the clause: "..., Senator X, on Monday", "...: Mayor X."
    if after < noun.sent.end and doc[after].pos_ != "PUNCT":
        return None
    return head


def renamed_actors(noun: Token, actors: ActorLayer) -> list[str]:
    """See ``DESCRIBED_PERSON_NAMED``: the person actors the names renaming ``noun`` read
    as; [] where the description names an actor itself or no person name renames it."""
    if actors.mention_at(noun.idx, noun.idx + len(noun)) is not None:
        return []
    names = renaming_names(noun)
    found = [a for n in names for a in args.phrase_actors(n, actors, head_only=True)]
    people = [a for a in found if args.is_person(actors, a)]
    # all or nothing: "his rivals, X and the party" is a list, not a renaming
    if not people or len(people) != len(found):
        return []
    return list(dict.fromkeys(people))
