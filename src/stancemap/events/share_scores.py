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
whose own phrases (no clause under it) hold a score in percent - a share (a number tagged
PERCENT or followed by "percent", "%", "points"), "to" or a dash, and a second share ("72
percent to 8 percent", "57% to 22%", "52 to 38 percent") - reports a poll: no event,
whoever the parties (the entity tagger sometimes swallows the first number into a name:
"Trump 46 percent").
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


def _share_end(words: list[Token], k: int) -> int | None:
    """Where a share starting at ``words[k]`` ends (the index after it): a number tagged
    PERCENT or followed by a unit ("72 percent", "57%"); None if no share starts there."""
    if not words[k].like_num:
        return None
    j = k + 1
    while j < len(words) and words[j].lower_ in UNITS:
        j += 1
    if j > k + 1 or words[k].ent_type_ == PERCENT:
        return j
    return None


def has_share_score(tok: Token) -> bool:
    """A "N percent to M percent" score among the verb's own phrases (space tokens, as a
    no-break space before a number, skipped)."""
    own = {t.i for t in own_tokens(tok)}
    words = [t for t in tok.sent if not t.is_space]
    for k, first in enumerate(words):
        if first.i not in own:
            continue
        j = _share_end(words, k)
        if j is None or j + 1 >= len(words) or words[j].lower_ not in LINKS:
            continue
        second = words[j + 1]
        if second.i in own and _share_end(words, j + 1) is not None:
            return True
    return False


@rule(
    SHARE_SCORE,
    order=6.2,
    doc="'Democrats favored Clinton, 72 percent to 8 percent', 'male troops backed Trump, 57 "
    "percent to 22 percent': a stance verb (SUPPORT, REJECT, AGREE, ACCUSE) whose own phrases "
    "hold a score in percent (two shares - a number tagged PERCENT or followed by a unit - joined by 'to' or a dash) reports a "
    "poll: no event, whoever the parties",
)
def share_score_stance(frame: Frame, tok: Token, ctx: DocContext) -> Frame | None:
    if frame.nominal or frame.type not in STANCE_TYPES or tok.pos_ not in ("VERB", "AUX"):
        return frame
    return None if has_share_score(tok) else frame
