"""Criticism that comes from a named person: 'Y came under fire from X', 'Y faced attacks
from X', 'amid attacks from X' (session 59, engineer CA; issue 14, the 2016 shifts).

Campaign stories often tell that one candidate went after another from the side of the one
attacked: "Cruz has sharpened his language amid attacks from Senator Rubio", "Trump came
under fire from Christie", "Clinton brushed off criticism from Sanders". The attacker is
then no subject and no possessor, so no statement, event or relation rule reads the pair
(``criticism_aimed`` reads the noun only with an "on"/"at" target and a possessor or subject
holding it). In a sample of 25 PolNeAR tune articles naming two 2016 candidates (session
59 CA, docs/benchmarks.md) a noun of attack or criticism was the most frequent cause of a
missed relation between two named people.

- ``stances.relations.criticism_from``: a noun with a WordNet sense of criticism (the
  same ``data/stances/criticism_nouns.txt`` as ``criticism_aimed``, built by
  ``stances.criticism_import``: attack, fire, blast, criticism, rebuke) with a "from" or
  "by" phrase naming one person X (the critic) is aimed at its own "on"/"at"/"against"
  person where it has one ("attacks from X on Y"); else at the named subject Y of the verb
  it hangs on - or, where that verb has none, of the verb controlling it (a coordinated
  or controlled verb, a participle clause) - as that verb's object ("Y faced/drew
  criticism from X"), in an "under", "amid", "despite", "against" or "to" phrase ("Y came
  under fire from X", "Y responded to attacks from X"), or under the "off" the parser
  gives a phrasal verb as a preposition ("Y brushed off criticism from X"): X is against
  Y. One critic only ("attacks from X and Z" would side X with Z through their shared
  target); only people (a pronoun linked to a person counts); none where a verb the
  reporting lexicon gives as speech holds the noun ("Y echoed the criticism from X": Y
  only repeats it), or a support verb of an attack noun (``campaign.tsv`` light rows: "Y
  launched attacks from the stage").
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from spacy.tokens import Token

from ..nlp.reporting import speech_verbs
from ..rules import declare
from .campaign import campaign_words
from .contests import opposed_finding, people, subject_person
from .criticism_aimed import criticism_nouns
from .extract import Finding
from .topics import lemma

if TYPE_CHECKING:
    from .relations import Context

CRITICISM_FROM = declare(
    "stances.relations.criticism_from",
    "'Y came under fire from X', 'Y faced attacks from X': a noun with a WordNet sense of "
    "criticism (data/stances/criticism_nouns.txt) with 'from'/'by' a person X, aimed at its "
    "own 'on'/'at'/'against' person, else at the named subject of the verb it is the object "
    "of or whose 'under'/'amid'/'despite'/'against'/'to' phrase holds it: X is against Y",
    order=20.67,
)
NOTE = "criticism-from"
_SOURCE = frozenset({"from", "by"})
_AIMED = frozenset({"on", "at", "against"})
_UNDERGONE = frozenset({"under", "amid", "amidst", "despite", "against", "to", "off"})
_OBJECT_DEPS = frozenset({"dobj", "obj"})


def _persons_of(ctx: Context, noun: Token, preps: frozenset[str]) -> list[str]:
    """The people named by the noun's own phrases headed by one of ``preps``."""
    return [
        p
        for prep in noun.children
        if prep.dep_ == "prep" and prep.lower_ in preps
        for obj in prep.children
        if obj.dep_ == "pobj"
        for p in people(ctx, obj)
    ]


def _undergoer(ctx: Context, noun: Token) -> str | None:
    """The named subject of the verb that holds the noun: as its object ('faced attacks
    from X'), or through an undergoing phrase ('came under fire from X'). No one where the
    verb is one of speech or an attack noun's support verb."""
    verb: Token | None = None
    if noun.dep_ in _OBJECT_DEPS and noun.head.pos_ == "VERB":
        verb = noun.head
    elif (
        noun.dep_ == "pobj"
        and noun.head.lower_ in _UNDERGONE
        and noun.head.head.pos_ in ("VERB", "AUX")
    ):
        verb = noun.head.head
    if verb is None:
        return None
    verb_lemma = lemma(verb)
    if verb_lemma in speech_verbs() or verb_lemma in campaign_words().light:
        return None
    return _climbed_subject(ctx, verb)


def _climbed_subject(ctx: Context, verb: Token) -> str | None:
    """The named subject of ``verb``; with no subject of its own, of the verb that controls
    it ("to demonstrate ..." under "X has sharpened ... and"; "X, facing attacks from Z,")."""
    node = verb
    for _ in range(4):
        if any(c.dep_ in ("nsubj", "nsubjpass") for c in node.children):
            return subject_person(ctx, node)
        controlled = node.dep_ in ("xcomp", "conj") or (
            node.dep_ == "advcl" and node.tag_ in ("VBG", "VBN")
        )
        if not controlled or node.head.i == node.i:
            return None
        node = node.head
    return None


def criticism_from(tok: Token, ctx: Context) -> list[Finding]:
    """'Y came under fire from X': the critic X against the one criticised, Y."""
    if tok.pos_ != "NOUN" or lemma(tok) not in criticism_nouns():
        return []
    critics = list(dict.fromkeys(_persons_of(ctx, tok, _SOURCE)))
    if len(critics) != 1:
        return []  # "attacks from X and Z": X and Z would side with each other
    targets = list(dict.fromkeys(_persons_of(ctx, tok, _AIMED)))
    if not targets:
        undergoer = _undergoer(ctx, tok)
        targets = [] if undergoer is None else [undergoer]
    conf = round(
        float(ctx.table["narrated_relation"]) * float(ctx.table["between_wordnet_weight"]), 3
    )
    return [
        opposed_finding(ctx, tok, critics[0], target, conf, NOTE)
        for target in targets
        if target != critics[0]
    ]
