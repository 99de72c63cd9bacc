"""DNA-style networks: counts worked out by hand, exports read back."""

from __future__ import annotations

import csv
from datetime import date
from pathlib import Path

import networkx as nx
import pytest
from alignment_builders import analysis, write_jsonl

from stancemap.alignment.corpus import Corpus, load_corpus
from stancemap.alignment.network import one_mode, two_mode, write_network


@pytest.fixture
def corpus(tmp_path: Path) -> Corpus:
    # a: x+ y+ z-     b: x+ y- z-     c: x+     (b states x twice)
    docs = [
        analysis("d1", "2026-01-01", [("a", "x", 1), ("a", "y", 1), ("b", "x", 1), ("b", "x", 1)]),
        analysis(
            "d2", "2026-02-01", [("a", "z", -1), ("b", "y", -1), ("b", "z", -1), ("c", "x", 1)]
        ),
    ]
    return load_corpus(write_jsonl(tmp_path / "c.jsonl", docs))


def test_two_mode_counts_statements_per_actor_and_issue(corpus: Corpus) -> None:
    g = two_mode(corpus)
    assert g.edges["actor:b", "issue:x"]["weight"] == 2
    assert g.edges["actor:b", "issue:y"]["negative"] == 1
    assert g.edges["actor:b", "issue:y"]["polarity"] == -1.0
    assert {n for n, d in g.nodes(data=True) if d["kind"] == "issue"} == {
        "issue:x",
        "issue:y",
        "issue:z",
    }


def test_one_mode_congruence_conflict_subtract(corpus: Corpus) -> None:
    cong = one_mode(corpus, "congruence")
    conf = one_mode(corpus, "conflict")
    sub = one_mode(corpus, "subtract")
    # a and b share x+ and z-, differ on y
    assert cong.edges["actor:a", "actor:b"]["weight"] == 2
    assert conf.edges["actor:a", "actor:b"]["weight"] == 1
    assert sub.edges["actor:a", "actor:b"]["weight"] == 1
    assert cong.edges["actor:a", "actor:c"]["weight"] == 1
    assert not conf.has_edge("actor:a", "actor:c")


def test_normalisations(corpus: Corpus) -> None:
    # a holds {x+, y+, z-} (3), b holds {x+, y-, z-} (3); shared 2, union 4
    assert one_mode(corpus, "congruence", "average").edges["actor:a", "actor:b"][
        "weight"
    ] == pytest.approx(2 / 3, abs=1e-4)
    assert one_mode(corpus, "congruence", "jaccard").edges["actor:a", "actor:b"][
        "weight"
    ] == pytest.approx(2 / 4, abs=1e-4)
    # a (3) and c (1) share 1: cosine 1/sqrt(3)
    assert one_mode(corpus, "congruence", "cosine").edges["actor:a", "actor:c"][
        "weight"
    ] == pytest.approx(1 / 3**0.5, abs=1e-4)
    with pytest.raises(ValueError, match="normalisation"):
        one_mode(corpus, "congruence", "max")


def test_time_window_restricts_statements(corpus: Corpus) -> None:
    g = one_mode(corpus, "congruence", start=date(2026, 1, 1), end=date(2026, 1, 31))
    assert g.edges["actor:a", "actor:b"]["weight"] == 1  # only x+ is stated in January
    assert "actor:c" not in g


def test_exports_read_back(corpus: Corpus, tmp_path: Path) -> None:
    g = one_mode(corpus, "subtract")
    back = nx.read_graphml(write_network(g, tmp_path / "n.graphml"))
    assert back.edges["actor:a", "actor:b"]["weight"] == 1
    back = nx.read_gexf(write_network(two_mode(corpus), tmp_path / "n.gexf"))
    assert back.number_of_edges() == two_mode(corpus).number_of_edges()
    rows = list(csv.DictReader(write_network(g, tmp_path / "n.csv").open(encoding="utf-8")))
    weights = {(r["source"], r["target"]): float(r["weight"]) for r in rows}
    assert weights[("actor:a", "actor:b")] == 1.0
    with pytest.raises(ValueError, match="format"):
        write_network(g, tmp_path / "n.dot")
