"""The source's own means are not the target (issue 12, session 13).

* ``events.args.own_means_object``: "Germany sent tanks to the border", "Russia moved
  troops to the frontier": the object of a verb that also names where it goes ("to",
  "into", "toward(s)", "onto") is what the source moves, not whom it acts on, when the
  object is a group or body of the source's own country (the actors stage gives
  "tanks" Germany's country because the sentence names Germany). Such an object is
  dropped from the target; the destination is read as before, so "sent troops to
  Syria" is aimed at Syria and "to the border" at nobody. Only a direct object of an
  active verb, never a name, and never where the phrase's actor is its own destination
  ("made appeals to voters": the voters are whom the appeals go to).
  A possessive pronoun ("its tanks") is ``events.args.own_object``'s.
* ``events.args.own_object_names_other``: "Sharif met his Chinese counterpart", "Macron
  phoned his Ukrainian counterpart": an object owned by the source's pronoun is not the
  source's own (``own_object``) when its own nationality premodifier names an actor that
  is none of the sources: the phrase says whose it is ("its Gaza division" stays its own).

Reads the parse and the actors' types and countries only; adds no actor.
"""

from __future__ import annotations

from collections.abc import Callable

from spacy.tokens import Token

from ..actors import ActorLayer
from ..rules import declare
from . import arguments as args

OWN_MEANS_OBJECT = declare(
    "events.args.own_means_object",
    "'Germany sent tanks to the border': an object of a verb with a destination ('to', "
    "'into', 'toward') that is a group or body of a source's country is the source's own "
    "means, not the target",
    order=44.5,
)

OWN_OBJECT_NAMES_OTHER = declare(
    "events.args.own_object_names_other",
    "'met his Chinese counterpart': an object owned by the source's pronoun whose "
    "premodifier names an actor other than the sources is not the source's own",
    order=44.4,
)

# prepositions that name where the object is moved
DESTINATION_PREPS = ("to", "into", "toward", "towards", "onto")
# actor types that are a party in their own right, never someone's means
_PARTIES = ("person", "country")


def _has_destination(verb: Token, obj: Token) -> bool:
    """The verb (or the object itself: "sent [tanks to the border]") has a destination."""
    return bool(args.prep_objects(verb, DESTINATION_PREPS)) or bool(
        args.prep_objects(obj, DESTINATION_PREPS)
    )


def own_means(
    verb: Token,
    objects: list[Token],
    source: list[str],
    actors: ActorLayer,
    actors_of: Callable[[Token], list[str]],
) -> list[Token]:
    """The objects of ``verb`` that are the source's own means (see the module doc);
    ``actors_of`` reads a phrase's actors as the target reading does."""
    countries = {
        actor.country for a in source if (actor := actors.actor(a)) is not None and actor.country
    }
    if not countries:
        return []
    out = []
    for obj in objects:
        if obj.dep_ not in ("dobj", "obj") or obj.pos_ == "PROPN":
            continue  # what an active verb moves, never a name or a passive subject
        if not _has_destination(verb, obj):
            continue  # no destination, no motion ("arrested protesters")
        ids = actors_of(obj)
        aimed = {a for p in args.prep_objects(obj, DESTINATION_PREPS) for a in actors_of(p)}
        if aimed & set(ids):
            continue  # "made appeals to voters": the phrase's actor is whom it goes to
        found = [actors.actor(a) for a in ids]
        if found and all(
            actor is not None and actor.type not in _PARTIES and actor.country in countries
            for actor in found
        ):
            out.append(obj)
    return out


def names_other(noun: Token, source: list[str], actors: ActorLayer) -> bool:
    """A nationality premodifier of ``noun`` (or one coordinated with it) is a mention of
    an actor that is none of ``source``: "his Chinese counterpart", "their Iranian hosts"."""
    for child in noun.children:
        if child.i > noun.i or child.dep_ not in ("amod", "compound", "nmod"):
            continue
        if child.ent_type_ != "NORP" and child.pos_ != "ADJ":
            continue  # a nationality, not a place: "its Gaza division" stays its own
        for conj in args.conjuncts(child):
            mention = actors.mention_at(conj.idx, conj.idx + len(conj))
            if mention is not None and mention.actor_id not in source:
                return True
    return False
