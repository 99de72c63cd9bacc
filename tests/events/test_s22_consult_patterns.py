"""Session 22 (engineer E): the CAMEO dictionary's consultation patterns in its blocks of
public-statement verbs ("SPEAK * (WITH)": 046) are read, for a partner of state, political
or international standing (``events.trigger.dictionary_consult_patterns``;
data/events/cameo_consult_patterns.tsv, events/cameo_import.py). Sentences written for
these tests."""

from __future__ import annotations

import pytest

from shared_data import shared_path
from stancemap.config import RuleSettings, Settings
from stancemap.datafiles import data_path
from stancemap.events.cameo_import import write_cameo_verbs

RULE = "events.trigger.dictionary_consult_patterns"
DEFAULT_OFF = tuple(RuleSettings().disable)


@pytest.fixture(scope="module")
def consults(analyzer):
    pipelines = {}

    def run(text: str, off: tuple[str, ...] = ()):
        if off not in pipelines:
            settings = Settings.model_validate({"rules": {"disable": [*DEFAULT_OFF, *off]}})
            pipelines[off] = analyzer.derive(settings)
        analysis = pipelines[off].analyze(text, date="2023-03-01")
        countries = {a.id: a.country for a in analysis.actors}
        return [
            (sorted(countries[x] for x in e.source), sorted(countries[x] for x in e.target), e.mode)
            for e in analysis.events
            if e.type == "CONSULT"
        ]

    return run


TALKS = [
    (
        "German Chancellor Olaf Scholz talked with Polish President Andrzej Duda on Monday.",
        "DEU",
        "POL",
    ),
    (
        "The Kenyan foreign minister spoke with his Ugandan counterpart about the border.",
        "KEN",
        "UGA",
    ),
]


@pytest.mark.parametrize(("text", "talker", "partner"), TALKS)
def test_talking_with_a_state_party_is_a_consultation(consults, text, talker, partner):
    assert [(s, t) for s, t, _ in consults(text)] == [([talker], [partner])]


@pytest.mark.parametrize(("text", "talker", "partner"), TALKS)
def test_without_the_rule_there_is_no_consultation(consults, text, talker, partner):
    assert not consults(text, (RULE,))


def test_a_talk_that_did_not_happen_is_negated(consults):
    text = "Colombia's president said he had not spoken with Venezuelan President Nicolas Maduro."
    found = consults(text)
    assert len(found) == 1 and found[0][2] == "negated", found


@pytest.mark.parametrize(
    "text",
    [
        "The senator spoke with reporters outside the Capitol.",  # the press
        "The candidate talked with voters in Iowa on Sunday.",  # the public
        "The senator spoke with The Springfield Gazette about the bill.",  # an unplaced body
    ],
)
def test_talking_with_the_press_or_the_public_is_no_consultation(consults, text):
    assert not consults(text)


def test_the_importer_reproduces_both_files(tmp_path):
    dictionary = shared_path("reference", "phoenix-dictionaries", "CAMEO.2.0.txt")
    out = tmp_path / "cameo_verbs.tsv"
    write_cameo_verbs(dictionary, out, "2026.11.2")
    for name in ("cameo_verbs.tsv", "cameo_consult_patterns.tsv"):
        written = (tmp_path / name).read_text("utf-8")
        assert written == data_path(f"events/{name}").read_text("utf-8"), name
    rows = (tmp_path / "cameo_consult_patterns.tsv").read_text("utf-8").splitlines()
    assert "speak\tV\tevent\t046\tprep:with=*\t-" in rows
    assert all(
        r.split("\t")[3].startswith("04") for r in rows if r and not r.startswith(("#", "lemma"))
    )
