"""A plural subject speaks for the people just named together ("the two leaders said").

The actor layer answers one actor for a source span; for "Macron and Merz agreed on a
fund, the two leaders said" its descriptive-subject rules gave the nearer leader
alone. A plural noun (or "both") as the source is never one person: it is the people
a coordination names ("X and Y", "X, Y and Z") in its sentence or the one before, in
number when the subject says one ("the two leaders"); the quote goes to each of them
(one record per speaker, same content and cue). With no such group the speaker stays
open. Rule ``quotes.speaker.plural_group``.

Only a definite plural points back ("the two leaders", "these men", "both"): "Many
artists writing songs about him said" or "Several teachers said" name a group of their
own, as does a plural with its own clause ("the farmers who lost crops"); such a source
keeps the speaker the actor layer gives it, never the pair named before. Rule
``quotes.speaker.plural_own_group``.
"""

from __future__ import annotations

from spacy.tokens import Doc, Span, Token

from ..actors import ActorLayer
from ..actors.named_parties import BY_NAME_HOWS
from .reported import Offsets

_PLURAL_TAGS = frozenset({"NNS", "NNPS"})
_BOTH = frozenset({"both"})
_NUMBERS = {"two": 2, "three": 3, "four": 4, "five": 5, "six": 6}
_SENTENCES_BACK = 1  # the source's sentence and the one before it
_DEFINITE = frozenset({"the", "these", "those", "both"})
_OWN_CLAUSE = frozenset({"acl", "relcl"})


def _plural_head(span: Span) -> Token | None:
    root = span.root
    if root.tag_ in _PLURAL_TAGS or root.lower_ in _BOTH:
        return root
    return None


def _points_back(head: Token) -> bool:
    """ "the two leaders", "these men", "both", "all three": a plural that refers back;
    "many artists", "several teachers", "the farmers who lost crops" name their own."""
    if head.lower_ in _BOTH:
        return True
    if any(c.dep_ in _OWN_CLAUSE for c in head.children):
        return False
    dets = {c.lower_ for c in head.children if c.dep_ in ("det", "predet")}
    if dets & _DEFINITE:
        return True
    return "all" in dets and _number(head) is not None


def _number(head: Token) -> int | None:
    for child in head.children:
        if child.dep_ == "nummod":
            word = child.lower_
            if word.isdigit():
                return int(word)
            return _NUMBERS.get(word)
    return None


def _conjuncts(head: Token) -> list[Token]:
    """``head`` and every noun coordinated with it ("X, Y and Z")."""
    found = [head]
    for child in head.children:
        if child.dep_ == "conj" and child.pos_ in ("PROPN", "NOUN"):
            found.extend(_conjuncts(child))
    return found


def _people(tokens: list[Token], actors: ActorLayer) -> list[str]:
    ids: list[str] = []
    for token in tokens:
        mention = actors.mention_at(token.idx, token.idx + len(token))
        if mention is None:
            continue
        actor = actors.actor(mention.actor_id)
        if actor is not None and actor.type == "person" and actor.id not in ids:
            ids.append(actor.id)
    return ids


def _groups_before(doc: Doc, head: Token, actors: ActorLayer) -> list[list[str]]:
    """Coordinations of two or more people before ``head``, nearest first."""
    sents = list(doc.sents)
    here = next(i for i, s in enumerate(sents) if s.start <= head.i < s.end)
    groups: list[list[str]] = []
    for sent in reversed(sents[max(0, here - _SENTENCES_BACK) : here + 1]):
        found: list[tuple[int, list[str]]] = []
        for token in sent:
            if token.i >= head.i or token.dep_ == "conj":
                continue
            if not any(c.dep_ == "conj" for c in token.children):
                continue
            people = _people(_conjuncts(token), actors)
            if len(people) >= 2:
                found.append((token.i, people))
        groups.extend(people for _, people in sorted(found, reverse=True))
    return groups


def named_person(doc: Doc, actors: ActorLayer, source: Offsets) -> bool:
    """ "Sanders said", "Khans: ...": the source's head is a capitalised word the tagger
    calls plural (NNS, NNPS) with no determiner, and the actors stage links that word by
    name (not a pronoun, role or agent word) to a person: one named actor, not a plural
    description. Rule ``quotes.speaker.plural_named``."""
    span = doc.char_span(source[0], source[1], alignment_mode="expand")
    if span is None or len(span) == 0:
        return False
    head = span.root
    if head.tag_ not in _PLURAL_TAGS or not head.text[:1].isupper():
        return False
    if any(c.dep_ in ("det", "predet", "nummod") for c in head.children):
        return False
    mention = actors.mention_at(head.idx, head.idx + len(head))
    if mention is None or mention.how not in BY_NAME_HOWS:
        return False
    actor = actors.actor(mention.actor_id)
    return actor is not None and actor.type == "person"


def plural_speakers(
    doc: Doc, actors: ActorLayer, source: Offsets, own_group: bool = False
) -> list[str] | None:
    """The people a plural source stands for; [] for a plural source with no group
    named before it (or, with ``own_group``, one that names a group of its own); None
    when the source is not plural (nothing to change)."""
    span = doc.char_span(source[0], source[1], alignment_mode="expand")
    if span is None or len(span) == 0:
        return None
    head = _plural_head(span)
    if head is None:
        return None
    if own_group and not _points_back(head):
        return []  # a group of its own: never one person, never the pair before
    wanted = _number(head)
    for people in _groups_before(doc, head, actors):
        if wanted is None or len(people) == wanted:
            return people
    return []
