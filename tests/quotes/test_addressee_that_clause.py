"""A "that" clause the parser hung inside the addressee is the content
(``quotes.verb.addressee_that_clause``, shipped off: its gain was on PolNeAR tune
only; switched on here on purpose).

"he told a meeting of Pacific leaders that few people understood the stakes": the
parser made the clause a relative clause of "leaders", and no attribution was found.
A relative "that" fills a gap (the clause's subject or object); here both are
filled, so "that" only marks a complement. Sentences written for the test.
"""

from __future__ import annotations

from rule_settings import with_rules
from stancemap.ingest import make_document
from stancemap.nlp import parse_documents
from stancemap.quotes.stage import QuoteStage

MISHUNG = (
    "In Honolulu last week, he told a meeting of Pacific Island leaders that few people "
    "understood the stakes of climate change better than residents of their islands."
)
RELATIVE = "The minister told the leaders that signed the treaty in Rome to wait for the vote."


def _told(analyzer, text: str, on: bool = True):  # type: ignore[no-untyped-def]
    document = make_document(text, doc_id="t")
    doc = next(parse_documents(analyzer.nlp, [text], analyzer.settings.nlp))
    layer = analyzer.actors(doc, document)
    rule = ("quotes.verb.addressee_that_clause",)
    settings = with_rules(analyzer.settings, enable=rule if on else ())
    quotes = QuoteStage(settings)(doc, document, layer)
    return [q for q in quotes if q.cue is not None and q.cue.text == "told"]


def test_a_that_clause_hung_in_the_addressee_is_the_content(analyzer) -> None:  # type: ignore[no-untyped-def]
    (told,) = _told(analyzer, MISHUNG)
    assert told.content.text.startswith("that few people understood the stakes")
    assert told.source is not None and told.source.text == "he"
    assert _told(analyzer, MISHUNG, on=False) == []


def test_a_true_relative_clause_stays_in_the_object(analyzer) -> None:  # type: ignore[no-untyped-def]
    for quote in _told(analyzer, RELATIVE):
        assert not quote.content.text.startswith("that signed")
