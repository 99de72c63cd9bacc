"""Plural agent nouns that do something and name no country: "Activists engaged in a
sit-in", "Employees protested", "superdelegates declaring support for her".

The agents lexicon (data/kb/agents.tsv, the Phoenix agents dictionary, lexicon/
agent_nouns.tsv) gives such a noun a sector, but its phrase names no country, so
``sentence_country`` sets it aside and, where the sentence names no single country,
it stays no actor: an event it is the doer of has an empty source (issue 12: session 45
found most kept tune events without a source have a subject that names no actor).
A PLOVER coder codes the group as the doer all the same (an unplaced OPP, LAB, ...).

``actors.agent.subject_group_source_only`` (session 46, engineer ES): such a phrase -
plural, no name or possessor among its words, no definite determiner or count that
points back to people named before ("the two senators") - is read as a group actor of its
own (its words its name, the lexicon's sector, no country) where it is the active
subject of a verb or heads a participle clause ("superdelegates declaring"). Read late
(``events.late_sources``, as ``definite_body_sole_country_source_only``): the quotes
and the events decide on the layer without it, and the group only fills the empty
source of an event kept anyway, so what is kept, merged and typed does not move. A
group of no country names no one in particular, so it stays generic
(``actors.generic.common_groups``): no party to a document relation.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from spacy.tokens import Token

from ..datafiles import constants
from ..rules import declare
from .definite_bodies import named_inside, untaken_countryless
from .linker import Resolution, new_id

if TYPE_CHECKING:
    from .resolve import DocumentResolver

SUBJECT_GROUP = declare(
    "actors.agent.subject_group_source_only",
    "'Activists engaged in a sit-in', 'superdelegates declaring support for her': a plural "
    "agents-lexicon noun phrase that names no country, name, possessor, definite determiner or "
    "count and is the active "
    "subject of a verb (or heads a participle clause) is a group actor of its own (its "
    "sector, no country), read only as an event's source: it fills the empty source of an "
    "event kept without it (events.late_sources), no quote or event decision reads it",
)
COUNTED_GROUP = declare(
    "actors.agent.counted_subject_group",
    "'Eight candidates went on the attack', 'nearly 140 House members blasted X': a count "
    "with no definite determiner brings in a group of its own, not people named before "
    "('the two senators'): the subject-group rules (subject_group_source_only, "
    "unlisted_subject_group_source_only) read the counted plural as they read a bare one",
)
_CONFIDENCE = constants("actors")["confidence"]
_COUNT_ENTITIES = frozenset({"CARDINAL", "QUANTITY"})
_SUBJECTS = ("nsubj",)
_DEFINITE = frozenset(
    {"the", "this", "that", "these", "those"}
)  # an active subject: a passive subject undergoes the act


def does_act(token: Token) -> bool:
    """The noun is the active subject of a verb (through a coordination of subjects:
    "Workers and activists protested"), or a participle clause hangs on it."""
    head = token
    while head.dep_ == "conj" and head.head.i != head.i:
        head = head.head
    if head.dep_ in _SUBJECTS and head.head.pos_ in ("VERB", "AUX"):
        return True
    if token.dep_ in ("dobj", "obj"):
        return False  # "faced protesters demanding X": the events read the verb's subject
    return any(c.dep_ == "acl" and c.tag_ == "VBG" for c in token.children)


def points_back(child: Token, counted_own: bool = False) -> bool:
    """A definite determiner or a count: the phrase means people the text has named
    ("the farmers", "the three ministers"), not a group of its own. With ``counted_own``
    (rule ``COUNTED_GROUP``) a count points back only beside a definite determiner: "eight
    candidates", "nearly 140 House members" bring in people the text has not named."""
    if child.dep_ == "det" and child.lower_ in _DEFINITE:
        return True
    if child.dep_ != "nummod":
        return False
    return not counted_own or _definite(child.head)


def _definite(noun: Token) -> bool:
    return any(c.dep_ == "det" and c.lower_ in _DEFINITE for c in noun.children)


def named_inside_count(
    resolver: DocumentResolver, start: int, head: Token, counted_own: bool
) -> bool:
    """``named_inside``, except that with ``counted_own`` the words of a count ("Eight",
    "close to 19,000": the tagger's CARDINAL entity) name no one."""
    if not counted_own:
        return named_inside(resolver, start, head)
    return any(
        t.pos_ == "PROPN" or (t.ent_type_ and t.ent_type_ not in _COUNT_ENTITIES)
        for t in resolver.doc[start : head.i]
    )


def place_subject_groups(resolver: DocumentResolver) -> None:
    """Read each set-aside plural subject phrase as a late group (module doc)."""
    if resolver.hold_late or not resolver.switches.enabled(SUBJECT_GROUP):
        return
    counted_own = resolver.switches.enabled(COUNTED_GROUP)
    for item in list(untaken_countryless(resolver)):
        token = item.token
        if token.tag_ != "NNS" or not does_act(token):
            continue
        if any(c.dep_ == "poss" for c in token.children):
            continue  # "his critics", "Clinton's aides": the owner's, read by other rules
        if any(points_back(c, counted_own) for c in token.children if c.i < token.i):
            continue  # "the two senators said": people named before, for coreference
        if named_inside_count(resolver, item.start_tok, token, counted_own):
            continue  # a name among its words says whose; the rules that read it decided
        text = resolver.phrase_text(item.start_tok, token)
        found = Resolution(
            id=new_id(text, "group"),
            name=text,
            type="group",
            country=None,
            sector=item.sector,
            how="agent",
            confidence=_CONFIDENCE["subject_group"],
        )
        resolver.late_ids.add(found.id)
        resolver.add_phrase(item.start_tok, token, found)
