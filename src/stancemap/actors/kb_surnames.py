"""A lone surname nobody in the document carries in full: the KB's best-known bearer.

"Sanders said the plan would fail", in a text that never writes "Bernie Sanders": the
name chain leaves a bare surname it cannot link as a new actor (a new organisation, when
NER called it one). Rule ``actors.names.kb_surname`` runs after the document's own people
had their chance (``surname_ahead``, ``namesakes``): a one-word new person whose name is
the surname of a hand-written (curated) KB person, and that no person of the document
named in full carries, is that KB person - the best described on the document date
(in office, Wikipedia title, roles; ``Linker.choose``), none on a tie. Imported office
holders are left out: their surnames are too often somebody else's ("Christie").
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

if TYPE_CHECKING:
    from .resolve import DocumentResolver

KB_SURNAME = declare(
    "actors.names.kb_surname",
    "'Sanders said' in a text naming no Sanders in full: the hand-written KB person with "
    "that surname, the best described on the document date (none on a tie)",
)
_CONFIDENCE = constants("actors")["confidence"]


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
    carried = {
        resolver.folded_surname(actor_id)
        for actor_id, actor in resolver.actors.items()
        if actor.type == "person" and not is_new_id(actor_id) and " " in actor.name
    }
    for actor_id in [a for a in resolver.actors if is_new_id(a, "person")]:
        actor = resolver.actors[actor_id]
        if " " in actor.name or fold(actor.name) in carried:
            continue  # somebody of this document: the namesake rules' business
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
