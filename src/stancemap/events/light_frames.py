"""The clause-level sense rules on the coder paths whose governing verb no sense rule read.

Session 49 (engineer LV), issue 12, after session 48 LS and RR (``role_rows.py``). A frame
the coder builds on a support verb ("held a rally", "imposed sanctions"), on a verb over a
noun its subject undergoes ("came under attack", "earned the backing of X"), on a verb of
being with an attitude word ("has been critical of X"), on a speech verb over a modal
demand ("said Y must resign") or on "asked for Z to be done" went through the sense rules,
if at all, on its noun or its inner verb only: the governing verb's clause was never read.
So "Would X hold talks with Y?", "whether she pays a visit", "10 percent hold rallies" were
coded as the acts they only ask about or count.

Rule ``events.sense.light_frames_clause_sensed`` (shipped off): such a frame goes through the
clause-level sense rules of session 48 RR (``role_rows.CLAUSE_RULES``: an open yes/no
question, a share or score as the subject or in the verb's phrases, an expletive subject)
read on the governing verb; the sense rules written for event-row verbs stay off these
frames, as they do off role rows. A frame they drop takes the governing verb's clause with
it (``FrameBuilder.vetoed``): the noun it was read from is no act of its own.

Rule ``events.sense.light_frames_held_back_sensed`` (shipped off): such a frame also goes
through the sense rules that read where the governing verb stands, not what it means
(``HELD_BACK_RULES``): a gerund after "about" is a topic of talk ("spoke about coming under
attack"), and a verb of withholding over it holds the act back ("refrained from imposing
sanctions", "held off on holding talks"). These skip a noun, so a light frame read on its
noun never met them.
"""

from __future__ import annotations

from spacy.tokens import Token

from ..rules import declare
from .parts import DocContext, Frame, Tuning
from .role_rows import CLAUSE_RULES
from .sense import apply_sense

LIGHT_CLAUSE_SENSED = declare(
    "events.sense.light_frames_clause_sensed",
    "'Would X hold talks with Y?', 'whether she pays a visit', 'Is X critical of Y?', '10 "
    "percent hold rallies': a frame read on a support verb, an undergone noun, an attitude "
    "word after a verb of being, a speech verb's modal demand or an ask-for goes through the "
    "sense rules that read the governing verb's clause (role_rows.CLAUSE_RULES: an open "
    "yes/no question, a share or score, an expletive subject); a frame they drop takes the "
    "verb's clause with it",
    order=0.8,
)


HELD_BACK = declare(
    "events.sense.light_frames_held_back_sensed",
    "'refrained from imposing sanctions on X', 'held off on holding talks with X', 'spoke "
    "about coming under attack': a frame read on a support verb, an undergone noun, an "
    "attitude word, a speech verb's modal demand or an ask-for also goes through the sense "
    "rules that read where the governing verb stands (light_frames.HELD_BACK_RULES: a gerund "
    "after 'about', a verb of withholding over it)",
    order=0.9,
)
# the sense rules that read the verb's place (its governor), not its sense or its row; each
# skips a nominal frame, so a light frame sensed on its noun never met them
HELD_BACK_RULES = frozenset(
    {
        "events.sense.about_gerund",
        "events.sense.withheld_act",
        "events.sense.held_off_act",
        "events.sense.withheld_hostile_act",
    }
)


def clause_sensed(frame: Frame, verb: Token, ctx: DocContext, tuning: Tuning) -> Frame | None:
    """``frame`` through ``CLAUSE_RULES`` (and ``HELD_BACK_RULES``) read on ``verb`` (the verb
    that governs it), where their rule is on; else as it is."""
    names = CLAUSE_RULES if tuning.on(LIGHT_CLAUSE_SENSED) else frozenset()
    if tuning.on(HELD_BACK):
        names = names | HELD_BACK_RULES
    if not names or verb.pos_ not in ("VERB", "AUX"):
        return frame
    return apply_sense(frame, verb, ctx, tuning, only=names)
