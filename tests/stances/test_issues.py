"""Issue ids and the merging rules."""

from __future__ import annotations

from stancemap.stances.issues import cluster_issues, issue_id, issue_label, parse_issue_id
from stancemap.stances.lexicon import default_lexicon

FRAMES = default_lexicon().frames


def test_issue_id_round_trip() -> None:
    assert issue_id("recognition", ["LPR", "DPR", "DPR"]) == "recognition:DPR+LPR"
    assert parse_issue_id("recognition:DPR+LPR") == ("recognition", frozenset({"DPR", "LPR"}))
    assert parse_issue_id("war") == ("war", frozenset())
    assert parse_issue_id("x:new:country:ab") == ("x", frozenset({"new:country:ab"}))


def test_labels() -> None:
    assert (
        issue_label(FRAMES["recognition"], "recognition", ["Donetsk", "Luhansk"])
        == "recognition of Donetsk and Luhansk"
    )
    assert issue_label(FRAMES["war"], "war", []) == "the war"
    assert issue_label(None, "topic-reform", []) == "reform"


def test_document_scope() -> None:
    a = ("recognition", frozenset({"DPR", "LPR"}))
    b = ("recognition", frozenset({"DPR"}))
    c = ("recognition", frozenset({"TWN"}))
    w1 = ("war", frozenset({"UKR"}))
    w2 = ("war", frozenset({"RUS"}))
    w3 = ("war", frozenset())
    clusters = cluster_issues({a: 1, b: 1, c: 1, w1: 1, w2: 1, w3: 1}, FRAMES, scope="document")
    assert clusters(a) == clusters(b) == ("recognition", frozenset({"DPR", "LPR"}))
    assert clusters(c) == c  # Taiwan is another recognition question
    # the war frame is one issue per document, whatever its arguments
    assert clusters(w1) == clusters(w2) == clusters(w3) == ("war", frozenset({"RUS", "UKR"}))


def test_corpus_scope_keeps_disjoint_arguments_apart() -> None:
    w1 = ("war", frozenset({"UKR"}))
    w2 = ("war", frozenset({"RUS", "UKR"}))
    w3 = ("war", frozenset({"ETH"}))
    bare = ("war", frozenset())
    clusters = cluster_issues({w1: 5, w2: 2, w3: 1, bare: 1}, FRAMES, scope="corpus")
    assert clusters(w2) == clusters(w1) == w1  # the most frequent raw key names the group
    assert clusters(w3) == w3
    assert clusters(bare) == w1  # a bare issue joins the biggest group, bridging nothing
    apart = cluster_issues({w1: 5, w2: 2}, FRAMES, scope="corpus", keep_apart=[w2])
    assert apart(w2) == w2


def test_alignment_with_a_person_is_about_that_person_alone() -> None:
    # "X slammed Y and Z" must not join the stances towards Y with those towards Z: chained
    # over a corpus, overlap merging made every campaign rival one "alignment" issue
    y = ("alignment", frozenset({"person:y"}))
    yz = ("alignment", frozenset({"person:y", "person:z"}))
    z = ("alignment", frozenset({"person:z"}))
    bare = ("alignment", frozenset())
    for scope in ("document", "corpus"):
        clusters = cluster_issues({y: 5, yz: 1, z: 3, bare: 1}, FRAMES, scope=scope)
        assert clusters(y) == y
        assert clusters(z) == z
        assert clusters(yz) == yz
        assert clusters(bare) == bare
    # an overlap frame still merges on a shared argument
    r1, r2 = ("recognition", frozenset({"A"})), ("recognition", frozenset({"A", "B"}))
    assert cluster_issues({r1: 2, r2: 1}, FRAMES, scope="corpus")(r2) == r1
