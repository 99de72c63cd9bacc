"""Claims told by a verb phrase: what happens to a thing, composed with the thing's sign.

Rule ``stances.claims.verb_effect``. "The operation had met its goals", "the truce was
holding", "the ceasefire is collapsing", "inflation is falling", "the measures damaged
European industry" judge their subject without a judging adjective or noun: the verb
tells what happens to a theme, and whether that is good or bad depends on the theme.
This is sentiment composition (Moilanen & Pulman 2007, "Sentiment composition"; Choi &
Cardie 2008, "Learning with compositional semantics as structural inference"; the
+/-effect events of Deng, Choi & Wiebe 2013 and Choi & Wiebe 2014): the claim's sign is
the verb's effect on its theme times the theme's own valence, turned by a negated theme
("achieved nothing", "made no progress") and, in ``polarity.cue_polarity``, by a negation
or shifter on the verb ("did not hold", "failed to meet").

- The theme is the verb's direct object ("met its goals", "damaged industry"), else its
  subject ("the truce was holding", "inflation is falling", the passive "the truce was
  broken"). The thing judged is always the subject: the claim says how it fares or what
  it does.
- The theme's valence: the claim rules' own signs (stance lexicon, AFINN/VADER, WordNet
  signs where on), for ``times`` also an unsigned head's "of" complement's sign ("the
  speed of the misinformation"), its first WordNet sense's direct hypernym's AFINN/VADER sign
  (``data/stances/theme_signs.tsv``: "shelling" <- "fire" -, "truce" <- "peace" +), else
  the PLOVER quad class of an event the events stage coded on it.
- The verb's class, effect and how the theme's valence enters come from
  ``data/stances/effect_verbs.tsv`` (WordNet verb hierarchies under a few anchor synsets,
  ``effect_import``): ``times`` (a theme the lexicons leave unsigned counts good: "the
  truce held" +, "damaged industry" -), ``signed`` (only a subject the claim lexicons
  sign, the verb without an object: "inflation is falling" +, "wages are falling" and
  "the finding raised questions" unread), ``plain`` (the verb judges alone: "the economy
  worsened").
- The subject must name a matter, not a person, group, place or time ("the nominee has
  won", "God will heal our land" are no claims about a thing): a WordNet matter noun
  (``data/stances/matter_nouns.txt``) or an issue frame's trigger ("the economy").
- Only an outcome told as fact: no modal ("the battle will continue", "can fix the
  country" are predictions), no "whether"/"if" clause, no verb governing another verb
  ("evidence continues to grow": the governed verb tells what happens).
- A verb with a particle is read as the WordNet multiword verb ("wipe_out",
  "break_down"), never as the bare verb.

The claim itself goes through ``claims.predicate`` (quotes, asserted, conceded, targets):
this module only says which subject a verb judges and with which sign.
"""

from __future__ import annotations

from collections.abc import Callable
from functools import lru_cache

from spacy.tokens import Token

from ..datafiles import read_table
from ..events.ontology import load_ontology
from ..rules import declare
from .topics import lemma

VERB_EFFECT = declare(
    "stances.claims.verb_effect",
    "'the truce was holding', 'the operation met its goals', 'the measures damaged industry' "
    "said by X: X's claim about the subject, signed by the verb's effect on its theme times "
    "the theme's own sign (WordNet verb classes, data/stances/effect_verbs.tsv)",
    order=69,
)

# a noun described by a clause, or a clause that is no assertion of its own
_NOT_CLAUSE = frozenset({"amod", "acl", "relcl", "advcl", "xcomp", "pcomp", "csubj"})
_NO_DETS = frozenset({"no"})
_ASKED = frozenset({"whether", "if"})

SignOf = Callable[[Token, object], "tuple[int, float] | None"]


@lru_cache(maxsize=1)
def effect_verbs() -> dict[str, tuple[int, str, float]]:
    """verb (multiword with "_") -> (effect, valence mode, weight), from
    ``data/stances/effect_verbs.tsv`` (built by ``effect_import``)."""
    rows = read_table(
        "stances/effect_verbs.tsv", required=("verb", "effect", "valence", "weight"), unique="verb"
    )
    return {r["verb"]: (int(r["effect"]), r["valence"], float(r["weight"])) for r in rows}


@lru_cache(maxsize=1)
def theme_signs() -> dict[str, tuple[int, float]]:
    """noun -> (sign, 1.0): nouns AFINN/VADER leave unsigned, signed by their first
    sense's WordNet hypernym (``data/stances/theme_signs.tsv``, ``effect_import``)."""
    rows = read_table("stances/theme_signs.tsv", required=("word", "sign"), unique="word")
    return {r["word"]: (int(r["sign"]), 1.0) for r in rows}


def _verb_key(tok: Token) -> str | None:
    """The verb's entry: the multiword verb with its particle ("wipe_out"), else the lemma;
    None when a particle makes a verb the table does not list."""
    particles = [c.lower_ for c in tok.children if c.dep_ == "prt"]
    key = "_".join([lemma(tok), *particles])
    return key if key in effect_verbs() else None


def subject_of(tok: Token) -> Token | None:
    """The verb's subject, or its first conjunct's ("... and had cost taxpayers")."""
    subj = next((c for c in tok.children if c.dep_ in ("nsubj", "nsubjpass")), None)
    if subj is None and tok.dep_ == "conj" and tok.head.pos_ in ("VERB", "AUX"):
        subj = next((c for c in tok.head.children if c.dep_ in ("nsubj", "nsubjpass")), None)
    return subj


def _irrealis(tok: Token) -> bool:
    """A clause that tells no outcome: under a modal ("will continue", "can fix", "would
    shield"), an infinitive ("allows the plan to succeed") or asked ("whether the economy
    works", "if the truce holds")."""
    carriers = [tok, tok.head] if tok.dep_ == "conj" else [tok]
    return any(
        (c.dep_ == "aux" and c.tag_ in ("MD", "TO")) or (c.dep_ == "mark" and c.lower_ in _ASKED)
        for carrier in carriers
        for c in carrier.children
    )


def _negated_theme(theme: Token, negative_object: bool) -> bool:
    """ "no progress", "no harm"; "nothing" as the object unless the polarity step already
    reads it (rule ``stances.polarity.negative_object``)."""
    if any(c.dep_ == "det" and c.lower_ in _NO_DETS for c in theme.children):
        return True
    return theme.lower_ in ("nothing", "none") and not negative_object


def _of_sign(theme: Token, ctx: object, sign_of: SignOf) -> tuple[int, float] | None:
    """An unsigned head's "of" complement's sign: the head is a measure or part of the
    thing that is good or bad ("the speed of the misinformation", "the scale of the
    damage")."""
    for prep in (c for c in theme.children if c.dep_ == "prep" and c.lower_ == "of"):
        for pobj in (c for c in prep.children if c.dep_ == "pobj"):
            found = sign_of(pobj, ctx) or theme_signs().get(lemma(pobj))
            if found is not None:
                return found
    return None


def _event_valence(theme: Token, ctx: object) -> tuple[int, float] | None:
    """The sign of a theme the events stage codes as an event: cooperation good, conflict
    bad ("the talks continued" +, "the shelling continued" -), from the PLOVER type's
    quad class."""
    for event in ctx.events:  # type: ignore[attr-defined]
        if event.trigger.start <= theme.idx < event.trigger.end:
            try:
                kind = load_ontology().type_of(event.type)
            except KeyError:
                return None
            return (1 if kind.cooperative else -1), 1.0
    return None


def effect_claim(
    tok: Token, ctx: object, sign_of: SignOf, matter: Callable[[Token], bool]
) -> tuple[Token, tuple[int, float]] | None:
    """(the judged subject, (sign, weight)) when ``tok`` is an effect verb heading a clause
    of its own whose subject names a matter (``matter``: "the truce", "the economy", not
    "the nominee", "we"); None otherwise. ``sign_of`` signs a word as the claim rules do
    (the stance lexicon, AFINN/VADER, WordNet signs where switched on)."""
    if tok.pos_ != "VERB" or tok.dep_ in _NOT_CLAUSE:
        return None
    key = _verb_key(tok)
    if key is None or _irrealis(tok):
        return None
    if any(c.dep_ in ("xcomp", "ccomp") for c in tok.children):
        return None  # "evidence continues to grow": the verb it governs tells what happens
    effect, mode, weight = effect_verbs()[key]
    subj = subject_of(tok)
    if subj is None or not matter(subj):
        return None  # no subject, or a person, group, place or time: no matter judged
    obj = next((c for c in tok.children if c.dep_ in ("dobj", "obj")), None)
    theme = obj if obj is not None else subj
    if mode == "signed" and obj is not None:
        return None  # "the finding raised questions": a causer, judged by no sign of its own
    valence = 1
    if mode != "plain":
        found = sign_of(theme, ctx) if theme.pos_ in ("NOUN", "PROPN", "ADJ") else None
        if found is None and mode == "signed":
            return None  # "wages are falling": good or bad only by the thing's own sign
        if found is None and theme.pos_ == "NOUN":
            found = _of_sign(theme, ctx, sign_of)  # "the reach of such misinformation"
        if found is None and theme.pos_ == "NOUN":
            found = theme_signs().get(lemma(theme))  # "shelling" <- "fire" (WordNet)
        if found is None:
            found = _event_valence(theme, ctx)  # a conflict the events stage coded
        valence = found[0] if found is not None else 1
    if _negated_theme(theme, bool(getattr(ctx.lexicon, "negative_object", False))):  # type: ignore[attr-defined]
        valence = -valence
    return subj, (effect * valence, weight)
