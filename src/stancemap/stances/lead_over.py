"""A contestant's lead or win over another: 'her lead over Y', 'X's victory over Y'
(session 42, engineer BR; issue 14).

A story of a race often tells who stands against whom only by the lead or the win one
holds "over" the other ("Clinton won the primary, adding to her delegate lead over Sen.
Bernie Sanders"); no verb of attack lies between them, and the contest rules of
``stances.contests`` read "against" and "vs." only. The judges read such pairs as opposed
(docs/judging.md: rivals in one race).

- ``stances.relations.lead_over``: a noun whose most frequent WordNet sense is, or lies
  under, advantage.n.01 or victory.n.01 (``data/stances/lead_nouns.txt``, built by
  ``stances.lead_import``: lead, win, victory, landslide, triumph) with an "over" phrase
  naming one person Y (its own, or its verb's when it is the verb's object), held by its person possessor ("her lead over Y", "X's win over Y")
  or, with no possessor, by the named subject of the verb whose object it is ("X won a
  landslide over Y", "X extended a lead over Y"): X and Y are opposed. Both sides people
  (never a body or a country), one person over ("a lead over Y and Z" gives nothing: Y and
  Z would side with each other), and, as for the contest rules, nothing in a sentence that
  names a past year (``stances.relations.against_past_year``: "his 2008 win over Y").
"""

from __future__ import annotations

from functools import lru_cache
from typing import TYPE_CHECKING

from spacy.tokens import Token

from ..datafiles import word_list
from ..rules import declare
from .contests import narrated_findings, past_year, people, person, subject_person
from .extract import Finding
from .topics import lemma

if TYPE_CHECKING:
    from .relations import Context

LEAD_OVER = declare(
    "stances.relations.lead_over",
    "'her lead over Y', 'X's victory over Y', 'X won a landslide over Y': a WordNet noun of "
    "advantage or victory (data/stances/lead_nouns.txt) with 'over' one person Y, held by "
    "its person possessor, else by the named subject of the verb whose object it is: X and "
    "Y are opposed",
    order=20.65,
)
_OBJECT_DEPS = frozenset({"dobj", "obj"})


@lru_cache(maxsize=1)
def lead_nouns() -> frozenset[str]:
    """Nouns of advantage or victory from WordNet 3.0 (``lead_import``)."""
    return word_list("stances/lead_nouns.txt")


def _over_person(ctx: Context, noun: Token) -> str | None:
    """The one person a noun's "over" phrase names - or, for the object of a verb, the
    verb's, where the parse hangs it ("won a landslide over Y"); none for two people or a
    thing."""
    preps = [c for c in noun.children if c.dep_ == "prep" and c.lower_ == "over"]
    if not preps and noun.dep_ in _OBJECT_DEPS and noun.head.pos_ == "VERB":
        preps = [c for c in noun.head.children if c.dep_ == "prep" and c.lower_ == "over"]
    rivals = [
        p for prep in preps for o in prep.children if o.dep_ == "pobj" for p in people(ctx, o)
    ]
    return rivals[0] if len(rivals) == 1 else None


def _holder(ctx: Context, noun: Token) -> str | None:
    """Who holds the lead: its person possessor; with none, the named subject of the verb
    whose object the noun is. A possessor naming no person gives no one."""
    owners = [c for c in noun.children if c.dep_ == "poss"]
    if owners:
        return next((p for o in owners if (p := person(ctx, o)) is not None), None)
    verb = noun.head
    if noun.dep_ not in _OBJECT_DEPS or verb.pos_ != "VERB":
        return None
    return subject_person(ctx, verb)


def lead_over(tok: Token, ctx: Context) -> list[Finding]:
    """'Her lead over Y': the lead's holder and the one person it is held over, opposed."""
    if tok.pos_ != "NOUN" or lemma(tok) not in lead_nouns():
        return []
    rival = _over_person(ctx, tok)
    if rival is None:
        return []
    holder = _holder(ctx, tok)
    if holder is None or holder == rival or past_year(ctx, tok):
        return []
    return narrated_findings(ctx, tok, [holder, rival], float(ctx.table["between_wordnet_weight"]))
