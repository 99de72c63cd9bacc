"""A stranger from the knowledge base: "Rasmussen had very similar numbers" (a pollster,
not Denmark's former prime minister), "Sharon" in a death notice (not Ariel Sharon),
"Paul" (Paul Ryan, not King Paul of Greece), "John McCain" spelt nearly like a Liberian
minister of 2006. The KB holds some 20,000 office holders of every country, and a lone
word or a near spelling of a name it lacks lands on one of them. Such a link has no
support in the document when the person held no office on the document's date and no
other actor of the document is of the person's country: the name is then a new person
of that spelling, as it would be with no KB. Run after every mention is resolved.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from ..datafiles import constants
from ..records import Actor, is_agent_id, is_new_id
from ..rules import declare
from .kb import KbActor
from .linker import new_id
from .normalize import fold
from .titles import HONORIFICS

if TYPE_CHECKING:
    from .resolve import DocumentResolver

STRANGER = declare(
    "actors.names.kb_stranger",
    "a person the KB knows only from imported lists, named here only by one word or a near "
    "spelling ('Paul' ~ King Paul of Greece, 'John McCain' ~ 'Johnny Mcclain'), never after "
    "an office word of their roles, who held no office on the document's date and whose "
    "country no other actor of the document has is no link: a new person",
)
_NEW_CONFIDENCE = float(constants("actors")["confidence"]["new_actor"])
# words of courtesy, no office: "Mr. Rasmussen" is no more supported than "Rasmussen"
_COURTESY = frozenset({"mr", "mrs", "ms", "miss", "dr", "sir", "dame", "lady", "prof", "rev"})
OFFICE_WORDS = HONORIFICS - _COURTESY
_ABBREVIATED = {"sen": "senator", "gov": "governor", "rep": "representative", "pres": "president"}
# how a mention reached the actor through its spelling alone
_SPELLINGS = ("name", "alias", "fuzzy", "short")


def _loose(resolver: DocumentResolver, actor_id: str, known: KbActor) -> bool:
    """Every spelt mention of the actor is one word or a near spelling (and there is one),
    none after an office word of the person's recorded roles."""
    spelt = [m for m in resolver.mentions if m.actor_id == actor_id and m.how != "pronoun"]
    if not spelt or any(m.how not in _SPELLINGS for m in spelt):
        return False
    offices = {w for role in known.roles for w in fold(role.title).split()}
    if any(_titled(resolver.document.text, m.start, offices) for m in spelt):
        return False  # "President Obama", "King Paul": the text gives the office
    return all(m.how == "fuzzy" or len(m.text.split()) == 1 for m in spelt)


def _titled(text: str, start: int, offices: set[str]) -> bool:
    """An office word of the person's roles stands right before ``start`` ("President
    Obama"; "Sen. John McCain" is no title of a Liberian minister of information)."""
    before = text[max(0, start - 40) : start].split()
    if not before:
        return False
    word = fold(before[-1].rstrip("."))
    return word in OFFICE_WORDS and _ABBREVIATED.get(word, word) in offices


def settle_kb_strangers(resolver: DocumentResolver) -> None:
    """Turn each unsupported KB person of the document into a new person."""
    if not resolver.switches.enabled(STRANGER) or resolver.date is None:
        return
    kb = resolver.linker.kb
    for actor_id in list(resolver.actors):
        actor = resolver.actors[actor_id]
        known = kb.actors.get(actor_id)
        if actor.type != "person" or is_new_id(actor_id) or is_agent_id(actor_id):
            continue
        if known is None or known.type != "person" or not actor.country or known.curated:
            continue  # a hand-written record: a person often in the news ("Clinton won")
        if known.role_on(resolver.date) is not None or not _loose(resolver, actor_id, known):
            continue
        if any(
            other.country == actor.country
            for oid, other in resolver.actors.items()
            if oid != actor_id
        ):
            continue  # the document is about the person's country: the link has support
        _as_new_person(resolver, actor_id)


def _as_new_person(resolver: DocumentResolver, actor_id: str) -> None:
    spelt = [m for m in resolver.mentions if m.actor_id == actor_id and m.how != "pronoun"]
    name = max((m.text for m in spelt), key=lambda t: (len(t.split()), len(t)))
    target = new_id(name, "person")
    if target not in resolver.actors:
        resolver.actors[target] = Actor(
            id=target, name=name, type="person", confidence=_NEW_CONFIDENCE
        )
        resolver.gender[target] = resolver.gender.get(actor_id)
    for mention in resolver.mentions:
        if mention.actor_id == actor_id:
            mention.actor_id = target
            if mention.how != "pronoun":
                mention.how = "new"
                mention.confidence = min(mention.confidence, _NEW_CONFIDENCE)
    resolver.surface[target] = resolver.surface.pop(actor_id, set()) | resolver.surface.get(
        target, set()
    )
    del resolver.actors[actor_id]
