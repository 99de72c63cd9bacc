"""Relative clauses in attributions (``quotes/relatives.py``, session 12).

* ``quotes.verb.relative_source``: a relative pronoun is no source on its own; the
  source span runs from its antecedent to the pronoun ("The farmers, who").
* ``quotes.content.relative_object``: "Lula, whom the president had called a
  communist": the content is what follows the verb, never the clause with its source.
* ``quotes.content.aside_relative``: a comma-set relative clause at the end of an
  unquoted content is the writer's aside, not content; quoted words stay whole.

Sentences written for the test; each test also runs with its rule off to show the
misread the rule removes.
"""

from __future__ import annotations

CALLED = "Lula, whom the Argentine president had called a communist, landed in Brasilia on Monday."
FARMERS = "The farmers, who said the subsidy was too small, blocked the highway."
TARIFFS = "Officials unveiled a package of tariffs that threaten to upend the steel trade."
STADIUM = (
    "Mayor Karen Holt said she supported the new stadium, which will cost the city two "
    "billion dollars."
)
QUOTED = "Mayor Karen Holt said she supported “the new stadium, which will bring jobs to the city.”"


def _by_cue(quotes, cue: str):  # type: ignore[no-untyped-def]
    return [q for q in quotes if q.cue is not None and q.cue.text == cue]


def test_the_source_of_a_relative_clause_is_its_antecedent(quotes_without) -> None:  # type: ignore[no-untyped-def]
    (said,) = _by_cue(quotes_without(FARMERS), "said")
    assert said.source is not None and said.source.text == "The farmers, who"
    assert said.content.text == "the subsidy was too small"
    (threaten,) = _by_cue(quotes_without(TARIFFS), "threaten")
    assert threaten.source is not None and threaten.source.text == "tariffs that"
    off = _by_cue(quotes_without(FARMERS, ("quotes.verb.relative_source",)), "said")
    assert [q.source.text for q in off if q.source] == ["who"]  # the misread


def test_a_relative_object_clause_is_no_content(quotes_without) -> None:  # type: ignore[no-untyped-def]
    (called,) = _by_cue(quotes_without(CALLED), "called")
    assert called.content.text == "a communist"
    assert called.source is not None and called.source.text == "the Argentine president"
    rule = ("quotes.content.relative_object",)
    (off,) = _by_cue(quotes_without(CALLED, rule), "called")
    assert off.content.text.startswith("whom the Argentine president")  # the misread


def test_a_trailing_relative_aside_is_no_content(quotes_without) -> None:  # type: ignore[no-untyped-def]
    (said,) = _by_cue(quotes_without(STADIUM), "said")
    assert said.content.text == "she supported the new stadium"
    assert said.content.end == STADIUM.index(",")
    rule = ("quotes.content.aside_relative",)
    (off,) = _by_cue(quotes_without(STADIUM, rule), "said")
    assert off.content.text.endswith("two billion dollars")  # the misread


def test_a_quoted_relative_clause_stays_content(quotes_without) -> None:  # type: ignore[no-untyped-def]
    contents = [q.content.text for q in _by_cue(quotes_without(QUOTED), "said")]
    assert any("which will bring jobs to the city" in c for c in contents)
