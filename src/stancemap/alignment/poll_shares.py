"""A poll's shares are no party's act (session 49 RX).

"Military Times found Democrats favored Clinton, 72 percent to 8 percent", "male troops
backed Trump, 57 percent to 22 percent": the quote and event stages read a position of
the party, or of a group, towards the candidate. What the sentence reports is how many of
a poll's respondents of that description prefer whom - no act or word of the party or
the group. On judged real news each relation of a group or organisation resting only on
such sentences was no relation. A person's relation is left alone ("Trump leads Clinton
45 percent to 40 percent" sets two rivals against each other).
"""

from __future__ import annotations

import re
from collections.abc import Iterable, Mapping

from ..records import Actor, Relation
from ..rules import declare

POLL_SHARE = declare(
    "alignment.relations.poll_share_no_party",
    "a relation of a group or organisation (not a person, not a country) whose every piece "
    "of evidence is a sentence giving a share in percent ('Democrats favored Clinton, 72 "
    "percent to 8 percent') is a poll's finding, no relation of the group (session 49 RX)",
)

# a share: "72 percent", "72%", "8.5 per cent"
SHARE = re.compile(r"\b\d{1,3}(?:\.\d+)?\s?(?:%|percent\b|per cent\b)", re.IGNORECASE)
COLLECTIVE = frozenset({"group", "organization"})


def poll_only(relation: Relation, kinds: Mapping[str, str | None]) -> bool:
    """A relation with a collective end whose every evidence span states a share."""
    if not any(kinds.get(end) in COLLECTIVE for end in (relation.a, relation.b)):
        return False
    texts = [ref.span.text if ref.span is not None else None for ref in relation.evidence_spans]
    return bool(texts) and all(t is not None and SHARE.search(t) for t in texts)


def drop_poll_shares(relations: list[Relation], actors: Iterable[Actor]) -> list[Relation]:
    """``relations`` without those resting only on a poll's shares (``POLL_SHARE``)."""
    kinds = {a.id: a.type for a in actors}
    return [r for r in relations if not (r.score and poll_only(r, kinds))]
