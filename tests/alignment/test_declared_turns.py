"""Declared turns (alignment/declared.py), the article unit of the change points and
report dates of predicted events (alignment/turns.py, corpus.py), on hand-built corpora."""

from __future__ import annotations

from datetime import date
from pathlib import Path
from typing import Any

from alignment_builders import analysis, write_jsonl

from stancemap.alignment.corpus import load_corpus
from stancemap.alignment.declared import declared_turns
from stancemap.alignment.scoring import Observation
from stancemap.alignment.turns import Dated, Search, dated_evidence, detect_turns, per_article
from stancemap.rules import RuleSwitches


def _event(doc: dict[str, Any], trigger: str, sentence: str, mode: str | None = None) -> dict:
    """``doc`` with its first event given a trigger, an evidence sentence and a mode."""
    ev = doc["events"][0]
    ev["trigger"] = {"start": 0, "end": len(trigger), "text": trigger}
    ev["evidence"] = {"start": 0, "end": len(sentence), "text": sentence}
    ev["mode"] = mode
    return doc


def _rivals(days: list[str]) -> list[dict]:
    return [
        analysis(f"r{k}", day, [], events=[("ACCUSE", "ann", "bob")]) for k, day in enumerate(days)
    ]


def _endorsement(doc_id: str, day: str, mode: str | None = None) -> dict:
    doc = analysis(doc_id, day, [], events=[("SUPPORT", "bob", "ann")])
    return _event(doc, "endorsed", "Bob endorsed Ann on Friday.", mode)


def test_an_endorsement_after_rivalry_is_a_declared_turn(tmp_path: Path) -> None:
    docs = _rivals(["2016-01-05", "2016-02-10"])
    docs += [_endorsement("e1", "2016-03-11"), _endorsement("e2", "2016-03-12")]
    corpus = load_corpus(write_jsonl(tmp_path / "c.jsonl", docs))
    (turn,) = declared_turns(corpus)
    assert (turn.a, turn.b, turn.method) == ("ann", "bob", "declared")
    assert turn.start == date(2016, 3, 11)  # the first report; the second is the same turn
    assert turn.direction == "towards alignment"
    assert turn.evidence == ["e1#e1"]
    assert turn.last_before == date(2016, 2, 10)
    assert turn.before < 0 and turn.articles_before == 2


def test_no_declared_turn_without_a_baseline_or_between_partners(tmp_path: Path) -> None:
    alone = load_corpus(write_jsonl(tmp_path / "a.jsonl", [_endorsement("e1", "2016-03-11")]))
    assert declared_turns(alone) == []  # nothing to turn from
    partners = [
        analysis(f"p{k}", day, [], events=[("COOPERATE", "ann", "bob")])
        for k, day in enumerate(["2016-01-05", "2016-02-10"])
    ]
    corpus = load_corpus(
        write_jsonl(tmp_path / "p.jsonl", [*partners, _endorsement("e1", "2016-03-11")])
    )
    assert declared_turns(corpus) == []  # aligned already: a declaration, not a turn


def test_background_hypothetical_and_negated_declarations_are_no_turn(tmp_path: Path) -> None:
    for mode in ("historical", "hypothetical", "negated", "future"):
        docs = [*_rivals(["2016-01-05", "2016-02-10"]), _endorsement("e1", "2016-03-11", mode)]
        corpus = load_corpus(write_jsonl(tmp_path / f"{mode}.jsonl", docs))
        assert declared_turns(corpus) == [], mode


def test_a_declaration_word_in_another_sense_is_no_turn(tmp_path: Path) -> None:
    doc = analysis("x", "2016-03-11", [], events=[("CONSULT", "bob", "ann")])
    doc = _event(doc, "backed", "Bob backed into a meeting with Ann.")
    corpus = load_corpus(
        write_jsonl(tmp_path / "c.jsonl", [*_rivals(["2016-01-05", "2016-02-10"]), doc])
    )
    assert declared_turns(corpus) == []  # a CONSULT event: not the row's SUPPORT


def test_a_break_after_alignment_is_a_declared_turn_down(tmp_path: Path) -> None:
    # two articles of partnership: a course to turn from (declared_min_baseline_articles)
    docs = [
        analysis(f"p{k}", day, [], events=[("COOPERATE", "ann", "bob")])
        for k, day in enumerate(["2016-01-05", "2016-02-10"])
    ]
    doc = analysis("b", "2016-05-05", [], events=[("REJECT", "bob", "ann")])
    docs.append(_event(doc, "broke", "Bob broke with Ann over the plan."))
    (turn,) = declared_turns(load_corpus(write_jsonl(tmp_path / "c.jsonl", docs)))
    assert turn.direction == "towards disagreement" and turn.start == date(2016, 5, 5)


def test_a_predicted_event_counts_on_its_report_day(tmp_path: Path) -> None:
    doc = analysis("x", "2016-05-05", [], events=[("AGREE", "ann", "bob")])
    doc["events"][0]["date"] = "2016-07-25"  # "will meet at the July convention"
    path = write_jsonl(tmp_path / "c.jsonl", [doc])
    report_date = "alignment.corpus.report_date"
    (ev,) = load_corpus(path, switches=RuleSwitches.shipped(on=[report_date])).events
    assert ev.date == date(2016, 5, 5)
    (off,) = load_corpus(path, switches=RuleSwitches.shipped(off=[report_date])).events
    assert off.date == date(2016, 7, 25)  # the rule is what moves it


def test_an_article_is_one_unit_whatever_its_sentence_count() -> None:
    day = date(2016, 3, 1)

    def obs(doc: str, k: int, value: float, weight: float) -> Dated:
        return Dated(day, Observation(value, weight, "issue", "x", [f"{doc}#s{k}"]))

    seq = [
        obs("a", 1, 1.0, 0.2),
        obs("a", 2, 1.0, 0.2),
        obs("a", 3, -0.5, 0.6),
        obs("b", 1, -1, 0.1),
    ]
    units = per_article(seq)
    assert [(u.obs.key, u.obs.weight, len(u.members)) for u in units] == [
        ("a", 1.0, 3),
        ("b", 1.0, 1),
    ]
    assert abs(units[0].obs.value - (0.2 + 0.2 - 0.3) / 1.0) < 1e-9
    assert [u.obs.value for u in per_article(seq, sign_only=True)] == [1.0, -1.0]


def test_the_article_unit_stops_one_wordy_article_outvoting_many(tmp_path: Path) -> None:
    # six articles, one a day, each with one cooperation; then one article with eight
    # hostile sentences and two with one friendly sentence: by observation a turn, by
    # article three reports against six, two of them friendly
    docs = [
        analysis(f"c{d}", f"2016-03-{d:02d}", [], events=[("COOPERATE", "a", "b")])
        for d in range(1, 7)
    ]
    docs.append(analysis("x", "2016-03-10", [], events=[("ASSAULT", "a", "b")] * 8))
    docs += [
        analysis(f"f{d}", f"2016-03-{d:02d}", [], events=[("COOPERATE", "a", "b")])
        for d in (11, 12)
    ]
    corpus = load_corpus(write_jsonl(tmp_path / "c.jsonl", docs))
    table = dated_evidence(corpus)
    by_observation = Search(by_day=False, alpha=0.2, unit="observation")
    assert detect_turns(corpus, table, search=by_observation)
    for unit in ("article", "article-sign"):
        assert detect_turns(corpus, table, search=Search(by_day=False, alpha=0.2, unit=unit)) == []


def test_the_shifts_command_reports_declared_turns(tmp_path: Path) -> None:
    import json

    from typer.testing import CliRunner

    from stancemap.cli.main import app

    docs = [*_rivals(["2016-01-05", "2016-02-10"]), _endorsement("e1", "2016-03-11")]
    path = str(write_jsonl(tmp_path / "c.jsonl", docs))
    reg = str(tmp_path / "r.json")
    runner = CliRunner()
    res = runner.invoke(app, ["shifts", path, "--json", "--registry", reg, "--no-embeddings"])
    assert res.exit_code == 0, res.output
    rows = [json.loads(x) for x in res.stdout.splitlines() if x.startswith("{")]
    assert [(r["method"], r["window"]["start"], r["evidence"]) for r in rows] == [
        ("declared", "2016-03-11", ["e1#e1"])
    ]
    text = runner.invoke(app, ["shifts", path, "--registry", reg, "--no-embeddings"])
    assert "declared" in text.stdout and "Bob endorsed Ann on Friday." in text.stdout
    res = runner.invoke(
        app, ["shifts", path, "--json", "--registry", reg, "--no-embeddings", "--no-declared"]
    )
    assert res.exit_code == 0 and not [x for x in res.stdout.splitlines() if x.startswith("{")]


def test_a_phrase_row_needs_the_event_to_be_its_own(tmp_path: Path) -> None:
    partners = [("COOPERATE", "ann", "bob"), ("COOPERATE", "cy", "ann")]
    docs = [
        analysis(f"p{k}", day, [], events=partners)
        for k, day in enumerate(["2016-01-05", "2016-02-10"])
    ]
    doc = analysis("w", "2016-05-05", [], events=[("RETREAT", "bob", "ann")])
    docs.append(_event(doc, "withdrew", "Bob withdrew his support for Ann."))
    mention = analysis("m", "2016-05-06", [], events=[("RETREAT", "cy", "ann")])
    docs.append(_event(mention, "left", "Cy left after Bob withdrew his support for Ann."))
    turns = declared_turns(load_corpus(write_jsonl(tmp_path / "c.jsonl", docs)))
    assert [(t.a, t.b, t.direction) for t in turns] == [("ann", "bob", "towards disagreement")]


def test_an_article_unit_is_dated_at_publication_not_at_its_background(tmp_path: Path) -> None:
    doc = analysis("h", "2016-03-01", [], events=[("COOPERATE", "a", "b"), ("ASSAULT", "a", "b")])
    doc["events"][0]["date"] = "2005-06-01"  # "the two were friends in 2005"
    doc["events"][0]["mode"] = "historical"
    corpus = load_corpus(write_jsonl(tmp_path / "c.jsonl", [doc]))
    seq = dated_evidence(corpus)[("a", "b")]
    assert sorted(d.when for d in seq) == [date(2005, 6, 1), date(2016, 3, 1)]
    (unit,) = per_article(seq, True, corpus.documents)
    assert unit.when == date(2016, 3, 1) and len(unit.members) == 2
    assert unit.obs.value == -1.0  # the story's clash outweighs its background (0.3 weight)


def test_a_declared_turn_stands_between_two_people(tmp_path: Path) -> None:
    docs = _rivals(["2016-01-05", "2016-02-10"])
    docs.append(_endorsement("e1", "2016-03-11"))
    for doc in docs:  # Ann is a party here, not a person
        for actor in doc["actors"]:
            if actor["id"] == "ann":
                actor["type"] = "organization"
    assert declared_turns(load_corpus(write_jsonl(tmp_path / "c.jsonl", docs))) == []


def _partners(days: list[str]) -> list[dict]:
    return [
        analysis(f"p{k}", day, [], events=[("COOPERATE", "ann", "bob")])
        for k, day in enumerate(days)
    ]


def _withheld(doc_id: str, etype: str, trigger: str, sentence: str, mode: str | None) -> dict:
    doc = analysis(doc_id, "2016-05-05", [], events=[(etype, "bob", "ann")])
    return _event(doc, trigger, sentence, mode)


def test_support_withheld_after_partnership_is_a_declared_turn_down(tmp_path: Path) -> None:
    cases = [
        ("REJECT", "vote", "Bob will not vote for Ann.", "negated"),
        ("REJECT", "support", "Bob is not ready to support Ann.", None),
        ("REJECT", "refused", "Bob refused to endorse Ann on Monday.", None),
        ("REJECT", "declined", "Bob declined to back Ann.", None),
    ]
    for k, (etype, trigger, sentence, mode) in enumerate(cases):
        docs = [
            *_partners(["2016-01-05", "2016-02-10"]),
            _withheld("w", etype, trigger, sentence, mode),
        ]
        turns = declared_turns(load_corpus(write_jsonl(tmp_path / f"{k}.jsonl", docs)))
        assert [(t.direction, t.start) for t in turns] == [
            ("towards disagreement", date(2016, 5, 5))
        ], sentence


def test_a_refusal_of_something_else_or_a_negated_break_is_no_declaration(
    tmp_path: Path,
) -> None:
    cases = [
        ("REJECT", "refused", "Bob refused to answer Ann's question.", None),
        ("REJECT", "declined", "Bob declined to comment on Ann.", None),
        ("REJECT", "broke", "Bob did not break with Ann.", "negated"),
        ("SUPPORT", "endorsed", "Bob had not endorsed Ann until then.", "historical"),
        ("SUPPORT", "endorsed", "Bob has not endorsed Ann.", "negated"),  # a standing fact
    ]
    for k, (etype, trigger, sentence, mode) in enumerate(cases):
        docs = [
            *_partners(["2016-01-05", "2016-02-10"]),
            _withheld("w", etype, trigger, sentence, mode),
        ]
        assert declared_turns(load_corpus(write_jsonl(tmp_path / f"{k}.jsonl", docs))) == [], (
            sentence
        )


def test_a_refusal_after_rivalry_is_no_turn_by_the_mean_rule(tmp_path: Path) -> None:
    docs = [
        *_rivals(["2016-01-05", "2016-02-10"]),
        _withheld("w", "REJECT", "vote", "x", "negated"),
    ]
    corpus = load_corpus(write_jsonl(tmp_path / "c.jsonl", docs))
    assert declared_turns(corpus) == []  # opposed already: no turn down


def test_how_the_earlier_evidence_already_leans() -> None:
    from stancemap.alignment.declared import already_leaning

    day = date(2016, 3, 1)
    mild = [Dated(day, Observation(0.3, 1.0, "issue", "x", ["a#s1"]))]
    assert already_leaning(mild, up=True, rule="mean")
    assert not already_leaning(mild, up=True, rule="level", level=0.5)
    assert already_leaning(mild, up=True, rule="level", level=0.2)
    assert not already_leaning(mild, up=False, rule="mean")
    assert not already_leaning(mild, up=True, rule="never")


def test_the_sign_rule_needs_a_lean_the_articles_bear_out() -> None:
    from stancemap.alignment.declared import already_leaning

    def course(signs: list[float]) -> list[Dated]:
        return [
            Dated(date(2016, 3, 1 + i), Observation(v, 1.0, "issue", "x", [f"d{i}#s1"]))
            for i, v in enumerate(signs)
        ]

    thin = course([-0.2, 0.1, -0.3])  # leans a little against on three articles
    assert already_leaning(thin, up=False, rule="mean")
    assert not already_leaning(thin, up=False, rule="sign", alpha=0.1)  # no lean to speak of
    steady = course([-0.5] * 6)  # six articles all against: p = 1/64
    assert already_leaning(steady, up=False, rule="sign", alpha=0.1)
    assert not already_leaning(steady, up=True, rule="sign", alpha=0.1)


WITHHELD = [
    "Mayor Lena Arin said on Thursday that she is not ready to support Senator Piotr Bosk.",
    "Mayor Lena Arin refused to endorse Senator Piotr Bosk at the convention.",
    "Mayor Lena Arin said she will not vote for Senator Piotr Bosk.",
    "Mayor Lena Arin declined to endorse Senator Piotr Bosk on Monday.",
]
NOT_WITHHELD = [
    "Mayor Lena Arin refused to answer questions from Senator Piotr Bosk.",
    "Mayor Lena Arin endorsed Senator Piotr Bosk on Monday.",
    "Mayor Lena Arin said she is ready to support Senator Piotr Bosk.",
    "Mayor Lena Arin has not endorsed Senator Piotr Bosk.",
]


def _after_partnership(analyzer: Any, tmp_path: Path, k: int, sentence: str) -> list:
    """The sentence analysed by the pipeline, after a hand-built article in which the two
    cooperate; the declared turns of that corpus."""
    obj = analyzer.analyze_text(sentence, doc_id=f"s{k}", date="2016-05-05").to_json_dict()
    ids = {a["name"]: a["id"] for a in obj["actors"]}
    arin, bosk = ids["Lena Arin"], ids["Piotr Bosk"]
    names = {arin: "Lena Arin", bosk: "Piotr Bosk"}
    prior = [
        analysis(f"p{j}", day, [], events=[("COOPERATE", arin, bosk)], names=names)
        for j, day in enumerate(["2016-01-05", "2016-02-10"])
    ]
    corpus = load_corpus(write_jsonl(tmp_path / f"s{k}.jsonl", [*prior, obj]))
    return declared_turns(corpus)


def test_withheld_support_is_read_from_the_parse(analyzer: Any, tmp_path: Path) -> None:
    for k, sentence in enumerate(WITHHELD):
        turns = _after_partnership(analyzer, tmp_path, k, sentence)
        assert [t.direction for t in turns] == ["towards disagreement"], sentence
    for k, sentence in enumerate(NOT_WITHHELD, start=len(WITHHELD)):
        turns = _after_partnership(analyzer, tmp_path, k, sentence)
        assert "towards disagreement" not in [t.direction for t in turns], sentence


def test_support_taken_back_is_a_declared_turn_down(tmp_path: Path) -> None:
    # the events stage's REJECT on the verb of taking back, aimed at the one supported
    partners = [
        analysis(f"p{k}", day, [], events=[("COOPERATE", "ann", "bob")])
        for k, day in enumerate(["2016-01-05", "2016-02-10"])
    ]
    doc = analysis("w", "2016-03-11", [], events=[("REJECT", "bob", "ann")])
    doc = _event(doc, "withdrew", "Bob withdrew his endorsement of Ann on Friday.")
    (turn,) = declared_turns(load_corpus(write_jsonl(tmp_path / "c.jsonl", [*partners, doc])))
    assert turn.direction == "towards disagreement" and turn.start == date(2016, 3, 11)
    # "unendorsed Y": the events stage's REJECT on the prefixed verb
    doc = analysis("u", "2016-03-11", [], events=[("REJECT", "bob", "ann")])
    doc = _event(doc, "unendorsed", "Bob unendorsed Ann on Friday.")
    (turn,) = declared_turns(load_corpus(write_jsonl(tmp_path / "u.jsonl", [*partners, doc])))
    assert turn.direction == "towards disagreement"
    # troops withdrawn are no support taken back
    doc = analysis("t", "2016-03-11", [], events=[("REJECT", "bob", "ann")])
    doc = _event(doc, "withdrew", "Bob withdrew his troops from Ann's town.")
    corpus = load_corpus(write_jsonl(tmp_path / "t.jsonl", [*partners, doc]))
    assert declared_turns(corpus) == []


def test_the_declared_rule_is_switched_by_the_registry(tmp_path: Path) -> None:
    """``[rules] disable = ["alignment.turns.declared"]`` turns declared turns off (it
    was a registry name no code asked); `stancemap shifts --declared` still turns it on."""
    import json

    from typer.testing import CliRunner

    from stancemap.cli.main import app

    docs = [*_rivals(["2016-01-05", "2016-02-10"]), _endorsement("e1", "2016-03-11")]
    path = write_jsonl(tmp_path / "c.jsonl", docs)
    declared = "alignment.turns.declared"
    assert len(declared_turns(load_corpus(path, switches=RuleSwitches.shipped(on=[declared])))) == 1
    off = load_corpus(path, switches=RuleSwitches.shipped(off=[declared]))
    assert declared_turns(off) == []
    assert len(declared_turns(off, on=True)) == 1
    config = tmp_path / "off.toml"
    config.write_text('[rules]\ndisable = ["alignment.turns.declared"]\n', "utf-8")
    reg = str(tmp_path / "r.json")
    runner = CliRunner()
    base = ["shifts", str(path), "--json", "--registry", reg, "--no-embeddings"]

    def methods(*extra: str) -> list[str]:
        res = runner.invoke(app, [*base, *extra])
        assert res.exit_code == 0, res.output
        return [json.loads(x)["method"] for x in res.stdout.splitlines() if x.startswith("{")]

    assert methods() == ["declared"]
    assert methods("--config", str(config)) == []
    assert methods("--config", str(config), "--declared") == ["declared"]
