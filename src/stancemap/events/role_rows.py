"""The sense rules on a verb of intent, refusal, threat or demand read as an event.

Session 48 (engineer LS), issue 12. The trigger lexicon's rows of role ``intent`` ("agree",
"offer", "promise", "pledge"), ``refuse`` ("reject", "oppose", "refuse"), ``threat`` and
``demand`` ("urge", "demand") make their frame in ``FrameBuilder._frame_row`` - bare ("she
agrees with the EPA", "voters opposed the plan") or folded over the complement's act
("agreed to meet X") - and return it without ``apply_sense``, which only an ``event`` row's
frame (and a complement's, on its own token) passes through. So every ``events.sense``
veto and retyping skips these verbs: session 47 NE's open-question rule dropped
"disagrees" in "whether she agrees or disagrees with the EPA" (an event row) but kept
"agrees" (an intent row); a poll breakdown on "opposed" escapes the share-score rules.

Rule ``events.sense.role_rows_sensed`` (shipped off: it changes default outputs): a bare
such frame (the verb's own act: "Millennials agree in poll", "the analysis offers clues")
goes through the enabled sense rules on its own verb, as an event row's frame does.

Rule ``events.sense.folded_rows_sensed`` (shipped off): the same for a folded frame
("plans to vote for X", "vowing to compete in the primary"). Its complement was read on its
own token already; here the governing verb's clause is read with the complement's type,
which a rule written for a verb's own act can misread ("who has pledged to ban X":
``thing_subject_no_threat`` read the relative "who" as a thing and dropped a right
THREATEN on tune), so it is a rule of its own. (Until session 48 RR a folded frame a sense
rule dropped left its complement to be coded on its own; see below.)

Rule ``events.sense.role_rows_clause_sensed`` (session 48 RR, shipped off): the narrow
version of both. A role-row frame, bare or folded, goes through only the sense rules that
read the verb's clause and never the verb's meaning or its lexicon row (``CLAUSE_RULES``: an
open yes/no question, a share or a score as the subject or in the verb's phrases, an
expletive subject), which hold for any verb; the rules written for event-row verbs (a thing
as subject, a REQUEST with no addressee, an AGREE verb that commits to nothing, a self-claim)
stay off these frames.

A folded frame a sense rule drops ("Would X agree to meet Y?") takes its clause with it, as
a coded frame does (``FrameBuilder.vetoed``, read by the coder): the complement's act was
read as part of it and is no act of its own.
"""

from __future__ import annotations

from spacy.tokens import Token

from ..rules import declare
from .parts import DocContext, Frame, Tuning
from .sense import apply_sense

ROLE_ROWS_SENSED = declare(
    "events.sense.role_rows_sensed",
    "'whether she agrees or disagrees with X', 'voters opposed X, 60 percent to 30 percent': "
    "a verb the lexicon reads by role (intent, refuse, threat, demand: agree, oppose, urge) "
    "with no complement's act folded in goes through the sense rules on its own verb, as an "
    "event row's verb does (without it only 'disagrees' is vetoed; folded frames: "
    "events.sense.folded_rows_sensed)",
    order=0.5,
)
FOLDED_ROWS_SENSED = declare(
    "events.sense.folded_rows_sensed",
    "'she plans to vote for X', 'vowing to compete in the primary': a verb of intent, "
    "refusal, threat or demand folded over its complement's act goes through the sense rules "
    "on its own verb, with the complement's type (the complement alone went through them)",
    order=0.6,
)


CLAUSE_SENSED = declare(
    "events.sense.role_rows_clause_sensed",
    "'Would she agree to meet him?', 'whether she agrees or disagrees with X', '10 percent not "
    "planning to vote': a verb the lexicon reads by role (intent, refuse, threat, demand), bare "
    "or folded over its complement, goes through the sense rules that read its clause and not "
    "the verb (an open yes/no question, a share or score, an expletive subject: "
    "role_rows.CLAUSE_RULES); a folded frame they drop takes its complement's clause with it",
    order=0.7,
)
# the sense rules that hold for every verb whatever its lexicon row: each reads the clause
# (a yes/no question, a poll share or score, an expletive subject), not the verb's sense; on
# tune the others dropped role rows by readings written for event-row verbs (a relative
# "who" read as a thing subject, an AGREE verb of no commitment, a REQUEST with no addressee)
CLAUSE_RULES = frozenset(
    {
        "events.sense.open_question_no_act",
        "events.sense.poll_share_verb",
        "events.sense.share_score_stance",
        "events.sense.dummy_subject_no_event",
        # session 60 AA: a view agreed with, a thing offered (events/thing_complements.py)
        "events.sense.agreed_view",
        "events.sense.offered_thing",
        # session 62 EL: a pledge not to act with a party (events/pledged_refusals.py)
        "events.sense.pledged_refusal",
        # session 67 AP: a product offered to no one (events/made_things.py)
        "events.sense.product_supply",
    }
)


def sensed(
    frame: Frame | None, tok: Token, ctx: DocContext, tuning: Tuning, folded: bool = False
) -> Frame | None:
    """``frame`` (read from a role row on ``tok``; ``folded`` over its complement's act)
    through the sense rules, where its rule is on (through ``CLAUSE_RULES`` only with
    ``events.sense.role_rows_clause_sensed``); else as it is."""
    if frame is None:
        return None
    if tuning.on(FOLDED_ROWS_SENSED if folded else ROLE_ROWS_SENSED):
        return apply_sense(frame, tok, ctx, tuning)
    if tuning.on(CLAUSE_SENSED):
        return apply_sense(frame, tok, ctx, tuning, only=CLAUSE_RULES)
    return frame
