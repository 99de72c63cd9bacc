"""Real-news shapes written for session 11: a headline's second clause, and the
speaker of a quotation without a source after a relative clause.

* ``quotes.content.headline_clause``: "Trudeau hits back; Sheinbaum backs Canada" is
  two headline items, not Sheinbaum's words about Trudeau; a speech verb in a
  headline still reports words;
* ``quotes.speaker.salient_main_clause``: after "X, whom Y had called a communist,
  arrived", a quotation with no source is X's, not Y's.
"""

from __future__ import annotations

from rule_settings import with_rules
from stancemap.ingest import make_document
from stancemap.nlp import parse_documents
from stancemap.quotes.headlines import headline_line
from stancemap.quotes.stage import QuoteStage

TWO_ITEMS = (
    "Trudeau hits back; Sheinbaum backs Canada\n"
    "OTTAWA - Canadian Prime Minister Justin Trudeau on Monday announced retaliatory "
    "tariffs on American goods."
)
SAYS = (
    "Obama says Trump is unfit to serve\n"
    "President Barack Obama said on Tuesday that Donald Trump was unfit for the office."
)
OBJECT_AND_CLAUSE = (
    "Carney condemns Trump's new tariffs, Sheinbaum backs Canada\n"
    "Canadian Prime Minister Mark Carney on Thursday condemned the tariffs."
)
QUOTED = (
    "Sheinbaum backs 'a fair deal for Canada', Trudeau hits back\n"
    "Mexican President Claudia Sheinbaum spoke in Mexico City on Monday."
)
RELATIVE = (
    "Brazilian President Luiz Inacio Lula da Silva, whom Argentine President Javier Milei "
    "had called a communist, arrived in Buenos Aires on Monday.\n"
    "“We are neighbours and we will always talk to each other.”"
)


def _run(analyzer, text: str, disable: tuple[str, ...] = ()):  # type: ignore[no-untyped-def]
    document = make_document(text, doc_id="t", strip_boilerplate=True)
    doc = next(parse_documents(analyzer.nlp, [text], analyzer.settings.nlp))
    layer = analyzer.actors(doc, document)
    stage = QuoteStage(with_rules(analyzer.settings, disable=disable))
    return stage(doc, document, layer), layer


def _contents(quotes) -> list[str]:  # type: ignore[no-untyped-def]
    return [q.content.text for q in quotes]


def test_a_headline_is_the_first_short_line_without_a_full_stop() -> None:
    assert headline_line(TWO_ITEMS) == (0, TWO_ITEMS.index("\n"))
    assert headline_line("A sentence that ends.\nThe story.") is None
    assert headline_line("Only one line, no story under it") is None
    long_line = " ".join(["word"] * 30) + "\nThe story."
    assert headline_line(long_line) is None  # prose, not a title


def test_a_headlines_second_clause_is_no_content(analyzer) -> None:  # type: ignore[no-untyped-def]
    quotes, _ = _run(analyzer, TWO_ITEMS)
    headline_end = TWO_ITEMS.index("\n")
    in_headline = [q for q in quotes if q.content.start < headline_end]
    # "backs" keeps only its own object
    assert [(q.cue.text if q.cue else None, q.content.text) for q in in_headline] == [
        ("backs", "Canada")
    ]
    # the story's own attribution stays
    assert any(q.cue is not None and q.cue.text == "announced" for q in quotes)
    before, _ = _run(analyzer, TWO_ITEMS, ("quotes.content.headline_clause",))
    assert "Trudeau hits back" in _contents(before)  # the misread the rule removes


def test_a_speech_verb_in_a_headline_still_reports_words(analyzer) -> None:  # type: ignore[no-untyped-def]
    quotes, layer = _run(analyzer, SAYS)
    (says,) = [q for q in quotes if q.cue is not None and q.cue.text == "says"]
    assert says.content.text == "Trump is unfit to serve"
    assert layer.actor(says.speaker).name == "Barack Obama"


def test_quote_marks_in_a_headline_keep_its_content(analyzer) -> None:  # type: ignore[no-untyped-def]
    quotes, _ = _run(analyzer, QUOTED)
    assert any("a fair deal for Canada" in c for c in _contents(quotes))


def test_a_quotation_without_source_is_the_main_clauses_subjects(analyzer) -> None:  # type: ignore[no-untyped-def]
    quotes, layer = _run(analyzer, RELATIVE)
    (quotation,) = [q for q in quotes if q.content.text.startswith("We are neighbours")]
    assert quotation.source is not None and "Lula" in quotation.source.text
    assert "Lula" in layer.actor(quotation.speaker).name
    off, off_layer = _run(analyzer, RELATIVE, ("quotes.speaker.salient_main_clause",))
    (before,) = [q for q in off if q.content.text.startswith("We are neighbours")]
    assert off_layer.actor(before.speaker).name == "Javier Milei"  # the relative's subject


def test_a_headline_verb_keeps_its_object_not_the_next_clause(analyzer) -> None:  # type: ignore[no-untyped-def]
    quotes, _ = _run(analyzer, OBJECT_AND_CLAUSE)
    by_cue = {q.cue.text: q.content.text for q in quotes if q.cue is not None}
    assert by_cue["condemns"] == "Trump's new tariffs"
    assert by_cue["backs"] == "Canada"
    before, _ = _run(analyzer, OBJECT_AND_CLAUSE, ("quotes.content.headline_clause",))
    assert "Sheinbaum backs Canada" in [q.content.text for q in before]
