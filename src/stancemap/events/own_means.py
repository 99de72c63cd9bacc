"""The source's own means are not the target (issue 12, session 13).

* ``events.args.own_means_object``: "Germany sent tanks to the border", "Russia moved
  troops to the frontier": the object of a verb that also names where it goes ("to",
  "into", "toward(s)", "onto") is what the source moves, not whom it acts on, when the
  object is a group or body of the source's own country (the actors stage gives
  "tanks" Germany's country because the sentence names Germany). Such an object is
  dropped from the target; the destination is read as before, so "sent troops to
  Syria" is aimed at Syria and "to the border" at nobody.
  A possessive pronoun ("its tanks") is ``events.args.own_object``'s.

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
        if obj.pos_ == "PROPN" or not _has_destination(verb, obj):
            continue  # a name is a party; no destination, no motion ("arrested protesters")
        found = [actors.actor(a) for a in actors_of(obj)]
        if found and all(
            actor is not None and actor.type not in _PARTIES and actor.country in countries
            for actor in found
        ):
            out.append(obj)
    return out
