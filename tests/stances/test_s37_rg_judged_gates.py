"""Session 37 (RG): gates on the relations three rules read from what speakers say of
other parties (``stances.claims.judged_subject``, ``judged_party``,
``wordnet_predicate_sign``, all shipped off and switched on here): an observer's words, a
forecast, and a holder not named in the sentence give no relation. Sentences written for
these tests."""

from __future__ import annotations

from functools import lru_cache

from stancemap.config import load_settings
from stancemap.pipeline import Analyzer

RULES = (
    "stances.claims.judged_subject",
    "stances.claims.judged_party",
    "stances.claims.wordnet_predicate_sign",
)
OBSERVER = "stances.claims.judged_observer"
FORECAST = "stances.claims.judged_forecast"
BOTH_NAMED = "stances.claims.judged_both_named"
GATES = (OBSERVER, FORECAST, BOTH_NAMED)
PAIR = frozenset(("William Ruto", "Yoweri Museveni"))


@lru_cache(maxsize=8)
def analyzer(gates: frozenset[str]) -> Analyzer:
    settings = load_settings()
    off = [r for r in settings.rules.disable if r not in RULES and r not in gates]
    off += [g for g in GATES if g not in gates]
    # session 38: the events stage's reading of the same judgements (events, not these gates)
    off.append("events.quotes.content_judgement")
    rules = settings.rules.model_copy(update={"disable": off})
    return Analyzer(settings.model_copy(update={"rules": rules}))


def pairs(text: str, gates: frozenset[str]) -> dict[frozenset[str], float]:
    result = analyzer(gates).analyze_text(text, doc_id="s37rg", date="2025-03-02")
    names = {a.id: a.name for a in result.actors}
    return {frozenset((names[r.a], names[r.b])): r.score for r in result.relations}


NONE: frozenset[str] = frozenset()
ALL = frozenset(GATES)


def test_a_party_judging_a_party_passes_every_gate() -> None:
    text = (
        "Kenyan President William Ruto said Ugandan President Yoweri Museveni was a reliable "
        "partner who had helped bring peace to the region."
    )
    assert pairs(text, ALL)[PAIR] > 0
    assert pairs(text, NONE)[PAIR] > 0


def test_an_academic_is_an_observer() -> None:
    text = (
        "Professor Jane Okoro of Makerere University said Ugandan President Yoweri Museveni "
        "was a reliable partner who had helped bring peace to the region."
    )
    pair = frozenset(("Jane Okoro", "Yoweri Museveni"))
    assert pairs(text, NONE)[pair] > 0
    assert pair not in pairs(text, frozenset({OBSERVER}))


def test_a_businessman_is_an_observer() -> None:
    text = (
        "Kenyan businessman James Mwangi said Ugandan President Yoweri Museveni was a "
        "reliable partner who had helped bring peace to the region."
    )
    pair = frozenset(("James Mwangi", "Yoweri Museveni"))
    assert pairs(text, NONE)[pair] > 0
    assert pair not in pairs(text, frozenset({OBSERVER}))


def test_a_forecast_judges_no_one() -> None:
    text = (
        "Kenyan President William Ruto said Ugandan President Yoweri Museveni will be a "
        "reliable partner who will help bring peace to the region."
    )
    assert pairs(text, NONE)[PAIR] > 0
    assert PAIR not in pairs(text, frozenset({FORECAST}))
    assert PAIR in pairs(text, frozenset({OBSERVER, BOTH_NAMED}))


def test_a_holder_named_only_in_an_earlier_sentence() -> None:
    text = (
        "Kenyan President William Ruto spoke on Monday. He said Ugandan President Yoweri "
        "Museveni was a reliable partner who had helped bring peace to the region."
    )
    assert pairs(text, NONE)[PAIR] > 0
    assert PAIR not in pairs(text, frozenset({BOTH_NAMED}))
    assert PAIR in pairs(text, frozenset({OBSERVER, FORECAST}))


def test_the_gates_change_nothing_while_the_three_rules_are_off() -> None:
    text = (
        "Professor Jane Okoro of Makerere University said Ugandan President Yoweri Museveni "
        "will be a reliable partner. He said Kenya would lose."
    )
    loaded = load_settings()
    three_off = [*loaded.rules.disable, *RULES]  # judged_party ships on since session 37
    settings = loaded.model_copy(
        update={"rules": loaded.rules.model_copy(update={"disable": three_off})}
    )
    result = Analyzer(settings).analyze_text(text, doc_id="s37rg", date="2025-03-02")
    off = [*settings.rules.disable, *GATES]
    bare = Analyzer(
        settings.model_copy(update={"rules": settings.rules.model_copy(update={"disable": off})})
    ).analyze_text(text, doc_id="s37rg", date="2025-03-02")
    assert [r.model_dump() for r in result.relations] == [r.model_dump() for r in bare.relations]


WORDNET = "stances.claims.wordnet_predicate_sign"
PROFESSOR_AND_GOVERNOR = (
    "Professor Tomas Ferreira of Valbrook University said on Monday that the river accord "
    "was momentous. Governor Ilse Marchetti said the accord was a disaster for the farmers."
)


def test_an_observers_wordnet_signed_claim_meets_no_one(analyzer) -> None:  # type: ignore[no-untyped-def]
    from relation_probe import relation_score

    args = (analyzer, PROFESSOR_AND_GOVERNOR, "Ferreira", "Marchetti")
    ungated = relation_score(*args, enable=[WORDNET], disable=list(GATES))
    assert ungated is not None and ungated < 0
    assert relation_score(*args, enable=[WORDNET, OBSERVER]) is None


def test_a_wordnet_sign_is_told_from_an_afinn_sign(analyzer) -> None:  # type: ignore[no-untyped-def]
    from stancemap.stances.judged_gates import wordnet_signed
    from stancemap.stances.lexicon import default_lexicon

    lexicon = default_lexicon()
    doc = analyzer.nlp("The accord was momentous. The accord was a disaster.")
    momentous = next(t for t in doc if t.lower_ == "momentous")
    disaster = next(t for t in doc if t.lower_ == "disaster")
    assert wordnet_signed(momentous, lexicon)
    assert not wordnet_signed(disaster, lexicon)
