"""Session 28 (engineer SR): a party named by a definite description (issue 12).
Sentences written for these tests; each case also runs with its rule off.

- ``events.args.described_party``: "Exxon Mobil reported ... The company criticized X":
  a subject "the <noun>" naming no one, of a noun the actors stage lists as one person or
  body, is the actor its referring-noun rules find in an earlier sentence; a document
  noun, an object, a plural and a name of the phrase's own sentence are left alone.
"""

from __future__ import annotations

import pytest
from party_runner import derived_pipelines, parties  # same folder

DESCRIBED = "events.args.described_party"


@pytest.fixture(scope="module")
def events(analyzer):
    get = derived_pipelines(analyzer)

    def run(text: str, off: tuple[str, ...] = (), on: tuple[str, ...] = ()):
        analysis = get(off, on).analyze(text, date="2016-03-01")
        return [parties(analysis, e) for e in analysis.events]

    return run


def test_the_company_is_the_company_named_before(events):
    text = (
        "Exxon Mobil reported profits on Monday. The company criticized the Obama administration."
    )
    on = events(text, on=(DESCRIBED,))
    assert ("ACCUSE", ["ExxonMobil"], ["Obama administration"]) in on
    off = events(text, off=(DESCRIBED,))
    assert ("ACCUSE", [], ["Obama administration"]) in off


def test_a_document_noun_is_left_alone(events):
    text = (
        "Exxon Mobil reported profits on Monday. The statement criticized the Obama administration."
    )
    for found in (events(text, on=(DESCRIBED,)), events(text, off=(DESCRIBED,))):
        assert all("ExxonMobil" not in source for _, source, _ in found)


def test_an_object_description_is_left_alone(events):
    text = "Exxon Mobil reported profits on Monday. Donald Trump criticized the company."
    for found in (events(text, on=(DESCRIBED,)), events(text, off=(DESCRIBED,))):
        assert all("ExxonMobil" not in target for _, _, target in found)


def test_a_name_of_the_same_sentence_is_no_antecedent(events):
    text = "After Exxon Mobil reported profits, the company criticized the Obama administration."
    on = events(text, on=(DESCRIBED,))
    assert all(source == [] for kind, source, _ in on if kind == "ACCUSE")
