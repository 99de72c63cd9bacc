"""A party member named by a definite description: "the Wisconsin Republican", "the
Democrat" (session 37, engineer AN).

spaCy tags the member word of a party (a NORP entity: "Republican", "Democrat") and the
names stage links it to the party. As the head of a definite singular noun phrase ("It
was a partial reversal for the Wisconsin Republican, who had previously pledged ...")
the word names one person, not the party: an event it is the party of was read as the
party's act. Rule ``actors.names.party_member_person``, read after every other mention
of the document is resolved: such a mention (one token, tagged NORP - "the GOP" is
the party's own name, ORG - heading the phrase, singular, with a definite determiner,
no possessor, not a modifier of another noun - "the Republican front-runner" is another
rule's - nor a predicate nominal) becomes a mention of the person named
before it within ``[coref] title_reach_sentences``: a person described with the member
word there ("Paul Ryan, a Wisconsin Republican"), else the nearest person (a subject
first, sentence by sentence back); the same phrase again ("the Wisconsin Republican")
names the person it named first. Where no person is named within reach, it stays the
party. Only the parse, the entity tags and the KB's party sector are read.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from spacy.tokens import Token

from ..datafiles import constants
from ..records import ActorMention, is_agent_id
from ..rules import declare
from .normalize import fold

if TYPE_CHECKING:
    from .resolve import DocumentResolver

PARTY_MEMBER = declare(
    "actors.names.party_member_person",
    "'the Wisconsin Republican, who had pledged': a definite singular party-member word "
    "heading its phrase is the person named before it (one described with the word, else "
    "the nearest, subjects first), not the party",
)
_REACH = int(constants("coref")["title_reach_sentences"])
_DEFINITE = frozenset({"the", "this", "that"})
_PARTY_SECTOR = "PTY"


def _member_head(token: Token) -> bool:
    """``token`` heads a definite singular noun phrase of its own ("the (Wisconsin)
    Republican"), not a modifier ("the Republican front-runner", "the Republican Party")."""
    if token.ent_type_ != "NORP":
        return False  # "the GOP", "the NLD": the party's own name (ORG), not a member word
    if token.tag_ not in ("NNP", "NN") or token.lower_.endswith("s"):
        return False
    if token.dep_ in ("compound", "amod", "nmod", "poss", "attr"):
        return False
    children = list(token.children)
    if any(c.dep_ == "poss" for c in children):
        return False
    return any(c.dep_ == "det" and c.lower_ in _DEFINITE and c.i < token.i for c in children)


def _described(resolver: DocumentResolver, mention: ActorMention, word: str) -> bool:
    """The person's mention has the member word in its own phrase or apposition ("Paul
    Ryan, a Wisconsin Republican", "Republican Senator X")."""
    span = resolver.doc.char_span(mention.start, mention.end, alignment_mode="expand")
    if span is None or len(span) == 0:
        return False
    root = span.root
    heads = [root, *[c for c in root.children if c.dep_ == "appos"]]
    if root.dep_ == "appos":
        heads.append(root.head)
    words = {fold(t.text) for h in heads for t in h.subtree}
    return word in words


def _person_before(resolver: DocumentResolver, token: Token, word: str) -> str | None:
    """The person the member word names: see the module."""
    here = resolver.sent_index.get(token.i, 0)
    candidates: list[tuple[int, bool, ActorMention]] = []
    for mention in resolver.mentions:
        if mention.start >= token.idx or mention.how == "pronoun":
            continue
        if not resolver.is_person(mention.actor_id):
            continue
        span = resolver.doc.char_span(mention.start, mention.end, alignment_mode="expand")
        if span is None or len(span) == 0:
            continue
        distance = here - resolver.sent_index.get(span.root.i, 0)
        if 0 <= distance <= _REACH:
            subject = span.root.dep_ in ("nsubj", "nsubjpass")
            candidates.append((distance, subject, mention))
    described = [c for c in candidates if _described(resolver, c[2], word)]
    if described:
        return described[-1][2].actor_id
    for distance in range(_REACH + 1):
        at = [c for c in candidates if c[0] == distance]
        if at:
            subjects = [c for c in at if c[1]]
            return (subjects or at)[-1][2].actor_id
    return None


def place_party_members(resolver: DocumentResolver) -> None:
    """See ``PARTY_MEMBER``: relink each party-member mention that names a person."""
    if not resolver.switches.enabled(PARTY_MEMBER):
        return
    doc = resolver.doc
    changed = False
    out: list[ActorMention] = []
    named: dict[str, str] = {}  # the phrase's words -> the person it named before
    for mention in resolver.mentions:
        actor = resolver.actors.get(mention.actor_id)
        span = None
        if (
            actor is not None
            and mention.how != "pronoun"
            and actor.type == "organization"
            and actor.sector == _PARTY_SECTOR
            and not is_agent_id(actor.id)
        ):
            span = doc.char_span(mention.start, mention.end, alignment_mode="expand")
        if span is None or len(span) != 1 or not _member_head(span[0]):
            out.append(mention)
            continue
        head = span[0]
        words = fold(doc[head.left_edge.i : head.i + 1].text)
        person = named.get(words) or _person_before(resolver, head, fold(head.text))
        if person is None:
            out.append(mention)
            continue
        named[words] = person  # "the Wisconsin Republican" names one person throughout
        out.append(mention.model_copy(update={"actor_id": person, "how": "role"}))
        for seen in resolver.memory:
            if seen.start == mention.start and seen.actor_id == mention.actor_id:
                seen.actor_id = person
        changed = True
    if not changed:
        return
    resolver.mentions = out
    left = {m.actor_id for m in out}
    for actor_id in [a for a in resolver.actors if a not in left]:
        actor = resolver.actors[actor_id]
        if actor.type == "organization" and actor.sector == _PARTY_SECTOR:
            del resolver.actors[actor_id]
            resolver.surface.pop(actor_id, None)
