"""The owner of what a criticism or a praise is aimed at is its target, not its doer.

Session 65 (engineer EV, issue 12: arguments; judged PolNeAR tune: "Ryan has called out
Trump, slamming his proposed ban", "she applauds his message on trade", "Sanders attacked
his record" read with no target). A verb of criticism or praise whose object is a thing
owned by "his"/"her" ("his record", "her remarks") is aimed at the owner. The actors stage
resolves the possessive by salience, often to the clause's own subject; the events stage
then drops it as a target (no one is their own target), and the event has none.

Rule ``events.args.owner_pronoun_target``: an ACCUSE, or a SUPPORT of praise (CAMEO 051),
with a source and no target, whose verb's direct object is a common noun - no noun of
people or groups (WordNet noun.person/noun.group, ``events/party_nouns.txt``: "attacked
his critics" is aimed at the critics), not "his own", not the event itself (an object
word of the lexicon row that coded it: "expressed his support") - owned by "his" or
"her", takes as
target the one person named (by name, never a pronoun or a generic agent) in the
pronoun's sentence before it or in the sentence before that who agrees with the pronoun
(``actors.clear_pronouns``' agreement: no honorific or he/she link of the other gender)
and is none of the event's sources. Where no such person or several are named, the
target stays empty: a guess is never made.
"""

from __future__ import annotations

import re
from dataclasses import replace
from functools import lru_cache

from spacy.tokens import Doc, Token

from ..actors.clear_pronouns import _agrees
from ..actors.coref import PERSON_PRONOUNS
from ..actors.layer import ActorLayer
from ..actors.named_parties import UNNAMED_HOWS
from ..datafiles import data_path
from ..rules import declare
from .matching import _party_nouns
from .parts import Coded

OWNER_PRONOUN_TARGET = declare(
    "events.args.owner_pronoun_target",
    "'Clinton criticised Trump, and Sanders attacked his record': an ACCUSE or a praise "
    "(051) with no target whose object is a thing owned by his/her (no noun of people, "
    "not 'his own') is aimed at the one person named in that sentence or the one before "
    "who agrees with the pronoun and is not its source; none or several: no target",
    order=24.88,
)
OBJECT_DEPS = frozenset(("dobj", "obj"))
OWNERS = frozenset(("his", "her"))
PRAISE = "051"
# a reading's lexicon row ("events/triggers.tsv:43") and its object words ("obj=support|...")
ROW = re.compile(r"^(events/[\w.]+\.tsv):(\d+)$")
OBJECT_WORDS = "obj="


@lru_cache(maxsize=512)
def _row_objects(origin: str) -> frozenset[str]:
    """The object words the lexicon row that coded a reading names ("express" with
    obj=support|backing: "expressed his support" - the support is the event, its owner
    the doer), else none."""
    found = ROW.match(origin)
    if found is None:
        return frozenset()
    path, number = data_path(found.group(1)), int(found.group(2))
    try:
        line = path.read_text("utf-8").splitlines()[number - 1]
    except (OSError, IndexError):
        return frozenset()
    for column in line.split("\t"):
        if column.startswith(OBJECT_WORDS):
            return frozenset(column[len(OBJECT_WORDS) :].split("|"))
    return frozenset()


def _judging(item: Coded) -> bool:
    return item.type == "ACCUSE" or (item.type == "SUPPORT" and (item.cameo or "") == PRAISE)


def _owned_object_pronoun(verb: Token, event_words: frozenset[str]) -> Token | None:
    """The his/her owning the verb's object thing ("attacked his record"), else None;
    ``event_words``: objects that are the event itself ("expressed his support")."""
    for obj in (c for c in verb.children if c.dep_ in OBJECT_DEPS):
        if obj.pos_ != "NOUN" or obj.lemma_.lower() in _party_nouns():
            continue  # "attacked his critics": the critics are the target
        if obj.lemma_.lower() in event_words:
            continue  # "expressed his support": his own act
        if any(c.lower_ == "own" for c in obj.children):
            continue  # "criticised his own party"
        owner = next((c for c in obj.children if c.dep_ == "poss" and c.lower_ in OWNERS), None)
        if owner is not None:
            return owner
    return None


def _near_start(tok: Token) -> int:
    """Where the sentence before the token's own begins (its own where it is the first)."""
    sent = tok.sent
    if sent.start > 0:
        return tok.doc[sent.start - 1].sent.start_char
    return sent.start_char


def owner_target(doc: Doc, item: Coded, actors: ActorLayer) -> str | None:
    """The one person the his/her owning a criticism's or praise's object stands for (see
    the module's doc), else None."""
    if item.target or not item.source or not _judging(item):
        return None
    span = doc.char_span(*item.trigger, alignment_mode="expand")
    if span is None or not len(span):
        return None
    owner = _owned_object_pronoun(span.root, _row_objects(item.origin))
    if owner is None:
        return None
    gender = PERSON_PRONOUNS.get(owner.lower_)
    if gender is None:
        return None
    named: set[str] = set()
    for m in actors.mentions_in(_near_start(owner), owner.idx):
        if m.how in UNNAMED_HOWS:
            continue
        actor = actors.actor(m.actor_id)
        if actor is not None and actor.type == "person":
            named.add(m.actor_id)
    candidates = {a for a in named - set(item.source) if _agrees(actors, a, gender)}
    return next(iter(candidates)) if len(candidates) == 1 else None


def with_owner_pronoun_targets(
    doc: Doc, actors: ActorLayer, coded: list[tuple[Coded, float | None]]
) -> list[tuple[Coded, float | None]]:
    """The stage's readings, a criticism or praise of a thing owned by his/her given the
    one person that pronoun can stand for as target (rule ``OWNER_PRONOUN_TARGET``)."""
    out = []
    for item, reality in coded:
        target = owner_target(doc, item, actors)
        out.append((replace(item, target=[target]) if target else item, reality))
    return out
