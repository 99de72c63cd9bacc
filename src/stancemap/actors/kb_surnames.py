"""A lone surname nobody in the document carries in full: the KB's best-known bearer.

"Sanders said the plan would fail", in a text that never writes "Bernie Sanders": the
name chain leaves a bare surname it cannot link as a new actor (a new organisation, when
NER called it one). Rule ``actors.names.kb_surname`` runs after the document's own people
had their chance (``surname_ahead``, ``namesakes``): a one-word new person whose name is
the surname of a hand-written (curated) KB person, and that no person of the document
named in full carries, is that KB person - the best described on the document date
(in office, Wikipedia title, roles; ``Linker.choose``), none on a tie. Imported office
holders are left out: their surnames are too often somebody else's ("Christie").

Rule ``actors.names.kb_surname_text_full_name`` (session 67 SN, with ``kb_surname``): the
document's own full naming of a person comes before the KB's bearer of the surname. A
BBC headline names a person by surname first ("Howard attacks Blair"), the text then in
full ("Tory leader Michael Howard") and by surname again ("Mr Howard"): the name chain
makes one new person of the headline's "Howard" and joins the full name to it, and
``kb_surname`` took that person to the KB's John Howard of Australia, full name and all,
because only KB people count as named in full. With the rule on, a one-word new person
that one of its own mentions names in full (a given name before the surname, no title),
or that shares its surname with the one new person the document names in full, is the
text's person (joined to that one), never the KB's bearer.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from ..datafiles import constants
from ..nlp.words import pronoun_gender
from ..records import is_new_id
from ..rules import declare
from .linker import Resolution
from .merging import merge_actor
from .normalize import fold
from .titles import HONORIFICS

if TYPE_CHECKING:
    from .resolve import DocumentResolver

KB_SURNAME = declare(
    "actors.names.kb_surname",
    "'Sanders said' in a text naming no Sanders in full: the hand-written KB person with "
    "that surname, the best described on the document date (none on a tie)",
)
TEXT_FULL_NAME = declare(
    "actors.names.kb_surname_text_full_name",
    "'Howard attacks Blair ... Tory leader Michael Howard ... Mr Howard': a one-word new "
    "person the document names in full (a given name before the surname), in its own "
    "mentions or as the one new person of that surname, is the text's person, not the "
    "hand-written KB bearer of the surname",
)
_CONFIDENCE = constants("actors")["confidence"]


def _in_full(text: str, surname: str) -> bool:
    """``text`` is a name in full ending in ``surname``: two words or more, the first a
    capitalised word that is no title ("Michael Howard", not "Mr Howard", "Tory leader")."""
    words = text.replace("'s", "").split()
    if len(words) < 2 or fold(words[-1]) != surname:
        return False
    first = words[0]
    return first[:1].isupper() and fold(first.rstrip(".")) not in HONORIFICS


def _text_full_names(resolver: DocumentResolver) -> tuple[set[str], dict[str, set[str]]]:
    """The one-word new people one of whose own mentions is a name in full, and per folded
    surname the new people of more than one word whose mentions name them in full."""
    own: set[str] = set()
    full: dict[str, set[str]] = {}
    for mention in resolver.mentions:
        actor = resolver.actors.get(mention.actor_id)
        if actor is None or not is_new_id(actor.id, "person") or mention.how == "pronoun":
            continue
        surname = resolver.folded_surname(actor.id) or fold(actor.name)
        if not surname or not _in_full(mention.text, surname):
            continue
        if " " in actor.name:
            full.setdefault(surname, set()).add(actor.id)
        else:
            own.add(actor.id)
    return own, full


def surname_person(resolver: DocumentResolver, text: str) -> Resolution | None:
    """The curated KB person whose surname ``text`` is, or None (none, a tie, not
    capitalised)."""
    if not text[:1].isupper() or " " in text:
        return None
    found = resolver.linker.by_name(text, resolver.date, allow_surname=True)
    if found is None or found.type != "person" or found.how != "short":
        return None
    if found.kb is None or not found.kb.curated:
        return None
    found.confidence = min(found.confidence, _CONFIDENCE["short_name"])
    return found


def settle_kb_surnames(resolver: DocumentResolver) -> None:
    """Point each one-word new person that is a curated KB surname at that KB person."""
    if not resolver.switches.enabled(KB_SURNAME):
        return
    own: set[str] = set()
    full: dict[str, set[str]] = {}
    if resolver.switches.enabled(TEXT_FULL_NAME):
        own, full = _text_full_names(resolver)
    carried = {
        resolver.folded_surname(actor_id)
        for actor_id, actor in resolver.actors.items()
        if actor.type == "person" and not is_new_id(actor_id) and " " in actor.name
    }
    for actor_id in [a for a in resolver.actors if is_new_id(a, "person")]:
        actor = resolver.actors[actor_id]
        if " " in actor.name or fold(actor.name) in carried:
            continue  # somebody of this document: the namesake rules' business
        if actor_id in own:
            continue  # "Howard ... Michael Howard": the text names this person in full
        others = full.get(fold(actor.name), set())
        if len(others) == 1:  # "Mr Howard ... Michael Howard" read as two new people
            merge_actor(resolver, actor_id, next(iter(others)), surface=False, how="short")
            continue
        if others:
            continue  # two people of the text share the surname: not the KB's either
        found = surname_person(resolver, actor.name)
        if found is None:
            continue
        if found.id not in resolver.actors:
            resolver.actors[found.id] = found.record()
            resolver.gender[found.id] = found.gender
        # a pronoun taken to the unknown person by its position only: not one of the
        # other gender than the KB person's ("Sanders criticised Clinton over her ...")
        resolver.mentions = [
            m
            for m in resolver.mentions
            if not (
                m.actor_id == actor_id
                and m.how == "pronoun"
                and found.gender is not None
                and pronoun_gender(m.text.lower()) not in (None, found.gender)
            )
        ]
        merge_actor(
            resolver,
            actor_id,
            found.id,
            surface=False,
            how="short",
            renamed=("new", "name"),
            cap=found.confidence,
        )
