"""A break outweighs the tie it ends (``stances.ties.break_over_former``, session 51 QB).

The founding kind of story tells the tie and its end in one breath: "We stood with
Eritrea when it served both of us. That alliance is finished." Read apart, the first
sentence is a friendly position and the second a hostile one; averaged, one holder's
alignment with the partner comes out ambivalent (polarity 0) and the break is lost.
But a break presupposes the tie: the friendly words told in the past are that tie's
history, not a position beside the break. So where a holder's findings towards one
party hold a break (a tie ended, quit, dropped or switched away from, or a cue
negated by "no longer"), the same holder's friendly findings towards that party whose
cue is a past-tense verb ("stood with", "have backed") are left out of the average.

A friendly finding in the present or future ("we remain friends with Y") stays: it
says the holder still stands there, beside the break, and the average weighs both.
"""

from __future__ import annotations

from spacy.tokens import Doc, Token

from ..rules import declare
from .extract import ALIGNMENT, Finding

BREAK_OVER_FORMER = declare(
    "stances.ties.break_over_former",
    "'We stood with X when it served us. That alliance is finished': where a holder's "
    "positions towards X hold a break (a tie ended, quit, dropped or switched away from, "
    "'no longer'), its friendly positions towards X read from a past-tense verb are that "
    "tie's history, left out of the holder's stance",
    order=58.2,
)

# the notes of findings that end a tie with their party (stances/ties.py, ties_moved.py)
# or turn a cue by "no longer" (polarity.py)
_BREAK_NOTES = frozenset({"tie-ended", "tie-quit", "tie-dropped", "tie-switched-from", "no-longer"})
_PAST_TAGS = frozenset({"VBD", "VBN"})
_HAVE = frozenset({"have", "has", "had", "'ve", "'d"})


def _past(tok: Token) -> bool:
    """A simple past ("stood") or a perfect ("have backed", "had stood") verb."""
    if tok.pos_ not in ("VERB", "AUX") or tok.tag_ not in _PAST_TAGS:
        return False
    if tok.tag_ == "VBD":
        return True
    auxes = [c for c in tok.children if c.dep_ in ("aux", "auxpass")]
    return any(c.lower_ in _HAVE for c in auxes) and not any(
        c.lower_ in ("will", "would", "shall", "'ll") for c in auxes
    )


def _breaks(f: Finding) -> bool:
    return f.polarity < 0 and bool(_BREAK_NOTES & set(f.notes))


def former_ties_dropped(findings: list[Finding], doc: Doc) -> list[Finding]:
    """``findings`` without the friendly past-tense alignment findings of a holder towards
    a party it breaks with (see the module's doc)."""
    broken = {(f.holder, f.args) for f in findings if f.frame == ALIGNMENT and _breaks(f)}
    if not broken:
        return findings
    out: list[Finding] = []
    for f in findings:
        former = (
            f.frame == ALIGNMENT
            and f.polarity > 0
            and (f.holder, f.args) in broken
            and f.cue is not None
            and 0 <= f.cue < len(doc)
            and _past(doc[f.cue])
        )
        if not former:
            out.append(f)
    return out
