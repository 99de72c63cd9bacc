"""A relation told by a noun of standing is no dated news of a turn (session 69 MP; issue 14).

"Newt Gingrich, a Trump ally", "Pakistan's close ally China", "her opponent, Y", "his rival
Y": the narrator describes how two parties stand - a standing relation, as a title or an
apposition describes a person - not that anything happened between them on the story's
day. ``stances.relations.ally_possessor`` (session 68) and ``stances.relations.rival_possessor``
(session 39) read such nouns; their readings count for the pair's relation in the story, but
in a corpus over time a July article that calls Christie "a Trump ally" is no evidence that
the pair turned in July (the 2016 shifts benchmark gained a monthly window Trump ~ Christie
2016-07 towards alignment from one such article, matching no documented turn).

- ``stances.mode.standing_undated``: a finding of a standing noun (ally_possessor,
  rival_possessor: ``STANDING_NOTE``) whose clause is asserted gets the mode ``standing``
  (``STANDING``) - in a document it weighs as asserted (``alignment.scoring.ASSERTED_MODES``,
  no mode weight, ``stances.modes.most_real`` ranks it just after the asserted modes, so a
  pair also read from a clause of the day keeps ``asserted``) - and the corpus series
  (``alignment.timeseries.pair_series``: monthly windows, change points, declared turns)
  leave a statement of that mode out of every dated window; the whole-corpus view
  (``Window("all")``) keeps it. Nothing of one document's reading changes but the mode.

The kind is the construction's, not a word list: a relation noun bound to a named party by
possession, apposition or title (``contests.named_by_noun``) tells what the party is, not
what he did.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from ..rules import declare

if TYPE_CHECKING:
    from .extract import Finding

STANDING_UNDATED = declare(
    "stances.mode.standing_undated",
    "a relation read from a noun of standing bound to a named party ('Y, a Trump ally', "
    "'Pakistan's ally China', 'her opponent, Y': ally_possessor, rival_possessor) in an "
    "asserted clause has the mode 'standing': it weighs as asserted in its document, but "
    "the corpus series (monthly windows, change points, declared turns) leave it out - a "
    "description of how two stand is no dated evidence of a turn",
    order=12.5,
)

STANDING = "standing"  # the mode of such a statement
STANDING_NOTE = "standing-noun"  # the note its findings carry


def standing(findings: list[Finding]) -> list[Finding]:
    """``findings`` marked as read from a noun of standing (``STANDING_NOTE``)."""
    for f in findings:
        if STANDING_NOTE not in f.notes:
            f.notes = (*f.notes, STANDING_NOTE)
    return findings


def undated(mode: str | None) -> bool:
    """Whether a statement of ``mode`` is no dated evidence in a corpus series."""
    return (mode or "").lower() == STANDING
