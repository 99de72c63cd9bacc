"""Polarity of a stance cue in its clause: negation, shifters, modality, hedges, concessives.

The sign comes from the cue ("support" +1, "mistake" -1) and is flipped by a
negation on the cue or on the clause that carries it ("did not support", "was
not necessary", "no mistake") and by a shifter governing it ("refused to
recognize"). Modality, hedges and concessive clauses do not flip the sign; they
lower the confidence ("may support", "partly justified", "although he backs").
A negated cue with a downtoner ("did not *fully* support") stays negative but
counts as a partial position, so its confidence drops too.

Towards another actor negation is not symmetric (rule
``stances.polarity.negation_asymmetry``): the absence of hostility is no
friendship, and not backing someone is less than opposing them. A negated
hostile cue ("did not attack Y") is restraint: a weak sign for Y, at
``negated_hostile_weight`` of the plain cue's confidence, so it neither reads
as full support nor outweighs an attack beside it; a negated friendly cue ("did
not support Y") turns against, at ``negated_friendly_weight`` (both from
``[stances]`` in ``data/constants.toml``). A shifter ("refused to condemn")
keeps its own reading. On an issue ("never opposed the war") a negation flips
the sign at full weight.

A position its holder takes back is turned (rule ``stances.polarity.reversal``): a
cue noun that is the object of a reversive verb ("withdrew his endorsement of Y",
"rescinded her support for Y", "Y's endorsement was withdrawn") is against Y, a
declared turn, at ``reversed_friendly_weight``; a hostile one taken back ("dropped
his opposition to Y") is, like a negated hostile cue, a weak sign for Y. The verbs
are the ``reversive`` rows of ``data/stances/cues.tsv``; "did not withdraw his
support" turns it back.
"""

from __future__ import annotations

from dataclasses import dataclass
from functools import lru_cache

from spacy.tokens import Token

from ..datafiles import constants, word_list
from ..events.contest import withheld_by_verb
from ..rules import declare
from .lexicon import Lexicon

_COPULA_DEPS = {"acomp", "attr", "oprd"}
_SHIFTED = 0.8
_TABLE = constants("stances")
NEGATED_HOSTILE_WEIGHT = float(_TABLE["negated_hostile_weight"])
NEGATED_FRIENDLY_WEIGHT = float(_TABLE["negated_friendly_weight"])
REVERSED_FRIENDLY_WEIGHT = float(_TABLE["reversed_friendly_weight"])

NEGATION_ASYMMETRY = declare(
    "stances.polarity.negation_asymmetry",
    "a negated hostile cue ('did not attack Y') is no position, a negated friendly one "
    "('did not support Y') turns against at reduced weight",
    order=5,
)
NO_LONGER = declare(
    "stances.polarity.no_longer",
    "'no longer' ('will no longer stand with Y', 'is no longer an ally of Y') negates the "
    "cue as a declared turn, like a reversal: against Y at reversed_friendly_weight",
    order=7,
)
WITHHELD = declare(
    "stances.polarity.withheld",
    "a cue in the complement of a verb of withholding ('refrained from backing Y', 'held off "
    "endorsing Y', 'balked at endorsing Y'; WordNet refrain.v.01, wait.v.02 and their "
    "troponyms) is turned like a shifter's ('refused to back Y'): not support",
    order=6.5,
)
NEVER_AGAIN = declare(
    "stances.polarity.never_again",
    "'would never again campaign for Y', 'will not back him anymore' where the parser hangs "
    "the negator on the adverb (again, anymore), not on the cue: a declared turn like 'no "
    "longer', against Y at reversed_friendly_weight",
    order=7,
)
_AGAIN = ("again", "anymore")
ASKED_STOP_KEEPS_SIGN = declare(
    "stances.polarity.asked_stop_keeps_sign",
    "a verb of ceasing with its own subject that is asked, not done ('Y should stop "
    "attacking Z', 'X demanded that Y stop attacking Z': a modal of obligation or a bare "
    "mandative verb) turns nothing: the one asked is doing the act now, so the cue under it "
    "keeps its sign (Y against Z), at a shifter's confidence (session 65 RL)",
    order=6.5,
)
REVERSAL = declare(
    "stances.polarity.reversal",
    "a position taken back is turned: 'withdrew his endorsement of Y' and 'un-endorsed Y' are "
    "against Y, 'dropped his opposition to Y' a weak sign for Y",
    order=6,
)


@dataclass(frozen=True)
class Polarity:
    sign: int  # -1 or 1
    factor: float  # confidence multiplier in (0, 1]
    negated: bool
    notes: tuple[str, ...]


NEGATIVE_OBJECT = declare(
    "stances.polarity.negative_object",
    "a negative pronoun as the cue's object negates the cue: 'the policy delivered nothing', "
    "'the talks achieved nothing' (data/stances/negative_pronouns.txt)",
    order=7,
)


@lru_cache(maxsize=1)
def negative_pronouns() -> frozenset[str]:
    return word_list("stances/negative_pronouns.txt")


@lru_cache(maxsize=1)
def ceasing_verbs() -> frozenset[str]:
    """Verbs of ceasing an activity or giving up a thing held (WordNet, stances/ceasing_import.py)."""
    return word_list("stances/ceasing_verbs.txt")


_OBLIGATION = frozenset({"should", "must", "ought"})


def asked_stop(verb: Token) -> bool:
    """A verb of ceasing with its own subject that is asked, not done: 'Y should stop',
    'Y must stop', or the bare (mandative) verb of a finite complement ('demanded that Y
    stop')."""
    if not any(c.dep_ in ("nsubj", "nsubjpass") for c in verb.children):
        return False
    aux = [c for c in verb.children if c.dep_ in ("aux", "auxpass")]
    if any(_lemma(a) in _OBLIGATION or a.lower_ in _OBLIGATION for a in aux):
        return True
    if aux or verb.dep_ != "ccomp":
        return False
    if verb.tag_ == "VB":
        return True
    # a present form under a past verb ('demanded that they stop') or after a singular
    # subject ('demanded that Dorsey stop', tagged VBP): the bare form, not the indicative
    subjects = [c for c in verb.children if c.dep_ == "nsubj"]
    return verb.tag_ == "VBP" and (
        verb.head.tag_ == "VBD"
        or any(s.tag_ in ("NN", "NNP") or s.lower_ in ("he", "she", "it") for s in subjects)
    )


def _lemma(tok: Token) -> str:
    return tok.lemma_.lower() or tok.lower_


def _no_longer(tok: Token, lex: Lexicon) -> bool:
    """'no longer' / 'no more': an adverb of continuing that a negator governs; with
    ``stances.polarity.never_again`` also 'never again' / 'not ... anymore', where the
    parser hangs the negator on the adverb of repeating, not on the cue."""
    words = ("longer", "more", *(_AGAIN if lex.never_again else ()))
    return (
        lex.no_longer
        and tok.dep_ == "advmod"
        and tok.lower_ in words
        and any(c.dep_ == "neg" or c.lower_ == "no" for c in tok.children)
    )


def _is_negator(tok: Token, lex: Lexicon) -> bool:
    if tok.dep_ == "neg":
        return True
    return tok.dep_ in ("advmod", "det", "preconj") and (
        lex.has("negator", tok.lower_) or lex.has("negator", _lemma(tok))
    )


def _carriers(tok: Token) -> list[Token]:
    """The tokens whose modifiers scope over the cue: the cue, its first conjunct and copula."""
    out = [tok]
    first = tok
    while first.dep_ == "conj" and first.head != first:
        first = first.head
        out.append(first)
    if first.dep_ in _COPULA_DEPS or (first.dep_ == "amod" and first.head.pos_ == "AUX"):
        out.append(first.head)
    return out


def withheld_clause(clause: Token) -> bool:
    """The clause is the gerund complement of a verb of withholding ("refrained from
    backing", "held off endorsing", "stopped short of endorsing")."""
    return withheld_by_verb(clause)


def cue_polarity(tok: Token, sign: int, lex: Lexicon, *, towards_actor: bool = False) -> Polarity:
    """The cue's sign after its clause's negation and shifters, and a confidence factor.

    ``towards_actor``: the cue states a position towards another actor ("did not
    attack Y"), where negation is asymmetric (see the module's doc).
    """
    negated = False
    by_word = False  # negated by a negator (on the cue or its governor), not by a shifter
    factor = 1.0
    notes: list[str] = []
    downtoner = 1.0
    for carrier in _carriers(tok):
        for child in carrier.children:
            lemma = _lemma(child)
            if _is_negator(child, lex) or (
                lex.negative_object
                and child.dep_ in ("dobj", "obj")
                and child.lower_ in negative_pronouns()
            ):
                negated = not negated
                by_word = not by_word
            elif _no_longer(child, lex):  # "will no longer stand with Y": a declared turn
                negated = not negated
                notes.append("no-longer")
                if towards_actor and lex.negation_asymmetry and sign > 0:
                    factor *= REVERSED_FRIENDLY_WEIGHT
            elif child.dep_ == "aux" and lex.has("modal", lemma):
                weight = lex.weight("modal", lemma)
                if weight < 1.0:
                    factor *= weight
                    notes.append(f"modal:{lemma}")
            elif child.dep_ == "advmod" and lex.has("downtoner", lemma):
                downtoner = min(downtoner, lex.weight("downtoner", lemma))
            elif child.dep_ == "advmod" and lex.has("hedge", lemma):
                factor *= lex.weight("hedge", lemma)
                notes.append(f"hedge:{lemma}")
    if negated:
        notes.append("negated")
        if downtoner < 1.0:
            factor *= downtoner
            notes.append("partial")
    # "refused to recognize", "failed to back": a shifter governing the cue's clause
    clause = _carriers(tok)[-1]
    ceasing = clause.dep_ == "xcomp" and _lemma(clause.head) in ceasing_verbs()
    if (
        lex.asked_stop
        and ceasing
        and lex.has("shifter", _lemma(clause.head))
        and asked_stop(clause.head)
    ):
        # "Y should stop attacking Z", "demanded that Y stop attacking Z": the one asked
        # does it now; the cue keeps its sign
        notes.append(f"asked-stop:{_lemma(clause.head)}")
        factor *= _SHIFTED
    elif clause.dep_ == "xcomp" and lex.has("shifter", _lemma(clause.head)):
        negated = not negated
        by_word = False
        notes.append(f"shifter:{_lemma(clause.head)}")
        factor *= _SHIFTED  # "refused to condemn" leans for, but says less than "backs"
        if any(_is_negator(c, lex) for c in clause.head.children):  # "did not refuse to"
            negated = not negated
    elif clause.dep_ == "xcomp" and any(
        _is_negator(c, lex) for h in _carriers(clause.head) for c in h.children
    ):
        # "was not ready to endorse", "did not want to back": the negation of the
        # clause that governs the cue's infinitive negates the cue
        negated = not negated
        by_word = not by_word
        notes.append(f"negated-governor:{_lemma(clause.head)}")
    elif lex.withheld and clause.dep_ != "xcomp" and withheld_clause(clause):
        # "refrained from backing Y", "held off endorsing Y": like a shifter
        negated = not negated
        by_word = False
        notes.append(f"withheld:{_lemma(clause.head)}")
        factor *= _SHIFTED
    factor *= _concession(tok, lex, notes)
    undoer = reversing_verb(tok, lex)
    if undoer is not None:
        notes.append(f"reversed:{_lemma(undoer)}")
        if not any(_is_negator(c, lex) for c in undoer.children):  # "did not withdraw"
            negated = not negated
            by_word = False
            if towards_actor and lex.negation_asymmetry:
                factor *= REVERSED_FRIENDLY_WEIGHT if sign > 0 else NEGATED_HOSTILE_WEIGHT
    result = -sign if negated else sign
    if negated and by_word and towards_actor and lex.negation_asymmetry:
        if sign < 0:  # "did not attack Y": restraint, a weak sign at most, no support
            factor *= NEGATED_HOSTILE_WEIGHT
            notes.append("negated-hostile")
        else:  # "did not support Y": against, but less than "opposed Y"
            factor *= NEGATED_FRIENDLY_WEIGHT
            notes.append("negated-friendly")
    return Polarity(sign=result, factor=factor, negated=negated, notes=tuple(notes))


def reversing_verb(tok: Token, lex: Lexicon) -> Token | None:
    """The verb that takes back the position a cue noun names: its object ("withdrew
    his endorsement") or passive subject ("the endorsement was withdrawn")."""
    if not lex.reversal or tok.pos_ != "NOUN" or tok.dep_ not in ("dobj", "obj", "nsubjpass"):
        return None
    verb = tok.head
    particles = {_lemma(c) for c in verb.children if c.dep_ == "prt"}
    if verb.pos_ == "VERB" and lex.cue("reversive", _lemma(verb), particles) is not None:
        return verb
    return None


def _concession(tok: Token, lex: Lexicon, notes: list[str]) -> float:
    """Lower confidence for a cue inside a conceded clause ("Although X backs Y, ...").

    Only the conceded part is affected: the cue must lie under the concessive
    clause ("although ...") or phrase ("despite ..."), not merely beside it.
    """
    node = tok
    while True:
        lemma = _lemma(node)
        if node.dep_ == "prep" and lex.has("concessive", lemma):
            notes.append(f"concessive:{lemma}")
            return lex.weight("concessive", lemma)
        if node.dep_ == "advcl":
            for child in node.children:
                if child.dep_ == "mark" and lex.has("concessive", _lemma(child)):
                    notes.append(f"concessive:{_lemma(child)}")
                    return lex.weight("concessive", _lemma(child))
        if node.dep_ == "ROOT" or node.head == node:
            return 1.0
        node = node.head
