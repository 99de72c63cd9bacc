"""A request asks for an act: one whose only complement states a fact is no event.

Session 66 (engineer EP, issue 12: readings that are no event at all). On the judged tune
files REQUEST is read on a verb of saying whose complement is a plain statement: "suggested
that Trump was vulnerable", "has suggested that the United States could simply default",
"insisted that his negotiating position will be strongest", "hoped the meeting would be a
moment of catharsis", "UK needs tax cuts, Tories insist". The judges call them no event
(plain speech, docs/judging.md): nothing is asked of anyone. A demand or an appeal names
the act it asks for - a deontic modal ("should curb their complaints", "must move
immediately"), a subjunctive ("urged that everyone take a deep breath"), an infinitive or
an object ("urged X to", "called for X").

Rule ``events.sense.stated_request``: a REQUEST read on an active verb with no direct
object, no open complement (``xcomp``) and no prepositional object, whose clausal
complement (``ccomp``, after the verb, with its own subject) is a statement - its verb is
finite in the past or third person present (VBD, VBZ), or carries a modal of prediction or
possibility (will, would, could, can, may, might, 'd, 'll) or a finite perfect or passive
auxiliary (has, is, was; a bare 'be' is a subjunctive: 'demanded that the troops be withdrawn') -
and holds no deontic word (should, must, ought, need to, have to): no event (dropped). A
bare verb with no auxiliary (a subjunctive), a VBP and a past spelt as its base ('demanding
that they let go of their restraint', read on PolNeAR tune firings) may be one: kept.

Tune: 6 no-event and 2 wrong readings dropped, 0 right lost; on the judged check files it loses
2 right events and 4 right relations (a stated request is often a judgement about its
target, the pair's only hostile evidence: docs/benchmarks.md session 66 EP). Read once the parties are
final (``stage.py``), as the other sense rules of the stage.
"""

from __future__ import annotations

from spacy.tokens import Doc, Token

from ..nlp import modality as mod
from ..rules import declare
from .parts import Coded

Read = tuple[Coded, float | None]  # a reading and its learned reality

STATED_REQUEST = declare(
    "events.sense.stated_request",
    "'suggested that Trump was vulnerable', 'insisted that his position will be strongest' - "
    "a REQUEST on a verb whose only complement is a clause stating a fact (finite past or "
    "present, or a modal of prediction, no should/must/ought/need) asks for nothing: no "
    "event (dropped)",
)

# English closed classes: what a demand's complement carries, and what a statement's does
# (the modal sets the clause tests of nlp/modality.py read; "shall" is deontic here, and
# ``stated`` asks for obligation first)
DEONTIC = frozenset(mod.OBLIGATION_AUX | {"must", "shall"})
PREDICTIVE = (
    frozenset(mod.FUTURE_AUX | mod.HYPOTHETICAL_AUX | {"would", mod.CONTRACTED_WOULD, "ca"})
    - DEONTIC
)
# finite perfect or passive auxiliaries: a bare "be" or "have" is a subjunctive ("demanded
# that the troops be withdrawn"), so it states nothing
STATING_AUX = frozenset(
    {"has", "had", "is", "are", "am", "was", "were", "been", "'s", "'re", "'ve"}
)
SEMI_DEONTIC = frozenset({"need", "have", "has", "had", "got"})  # "need to", "have to"
STATED_TAGS = frozenset({"VBD", "VBZ"})
OBJECT_DEPS = frozenset({"dobj", "xcomp", "dative", "iobj", "nsubjpass", "auxpass", "attr"})


def _complement(verb: Token) -> Token | None:
    """The verb's clausal complement after it, with its own subject, if it has one."""
    for child in verb.children:
        if child.dep_ in OBJECT_DEPS:
            return None
        if child.dep_ == "prep" and child.lower_ in {"for", "on", "upon", "to", "with"}:
            return None
    found = [c for c in verb.children if c.dep_ == "ccomp" and c.i > verb.i]
    if len(found) != 1:
        return None
    clause = found[0]
    if not any(c.dep_ in ("nsubj", "nsubjpass", "expl") for c in clause.children):
        return None
    return clause


def _deontic(clause: Token) -> bool:
    """A word of obligation on the clause's verb: should, must, ought; need to, have to."""
    for child in clause.children:
        if child.dep_ in ("aux", "auxpass") and child.lower_ in DEONTIC:
            return True
    if clause.lemma_.lower() in SEMI_DEONTIC and any(
        c.dep_ == "xcomp" and any(m.lower_ == "to" for m in c.children) for c in clause.children
    ):
        return True
    return clause.lower_ in DEONTIC


def stated(clause: Token) -> bool:
    """Whether a complement clause states (rather than asks for) something."""
    if _deontic(clause):
        return False
    auxes = [c.lower_ for c in clause.children if c.dep_ in ("aux", "auxpass")]
    if any(a in PREDICTIVE or a in STATING_AUX for a in auxes):
        return True
    # a past form spelt as its base ("demanding that they let go") may be a subjunctive
    bare_spelt = clause.lower_ == clause.lemma_.lower()
    return not auxes and clause.tag_ in STATED_TAGS and not bare_spelt


def stated_request(doc: Doc, item: Coded) -> bool:
    """A REQUEST read on a verb whose only complement is a stated clause."""
    if item.type != "REQUEST":
        return False
    span = doc.char_span(*item.trigger, alignment_mode="expand")
    if span is None or len(span) != 1:
        return False
    verb = span[0]
    if verb.pos_ not in ("VERB", "AUX"):
        return False
    clause = _complement(verb)
    return clause is not None and stated(clause)


def without_stated_requests(doc: Doc, coded: list[Read]) -> list[Read]:
    """The stage's readings but the requests ``stated_request`` drops."""
    return [pair for pair in coded if not stated_request(doc, pair[0])]
