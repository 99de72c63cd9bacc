"""Campaign language between people (stances.campaign.*), on hand-made actor layers.

Expectations written before the rules were run on these sentences.
"""

from __future__ import annotations

import pytest
from stance_builders import layer_for, quote

import rule_settings
from stancemap.config import Settings
from stancemap.ingest import make_document
from stancemap.nlp import parse_documents
from stancemap.records import Actor, Quote, Statement
from stancemap.stances import StanceStage
from stancemap.stances.campaign import campaign_words

ARIN = Actor(id="arin", name="Lena Arin", type="person", country="EST", sector="GOV")
BOSK = Actor(id="bosk", name="Piotr Bosk", type="person", country="LVA", sector="GOV")
PEOPLE = {"arin": (ARIN, ["Lena Arin", "Arin"]), "bosk": (BOSK, ["Piotr Bosk", "Bosk"])}


def _shipped_off_but_ours() -> list[str]:
    return [r for r in Settings().rules.disable if not r.startswith("stances.campaign.")]


@pytest.fixture(scope="module")
def run(analyzer):  # type: ignore[no-untyped-def]
    stages = {
        # every campaign rule, also any shipped off
        "on": StanceStage(Settings.model_validate({"rules": {"disable": _shipped_off_but_ours()}})),
        "off": StanceStage(
            # "unleashed attacks against Y" is also acting against Y (stances.against.joined)
            rule_settings.with_rules(disable=["stances.campaign.*", "stances.against.*"])
        ),
    }

    def go(text: str, quotes: list[Quote] | None = None, rules: str = "on") -> list[Statement]:
        document = make_document(text, doc_id="t", strip_boilerplate=False)
        doc = next(parse_documents(analyzer.nlp, [text], analyzer.settings.nlp))
        return stages[rules](doc, document, layer_for(text, PEOPLE), quotes or [], [])

    return go


def _towards(statements: list[Statement], a: str = "arin", b: str = "bosk") -> Statement | None:
    found = [s for s in statements if s.actor == a and s.target == b and s.target_kind == "actor"]
    return found[0] if found else None


@pytest.mark.parametrize(
    ("text", "holder", "target", "sign"),
    [
        ("Piotr Bosk was mocked by Lena Arin at a rally on Tuesday.", "arin", "bosk", -1),
        ("Lena Arin slammed Piotr Bosk's budget plan on Tuesday.", "arin", "bosk", -1),
        ("Lena Arin lashed out at Piotr Bosk during the debate.", "arin", "bosk", -1),
        ("Lena Arin took aim at Piotr Bosk in her first speech.", "arin", "bosk", -1),
        ("Lena Arin threw her support behind Piotr Bosk on Friday.", "arin", "bosk", 1),
        ("Lena Arin campaigned for Piotr Bosk in the north.", "arin", "bosk", 1),
        ("Lena Arin's attacks on Piotr Bosk grew sharper this week.", "arin", "bosk", -1),
        ("Lena Arin, a fierce critic of Piotr Bosk, spoke first.", "arin", "bosk", -1),
        ("Piotr Bosk is a close ally of Lena Arin.", "bosk", "arin", 1),
        ("Lena Arin chided Piotr Bosk on Monday.", "arin", "bosk", -1),
        ("Lena Arin has long admired Piotr Bosk.", "arin", "bosk", 1),
        ("Lena Arin has been critical of Piotr Bosk since June.", "arin", "bosk", -1),
        ("Lena Arin made comments supportive of Piotr Bosk's bid.", "arin", "bosk", 1),
        # session 9: participles, support verbs of attack nouns
        ("Lena Arin won the debate by mocking Piotr Bosk.", "arin", "bosk", -1),
        ("Lena Arin unleashed withering attacks against Piotr Bosk.", "arin", "bosk", -1),
        ("Lena Arin launched a broadside against Piotr Bosk.", "arin", "bosk", -1),
    ],
)
def test_campaign_language_is_a_statement_between_people(  # type: ignore[no-untyped-def]
    run, text: str, holder: str, target: str, sign: int
) -> None:
    found = _towards(run(text), holder, target)
    assert found is not None and found.polarity == sign
    # the evidence is the sentence, and the rules are what found it
    assert found.text is not None and found.text.text == text.rstrip()
    assert 0 < found.confidence < 1
    assert _towards(run(text, rules="off"), holder, target) is None


def test_a_possessed_person_is_not_the_possessor(run) -> None:  # type: ignore[no-untyped-def]
    assert _towards(run("Lena Arin mocked Piotr Bosk's wife on Tuesday.")) is None


@pytest.mark.parametrize(
    "text",
    [
        "Lena Arin condemned the attacks on Piotr Bosk.",  # no support verb: not Arin's attack
        "Lena Arin met Piotr Bosk, a famous liar.",  # an apposition after a comma describes
        "Lena Arin called Piotr Bosk on Monday.",  # no name at all
        "Lena Arin saw the crowd mocking Piotr Bosk.",  # the participle has its own subject
        "Lena Arin found Piotr Bosk guilty of fraud.",  # no verb of calling: a verdict
        "Lena Arin kept Piotr Bosk safe.",
    ],
)
def test_no_campaign_statement_without_the_construction(  # type: ignore[no-untyped-def]
    run, text: str
) -> None:
    # the campaign rules add nothing here (other rules may read the sentence their way)
    assert _towards(run(text)) == _towards(run(text, rules="off"))


def test_negation_turns_the_sign(run) -> None:  # type: ignore[no-untyped-def]
    found = _towards(run("Lena Arin will not campaign for Piotr Bosk this year."))
    assert found is not None and found.polarity == -1


def test_a_hypothetical_weighs_less(run) -> None:  # type: ignore[no-untyped-def]
    plain = _towards(run("Lena Arin lashed out at Piotr Bosk on Tuesday."))
    maybe = _towards(run("Lena Arin might lash out at Piotr Bosk on Tuesday."))
    assert plain is not None and maybe is not None
    assert maybe.confidence < plain.confidence


def test_the_speaker_holds_it_inside_a_quote(run) -> None:  # type: ignore[no-untyped-def]
    text = 'Lena Arin said: "I have always admired Piotr Bosk."'
    found = _towards(run(text, [quote("q1", text, "I have always admired Piotr Bosk.", "arin")]))
    assert found is not None and found.polarity == 1 and "q1" in found.evidence


def test_judgment_verbs_carry_their_source() -> None:
    words = campaign_words()
    assert words.judgment["praise"][0] == 1 and words.judgment["mock"][0] == -1
    assert ("lash", "out", "at") in words.phrase
    assert ("critic", "of") in words.agent and "wife" in words.person


def test_the_judgment_table_is_what_its_importer_builds() -> None:
    pytest.importorskip("afinn")
    from stancemap.stances.judgment_import import afinn_table, build

    rows, left_out = build(afinn_table())
    assert {verb: (sign, weight) for verb, sign, weight, _ in rows} == campaign_words().judgment
    assert "ridicule" in left_out  # AFINN has no valence for it: left out, not guessed


def test_the_epithet_table_is_what_its_importer_builds() -> None:
    pytest.importorskip("afinn")
    from stancemap.stances.conduct import epithet_words
    from stancemap.stances.judgment_import import afinn_table, build_epithets

    rows = build_epithets(afinn_table())
    assert {word: (sign, weight) for word, sign, weight, _ in rows} == epithet_words()
    assert epithet_words()["liar"][0] == -1 and "con" not in epithet_words()  # not guessed
