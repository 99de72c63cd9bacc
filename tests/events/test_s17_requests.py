"""Session 17 (engineer H): a request whose content is an act against the one it names is a
request against them (``events.frame.hostile_request``;
events/requested_acts.py). Each hostile sentence is paired with a friendly one of the same
shape. Sentences written for these tests."""

from __future__ import annotations

import pytest
from misread_helpers import StageRunner

from stancemap.datafiles import data_path
from stancemap.events import requested_acts as ra
from stancemap.events import requested_acts_import as imp
from stancemap.wordnet_files import WORDNET

RULE = "events.frame.hostile_request"
ON = ("+" + RULE,)  # "+": on even where shipped off


@pytest.fixture(scope="module")
def runner(analyzer):
    return StageRunner(analyzer)


def request(runner, text, word, off=()):
    found = [e for e in runner.on(text, word, off) if e.type == "REQUEST"]
    assert len(found) == 1, (text, runner.events(text, off))
    return found[0]


# (hostile, friendly, trigger word, the one named, the CAMEO code of the hostile request)
PAIRS = [
    (
        "Senator Ortiz called for the resignation of Governor Haddad.",
        "Senator Ortiz called for the release of Governor Haddad.",
        "called",
        "haddad",
        "0241",
    ),
    (
        "Novak urged Haddad to step down.",
        "Novak urged Haddad to run again.",
        "urged",
        "haddad",
        "0241",
    ),
    (
        "The unions demanded Haddad's impeachment.",
        "The unions demanded Haddad's support.",
        "demanded",
        "haddad",
        "1041",
    ),
    (
        "Activists called for Haddad to be arrested.",
        "Activists called for Haddad to be honored.",
        "called",
        "haddad",
        "0213",
    ),
    (
        "The party asked Haddad to drop out of the race.",
        "The party asked Haddad to stay in the race.",
        "asked",
        "haddad",
        "0241",
    ),
    (
        "Critics demanded the ouster of Haddad.",
        "Critics demanded the return of Haddad.",
        "demanded",
        "haddad",
        "1041",
    ),
    (
        "Ortiz called for Haddad to be prosecuted.",
        "Ortiz called for Haddad to be consulted.",
        "called",
        "haddad",
        "0213",
    ),
    (
        "The opposition demanded that Haddad resign.",
        "The opposition demanded that Haddad explain the budget.",
        "demanded",
        "haddad",
        "1041",
    ),
    (
        "Novak said Haddad must resign.",
        "Novak said Haddad must stay.",
        "said",
        "haddad",
        "1041",
    ),
    (
        "Ortiz called for the dismissal of Haddad.",
        "Ortiz called for the reinstatement of Haddad.",
        "called",
        "haddad",
        "0241",
    ),
]


@pytest.mark.parametrize("hostile,friendly,word,name,code", PAIRS)
def test_a_hostile_request_is_coded_against_the_one_it_names(
    runner, hostile, friendly, word, name, code
):
    event = request(runner, hostile, word, ON)
    assert event.cameo == code
    assert ra.hostile_code(event.cameo)
    off = [e for e in runner.on(hostile, word, (RULE,)) if e.type == "REQUEST"]
    assert all(not ra.hostile_code(e.cameo) for e in off)  # fails with the rule off


@pytest.mark.parametrize("hostile,friendly,word,name,code", PAIRS)
def test_a_friendly_request_of_the_same_shape_is_not(runner, hostile, friendly, word, name, code):
    assert all(not ra.hostile_code(e.cameo) for e in runner.on(friendly, word, ON))


def test_the_owner_of_the_one_acted_on_is_not_the_target(runner):
    """ "called for Haddad's staff to be fired": the staff are removed, not Haddad."""
    event = request(runner, "Activists called for Haddad's staff to be fired.", "called", ON)
    assert not ra.hostile_code(event.cameo)


def test_the_words_come_from_wordnet_kinds():
    words = ra.requested_words()
    assert words[("resign", "V")] == "leave" and words[("step down", "V")] == "leave"
    assert words[("resignation", "N")] == "leave"
    assert words[("oust", "V")] == "remove" and words[("impeachment", "N")] == "remove"
    assert words[("punish", "V")] == "punish"
    assert ("release", "V") not in words and ("run", "V") not in words


@pytest.mark.skipif(not WORDNET.exists(), reason="WordNet 3.0 (wordnet-base) is not installed")
def test_the_importer_reproduces_the_data_file():
    shipped = data_path(imp.FILE).read_text("utf-8")
    assert shipped == imp.HEADER.format(version=imp.VERSION) + "".join(imp.rows())
