"""An infinitive on an owned noun is its owner's act (``events.args.owned_infinitive``;
session 45, engineer RR, issue 14).

"Reporters questioned Ted Cruz's attempt to attack Donald Trump", "Murphy praised the
efforts of Luther Pate to attack Trump", "they mocked the bid by Jeb Bush to unseat X":
a "to" infinitive hanging on a noun (dependency ``acl``) says what the noun's owner tries,
plans or decides to do. ``events.args.noun_infinitive`` gives such an infinitive the
subject of the verb whose object the noun is ("X made a decision to withdraw": X), which
is right for a noun with no owner and wrong for one with an owner: the reporters do not
attack Trump, Cruz does. With this rule the owner comes first:

- the noun's possessor, a name or a noun naming someone ("Cruz's attempt", "the
  senator's plan"); a possessive pronoun is left to the other rules ("Bush defended his
  effort to ...": the pronoun mostly is the governing subject, and whether it was resolved
  is known only later);
- else the object of a "by" phrase on the noun ("the attempt by Cruz to ...");
- else the object of an "of" phrase naming someone ("the efforts of a donor to ...":
  a pronoun, a name or a noun whose most frequent sense is a kind of person).

Not read: an infinitive with its own subject or a "mark" ("in order to"), a noun with no
owner (the other rules decide), an owner that is a thing ("the bill's power to ...").
"""

from __future__ import annotations

from spacy.tokens import Token

from ..rules import declare
from . import arguments as args
from .arg_shapes import _names_someone as names_someone

OWNED_INFINITIVE = declare(
    "events.args.owned_infinitive",
    "'questioned Cruz's attempt to attack Trump', 'the efforts of X to attack Y': a 'to' "
    "infinitive on a noun with a possessor (a name or a person noun, not a pronoun) or a "
    "'by' / 'of' phrase naming someone is that owner's act, not the governing verb's "
    "subject's",
    order=22.39,
)

_PRONOUN_TAGS = ("PRP", "PRP$")


def infinitive_owner(clause: Token) -> Token | None:
    """The owner of the noun a "to" infinitive ``clause`` hangs on (see the module doc),
    else None."""
    if clause.dep_ != "acl" or clause.tag_ != "VB":
        return None
    kids = list(clause.children)
    if not any(c.dep_ == "aux" and c.lower_ == "to" for c in kids):
        return None
    if any(c.dep_ in ("nsubj", "nsubjpass", "mark") for c in kids):
        return None
    noun = clause.head
    if noun.pos_ != "NOUN" or noun.i > clause.i:
        return None
    owners = [c for c in noun.children if c.dep_ == "poss"]
    if owners:
        owner = owners[0]
        if owner.tag_ in _PRONOUN_TAGS or args.is_pronoun(owner):
            return None
        return owner if names_someone(owner) else None
    for prep in ("by", "of"):
        for obj in args.prep_objects(noun, [prep]):
            if obj.i < clause.i and names_someone(obj):
                return obj
    return None
