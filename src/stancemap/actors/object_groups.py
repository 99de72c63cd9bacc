"""Plural objects of people that name no one: "decries super PACs", "calling on attendees
to oppose bigotry", "Police arrested protesters" (session 49, engineer AW, issue 12).

The late subject-group rules (``subject_groups``, ``unlisted_groups``) read such a
plural only as a doer; as an object it stays no actor, so the act has no target (session
49 AW: of 159 tune readings whose arguments the judges found wrong and corrected, 39 lack
only the target, several of them a plural of people written as the verb's object).

``actors.agent.object_group_target_only``: a plural people noun (WordNet people or
social-group noun, a collective body noun, or an agents-lexicon noun) that is the direct
object of a verb or the object of a target preposition hung on a verb, with no possessor,
determiner, pair word, count pointing back, clause of its own or name among its words
(nor a verb idiom's or a quantified generic's noun: actors.not_actors), is a
group of its own (no country), read late and only as an event's target: it fills the
empty target of an event kept anyway (``events.late_sources.fill_late_targets``), never
a source, a quote's speaker or a decision of the events stage.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from spacy.tokens import Token

from ..datafiles import constants
from ..rules import declare
from .candidates import Excluded
from .linker import Resolution, new_id
from .nominals import agent_entry
from .not_actors import VERB_IDIOM_OBJECT, generic_no_actor, verb_idiom_object
from .subject_groups import COUNTED_GROUP, named_inside_count, points_back
from .unlisted_groups import _PAIRED, _bodies, _capital_compound, _people, _start

if TYPE_CHECKING:
    from .resolve import DocumentResolver

OBJECT_GROUP = declare(
    "actors.agent.object_group_target_only",
    "'decries super PACs', 'calling on attendees to oppose X': a plural noun of people "
    "(WordNet people or social-group noun, a collective body noun, or an agents-lexicon noun) "
    "that is a verb's direct object or the object of on/against/to/with/at hung on a verb, "
    "with no possessor, determiner, pair word, count, clause of its own or name among its "
    "words (nor a verb idiom's object: 'joined forces'), is a "
    "group of its own (no country), read only as an event's target: it fills the empty "
    "target of an event kept anyway (events.late_sources), never a source",
)
_CONFIDENCE = constants("actors")["confidence"]
_OBJECTS = frozenset({"dobj", "obj", "dative"})
# the prepositions that bring in whom an act is aimed at, not where or when
_TARGET_PREPS = frozenset({"on", "against", "to", "with", "at"})
# a determiner quantifies or points back; a clause of its own makes the noun a kind
_QUANTIFIED = frozenset({"det", "predet"})
_CLAUSES = frozenset({"relcl", "acl"})


def _aimed_at(token: Token) -> bool:
    """The noun (or the first of its conjuncts) is a verb's object, or the object of a
    target preposition hung on a verb."""
    head = token
    while head.dep_ == "conj" and head.head.i != head.i:
        head = head.head
    if head.dep_ in _OBJECTS:
        return head.head.pos_ == "VERB"
    if head.dep_ != "pobj" or head.head.lower_ not in _TARGET_PREPS:
        return False
    return head.head.dep_ == "prep" and head.head.head.pos_ == "VERB"


def _people_noun(resolver: DocumentResolver, token: Token) -> str | None | bool:
    """The sector (None: none) of a plural people noun, False where it is none."""
    if token.pos_ != "NOUN" or token.tag_ != "NNS":
        return False
    entry = agent_entry(resolver, token)
    if entry is not None:
        return entry.sector
    lemma = token.lemma_.lower()
    return None if lemma in _people() or lemma in _bodies() else False


def place_object_groups(resolver: DocumentResolver) -> None:
    """Read each plural object of people as a late target-only group (module doc)."""
    if resolver.hold_late or not resolver.switches.enabled(OBJECT_GROUP):
        return
    counted_own = resolver.switches.enabled(COUNTED_GROUP)
    idioms = resolver.switches.enabled(VERB_IDIOM_OBJECT)
    excluded = Excluded(resolver.document)
    for token in resolver.doc:
        if token.i in resolver.taken or not _aimed_at(token):
            continue
        sector = _people_noun(resolver, token)
        if sector is False or excluded(token.idx, token.idx + len(token)):
            continue
        if (idioms and verb_idiom_object(token)) or generic_no_actor(resolver, token):
            continue  # "joined forces", "won enough delegates": no one in particular
        if any(c.dep_ in _QUANTIFIED for c in token.children):
            continue  # "all cookies", "enough delegates", "those voters": a determiner
        if any(c.dep_ in _CLAUSES for c in token.children):
            continue  # "leaders who distrust him", "mailers attacking X": a kind, a thing
        start = _start(token)
        if any(i in resolver.taken for i in range(start, token.i + 1)):
            continue  # part of a mention another rule read
        if any(c.dep_ == "poss" for c in token.children):
            continue  # "his critics": the owner's, read by other rules
        if any(
            points_back(c, counted_own) or c.lower_ in _PAIRED
            for c in token.children
            if c.i < token.i
        ):
            continue  # "the two senators": people named before, for coreference
        if named_inside_count(resolver, start, token, counted_own):
            continue  # "Trump supporters", "Iranian students": a name says whose
        if _capital_compound(resolver, start, token):
            continue
        text = resolver.phrase_text(start, token)
        found = Resolution(
            # an id of its own: the same words as a doer elsewhere ("Workers objected")
            # are a source group, which a shared id would make target-only
            id=new_id(f"{text} (object)", "group"),
            name=text,
            type="group",
            country=None,
            sector=sector if isinstance(sector, str) else None,
            how="agent",
            confidence=_CONFIDENCE["subject_group"],
        )
        resolver.late_ids.add(found.id)
        resolver.late_target_ids.add(found.id)
        resolver.taken.update(range(start, token.i + 1))
        begin = resolver.doc[start].idx
        end = token.idx + len(token)
        resolver.add(begin, end, resolver.document.text[begin:end], found, token)
