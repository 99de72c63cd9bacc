"""Discourse networks as in Discourse Network Analysis (Leifeld): from statements.

- two-mode: actors x issues; an edge per (actor, issue) with the number of
  statements for and against and the mean polarity;
- one-mode: actors x actors, from the (issue, polarity) pairs each actor holds:
  ``congruence`` counts the pairs two actors share (both for, or both against an
  issue), ``conflict`` those where they differ, ``subtract`` is congruence minus
  conflict. Normalisation: ``none``, ``average`` (by the mean number of pairs
  the two actors hold, as DNA's average activity normalisation), ``jaccard``
  and ``cosine`` (over the actors' sets of pairs).

A time window (``start``/``end`` dates) restricts the statements used. Export
to GraphML and GEXF (networkx) or to CSV edge lists.
"""

from __future__ import annotations

import csv
from collections.abc import Iterable
from datetime import date
from itertools import combinations
from math import sqrt
from pathlib import Path

import networkx as nx

from .corpus import Corpus, CorpusStatement

ONE_MODE = ("congruence", "conflict", "subtract")
NORMALISATIONS = ("none", "average", "jaccard", "cosine")


def _within(statements: Iterable[CorpusStatement], start: date | None, end: date | None):  # type: ignore[no-untyped-def]
    for st in statements:
        if start is not None and (st.date is None or st.date < start):
            continue
        if end is not None and (st.date is None or st.date > end):
            continue
        yield st


def two_mode(corpus: Corpus, start: date | None = None, end: date | None = None) -> nx.Graph:
    """Actors x issues, edges weighted by statement counts."""
    graph = nx.Graph(mode="two-mode")
    for st in _within(corpus.statements, start, end):
        actor, issue = f"actor:{st.actor}", f"issue:{st.issue}"
        graph.add_node(actor, kind="actor", label=corpus.name(st.actor), bipartite=0)
        graph.add_node(
            issue, kind="issue", label=corpus.issue_labels.get(st.issue, st.issue), bipartite=1
        )
        if not graph.has_edge(actor, issue):
            graph.add_edge(actor, issue, weight=0, positive=0, negative=0, neutral=0, polarity=0.0)
        edge = graph.edges[actor, issue]
        edge["weight"] += 1
        edge["positive" if st.polarity > 0 else "negative" if st.polarity < 0 else "neutral"] += 1
        edge["polarity"] = round((edge["positive"] - edge["negative"]) / edge["weight"], 4)
    return graph


def _holdings(statements: Iterable[CorpusStatement]) -> dict[str, set[tuple[str, int]]]:
    """actor -> the (issue, polarity) pairs it has stated (neutral statements left out)."""
    out: dict[str, set[tuple[str, int]]] = {}
    for st in statements:
        if st.polarity != 0:
            out.setdefault(st.actor, set()).add((st.issue, st.polarity))
    return out


def one_mode(
    corpus: Corpus,
    kind: str = "subtract",
    normalisation: str = "none",
    start: date | None = None,
    end: date | None = None,
) -> nx.Graph:
    """Actor x actor congruence, conflict or subtract network (see module doc)."""
    if kind not in ONE_MODE:
        raise ValueError(f"unknown one-mode network '{kind}': use one of {', '.join(ONE_MODE)}")
    if normalisation not in NORMALISATIONS:
        raise ValueError(
            f"unknown normalisation '{normalisation}': use one of {', '.join(NORMALISATIONS)}"
        )
    held = _holdings(_within(corpus.statements, start, end))
    graph = nx.Graph(mode=kind, normalisation=normalisation)
    for actor in held:
        graph.add_node(f"actor:{actor}", kind="actor", label=corpus.name(actor))
    for a, b in combinations(sorted(held), 2):
        ha, hb = held[a], held[b]
        same = len(ha & hb)
        opposed = len({(i, -p) for i, p in ha} & hb)
        raw = {"congruence": same, "conflict": opposed, "subtract": same - opposed}[kind]
        if raw == 0:
            continue
        graph.add_edge(
            f"actor:{a}",
            f"actor:{b}",
            weight=round(raw / _norm(normalisation, ha, hb), 4),
            congruence=same,
            conflict=opposed,
        )
    return graph


def _norm(normalisation: str, ha: set, hb: set) -> float:
    if normalisation == "average":
        return (len(ha) + len(hb)) / 2
    if normalisation == "jaccard":
        return len(ha | hb)
    if normalisation == "cosine":
        return sqrt(len(ha) * len(hb))
    return 1.0


def write_network(graph: nx.Graph, path: str | Path) -> Path:
    """Write by suffix: .graphml, .gexf, or .csv (an edge list with every attribute)."""
    path = Path(path)
    suffix = path.suffix.lower()
    if suffix == ".graphml":
        nx.write_graphml(graph, path)
    elif suffix == ".gexf":
        nx.write_gexf(graph, path)
    elif suffix == ".csv":
        keys = sorted({k for _, _, data in graph.edges(data=True) for k in data})
        with path.open("w", newline="", encoding="utf-8") as handle:
            writer = csv.writer(handle)
            writer.writerow(["source", "source_label", "target", "target_label", *keys])
            for u, v, data in graph.edges(data=True):
                writer.writerow(
                    [
                        u,
                        graph.nodes[u].get("label", u),
                        v,
                        graph.nodes[v].get("label", v),
                        *(data.get(k, "") for k in keys),
                    ]
                )
    else:
        raise ValueError(f"unknown network format '{suffix}': use .graphml, .gexf or .csv")
    return path
