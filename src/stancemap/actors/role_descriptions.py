"""A definite role description names the person the text gave that role (session 41, engineer AD).

"FBI Director James Comey ... 'The FBI director said ...'", "Donald Trump, the Republican
nominee, ... Clinton criticized the Republican nominee": the description is built of the
very words the text set before the person's name (a title: compounds and adjectives of the
name) or beside it (an apposition with "the"). Such a description, met later with "the"
("the FBI director", "the Republican nominee"), is a mention of that person when exactly
one person of the text was given a role whose head noun is the description's head and whose
words hold every word of the description (``actors.coref.role_description``). No noun list:
the text's own titles and appositions are the data, and a role's head is a kind of person by
WordNet (``data/lexicon/people_nouns.txt``: "State" in "State Treasurer X" is none).

Not read: a plural, a possessed noun ("Trump's campaign manager"), a description that is
itself an apposition or a predicate ("X is the nominee", "as the nominee"), one set beside a
name, and the person the description's own clause's subject names (binding condition C, as
``description_binding``).
"""

from __future__ import annotations

from dataclasses import dataclass
from typing import TYPE_CHECKING

from ..records import is_agent_id
from ..rules import declare
from .description_binding import own_subject_actor
from .normalize import fold
from .speaking_groups import people_nouns

if TYPE_CHECKING:
    from spacy.tokens import Doc, Token

    from .resolve import DocumentResolver

ROLE_DESCRIPTION = declare(
    "actors.coref.role_description",
    "'FBI Director James Comey ... the FBI director said': a definite singular description is "
    "the one person of the text given a role (a title before the name, an apposition) of the "
    "same head noun holding all the description's words",
)

_MODIFIER_DEPS = ("compound", "amod", "nmod")
_DEFINITE = ("the", "this", "that")
_NOT_DESCRIPTION_DEPS = ("appos", "attr", "oprd", "poss")
_NOT_DESCRIPTION_CHILDREN = ("appos", "poss", "relcl", "acl")
_NAME_HOWS = ("name", "alias", "fuzzy", "short", "new")


@dataclass(frozen=True)
class GivenRole:
    """The role the text gave one person: the head noun and every word, where it was said."""

    actor_id: str
    head: str
    words: frozenset[str]
    position: int  # character offset of the naming


def _word(token: Token) -> str:
    return fold(token.lower_.rstrip("."))


def _modifiers(token: Token) -> list[Token]:
    """The compounds and adjectives left of a noun, with their own (recursively)."""
    found: list[Token] = []
    for child in token.lefts:
        if child.dep_ in _MODIFIER_DEPS and child.pos_ in ("NOUN", "PROPN", "ADJ"):
            found.append(child)
            found += _modifiers(child)
    return found


def _title_before(doc: Doc, start: int, end: int) -> list[Token]:
    """The title set right before a name span [start, end): its compounds and adjectives."""
    title: list[Token] = []
    i = start - 1
    while i >= 0:
        token = doc[i]
        inside = start <= token.head.i < end or any(token.head.i == t.i for t in title)
        if (
            token.dep_ not in _MODIFIER_DEPS
            or not inside
            or token.pos_ not in ("NOUN", "PROPN", "ADJ")
        ):
            break
        if token.ent_type_ == "PERSON":
            break
        title.append(token)
        i -= 1
    return title


def _apposed(doc: Doc, start: int, end: int) -> Token | None:
    """A definite common noun set beside a name: "X, the nominee" or "the director, X"."""
    root = doc[start:end].root
    for child in root.children:
        if child.dep_ == "appos" and child.pos_ == "NOUN" and _determiner(child) == "the":
            return child
    head = root.head
    if root.dep_ == "appos" and head.pos_ == "NOUN" and _determiner(head) == "the":
        return head
    return None


def _determiner(token: Token) -> str | None:
    det = [c for c in token.children if c.dep_ == "det"]
    return det[0].lower_ if det else None


def given_roles(resolver: DocumentResolver) -> list[GivenRole]:
    """Every role the text gives a named person, by title or apposition."""
    doc = resolver.doc
    roles: list[GivenRole] = []
    for mention in resolver.mentions:
        if mention.how not in _NAME_HOWS or not resolver.is_person(mention.actor_id):
            continue
        span = doc.char_span(mention.start, mention.end, alignment_mode="expand")
        if span is None or len(span) == 0:
            continue
        title = _title_before(doc, span.start, span.end)
        if title:
            head = max(title, key=lambda t: t.i)  # the title word next to the name
            if head.pos_ in ("NOUN", "PROPN") and _word(head) in people_nouns():
                words = frozenset(_word(t) for t in title)
                roles.append(GivenRole(mention.actor_id, _word(head), words, mention.start))
        apposed = _apposed(doc, span.start, span.end)
        if apposed is not None and _word(apposed) in people_nouns():
            words = frozenset(_word(t) for t in [apposed, *_modifiers(apposed)])
            roles.append(GivenRole(mention.actor_id, _word(apposed), words, mention.start))
    return roles


def _description(
    resolver: DocumentResolver, token: Token, *, read: bool = False
) -> list[Token] | None:
    """The words of a definite singular description headed by ``token``, or None
    (``read``: the head may be read already, its caller decides what gives way)."""
    if token.pos_ != "NOUN" or token.tag_ != "NN" or (token.i in resolver.taken and not read):
        return None
    if token.dep_ in _NOT_DESCRIPTION_DEPS or token.ent_type_ == "PERSON":
        return None
    if token.dep_ == "pobj" and token.head.lower_ == "as":
        return None  # "as the nominee": a role taken, not its holder
    if any(c.dep_ in _NOT_DESCRIPTION_CHILDREN for c in token.children):
        # "the director, X" is the name's; "Trump's manager" is owned; "the justice who
        # ..." / "the justice they may get" is told by its own clause, not by the role
        return None
    if token.dep_ == "compound" and token.head.ent_type_ == "PERSON":
        return None  # "the district Chairman Chuck X": a title of a name of its own
    if _determiner(token) not in _DEFINITE:
        return None
    return _modifiers(token)


def settle_role_descriptions(resolver: DocumentResolver) -> None:
    """Each definite description of a role the text gave one person becomes its mention."""
    if not resolver.switches.enabled(ROLE_DESCRIPTION):
        return
    roles = given_roles(resolver)
    if not roles:
        return
    heads = {r.head for r in roles}
    doc = resolver.doc
    for token in doc:
        if _word(token) not in heads:
            continue
        modifiers = _description(resolver, token)
        if modifiers is None:
            continue
        words = {_word(t) for t in modifiers}
        head = _word(token)
        people = {
            r.actor_id
            for r in roles
            if r.head == head and r.position < token.idx and words <= r.words
        }
        people = {p for p in people if not is_agent_id(p)}
        if len(people) != 1:
            continue
        actor_id = next(iter(people))
        if own_subject_actor(resolver, token) == actor_id:
            continue  # "Trump attacked the Republican nominee": not himself
        first = min([token.i, *(t.i for t in modifiers)])
        while first < token.i and first in resolver.taken:
            first += 1  # "FBI" stays the body's own mention
        if any(i in resolver.taken for i in range(first, token.i + 1)):
            continue
        found = resolver.again(actor_id, "role", "role_holder")
        resolver.add_phrase(first, token, found)
