"""An act aimed at "each other" sets its joined subjects against each other (session 59 RS).

Issue 14 (sign accuracy). "Donald Trump and Ted Cruz attacked each other on immigration":
the events stage reads one ACCUSE with both as sources and no target (a reciprocal
pronoun names no actor), and the stance cues read each subject's position on the
prepositional matter ("on immigration" -1) - two actors with one stance on one issue, so
alignment read them allies (+0.69) over the ACCUSE that ``alignment.score.co_sources``
weighs between its sources (-0.3). "praised each other" stayed a weak +0.4 and "blamed
each other" a weak -0.3 for the same reason: nothing reads the reciprocal object.

The parse says it: the verb an event was coded at has joined subjects ("X and Y", or an
appositive "the two candidates, X and Y") and its direct object, or the object of one of
its prepositions ("fought with each other"), is a reciprocal pronoun (``each other``,
``one another``: the 'reciprocal' kind of ``data/stances/aimed_together.tsv``, shared with
``joint_subjects.py`` and ``alignment/aimed_together.py``). Then each subject holds a
position towards each other one, signed by the event's PLOVER quad (conflict against,
cooperation for: "praised each other"); the event named as evidence, weighed as any
narrated relation (``narrated_relation`` x the event's confidence). A meeting
(``CONSULT``) is no alignment ("met each other"); a negated event or one with a target of
its own is left alone. The same subjects' positions on an issue read at that verb (or from
that event) are the matter of their quarrel, not a stance each holds, so they are left out
("attacked each other on immigration" says neither is against immigration). No word list:
the reciprocal pronouns are English's closed class, the sign the events stage's type.
"""

from __future__ import annotations

from collections.abc import Callable, Iterable
from functools import lru_cache
from itertools import permutations

from spacy.tokens import Doc, Token

from ..actors import ActorLayer
from ..datafiles import constants, words_by_kind
from ..events.ontology import load_ontology
from ..records import Event
from ..rules import declare
from .extract import ALIGNMENT, Finding, party_at

RECIPROCAL_OBJECT = declare(
    "stances.relations.reciprocal_object",
    "'X and Y attacked each other on Z', 'praised one another', 'fought with each other': "
    "an event's verb with joined subjects and a reciprocal pronoun for its object sets each "
    "subject towards the others with the event's quad sign (no meeting, nothing negated); "
    "their issue positions read at that verb are the quarrel's matter, left out (session "
    "59 RS, issue 14)",
    order=58.6,
)
_DATA = "stances/aimed_together.tsv"
_OBJECTS = frozenset({"dobj", "obj", "pobj"})
_NO_ALIGNMENT = frozenset({"CONSULT"})  # "met each other": a meeting takes no side
_NEGATED = frozenset({"negated", "not"})


@lru_cache(maxsize=1)
def _reciprocal() -> frozenset[str]:
    return words_by_kind(_DATA, ("aim_prep", "act_aim_prep", "reciprocal"))["reciprocal"]


def _is_reciprocal(tok: Token) -> bool:
    return " ".join(t.lower_ for t in tok.subtree) in _reciprocal()


def _reciprocal_object(verb: Token) -> bool:
    """The verb's direct object, or its preposition's object, is 'each other'."""
    for c in verb.children:
        if c.dep_ in _OBJECTS and _is_reciprocal(c):
            return True
        if c.dep_ == "prep" and any(p.dep_ in _OBJECTS and _is_reciprocal(p) for p in c.children):
            return True
    return False


def _subjects(actors: ActorLayer, verb: Token) -> list[str]:
    """The parties the verb's joined subject names ('X and Y'; 'the two, X and Y')."""
    found: list[str] = []
    for subj in (c for c in verb.children if c.dep_ == "nsubj"):
        heads = [subj, *subj.conjuncts]
        heads += [a for a in subj.children if a.dep_ == "appos"]
        heads += [k for a in subj.children if a.dep_ == "appos" for k in a.conjuncts]
        found += [p for t in heads if (p := party_at(actors, t)) is not None]
    return list(dict.fromkeys(found))


def _verb(doc: Doc, event: Event) -> Token | None:
    span = doc.char_span(event.trigger.start, event.trigger.end, alignment_mode="expand")
    if span is None:
        return None
    verbs = [t for t in span if t.pos_ == "VERB" and t.dep_ != "aux"]
    return verbs[0] if len(verbs) == 1 else None


def _sign(event_type: str) -> int | None:
    if event_type.upper() in _NO_ALIGNMENT:
        return None
    try:
        return 1 if load_ontology().type_of(event_type).cooperative else -1
    except KeyError:
        return None


def reciprocal_findings(
    doc: Doc, actors: ActorLayer, events: Iterable[Event]
) -> tuple[list[Finding], Callable[[Finding], bool]]:
    """(the positions of each reciprocal act's subjects towards each other, a test of the
    findings that are those subjects' issue positions read at its verb or from its event:
    the quarrel's matter, to leave out)."""
    added: list[Finding] = []
    quarrels: dict[int, tuple[str, frozenset[str]]] = {}  # verb index -> (event id, parties)
    weight = constants("stances")["narrated_relation"]
    for e in events:
        sign = _sign(e.type)
        if sign is None or (e.mode or "").lower() in _NEGATED or e.target:
            continue
        verb = _verb(doc, e)
        if verb is None or not _reciprocal_object(verb):
            continue
        parties = _subjects(actors, verb)
        if len(parties) < 2:
            continue
        sent = verb.sent
        quarrels[verb.i] = (e.id, frozenset(parties))
        added += [
            Finding(
                holder=a,
                frame=ALIGNMENT,
                args=frozenset({b}),
                polarity=sign,
                confidence=round(weight * e.confidence, 3),
                start=sent.start_char,
                end=sent.end_char,
                evidence=[e.id],
                cue=verb.i,
                notes=("reciprocal-object",),
            )
            for a, b in permutations(parties, 2)
        ]
    by_event = {ev: parties for ev, parties in quarrels.values()}

    def matter(f: Finding) -> bool:
        """An issue position of a quarrel's subject read at its verb or from its event."""
        if f.frame == ALIGNMENT and f.args:
            return False
        if f.cue is not None and f.cue in quarrels and f.holder in quarrels[f.cue][1]:
            return True
        return any(f.holder in by_event.get(ev, ()) for ev in f.evidence)

    return added, matter
