"""Session 31 (engineer SG, issue 14): a request's sign from who gains by the requested act.

``stances.relations.request_beneficiary``: where the one asked is to back, help or support
the asker, or join the asker or the asker's own body, the asker is for the one asked; an
act against the one asked stays pressure (request_effect), and a request with no such
content keeps the request's own reading.

Sentences written for these tests (invented people).
"""

from __future__ import annotations

from typing import Any

from relation_probe import relation_score
from stancemap.stances.relations import joining_verbs

RULE = "stances.relations.request_beneficiary"


def _on_off(analyzer: Any, text: str, a: str, b: str) -> tuple[float | None, float | None]:
    return relation_score(analyzer, text, a, b, enable=[RULE]), relation_score(
        analyzer, text, a, b, disable=[RULE]
    )


def test_the_joining_verbs_come_from_wordnet() -> None:
    words = joining_verbs()
    assert "join" in words
    assert not {"leave", "quit", "attack", "urge"} & words


def test_asking_someone_to_join_ones_campaign_seeks_an_ally(analyzer: Any) -> None:
    text = "Senator Rita Vance urged Mayor Paul Dorsey to join her campaign for governor."
    on, off = _on_off(analyzer, text, "Vance", "Dorsey")
    assert on is not None and on > 0
    assert off is not None and off < 0  # the request read as a (mild) conflict


def test_asking_someone_to_support_oneself_seeks_an_ally(analyzer: Any) -> None:
    text = "Senator Rita Vance called on Mayor Paul Dorsey to support Vance in the primary."
    on, off = _on_off(analyzer, text, "Vance", "Dorsey")
    assert on is not None and on > 0
    assert off is not None and off < 0


def test_urging_an_opponent_to_drop_out_stays_pressure(analyzer: Any) -> None:
    text = "Senator Rita Vance urged Mayor Paul Dorsey to drop out of the race."
    on, off = _on_off(analyzer, text, "Vance", "Dorsey")
    assert on == off and on is not None and on < 0


def test_asking_a_third_party_to_act_against_someone(analyzer: Any) -> None:
    text = "Senator Rita Vance urged Mayor Paul Dorsey to withdraw his support for Tom Okafor."
    on, off = _on_off(analyzer, text, "Vance", "Dorsey")
    assert on == off  # nothing new between asker and asked


def test_a_request_with_no_gain_for_the_asker_is_left_alone(analyzer: Any) -> None:
    text = "Senator Rita Vance urged Mayor Paul Dorsey to open the new bridge."
    on, off = _on_off(analyzer, text, "Vance", "Dorsey")
    assert on == off and on is not None and on < 0


def test_joining_someone_else_is_no_gain_for_the_asker(analyzer: Any) -> None:
    text = "Senator Rita Vance urged Mayor Paul Dorsey to join the campaign of Tom Okafor."
    on, off = _on_off(analyzer, text, "Vance", "Dorsey")
    assert on == off
