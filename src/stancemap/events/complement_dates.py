"""A date in the complement of an asking, promising or threatening verb dates the act
asked for, not the asking (session 56 DT, issue 12).

"Greenland has asked Denmark to withdraw its patrol boats by March 15", in a story of
January: the demand, intent, threat or refusal folded from a complement carries the
complement's tokens among its predicate tokens, so the date under the complement ("by
March 15" on "withdraw", a deadline) was taken as the date of the asking - resolved back
to the March before the story, it made the request historical
(``events.mode.dated_background``). A deadline phrase on the complement - "by", "until",
"till", "before" (``data/events/deadline_preps.txt``) with a date whose year is a guess (a
bare month or weekday, read back or ahead of the story alike by ``dates.resolve_date``) -
is the deadline of the act asked for, promised or refused, and dates no asking. A date that
fixes its own year ("asked Y to step down by 2012") still dates the asking: the act asked
for comes no earlier than the asking. Any other date on the complement ("promised to hold
talks in March") keeps its old reading: its attachment is as often the asking's (measured:
skipping every complement date lost two judged-historical items on events check s27 and
s41, tune unchanged). The support verb of a light frame ("failed to agree on Tuesday") is
left alone: its complement is the act itself.
Rule ``events.mode.complement_date_not_act``.

The year guess of a deadline: "Denmark is to withdraw its boats by March 15", in a story of
January, resolved the bare month back to the March before the story, as for a past act,
and made the withdrawal historical. A date under a deadline preposition (by, until, till,
before: ``data/events/deadline_preps.txt``) on a bare infinitive - an act not done yet -
looks forward; "had withdrawn by March 15" (a tensed act) still looks back. Rule
``events.mode.deadline_ahead``.
"""

from __future__ import annotations

from functools import lru_cache

from spacy.tokens import Token

from ..datafiles import word_list
from ..rules import declare

COMPLEMENT_DATE_NOT_ACT = declare(
    "events.mode.complement_date_not_act",
    "'asked Y to withdraw by March 15': a deadline (by, until, till, before + a date whose "
    "year is a guess) on the complement of a demand, intent, threat or refusal dates the act "
    "asked for, not the asking (so no deadline makes a request historical)",
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


DEADLINE_AHEAD = declare(
    "events.mode.deadline_ahead",
    "'Denmark is to withdraw its boats by March 15' in a January story: a date under a "
    "deadline preposition (by, until, till, before) on an act with no tense of its own (a "
    "bare infinitive) is ahead of the story, so a bare month looks forward, not back "
    "(data/events/deadline_preps.txt)",
    order=23,
)


@lru_cache(maxsize=1)
def deadline_preps() -> frozenset[str]:
    return word_list("events/deadline_preps.txt")


def deadline_ahead(path: list[Token]) -> bool:
    """The climb from a date reached a bare infinitive ("to withdraw", "must withdraw")
    through a deadline preposition ("by", "until"): the act is not done, its deadline ahead."""
    act = path[-1]
    if act.tag_ != "VB" or act.pos_ != "VERB" or _told_past(act):
        return False
    preps = deadline_preps()
    return any(t.dep_ == "prep" and t.lower_ in preps for t in path[:-1])


def _told_past(act: Token) -> bool:
    """The infinitive is told as past - "did not withdraw", "failed to withdraw", "has
    failed to withdraw": a past tense or a perfect on it or on the verb whose complement
    it is."""
    verbs = [act] + ([act.head] if act.dep_ == "xcomp" and act.head.i != act.i else [])
    for verb in verbs:
        auxes = [c for c in verb.children if c.dep_ in ("aux", "auxpass")]
        if verb.i != act.i and verb.tag_ == "VBD":
            return True
        if any(a.tag_ == "VBD" or a.lemma_ == "have" for a in auxes):
            return True
    return False


def deadline_of(path: list[Token], complement: set[int]) -> bool:
    """The climb from a date passed a deadline preposition ("by", "until": data/events/
    deadline_preps.txt) and a token of the frame's complement: "asked Y to withdraw by
    March 15" - the deadline of the act asked for."""
    if not any(t.i in complement for t in path):
        return False
    preps = deadline_preps()
    return any(t.dep_ == "prep" and t.lower_ in preps for t in path)
