"""Session 17 (engineer O, issue 14): rejections named by a noun
(``stances.relations.response_nominal``), a reply "in response to" another's claim
(``stances.relations.in_response_to``), two names joined by a dash before a noun of conflict
(``stances.relations.hyphen_pair``) and WordNet's two-word verbs of attacking (``stances.campaign.wordnet_phrase``). Passages
written for these tests (real office holders, invented events); each rule switched off
loses what it reads.
"""

from __future__ import annotations

import unicodedata

from rule_settings import with_rules
from stancemap.pipeline import Pipeline
from stancemap.records import Analysis, Relation
from stancemap.stances.campaign import attack_phrases
from stancemap.stances.relations import response_nouns

NOMINAL = "stances.relations.response_nominal"
REPLY = "stances.relations.in_response_to"
HYPHEN = "stances.relations.hyphen_pair"
ATTACK = "stances.campaign.wordnet_phrase"
MINE = [NOMINAL, REPLY, HYPHEN, ATTACK]


def _plain(name: str) -> str:
    return unicodedata.normalize("NFKD", name).encode("ascii", "ignore").decode()


def _relation(analysis: Analysis, a: str, b: str) -> Relation | None:
    ids = {_plain(x.name): x.id for x in analysis.actors if not x.id.startswith("new:")}
    x = next((i for n, i in ids.items() if n.endswith(a)), None)
    y = next((i for n, i in ids.items() if n.endswith(b)), None)
    return next((r for r in analysis.relations if {r.a, r.b} == {x, y}), None)


def _score(analyzer, text: str, a: str, b: str, disable=()) -> float | None:  # type: ignore[no-untyped-def]
    settings = with_rules(enable=MINE, disable=list(disable))
    rel = _relation(Pipeline(settings, nlp=analyzer.nlp).analyze(text), a, b)
    return None if rel is None else rel.score


def _on_off(analyzer, text: str, a: str, b: str, *rules: str) -> None:  # type: ignore[no-untyped-def]
    on = _score(analyzer, text, a, b)
    assert on is not None and on < 0
    assert _score(analyzer, text, a, b, disable=list(rules)) is None


def test_wordnet_lists() -> None:
    nouns = response_nouns()
    assert nouns["denial"] == "deny" and nouns["rejection"] == "reject"
    assert "denier" not in nouns  # a person, not the act
    phrases = attack_phrases()
    assert ("tear", "into") in phrases and ("lay", "into") in phrases


def test_a_possessor_s_denial_of_another_s_claim(analyzer) -> None:  # type: ignore[no-untyped-def]
    text = (
        "Kenyan President William Ruto said on Tuesday that Ugandan fishermen had crossed "
        "into Kenyan waters on Lake Victoria. Ugandan President Yoweri Museveni's denial "
        "of Ruto's claim was read out on state radio."
    )
    _on_off(analyzer, text, "Museveni", "Ruto", NOMINAL)


def test_a_rejection_of_the_charge_answers_the_nearest_claimant(analyzer) -> None:  # type: ignore[no-untyped-def]
    text = (
        "Brazilian President Luiz Inacio Lula da Silva said on Friday that Paraguay had "
        "underpaid Brazil for power from the Itaipu dam for a decade. Paraguayan President "
        "Santiago Pena's swift rejection of the charge came the same evening."
    )
    _on_off(analyzer, text, "Pena", "Silva", NOMINAL)


def test_a_reply_in_response_to_an_accusation_takes_the_reply_s_sign(analyzer) -> None:  # type: ignore[no-untyped-def]
    text = (
        "Serbian President Aleksandar Vucic said on Monday that Kosovo police had raided "
        "three Serb villages overnight. In response to Vucic's accusation, Kosovo Prime "
        "Minister Albin Kurti said the story was ridiculous and that no raid had taken place."
    )
    _on_off(analyzer, text, "Kurti", "Vucic", REPLY)


def test_a_reply_with_no_sign_of_its_own_is_no_relation(analyzer) -> None:  # type: ignore[no-untyped-def]
    text = (
        "Serbian President Aleksandar Vucic said on Monday that Kosovo police had raided "
        "three Serb villages overnight. In response to Vucic's accusation, Kosovo Prime "
        "Minister Albin Kurti said he would speak to reporters on Tuesday."
    )
    assert _score(analyzer, text, "Kurti", "Vucic") is None


def test_two_names_joined_by_a_dash_before_a_feud(analyzer) -> None:  # type: ignore[no-untyped-def]
    text = (
        "Lula-Bolsonaro feud erupts over court ruling\n\n"
        "Brazilian President Luiz Inacio Lula da Silva spoke in Brasilia on Thursday. "
        "Former President Jair Bolsonaro held a rally in Sao Paulo."
    )
    _on_off(analyzer, text, "Silva", "Bolsonaro", HYPHEN)


def test_a_two_word_verb_of_attacking(analyzer) -> None:  # type: ignore[no-untyped-def]
    text = (
        "Australian opposition leader Peter Dutton laid into Prime Minister Anthony "
        "Albanese in parliament on Wednesday over the housing shortage."
    )
    # session 27: the events stage reads "laid into" as criticism too (events.trigger.pursuit_criticism)
    _on_off(analyzer, text, "Dutton", "Albanese", ATTACK, "events.trigger.pursuit_criticism")


def test_the_shipped_lists_are_what_the_importer_reads() -> None:
    from pathlib import Path

    from stancemap.stances import between_import

    if not Path("/usr/share/wordnet/data.verb").exists():
        return  # the importer's WordNet is not installed here: the shipped lists stand
    assert dict(between_import.response_nouns()) == response_nouns()
    assert {tuple(p.split()) for p in between_import.attack_phrases()} == set(attack_phrases())
