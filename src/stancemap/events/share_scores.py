"""A stance counted in percent is a poll breakdown: "Democrats favored Clinton, 72 percent
to 8 percent".

Session 47 (engineer NE). On the judged real-news tune files poll shares are the readings
kept as stances whose no-event is plainest: a group polled "favored", "backed" or
"preferred" a candidate by a score in percent. ``events.sense.contest_score`` (on) drops
such a score when it hangs on the verb as a measure and every party could run in one
contest; the parse also hangs it on the object ("favored Trump, 82 percent to 6 percent":
an apposition) or makes the first share the object ("favored Trump 46 percent to 32
percent"), and the group polled is often no party ("male troops backed Trump, 57 percent
to 22 percent").

Rule ``events.sense.share_score_stance``: a stance verb (SUPPORT, REJECT, AGREE, ACCUSE)
whose own phrases (no clause under it) hold a score in percent - a number tagged PERCENT,
"to" or a dash, and a second number tagged PERCENT ("72 percent to 8 percent", "57% to
22%", "52 to 38 percent") - reports a poll: no event, whoever the parties.
"""

from __future__ import annotations

from spacy.tokens import Token

from ..rules import rule
from .parts import DocContext, Frame

SHARE_SCORE = "events.sense.share_score_stance"
STANCE_TYPES = frozenset(("SUPPORT", "REJECT", "AGREE", "ACCUSE"))
CLAUSES = frozenset(("ccomp", "advcl", "relcl", "xcomp", "acl", "conj", "parataxis", "csubj"))
LINKS = frozenset(("to", "-", "–", "—"))
UNITS = frozenset(("percent", "%", "per", "cent", "percentage", "points", "point"))
PERCENT = "PERCENT"


def own_tokens(tok: Token) -> list[Token]:
    """The verb and its phrases, without the clauses under it."""
    out = [tok]
    stack = [c for c in tok.children if c.dep_ not in CLAUSES]
    while stack:
        t = stack.pop()
        out.append(t)
        stack.extend(c for c in t.children if c.dep_ not in CLAUSES)
    return out


def has_share_score(tok: Token) -> bool:
    """A "N percent to M percent" score among the verb's own phrases."""
    doc = tok.doc
    own = {t.i for t in own_tokens(tok)}
    for i in sorted(own):
        first = doc[i]
        if not first.like_num or first.ent_type_ != PERCENT:
            continue
        j = i + 1
        while j < len(doc) and doc[j].lower_ in UNITS:
            j += 1
        if j + 1 >= len(doc) or doc[j].lower_ not in LINKS:
            continue
        second = doc[j + 1]
        if second.like_num and second.ent_type_ == PERCENT and second.i in own:
            return True
    return False


@rule(
    SHARE_SCORE,
    order=6.2,
    doc="'Democrats favored Clinton, 72 percent to 8 percent', 'male troops backed Trump, 57 "
    "percent to 22 percent': a stance verb (SUPPORT, REJECT, AGREE, ACCUSE) whose own phrases "
    "hold a score in percent (two numbers tagged PERCENT joined by 'to' or a dash) reports a "
    "poll: no event, whoever the parties",
)
def share_score_stance(frame: Frame, tok: Token, ctx: DocContext) -> Frame | None:
    if frame.nominal or frame.type not in STANCE_TYPES or tok.pos_ not in ("VERB", "AUX"):
        return frame
    return None if has_share_score(tok) else frame
