"""A negated support said of one's own stance is a refusal, asserted: REJECT, not SUPPORT.

Session 66 (engineer WR, issue 12). docs/judging.md ("A stated unwillingness is a REJECT")
codes "X is not ready to support Y", "X won't endorse Y", said by X (or X's spokesperson) of
X's own stance now, as an asserted REJECT by X of Y. ``events.sense.withheld_act`` reads the
words of readiness and withholding ("not ready to support", "refrained from endorsing");
the finisher turns a negated cooperative act under "will" into a refusal but leaves it
marked negated, and a negated support under "would", "could", "can" or in the present
("I would absolutely not support X", "I could not support X", "he does not back X")
stayed a SUPPORT marked negated, which the blind A/B judges of session 66 took as wrong.

Rule ``events.sense.negated_support_reject``: a reading the ontology types SUPPORT with a
CAMEO code of verbal backing (051 praise or endorse, 052 defend verbally, 053 rally support:
``cameo_plover.tsv``; no word list) whose own verb carries not / never /
n't, with or without a modal, in the present or future (no past tense, no progressive, no perfect, no
passive, no condition on it), is an asserted REJECT of the same target (``codes.reject_code``)
where its subject speaks of its own stance: a first-person subject ("I", "we": in a quote, the
speaker), the subject of a main clause no one else's speech frames ("X will not endorse Y"),
or the subject of a clause a speech verb reports whose speaker is the same actor ("X said he
could not endorse Y"); a common-noun subject only where WordNet's first sense is a person or a
group ("ministers", "the government"; ``noun_lexnames``), not a thing ("the study does not
praise X"). A third party's assessment ("Ryan said Bush would not support Trump",
"analysts doubt X will back Y") and a past fact ("did not vote for Y in 2012", "never
supported Y") stay as they are. Read in ``events.finish``.
"""

from __future__ import annotations

from collections.abc import Callable

from spacy.tokens import Token

from ..nlp import modality as mod
from ..rules import declare
from .lexnames import noun_lexnames

NEGATED_SUPPORT_REJECT = declare(
    "events.sense.negated_support_reject",
    "'I would absolutely not support X', 'could not support X', 'he will not back X': a "
    "SUPPORT reading whose own present or future verb is negated, said by its subject of its "
    "own stance (first person, a main clause, or the speaker's own reported clause), is an "
    "asserted REJECT of the same target; a third party's assessment or a past fact stays",
    order=22.6,
)

FIRST_PERSON = mod.FIRST_PERSON  # "I", "we": the speaker's own stance
# auxiliaries of the past, the perfect or the passive: a fact told, not a stance now
PAST_AUX = frozenset({"did", "had", "has", "have", "'ve", "was", "were"})
SUBJECTS = ("nsubj",)
# the SUPPORT codes of verbal backing (data/events/cameo_plover.tsv: 051 praise or endorse,
# 052 defend verbally, 053 rally support for someone); a negated recognition, apology,
# forgiveness or signing (054-057) is no refusal of a party ("doesn't recognize X as the man
# she knew"), and a bare 05/050 reading names no backing
BACKING_CODES = ("051", "052", "053")


def backing(code: str | None) -> bool:
    """The reading's CAMEO code is one of verbal backing (``BACKING_CODES``)."""
    return (code or "")[:3] in BACKING_CODES


SPEAKER_CLAUSES = ("ccomp", "parataxis", "advcl")
# a common-noun subject holds a stance only as people or a body of them (WordNet's first
# sense: "ministers", "the government"), not as a thing ("the study does not praise X")
STANCE_HOLDERS = frozenset({"noun.person", "noun.group"})


def _subject(verb: Token) -> Token | None:
    return next((c for c in verb.children if c.dep_ in SUBJECTS), None)


def _own_negation(verb: Token) -> bool:
    """not / never / n't on the verb itself (no negative subject, no negation above)."""
    return any(
        c.dep_ == "neg" or (c.dep_ == "advmod" and c.lower_ == "never") for c in verb.children
    )


def _stance_now(verb: Token) -> bool:
    """Present or future, with or without a modal: no past tense, perfect or passive, and
    no condition hung on it ("would not support X if ...")."""
    if verb.tag_ in ("VBD", "VBN", "VBG"):  # past, perfect, passive, or "is not giving"
        return False
    aux = {c.lower_ for c in verb.children if c.dep_ in ("aux", "auxpass")}
    if aux & PAST_AUX or any(c.dep_ == "auxpass" for c in verb.children):
        return False
    for c in verb.children:
        if c.dep_ == "advcl" and any(
            m.dep_ == "mark" and m.lower_ in mod.CONDITIONAL_MARKS for m in c.children
        ):
            return False
    return True


def _speaker(verb: Token) -> Token | None:
    """The subject of a speech verb that reports ``verb``'s clause: its head ("X said he
    would not ...") or, the parser hanging it under the quoted clause, its child
    ('"I would not ...," X said')."""
    if verb.dep_ == "ccomp" and mod.is_speech(verb.head.lemma_):
        return _subject(verb.head)
    for c in verb.children:
        if c.dep_ in SPEAKER_CLAUSES and mod.is_speech(c.lemma_):
            return _subject(c)
    return None


def own_stance_refusal(verb: Token, actors_of: Callable[[Token], list[str]]) -> bool:
    """``verb`` (a SUPPORT reading's verb) is negated on its own, in the present or future,
    and said by its subject of its own stance (see the module's doc)."""
    if verb.pos_ not in ("VERB", "AUX") or not _own_negation(verb) or not _stance_now(verb):
        return False
    if verb.doc[verb.sent.end - 1].text == "?":
        return False
    subject = _subject(verb)
    if subject is None:
        return False
    if subject.lower_ in FIRST_PERSON:
        return True  # the speaker's own stance ("I could not support X")
    if subject.pos_ not in ("PROPN", "PRON", "NOUN") or subject.lower_ == "you":
        return False
    if subject.pos_ == "NOUN" and noun_lexnames().get(subject.lemma_.lower()) not in STANCE_HOLDERS:
        return False  # "the study does not praise X": a thing holds no stance
    embedded = verb.dep_ != "ROOT"
    speaker = _speaker(verb)
    if speaker is None:
        return not embedded  # "X will not endorse Y", a main clause nobody reports
    if speaker.lower_ in FIRST_PERSON:
        return False  # "I think he would not ..." / "I said he ...": another's stance
    said_by = set(actors_of(speaker))
    return bool(said_by) and said_by == set(actors_of(subject))
