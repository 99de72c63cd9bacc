"""Session 30 (engineer NA): ``actors.generic.thing_head_frequent_group`` - for
``thing_modifier_no_party`` a head noun names a party only where a noun.group sense is
among its two most frequent WordNet senses ("party", "administration"), not any group
sense ("number": a group only in its 7th sense), so "Social Security numbers" makes the
name a thing's modifier. Passages written for these tests."""

from __future__ import annotations

from rule_settings import with_rules
from stancemap.actors.document_modifiers import party_nouns
from stancemap.pipeline import Pipeline

FREQUENT = "actors.generic.thing_head_frequent_group"
TEXT = "Hackers stole the Acme Bank numbers of 40,000 customers, the police said."


def test_the_word_lists() -> None:
    frequent, anysense = party_nouns(True), party_nouns(False)
    assert "number" in anysense and "number" not in frequent
    for noun in ("party", "administration", "newspaper", "team", "staff"):
        assert noun in frequent
    assert frequent < anysense | frequent


def _flagged(analyzer, **rules) -> set[str]:  # type: ignore[no-untyped-def]
    analysis = Pipeline(with_rules(**rules), nlp=analyzer.nlp).analyze(TEXT)
    return {a.name for a in analysis.actors if a.thing_modifier_mentions}


def test_a_name_before_numbers_modifies_a_thing(analyzer) -> None:  # type: ignore[no-untyped-def]
    assert "Acme Bank" in _flagged(analyzer, enable=[FREQUENT])
    assert "Acme Bank" not in _flagged(analyzer, disable=[FREQUENT])
