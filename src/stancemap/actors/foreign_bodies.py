"""A party or a legislature named by one word in a story of other countries is that
country's namesake, not the KB's body (session 60, engineer AK).

A blind judge of BBC News relations (2004-2005) found British stories' parties read as
the KB's famous bodies of other countries: "Liberal Democrat leader Charles Kennedy" -
NER tags "Democrat" alone, the alias index reads it as the US Democratic Party, and the
leader, his spokesmen and his party's relations all become American; "the BNP" (the
British National Party) reads as the Bangladesh Nationalist Party. On 612 BBC tune
articles of politics and business the US Democratic Party was linked in 52 documents by a
lone "Democrat(s)", nearly all the Liberal Democrats; on the Lee corpus's ABC stories
(Australia, 2001) "the Democrats" are the Australian Democrats and "the Senate" is
Australia's. A party or a legislature acts in its own country's politics, so the document
decides it: rule ``actors.names.foreign_body_word`` (run once every name is resolved) -
a KB organisation of a party or legislative sector (``_SECTORS``) whose every spelt
mention here is one word ("Democrats", "Senate", "BNP"), in a document where no other
actor the KB knows (a person, body, country or place; not a new actor nor a generic agent,
whose country may come from this very body, nor another such one-word body) is of its
country while one is of another, is a new
organisation: the capitalised words written right before its first mention belong to its
name ("Liberal Democrat"), and every mention moves to it. Left alone: a body named once
in full ("the US Senate"), a story that names something else of its country (a US story
of "Democrats" and Hillary Clinton, an Australian one of "Mr Howard" and "the Senate"), and
bodies of other sectors (a foreign company or army in a story is the KB's).
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from ..records import ActorMention, is_agent_id, is_new_id
from ..rules import declare
from .merging import merge_actor
from .new_organisations import NEW_CONFIDENCE, add_new_organisation

if TYPE_CHECKING:
    from spacy.tokens import Token

    from .resolve import DocumentResolver

FOREIGN_BODY_WORD = declare(
    "actors.names.foreign_body_word",
    "'Liberal Democrat leader X' in a British story: a KB party or legislature named here "
    "only by one word ('Democrats', 'Senate', 'BNP'), where no other known actor is of its "
    "country and one is of another, is a new organisation of the words written (with the "
    "capitalised words before it: 'Liberal Democrat'), not the KB's body of that country",
)
# the sectors of bodies that act in their own country's politics only (PLOVER codes)
_SECTORS = ("PTY", "LEG")
_SPELLINGS = ("name", "alias", "fuzzy", "short")
_NAME_TAGS = ("PROPN", "ADJ", "NOUN")
# how many characters of title words may stand between the body's word and a name
_TITLE_REACH = 40


def settle_foreign_bodies(resolver: DocumentResolver) -> None:
    """Turn each one-word KB party or legislature the document's countries contradict
    into a new organisation of the words written."""
    if not resolver.switches.enabled(FOREIGN_BODY_WORD):
        return
    candidates = [a for a in resolver.actors if _one_word_body(resolver, a)]
    evidence = {
        a.country
        for a in resolver.actors.values()
        if a.country and a.id not in candidates and not is_new_id(a.id) and not is_agent_id(a.id)
    }
    for actor_id in candidates:
        actor = resolver.actors[actor_id]
        if not evidence or actor.country in evidence:
            continue  # nothing known of another country, or something of its own
        spans = [
            (m.start, m.end)
            for m in resolver.mentions
            if m.actor_id == actor_id and m.how != "pronoun"
        ]
        _as_new_body(resolver, actor_id)
        _unplace_described(resolver, spans, actor.country or "")


def _one_word_body(resolver: DocumentResolver, actor_id: str) -> bool:
    """A KB party or legislature with a country whose every spelt mention is one word."""
    actor = resolver.actors[actor_id]
    if actor.type != "organization" or is_new_id(actor_id) or is_agent_id(actor_id):
        return False
    known = resolver.linker.kb.actors.get(actor_id)
    if known is None or actor.country is None or known.sector not in _SECTORS:
        return False
    spelt = [m for m in resolver.mentions if m.actor_id == actor_id and m.how != "pronoun"]
    return bool(spelt) and all(m.how in _SPELLINGS and " " not in m.text.strip() for m in spelt)


def _name_start(resolver: DocumentResolver, start: int) -> int:
    """The offset where the name ending in the mention at ``start`` begins: capitalised
    words right before it (not a sentence's determiner, no other mention's) are its own
    ("Liberal" of "Liberal Democrat")."""
    doc = resolver.doc
    token = _token_at(resolver, start)
    if token is None:
        return start
    first = token.i
    while first > 0:
        before: Token = doc[first - 1]
        if not before.text[:1].isupper() or before.pos_ not in _NAME_TAGS:
            break
        if before.whitespace_ != " " or resolver.named_mention_at(before.idx) is not None:
            break
        if before.is_sent_start and before.pos_ != "PROPN":
            break  # "Former Liberal Democrat MP": a sentence's first word may be any word
        first -= 1
    return doc[first].idx if first != token.i else start


def _unplace_described(
    resolver: DocumentResolver, spans: list[tuple[int, int]], country: str
) -> None:
    """A new person or body that took ``country`` from the body's word in its title
    ("Liberal Democrat leader Charles Kennedy"; the body's mention ends before one of
    theirs, only lower-case words between, in one sentence) has no country from it. One
    named before the body loses it too: the rule runs only where no KB actor of the
    country is in the story, so the body's word is where its country came from."""
    text = resolver.document.text
    for mention in resolver.mentions:
        actor = resolver.actors.get(mention.actor_id)
        if actor is None or actor.country != country or not is_new_id(actor.id):
            continue
        for _start, end in spans:
            between = text[end : mention.start] if mention.start >= end else ""
            if not 0 <= len(between) <= _TITLE_REACH or "\n" in between:
                continue
            if all(w.isalpha() and w.islower() for w in between.split()):
                resolver.actors[actor.id] = actor.model_copy(update={"country": None})
                break


def _token_at(resolver: DocumentResolver, start: int) -> Token | None:
    span = resolver.doc.char_span(start, start + 1, alignment_mode="expand")
    return span[0] if span is not None and len(span) else None


def _as_new_body(resolver: DocumentResolver, actor_id: str) -> None:
    text = resolver.document.text
    spelt = [m for m in resolver.mentions if m.actor_id == actor_id and m.how != "pronoun"]
    first = spelt[0]
    name = text[_name_start(resolver, first.start) : first.end]
    target = add_new_organisation(resolver, name)

    def widen(mention: ActorMention) -> None:  # a spelt mention takes the whole name
        if mention.how != "pronoun":
            begin = _name_start(resolver, mention.start)
            mention.start, mention.text = begin, text[begin : mention.end]

    merge_actor(
        resolver,
        actor_id,
        target,
        how="new",
        cap=NEW_CONFIDENCE,
        cap_pronouns=False,
        reread=widen,
    )
