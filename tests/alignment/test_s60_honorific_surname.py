"""Session 60 (RR): a courtesy title and a surname name the document's one person of that
surname.

``alignment.names.honorific_surname``: "Alan Pryce ... said Mr Pryce" - where the parser
took the title into the name and the actors stage made "Mr Pryce" a person of its own, the
relations join him to Alan Pryce, as a surname-only name already was. The rule is switched
on and off explicitly. Sentences and names written for these tests.
"""

from __future__ import annotations

import pytest

from rule_pairs import pair_scores, rule_analyzer
from stancemap.alignment.honorific_names import gender_clash, titled_surname
from stancemap.alignment.names import NameIndex
from stancemap.pipeline import Analyzer

RULE = "alignment.names.honorific_surname"

OFF = rule_analyzer(RULE, False)
ON = rule_analyzer(RULE, True)


def pairs(text: str, analyzer: Analyzer) -> dict[frozenset[str], float]:
    return pair_scores(analyzer, text, "s60rr", date="2005-02-14")


PRYCE_LOWDEN = frozenset(("Alan Pryce", "Margaret Lowden"))

SAID_MR = (
    "Alan Pryce spoke to farmers in York on Monday. Margaret Lowden's tax plan was a "
    "disgrace and a betrayal of working families, said Mr Pryce."
)


def test_said_mr_surname_joins_the_full_name() -> None:
    off, on = pairs(SAID_MR, OFF), pairs(SAID_MR, ON)
    assert PRYCE_LOWDEN not in off
    assert frozenset(("Mr Pryce", "Margaret Lowden")) in off
    assert on[PRYCE_LOWDEN] < 0
    assert not any("Mr Pryce" in pair for pair in on)


def test_one_person_under_two_names_is_no_pair() -> None:
    text = (
        "Alan Pryce spoke to farmers in York on Monday. Taxes would fall, said Mr Pryce, "
        "who praised Alan Pryce's record."
    )
    assert frozenset(("Alan Pryce", "Mr Pryce")) not in pairs(text, ON)


@pytest.mark.parametrize(
    "text",
    [
        # the title's gender is not the full-named person's
        "Alan Pryce spoke to farmers in York on Monday. Margaret Lowden's tax plan was a "
        "disgrace and a betrayal of working families, said Mrs Pryce.",
        # two full-named people share the surname: which one is not said
        "Alan Pryce and David Pryce spoke in York on Monday. Margaret Lowden's tax plan was "
        "a disgrace and a betrayal of working families, said Mr Pryce.",
    ],
)
def test_no_single_person_of_the_title_leaves_the_name_apart(text: str) -> None:
    assert pairs(text, ON) == pairs(text, OFF)


def test_titled_surname_reads_courtesy_titles_only() -> None:
    assert titled_surname("Mr Pryce") == ("mr", "pryce")
    assert titled_surname("Dr. Pryce") == ("dr", "pryce")
    assert titled_surname("Mrs Pryce") == ("mrs", "pryce")
    # a given name, a peer's title, a full name: no titled surname
    assert titled_surname("Al Pryce") is None
    assert titled_surname("Lord Pryce") is None
    assert titled_surname("Alan Pryce") is None
    assert titled_surname("Mr Alan Pryce") is None


def test_gender_clash_needs_a_known_first_name() -> None:
    assert gender_clash("mrs", "Alan Pryce")
    assert not gender_clash("mr", "Alan Pryce")
    assert not gender_clash("dr", "Margaret Lowden")  # Dr says no gender


def test_name_index_joins_only_with_the_rule_on() -> None:
    people = [
        {"id": "new:person:a", "name": "Alan Pryce", "type": "person"},
        {"id": "new:person:b", "name": "Mr Pryce", "type": "person"},
    ]
    assert NameIndex(lambda rule: rule != RULE).add_document("d", people) == {}
    assert NameIndex(lambda rule: True).add_document("d", people) == {
        "new:person:b": "new:person:a"
    }
    assert NameIndex(None).add_document("d", people) == {}  # shipped off: on only by name
