"""A list of parties parsed as an appositive is the list, not a renaming.

Rule ``events.args.listed_appositive``: "Saudi Arabia, the United Arab Emirates, Bahrain
and Egypt severed ties with Qatar", "Kenya, the Ugandan government and Tanzania signed":
the parser hangs the second item of a comma list on the first as an appositive and the
rest on it as conjuncts, so only the first was read as a party. An appositive that has
conjuncts joined by "and" / "or" is the rest of a list (a renaming appositive, "the
minister, Sherpao", has none): each item that names a body or place by its own words
(not through a complement: "the brother of Y") joins a head that names a body or place.
People are left alone: "X, a former director and a top general" describes one person.
"""

from __future__ import annotations

from spacy.tokens import Token

from ..actors import ActorLayer
from ..rules import declare
from . import arguments as args

LISTED_APPOSITIVE = declare(
    "events.args.listed_appositive",
    "'Saudi Arabia, the UAE, Bahrain and Egypt severed ties': an appositive with 'and' "
    "conjuncts is the rest of a list of parties, each item of the head's kind a party too",
    order=20.6,
)


def _described(item: Token) -> bool:
    """The item is described through a complement ("the brother of Y", "a group in X")."""
    return bool(args.children(item, "prep", "acl", "relcl"))


def listed_members(head: Token, found: list[str], actors: ActorLayer) -> list[str]:
    """The actors of the list's other items, when ``head`` (naming ``found``) starts one."""
    if not found or any(args.is_person(actors, a) for a in found):
        return []  # "X, a former director and a top general": one person described
    members: list[str] = []
    for appos in args.children(head, "appos"):
        items = args.conjuncts(appos)
        if len(items) < 2:
            continue
        joined = any(
            c.dep_ == "cc" and c.lower_ in ("and", "or") for item in items for c in item.children
        )
        if not joined:
            continue
        for item in items:
            if _described(item):
                continue  # "the brother of Y": a description, not a name
            named = args.phrase_actors(item, actors, head_only=True)
            members += [a for a in named if not args.is_person(actors, a)]
    return [a for a in dict.fromkeys(members) if a not in found]
