"""Who a pronoun or a descriptive subject means: the only place pronouns are resolved.

Rules of the in-document resolver (signature ``rule(resolver, token) -> Resolution | None``):

* ``actors.coref.person_pronoun``: he/she and their forms -> the most salient
  earlier person of the right gender, preferring subjects, the current
  sentence, then recency;
* ``actors.coref.group_pronoun``: "they"/"their" as a subject -> the most recent
  group, body or country subject within reach;
* ``actors.coref.it_body``: "it"/"its" as the subject of an active verb -> the
  most recent body or country subject (never "It was agreed", "it is thought":
  an agentless passive names no one);
* ``actors.coref.descriptive``: "the diplomat", "the official" with no country ->
  the most recent person of that sector in the text.

And, for later stages, ``salient_before``: the most recent subject actor (a
person, or else a non-person) shortly before a position, which
``ActorLayer.salient_before`` answers with (quotes ask it for the speaker of a
quotation with no source of its own).
"""

from __future__ import annotations

from typing import TYPE_CHECKING, Any

from ..nlp.words import pronoun_gender, pronouns
from ..rules import rule
from .spans import is_subject

if TYPE_CHECKING:
    from spacy.tokens import Doc, Token

    from ..records import ActorMention
    from .layer import ActorLayer

# the shared pronoun list (data/lexicon/pronouns.tsv): he/she and their forms by gender,
# they/them/their(selves), it/its(elf)
PERSON_PRONOUNS: dict[str, str] = {
    word: gender
    for word in pronouns(person=3, number="sg")
    if (gender := pronoun_gender(word)) is not None
}
REFLEXIVE = frozenset(pronouns(person=3, forms=("reflexive",))) & frozenset(PERSON_PRONOUNS)
GROUP_PRONOUNS = pronouns(person=3, number="pl")
BODY_PRONOUNS = pronouns(person=3, number="sg", gender="n")
_LOOKBACK_SENTENCES = 3
_BODY_TYPES = ("organization", "country", "group")


def _subject_like(token: Token) -> bool:
    if token.dep_ == "nsubj":
        return True
    return token.dep_ == "poss" and token.head.dep_ in ("nsubj", "nsubjpass")


def _latest(resolver: Any, token: Token, wanted: Any) -> Any:
    """The most recent remembered subject before ``token`` that ``wanted`` accepts."""
    sentence = resolver.sent_index.get(token.i, 0)
    for seen in reversed(resolver.memory):
        if seen.start >= token.idx:
            continue
        if sentence - seen.sentence > resolver.reach:
            break
        actor = resolver.actors.get(seen.actor_id)
        if actor is not None and seen.subject and wanted(actor, seen):
            return seen
    return None


@rule(
    "actors.coref.person_pronoun",
    order=5,
    doc="he/she: the salient earlier person of that gender (subjects, this sentence, recency)",
)
def person_pronoun(resolver: Any, token: Token) -> Any:
    gender = PERSON_PRONOUNS.get(token.lower_)
    if gender is None:
        return None
    sentence = resolver.sent_index.get(token.i, 0)
    candidates = [
        s
        for s in resolver.memory
        if s.start < token.idx
        and sentence - s.sentence <= resolver.reach
        and resolver.is_person(s.actor_id)
        and resolver.gender.get(s.actor_id) in (None, gender)
    ]
    if not candidates:
        return None
    same = [s for s in candidates if s.sentence == sentence]
    choice = None
    if token.lower_ in REFLEXIVE or token.tag_ == "PRP$" or is_subject(token):
        subjects = [s for s in same if s.subject]  # "his", "himself": this sentence's subject
        choice = subjects[-1] if subjects else None
    if choice is None:
        for back in range(0, resolver.reach + 1):
            here = [s for s in candidates if s.sentence == sentence - back]
            subjects = [s for s in here if s.subject]
            if back == 0 and not subjects:
                continue
            if subjects:
                choice = subjects[-1]
                break
            if here and back > 0:
                choice = here[-1]
                break
    return resolver.again(choice.actor_id, "pronoun", "pronoun") if choice else None


@rule("actors.coref.group_pronoun", order=10, doc="'they' as a subject: the last group or body")
def group_pronoun(resolver: Any, token: Token) -> Any:
    if token.lower_ not in GROUP_PRONOUNS or not _subject_like(token):
        return None
    seen = _latest(
        resolver,
        token,
        lambda actor, _: actor.type in _BODY_TYPES or actor.id.startswith("agent:"),
    )
    return resolver.again(seen.actor_id, "pronoun", "group_pronoun") if seen else None


@rule("actors.coref.it_body", order=20, doc="'it said' for a body: the last body subject")
def it_body(resolver: Any, token: Token) -> Any:
    if token.lower_ not in BODY_PRONOUNS or token.dep_ in ("expl", "nsubjpass"):
        return None
    if not _subject_like(token) or _is_passive_or_raising(token):
        return None
    seen = _latest(resolver, token, lambda actor, _: actor.type in ("organization", "country"))
    return resolver.again(seen.actor_id, "pronoun", "group_pronoun") if seen else None


def _is_passive_or_raising(token: Token) -> bool:
    """ "It was agreed", "it is thought to", "it is said that": nobody in particular."""
    head = token.head
    if any(c.dep_ in ("auxpass", "expl") for c in head.children):
        return True
    return any(c.dep_ in ("ccomp", "xcomp") for c in head.children) and head.lemma_ == "be"


@rule(
    "actors.coref.descriptive",
    order=30,
    doc="'the diplomat said' with no country: the last person of that sector",
)
def descriptive(resolver: Any, token: Token, entry: Any = None) -> Any:
    if entry is None or entry.kind != "person" or entry.sector in (None, "UNK"):
        return None
    det = [c for c in token.children if c.dep_ == "det"]
    if not det or det[0].lower_ not in ("the", "this", "that"):
        return None
    seen = _latest(
        resolver,
        token,
        lambda actor, _: (
            actor.type == "person"
            and not actor.id.startswith("agent:")
            and actor.sector == entry.sector
        ),
    )
    return resolver.again(seen.actor_id, "role", "descriptive") if seen else None


# ---------------------------------------------------------------- for later stages


def salient_before(
    layer: ActorLayer, doc: Doc, position: int, *, person: bool = True
) -> ActorMention | None:
    """The most recent subject actor (a person, or else a non-person) shortly before."""
    window_start = _window_start(doc, position)
    candidates = [
        m
        for m in layer.mentions_in(window_start, position)
        if m.how != "pronoun" or m.confidence >= 0.5  # a weak pronoun link is no antecedent
    ]
    wanted = [m for m in candidates if _is_person(layer, m) == person]
    subjects = [m for m in wanted if _is_subject(doc, m)]
    for pool in (subjects, wanted):
        if pool:
            return max(pool, key=lambda m: m.start)
    return None


def _is_person(layer: ActorLayer, mention: ActorMention) -> bool:
    actor = layer.actor(mention.actor_id)
    return actor is not None and actor.type == "person"


def _is_subject(doc: Doc, mention: ActorMention) -> bool:
    span = doc.char_span(mention.start, mention.end, alignment_mode="expand")
    if span is None:
        return False
    return span.root.dep_ in ("nsubj", "nsubjpass") or (
        span.root.dep_ == "pobj" and span.root.head.dep_ == "agent"
    )


def _window_start(doc: Doc, position: int) -> int:
    token = doc.char_span(position, position + 1, alignment_mode="expand")
    if token is None or len(token) == 0:
        return max(0, position - 600)
    start = token[0].sent.start
    for _ in range(_LOOKBACK_SENTENCES):
        if start == 0:
            break
        start = doc[start - 1].sent.start
    return int(doc[start].idx)
