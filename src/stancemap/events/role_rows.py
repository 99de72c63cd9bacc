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

Rule ``events.sense.role_rows_sensed`` (shipped off: it changes default outputs): such a
frame, bare or folded, goes through the enabled sense rules on its own verb, as an event
row's frame does. The folded frame's complement was already read on its own token; the
governing verb's clause (a question, a score, a thing as subject) is read here.
"""

from __future__ import annotations

from spacy.tokens import Token

from ..rules import declare
from .parts import DocContext, Frame, Tuning
from .sense import apply_sense

ROLE_ROWS_SENSED = declare(
    "events.sense.role_rows_sensed",
    "'whether she agrees or disagrees with X', 'voters opposed X, 60 percent to 30 percent': "
    "a verb the lexicon reads by role (intent, refuse, threat, demand: agree, oppose, urge), "
    "bare or folded over its complement's act, goes through the sense rules on its own verb, "
    "as an event row's verb does (without it only 'disagrees' is vetoed)",
    order=0.5,
)


def sensed(frame: Frame | None, tok: Token, ctx: DocContext, tuning: Tuning) -> Frame | None:
    """``frame`` (read from a role row on ``tok``) through the sense rules, where the rule is
    on; else as it is."""
    if frame is None or not tuning.on(ROLE_ROWS_SENSED):
        return frame
    return apply_sense(frame, tok, ctx, tuning)
