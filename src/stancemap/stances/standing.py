"""How two parties stand, told by a prepositional phrase: 'X is at odds with Y', 'Modi and
Sharif at loggerheads over Indus waters' (session 53, engineer RS; issue 14).

A story often says that two parties are opposed (or agreed) only by a phrase of a
preposition and a noun - "at odds", "at loggerheads", "at variance", "in agreement", "in
league" - after a copula ("Cruz is at odds with Rubio"), a verb of finding or remaining
("found himself at odds with Y"), in a relative clause ("Ryan, who has been at odds with
Trump"), or, in a headline, right after the parties ("Luxon and Seymour at odds over treaty
bill"). No reading of the stances stage meets it: the reciprocal rule reads verbs ("clash",
"feud") and the between rule nouns with "between"; the phrase's noun ("odds") is no word
of either. On the relation test sets, such items were read as no relation at all (relation
set tune: two headline "at loggerheads" items; fresh tune: one "at odds" headline).

- ``stances.relations.standing_phrase``: a preposition and its object that make a phrase
  of ``data/stances/standing_phrases.tsv`` (WordNet 3.0 satellite adjectives of a
  preposition and a noun under a head of relation between parties - hostile, united,
  discordant, inconsistent - or their antonyms, built by ``stances.standing_import``). Its
  parties: those its "with" phrase names (the noun's, the preposition's, or the verb's
  after the noun), or the owner of what it names ("at odds with Y's plans"), against
  (beside) the side it is said of - the object of the verb it hangs on ("put X at odds
  with Y"), else that verb's subject (through a relative clause to the noun it modifies;
  "found himself at odds with Y": the subject), or the named phrase it
  hangs on (a headline) with its conjuncts and appositions; with no "with", two or more
  parties of that side against (beside) each other ("X and Y are at odds"). The sign is
  the phrase's; a negated clause ("is no longer at odds with Y") gives none.
- ``stances.relations.attitude_phrase``: "in" and a noun of a position taken towards
  another - one WordNet derives from an attitude verb of the stance lexicon, with its sign
  (``data/stances/standing_nouns.tsv``: support, opposition, defence, favor, praise) -
  whose "of"/"to"/"for"/"with"/"against"/"on" phrase names a party, or the owner of what it
  names ("spoke in support of Y", "came out in opposition to Y's nominee"): the subject of
  the verb it hangs on (never its object: "dumped him in favour of Y" is the subject's
  choice), or the named phrase, for (against) that party. The construction says the
  position as plainly as the verb would ("supported Y"), which the attitude cues read.
"""

from __future__ import annotations

from functools import lru_cache
from itertools import permutations
from typing import TYPE_CHECKING

from spacy.tokens import Token

from ..datafiles import read_table
from ..nlp.words import pronouns
from ..rules import declare
from .contests import narrated_finding
from .extract import Finding
from .polarity import cue_polarity

if TYPE_CHECKING:
    from .relations import Context

STANDING_PHRASE = declare(
    "stances.relations.standing_phrase",
    "'X is at odds with Y', 'X and Y at loggerheads over Z', 'in agreement with Y': a "
    "phrase of a preposition and a noun that WordNet makes an adjective of relation "
    "between parties (data/stances/standing_phrases.tsv) sets the side it is said of "
    "against (beside) the party of its 'with' phrase, or the parties of that side against "
    "(beside) each other (session 53 RS, issue 14)",
    order=20.67,
)
ATTITUDE_PHRASE = declare(
    "stances.relations.attitude_phrase",
    "'spoke in support of Y', 'came out in opposition to Y', 'in defence of Y': 'in' and a "
    "noun WordNet derives from a signed attitude verb (data/stances/standing_nouns.tsv) "
    "with a preposition naming party Y (or Y's thing): the side it is said of for "
    "(against) Y (session 53 RS, issue 14)",
    order=20.68,
)
NOTE = "standing-phrase"
DATA = "stances/standing_phrases.tsv"
NOUNS = "stances/standing_nouns.tsv"
# the prepositions after a noun of position that name whom it is taken towards
_TOWARDS = frozenset({"of", "to", "for", "with", "against", "on"})
_SUBJECTS = frozenset({"nsubj", "nsubjpass"})
# an object that is its verb's own subject ("found himself at odds with Y")
_REFLEXIVE = pronouns(forms=("reflexive",))


@lru_cache(maxsize=1)
def standing_phrases() -> dict[tuple[str, ...], int]:
    """phrase words -> sign (``standing_import``)."""
    return {
        tuple(row["phrase"].split()): int(row["sign"])
        for row in read_table(DATA, required=("phrase", "sign", "head"))
    }


@lru_cache(maxsize=1)
def standing_nouns() -> dict[str, int]:
    """noun of a position -> sign (``standing_import``)."""
    return {
        row["noun"]: int(row["sign"])
        for row in read_table(NOUNS, required=("noun", "sign", "verb"))
    }


def _phrase_sign(prep: Token) -> int | None:
    """The sign of the phrase a preposition opens: its words up to its object."""
    objects = [c for c in prep.children if c.dep_ == "pobj"]
    if not objects or objects[0].i <= prep.i:
        return None
    words = tuple(t.lower_ for t in prep.doc[prep.i : objects[0].i + 1])
    return standing_phrases().get(words)


def _group(ctx: Context, head: Token) -> list[str]:
    """The party actors a phrase names with its conjuncts and appositions ("Fico,
    Zelensky at loggerheads": the headline's second name an apposition)."""
    found: list[str] = []
    named = [head, *head.conjuncts, *(c for c in head.children if c.dep_ == "appos")]
    if head.dep_ == "appos":  # "Fico, Zelensky at loggerheads": the phrase on the second
        named.append(head.head)
    for tok in named:
        actor = ctx.actor_of(tok)
        if actor is not None:
            found.append(actor)
    return list(dict.fromkeys(found))


def _partners(
    ctx: Context, prep: Token, noun: Token, towards: frozenset[str] = frozenset({"with"})
) -> list[str]:
    """The parties of the phrase's "with" (or ``towards``): the noun's, the
    preposition's, or the verb's after the noun."""
    withs = [
        c for t in (noun, prep) for c in t.children if c.dep_ == "prep" and c.lower_ in towards
    ]
    if not withs and prep.head.pos_ in ("VERB", "AUX"):
        withs = [
            c
            for c in prep.head.children
            if c.dep_ == "prep" and c.lower_ in towards and c.i > noun.i
        ]
    out: list[str] = []
    for obj in (o for w in withs for o in w.children if o.dep_ == "pobj"):
        # "at odds with Y's plans": the owner of what the side is at odds with
        out += _group(ctx, obj) or [
            a for c in obj.children if c.dep_ == "poss" for a in _group(ctx, c)
        ]
    return out


def _side(ctx: Context, prep: Token, placed_object: bool = True) -> tuple[list[str], Token]:
    """The parties the phrase is said of, and the token whose clause carries its negation:
    the object of the verb it hangs on (``placed_object``: "put X at odds with Y"), else
    its subject (a relative clause's noun), or the named phrase."""
    head = prep.head
    if head.pos_ in ("VERB", "AUX"):
        placed = [c for c in head.children if c.dep_ in ("dobj", "obj") and c.i < prep.i]
        if not placed_object:
            placed = []  # "dumped him in favour of Y": the subject is for Y, not him
        if placed and placed[0].lower_ not in _REFLEXIVE and _group(ctx, placed[0]):
            return _group(ctx, placed[0]), head  # "put X at odds with Y"
        subjects = [c for c in head.children if c.dep_ in _SUBJECTS]
        if subjects and subjects[0].lower_ in ("who", "that", "which") and head.dep_ == "relcl":
            return _group(ctx, head.head), head
        return [a for s in subjects for a in _group(ctx, s)], head
    if head.pos_ in ("PROPN", "NOUN"):
        return _group(ctx, head), prep
    return [], prep


def standing_phrase(tok: Token, ctx: Context) -> list[Finding]:
    """'X is at odds with Y': the side it is said of against (beside) the "with" party."""
    if tok.dep_ != "prep":
        return []
    sign = _phrase_sign(tok)
    if sign is None:
        return []
    noun = next(c for c in tok.children if c.dep_ == "pobj")
    side, carrier = _side(ctx, tok)
    partners = [p for p in _partners(ctx, tok, noun) if p not in side]
    if partners:
        pairs = [(a, b) for a in side for b in partners]
        pairs += [(b, a) for a, b in pairs]
    elif len(side) >= 2:
        pairs = list(permutations(side, 2))
    else:
        return []
    return _findings(ctx, tok, carrier, pairs, sign)


def attitude_phrase(tok: Token, ctx: Context) -> list[Finding]:
    """'X spoke in support of Y': the side it is said of for (against) Y."""
    if tok.dep_ != "prep" or tok.lower_ != "in":
        return []
    nouns = [c for c in tok.children if c.dep_ == "pobj" and c.pos_ == "NOUN"]
    sign = standing_nouns().get(nouns[0].lower_) if nouns else None
    if sign is None or any(c.dep_ == "poss" for c in nouns[0].children):
        return []  # "in his support of Y" is read by the campaign rules' owned nouns
    side, carrier = _side(ctx, tok, placed_object=False)
    partners = [p for p in _partners(ctx, tok, nouns[0], _TOWARDS) if p not in side]
    return _findings(ctx, tok, carrier, [(a, b) for a in side for b in partners], sign)


def _findings(
    ctx: Context, tok: Token, carrier: Token, pairs: list[tuple[str, str]], sign: int
) -> list[Finding]:
    """One narrated finding per (holder, target) pair, unless its clause is negated."""
    if not pairs:
        return []
    pol = cue_polarity(carrier, sign, ctx.lexicon, towards_actor=True)
    if pol.sign != sign:
        return []  # "no longer at odds with Y": no opposition, nor an alliance
    conf = round(
        float(ctx.table["narrated_relation"])
        * float(ctx.table["between_wordnet_weight"])
        * pol.factor,
        3,
    )
    return [narrated_finding(ctx, tok, a, b, pol.sign, conf, NOTE) for a, b in dict.fromkeys(pairs)]
