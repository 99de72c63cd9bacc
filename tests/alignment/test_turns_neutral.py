"""The article-sign unit reads no sign from a neutral event (alignment.turns.neutral_no_sign)."""

from __future__ import annotations

from datetime import date
from pathlib import Path

from alignment_builders import analysis, write_jsonl

from stancemap.alignment.corpus import load_corpus
from stancemap.alignment.scoring import Observation
from stancemap.alignment.turns import Dated, Search, dated_evidence, detect_turns, per_article
from stancemap.rules import RuleSwitches

RULE = "alignment.turns.neutral_no_sign"


def _event(doc: str, etype: str, value: float, weight: float = 0.4) -> Dated:
    return Dated(date(2016, 3, 1), Observation(value, weight, "event", etype, [f"{doc}#e1"]))


def test_a_request_alone_is_no_report_but_beside_a_lean_it_is_outweighed() -> None:
    seq = [
        _event("only-request", "REQUEST", -0.1),
        _event("mixed", "REQUEST", -0.1, 0.9),
        _event("mixed", "CONSULT", 0.2, 0.2),
        _event("accuse", "ACCUSE", -0.3),
    ]
    # without the rule the request is a full -1 report, and it outweighs the meeting
    assert [(u.obs.key, u.obs.value) for u in per_article(seq, True)] == [
        ("accuse", -1.0),
        ("mixed", -1.0),
        ("only-request", -1.0),
    ]
    units = per_article(seq, True, neutral_no_sign=True)
    assert [(u.obs.key, u.obs.value) for u in units] == [("accuse", -1.0), ("mixed", 1.0)]
    # the plain article unit (a weighted mean, not a sign) keeps every observation
    assert len(per_article(seq, False, neutral_no_sign=True)) == 3


def _partners_then_requests(tmp_path: Path) -> Path:
    """Four articles of two partners meeting, then four in which one asks the other
    something (a neutral event): no turn happened."""
    docs = [
        analysis(f"m{d}", f"2016-02-{d:02d}", [], events=[("CONSULT", "ann", "bob")])
        for d in (1, 5, 9, 13)
    ]
    docs += [
        analysis(f"r{d}", f"2016-04-{d:02d}", [], events=[("REQUEST", "ann", "bob")])
        for d in (2, 6, 10, 14)
    ]
    return write_jsonl(tmp_path / "c.jsonl", docs)


def test_requests_after_meetings_make_no_turn(tmp_path: Path) -> None:
    path = _partners_then_requests(tmp_path)
    how = Search(alpha=0.2)
    corpus = load_corpus(path, switches=RuleSwitches.shipped(on=[RULE]))
    assert detect_turns(corpus, dated_evidence(corpus), search=how) == []
    # the rule off: four requests read as four hostile reports, a turn down in April
    off = load_corpus(path, switches=RuleSwitches.shipped(off=[RULE]))
    turns = detect_turns(off, dated_evidence(off), search=how)
    assert [(t.start, t.direction) for t in turns] == [(date(2016, 4, 2), "towards disagreement")]
