"""Per-document relations from statements and events (first version)."""

from __future__ import annotations

from itertools import combinations

from ..records import Event, Relation, Statement


def relate_document(statements: list[Statement], events: list[Event]) -> list[Relation]:
    by_issue: dict[str, dict[str, list[int]]] = {}
    for st in statements:
        by_issue.setdefault(st.issue.id, {}).setdefault(st.actor, []).append(st.polarity)
    pairs: dict[tuple[str, str], Relation] = {}
    for issue_id, actors in by_issue.items():
        for a, b in combinations(sorted(actors), 2):
            pa, pb = sum(actors[a]), sum(actors[b])
            if pa == 0 or pb == 0:
                continue
            rel = pairs.setdefault((a, b), Relation(a=a, b=b, score=0.0))
            (rel.agree if (pa > 0) == (pb > 0) else rel.disagree).append(issue_id)
    for rel in pairs.values():
        total = len(rel.agree) + len(rel.disagree)
        rel.score = (len(rel.agree) - len(rel.disagree)) / total if total else 0.0
    return list(pairs.values())
