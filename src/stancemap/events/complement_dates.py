"""A date in the complement of an asking, promising or threatening verb dates the act
asked for, not the asking (session 56 DT, issue 12).

"Greenland has asked Denmark to withdraw its patrol boats by March 15", in a story of
January: the demand, intent, threat or refusal folded from a complement carries the
complement's tokens among its predicate tokens, so the date under the complement ("by
March 15" on "withdraw", a deadline) was taken as the date of the asking - resolved back
to the March before the story, it made the request historical
(``events.mode.dated_background``). A date dates an act only where it attaches to the
act's own verb (or a clause of it); a date that reaches the act only through a verb or
noun of its complement belongs to that complement: the deadline, time or plan of the act
asked for, promised or refused. The support verb of a light frame ("held talks on
Monday", "failed to agree on Tuesday") is left alone: its complement is the act itself.
Rule ``events.mode.complement_date_not_act``.
"""

from __future__ import annotations

from spacy.tokens import Token

from ..rules import declare

COMPLEMENT_DATE_NOT_ACT = declare(
    "events.mode.complement_date_not_act",
    "'asked Y to withdraw by March 15', 'promised to hold elections in June': a date on the "
    "complement of a demand, intent, threat or refusal dates the act asked for, not the "
    "asking (so no deadline makes a request historical)",
    order=23,
)
# frame rows whose act is the governing verb's, folded over a complement (frames._fold,
# frame_ask_for, frame_speech_demand); a light row's complement is the act itself
FOLDED_ROLES = frozenset({"intent", "threat", "refuse", "demand"})


def complement_tokens(head: Token, tokens: list[Token], role: str, nominal: bool) -> set[int]:
    """The predicate tokens of a folded frame that belong to its complement (every token
    but the governing verb), as indices; empty for any other frame."""
    if nominal or role not in FOLDED_ROLES:
        return set()
    return {t.i for t in tokens if t.i != head.i}
