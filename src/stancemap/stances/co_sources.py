"""Co-sources of a hostile act are one side unless the act is mutual (session 67 RQ, issue 14).

"US warplanes and Afghan forces had launched extensive attacks on the network of caves",
"Banking staff at Westpac and the National Australia Bank are striking today", "the
Americans were beaten by Swiss pair Martina Hingis and Roger Federer", "Kyle Hupfer and C.
Rick Martin declined to rule out any of the three candidates": the events stage reads one
hostile event with two or more sources and no target (what they acted on is no actor), and
``alignment.score.co_sources`` reads such an event as one between its sources, as it must
for "Turkey and Romania clash". On the judged relations tune files every such reading of a
hostile act was not right (session 66 RS: 5 of 5; session 67: 4 of 4 - allies, one side,
team-mates). Two narrower rules took one shape each and stay off: an object of the verb's
own (``stances.relations.joint_subject_act``, session 58) and a preposition of aim after the
trigger (``alignment.relations.aimed_together_apart``, session 52).

``stances.relations.co_sources_together`` turns the default around: the sources of a
hostile act (the conflict types ``alignment.score.co_sources`` reads between its sources:
ASSAULT, FIGHT, ACCUSE, REJECT, THREATEN, COERCE) with no target acted together - no
rivals by the coordination, as with "both" (``alignment.score.co_sources_each``) - unless
the act is mutual by its words:

- a reciprocal pronoun after the trigger in its sentence ("attacked each other", "fought
  one another": the 'reciprocal' kind of ``data/stances/aimed_together.tsv``), or
- the trigger holds a word of a mutual contest (WordNet 3.0, ``stances/mutual_import.py``:
  ``data/stances/mutual_verbs.txt`` - clash, quarrel, feud, fight, compete, argue, war,
  skirmish, bicker ...; ``mutual_nouns.txt`` - clash, quarrel, feud, fight, war, dispute,
  rivalry's kin) used with no aim of its own: no direct object (other than another mutual
  noun: "waged war"), no 'against' / 'with' phrase naming something else ("clashed with
  police", a verb; "war on terror", "attacks at", a noun: also 'on', 'at', 'upon'), and not
  passive ("were beaten by X and Y": the doers did it to the subject).

"X and Y clashed", "X and Y feuded for years", "quarrelled over the budget" (the matter)
stay rivals; "X and Y attacked the plan", "criticised the cuts", "are striking", "declined
to rule out" are no pair of X and Y. The parse is read here, where the stage has it; the
alignment stage reads the ids as it reads ``joint_subject_act``'s (``pipeline._joint_acts``).
"""

from __future__ import annotations

from collections.abc import Iterable
from functools import lru_cache

from spacy.tokens import Doc, Span, Token

from ..datafiles import word_list, words_by_kind
from ..nlp.lemmas import lemma
from ..records import Event
from ..rules import declare

CO_SOURCES_TOGETHER = declare(
    "stances.relations.co_sources_together",
    "two or more sources of a hostile act (ASSAULT, FIGHT, ACCUSE, REJECT, THREATEN, COERCE) "
    "with no target acted together - no rivals by the coordination (alignment.score."
    "co_sources), as with 'both' - unless the act is mutual: a reciprocal pronoun after the "
    "trigger ('attacked each other') or a WordNet word of a mutual contest "
    "(data/stances/mutual_verbs.txt, mutual_nouns.txt: clash, quarrel, feud, fight, war) "
    "with no object, 'against'/'with' aim or passive of its own ('X and Y clashed' stays; "
    "'X and Y attacked the plan', 'are striking', 'were beaten by X and Y' do not) (session "
    "67 RQ, issue 14)",
    order=58.7,
)
# the conflict types alignment.score.co_sources reads between the sources of an event with
# no target (constants.toml reciprocal_types, less the cooperation ones)
HOSTILE = frozenset({"ASSAULT", "FIGHT", "ACCUSE", "REJECT", "THREATEN", "COERCE"})
_OBJECTS = frozenset({"dobj", "obj"})
# prepositions naming what a mutual act is aimed at: after a verb 'against' (the
# 'aim_prep' kind of aimed_together.tsv) and 'with' ("clashed with police"); after the
# act's noun also its 'act_aim_prep' kind ("war on terror", "attacks at the border")
_VERB_AIM = frozenset({"with"})
_DATA = "stances/aimed_together.tsv"


@lru_cache(maxsize=1)
def _kinds() -> dict[str, frozenset[str]]:
    return words_by_kind(_DATA, ("aim_prep", "act_aim_prep", "reciprocal"))


@lru_cache(maxsize=1)
def mutual_verbs() -> frozenset[str]:
    """WordNet's verbs of a mutual contest (``stances/mutual_import.py``)."""
    return word_list("stances/mutual_verbs.txt")


@lru_cache(maxsize=1)
def mutual_nouns() -> frozenset[str]:
    """The nouns WordNet derives from them."""
    return word_list("stances/mutual_nouns.txt")


def _reciprocal_after(span: Span) -> bool:
    """Whether a reciprocal pronoun follows the trigger in its sentence."""
    words = " ".join(t.lower_ for t in span.doc[span.start : span.sent.end])
    return any(r in words for r in _kinds()["reciprocal"])


def _aimed(tok: Token, noun: bool) -> bool:
    """Whether the act word takes an aim of its own: a direct object (no reciprocal
    pronoun, no mutual noun), an 'against'/'with' phrase (for a noun also 'on'/'at'/
    'upon') naming something, or a passive (its doers in a 'by' phrase)."""
    kinds = _kinds()
    aims = kinds["aim_prep"] | _VERB_AIM | (kinds["act_aim_prep"] if noun else frozenset())
    for c in tok.children:
        if c.dep_ in ("auxpass", "nsubjpass", "agent"):
            return True
        if c.dep_ in _OBJECTS:
            words = " ".join(t.lower_ for t in c.subtree)
            if words not in kinds["reciprocal"] and lemma(c) not in mutual_nouns():
                return True
        if c.dep_ == "prep" and c.lower_ in aims:
            for p in c.children:
                if (
                    p.dep_ == "pobj"
                    and " ".join(t.lower_ for t in p.subtree) not in kinds["reciprocal"]
                    and p.lower_ not in ("each", "one")
                ):
                    return True
    return False


def mutual(span: Span) -> bool:
    """Whether the trigger ``span`` tells an act two parties do to each other."""
    if _reciprocal_after(span):
        return True
    for tok in span:
        if tok.pos_ == "VERB" and lemma(tok) in mutual_verbs() and not _aimed(tok, False):
            return True
        if tok.pos_ == "NOUN" and lemma(tok) in mutual_nouns() and not _aimed(tok, True):
            return True
    return False


def together_acts(doc: Doc, events: Iterable[Event]) -> frozenset[str]:
    """Ids of the hostile events of several sources and no target whose trigger tells no
    mutual act (rule ``stances.relations.co_sources_together``)."""
    out: set[str] = set()
    for e in events:
        if e.type.upper() not in HOSTILE or len(set(e.source)) < 2 or e.target:
            continue
        span = doc.char_span(e.trigger.start, e.trigger.end, alignment_mode="expand")
        if span is None or mutual(span):
            continue
        out.add(e.id)
    return frozenset(out)
