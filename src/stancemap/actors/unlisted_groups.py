"""Plural subjects of people the agents lexicon does not list: "Progressive groups are
hailing the speech", "Donors objected", "a trio of PACs reported spending $1 million".

``actors.agent.subject_group_source_only`` (session 46 ES, ``subject_groups``) reads a
plural agents-lexicon subject as a group actor of its own; the lexicon lists officials,
activists and workers but not "groups", "donors", "supporters", "critics" or "PACs", so
an event those do is kept with an empty source (issue 12: session 47 GN found such
subjects among the tune events judged wrong for a missing source). WordNet says which
nouns are people: ``lexicon/people_nouns.txt`` (the most frequent sense is a person),
``lexicon/body_group_nouns.txt`` (a social group, no meeting) and
``lexicon/group_root_nouns.txt`` (group.n.01 itself).

``actors.agent.unlisted_subject_group_source_only`` (session 47 GN): such a plural
phrase, with ES's tests (no possessor, no name before its head, no definite determiner or
count pointing back; the active subject of a verb or the head of a participle clause), is
a group of its own, no sector, no country. A collective singular of a body noun over a
plural ("a trio of PACs", "a coalition of unions") is read the same, the "of" phrase in
its name. Read late, as ES's group: it only fills the empty source of an event kept
anyway (``events.late_sources``); a group of no one in particular stays generic.
"""

from __future__ import annotations

from collections.abc import Iterator
from functools import lru_cache
from typing import TYPE_CHECKING

from spacy.tokens import Token

from ..datafiles import constants, word_list
from ..rules import declare
from .linker import Resolution, new_id
from .nominals import agent_entry
from .subject_groups import COUNTED_GROUP, does_act, named_inside_count, points_back

if TYPE_CHECKING:
    from .resolve import DocumentResolver

UNLISTED_GROUP = declare(
    "actors.agent.unlisted_subject_group_source_only",
    "'Progressive groups are hailing the speech', 'a trio of PACs reported spending': a "
    "plural noun of people the agents lexicon does not list (WordNet: most frequent sense a "
    "person, a social group, or group.n.01; or a collective body noun over a plural, 'a trio "
    "of PACs'), with no possessor, name, definite determiner or count, that is the active "
    "subject of a verb or heads a participle clause, is a group of its own (no sector, no "
    "country), read only as an event's source (events.late_sources), as "
    "actors.agent.subject_group_source_only",
)
_CONFIDENCE = constants("actors")["confidence"]
_PLURAL = ("NNS",)
_OBJECTS = frozenset({"dobj", "obj", "pobj", "dative"})  # "spent on ads and mailers"
_MODIFIERS = frozenset({"amod", "compound", "det", "nmod", "predet", "nummod"})
# "both candidates have sought": the two named before, for coreference
_PAIRED = frozenset({"both", "either", "neither", "each"})


@lru_cache(maxsize=1)
def _people() -> frozenset[str]:
    return word_list("lexicon/people_nouns.txt")


@lru_cache(maxsize=1)
def _bodies() -> frozenset[str]:
    return word_list("lexicon/body_group_nouns.txt") | word_list("lexicon/group_root_nouns.txt")


def _plural_of(token: Token) -> Token | None:
    """The plural noun a collective body noun gathers: "a trio of PACs" -> "PACs"."""
    for prep in token.children:
        if prep.dep_ == "prep" and prep.lower_ == "of":
            for pobj in prep.children:
                if pobj.dep_ == "pobj" and pobj.tag_ in ("NNS", "NNPS"):
                    return pobj
    return None


def _object_like(token: Token) -> bool:
    """The noun (or the first of its conjuncts) is an object: an act's thing, not its doer
    ("spent $1 million on ads and mailers targeting X": the spender's)."""
    head = token
    while head.dep_ == "conj" and head.head.i != head.i:
        head = head.head
    return head.dep_ in _OBJECTS


def _candidates(resolver: DocumentResolver) -> Iterator[tuple[int, Token, Token]]:
    """(first token, head, last token) of each phrase the rule may read."""
    for token in resolver.doc:
        if token.i in resolver.taken or token.pos_ != "NOUN":
            continue
        lemma = token.lemma_.lower()
        last = token
        if token.tag_ in _PLURAL:
            if lemma not in _people() and lemma not in _bodies():
                continue
        elif token.tag_ == "NN" and lemma in _bodies():
            gathered = _plural_of(token)
            if gathered is None:
                continue  # "a group said": one body, maybe named before
            last = gathered
        else:
            continue
        if agent_entry(resolver, token) is not None:
            continue  # the lexicon's: actors.agent.subject_group_source_only reads it
        yield _start(token), token, last


def _start(token: Token) -> int:
    """The first word of the noun's own modifiers right before it ("conservative outside
    groups"), not a hedge the parse hung on it ("not exclusively - men")."""
    start = token.i
    for child in reversed(list(token.lefts)):
        if child.dep_ not in _MODIFIERS or child.right_edge.i != start - 1:
            break
        start = child.left_edge.i
    return start


def _capital_compound(resolver: DocumentResolver, start: int, head: Token) -> bool:
    """A capitalised noun before the head ("Trump supporters" with "Trump" first in its
    sentence and tagged a common noun): a name, maybe, not a kind of people."""
    return any(
        t.dep_ in ("compound", "nmod") and (t.is_title or t.is_upper)
        for t in resolver.doc[start : head.i]
    )


def place_unlisted_groups(resolver: DocumentResolver) -> None:
    """Read each plural subject of people the lexicon lacks as a late group (module doc)."""
    if resolver.hold_late or not resolver.switches.enabled(UNLISTED_GROUP):
        return
    counted_own = resolver.switches.enabled(COUNTED_GROUP)
    for start, token, last in list(_candidates(resolver)):
        if _object_like(token) or not does_act(token):
            continue
        if any(i in resolver.taken for i in range(start, last.i + 1)):
            continue  # part of a mention another rule read
        if any(c.dep_ == "poss" for c in token.children):
            continue  # "Clinton's supporters": the owner's
        if any(
            points_back(c, counted_own) or c.lower_ in _PAIRED
            for c in token.children
            if c.i < token.i
        ):
            continue  # "the two critics", "both candidates": people named before
        if named_inside_count(resolver, start, token, counted_own) or _capital_compound(
            resolver, start, token
        ):
            continue  # "Trump supporters": a name says whose; other rules decided
        text = resolver.phrase_text(start, last)
        found = Resolution(
            id=new_id(text, "group"),
            name=text,
            type="group",
            country=None,
            sector=None,
            how="agent",
            confidence=_CONFIDENCE["subject_group"],
        )
        resolver.late_ids.add(found.id)
        resolver.taken.update(range(start, last.i + 1))
        end = last.idx + len(last)
        begin = resolver.doc[start].idx
        resolver.add(begin, end, resolver.document.text[begin:end], found, token)
