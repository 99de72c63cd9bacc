"""Session 14 (engineer H, issue 14): rejections by a phrasal verb of dismissing
(``stances.relations.response_phrasal``), verbs of disapproving from WordNet and CAMEO 111
(``stances.campaign.disapproval``), a headline "X spars with Y"
(``stances.relations.headline_reciprocal_with``) and a headline surname tagged ADJ or VERB
(``stances.relations.headline_surname_any_tag``). Passages written for these tests (real office
holders, invented events); each rule switched off loses what it reads.
"""

from __future__ import annotations

from relation_probe import relation_between
from rule_settings import with_rules
from stancemap.pipeline import Pipeline
from stancemap.stances.between_import import disapproval_verbs, dismiss_phrases
from stancemap.stances.campaign import disapproval_verbs as shipped_disapproval
from stancemap.stances.relations import dismiss_phrases as shipped_phrases

PHRASAL = "stances.relations.response_phrasal"
DISAPPROVAL = "stances.campaign.disapproval"
RECIPROCAL_WITH = "stances.relations.headline_reciprocal_with"
SURNAME_ANY_TAG = "stances.relations.headline_surname_any_tag"
# since session 18 the event coder reads "dismissed X's criticism" too (a REJECT at X)
REJECTED_CHARGE = "events.frame.rejected_charge"


def _switched(analyzer, rule: str, on: bool, also_off: tuple[str, ...] = ()) -> Pipeline:  # type: ignore[no-untyped-def]
    settings = (
        with_rules(enable=[rule], disable=also_off) if on else with_rules(disable=[rule, *also_off])
    )
    return Pipeline(settings, nlp=analyzer.nlp)


_relation = relation_between


def _opposed(
    analyzer, rule: str, on: bool, text: str, a: str, b: str, also_off: tuple[str, ...] = ()
) -> float | None:  # type: ignore[no-untyped-def]
    rel = _relation(_switched(analyzer, rule, on, also_off).analyze(text), a, b)
    return None if rel is None else rel.score


def test_a_phrasal_verb_of_dismissing_a_claim_answers_its_author(analyzer) -> None:  # type: ignore[no-untyped-def]
    text = (
        "Kenyan President William Ruto brushed off criticism from Tanzanian President Samia "
        "Suluhu Hassan on Monday, telling reporters that the border would stay open."
    )
    alone = (REJECTED_CHARGE,)  # the stances rule alone, without the event coder's reading
    score = _opposed(analyzer, PHRASAL, True, text, "Ruto", "Samia", alone)
    assert score is not None and score < 0
    assert _opposed(analyzer, PHRASAL, False, text, "Ruto", "Samia", alone) is None
    # with the event rule on, the pair is opposed even with the stances rule off
    by_event = _opposed(analyzer, PHRASAL, False, text, "Ruto", "Samia")
    assert by_event is not None and by_event < 0


def test_a_phrasal_verb_with_no_claim_answers_nobody(analyzer) -> None:  # type: ignore[no-untyped-def]
    text = (
        "Tanzanian President Samia Suluhu Hassan said on Monday that the road had been built "
        "on her country's land. Kenyan President William Ruto walked out of the meeting on "
        "Tuesday."
    )
    assert _opposed(analyzer, PHRASAL, True, text, "Ruto", "Samia") is None


def test_a_verb_of_disapproving_a_person_opposes_the_two(analyzer) -> None:  # type: ignore[no-untyped-def]
    text = (
        "Kenyan President William Ruto rebuked Ugandan President Yoweri Museveni on Monday for "
        "closing the border."
    )
    on = _opposed(analyzer, DISAPPROVAL, True, text, "Ruto", "Museveni")
    off = _opposed(analyzer, DISAPPROVAL, False, text, "Ruto", "Museveni")
    assert on is not None and on < -0.5
    assert off is None or off > -0.5  # the event alone (CAMEO 111) is weak


def _headline(analyzer, text: str, off: str | None) -> float | None:  # type: ignore[no-untyped-def]
    """The two shipped-off headline rules on, but ``off``."""
    rules = [RECIPROCAL_WITH, SURNAME_ANY_TAG]
    settings = with_rules(enable=rules, disable=[off] if off else [])
    rel = _relation(Pipeline(settings, nlp=analyzer.nlp).analyze(text), "Lula", "Bolsonaro")
    rel = rel or _relation(Pipeline(settings, nlp=analyzer.nlp).analyze(text), "Boric", "Maduro")
    return None if rel is None else rel.score


SPARS = """Boric spars with Maduro over embassy

SANTIAGO, May 8 - Chilean President Gabriel Boric spoke at a forum in Valparaiso on Wednesday.
Venezuelan President Nicolas Maduro opened a new school in Caracas the same day."""

QUARRELS = """Lula quarrels with Bolsonaro over pensions

BRASILIA, May 8 - Brazilian President Luiz Inacio Lula da Silva spoke at a forum in Recife on
Wednesday. Former President Jair Bolsonaro held a rally in Sao Paulo the same day."""


def test_a_headline_reciprocal_verb_with_its_other_party_after_with(analyzer) -> None:  # type: ignore[no-untyped-def]
    score = _headline(analyzer, SPARS, None)
    assert score is not None and score < 0
    assert _headline(analyzer, SPARS, RECIPROCAL_WITH) is None


def test_a_headline_surname_tagged_as_an_adjective_still_names_the_person(analyzer) -> None:  # type: ignore[no-untyped-def]
    score = _headline(analyzer, QUARRELS, None)
    assert score is not None and score < 0
    assert _headline(analyzer, QUARRELS, SURNAME_ANY_TAG) is None


def test_the_shipped_lists_are_what_the_importer_reads() -> None:
    from pathlib import Path

    if not Path("/usr/share/wordnet/data.verb").exists():
        return  # the importer's WordNet is not installed here: the shipped lists stand
    assert dismiss_phrases() == sorted((" ".join(k), v) for k, v in shipped_phrases().items())
    assert set(disapproval_verbs()) == set(shipped_disapproval())


def test_a_verb_of_disapproving_that_names_its_object_judges_no_name(analyzer) -> None:  # type: ignore[no-untyped-def]
    text = (
        "If you doubt the ministry, the Daily Mirror will brand you a traitor and the Irish "
        "Times will accuse you of panic."
    )
    analysis = _switched(analyzer, DISAPPROVAL, True).analyze(text)
    rel = _relation(analysis, "Mirror", "Times")
    assert rel is None or rel.score > -0.5
