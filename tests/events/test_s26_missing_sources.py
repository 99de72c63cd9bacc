"""Session 26 (engineer S): sources the parse names but the role finder missed (issue 12,
"missing arguments"). Sentences written for these tests; each case also runs with its
rule off, and a case with no one to name stays sourceless.

Shipped off (figures in docs/benchmarks.md, session 26 S).

- ``events.args.fronted_conjunct``: "X has promised A, opposed B and outstripped C" - the
  parser makes the first conjunct a clausal complement of the second, which is left with
  no subject; the verbs share the first one's subject.

Session 26's ``actors.coref.it_agent_body`` was removed in session 40 (engineer CX): shipped
off, its only changes on unread articles wrong; "it" after a body named by its kind ("The
Iranian government met X. It later condemned Y") names no one, as the last test asserts.
"""

from __future__ import annotations

import pytest
from party_runner import derived_pipelines, parties  # same folder

from stancemap.events.fronted_conjuncts import fronted_subject

FRONTED = "events.args.fronted_conjunct"


@pytest.fixture(scope="module")
def events(analyzer):
    get = derived_pipelines(analyzer)

    def run(text: str, off: tuple[str, ...] = (), on: tuple[str, ...] = ()):
        analysis = get(off, on).analyze(text, date="2024-03-01")
        return {e.trigger.text.split()[-1].lower(): parties(analysis, e) for e in analysis.events}

    return run


FRONTED_TEXT = (
    "But Germany has also promised to push harder than Mr. Macron in extending citizenship "
    "to undocumented migrants, opposed his signature Mercosur trade deal and outstripped "
    "his plans to defeat the Islamic State."
)


def test_a_verb_whose_first_conjunct_the_parse_made_its_clause_has_that_subject(events):
    assert events(FRONTED_TEXT, on=(FRONTED,))["opposed"][1] == ["Germany"]
    assert events(FRONTED_TEXT)["opposed"][1] == []  # shipped off


def test_the_shared_subject_reaches_a_later_conjunct(events):
    text = (
        "The Sudanese army had already promised to hand over power to civilians within a "
        "month, condemned the protests by students and accused Chad of backing the rebels."
    )
    assert events(text, on=(FRONTED,))["condemned"][1] != []
    assert events(text)["condemned"][1] == []


def test_a_pronoun_no_one_resolves_stays_sourceless(events):
    text = FRONTED_TEXT.replace("Germany", "she")
    assert events(text, on=(FRONTED,))["opposed"][1] == []


def test_a_verb_of_saying_after_a_quotation_is_left_alone(analyzer):
    doc = analyzer.nlp("Russia will not recognise the vote, said the ministry on Monday.")
    said = next(t for t in doc if t.lower_ == "said")
    assert fronted_subject(said) is None


def test_it_after_a_body_named_by_its_kind_names_no_one(events):
    text = (
        "The Iranian government met the Iraqi envoy on Monday. It later condemned the "
        "sanctions imposed by the European Union."
    )
    assert events(text)["condemned"][1] == []
