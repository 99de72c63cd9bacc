"""Session 24 (engineer T): ties moved, members dropped, governments quit
(``stances.ties.switched``, ``stances.ties.dropped``, ``stances.ties.quit_led``) and a
party read as its leader (``stances.ties.party_leader``).

Issue 14's "statement not made" family: the relation is carried by a tie moved from one
partner to another, a member dropped from a coalition or a cabinet quit, with no verb of
attacking or backing. Sentences written for these tests (invented people, or real office
holders in invented events). Each test fails with its rule off.
"""

from __future__ import annotations

from relation_probe import relation_score
from stancemap.stances.ties import tie_words

SWITCHED = "stances.ties.switched"
DROPPED = "stances.ties.dropped"
QUIT = "stances.ties.quit_led"
PARTY = "stances.ties.party_leader"


def test_the_wordnet_file_has_the_new_kinds_with_their_senses() -> None:
    words = tie_words(True)
    assert words.get("switch", "switch") is not None  # switch.v.3
    assert words.get("switch", "turn to") is not None  # turn_to.v.2
    assert words.get("switch_noun", "switch") is not None  # derived from switch.v.3
    assert words.get("remove", "drop") is not None  # drop.v.5, under remove.v.2
    assert words.get("remove", "kick out") is not None
    assert words.get("remove", "bench") is None  # excluded: players, not members
    assert words.get("body", "cabinet") is not None  # cabinet.n.2
    assert words.get("loyalty", "recognition") is not None
    assert words.get("switch", "change") is None  # excluded: too general


def test_recognition_switched_from_one_capital_to_another(analyzer) -> None:  # type: ignore[no-untyped-def]
    text = "In 2019 President Tomas Ferrer switched recognition from Taipei to Beijing."
    to = relation_score(analyzer, text, "Ferrer", "China")  # Beijing: the state
    away = relation_score(analyzer, text, "Ferrer", "Taiwan")
    assert to is not None and to > 0
    assert away is not None and away < 0
    assert relation_score(analyzer, text, "Ferrer", "China", disable=[SWITCHED]) is None
    assert relation_score(analyzer, text, "Ferrer", "Taiwan", disable=[SWITCHED]) is None


def test_turned_to_one_for_arms_instead_of_another(analyzer) -> None:  # type: ignore[no-untyped-def]
    text = "President Assimi Goita turned to Moscow for arms instead of Washington."
    to = relation_score(analyzer, text, "Assimi", "Russia")
    away = relation_score(analyzer, text, "Assimi", "United States")
    assert to is not None and to > 0
    assert away is not None and away < 0
    assert relation_score(analyzer, text, "Assimi", "Russia", disable=[SWITCHED]) is None


def test_shifting_toward_one_and_away_from_another(analyzer) -> None:  # type: ignore[no-untyped-def]
    text = (
        "Governor Tom Hale has been shifting toward Bernie Sanders and away from Hillary Clinton."
    )
    to = relation_score(analyzer, text, "Hale", "Sanders")
    away = relation_score(analyzer, text, "Hale", "Clinton")
    assert to is not None and to > 0
    assert away is not None and away < 0
    assert relation_score(analyzer, text, "Hale", "Clinton", disable=[SWITCHED]) is None


def test_a_bare_turn_to_someone_or_a_shifted_attention_is_no_tie(analyzer) -> None:  # type: ignore[no-untyped-def]
    assert (
        relation_score(
            analyzer, "Hillary Clinton turned to Bernie Sanders and smiled.", "Clinton", "Sanders"
        )
        is None
    )
    assert (
        relation_score(
            analyzer, "Senator Ted Cruz shifted his attention to Donald Trump.", "Cruz", "Trump"
        )
        is None
    )


def test_the_switch_noun_is_held_by_the_speaker(analyzer) -> None:  # type: ignore[no-untyped-def]
    text = (
        "Prime Minister Manasseh Sogavare defended the decision on Monday. Sogavare said the "
        'switch to Beijing was about "the next 40 years, not the last 36".'
    )
    on = relation_score(analyzer, text, "Sogavare", "China")
    assert on is not None and on > 0
    assert relation_score(analyzer, text, "Sogavare", "China", disable=[SWITCHED]) is None


def test_a_party_dropped_from_a_coalition_stands_for_its_leader(analyzer) -> None:  # type: ignore[no-untyped-def]
    text = (
        "Nepali Prime Minister Pushpa Kamal Dahal dropped the Nepali Congress from his "
        "coalition on Monday. Congress leader Sher Bahadur Deuba said the alliance was solid."
    )
    party = relation_score(analyzer, text, "Dahal", "Nepali Congress")
    leader = relation_score(analyzer, text, "Dahal", "Deuba")
    assert party is not None and party < 0
    assert leader is not None and leader < 0
    assert relation_score(analyzer, text, "Dahal", "Deuba", disable=[PARTY]) is None
    assert relation_score(analyzer, text, "Dahal", "Nepali Congress", disable=[DROPPED]) is None


def test_turned_instead_to_the_party_of_a_leader(analyzer) -> None:  # type: ignore[no-untyped-def]
    text = (
        "Nepali Prime Minister Pushpa Kamal Dahal turned instead to the party of former "
        "prime minister K.P. Sharma Oli."
    )
    on = relation_score(analyzer, text, "Dahal", "Oli")
    assert on is not None and on > 0
    assert relation_score(analyzer, text, "Dahal", "Oli", disable=[PARTY]) is None


def test_quitting_a_cabinet_named_by_its_head(analyzer) -> None:  # type: ignore[no-untyped-def]
    for text, a, b in [
        (
            "Sara Duterte resigned from the cabinet of President Ferdinand Marcos Jr. on Wednesday.",
            "Sara Duterte",
            "Marcos",
        ),
        (
            "Finance Minister Peter Szijjarto quit Viktor Orban's cabinet in protest.",
            "Szijjarto",
            "Orb",
        ),
        ("Armenia withdrew from the alliance led by Russia.", "Armenia", "Russia"),
    ]:
        on = relation_score(analyzer, text, a, b)
        assert on is not None and on < 0, text
        off = relation_score(analyzer, text, a, b, disable=[QUIT])
        assert off is None or off > on, text


def test_leaving_a_campaign_is_no_break(analyzer) -> None:  # type: ignore[no-untyped-def]
    text = "Mayor Tom Hale left the Trump campaign in October."
    on = relation_score(analyzer, text, "Hale", "Trump")
    assert on == relation_score(analyzer, text, "Hale", "Trump", disable=[QUIT])
