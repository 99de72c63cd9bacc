"""Generic agents whose own phrase names no country take the one country their
sentence names (``actors.agent.sentence_country``), on sentences written for these
tests; none where the sentence names no country or two; switched off, none at all."""

from __future__ import annotations

import pytest

from stancemap.config import load_settings
from stancemap.evaluate.speakers import with_disabled

RULE = "actors.agent.sentence_country"


def _agents(
    analyzer, text: str, date: str = "2010-05-01"
) -> dict[str, tuple[str | None, str | None]]:  # type: ignore[no-untyped-def]
    """Mention text -> (country, sector) of each generic agent of the text."""
    analysis = analyzer.analyze(text, date=date)
    out = {}
    for actor in analysis.actors:
        for mention in actor.mentions:
            assert text[mention.start : mention.end] == mention.text
            if actor.id.startswith("agent:"):
                out[mention.text] = (actor.country, actor.sector)
    return out


@pytest.fixture(scope="module")
def without_rule(analyzer):  # type: ignore[no-untyped-def]
    return analyzer.derive(with_disabled(load_settings(), [RULE]))


@pytest.mark.parametrize(
    ("text", "agent", "expected"),
    [
        # a nationality adjective elsewhere in the sentence
        ("Gunmen ambushed a convoy, Nigerian officials said on Monday.", "Gunmen", ("NGA", "UAF")),
        # a person of a country as the target
        (
            "Protesters demanded the resignation of Peruvian President Alan Garcia.",
            "Protesters",
            ("PER", "OPP"),
        ),
        # a place of the event, not attached to the agent
        ("Militants attacked a police station in Pakistan on Sunday.", "Militants", ("PAK", "REB")),
        # a plural role noun with no country of its own
        (
            "Rebel leaders rejected the offer made by Chad on Friday.",
            "Rebel leaders",
            ("TCD", "REB"),
        ),
    ],
)
def test_agent_takes_the_one_country_of_its_sentence(analyzer, without_rule, text, agent, expected):  # type: ignore[no-untyped-def]
    found = _agents(analyzer, text)
    assert agent in found, found
    country, sector = found[agent]
    assert country == expected[0]
    assert sector == expected[1] or expected[1] == "UAF" and sector in ("UAF", "REB", "CRM")
    assert agent not in _agents(without_rule, text)  # the rule is what made it


@pytest.mark.parametrize(
    ("text", "agent"),
    [
        # two countries: whose the militants are is a guess
        ("Militants fired rockets from Gaza into Israel on Sunday.", "Militants"),
        ("Soldiers attacked Kenyan and Somali herders on Sunday.", "Soldiers"),
        # no country at all
        ("Rebel leaders rejected the offer on Friday.", "Rebel leaders"),
    ],
)
def test_agent_stays_out_where_the_sentence_names_no_single_country(analyzer, text, agent):  # type: ignore[no-untyped-def]
    assert agent not in _agents(analyzer, text)


def test_a_country_of_another_sentence_is_not_used(analyzer):  # type: ignore[no-untyped-def]
    text = "Peru held elections on Sunday. Militants attacked a convoy on Monday."
    assert "Militants" not in _agents(analyzer, text)


def test_a_pronoun_carries_no_country_into_the_sentence(analyzer):  # type: ignore[no-untyped-def]
    text = "Alan Garcia spoke in Lima on Sunday. He said that militants had attacked a convoy."
    assert "militants" not in _agents(analyzer, text)


def test_a_role_word_referring_back_names_no_country_anew(analyzer) -> None:  # type: ignore[no-untyped-def]
    # "the foreign minister" is taken back to the chancellor named before: it names no
    # country in its own sentence, which names one (Polish); the same holds when the
    # document is analysed in windows that do not see the chancellor
    text = (
        "Chancellor Olaf Scholz said Germany would keep talking to both sides.\n\n"
        "Protesters marched through the capital while the foreign minister met his "
        "Polish counterpart."
    )
    analysis = analyzer.analyze(text, date="2023-05-01")
    roles = [a.id for a in analysis.actors for m in a.mentions if m.text == "foreign minister"]
    assert roles == ["person:olaf-scholz"]  # taken back to the chancellor
    assert _agents(analyzer, text).get("Protesters", (None,))[0] == "POL"


def test_a_definite_singular_body_noun_refers_back_not_to_the_sentence_country(analyzer) -> None:  # type: ignore[no-untyped-def]
    text = "Apple reported record sales. The company said that demand in China was strong."
    assert "company" not in " ".join(_agents(analyzer, text))
    # plural agents still take it, and a definite one with nobody of its kind before
    # (not "Companies said that demand in China ...": a speaker takes no country its
    # content names, actors.agent.sentence_country_same_side)
    found = _agents(analyzer, "Companies reported strong demand in China.")
    assert found.get("Companies", (None,))[0] == "CHN"
    text = "Myanmar's government allowed the opposition to contest the by-elections."
    assert _agents(analyzer, text).get("opposition", (None,))[0] == "MMR"
