"""An act told by a noun takes the mode of the clause that tells it (session 57, engineer MO).

Issue 12 (precision). Of the kept readings of the events tune files judged not right
because an unreal act was read as done, most of those the tree still read as asserted were
acts told by a noun: "we don't have a quarrel with Arafat", "voters have not been doing a
lot of investigating", "because of fear of Israeli bombing", "significant sanctions are
likely". Every mode test of ``events/finish.py`` but the noun's own negation ("no talks")
and the clause it sits in is skipped for a nominal frame (``not frame.nominal``), so the
negation or the modal of the verb whose object the noun is never reached it.

Rule ``events.mode.nominal_clause_mode``: a nominal event whose noun (or the quantity it is
"of": "a lot of investigating") is

- the direct object of a verb that carries the act it names (``act_carrying_verbs.txt``,
  from WordNet by ``nominal_modes_import``: have, hold, do, make, conduct, wage, impose) -
  takes that verb's negation ("did not have a quarrel", "nobody held talks"), its
  could/might/may/would (hypothetical) or its will (future); a verb of speech, thought or
  feeling passes none ("did not condemn the attacks" keeps the attacks);
- the direct object of a verb of fear or supposition (``nlp.modality.UNREAL_VERBS``: fear,
  expect, anticipate) or of a verb of plan in ``data/events/prospects.tsv`` ("planning
  attacks"), or the "of"/"for" complement of a noun of plan, call or chance there or of a
  noun of those fear verbs ("fear of bombing", "plans for talks") - takes the word's mode;
- the subject of an adjective of likelihood there ("sanctions are likely") - hypothetical.

Read from the parse only; shipped off, on since session 57 (blind A/B 5/0, shifts identical).
"""

from __future__ import annotations

from functools import lru_cache

from spacy.tokens import Token

from ..datafiles import word_list
from ..nlp import modality as mod
from ..rules import declare
from .nominal_modes_import import CARRYING
from .prospects import prospect_words

NOMINAL_CLAUSE_MODE = declare(
    "events.mode.nominal_clause_mode",
    "'we don't have a quarrel with X', 'have not been doing a lot of investigating', 'fear "
    "of Israeli bombing', 'sanctions are likely': an act told by a noun takes the negation, "
    "modal or future of the verb carrying it (WordNet: act_carrying_verbs.txt), or the mode "
    "of a verb, noun or adjective of fear, plan or likelihood governing it "
    "(data/events/prospects.tsv, nlp.modality.UNREAL_VERBS)",
    order=20,
)
# the prepositions a noun of plan or fear takes its act with: "fear of", "plans for"
NOUN_PREPS = ("of", "for")
REAL_MODES = ("attempt",)  # "an effort at talks": PLOVER codes the attempt as the act


@lru_cache(maxsize=1)
def carrying_verbs() -> frozenset[str]:
    """have, hold, do, make, conduct, ... (``data/events/act_carrying_verbs.txt``)."""
    return word_list(CARRYING)


def _prospect(word: Token, kind: str) -> str | None:
    words = prospect_words()
    for form in (word.lower_, word.lemma_.lower()):
        mode = words.get((kind, form))
        if mode is not None:
            return None if mode in REAL_MODES else mode
    if kind in ("verb", "noun") and word.lemma_.lower() in mod.UNREAL_VERBS:
        return "hypothetical"  # "feared attacks", "fear of bombing"
    return None


def _governing_noun(node: Token) -> Token | None:
    """The noun whose "of"/"for" phrase ``node`` is: "fear" of "fear of bombing"."""
    prep = node.head
    if node.dep_ not in ("pobj", "pcomp") or prep.lower_ not in NOUN_PREPS or prep.head.i == prep.i:
        return None
    return prep.head if prep.head.pos_ == "NOUN" else None


def told_by_noun(frame_nominal: bool, head: Token) -> bool:
    """The act is told by a noun: a nominal frame, or a gerund in a noun's place ("a lot of
    investigating", "doing the investigating")."""
    return frame_nominal or (head.tag_ == "VBG" and head.dep_ in ("pobj", "pcomp", "dobj"))


def nominal_mode(noun: Token) -> str | None:
    """The mode the clause gives the act its noun names: negated, hypothetical, future or
    None (read as it stands)."""
    node = noun
    for _ in range(2):
        above = _governing_noun(node)
        if above is None:
            break
        mode = _prospect(above, "noun")  # "fear of bombing", "plans for talks"
        if mode is not None:
            return mode
        if above.dep_ not in ("dobj", "pobj"):  # "a lot of investigating": the quantity's place
            break
        node = above
    verb = node.head
    # a direct object's head is a verb whatever its tag ("Villagers fear/NN strikes")
    if node.dep_ == "dobj" and verb.i != node.i:
        mode = _prospect(verb, "verb")  # "planning attacks", "expects sanctions"
        if mode is not None:
            negated = mod.is_negated([verb])
            return "negated" if negated and mode != "negated" else mode
        if verb.lemma_.lower() in carrying_verbs():
            if mod.is_negated([verb]) or mod.negative_subject(verb):
                return "negated"  # "don't have a quarrel with X", "nobody held talks"
            if mod.is_hypothetical([verb]):
                return "hypothetical"  # "could hold talks"
            if mod.is_future([verb]):
                return "future"  # "will hold talks"
        return None
    if node.dep_ in ("nsubj", "nsubjpass"):  # "sanctions are likely"
        for child in verb.children:
            if child.dep_ == "acomp":
                return _prospect(child, "adjective")
    return None
