"""A quotation signed after a dash is the signed name's (``quotes.link.dash_credit``,
shipped off: its gain was on PolNeAR tune only).

Vox pops and pull quotes: "“Y.” ― Jane Doe" on one line, no reporting verb. Without
the rule the context gives each quotation the name signed under the one before.
Sentences written for the test.
"""

from __future__ import annotations

from rule_settings import with_rules
from stancemap.ingest import make_document
from stancemap.nlp import parse_documents
from stancemap.quotes.credits import credit_after
from stancemap.quotes.marks import find_quoted
from stancemap.quotes.stage import QuoteStage

VOX_POP = (
    "Voters responded to the debate on Tuesday.\n\n"
    "“The tax plan will help families like mine.” — Tom Becker, a farmer in Iowa\n"
    "“We need a president who listens to us.” – Maria Lopez.\n"
)


def _credit(text: str) -> str | None:
    (q,) = find_quoted(text)
    found = credit_after(text, q)
    return text[found[0] : found[1]] if found else None


def test_the_name_after_the_dash_ends_at_the_line_or_its_description() -> None:
    assert _credit("“We will win.” ― Jane Ortiz\nMore text.") == "Jane Ortiz"
    assert _credit("“We will win.” — Tom Becker, a farmer in Iowa") == "Tom Becker"
    assert _credit("“We will win.” – Maria Lopez.") == "Maria Lopez"


def test_a_sentence_after_the_dash_is_no_signature() -> None:
    assert _credit("“Europe stands together” - and the hall applauded.") is None
    assert _credit("“Europe stands together” - Merkel told the hall on Monday.") is None
    assert _credit("“Europe stands together,” she said.") is None


def _quotes(analyzer, text: str, on: bool = True):  # type: ignore[no-untyped-def]
    document = make_document(text, doc_id="t", strip_boilerplate=True)
    doc = next(parse_documents(analyzer.nlp, [text], analyzer.settings.nlp))
    layer = analyzer.actors(doc, document)
    # shipped off (a gain on PolNeAR tune only): switched on here on purpose
    rule = ("quotes.link.dash_credit",)
    settings = with_rules(analyzer.settings, enable=rule) if on else with_rules(analyzer.settings)
    return QuoteStage(settings)(doc, document, layer)


def test_each_signed_quotation_is_its_signers(analyzer) -> None:  # type: ignore[no-untyped-def]
    quotes = _quotes(analyzer, VOX_POP)
    by_content = {q.content.text: q for q in quotes}
    farmer = by_content["The tax plan will help families like mine"]
    assert farmer.source is not None and farmer.source.text == "Tom Becker"
    listener = by_content["We need a president who listens to us"]
    assert listener.source is not None and listener.source.text == "Maria Lopez"
    assert listener.kind == "direct"


def test_without_the_rule_the_second_quotation_goes_to_the_first_signer(analyzer) -> None:  # type: ignore[no-untyped-def]
    quotes = _quotes(analyzer, VOX_POP, on=False)
    second = [q for q in quotes if "listens" in q.content.text]
    assert second and all(q.source is None or q.source.text != "Maria Lopez" for q in second)
