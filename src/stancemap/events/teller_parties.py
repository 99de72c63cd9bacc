"""Who tells of an act, or looks into it, is no party to it.

Session 56 (engineer NV, issue 12). ``events.sense.no_political_party`` keeps an act of
ordinary people or things wherever its sentence names a political actor, or a noun of the
armed, anywhere: the doer a passive leaves unsaid may be one ("killed when US planes
bombarded vehicles"). Reading the not-right readings of the events tune files by cause
(docs/benchmarks.md, session 56 NV), an act of no political party was kept where the
political actor of the sentence is the one who TELLS of the act or looks into it: "Police
are interviewing a man for stealing a car", "Senior Sergeant Potts says the boy was left
on the street after the offender took the car" (a sergeant is military personnel by
WordNet's first sense). The teller is the subject of a verb above the act (an ancestor in
the parse) whose most frequent WordNet sense is one of communication, cognition or
perception (say, tell, interview, investigate, believe, see): its words or thoughts are
about the act, and the act's unsaid doer is not thereby the teller.

- ``events.sense.teller_no_party``: for ``no_political_party``'s test of the sentence, an
  actor mention or a noun inside the subject of such a verb above the act is not read
  (the act's own sides are read as before); the rule drops no act whose own clause or
  sides name a party.
"""

from __future__ import annotations

from contextvars import ContextVar

from spacy.tokens import Token

from ..rules import declare
from .lexnames import lexnames

TELLER_NO_PARTY = declare(
    "events.sense.teller_no_party",
    "'Police are interviewing a man for stealing a car', 'the sergeant says the offender "
    "took the car': for no_political_party's test of the sentence, an actor or a noun in "
    "the subject of a verb above the act whose most frequent WordNet sense is of "
    "communication, cognition or perception (say, interview, believe) tells of the act "
    "and is not read as the doer a passive leaves unsaid",
    order=4.73,
)

teller_on: ContextVar[bool] = ContextVar("teller_on", default=False)

# WordNet lexicographer files of a verb whose subject tells of, thinks of or sees an act
TELLING_FILES = frozenset(("verb.communication", "verb.cognition", "verb.perception"))
SUBJECTS = ("nsubj", "nsubjpass")


def telling_verb(tok: Token) -> bool:
    return tok.pos_ in ("VERB", "AUX") and (
        lexnames().get((tok.lemma_.lower(), "V")) in TELLING_FILES
    )


def teller_tokens(tok: Token) -> set[int]:
    """The indices of the words in the subject of each verb above ``tok`` (its ancestors)
    whose most frequent WordNet sense is a verb of telling, thinking or seeing; empty
    where the rule is off."""
    if not teller_on.get():
        return set()
    out: set[int] = set()
    for verb in tok.ancestors:
        if not telling_verb(verb):
            continue
        for child in verb.children:
            if child.dep_ in SUBJECTS:
                out.update(t.i for t in child.subtree)
    return out
