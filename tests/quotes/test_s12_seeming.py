"""A verb of seeming over a reporting verb (``quotes.verb.seeming_report``).

"The governor appeared to suggest that Y": the writer's "appeared" used to be the
attribution (no source, the whole clause as content) and "suggest" was embedded in
it. The reporting verb is the governor's attribution; "seemed to waver" (no
reporting verb under it) stays the writer's. Sentences written for the test.
"""

from __future__ import annotations

from rule_settings import with_rules
from stancemap.ingest import make_document
from stancemap.nlp import parse_documents
from stancemap.quotes.stage import QuoteStage

TEXT = (
    "The governor appeared to suggest that veterans were weak. "
    "The senator seemed to waver on the bill."
)


def _cues(analyzer, disable: tuple[str, ...] = ()):  # type: ignore[no-untyped-def]
    document = make_document(TEXT, doc_id="t")
    doc = next(parse_documents(analyzer.nlp, [TEXT], analyzer.settings.nlp))
    layer = analyzer.actors(doc, document)
    quotes = QuoteStage(with_rules(analyzer.settings, disable=disable))(doc, document, layer)
    return {q.cue.text: q for q in quotes if q.cue is not None}


def test_the_reporting_verb_under_seeming_is_the_attribution(analyzer) -> None:  # type: ignore[no-untyped-def]
    cues = _cues(analyzer)
    assert "appeared" not in cues
    assert cues["suggest"].within is None
    suggest = cues["suggest"]
    assert suggest.source is not None and suggest.source.text == "The governor"
    assert suggest.content.text == "that veterans were weak"
    assert cues["seemed"].source is None  # "seemed to waver": the writer's, as before
    off = _cues(analyzer, ("quotes.verb.seeming_report",))
    # the misread: the writer's "appeared" is the attribution, "suggest" embedded in it
    assert off["appeared"].source is None and off["appeared"].within is None
    assert off["suggest"].within == off["appeared"].id
