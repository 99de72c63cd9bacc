"""actors.names.demonym_plural (issue 12, group nouns as sources): a people noun whose
plural the country table lacks is read back by English inflection to one country's
demonym. Sentences written for these tests; the whole pipeline runs, each case also
with the rule off."""

from __future__ import annotations

import pytest

from stancemap.actors.newactors import DEMONYM_PLURAL
from stancemap.config import RuleSettings, Settings
from stancemap.rules import load_all

DEFAULT_OFF = tuple(RuleSettings().disable)


@pytest.fixture(scope="module")
def actors(analyzer):
    pipelines = {}

    def run(text: str, rule_on: bool = True) -> dict[str, str | None]:
        if rule_on not in pipelines:
            disable = [*DEFAULT_OFF, *([] if rule_on else [DEMONYM_PLURAL])]
            settings = Settings.model_validate({"rules": {"disable": disable}})
            pipelines[rule_on] = analyzer.derive(settings)
        analysis = pipelines[rule_on].analyze(text, date="2014-05-20")
        return {a.name: a.country for a in analysis.actors}

    return run


def test_the_rule_is_registered_and_on():
    assert DEMONYM_PLURAL in load_all().names()
    assert DEMONYM_PLURAL not in DEFAULT_OFF


@pytest.mark.parametrize(
    ("text", "people", "country"),
    [
        ("Thais protested against the army's seizure of power.", "Thais", "THA"),
        ("Nepalis protested outside the Indian embassy.", "Nepalis", "NPL"),
    ],
)
def test_a_plural_the_table_lacks_is_its_country_s_people(actors, text, people, country):
    assert actors(text).get(people) == country
    assert actors(text, rule_on=False).get(people) != country


@pytest.mark.parametrize(
    ("text", "people"),
    [
        # no single country: the Korean people of two states, a people with no state
        ("Koreans protested against the Japanese textbooks.", "Koreans"),
        ("Kurds protested against the ban.", "Kurds"),
    ],
)
def test_no_country_where_the_singular_names_none_or_several(actors, text, people):
    assert actors(text).get(people) is None


def test_a_word_ending_in_double_s_is_not_inflected(actors):
    # "Swiss" is in the table as it is; "Swis" is no demonym to reach by dropping "s"
    assert actors("The Swiss rejected the proposal.").get("Swiss") == "CHE"
