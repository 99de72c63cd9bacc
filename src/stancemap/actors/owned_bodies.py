"""Bodies the text names as a person's own (session 26, engineer R6).

"Obama won his party's nomination", "Jones promotes it on his website, Infowars.com",
"Trump's campaign said", "the Sanders campaign": a body (an organisation or a group that
is not a kind of person) whose mention has a person as its possessor, or a person's name
compounded before it, is that person's own - his party, his campaign, his website. A
relation between the two is an artefact of reading ("Obama won his party's nomination":
Obama ~ his party, +) and ``alignment.sides.owned_body`` drops it: the person and the
body he leads, speaks for or owns are one side.

Only the parse is read: the mention's head, its possessor (a name or a pronoun the actors
stage resolved to a person) or a person's name compounded before it, or, for a name in
apposition ("his website, Infowars.com"), the noun it is an apposition of. A head that is
a kind of person (WordNet noun.person, ``lexicon/people_nouns.txt``: "his critics", "his
rivals", "his supporters") owns no one: those are other people, not the person's body.
Countries and places are never owned ("his country" is no side of a person here: the
state sides of ``alignment.sides.affiliated`` decide those).
"""

from __future__ import annotations

from typing import Any

from ..nlp.quote_marks import find_quoted
from ..nlp.text import doc_text
from ..records import is_agent_id
from .speaking_groups import people_nouns

# actor types that can be a person's own body
BODY_TYPES = frozenset({"organization", "group"})


def _person_at(layer: Any, token: Any) -> str | None:
    """The person a possessor or compound token names (a name or a resolved pronoun)."""
    mention = layer.mention_at(token.idx, token.idx + len(token))
    if mention is None:
        return None
    actor = layer.actor(mention.actor_id)
    return actor.id if actor is not None and actor.type == "person" else None


def _owners_of_head(
    layer: Any, head: Any, people: frozenset[str], quoted: list[tuple[int, int]]
) -> set[str]:
    """Persons named as the owner of the noun ``head``: its possessor, or a person's name
    compounded before it ("the Sanders campaign"); none for a kind of person. A pronoun
    inside a quotation is not read ("Obama and his Justice Department," Pence said: the
    resolver may have given "his" to the speaker)."""
    if head.pos_ not in ("NOUN", "PROPN") or head.lemma_.lower() in people:
        return set()
    out: set[str] = set()
    for child in head.children:
        if child.i > head.i:
            continue
        if child.pos_ == "PRON" and any(a <= child.idx < b for a, b in quoted):
            continue
        if child.dep_ == "poss" or (child.dep_ == "compound" and child.pos_ == "PROPN"):
            person = _person_at(layer, child)
            if person is not None:
                out.add(person)
    return out


def owned_bodies(layer: Any) -> dict[str, set[str]]:
    """Body actor id -> the persons the text names as its owner (module doc)."""
    doc = getattr(layer, "doc", None)
    if doc is None:
        return {}
    people = people_nouns()
    quoted = [(q.inner_start, q.inner_end) for q in find_quoted(doc_text(doc))]
    out: dict[str, set[str]] = {}
    # an agent (a group the text names by a common noun) may gather several groups
    # ("powerful corporations", "business", "his company"): owned only where each of its
    # mentions is the owned noun again or a pronoun
    heads: dict[str, list[tuple[str, bool]]] = {}
    for m in layer.mentions:
        actor = layer.actor(m.actor_id)
        if actor is None or actor.type not in BODY_TYPES:
            continue
        span = doc.char_span(m.start, m.end, alignment_mode="expand")
        if span is None or len(span) == 0:
            continue
        head = span.root
        owners = _owners_of_head(layer, head, people, quoted)
        if not owners and head.dep_ == "appos":  # "his website, Infowars.com"
            owners = _owners_of_head(layer, head.head, people, quoted)
        owners.discard(actor.id)
        if head.pos_ != "PRON":
            heads.setdefault(actor.id, []).append((head.lemma_.lower(), bool(owners)))
        if owners:
            out.setdefault(actor.id, set()).update(owners)
    for actor_id in list(out):
        if is_agent_id(actor_id):
            owned = {lemma for lemma, has in heads.get(actor_id, []) if has}
            if any(lemma not in owned for lemma, _has in heads.get(actor_id, [])):
                del out[actor_id]  # "his company" beside "powerful corporations": not his
    return out


def with_owners(layer: Any, actors: list[Any]) -> list[Any]:
    """The actor records, each owned body with ``owned_by`` (sorted person ids)."""
    owned = owned_bodies(layer)
    if not owned:
        return actors
    return [
        a.model_copy(update={"owned_by": sorted(owned[a.id])}) if a.id in owned else a
        for a in actors
    ]
