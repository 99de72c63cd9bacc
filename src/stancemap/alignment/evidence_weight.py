"""Direct evidence and co-stances on one scale (session 63 RW, issue 14; both rules off).

Session 62 RS traced relation signs turned by a third party to the weights of
``alignment.scoring.score_pairs``: a co-stance towards a third party ("X and Y both
condemned the Tories") is an observation of value +1 weighted by the lesser confidence,
while an act of one on the other weighs its intensity over ten times half its confidence
(an accusation -0.3 x 0.5): any shared third party outweighed a direct accusation
("Lucas criticised Brown; both condemned the Tories" -> Lucas ~ Brown +0.05). And a
REQUEST, whose relation ``data/stances/intensity.tsv`` calls neutral, scored -0.1: "Johnson
urges Ken to stand firm" read opposed.

``alignment.score.direct_evidence_weight`` puts every piece of evidence on the co-stance's
scale, value = the sign it gives, weight = how sure it is:

- an event between the two: the sign of its type's intensity (a signed act says which
  way the two stand; how hard is no surer), weighted as before: its confidence times
  ``event_weight`` and its mode's and a reported act's factors;
- a position of one towards the other: its polarity, weighted by its confidence times the
  mean mode factor of its statements (a historical or hypothetical position weighs less,
  as an event of that mode does);
- a co-stance (two actors' positions on one third party or issue): an inference through
  the third party, so it weighs ``shared_stance_weight`` (half an event's ``event_weight``)
  of the lesser confidence, shared out over the actors holding a position on it: one of k
  holders takes part in k - 1 such pairs, so each weighs 1 / (k - 1);
- an inferred partnership of two co-sources keeps its ``co_source_weight``.

So one direct signed act outweighs one shared third-party stance of like confidence, and
a stance shared by many counts for less in each pair. One document's relations only: the
corpus windows (``timeseries``, ``in_document=False``) keep the old scale - applied there
too, the 2016 PolNeAR shifts lost a documented change point (Trump ~ Ryan, June) and two
monthly windows and gained two unmatched turns; scoped to documents they are identical. The learned relation confidence
(``alignment.confidence``) was fitted on the old scores: it still reads them
(``PairScore.plain_score``, ``relations.plain_features``); the relation carries the new one.

A neutral type (a REQUEST, relation 'neutral' in intensity.tsv) keeps its intensity / 10
(-0.1): it is no signed act. Unsigning it (value 0) was measured as a second rule,
``alignment.score.neutral_event_unsigned``, and removed: on the judged relations tune files
it dropped 5 right readings for 3 wrong and 1 no-relation ("Trump called for a special
prosecutor to oversee an investigation into ... the Clinton Foundation", "Arab Israeli
lawmakers called on the government to block Trump's visit": judged opposed), the old
``alignment.relations.neutral_no_sign`` result (session 16); with both rules on the
PolNeAR check relations_check_s43 lost 10 right readings and s27 six, where this rule alone
loses none and one.
"""

from __future__ import annotations

from ..datafiles import constants
from ..rules import declare

_TABLE = constants("alignment")
SHARED_STANCE_WEIGHT = float(_TABLE["shared_stance_weight"])

DIRECT_WEIGHT = declare(
    "alignment.score.direct_evidence_weight",
    "direct evidence between two actors and their co-stances on one scale: an event "
    "between them signs the pair by its type's sign (not intensity/10), weighted as before; "
    "a position of one on the other by its confidence and its statements' modes; a "
    "co-stance on a third party or issue is an inference (shared_stance_weight of the "
    "lesser confidence, half an event's) shared out over its k holders (1/(k-1)): "
    "'X criticised Y; X and Y both condemned Z' reads X ~ Y opposed; one document's "
    "relations only: the corpus windows keep the old scale (session 63 RW, issue 14)",
    order=5,
)


def sign(value: float) -> float:
    return float((value > 0) - (value < 0))


def event_value(intensity: float, relation: str, one_scale: bool) -> float:
    """An event's value: under ``DIRECT_WEIGHT`` the sign of a signed type's intensity (a
    neutral type, no signed act, keeps its intensity / 10); else its intensity / 10."""
    if one_scale and relation != "neutral":
        return sign(intensity)
    return intensity / 10.0


def shared_share(holders: int) -> float:
    """The weight factor of one co-stance on an issue held by ``holders`` actors: the
    inference's weight, shared out over the k - 1 pairs each holder takes part in."""
    return SHARED_STANCE_WEIGHT / max(1, holders - 1)
