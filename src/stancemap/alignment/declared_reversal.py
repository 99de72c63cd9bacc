"""A declaration that reverses an earlier declaration is a turn on a thin course
(session 58, engineer SH).

``declared.declared_turns`` reports a declaration ("X endorsed Y", "X refused to endorse
Y") as a turn only where the pair has evidence in at least
``declared_min_baseline_articles`` (two) articles before it: a single earlier article is
no course to turn from, and on the 2016 controls it was once a misread shared stance
(session 27). But where the earlier evidence holds a declaration the other way, told in
another article on an earlier day ("X has refrained from endorsing Y" in April, "X
endorsed Y" in June), the news itself stated the course: X's stance was declared, and the
new declaration states its reverse. That is a turn whatever the number of articles
between them, as "X endorsed Y, then withdrew his endorsement" is.

``alignment.turns.declared_reversal`` (off as shipped): such a reversal needs one article
of earlier evidence (the earlier declaration's own), not two; everything else a declared
turn needs still holds - the pair's earlier evidence must not already lean the declared
way (``declared.already_leaning``), both sides are people, the declaration is the story's
own news. Two reports of one declaration are still one turn (``declared_turns`` skips a
declaration the same way as the last), and an article that tells both the refusal and the
endorsement is one report, no course: the earlier declaration must come from another
article.

Why (issue 14, documented turns of 2016 the shifts miss): of the 7 documented turns the
detectors missed in session 57, one (Warren ~ Clinton, June 2016) had a declared
endorsement whose only earlier article declared the endorsement withheld; the others had
no earlier evidence at all, evidence already leaning the declared way, or too few articles
on one side for a change point that stays quiet on the control pairs (docs/benchmarks.md
"Session 58 - engineer SH").
"""

from __future__ import annotations

from datetime import date

from ..rules import declare
from .corpus import Corpus, CorpusEvent

DECLARED_REVERSAL = declare(
    "alignment.turns.declared_reversal",
    "a declaration the other way from the pair's last earlier declaration, told in another "
    "article on an earlier day ('X refrained from endorsing Y', then 'X endorsed Y'), is a "
    "declared turn on one article of earlier evidence: the earlier declaration is the "
    "course it turns from (declared_min_baseline_articles asks two articles of any other "
    "course); the lean test still applies (session 58 SH)",
)


def reversal_on(corpus: Corpus) -> bool:
    """Whether the rule is on in the switches the corpus was read with; a corpus read with
    none keeps it off, as shipped."""
    return corpus.switches is not None and corpus.switches.enabled(DECLARED_REVERSAL)


def reverses(earlier: CorpusEvent | None, event: CorpusEvent, when: date) -> bool:
    """Whether ``event`` (a declaration on ``when``) reverses ``earlier`` (the pair's last
    declaration before it, the other way): told in another article, on an earlier day."""
    if earlier is None or earlier.date is None or earlier.date >= when:
        return False
    return earlier.doc != event.doc
