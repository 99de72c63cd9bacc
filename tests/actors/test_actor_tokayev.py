"""Acceptance on the founding example (skips where ../shared is absent)."""

from __future__ import annotations

TOKAYEV = "person:kassym-jomart-tokayev"
PUTIN = "person:vladimir-putin"


def _at(analysis, context: str, word: str | None = None) -> str | None:
    """The actor of ``word`` (default: all of ``context``) where ``context`` first occurs."""
    word = word or context
    start = analysis.text.index(context) + context.index(word)
    end = start + len(word)
    for actor in analysis.actors:
        for m in actor.mentions:
            if m.start <= start and end <= m.end:
                return actor.id
    return None


def test_every_tokayev_variant_is_one_actor(tokayev) -> None:
    actor = next(a for a in tokayev.actors if a.id == TOKAYEV)
    assert (actor.type, actor.country, actor.sector) == ("person", "KAZ", "GOV")
    assert actor.role == "President of Kazakhstan"
    surfaces = {m.text for m in actor.mentions}
    for variant in ["Tokayev", "Tokaev", "Tokyev", "Kassym-Jomart Tokayev", "Tokyo"]:
        assert variant in surfaces, variant
    assert _at(tokayev, "Kazakh president") == TOKAYEV
    assert _at(tokayev, "Tokyo said", "Tokyo") == TOKAYEV
    assert not any(a.country == "JPN" for a in tokayev.actors)


def test_the_right_hes_are_tokayev(tokayev) -> None:
    assert _at(tokayev, "He is actually", "He") == TOKAYEV
    assert _at(tokayev, "he said", "he") == TOKAYEV
    assert _at(tokayev, "he referred", "he") == TOKAYEV
    assert _at(tokayev, "himself") == TOKAYEV


def test_putin_and_the_kremlin_chief(tokayev) -> None:
    putin = next(a for a in tokayev.actors if a.id == PUTIN)
    assert putin.role == "President of Russia"
    assert _at(tokayev, "Kremlin chief") == PUTIN
    assert _at(tokayev, "Russian president") == PUTIN
    assert _at(tokayev, "Vladimir Putin") == PUTIN


def test_countries_and_bodies(tokayev) -> None:
    ids = {a.id for a in tokayev.actors}
    for expected in [
        "country:KAZ",
        "country:RUS",
        "country:UKR",
        "country:USA",
        "igo:eu",
        "igo:un",
        "country:TWN",
        "country:XKX",
        "quasi:abkhazia",
        "quasi:south-ossetia",
        "group:the-west",
        "quasi:donetsk-pr",
        "quasi:luhansk-pr",
    ]:
        assert expected in ids, expected
    assert _at(tokayev, "ally of Moscow", "Moscow") == "country:RUS"


def test_nothing_from_the_footer(tokayev) -> None:
    footer = tokayev.text.index("Leave a Reply")
    for actor in tokayev.actors:
        for m in actor.mentions:
            assert m.end <= footer


def test_every_mention_indexes_the_text(tokayev) -> None:
    for actor in tokayev.actors:
        for m in actor.mentions:
            assert tokayev.text[m.start : m.end] == m.text
