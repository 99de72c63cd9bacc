"""Session 38 (RR): rule ``stances.claims.judged_deed`` - a quoted clause whose active verb
has another named party as subject and whose verb or direct object an open lexicon signs
negative is the speaker's charge against that party; a verb of what one undergoes (WordNet
lexicographer files, ``undergone_verbs.tsv``), a passive, a negation, a weak modal or a
good deed gives nothing. Sentences written for these tests."""

from __future__ import annotations

from pathlib import Path

import pytest

from stancemap.config import load_settings
from stancemap.pipeline import Analyzer
from stancemap.stances.judged_deed import undergone_verbs

RULE = "stances.claims.judged_deed"


def analyzer(*, on: bool) -> Analyzer:
    settings = load_settings()
    off = [r for r in settings.rules.disable if r != RULE]
    if not on:
        off.append(RULE)
    rules = settings.rules.model_copy(update={"disable": off, "enable": []})
    return Analyzer(settings.model_copy(update={"rules": rules}))


ON, OFF = analyzer(on=True), analyzer(on=False)


def pairs(text: str, *, on: bool) -> dict[frozenset[str], float]:
    result = (ON if on else OFF).analyze_text(text, doc_id="s38rr", date="2016-03-02")
    names = {a.id: a.name for a in result.actors}
    return {frozenset((names[r.a], names[r.b])): r.score for r in result.relations}


def test_a_charge_through_the_object_sets_the_speaker_against_the_subject() -> None:
    text = 'Donald Trump said on Monday that Hillary Clinton "caused death" in Libya.'
    pair = frozenset(("Donald Trump", "Hillary Clinton"))
    assert pair not in pairs(text, on=False)
    assert pairs(text, on=True)[pair] < 0


def test_a_charge_through_the_verb_in_a_direct_quote() -> None:
    text = '"Bernie Sanders misled the voters of Iowa," Hillary Clinton told reporters.'
    pair = frozenset(("Bernie Sanders", "Hillary Clinton"))
    assert pair not in pairs(text, on=False)
    assert pairs(text, on=True)[pair] < 0


@pytest.mark.parametrize(
    "text",
    [
        # what befalls the subject: verb.possession / verb.change first senses
        "Ted Cruz said on Tuesday that Marco Rubio lost the primary in Florida.",
        "Ted Cruz said on Tuesday that Marco Rubio received death threats last year.",
        # done to the subject, not by it
        "Ted Cruz said on Tuesday that Marco Rubio was attacked by the press.",
        # negated, or under a weak modal
        "Ted Cruz said on Tuesday that Marco Rubio did not violate the rules.",
        "Ted Cruz said on Tuesday that Marco Rubio might violate the rules.",
        # a good deed is no charge
        "Ted Cruz said on Tuesday that Marco Rubio won the debate.",
        # fighting a bad thing is no charge
        "Ted Cruz said on Tuesday that Marco Rubio battled fierce opposition in Florida.",
    ],
)
def test_no_charge(text: str) -> None:
    pair = frozenset(("Ted Cruz", "Marco Rubio"))
    assert pair not in pairs(text, on=True)


def test_a_source_phrase_reports_no_charge() -> None:
    text = "Marco Rubio violated the rules last year, according to Ted Cruz."
    pair = frozenset(("Ted Cruz", "Marco Rubio"))
    assert pair not in pairs(text, on=True)
    said = "Marco Rubio violated the rules last year, Ted Cruz said on Tuesday."
    assert pairs(said, on=True)[pair] < 0


def test_the_undergone_list_holds_wordnet_classes() -> None:
    verbs = undergone_verbs()
    assert verbs["lose"] == "undergone" and verbs["die"] == "undergone"
    assert verbs["have"] == "undergone" and verbs["battle"] == "contest"
    assert "violate" not in verbs or verbs["violate"] == "stative"
    assert "mislead" not in verbs and "cause" not in verbs


def test_the_undergone_list_is_what_the_importer_writes() -> None:
    wordnet = Path("/usr/share/wordnet")
    if not (wordnet / "data.verb").exists():
        pytest.skip("WordNet 3.0 (wordnet-base) is not installed")
    from stancemap.stances.undergone_import import undergone

    assert undergone(wordnet) == sorted(undergone_verbs().items())


MAIN_CLAUSE = "stances.claims.judged_deed_main_clause"


def _pairs_without_gate(text: str) -> dict[frozenset[str], float]:
    settings = load_settings()
    off = [r for r in settings.rules.disable if r != RULE] + [MAIN_CLAUSE]
    rules = settings.rules.model_copy(update={"disable": off, "enable": []})
    analyzer = Analyzer(settings.model_copy(update={"rules": rules}))
    result = analyzer.analyze_text(text, doc_id="s38lead", date="2016-03-02")
    names = {a.id: a.name for a in result.actors}
    return {frozenset((names[r.a], names[r.b])): r.score for r in result.relations}


@pytest.mark.parametrize(
    ("text", "speaker", "party"),
    [
        ("Ann Walker criticised the deal that Bob Lane rejected.", "Ann Walker", "Bob Lane"),
        (
            "Ann Walker said it is hard for Canada to successfully pressure Mexico.",
            "Ann Walker",
            "Canada",
        ),
    ],
)
def test_a_relative_clause_or_an_infinitive_tells_no_deed(
    text: str, speaker: str, party: str
) -> None:
    pair = frozenset((speaker, party))
    assert _pairs_without_gate(text).get(pair, 0) < 0  # read as a charge without the gate
    assert pair not in pairs(text, on=True)
