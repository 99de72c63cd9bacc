"""An attack in words: force verbs with a WordNet sense of criticism, between speakers.

Rule ``events.sense.spoken_attack``: "the one impassioned in blasting me", "a new video ad
ripping Hillary Clinton", "the super PAC will launch attacks on Clinton", "spend our lives
attacking our opponents' allies": a force code (ASSAULT, COERCE, THREATEN) on a verb - or
on the object noun of a verb ("launch attacks") - that has a WordNet 3.0 sense at or below
criticize.v.01, denounce.v.01, condemn.v.01 or attack.v.02 ("attack in speech or writing";
``data/events/criticism_verbs.tsv``, both kinds: attack, assail, blast, rip, savage, lash
out, knock, trash), with no armed actor, weapon or physical target around it
(``events.sense``'s test), whose named sides are all speakers - people, parties, offices,
campaigns, groups and media, no armed body, no country or place - is criticism (CAMEO 111,
ACCUSE). It covers what ``events.sense.figurative_force`` leaves (that rule wants people on
both sides, or a source and no target): the target named and the source not ("was blasted",
a participle or an ad as subject), and sides that are organisations (a lobby, a PAC).

The WordNet sense is the gate: where only the target is named, "Reagan was shot", "the
leader was hit" (no criticism sense) keep their force code.
"""

from __future__ import annotations

from spacy.tokens import Token

from ..datafiles import constants
from ..rules import rule
from . import arguments as args
from .criticism_verbs import criticism_key, criticism_verbs
from .parts import DocContext, Frame
from .sense import ARMED_SECTORS, FORCE_TYPES, _lemmas, sense_words
from .sense_nouns import wordnet_words

# the phrases that give the grounds of a criticism ("ripped X for her anti-gun agenda",
# "over the war"): their words are what is criticised, not the means of an attack
GROUND_PREPS = ("for", "over", "about")
ARGUMENT_DEPS = ("nsubj", "nsubjpass", "dobj", "obj", "agent", "dative", "prep")
# actor types that are no speaker in this reading: a state or a place is attacked in arms
NOT_SPEAKER_TYPES = ("country", "location")


def _speakers(ids: list[str], ctx: DocContext) -> bool:
    """Every named actor is a speaker: no armed body, no country or place (one named)."""
    found = [ctx.actors.actor(i) for i in ids]
    found_ = [a for a in found if a is not None]
    if not found_:
        return False
    return all(a.type not in NOT_SPEAKER_TYPES and a.sector not in ARMED_SECTORS for a in found_)


def _criticism_noun(tok: Token) -> bool:
    """A noun whose lemma is a verb of criticism too ("attacks", "assault" is none)."""
    lemma = tok.lemma_.lower()
    return any(lemma in words for words in criticism_verbs().values())


# entity labels of a noun's modifier that name an attack's place or day ("the Benghazi
# attacks", "the Sept. 11 attacks"): the deed, not words
DEED_LABELS = ("GPE", "LOC", "FAC", "DATE", "EVENT")
MODIFIER_DEPS = ("compound", "nmod", "amod", "poss", "npadvmod")


def named_deed(tok: Token) -> bool:
    """A noun named by a place or a date among its modifiers ("the Sept. 11 attacks"), or
    by a proper name that is no person or people ("the Benghazi attacks", which the tagger
    may read as an organisation): an attack known by where or when it happened."""
    if tok.pos_ != "NOUN":
        return False
    modifiers = [m for m in tok.children if m.dep_ in MODIFIER_DEPS]
    if any(c.ent_type_ in DEED_LABELS for m in modifiers for c in m.subtree):
        return True
    return any(
        m.dep_ == "compound" and m.pos_ == "PROPN" and m.ent_type_ not in ("PERSON", "NORP")
        for m in modifiers
    )


def criticism_word(frame: Frame, tok: Token) -> bool:
    """The trigger (a verb with its particle, or a noun) or the verb's object noun ("launch
    attacks") has a WordNet sense of criticism."""
    if tok.pos_ == "VERB":
        if criticism_key(tok) is not None:
            return True
        return any(_criticism_noun(o) for o in args.children(tok, "dobj", "obj"))
    return tok.pos_ == "NOUN" and _criticism_noun(tok)


def _phrase_words(head: Token) -> list[Token]:
    """A phrase's words, not those of a clause inside it ("by accusing him of seeking a
    position": the manner, not the means)."""
    out = [head]
    for child in head.children:
        if child.pos_ in ("VERB", "AUX") or child.dep_ in ("relcl", "acl", "advcl", "ccomp"):
            continue
        out += _phrase_words(child)
    return out


def armed_around(frame: Frame, tok: Token) -> bool:
    """An armed actor, a weapon or a physical target among the words of the predicate's
    subject, objects and phrases (and, for a noun that is a verb's object or the object of
    its phrase - "came under attack" - the verb's), leaving out the
    grounds (for / over / about) and clauses."""
    holders = [tok]
    if tok.pos_ == "NOUN" and tok.dep_ in ("dobj", "obj") and tok.head.i != tok.i:
        holders.append(tok.head)
    if tok.pos_ == "NOUN" and tok.dep_ == "pobj" and tok.head.head.i != tok.head.i:
        holders.append(tok.head.head)  # "a convoy of trucks came under attack": the convoy
    tokens: list[Token] = []
    for holder in holders:
        for child in holder.children:
            if child.dep_ not in ARGUMENT_DEPS:
                continue
            if child.dep_ == "prep" and child.lower_ in GROUND_PREPS:
                continue
            if child.pos_ in ("VERB", "AUX"):
                continue
            tokens += _phrase_words(child)
    words = sense_words()
    literal = words["armed"] | words["weapon"] | words["physical"]
    if (_lemmas(tokens) | frame.words) & literal:
        return True
    wordnet = wordnet_words()
    nouns = {t.lemma_.lower() for t in tokens if t.pos_ == "NOUN"}
    return bool(wordnet) and bool(
        nouns & (wordnet["armed"] | wordnet["weapon"] | wordnet["physical"])
    )


@rule(
    "events.sense.spoken_attack",
    order=12.2,
    doc="'blasting me', 'an ad ripping Clinton', 'the PAC will launch attacks on Clinton': a "
    "force code on a verb (or its object noun) with a WordNet sense of criticism "
    "(criticism_verbs.tsv), nothing armed, no weapon or physical target, whose named sides "
    "are all speakers (no armed body, country or place; the source may be unnamed), is "
    "criticism (CAMEO 111)",
)
def spoken_attack(frame: Frame, tok: Token, ctx: DocContext) -> Frame | None:
    if frame.type not in FORCE_TYPES or not criticism_word(frame, tok):
        return frame
    sides = [s for s in (frame.source, frame.target) if s]
    if not sides or not all(_speakers(s, ctx) for s in sides):
        return frame
    if armed_around(frame, tok) or named_deed(tok):
        return frame
    frame.code = str(constants("events")["figurative_force_code"])
    frame.type = "ACCUSE"
    return frame
