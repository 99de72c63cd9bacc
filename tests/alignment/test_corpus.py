"""Reading the contract's JSON Lines into a corpus, merging issues across documents."""

from __future__ import annotations

from pathlib import Path

import pytest
from alignment_builders import analysis, write_jsonl

from stancemap.alignment.corpus import load_corpus
from stancemap.errors import InputError
from stancemap.stances.registry import IssueRegistry


def test_issues_with_overlapping_arguments_merge_across_documents(tmp_path: Path) -> None:
    path = write_jsonl(
        tmp_path / "c.jsonl",
        [
            analysis("a", "2026-01-01", [("kaz", "recognition:DPR+LPR", -1)]),
            analysis(
                "b",
                "2026-01-02",
                [("rus", "recognition:DPR", 1), ("rus", "recognition:DPR+LPR", 1)],
            ),
            analysis("c", "2026-01-03", [("kaz", "recognition:TWN", -1)]),
        ],
    )
    corpus = load_corpus(path)
    issues = {s.ref: s.issue for s in corpus.statements}
    assert issues["a#s1"] == issues["b#s1"] == issues["b#s2"]
    assert issues["c#s1"] == "recognition:TWN"
    assert sorted(corpus.raw_issues[issues["a#s1"]]) == ["recognition:DPR", "recognition:DPR+LPR"]


def test_registry_splits_merges_and_labels(tmp_path: Path) -> None:
    path = write_jsonl(
        tmp_path / "c.jsonl",
        [
            analysis(
                "a", "2026-01-01", [("x", "war:UKR", 1), ("y", "war:RUS+UKR", -1), ("x", "tax", 1)]
            ),
            analysis("b", "2026-01-01", [("x", "levy", 1)]),
        ],
    )
    registry = IssueRegistry()
    registry.split(["war:RUS+UKR"], "war-east")
    registry.merge(["levy"], into="tax")
    registry.name("tax", "The carbon tax")
    reg_path = tmp_path / "issues.json"
    registry.save(reg_path)
    corpus = load_corpus(path, IssueRegistry.load(reg_path))
    issues = {s.ref: s.issue for s in corpus.statements}
    assert issues["a#s1"] == "war:UKR" and issues["a#s2"] == "war-east"
    assert issues["b#s1"] == issues["a#s3"] == "tax"
    assert corpus.issue_labels["tax"] == "The carbon tax"


def test_merge_cycle_is_refused() -> None:
    registry = IssueRegistry()
    registry.merge(["a"], into="b")
    with pytest.raises(ValueError, match="cycle"):
        registry.merge(["b"], into="a")


def test_bad_lines_are_named(tmp_path: Path) -> None:
    path = tmp_path / "bad.jsonl"
    good = analysis("a", "2026-01-01", [("x", "tax", 1)])
    write_jsonl(path, [good])
    path.write_text(path.read_text("utf-8") + "{not json\n", "utf-8")
    with pytest.raises(InputError, match=r"bad\.jsonl:2"):
        load_corpus(path)
    bad = analysis("a", "2026-01-01", [("x", "tax", 1)])
    bad["statements"][0]["polarity"] = 5
    write_jsonl(path, [bad])
    with pytest.raises(InputError, match="polarity"):
        load_corpus(path)
    bad["statements"][0]["polarity"] = 1
    bad["document"]["date"] = "January"
    write_jsonl(path, [bad])
    with pytest.raises(InputError, match="YYYY-MM-DD"):
        load_corpus(path)


def test_registry_file_errors_are_clear(tmp_path: Path) -> None:
    path = tmp_path / "issues.json"
    path.write_text('{"merges": {"a": 3}}', "utf-8")
    with pytest.raises(InputError, match="merges"):
        IssueRegistry.load(path)
    assert IssueRegistry.load(tmp_path / "absent.json").labels == {}


def test_actor_lookup_by_id_or_name(tmp_path: Path) -> None:
    path = write_jsonl(
        tmp_path / "c.jsonl",
        [analysis("a", None, [("p1", "tax", 1)], names={"p1": "Helen Carter"})],
    )
    corpus = load_corpus(path)
    assert corpus.find_actor("p1") == "p1"
    assert corpus.find_actor("helen carter") == "p1"
    assert corpus.find_actor("Carter") == "p1"
    assert corpus.find_actor("Nobody") is None


def test_an_encoder_merges_paraphrased_free_text_issues(tmp_path: Path) -> None:
    vocab = ["carbon", "levy", "tax", "pipeline"]

    def encode(texts: list[str]) -> list[list[float]]:
        return [[float(w in t.split()) for w in vocab] for t in texts]

    docs = [
        analysis("a", "2026-01-01", [("x", "topic-levy", 1)]),
        analysis("b", "2026-01-02", [("y", "topic-tax", -1)]),
        analysis("c", "2026-01-03", [("y", "topic-pipeline", -1)]),
    ]
    for doc, label in zip(docs, ["carbon levy", "carbon tax levy", "pipeline"], strict=True):
        doc["statements"][0]["issue"]["label"] = label
    path = write_jsonl(tmp_path / "c.jsonl", docs)
    plain = {s.ref: s.issue for s in load_corpus(path).statements}
    assert plain["a#s1"] != plain["b#s1"]
    merged = {s.ref: s.issue for s in load_corpus(path, encoder=encode).statements}
    assert merged["a#s1"] == merged["b#s1"] != merged["c#s1"]
