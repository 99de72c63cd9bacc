"""Stance signs a new user saw wrong (session 10), through the whole pipeline.

- a support taken back ("withdrew his endorsement of Y", "unendorsed Y") is against Y
  (``stances.polarity.reversal``);
- acting against Z with others ("US and UK join war against Islamic State") is
  opposition to Z for every subject, and alignment between the subjects
  (``stances.against.joined``), even where the events stage codes the verb as cooperation.

Passages written for these tests; expectations written before the rules ran on them.
Each rule is also switched off to show that it is what gives the sign.
"""

from __future__ import annotations

import pytest

from stancemap.config import Settings
from stancemap.pipeline import Pipeline
from stancemap.records import Analysis


def _without(*rules: str) -> Settings:
    shipped = list(Settings().rules.disable)
    return Settings.model_validate({"rules": {"disable": shipped + list(rules)}})


@pytest.fixture(scope="module")
def pipelines(analyzer):  # type: ignore[no-untyped-def]
    return {
        "on": analyzer,
        "no-reversal": Pipeline(
            _without("stances.polarity.reversal"),
            nlp=analyzer.nlp,
        ),
        "no-against": Pipeline(_without("stances.against.joined"), nlp=analyzer.nlp),
    }


def _id(analysis: Analysis, name: str) -> str:
    found = [a.id for a in analysis.actors if name.lower() in a.name.lower()]
    assert found, f"no actor named {name!r} in {[a.name for a in analysis.actors]}"
    return found[0]


def _stance(analysis: Analysis, holder: str, target: str) -> int | None:
    a, b = _id(analysis, holder), _id(analysis, target)
    signs = {s.polarity for s in analysis.statements if s.actor == a and s.target == b}
    assert len(signs) <= 1
    return signs.pop() if signs else None


def _score(analysis: Analysis, one: str, other: str) -> float | None:
    a, b = sorted((_id(analysis, one), _id(analysis, other)))
    found = [r.score for r in analysis.relations if (r.a, r.b) == (a, b)]
    return found[0] if found else None


@pytest.mark.parametrize(
    "text",
    [
        "Senator Mark Hollis withdrew his endorsement of Governor Dana Whitfield on Saturday.",
        "Senator Mark Hollis rescinded his support for Governor Dana Whitfield on Saturday.",
        "Senator Mark Hollis pulled his backing for Governor Dana Whitfield after the video.",
        "Mark Hollis's endorsement of Dana Whitfield was withdrawn on Saturday.",
        "Senator Mark Hollis unendorsed Governor Dana Whitfield on Saturday.",
    ],
)
def test_support_taken_back_is_against(pipelines, text: str) -> None:  # type: ignore[no-untyped-def]
    on = pipelines["on"].analyze(text)
    assert _stance(on, "Hollis", "Whitfield") == -1
    score = _score(on, "Hollis", "Whitfield")
    assert score is not None and score < 0
    # without the rules the sentence reads as support, or not at all
    assert _stance(pipelines["no-reversal"].analyze(text), "Hollis", "Whitfield") != -1


def test_support_not_taken_back_stays_support(pipelines) -> None:  # type: ignore[no-untyped-def]
    text = "Senator Mark Hollis did not withdraw his endorsement of Governor Dana Whitfield."
    assert _stance(pipelines["on"].analyze(text), "Hollis", "Whitfield") == 1


def test_opposition_taken_back_is_a_weak_sign_for(pipelines) -> None:  # type: ignore[no-untyped-def]
    dropped = pipelines["on"].analyze(
        "Senator Mark Hollis dropped his opposition to Governor Dana Whitfield."
    )
    plain = pipelines["on"].analyze("Senator Mark Hollis backed Governor Dana Whitfield.")
    a, b = _id(dropped, "Hollis"), _id(dropped, "Whitfield")
    weak = [s for s in dropped.statements if s.actor == a and s.target == b]
    strong = [
        s
        for s in plain.statements
        if s.actor == _id(plain, "Hollis") and s.target == _id(plain, "Whitfield")
    ]
    assert weak and strong and weak[0].polarity == 1
    assert weak[0].confidence < strong[0].confidence


@pytest.mark.parametrize(
    ("text", "subjects", "against"),
    [
        (
            "US and UK join war against Islamic State.",
            ["United States", "United Kingdom"],
            "Islamic State",
        ),
        (
            "Canada and Australia joined the coalition against Iran on Monday.",
            ["Canada", "Australia"],
            "Iran",
        ),
        ("France joined forces with Germany against Russia.", ["France", "Germany"], "Russia"),
        ("Poland took part in the campaign against Belarus.", ["Poland"], "Belarus"),
        # session 11: the events stage no longer aims the cooperation at Z (engineer B's
        # events.sense.cooperation_not_with_enemy); the opposition is read here alone
        ("Turkey will join the coalition against Russia.", ["Turkey"], "Russia"),
        ("Germany backed the sanctions against Iran.", ["Germany"], "Iran"),
    ],
)
def test_acting_against_z_is_opposition_to_z(  # type: ignore[no-untyped-def]
    pipelines, text: str, subjects: list[str], against: str
) -> None:
    on = pipelines["on"].analyze(text)
    for subject in subjects:
        score = _score(on, subject, against)
        assert score is None or score < 0, (subject, score)
    assert _stance(on, subjects[0], against) == -1
    if len(subjects) > 1:  # acting together: partners
        together = _score(on, subjects[0], subjects[1])
        assert together is not None and together > 0
    # the rule is what gives the sign: without it no statement against Z is read
    assert _stance(pipelines["no-against"].analyze(text), subjects[0], against) is None


def test_the_joined_war_was_read_as_cooperation_before(pipelines) -> None:  # type: ignore[no-untyped-def]
    text = "US and UK join war against Islamic State."
    before = _score(pipelines["no-against"].analyze(text), "United Kingdom", "Islamic State")
    after = _score(pipelines["on"].analyze(text), "United Kingdom", "Islamic State")
    # session 10: the events stage's COOPERATE aimed at Z read as partnership; since
    # session 11 the events stage aims no cooperation at Z (engineer B), so there is none
    assert before is None or before > 0
    assert after is not None and after < 0


@pytest.mark.parametrize(
    "text",
    [
        "Mark Hollis condemned the war against Iraq.",  # against the war: no stance on Iraq
        "Iraq was attacked by forces fighting against Iran.",  # a participle phrase: no verb's subject
        "Turkey did not join the campaign against Syria.",  # an act not done says nothing of Syria
        # what two differ about, not what they do; and "broke with" makes no partners
        "Mark Hollis broke with Dana Whitfield over the sanctions against Iran.",
        # a standing between rivals, no act: the events stage's contest words
        "Mark Hollis leads by five points in the latest poll against Dana Whitfield.",
    ],
)
def test_no_opposition_without_the_construction(pipelines, text: str) -> None:  # type: ignore[no-untyped-def]
    on = pipelines["on"].analyze(text)
    off = pipelines["no-against"].analyze(text)
    assert [(s.actor, s.target, s.polarity) for s in on.statements] == [
        (s.actor, s.target, s.polarity) for s in off.statements
    ]
