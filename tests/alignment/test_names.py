"""One person, one id across a corpus (alignment/names.py), on records written by hand."""

from __future__ import annotations

from pathlib import Path

from alignment_builders import analysis, write_jsonl

from stancemap.alignment.corpus import load_corpus
from stancemap.alignment.names import NameIndex, name_key
from stancemap.alignment.timeseries import Window, pair_series
from stancemap.rules import RuleSwitches

RYAN, RYAN_D, SURNAME = "new:person:ryan", "new:person:ryan-d", "new:person:ryan-only"


def test_name_key_drops_initials_suffixes_accents_and_case() -> None:
    assert name_key("Paul D. Ryan") == name_key("paul ryan") == ("paul", "ryan")
    assert name_key("Martin Luther King Jr.") == ("martin", "luther", "king")
    assert name_key("José Núñez") == ("jose", "nunez")
    assert name_key("Ryan") == ("ryan",)


def _doc(doc_id: str, day: str, stances, names):  # type: ignore[no-untyped-def]
    return analysis(doc_id, day, stances, names=names)


def test_middle_initial_and_surname_join_the_full_name(tmp_path: Path) -> None:
    names = {RYAN: "Paul Ryan", RYAN_D: "Paul D. Ryan", SURNAME: "Ryan", "trump": "Donald Trump"}
    docs = [
        _doc("d1", "2016-05-05", [(RYAN, "tax", -1), ("trump", "tax", 1)], names),
        _doc("d2", "2016-05-06", [(RYAN_D, "trade", -1), ("trump", "trade", 1)], names),
        _doc("d3", "2016-05-07", [(SURNAME, "wall", -1), ("trump", "wall", 1)], names),
        _doc("d4", "2016-05-08", [(RYAN, "x", 1)], names),
    ]
    # the shipped rules, and the same with the name rules off (session 64: not every rule on)
    corpus = load_corpus(write_jsonl(tmp_path / "c.jsonl", docs), switches=RuleSwitches.shipped())
    assert {s.actor for s in corpus.statements} == {RYAN, "trump"}
    assert corpus.aliases == {RYAN_D: RYAN, SURNAME: RYAN}
    assert corpus.find_actor(RYAN_D) == RYAN
    assert RYAN_D not in corpus.actor_names and SURNAME not in corpus.actor_names
    (point,) = pair_series(corpus, Window.parse("all"))[(RYAN, "trump")]
    assert sorted(point.pair.disagree) == ["tax", "trade", "wall"]
    # switched off, the three ids stay apart
    off = load_corpus(
        write_jsonl(tmp_path / "c.jsonl", docs),
        switches=RuleSwitches.shipped(off=["alignment.names.*"]),
    )
    assert {s.actor for s in off.statements} == {RYAN, RYAN_D, SURNAME, "trump"}


def test_an_ambiguous_surname_stays_apart_across_the_corpus() -> None:
    index = NameIndex()
    for i in range(3):
        index.add_document(f"a{i}", [{"id": "ted", "name": "Ted Cruz", "type": "person"}])
        index.add_document(f"b{i}", [{"id": "heidi", "name": "Heidi Cruz", "type": "person"}])
    index.add_document("c", [{"id": "cruz", "name": "Cruz", "type": "person"}])
    assert "cruz" not in index.corpus_aliases()  # Ted or Heidi: the corpus cannot tell
    index.add_document("d", [{"id": "cruz", "name": "Cruz", "type": "person"}])
    # within one document that names only Heidi Cruz, "Cruz" is Heidi
    local = index.add_document(
        "e",
        [
            {"id": "heidi", "name": "Heidi Cruz", "type": "person"},
            {"id": "cruz", "name": "Cruz", "type": "person"},
        ],
    )
    assert local == {"cruz": "heidi"}


def test_a_dominant_full_name_takes_its_surname_and_kb_people_stay_apart() -> None:
    index = NameIndex()
    for i in range(9):
        index.add_document(f"a{i}", [{"id": "ted", "name": "Ted Cruz", "type": "person"}])
    index.add_document("b", [{"id": "heidi", "name": "Heidi Cruz", "type": "person"}])
    index.add_document("c", [{"id": "cruz", "name": "Cruz", "type": "person"}])
    assert index.corpus_aliases()["cruz"] == "ted"  # 9 of 10 documents: unambiguous
    kb = NameIndex()
    kb.add_document("k", [{"id": "person:john-smith-1", "name": "John Smith", "type": "person"},
                          {"id": "person:john-smith-2", "name": "John A. Smith", "type": "person"}])  # fmt: skip
    assert kb.corpus_aliases() == {}
    # and a KB person keeps its id, a new one with its name joins it
    kb.add_document("l", [{"id": "new:person:x", "name": "Jane Q. Doe", "type": "person"},
                          {"id": "person:jane-doe", "name": "Jane Doe", "type": "person"}])  # fmt: skip
    assert kb.corpus_aliases() == {"new:person:x": "person:jane-doe"}


def test_a_document_joins_its_surname_only_person_before_scoring() -> None:
    from stancemap.alignment import relate_document
    from stancemap.records import Actor, Issue, Statement

    actors = [
        Actor(id="new:person:pr", name="Paul Ryan", type="person"),
        Actor(id="new:person:r", name="Ryan", type="person"),
        Actor(id="person:donald-trump", name="Donald Trump", type="person"),
    ]

    def st(sid: str, actor: str, issue: str, pol: int) -> Statement:
        return Statement(id=sid, actor=actor, issue=Issue(id=issue, label=issue),
                         polarity=pol, evidence=[], confidence=0.8)  # type: ignore[arg-type]  # fmt: skip

    statements = [
        st("s1", "new:person:pr", "tax", -1),
        st("s2", "new:person:r", "alignment:person:donald-trump", -1),
        st("s3", "person:donald-trump", "tax", 1),
    ]
    (rel,) = relate_document(statements, [], actors=actors)
    assert (rel.a, rel.b) == ("new:person:pr", "person:donald-trump")
    assert set(rel.evidence) == {"s1", "s2", "s3"} and rel.score < 0
    # without the actors (nothing known of names) the ids stay apart
    apart = relate_document(statements, [])
    assert {(r.a, r.b) for r in apart} == {
        ("new:person:pr", "person:donald-trump"),
        ("new:person:r", "person:donald-trump"),
    }
