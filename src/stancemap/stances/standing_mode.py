"""A relation told by a noun of standing is no dated news of a turn (session 69 MP; issue 14).

"Newt Gingrich, a Trump ally", "Pakistan's close ally China", "her opponent, Y", "his rival
Y": the narrator describes how two parties stand - a standing relation, as a title or an
apposition describes a person - not that anything happened between them on the story's
day. ``stances.relations.ally_possessor`` (session 68) and ``stances.relations.rival_possessor``
(session 39) read such nouns; their readings count for the pair's relation in the story, but
in a corpus over time a July article that calls Christie "a Trump ally" is no evidence that
the pair turned in July (the 2016 shifts benchmark gained a monthly window Trump ~ Christie
2016-07 towards alignment from one such article, matching no documented turn).

- ``stances.mode.standing_undated``: a finding of a friendly noun of standing
  (ally_possessor: ``STANDING_NOTE``) whose clause is asserted gets the mode ``standing``
  (``STANDING``) - in a document it weighs as asserted (``alignment.scoring.ASSERTED_MODES``,
  no mode weight, ``stances.modes.most_real`` ranks it just after the asserted modes, so a
  pair also read from a clause of the day keeps ``asserted``) - and the corpus series
  (``alignment.timeseries.pair_series``: monthly windows, change points, declared turns)
  leave a statement of that mode out of every dated window; the whole-corpus view
  (``Window("all")``) keeps it. Nothing of one document's reading changes but the mode.
- ``stances.mode.standing_agent_apposition`` (session 70 RE; with the first): the "of"
  form in apposition, "X, an ally of Y" (``stances.campaign.agent``), is the same
  description; its hostile nouns ("X, a fierce critic of Y") carry ``RIVAL_NOTE`` too.
- ``stances.mode.standing_rival_undated`` (with the first): the hostile nouns of
  ``rival_possessor`` (on since session 39) too. Measured apart: in the 2016 primaries
  "his rival Y" readings are a large part of the candidates' dated evidence (Sanders ~
  Clinton 189 -> 171 units before July), and the Trump ~ Rubio window of the documented
  2016-02 turn moves to 2016-03 without them.

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
    "a relation read from a friendly noun of standing bound to a named party ('Y, a Trump "
    "ally', 'Pakistan's ally China': ally_possessor) in an "
    "asserted clause has the mode 'standing': it weighs as asserted in its document, but "
    "the corpus series (monthly windows, change points, declared turns) leave it out - a "
    "description of how two stand is no dated evidence of a turn",
    order=12.5,
)

STANDING_RIVAL = declare(
    "stances.mode.standing_rival_undated",
    "with stances.mode.standing_undated: a relation read from a hostile noun of standing "
    "('her opponent, Y', 'his rival Y': rival_possessor, on) is also told with the mode "
    "'standing' and left out of the corpus series (measured apart: in a primary such "
    "readings are most of a pair's dated evidence)",
    order=12.51,
)

STANDING_AGENT = declare(
    "stances.mode.standing_agent_apposition",
    "with stances.mode.standing_undated: 'X, an ally of Y', 'X, a longtime supporter of Y' "
    "(stances.campaign.agent's apposition: an agent noun of campaign.tsv with of/for naming "
    "Y, in apposition to X) is a noun of standing as ally_possessor's readings are: mode "
    "'standing', left out of the corpus series' dated windows; the hostile nouns ('X, a "
    "fierce critic of Y') too only with standing_rival_undated (session 70 RE)",
    order=12.52,
)

STANDING = "standing"  # the mode of such a statement
STANDING_NOTE = "standing-noun"  # the note its findings carry
RIVAL_NOTE = "standing-rival"  # and a hostile one's (rival_possessor)


def standing(findings: list[Finding], rival: bool = False) -> list[Finding]:
    """``findings`` marked as read from a noun of standing (``STANDING_NOTE``; a hostile
    one, ``rival``, also ``RIVAL_NOTE``)."""
    for f in findings:
        extra = (STANDING_NOTE, RIVAL_NOTE) if rival else (STANDING_NOTE,)
        f.notes = (*f.notes, *(n for n in extra if n not in f.notes))
    return findings


def is_standing(finding: Finding, rival_on: bool) -> bool:
    """Whether a finding is read from a noun of standing the switched rules mark."""
    if STANDING_NOTE not in finding.notes:
        return False
    return rival_on or RIVAL_NOTE not in finding.notes


def undated(mode: str | None) -> bool:
    """Whether a statement of ``mode`` is no dated evidence in a corpus series."""
    return (mode or "").lower() == STANDING
