"""A declaration reversing an earlier one is a turn on a thin course
(alignment/declared_reversal.py, rule ``alignment.turns.declared_reversal``, session 58 SH).

Hand-built corpora of two people, Ann and Bob, and two sentences of our own analysed by the
pipeline; each case with the rule off (shipped) and on.
"""

from __future__ import annotations

from datetime import date
from pathlib import Path
from typing import Any

from alignment_builders import analysis, write_jsonl

from stancemap.alignment.corpus import load_corpus
from stancemap.alignment.declared import declared_turns
from stancemap.alignment.declared_reversal import DECLARED_REVERSAL
from stancemap.rules import RuleSwitches

# the shipped rules with the rule on and off (session 64: not every rule on but it)
ON = RuleSwitches.shipped(on=[DECLARED_REVERSAL])
OFF = RuleSwitches.shipped(off=[DECLARED_REVERSAL])


def _declared(doc_id: str, day: str, etype: str, trigger: str, sentence: str) -> dict:
    """One article whose one event, Bob to Ann, has the given trigger and sentence."""
    doc = analysis(doc_id, day, [], events=[(etype, "bob", "ann")])
    ev = doc["events"][0]
    ev["trigger"] = {"start": 0, "end": len(trigger), "text": trigger}
    ev["evidence"] = {"start": 0, "end": len(sentence), "text": sentence}
    return doc


def _withheld(doc_id: str = "w", day: str = "2016-04-20") -> dict:
    return _declared(doc_id, day, "REJECT", "refused", "Bob refused to endorse Ann at the fair.")


def _endorsed(doc_id: str = "e", day: str = "2016-06-10") -> dict:
    return _declared(doc_id, day, "SUPPORT", "endorsed", "Bob endorsed Ann on Friday.")


def _turns(tmp_path: Path, name: str, docs: list[dict], switches: RuleSwitches) -> list:
    path = write_jsonl(tmp_path / f"{name}.jsonl", docs)
    return declared_turns(load_corpus(path, switches=switches))


def test_an_endorsement_after_a_refusal_is_a_turn_with_the_rule(tmp_path: Path) -> None:
    docs = [_withheld(), _endorsed()]
    assert _turns(tmp_path, "off", docs, OFF) == []  # one earlier article: no course
    (turn,) = _turns(tmp_path, "on", docs, ON)
    assert (turn.a, turn.b, turn.method) == ("ann", "bob", "declared")
    assert turn.direction == "towards alignment" and turn.start == date(2016, 6, 10)
    assert turn.last_before == date(2016, 4, 20) and turn.articles_before == 1


def test_a_corpus_read_without_switches_keeps_the_rule_off(tmp_path: Path) -> None:
    path = write_jsonl(tmp_path / "c.jsonl", [_withheld(), _endorsed()])
    assert declared_turns(load_corpus(path)) == []


def test_a_break_after_an_endorsement_is_a_turn_down_with_the_rule(tmp_path: Path) -> None:
    docs = [
        _endorsed("e", "2016-03-01"),
        _declared("b", "2016-05-02", "REJECT", "broke", "Bob broke with Ann over the budget."),
    ]
    assert _turns(tmp_path, "off", docs, OFF) == []
    (turn,) = _turns(tmp_path, "on", docs, ON)
    assert turn.direction == "towards disagreement" and turn.start == date(2016, 5, 2)


def test_a_thin_course_with_no_earlier_declaration_is_still_no_turn(tmp_path: Path) -> None:
    rival = analysis("r", "2016-04-20", [], events=[("ACCUSE", "ann", "bob")])
    assert _turns(tmp_path, "on", [rival, _endorsed()], ON) == []


def test_an_earlier_declaration_the_same_way_is_no_course(tmp_path: Path) -> None:
    docs = [_endorsed("e1", "2016-04-20"), _endorsed("e2", "2016-06-10")]
    assert _turns(tmp_path, "on", docs, ON) == []  # a second report, and aligned already


def test_refusal_and_endorsement_told_in_one_article_are_one_report(tmp_path: Path) -> None:
    doc = analysis(
        "x", "2016-06-10", [], events=[("REJECT", "bob", "ann"), ("SUPPORT", "bob", "ann")]
    )
    refusal, support = doc["events"]
    refusal["date"] = "2016-04-20"  # "Bob, who refused to endorse Ann in April, ..."
    for ev, trigger, sentence in (
        (refusal, "refused", "Bob, who refused to endorse Ann in April, endorsed her today."),
        (support, "endorsed", "Bob, who refused to endorse Ann in April, endorsed her today."),
    ):
        ev["trigger"] = {"start": 0, "end": len(trigger), "text": trigger}
        ev["evidence"] = {"start": 0, "end": len(sentence), "text": sentence}
    assert _turns(tmp_path, "one", [doc], ON) == []


def test_a_reversal_on_the_same_day_is_no_turn(tmp_path: Path) -> None:
    rival = analysis("r", "2016-04-20", [], events=[("ACCUSE", "ann", "bob")])
    docs = [rival, _withheld("a", "2016-06-10"), _endorsed("b", "2016-06-10")]
    # the refusal is no earlier course: one rival article is all there was before
    assert _turns(tmp_path, "on", docs, ON) == []


def test_a_reversal_after_a_course_leaning_that_way_already_is_no_turn(tmp_path: Path) -> None:
    withheld = _withheld()
    # the refusal's article also tells the two working together, more than it refuses
    withheld["events"] += [
        {**withheld["events"][0], "id": f"e{k}", "type": "COOPERATE", "trigger": None}
        for k in (2, 3, 4)
    ]
    for ev in withheld["events"][1:]:
        ev["trigger"] = {"start": 0, "end": 0, "text": ""}
    assert _turns(tmp_path, "on", [withheld, _endorsed()], ON) == []


def test_the_pipeline_reads_a_refusal_then_an_endorsement_as_a_turn(
    analyzer: Any, tmp_path: Path
) -> None:
    docs = [
        analyzer.analyze_text(text, doc_id=doc_id, date=day).to_json_dict()
        for doc_id, day, text in (
            (
                "a",
                "2016-04-20",
                "Senator Piotr Bosk refused to endorse Mayor Lena Arin at the fair.",
            ),
            ("b", "2016-06-10", "Senator Piotr Bosk endorsed Mayor Lena Arin on Friday."),
        )
    ]
    assert _turns(tmp_path, "off", docs, OFF) == []
    (turn,) = _turns(tmp_path, "on", docs, ON)
    assert turn.direction == "towards alignment" and turn.start == date(2016, 6, 10)


def _why(tmp_path: Path, name: str, docs: list[dict], enable: tuple[str, ...] = ()) -> dict:
    """bench/polnear_shifts.py's reading of why the turn Bob -> Ann, up in March 2016, is
    (not) found."""
    from bench_modules import load_bench

    bench = load_bench("polnear_shifts")
    fact = {"a": "Ann", "b": "Bob", "month": "2016-03", "direction": "up"}
    path = write_jsonl(tmp_path / f"{name}.jsonl", docs)
    report = bench.check_facts(path, [fact], controls=[], enable=enable)
    (row,) = report["rows"]
    return row["why"]


def test_the_shifts_bench_names_why_a_turn_is_missed(tmp_path: Path) -> None:
    march = _endorsed("e", "2016-03-11")
    alone = _why(tmp_path, "alone", [march])
    assert alone["cause"] == "no evidence before the month"
    rivals = [
        analysis(f"r{k}", day, [], events=[("ACCUSE", "ann", "bob")])
        for k, day in enumerate(["2016-01-05", "2016-02-10"])
    ]
    assert _why(tmp_path, "rivals", [*rivals, march])["cause"] == "found"
    reversed_ = [_withheld("w", "2016-01-05"), march]
    thin = _why(tmp_path, "thin", reversed_)
    assert thin["cause"] == "declared, thin course"
    assert thin["declarations_in_month"] == [("2016-03-11", 1, -0.4, "thin course")]
    assert _why(tmp_path, "on", reversed_, (DECLARED_REVERSAL,))["cause"] == "found"
