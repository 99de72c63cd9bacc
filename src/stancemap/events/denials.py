"""A denial is a rejection: "X denied (that) Y ...", "X denies any wrongdoing".

Session 61 (engineer CE, issue 12: the story's core event missed on business and political
news). Of the 120 judged-missed core events of the tune files whose trigger is a word
(events_tune_s41, s51lee, s52lee, s60bbc), 72 had no reading at all, even with the learned
reality's drop off and no clause consumed; denials were among them ("has denied
responsibility", "have denied any wrongdoing"), and a BBC politics story tells
its core event with one ("Michael Howard has denied his shadow cabinet was split"; the
BBC politics and business folders use "deny" 141 times in 107 of their 927 articles). The
convention (docs/judging.md, "Verbal acts are events") codes denying as PLOVER REJECT; the
tree read it only where the object is a charge noun ("denied the allegations",
``rejected_charges.py``): the CAMEO verb dictionary codes "DENY * RESPONSIBILITY" 016, a
public statement that CAMEO2PLOVER does not carry into PLOVER, and gives "deny" no bare
code, so a denied clause, gerund or guilt read nothing.

Rule ``events.frame.denial``: a verb whose most frequent WordNet sense is deny.v.01 ("declare
untrue") or a kind of it (``data/events/denial_words.tsv``, ``denial_import.py``), active,
with one object at most, that denies a finite clause ("denied (that) the cabinet was
split"), a gerund ("denied breaking the rules") or a guilt (the dictionary's 016 objects and
WordNet's wrongdoing: "responsibility", "involvement", "wrongdoing", "fraud") gets a REJECT row
(CAMEO 120) where no lexicon row reads it; its subject is the source, and what the denied
clause says of its own subject makes no target ("claim_subjects"). The denial takes only its
verb (``coder``): what is denied is read as the tree reads it without the rule, so the rule
only adds the REJECT (a first version took the denied clause with the verb, as a verb's
complement goes with it; on the judged Lee check it lost a right reading inside a denied
clause). "was denied bail", "denied them access" (a refusal to grant, its own rows) are left
alone.

Session 61 CE2 (after the blind A/B of the check firings, 9 / 8 rule better, 7 / 7 default
better): ``denial_sides.py`` reads the denial's frame - none where the denial is one of
alternatives, where the denier is no political actor, or where a denied claim names no
political party and no guilt; the target is the accuser, never a party of what is denied.
"""

from __future__ import annotations

from functools import lru_cache

from spacy.tokens import Token

from ..datafiles import words_by_kind
from ..rules import declare
from .lexicon import TriggerEntry

DENIAL = declare(
    "events.frame.denial",
    "'X denied (that) Y was split', 'X denies any wrongdoing', 'denied breaking the rules': "
    "a verb of declaring untrue (WordNet deny.v.01) with a finite clause, a gerund or a guilt "
    "(CAMEO 016 objects, WordNet wrongdoing) is a REJECT by its subject where no row reads it; "
    "s61 CE2 (denial_sides.py): not as one of alternatives ('neither confirmed nor denied'), "
    "only by a political actor, not of a claim naming no political party or guilt ('reports "
    "of a bid'); its target the accuser (the claim's owner or 'by' phrase), else none",
    order=29.9,
)
DENIAL_ROW = "rule:denial"
REJECT_CODE = "120"
SUBJECTS = ("nsubj", "nsubjpass", "expl", "csubj")
TENSED = ("VBD", "VBZ", "VBP")


@lru_cache(maxsize=1)
def denial_words() -> dict[str, frozenset[str]]:
    """ "deny", "disavow" (verb); "responsibility", "wrongdoing", "fraud" (guilt)."""
    return words_by_kind("events/denial_words.tsv", ("verb", "guilt"))


def _finite_clause(comp: Token) -> bool:
    """A clause with its own subject whose verb, or an auxiliary of it, carries tense
    ("(that) the cabinet was split"); not "denied the men bail" misread as a clause."""
    if comp.pos_ not in ("VERB", "AUX") or not any(c.dep_ in SUBJECTS for c in comp.children):
        return False
    return comp.tag_ in TENSED or any(
        c.dep_ in ("aux", "auxpass") and c.tag_ in (*TENSED, "MD") for c in comp.children
    )


def _gerund(comp: Token) -> bool:
    """ "denied breaking the rules": an -ing complement with no subject of its own."""
    return comp.tag_ == "VBG" and not any(c.dep_ in SUBJECTS for c in comp.children)


def denied(verb: Token, objects: list[Token]) -> bool:
    """The verb denies a clause, a gerund or a guilt (and is a verb of denying)."""
    if verb.pos_ != "VERB" or verb.lemma_.lower() not in denial_words()["verb"]:
        return False
    if any(c.dep_ in ("nsubjpass", "auxpass", "dative", "prt") for c in verb.children):
        return False  # "was denied bail", "denied them access": a refusal to grant
    if len(objects) > 1:
        return False
    guilt = denial_words()["guilt"]
    for child in verb.children:
        if child.dep_ == "ccomp" and (_finite_clause(child) or _gerund(child)):
            return True
        if child.dep_ in ("xcomp", "dobj") and _gerund(child):
            return True
    return any(o.lemma_.lower() in guilt and o.pos_ == "NOUN" for o in objects)


def denial_row(verb: Token, objects: list[Token]) -> TriggerEntry | None:
    """A REJECT row for a verb that denies a clause, a gerund or a guilt, else None."""
    if not denied(verb, objects):
        return None
    return TriggerEntry(verb.lemma_.lower(), "V", "event", REJECT_CODE, (), "REJECT", DENIAL_ROW)
