"""Session 22 (engineer H, issue 14): acts done for a purpose, and negative objects.

``stances.relations.purpose_effect``: X's act done "to" or "in order to" do something to Y
takes the sign of that act's effect on Y (WordNet, data/stances/person_effects.tsv): an
event whose PLOVER type says conflict ("sent troops", MOBILIZE) is for Y when it is done to
help Y. ``stances.polarity.negative_object``: a negative pronoun as a cue's object negates
the cue ("the policy delivered nothing"). Sentences written for these tests (invented
people); each rule switched off loses what it reads.
"""

from __future__ import annotations

from relation_probe import relation_score

PURPOSE = "stances.relations.purpose_effect"
NEGATIVE = "stances.polarity.negative_object"


def _on_off(analyzer, text: str, a: str, b: str, rule: str) -> tuple[float | None, float | None]:  # type: ignore[no-untyped-def]
    return relation_score(analyzer, text, a, b), relation_score(
        analyzer, text, a, b, disable=[rule]
    )


def test_troops_sent_to_help_a_leaders_government_are_for_him(analyzer) -> None:  # type: ignore[no-untyped-def]
    text = (
        "Kenya sent 400 police officers to Haiti on Monday to help Prime Minister "
        "Garrick Olumide's government fight armed gangs."
    )
    on, off = _on_off(analyzer, text, "Kenya", "Olumide", PURPOSE)
    assert on is not None and on > 0
    assert off is None


def test_sanctions_in_order_to_punish_a_leader_are_against_him(analyzer) -> None:  # type: ignore[no-untyped-def]
    text = (
        "Senator Mara Quist froze the funds of the mining board in order to punish "
        "Governor Tobias Renner."
    )
    on, off = _on_off(analyzer, text, "Quist", "Renner", PURPOSE)
    assert on is not None and on < 0
    assert off is None


def test_a_name_hung_on_a_thing_is_no_party(analyzer) -> None:  # type: ignore[no-untyped-def]
    # the parser hangs "Governor Y" on "loopholes" as an apposition: no one acted on
    text = (
        "Senator Lars Oberg will introduce a bill to fix the tax system and close "
        "loopholes Governor Hal Brennan used."
    )
    on, off = _on_off(analyzer, text, "Oberg", "Brennan", PURPOSE)
    assert on == off


def test_a_purpose_with_no_effect_verb_says_nothing(analyzer) -> None:  # type: ignore[no-untyped-def]
    text = "Mayor Ruth Delacroix flew to Lisbon on Monday to meet Governor Paolo Esteves."
    on, off = _on_off(analyzer, text, "Delacroix", "Esteves", PURPOSE)
    assert on == off


def test_a_negated_act_has_no_purpose_relation(analyzer) -> None:  # type: ignore[no-untyped-def]
    # (the events stage's own SUPPORT at "support" is no concern of the rule)
    text = "Senator Ines Haldane did not travel to Rome to support Governor Piet Vossberg."
    on, off = _on_off(analyzer, text, "Haldane", "Vossberg", PURPOSE)
    assert on == off


def test_delivered_nothing_opposes_delivered_results(analyzer) -> None:  # type: ignore[no-untyped-def]
    text = (
        "Finance Minister Oskar Lindahl said on Tuesday that the reform was already paying "
        "off, freeing money for schools. Opposition leader Greta Moen said families were "
        "skipping meals and that the reform had delivered nothing but hardship."
    )
    on, off = _on_off(analyzer, text, "Lindahl", "Moen", NEGATIVE)
    assert on is not None and on < 0
    assert off is None or off > 0
