"""Session 61 (CE): ``events.frame.denial`` (events/denials.py, shipped off, on since session 61 by the lead) - a verb of
declaring untrue (WordNet deny.v.01) that denies a finite clause, a gerund or a guilt is a
REJECT by its subject where no lexicon row reads it (docs/judging.md: denying is a verbal
act). The sentences were written for this test; each runs the whole pipeline with the rule
off and on."""

from __future__ import annotations

from pathlib import Path

import pytest
from party_runner import on_off_pipelines

from stancemap.config import Settings
from stancemap.datafiles import data_path
from stancemap.events.denial_import import denial_rows, render
from stancemap.wordnet_files import WORDNET

RULE = "events.frame.denial"
DICTIONARY = Path(__file__).resolve().parents[3] / "shared/reference/phoenix-dictionaries"


@pytest.fixture(scope="module")
def read(analyzer):
    pipelines = on_off_pipelines(analyzer, RULE)

    def run(text: str, on: bool) -> list[tuple[str, str | None, list[str], list[str]]]:
        analysis = pipelines["on" if on else "off"].analyze(text, date="2005-03-01")
        return [(e.type, e.mode, e.source, e.target) for e in analysis.events]

    return run


def test_the_rule_ships_on():
    # on since session 61 (lead: blind A/B, net and shifts; docs/benchmarks.md session 61 lead)
    assert RULE not in Settings().rules.disable


@pytest.mark.parametrize(
    ("text", "source"),
    [
        # a finite clause denied, with and without "that"
        ("Jacques Chirac has denied his ministers were divided over the budget.", "chirac"),
        ("Jacques Chirac denied that France had misled its partners.", "chirac"),
        # a guilt: the dictionary's "deny responsibility" objects and WordNet's wrongdoing
        ("The Kremlin denies any wrongdoing.", "rus"),
        ("Pakistan denied involvement in the raid.", "pak"),
        # a gerund
        ("Vladimir Putin denied interfering in the vote.", "putin"),
    ],
)
def test_a_denial_is_a_rejection(read, text, source):
    assert not any(t == "REJECT" for t, *_ in read(text, on=False))
    on = read(text, on=True)
    rejects = [e for e in on if e[0] == "REJECT"]
    assert len(rejects) == 1
    _, mode, sources, targets = rejects[0]
    assert mode is None
    assert any(source in s.lower() for s in sources)
    # a speech verb's subject is never its target, nor is what the denied clause is about
    assert not set(sources) & set(targets)


def test_the_denied_clause_subject_is_no_target(read):
    on = read("Jacques Chirac denied that Germany had misled its partners.", on=True)
    (reject,) = [e for e in on if e[0] == "REJECT"]
    assert reject[3] == []


def test_what_is_denied_is_read_as_without_the_rule(read):
    # the rule adds the REJECT and takes nothing away: the denied clause is read as before
    text = "Syria denied that its troops had attacked Lebanon."
    off, on = read(text, on=False), read(text, on=True)
    assert [e for e in on if e[0] != "REJECT"] == off
    assert [t for t, *_ in on].count("REJECT") == 1


@pytest.mark.parametrize(
    "text",
    [
        # a refusal to grant ("was denied bail", "denied them access"): rows of their own
        "The court denied the men bail.",
        "Egypt denied the reporters access to the border.",
        # the charge nouns keep their own rule (rejected_charges)
        "Gazprom denied the allegations.",
        # a company's denial is a commercial act (session 61 CE2)
        "Gazprom denies any wrongdoing.",
        # no clause, gerund or guilt: nothing denied that the rule reads
        "Chirac denied it.",
        # plain speech and thought stay no event; no event from co-occurrence
        "Jacques Chirac said his ministers were divided over the budget.",
        "Jacques Chirac doubted that France had misled its partners.",
    ],
)
def test_left_alone(read, text):
    assert read(text, on=True) == read(text, on=False)


def test_the_importer_reproduces_the_file():
    if not (WORDNET / "data.verb").exists() or not (DICTIONARY / "CAMEO.2.0.txt").exists():
        pytest.skip("WordNet 3.0 or the CAMEO dictionary is not installed")
    rows = denial_rows(DICTIONARY / "CAMEO.2.0.txt", WORDNET)
    assert ("deny", "verb") in rows and ("wrongdoing", "guilt") in rows
    assert data_path("events/denial_words.tsv").read_text("utf-8") == render(rows)


# Session 61 (CE2): a denial offered as an alternative is none; the denier is a political
# actor; a denied claim of no political content is a personal or commercial matter; the
# target is the accuser, never a party of what is denied (events/denial_sides.py).


@pytest.mark.parametrize(
    "text",
    [
        "The minister neither confirmed nor denied the report.",
        "The minister neither confirmed nor denied that troops had crossed the border.",
        "The government declined to confirm or deny that its troops had crossed the border.",
        "Acme Corp denied reports of a bid.",
        "Acme Corp denied that it was planning a bid for Globex.",
        "The senator denied a report about her paid speeches.",
    ],
)
def test_no_denial_made_by_a_political_actor_of_a_political_matter(read, text):
    assert not any(t == "REJECT" for t, *_ in read(text, on=True))


def test_a_denied_accusation_stays_a_rejection(read):
    for on in (False, True):
        assert [t for t, *_ in read("The ministry denied accusations by Kiev.", on=on)] == [
            "REJECT"
        ]


@pytest.mark.parametrize(
    ("text", "target"),
    [
        # what is denied names no target: not the party of the denied gerund or clause
        ("Germany denied attacking France.", []),
        ("The Kremlin denied that its troops had attacked Georgia.", []),
        # the accuser, where the denied claim names one
        ("Russia denied Kiev's reports that its troops had crossed the border.", ["country:UKR"]),
        (
            "Russia denied reports by Ukraine that its troops had crossed the border.",
            ["country:UKR"],
        ),
    ],
)
def test_the_target_is_the_accuser(read, text, target):
    (reject,) = [e for e in read(text, on=True) if e[0] == "REJECT"]
    assert reject[3] == target


@pytest.mark.parametrize(
    "text",
    [
        # a claim's medium tells who told it, not what it says; the denier's own act is his
        "The minister denied a newspaper report.",
        "The minister denied reports that he had resigned.",
        "The ministry denied reports that its troops had shelled the town.",
    ],
)
def test_a_political_denial_of_a_political_claim_stays(read, text):
    assert [t for t, *_ in read(text, on=True)].count("REJECT") == 1


def test_an_unplaced_person_denies_a_political_matter(read):
    # a name the KB gives no sector: a politician where what is denied names a political body
    kept = read("Michael Howard has denied his shadow cabinet was split.", on=True)
    assert [t for t, *_ in kept].count("REJECT") == 1
    dropped = read("Bernie Smith denied that he had sold the shares early.", on=True)
    assert not any(t == "REJECT" for t, *_ in dropped)
