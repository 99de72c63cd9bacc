"""A negated vote for a party, said of one's own stance, is a refusal: REJECT, asserted.

Session 67 (engineer SR, issue 12; noticed by session 66 WR). "vote for X" is coded by the
CAMEO row of the bare verb, 030 (express intent to cooperate: AGREE), so a stated
unwillingness to vote for someone - "I cannot vote for Donald Trump", "we will not vote for
the bill" - was no rejection: under "will" the finisher turned it into a refusal (120) but
left it marked negated, under "can", "would" or in the present it stayed an AGREE marked
negated, and inside a quote the learned reality dropped it. docs/judging.md ("A stated
unwillingness is a REJECT") codes it as an asserted REJECT by the speaker of the target, as
``events.sense.negated_support_reject`` (``negated_support.py``) does for the verbs of
backing (CAMEO 051-053).

Rule ``events.sense.negated_vote_reject``: an AGREE reading of the bare intent to cooperate
(CAMEO 030, the code of the verb's own row; no word list) whose verb takes its beneficiary
with "for" - a vote, a ballot, a stand for someone or something, the backing the CAMEO 03
family codes with that preposition - and is negated on its own verb in the present or
future, by its subject of its own stance (the same test as the backing rule:
``negated_support.own_stance_refusal``: no past, perfect, passive, condition or question),
the subject first person ("I", "we") and its speaker a party the knowledge base knows, a
body, or a person the story describes by a title, role or affiliation (``political_voter``:
a voter's preference in a vox pop is campaigning, no event), is an asserted REJECT
(``codes.reject_code``) of the same target. "Jeb Bush did not vote for Trump in 2012" (a
past fact), "Ryan said Bush would not vote for Trump" (a third party's assessment) stay as
they are. "vote against X" is coded already by its own CAMEO row (110, DISAPPROVE: ACCUSE in
PLOVER 0.5) and is left alone. Read in ``events.finish``.
"""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

from spacy.tokens import Token

from ..nlp import modality as mod
from ..rules import declare

NEGATED_VOTE_REJECT = declare(
    "events.sense.negated_vote_reject",
    "'I cannot vote for X', 'we will not vote for the bill': an AGREE reading of the bare "
    "intent to cooperate (CAMEO 030) whose verb takes its beneficiary with 'for', negated in "
    "the present or future by a first-person subject of its own stance (the "
    "negated_support_reject test) whose speaker is a KB party, a body or a described person, "
    "is an asserted REJECT of the same target; past votes, voters' and others' stances stay",
    order=22.7,
)

# CAMEO 030 "express intent to cooperate, not specified below": the code the bare verb's
# row gives ("vote V event 030"); a more specific 03x code names another act
BARE_INTENT_CODES = ("030",)


def bare_intent(code: str | None) -> bool:
    """The reading's CAMEO code is the bare intent to cooperate (``BARE_INTENT_CODES``)."""
    return (code or "") in BARE_INTENT_CODES


def beneficiary_for(verb: Token) -> bool:
    """The verb takes an object with "for" ("vote for X", "stand for X")."""
    return any(
        c.dep_ == "prep"
        and c.lower_ == "for"
        and any(p.dep_ in ("pobj", "pcomp") for p in c.children)
        for c in verb.children
    )


# an actor id of a person the knowledge base does not know (``actors``: "new:person:<hash>")
UNKNOWN_PERSON = "new:person:"


def political_voter(
    verb: Token, actors_of: Callable[[Token], list[str]], actor: Callable[[str], Any]
) -> bool:
    """The vote's subject is the speaker ("I", "we": the brief of issue 12 and the judging
    line on stated unwillingness speak of one's own stance) and the speaker the roles read
    it as is a party the knowledge base knows, a body, or a person the story describes (a
    title or role: "Senator Ted Cruz"; an affiliation), not a person named only by name: a
    voter's preference told in a vox pop is campaigning, no event between actors
    (docs/judging.md; the PolNeAR tune judges of sessions 27-28 called "could never vote
    for Clinton" by a student, "said he will not vote for Trump" by a blogger no event)."""
    subject = next((c for c in verb.children if c.dep_ == "nsubj"), None)
    if subject is None or subject.lower_ not in mod.FIRST_PERSON:
        return False
    ids = actors_of(subject)
    if not ids:
        return False
    for actor_id in ids:
        if actor_id.startswith(UNKNOWN_PERSON):
            found = actor(actor_id)
            if found is None or not (found.role or found.affiliations):
                return False
    return True
