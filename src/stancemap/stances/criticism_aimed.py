"""Criticism aimed at a named person: 'concentrating her fire on Y', 'X's potshot at Y'
(session 43, engineer RS; issue 14).

A story often tells that one person went after another only by a noun of criticism aimed
"on" or "at" the other, held by its possessor or by the subject of the verb it is the
object of ("Mrs. Clinton ... concentrating her fire on Mr. Trump"); the campaign rules read
such a noun only where data/stances/campaign.tsv lists it with that preposition and only
under its possessor or a support verb ("X's attacks on Y", "X unleashed attacks on Y").

- ``stances.relations.criticism_aimed``: a noun one of whose WordNet senses is, or lies
  under, criticism.n.01 (``data/stances/criticism_nouns.txt``, built by
  ``stances.criticism_import``: fire, attack, blast, potshot, rebuke, reproach), with an
  "on", "at" or "against" phrase naming person Y - its own, or, when the noun is a verb's
  object, the verb's after the noun ("directed her fire at Y", where the parse hangs "at"
  on the verb) - held by its person possessor ("her fire on Y") or, with no possessor, by
  the named subject of the verb whose object it is ("X aimed a potshot at Y"): X is against
  Y (one finding per person named: "on Y and, to a lesser degree, Z" sets X against both;
  Y and Z are not thereby aligned). Both sides people. A reading the campaign rules already
  make (a campaign.tsv noun with that preposition, under a possessor or a support verb) is
  left to them.
"""

from __future__ import annotations

from functools import lru_cache
from typing import TYPE_CHECKING

from spacy.tokens import Token

from ..datafiles import word_list
from ..rules import declare
from .campaign import campaign_words
from .contests import opposed_finding, people, person, subject_person
from .extract import Finding
from .topics import lemma

if TYPE_CHECKING:
    from .relations import Context

CRITICISM_AIMED = declare(
    "stances.relations.criticism_aimed",
    "'concentrating her fire on Y', 'X aimed a potshot at Y': a noun with a WordNet sense "
    "of criticism (data/stances/criticism_nouns.txt) with 'on'/'at'/'against' a person Y "
    "(its own phrase, or its verb's), held by its person possessor, else by the named "
    "subject of the verb whose object it is: X is against Y",
    order=20.66,
)
NOTE = "criticism-aimed"
_AIMED = frozenset({"on", "at", "against"})
_OBJECT_DEPS = frozenset({"dobj", "obj"})


@lru_cache(maxsize=1)
def criticism_nouns() -> frozenset[str]:
    """Nouns with a WordNet 3.0 sense of criticism (``criticism_import``)."""
    return word_list("stances/criticism_nouns.txt")


def _aimed_preps(noun: Token) -> list[Token]:
    """The noun's own "on"/"at"/"against" phrases; with none, for a verb's object, the
    verb's that come after the noun ("concentrated her fire on Y")."""
    own = [c for c in noun.children if c.dep_ == "prep" and c.lower_ in _AIMED]
    if own or noun.dep_ not in _OBJECT_DEPS or noun.head.pos_ != "VERB":
        return own
    return [
        c for c in noun.head.children if c.dep_ == "prep" and c.lower_ in _AIMED and c.i > noun.i
    ]


def _holder(ctx: Context, noun: Token) -> str | None:
    """Its person possessor; with none, the named subject of the verb whose object the
    noun is. A possessor naming no person gives no one."""
    owners = [c for c in noun.children if c.dep_ == "poss"]
    if owners:
        return next((p for o in owners if (p := person(ctx, o)) is not None), None)
    if noun.dep_ not in _OBJECT_DEPS or noun.head.pos_ != "VERB":
        return None
    return subject_person(ctx, noun.head)


def _campaign_reads(noun: Token, prep: Token) -> bool:
    """Whether a campaign rule reads this noun and preposition already: a campaign.tsv
    noun row under a possessor (``campaign.noun``) or a support verb (``light_verb``)."""
    words = campaign_words()
    if (lemma(noun), lemma(prep)) not in words.noun:
        return False
    owned = any(c.dep_ == "poss" for c in noun.children)
    return owned or (noun.dep_ in _OBJECT_DEPS and lemma(noun.head) in words.light)


def criticism_aimed(tok: Token, ctx: Context) -> list[Finding]:
    """'Her fire on Y': the criticism's holder against each person it is aimed at."""
    if tok.pos_ != "NOUN" or lemma(tok) not in criticism_nouns():
        return []
    preps = [p for p in _aimed_preps(tok) if not _campaign_reads(tok, p)]
    if not preps:
        return []
    holder = _holder(ctx, tok)
    if holder is None:
        return []
    targets = [
        p
        for prep in preps
        for o in prep.children
        if o.dep_ == "pobj"
        for p in people(ctx, o)
        if p != holder
    ]
    conf = round(
        float(ctx.table["narrated_relation"]) * float(ctx.table["between_wordnet_weight"]), 3
    )
    return [opposed_finding(ctx, tok, holder, t, conf, NOTE) for t in dict.fromkeys(targets)]
