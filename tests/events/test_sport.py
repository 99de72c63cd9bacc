"""A match is no political event (events/sport.py, data/events/sport_words.txt).

Sentences written for these tests; actors are fixed by hand (test_sense_pairs.CAST:
countries are countries, Novak and Haddad politicians of the GOV sector), so the test
measures the events stage's rules, not the actor linker. Both rules ship off: each test
reads a sentence with them on and with them off.
"""

from __future__ import annotations

import pytest
from test_sense_pairs import cast_layer

import rule_settings
from stancemap.config import Settings
from stancemap.events import EventStage
from stancemap.events.sport import SPORT_CONTEST, SPORT_STORY, sport_words
from stancemap.events.sport_import import sport_nouns
from stancemap.ingest import make_document
from stancemap.nlp import parse_documents
from stancemap.wordnet_files import WORDNET

BOTH = (SPORT_CONTEST, SPORT_STORY)


@pytest.fixture(scope="module")
def types_of(analyzer):
    """Event types on a trigger word, with the sport rules on (or only ``enable``) or off."""

    def run(text: str, trigger: str, enable: tuple[str, ...] = ()) -> list[str]:
        stage = EventStage(Settings())
        stage.coder.tuning.switches = rule_settings.switches(enable=enable)
        document = make_document(text, doc_id="t", date="2016-06-17", strip_boilerplate=False)
        doc = next(parse_documents(analyzer.nlp, [text], analyzer.settings.nlp))
        events = stage(doc, document, cast_layer(text), [])
        return [e.type for e in events if trigger in e.trigger.text]

    return run


MATCHES = [
    # a sport noun in the sentence: sport_contest
    ("India beat Pakistan by six wickets in the cricket final in Lagos.", "beat", SPORT_CONTEST),
    ("Japan defeated China in the volleyball semi-final on Sunday.", "defeated", SPORT_CONTEST),
    (
        "Russia crushed Ukraine in the opening rugby match of the tournament.",
        "crushed",
        SPORT_CONTEST,
    ),
    # a friendly reading of a match named with its outcome
    (
        "Japan celebrated its victory over China in the volleyball final.",
        "celebrated",
        SPORT_CONTEST,
    ),
]


@pytest.mark.parametrize(("text", "trigger", "rule"), MATCHES)
def test_a_match_between_countries_is_no_event(types_of, text, trigger, rule):
    assert types_of(text, trigger) != []  # shipped off: the match reads as force
    assert types_of(text, trigger, enable=(rule,)) == []


STORY = (
    "The Indian tennis team arrived in Paris on Monday for the doubles final. "
    "Its captain said the players were in good form. "
    '"We can beat Pakistan again on Sunday," the captain said.'
)


def test_a_win_in_a_sports_story_is_no_event(types_of):
    assert types_of(STORY, "beat") != []
    # the sentence of "beat" holds no noun of sport: only the story rule reads it
    assert types_of(STORY, "beat", enable=(SPORT_CONTEST,)) != []
    assert types_of(STORY, "beat", enable=(SPORT_STORY,)) == []


KEPT = [
    # armed words, political actors or an election keep the act, sport or not
    ("Russian police beat football fans outside the stadium in Kharkiv.", "beat"),
    ("Syrian troops defeated the rebels near the football ground.", "defeated"),
    ("Novak accused Haddad of rigging the football league vote.", "accused"),
    ("Israeli soldiers attacked a football team in Gaza.", "attacked"),
    # no noun of sport: a hostile act stays one
    ("Pakistan accused India of shelling a village near the border.", "accused"),
    # a sport named in passing, no contest or outcome named: a cooperative act stays
    ("China agreed with Japan to share the cost of the new golf course.", "agreed"),
]


@pytest.mark.parametrize(("text", "trigger"), KEPT)
def test_armed_or_political_acts_stay_whatever_the_sport(types_of, text, trigger):
    assert types_of(text, trigger, enable=BOTH) == types_of(text, trigger) != []


def test_a_name_is_no_sport():
    # "Mr Hockey" or "the Golf Road" are names: only a lower-case common noun counts
    assert "hockey" in sport_words()
    assert "tennis" in sport_words() and "cricket" in sport_words()
    # words whose other senses news about politics could mean stay out
    assert not {"pro", "wing", "striker", "forward", "shuttle", "bars"} & sport_words()


def test_a_capitalised_name_does_not_make_a_sports_sentence(types_of):
    text = "Minister Hockey said India attacked Pakistan across the border."
    assert types_of(text, "attacked", enable=BOTH) == types_of(text, "attacked") != []


@pytest.mark.skipif(not (WORDNET / "data.noun").exists(), reason="WordNet 3.0 not installed")
def test_the_list_is_what_wordnet_gives():
    assert frozenset(sport_nouns(WORDNET)) == sport_words()
