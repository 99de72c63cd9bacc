"""Session 23 (engineer A): "President X and Prime Minister Y agreed": a name the parser
left unjoined by the title before the second name is a co-source of the event
(``events.args.misparsed_co_subjects``, nlp/coordination.py). Sentences written for these
tests."""

from __future__ import annotations

import pytest

from stancemap.config import load_settings
from stancemap.evaluate.speakers import with_disabled

RULE = "events.args.misparsed_co_subjects"

JOINT = [
    (
        "Indonesian President Prabowo Subianto and Malaysian Prime Minister Anwar Ibrahim "
        "pledged on Monday to settle their maritime border dispute through talks.",
        {"person:prabowo-subianto", "person:anwar-ibrahim"},
    ),
    (
        "TOKYO — Japanese Prime Minister Fumio Kishida and South Korean President Yoon Suk Yeol "
        "agreed on Sunday to restore their trade ties.",
        {"person:fumio-kishida", "person:yoon-suk-yeol"},
    ),
]


@pytest.fixture(scope="module")
def without_rule(analyzer):  # type: ignore[no-untyped-def]
    return analyzer.derive(with_disabled(load_settings(), [RULE]))


def _sources(analyzer, text: str) -> list[set[str]]:  # type: ignore[no-untyped-def]
    analysis = analyzer.analyze(text, doc_id="t", date="2024-03-01")
    return [set(e.source) for e in analysis.events]


@pytest.mark.parametrize(("text", "both"), JOINT)
def test_both_leaders_are_sources(analyzer, text, both):
    assert any(both <= sources for sources in _sources(analyzer, text))


@pytest.mark.parametrize(("text", "both"), JOINT)
def test_without_the_rule_one_leader_is_lost(without_rule, text, both):
    assert not any(both <= sources for sources in _sources(without_rule, text))


def test_a_country_name_with_and_is_no_pair(analyzer):
    text = "Trinidad and Tobago Prime Minister Keith Rowley condemned the attack on Monday."
    sources = _sources(analyzer, text)
    assert sources and all(len(s) == 1 for s in sources), sources
