"""Session 12, stances second round (engineer G2): a speaker's quote that judges an actor
through a word or a shape the stage did not read before.

- ``stances.claims.derived_noun_sign``: an act noun AFINN leaves unsigned takes its
  WordNet derivational verb's sign ("a provocation" as "provoke");
- ``stances.campaign.not_done_enough``: "Y has not done enough to ..." blames Y.

Passages written for these tests (not from any gold set); each rule is switched off to show
it is what gives the stance.
"""

from __future__ import annotations

import pytest

from rule_settings import with_rules
from stancemap.pipeline import Pipeline
from stancemap.records import Analysis
from stancemap.stances.claim_import import build

# session 34: a claim noun the derived-noun rule leaves unsigned may take its WordNet sign
# ("provocation" sits beside "irritation"); the rule's own effect is seen without that fallback
_FALLBACKS = {"stances.claims.derived_noun_sign": ["stances.claims.wordnet_predicate_sign"]}


def _settings(analyzer, rule: str, on: bool):  # type: ignore[no-untyped-def]
    fallbacks = _FALLBACKS.get(rule, [])
    settings = with_rules(enable=[rule]) if on else with_rules(disable=[rule, *fallbacks])
    return Pipeline(settings, nlp=analyzer.nlp)


def _stances(analysis: Analysis, holder: str, target: str) -> set[int]:
    names = {a.id: a.name.lower() for a in analysis.actors}
    return {
        s.polarity
        for s in analysis.statements
        if holder.lower() in names.get(s.actor, "")
        and target.lower() in names.get(s.target or "", "")
    }


def _check_spans(analysis: Analysis, text: str) -> None:
    for s in analysis.statements:
        assert s.text is not None and text[s.text.start : s.text.end] == s.text.text
        assert 0 < s.confidence <= 1


def test_importer_signs_an_unsigned_act_noun_by_its_verb() -> None:
    rows = {
        w: (sign, src)
        for w, sign, _, src in build(
            {"provoke": -1, "praise": 2, "dread": -2},
            {},
            {"provocation": {"provoke"}, "praise": {"praise"}, "mixup": {"praise", "dread"}},
        )
    }
    assert rows["provocation"] == (-1, "wordnet=provoke")
    assert rows["praise"][1] == "afinn=2"  # AFINN's own entry comes first
    assert "mixup" not in rows  # verbs of both signs sign nothing


@pytest.mark.parametrize(
    ("text", "rule"),
    [
        (
            "Lena Brandt, a spokeswoman for the chancellor, said Hungary's decision to close "
            "the border was a provocation.",
            "stances.claims.derived_noun_sign",
        ),
        (
            '"Hungary has not done enough to stop the smuggling of weapons," Lena Brandt said '
            "on Tuesday.",
            "stances.campaign.not_done_enough",
        ),
    ],
)
def test_a_quote_judging_an_actor_is_read(analyzer, text: str, rule: str) -> None:  # type: ignore[no-untyped-def]
    analysis = _settings(analyzer, rule, on=True).analyze(text)
    assert _stances(analysis, "Brandt", "Hungar") == {-1}
    _check_spans(analysis, text)
    off = _settings(analyzer, rule, on=False).analyze(text)
    assert _stances(off, "Brandt", "Hungar") == set()


def test_both_rules_ship_on(analyzer) -> None:  # type: ignore[no-untyped-def]
    for text in (
        '"Hungary has not done enough to protect its minorities," Lena Brandt said.',
        '"Hungary\'s decision to close the border was a provocation," Lena Brandt said.',
    ):
        assert _stances(analyzer.analyze(text), "Brandt", "Hungar") == {-1}


@pytest.mark.parametrize(
    "text",
    [
        # done enough, not negated: no blame
        '"Hungary has done enough to stop the smuggling of weapons," Lena Brandt said.',
        # the narrator's own words: nobody's stance
        "Hungary has not done enough to stop the smuggling of weapons.",
    ],
)
def test_no_blame_without_a_negated_quote(analyzer, text: str) -> None:  # type: ignore[no-untyped-def]
    analysis = analyzer.analyze(text)
    assert not [s for s in analysis.statements if "hun" in (s.target or "").lower()]
