"""Session 69 (PA, issue 12): ``events.sense.private_heads`` (events/private_heads.py, read
by ``private_ends``) - a side with no party read is classed by its head words (a WordNet
noun of a private person or of a work), a new body the article describes with a noun of a
work is a work, a party named only as a place or a modifier is none. Shipped off. And the
clean-up of session 68's ``private_modifiers`` switch: a plain setting, not a mark on the
Doc the rule last ran on. The sentences were written for this test."""

from __future__ import annotations

import pytest

from rule_settings import with_rules
from stancemap.config import Settings
from stancemap.events.apolitical_acts import PRIVATE_MODIFIERS
from stancemap.events.private_heads import PRIVATE_HEADS, work_nouns
from stancemap.pipeline import Pipeline


@pytest.fixture(scope="module")
def pipelines(analyzer):
    return {
        "on": Pipeline(with_rules(enable=[PRIVATE_HEADS]), nlp=analyzer.nlp),
        "off": Pipeline(with_rules(), nlp=analyzer.nlp),
    }


@pytest.fixture(scope="module")
def read(pipelines):
    def run(text: str, on: bool) -> list[tuple[str, str]]:
        analysis = pipelines["on" if on else "off"].analyze(text, date="2005-02-10")
        return [(e.type, e.trigger.text) for e in analysis.events]

    return run


def test_the_rule_is_off_by_default():
    assert PRIVATE_HEADS in Settings().rules.disable


def test_the_work_nouns_list():
    nouns = work_nouns()
    assert {"film", "movie", "sequel", "album", "novel", "play", "song", "sitcom"} <= nouns
    # a protest, a conversation, a news story, a report: no work here
    assert not {"demonstration", "dialogue", "story", "report", "newspaper", "treaty"} & nouns


@pytest.mark.parametrize(
    ("text", "word"),
    [
        # a work as the doer, a thing as the object: no party at all
        ("The sequel threatens the record of its predecessor.", "threatens"),
    ],
)
def test_a_private_act_without_parties_is_no_event(read, text, word):
    assert any(word in trigger for _, trigger in read(text, on=False))
    assert not any(word in trigger for _, trigger in read(text, on=True))


@pytest.mark.parametrize(
    ("text", "word"),
    [
        # a political party on a side
        ("The film accused the president of lying.", "accused"),
        # an agreement with no partner read: with whom is unsaid
        ("The actress agreed a deal with the studio.", "agreed"),
    ],
)
def test_a_political_or_unsaid_side_stays(read, text, word):
    assert any(word in trigger for _, trigger in read(text, on=False))
    assert any(word in trigger for _, trigger in read(text, on=True))


def test_private_modifiers_is_a_setting_not_a_mark_on_the_doc(analyzer):
    """Parsed once and run under two settings (ablation): the run with the rule off reads
    as off, whatever ran on the same Doc before (session 68 kept a mark on the Doc)."""
    text = "The US singer criticised the photographer."
    base = Pipeline(with_rules(disable=["events.sense.private_ends"]), nlp=analyzer.nlp)
    parsed = base.parse([{"text": text, "date": "2005-02-10"}])
    off = with_rules(disable=[PRIVATE_MODIFIERS, "events.sense.private_ends"])
    first_off = next(iter(base.run(parsed, off)))
    on = next(iter(base.run(parsed)))
    again_off = next(iter(base.run(parsed, off)))
    words = [[e.trigger.text for e in a.events] for a in (first_off, on, again_off)]
    assert any("criticised" in w for w in words[0])
    assert not any("criticised" in w for w in words[1])
    assert words[2] == words[0]


def test_private_denials(analyzer):
    """``events.sense.private_denials`` (off): a firm coded MNC (Sony) in what is denied
    is no political actor where private_modifiers (on) reads it so; a state stays."""
    from stancemap.events.denial_sides import PRIVATE_DENIALS

    assert PRIVATE_DENIALS in Settings().rules.disable
    on = Pipeline(with_rules(enable=[PRIVATE_DENIALS]), nlp=analyzer.nlp)
    off = Pipeline(with_rules(), nlp=analyzer.nlp)

    def denied(pipeline: Pipeline, text: str) -> bool:
        events = pipeline.analyze(text, date="2005-02-10").events
        return any(e.trigger.text == "denied" for e in events)

    firm = "Mr Pollard denied that Sony had cut jobs."
    assert denied(off, firm) and not denied(on, firm)
    state = "Mr Pollard denied that Russia had cut gas supplies."
    assert denied(off, state) and denied(on, state)


def test_work_force(analyzer):
    """``events.sense.work_force`` (off): a force word whose side is a work is no force;
    with an armed doer or a political party it stays."""
    from stancemap.events.private_heads import WORK_FORCE

    assert WORK_FORCE in Settings().rules.disable
    on = Pipeline(with_rules(enable=[WORK_FORCE]), nlp=analyzer.nlp)
    off = Pipeline(with_rules(), nlp=analyzer.nlp)

    def force(pipeline: Pipeline, text: str, word: str) -> bool:
        events = pipeline.analyze(text, date="2005-02-10").events
        return any(e.type == "ASSAULT" and e.trigger.text == word for e in events)

    sequel = "The sequel narrowly beat its 2001 predecessor, Ocean's Eleven, at the box office."
    assert force(off, sequel, "beat") and not force(on, sequel, "beat")
    for text, word in (
        ("Gunmen attacked the cinema showing the film.", "attacked"),
        ("Soldiers shot two protesters during the filming of the movie.", "shot"),
    ):
        assert force(off, text, word) and force(on, text, word)
