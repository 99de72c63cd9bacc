"""Session 37 (issue 12): ``events.args.who_clause_over_place`` - a comma-set "who" clause
the parser hangs on a named place inside a description's prepositional phrase ("a developer
in Virginia, who introduced X") is on the noun the phrase modifies, and a description naming
no actor hands the act to the name it renames. Sentences written for these tests; actors
fixed by hand (test_coder's build_layer), so the events stage alone is tested; each test
switches the rule off too."""

from __future__ import annotations

import pytest
from test_coder import names
from test_embedded_args import code_people  # noqa: F401  (the fixture, shared)

from stancemap.events.who_antecedent import WHO_CLAUSE_OVER_PLACE


@pytest.fixture(scope="module")
def code(code_people):  # noqa: F811  (the imported fixture, requested)
    def run(text, actors, disable=(), people=(), bodies=()):
        return code_people(text, actors, people=people, bodies=bodies, disable=disable)

    return run


def by_word(events, word):
    found = [e for e in events if e.trigger.text.split()[0] == word]
    assert found, [(e.type, e.trigger.text) for e in events]
    return found[0]


def test_a_who_clause_hung_on_a_place_is_the_described_persons(code):
    text = "Anna Berg, an official in Virginia, who criticized Germany on Monday, resigned."
    actors = {"Anna Berg": "USA", "Germany": "DEU"}
    kw = {"people": ("Anna Berg",)}
    on = by_word(code(text, actors, **kw), "criticized")
    assert names(on.source) == {"anna berg"}
    assert names(on.target) == {"germany"}
    off = by_word(code(text, actors, (WHO_CLAUSE_OVER_PLACE,), **kw), "criticized")
    assert "anna berg" not in names(off.source)


def test_the_place_itself_is_never_the_doer(code):
    # "the protesters in Paris, who attacked the police": the protesters, not France
    text = "The protesters in Paris, who attacked the police, were arrested."
    actors = {"protesters": None, "police": None, "Paris": "FRA"}
    on = by_word(code(text, actors, bodies=("protesters", "police")), "attacked")
    assert names(on.source) == {"protesters"}
    off = by_word(
        code(text, actors, (WHO_CLAUSE_OVER_PLACE,), bodies=("protesters", "police")), "attacked"
    )
    assert names(off.source) != {"protesters"}


def test_a_restrictive_clause_is_left_to_the_parse(code):
    # no comma: "people in Texas who supported Trump" is read as the parse has it
    text = "People in Texas who supported Trump were angry."
    actors = {"Trump": "USA", "People in Texas": "USA"}
    on = code(text, actors, people=("Trump",))
    off = code(text, actors, (WHO_CLAUSE_OVER_PLACE,), people=("Trump",))
    assert [(e.type, names(e.source), names(e.target)) for e in on] == [
        (e.type, names(e.source), names(e.target)) for e in off
    ]
