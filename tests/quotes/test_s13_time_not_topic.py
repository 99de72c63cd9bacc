"""A date after a reporting noun's or verb's preposition is no topic
(``quotes.content.time_not_topic``, shipped off: PolNeAR tune +0.0003, check 0).

"In his remarks on Saturday, X praised Y" gave the content "Saturday"; "Pelt commented
on Monday at a press conference" gave "Monday". Sentences written for the test.
"""

from __future__ import annotations

import pytest

from rule_settings import with_rules
from stancemap.ingest import make_document
from stancemap.nlp import parse_documents
from stancemap.quotes.stage import QuoteStage

RULE = "quotes.content.time_not_topic"


@pytest.fixture(scope="module")
def contents(analyzer):  # type: ignore[no-untyped-def]
    def run(text: str, on: bool) -> set[str]:
        document = make_document(text, doc_id="t")
        doc = next(parse_documents(analyzer.nlp, [text], analyzer.settings.nlp))
        layer = analyzer.actors(doc, document)
        settings = with_rules(
            analyzer.settings, enable=[RULE] if on else [], disable=[] if on else [RULE]
        )
        return {q.content.text for q in QuoteStage(settings)(doc, document, layer)}

    return run


def test_a_date_is_not_what_the_remarks_were_about(contents) -> None:  # type: ignore[no-untyped-def]
    text = "In his remarks on Saturday, Halden praised the troops."
    assert "Saturday" not in contents(text, True)
    assert "Saturday" in contents(text, False)  # the misread, as shipped


def test_a_date_is_not_what_was_commented_on(contents) -> None:  # type: ignore[no-untyped-def]
    text = "Pelt commented on Monday at a press conference."
    assert "Monday" not in contents(text, True)
    assert "Monday" in contents(text, False)
    assert "the budget" in contents("Pelt commented on the budget.", True)
