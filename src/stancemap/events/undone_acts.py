"""An act that ends or undoes what its object names is a rejection of it, not that act.

Session 62 (engineer EL, issue 12: events read backwards). The tree reads a cooperative
noun as its own event wherever no verb above it is coded: "the US terminated an agreement
with the EU" read AGREE (events_tune_s60bbc, judged wrong: "act is termination (REJECT); US
source missing"), "Mr Blair went back on a pledge to Mr Brown" read AGREE twice (judged
wrong: "reneging, not agreeing"). The CAMEO verb dictionary codes these acts as the end of
the relation, never as the act named: "CANCEL * DEAL", "RENEGE (ON DEAL)", "REVOKE *
RECOGNITION" [160], "CANCEL * MEETING", "* {PEACE TALK}" [164], "SCRAP * PROJECT" [160];
the tune judges call them REJECT. Which verbs end or undo is read from WordNet
(``data/events/undoing_verbs.txt``, ``undoing_import.py``: terminate, cancel, call off,
revoke, renege (on), go back on, scrap, ditch, abandon, back out, pull out, break off ...),
and a noun of one of them ("the cancellation of the deal", "an end to the alliance") by
the tree's nominalisation table (``lexicon.verbs_of_noun``).

Rule ``events.sense.undone_act``: a cooperative reading (AGREE, CONSULT, COOPERATE, AID,
SUPPORT) on a noun that is the object of such a verb - its direct object, its passive
subject ("the deal was scrapped") or the object of its on/of/from ("reneged on a deal",
"pulled out of the talks", "withdrew from the treaty") - or the of/to/from object of a noun
of such a verb ("the cancellation of the visit", "an end to the alliance"), is the
rejection of that act: REJECT, the code of refusing it (``codes.reject_code``: "reject a
plan or settlement", "reject material cooperation", 120), its trigger widened to the verb,
its source the undoing verb's subject (none where that names no actor: "the prime
minister"), its target the undone act's other parties. "agreed to end the war",
"concluded an agreement" (completing is no undoing), "ended a policy meeting" (a meeting
that ends is over: CAMEO "END * MEETING" is 040) and "scrapped the tax" (no act) stay.
"""

from __future__ import annotations

from dataclasses import replace
from functools import lru_cache

from spacy.tokens import Token

from ..datafiles import word_list
from ..rules import rule
from . import arguments as args
from .codes import reject_code
from .lexicon import verbs_of_noun
from .lexnames import noun_lexnames
from .parts import DocContext, Frame

UNDONE_ACT = "events.sense.undone_act"
UNDOING_VERBS = "events/undoing_verbs.txt"
# the acts whose undoing is a refusal of them: an agreement, a meeting, cooperation, aid
UNDOABLE = frozenset({"AGREE", "CONSULT", "COOPERATE", "AID", "SUPPORT"})
OBJECTS = ("dobj", "obj", "nsubjpass")
# "reneged on a deal", "pulled out of the talks", "withdrew from the treaty"
VERB_PREPS = ("on", "of", "from")
# "the cancellation of the visit", "an end to the alliance", "withdrawal from the pact"
NOUN_PREPS = ("of", "to", "from")
SUBJECTS = ("nsubj",)
# WordNet end.v.02's own members: a meeting or talks that end are over, not undone (CAMEO:
# "END * MEETING" [040], "CANCEL * MEETING" [164]; PolNeAR tune "Japan's central bank ended a
# policy meeting on Friday")
ENDING = frozenset({"end", "terminate"})
HELD = frozenset({"CONSULT"})
# a thing thrown away is no act undone: "flung her arms around me" ("fling" is a kind of
# get_rid_of.v.01; "arms" read AID on PolNeAR tune): the noun's first WordNet sense
THINGS = frozenset(
    {"noun.artifact", "noun.object", "noun.substance", "noun.body", "noun.food", "noun.plant"}
)


@lru_cache(maxsize=1)
def undoing_verbs() -> frozenset[str]:
    """ "terminate", "scrap", "renege on", "go back on", "pull out" (``undoing_verbs.txt``)."""
    return word_list(UNDOING_VERBS)


def _particle(verb: Token, child: Token) -> bool:
    """A particle of the verb, or the adverb right after it the parser took for none ("went
    back on a pledge": "back" an advmod)."""
    return child.dep_ == "prt" or (
        child.dep_ == "advmod" and child.pos_ == "ADV" and child.i == verb.i + 1
    )


def _names(verb: Token, prep: Token | None) -> set[str]:
    """The verb's lemma, with its particles and the preposition: "go back on", "pull out"."""
    lemma = verb.lemma_.lower()
    particles = " ".join(c.lower_ for c in verb.children if _particle(verb, c))
    names = {lemma, f"{lemma} {particles}".strip()}
    if prep is not None:
        names |= {f"{name} {prep.lower_}" for name in set(names)}
    return names


def _undoing_noun(noun: Token) -> bool:
    """ "cancellation", "end", "termination", "withdrawal": a noun of an undoing verb."""
    lemma = noun.lemma_.lower()
    words = undoing_verbs()
    return lemma in words or any(v in words for v in verbs_of_noun(lemma, speech=False))


def undoing_verb(noun: Token) -> Token | None:
    """The verb or noun of ending or undoing that takes ``noun`` (or the first of its
    conjuncts) as its object, else None."""
    while noun.dep_ == "conj" and noun.head.pos_ in ("NOUN", "PROPN"):
        noun = noun.head  # "ended their alliance and two joint ventures"
    head = noun.head
    if noun.dep_ in OBJECTS and head.pos_ == "VERB":
        return head if _names(head, None) & undoing_verbs() else None
    if noun.dep_ != "pobj" or head.dep_ not in ("prep", "dative"):
        return None
    above = head.head
    if above.pos_ == "VERB" and head.lower_ in VERB_PREPS:
        return above if _names(above, head) & undoing_verbs() else None
    if above.pos_ == "NOUN" and head.lower_ in NOUN_PREPS and _undoing_noun(above):
        return above
    return None


def _noun_of(frame: Frame, tok: Token) -> Token | None:
    """The noun the reading is told with: the trigger noun, or the object noun of a light
    or multiword trigger ("went back on a pledge")."""
    if frame.nominal or tok.pos_ in ("NOUN", "PROPN"):
        return tok
    nouns = [t for t in frame.tokens if t.pos_ == "NOUN" and t.i != tok.i]
    return nouns[0] if nouns else None


def _subject_actors(verb: Token, ctx: DocContext) -> list[str] | None:
    """The actors the undoing verb's subject names ([] for an unread "the prime minister");
    None where it has no subject ("the deal was scrapped")."""
    subjects = [c for c in verb.children if c.dep_ in SUBJECTS]
    if not subjects and verb.dep_ in ("xcomp", "conj"):  # "agreed to scrap", "met and ended"
        subjects = [c for c in verb.head.children if c.dep_ in SUBJECTS]
    if not subjects:
        return None
    out: list[str] = []
    for subject in subjects:
        out += [a for a in args.phrase_actors(subject, ctx.actors) if a not in out]
    return out


@rule(
    UNDONE_ACT,
    order=33.2,
    doc="'terminated an agreement', 'reneged on a deal', 'pulled out of the talks', 'the "
    "cancellation of the visit': a cooperative reading on a noun that a verb or noun of ending "
    "or undoing takes as object (WordNet, undoing_verbs.txt) is the REJECT of it (CAMEO "
    "160/164 'cancel deal/meeting'), by the undoing verb's subject",
)
def undone_act(frame: Frame, tok: Token, ctx: DocContext) -> Frame | None:
    if frame.type not in UNDOABLE:
        return frame
    noun = _noun_of(frame, tok)
    if noun is None or noun_lexnames().get(noun.lemma_.lower()) in THINGS:
        return frame
    verb = undoing_verb(noun)
    if verb is None or (frame.type in HELD and verb.lemma_.lower() in ENDING):
        return frame
    subject = _subject_actors(verb, ctx) if verb.pos_ == "VERB" else None
    source = frame.source if subject is None else subject
    # the undone act's other parties are the rejected ones: "went back on a pledge to X"
    target = [a for a in dict.fromkeys([*frame.source, *frame.target]) if a not in source]
    start = min(frame.trigger[0], verb.idx)
    end = max(frame.trigger[1], verb.idx + len(verb))
    return replace(
        frame,
        code=reject_code(frame.code or ""),
        type="REJECT",
        trigger=(start, end),
        source=source,
        target=target,
    )
