"""A source whose head is a noun of people with a possessor ("Her running mate, Tim Kaine,
agreed that P", "Trump's lawyer said", "His wife said"): the possessor is not who speaks
(rule ``quotes.speaker.possessor_not_speaker``). The actors stage finds a mention only in
the possessor ("Her" -> the woman named before, "Trump's" -> Trump), and the largest
mention inside a source answers for it, so the speaker was the person the speaker is
related to. Read from the parse instead: the head noun's appositive name speaks; with no
name, the head noun alone is looked up ("running mate": the actors stage's reading of a
descriptive subject, or no one), never its possessor. Spokespeople ("Trump's spokeswoman")
are left to ``spokespeople``: they speak for their principal."""

from __future__ import annotations

from dataclasses import replace

from spacy.tokens import Doc

from ..actors import ActorLayer
from ..datafiles import word_list
from .reported import Attribution
from .spokespeople import _appositive_person, _head_of, _is_spokes_noun, _name_span

_PEOPLE = word_list("lexicon/people_nouns.txt")


def possessor_not_speaker(doc: Doc, actors: ActorLayer, a: Attribution) -> Attribution:
    """The attribution with ``speaker_at`` moved off the possessor of its source's head."""
    if a.source is None or a.first_person or a.unnamed:
        return a
    if a.speaker_at is not None or a.principal_at is not None:
        return a  # a relative's antecedent or a spokesperson: read already
    head = _head_of(doc, a.source)
    if head is None or head.pos_ != "NOUN" or _is_spokes_noun(head):
        return a
    if head.lemma_.lower() not in _PEOPLE and head.lower_ not in _PEOPLE:
        return a  # "Trump's campaign said": a body speaks for its owner
    owner = next((c for c in head.children if c.dep_ == "poss"), None)
    if owner is None:
        return a
    if any(m.start <= head.idx < m.end for m in actors.mentions_in(*a.source)):
        return a  # the actors stage read the head as someone of its own
    name = _appositive_person(head)
    if name is not None:
        return replace(a, speaker_at=_name_span(name))  # "Her running mate, Tim Kaine,"
    after = owner.right_edge.i + 1  # past "Trump's" / "Her"
    if after > head.i:
        return a
    return replace(a, speaker_at=(doc[after].idx, a.source[1]))
