"""Session 31 (engineer NA): a platform named as a medium is no party at that place
(``actors.names.platform_medium``: "took to Twitter", "wrote on Twitter", "his Twitter
attacks", "a Twitter user"), and more word classes glued to a name by capitals are cut
(``actors.names.glued_word_class``: "That's Jeb Bush", "Floridians Jeb Bush"). Passages
written for these tests."""

from __future__ import annotations

from rule_settings import with_rules
from stancemap.pipeline import Pipeline

PLATFORM = "actors.names.platform_medium"
CLASS = "actors.names.glued_word_class"

TOOK = "Trump took to Twitter overnight to accuse Clinton's campaign of being duped by a con."
ATTACKS = "Ms. Warren has often been on the receiving side of Mr. Trump's Twitter attacks."
USER = "As one Twitter user @nycsouthpaw pointed out, Trump is held to a lower standard."
WROTE = "Mr. Trump wrote on Twitter on Monday that Hillary Clinton is wrong."
ACTS = "Twitter suspended 125,000 accounts linked to the Islamic State, the company said."
SANCTIONS = "The United States imposed sanctions on Gazprom on Monday."


def _spans(layer, text: str) -> list[str]:  # type: ignore[no-untyped-def]
    return [text[m.start : m.end] for m in layer.mentions]


def test_a_medium_mention_is_dropped(layer_of) -> None:  # type: ignore[no-untyped-def]
    for text in (TOOK, ATTACKS, USER, WROTE):
        layer, _ = layer_of(text, date="2016-09-30")
        assert "Twitter" not in _spans(layer, text), text
        assert "org:twitter" not in layer.actors
        assert "Trump" in _spans(layer, text)


def test_a_platform_that_acts_or_is_acted_on_stays(layer_of) -> None:  # type: ignore[no-untyped-def]
    layer, _ = layer_of(ACTS, date="2016-02-05")
    assert "Twitter" in _spans(layer, ACTS)
    layer, _ = layer_of(SANCTIONS, date="2016-02-05")
    assert "Gazprom" in _spans(layer, SANCTIONS)


def test_switched_off_the_platform_stays(layer_off) -> None:  # type: ignore[no-untyped-def]
    layer = layer_off(TOOK, [PLATFORM], date="2016-09-30")
    assert "Twitter" in _spans(layer, TOOK)


def test_no_event_or_relation_with_the_platform(analyzer) -> None:  # type: ignore[no-untyped-def]
    def parties(**rules) -> set[str]:  # type: ignore[no-untyped-def]
        analysis = Pipeline(with_rules(**rules), nlp=analyzer.nlp).analyze(TOOK, date="2016-09-30")
        out = {x for e in analysis.events for x in (e.source or []) + (e.target or [])}
        return out | {x for r in analysis.relations for x in (r.a, r.b)}

    assert "org:twitter" in parties(disable=[PLATFORM])
    assert "org:twitter" not in parties(enable=[PLATFORM])


def test_the_word_lists() -> None:
    from stancemap.actors.platforms import _phrasal_to, _user_nouns

    assert {"user", "consumer"} <= _user_nouns() and "supporter" not in _user_nouns()
    assert {"take", "turn"} <= _phrasal_to() and "sell" not in _phrasal_to()


JEB = "That\u2019s Jeb Bush, the former governor of Florida. Jeb Bush said he would stay."
FLORIDIANS = "Floridians Jeb Bush and Marco Rubio are fighting for votes. Jeb Bush said so."


def test_a_clitic_and_a_plural_person_noun_are_cut(layer_with) -> None:  # type: ignore[no-untyped-def]
    # shipped off by the lead (session 31: a shifts control pair), switched on here
    for text, glued in ((JEB, "That\u2019s Jeb Bush"), (FLORIDIANS, "Floridians Jeb Bush")):
        layer = layer_with(text, [CLASS], date="2016-02-17")
        spans = _spans(layer, text)
        assert glued not in spans and spans.count("Jeb Bush") == 2
        assert len({m.actor_id for m in layer.mentions if m.text == "Jeb Bush"}) == 1


def test_switched_off_the_glued_words_stay(layer_off) -> None:  # type: ignore[no-untyped-def]
    layer = layer_off(JEB, [CLASS], date="2016-02-17")
    assert "That\u2019s Jeb Bush" in _spans(layer, JEB)
    layer = layer_off(FLORIDIANS, [CLASS], date="2016-02-17")
    assert "Floridians Jeb Bush" in _spans(layer, FLORIDIANS)
