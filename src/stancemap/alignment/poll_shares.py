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
    "of evidence is a sentence giving a poll's split, two shares joined by 'to' or a dash "
    "('Democrats favored Clinton, 72 percent to 8 percent') is a poll's finding, no relation "
    "of the group (session 49 RX)",
)

# a poll's split: two shares joined by "to" or a dash ("72 percent to 8 percent", "51%-24%",
# "57 to 22 percent"). A single share is not enough: "drew the support of 41 percent" was
# judged a right reading on real news (session 47 NE), and the first form of this rule, any
# share, lost two right relations on the blind checks (s43, s45)
_SHARE = r"\d{1,3}(?:\.\d+)?\s?(?:%|percent\b|per cent\b)"
SHARE = re.compile(
    rf"\b\d{{1,3}}(?:\.\d+)?\s?(?:%|percent|per cent)?\s?(?:to|-|\u2013)\s?{_SHARE}",
    re.IGNORECASE,
)
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
