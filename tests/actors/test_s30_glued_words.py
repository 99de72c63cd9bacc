"""Session 30 (engineer NA): a common word glued to a name by capital letters ("Beyond
Trump", "Without Bloomberg", "And Denounces Clinton", "Trump Should Win") is no part of the
name, so no invented person is made of it and the person it holds keeps the mention."""

from __future__ import annotations

GLUED = "actors.names.glued_common_word"


def _ids(layer, text: str, words: str) -> list[str]:
    return [layer.actors[m.actor_id].id for m in layer.mentions if text[m.start : m.end] == words]


def _spans(layer, text: str) -> list[str]:
    return [text[m.start : m.end] for m in layer.mentions]


BEYOND = (
    "Hillary Clinton spoke in Iowa on Monday.\n\nBeyond Clinton, the party has few candidates left."
)
WITHOUT = (
    "Michael Bloomberg is thinking about running.\n\nWithout Bloomberg in the mix, the race "
    "is a dead heat."
)
HEADLINE = "France\u2019s Marine Le Pen Backs Trump And Denounces Clinton.\n\nShe spoke in Paris."
SHOULD = "Bellwether County Says Trump Should Win GOP Nomination.\n\nDonald Trump led the poll."


def test_a_leading_preposition_is_cut_and_the_person_keeps_the_mention(layer_of) -> None:
    layer, _ = layer_of(BEYOND, date="2016-02-01")
    assert "Beyond Clinton" not in _spans(layer, BEYOND)
    assert _ids(layer, BEYOND, "Clinton") == ["person:hillary-clinton"]
    layer, _ = layer_of(WITHOUT, date="2016-02-18")
    assert "Without Bloomberg" not in _spans(layer, WITHOUT)
    assert len(_ids(layer, WITHOUT, "Bloomberg")) == 1


def test_a_headline_verb_and_a_modal_are_cut(layer_of) -> None:
    layer, _ = layer_of(HEADLINE, date="2016-08-31")
    assert "Denounces Clinton" not in _spans(layer, HEADLINE)
    assert _ids(layer, HEADLINE, "Clinton") == ["person:hillary-clinton"]
    layer, _ = layer_of(SHOULD, date="2015-12-04")
    assert "Trump Should" not in _spans(layer, SHOULD)
    assert _ids(layer, SHOULD, "Trump") == ["person:donald-trump"]


def test_switched_off_the_glued_span_stays(layer_off) -> None:
    layer = layer_off(BEYOND, [GLUED], date="2016-02-01")
    assert "Beyond Clinton" in _spans(layer, BEYOND)


def test_given_names_and_unknown_rests_are_kept(layer_of) -> None:
    text = "Will Hurd said on Monday that Hope Hicks would not comment.\n\nHurd left."
    layer, _ = layer_of(text, date="2016-03-01")
    spans = _spans(layer, text)
    assert "Will Hurd" in spans and "Hope Hicks" in spans
    sell = "Coal Miners Cheer As Voters Say Sell Coal Now.\n\nThe miners met on Monday."
    layer, _ = layer_of(sell, date="2016-03-01")
    assert not any(s == "Coal" for s in _spans(layer, sell))
