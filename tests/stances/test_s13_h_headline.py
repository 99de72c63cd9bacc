"""Session 13 (engineer H): a headline relation between two countries carried to the leaders
the story names for them (``stances.relations.headline_leaders``), and a headline verb of
judging or backing a person read by word order (``stances.relations.headline_transitive``).
Passages written for these tests (real office holders, invented events); each rule switched
off loses what it reads.
"""

from __future__ import annotations

from relation_probe import relation_between
from rule_settings import with_rules
from stancemap.pipeline import Pipeline

LEADERS = "stances.relations.headline_leaders"
TRANSITIVE = "stances.relations.headline_transitive"


HEADLINE_EVENT = "events.trigger.headline_name_verb"


def _switched(analyzer, rule: str, on: bool) -> Pipeline:  # type: ignore[no-untyped-def]
    settings = with_rules(enable=[rule]) if on else with_rules(disable=[rule])
    return Pipeline(settings, nlp=analyzer.nlp)


_relation = relation_between


COUNTRIES = """Kenya and Uganda clash over lake fishing rights

NAIROBI, March 12 - Kenyan President William Ruto told reporters on Tuesday that the boats had
been seized in Kenyan waters. Ugandan President Yoweri Museveni said the fishermen had
crossed the border. Both governments sent patrol boats to the lake."""


def test_a_headline_clash_of_two_countries_holds_between_their_leaders(analyzer) -> None:  # type: ignore[no-untyped-def]
    on = _switched(analyzer, LEADERS, True).analyze(COUNTRIES)
    rel = _relation(on, "Ruto", "Museveni")
    assert rel is not None and rel.score < 0
    headline = COUNTRIES.split("\n")[0]
    assert any(e.span is not None and e.span.text == headline for e in rel.evidence_spans)
    countries = _relation(on, "Kenya", "Uganda")
    assert countries is not None and countries.score < 0
    assert (
        _relation(_switched(analyzer, LEADERS, False).analyze(COUNTRIES), "Ruto", "Museveni")
        is None
    )


def test_no_leader_of_one_side_carries_nothing(analyzer) -> None:  # type: ignore[no-untyped-def]
    text = """Kenya and Uganda clash over lake fishing rights

NAIROBI, March 12 - Kenyan President William Ruto told reporters on Tuesday that the boats had
been seized in Kenyan waters. Fishermen in Uganda said they had crossed no border."""
    analysis = _switched(analyzer, LEADERS, True).analyze(text)
    persons = [a for a in analysis.actors if a.type == "person"]
    for rel in analysis.relations:
        assert not ({rel.a, rel.b} <= {p.id for p in persons})


def test_a_body_sentence_between_countries_is_not_carried(analyzer) -> None:  # type: ignore[no-untyped-def]
    # not a headline: the rule reads only a headline's relation
    text = (
        "Kenyan President William Ruto told reporters on Tuesday that the boats had been seized. "
        "Ugandan President Yoweri Museveni said the fishermen had crossed the border. "
        "In the past Kenya and Uganda clashed over the island of Migingo."
    )
    on = _switched(analyzer, LEADERS, True).analyze(text)
    off = _switched(analyzer, LEADERS, False).analyze(text)
    assert _relation(on, "Ruto", "Museveni") == _relation(off, "Ruto", "Museveni")


BODY = (
    "\n\nNAIROBI, March 12 - Kenyan President William Ruto spoke to reporters on Tuesday. "
    "Ugandan President Yoweri Museveni met his cabinet in Kampala on the same day."
)


def test_a_headline_verb_parsed_a_noun_is_read_by_word_order(analyzer) -> None:  # type: ignore[no-untyped-def]
    for headline, sign in (
        ("Ruto mocks Museveni at lakeside rally", -1),
        ("Ruto thanks Museveni for pipeline deal", 1),
    ):
        text = headline + BODY
        on = _relation(_switched(analyzer, TRANSITIVE, True).analyze(text), "Ruto", "Museveni")
        assert on is not None and on.score * sign > 0, headline
        assert any(e.span is not None and e.span.text == headline for e in on.evidence_spans)
        # session 26's events.trigger.headline_name_verb reads the same headline as an event:
        # the off-half switches it off too
        both = Pipeline(with_rules(disable=[TRANSITIVE, HEADLINE_EVENT]), nlp=analyzer.nlp)
        off = _relation(both.analyze(text), "Ruto", "Museveni")
        assert off is None, headline


def test_a_verb_with_a_preposition_before_the_name_is_no_object(analyzer) -> None:  # type: ignore[no-untyped-def]
    text = "Ruto attacks on opposition draw rebuke from Museveni" + BODY
    rel = _relation(_switched(analyzer, TRANSITIVE, True).analyze(text), "Ruto", "Museveni")
    off = _relation(_switched(analyzer, TRANSITIVE, False).analyze(text), "Ruto", "Museveni")
    assert (rel is None) == (off is None)


def test_a_person_named_after_an_owner_is_the_one_judged(analyzer) -> None:  # type: ignore[no-untyped-def]
    text = (
        "Ruto praises Museveni's minister Jane Okello for pipeline work\n\n"
        "NAIROBI - Kenyan President William Ruto spoke on Tuesday. Ugandan President Yoweri "
        "Museveni met his cabinet. Ugandan energy minister Jane Okello signed the deal."
    )
    on = _switched(analyzer, TRANSITIVE, True).analyze(text)
    rel = _relation(on, "Ruto", "Okello")
    assert rel is not None and rel.score > 0
    assert _relation(on, "Ruto", "Museveni") is None
