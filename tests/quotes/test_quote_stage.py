"""The quotes stage on short made-up texts: kinds, cues, sources, speakers, offsets.

Runs parse, actors and quotes only (the stages quotes depends on), through the
session's Analyzer so spaCy is loaded once.
"""

from __future__ import annotations

from stancemap.ingest import make_document
from stancemap.nlp import parse_documents
from stancemap.records import Quote


def _one(quotes: list[Quote], needle: str) -> Quote:
    found = [q for q in quotes if needle in q.content.text]
    assert len(found) == 1, [q.content.text for q in quotes]
    return found[0]


def test_every_span_indexes_the_text(quotes_of) -> None:  # type: ignore[no-untyped-def]
    text = (
        "Maria Lopez said the tax would rise. “We have no choice,” she said.\n\n"
        "According to officials, the bridge will close in May."
    )
    quotes = quotes_of(text)
    assert quotes
    for q in quotes:
        for span in (q.content, q.cue, q.source, q.channel_span):
            if span is not None:
                assert text[span.start : span.end] == span.text
        assert 0.0 <= q.confidence <= 1.0


def test_indirect_speech_with_that_clause(quotes_of) -> None:  # type: ignore[no-untyped-def]
    q = _one(quotes_of("Senator Maria Lopez warned that the budget would collapse."), "budget")
    assert q.kind == "indirect"
    assert q.cue is not None and q.cue.text == "warned"
    assert q.source is not None and "Maria Lopez" in q.source.text
    assert q.content.text.startswith("that the budget")


def test_direct_quote_with_trailing_attribution_and_pronoun(analyzer, quotes_of) -> None:  # type: ignore[no-untyped-def]
    text = "Maria Lopez arrived late. “We will fight this law in every court,” she said."
    q = _one(quotes_of(text), "every court")
    assert q.kind == "direct"
    assert q.cue is not None and q.cue.text == "said"
    assert q.source is not None and q.source.text == "she"
    # "she" is the person named just before, whether the actors stage or the
    # quotes stage's own context rule resolves it
    document = make_document(text, doc_id="t")
    doc = next(parse_documents(analyzer.nlp, [text], analyzer.settings.nlp))
    layer = analyzer.actors(doc, document)
    assert q.speaker is not None and q.speaker == layer.actor_at(0, len("Maria Lopez"))


def test_split_quotation_keeps_one_cue_and_speaker(quotes_of) -> None:  # type: ignore[no-untyped-def]
    text = "“We will not give in,” Maria Lopez said, “not now and not ever.”"
    quotes = quotes_of(text)
    first, second = _one(quotes, "give in"), _one(quotes, "not ever")
    assert first.cue == second.cue and first.cue is not None
    assert first.speaker == second.speaker and first.speaker is not None
    assert first.kind == second.kind == "direct"


def test_quote_after_colon_and_in_other_typography(quotes_of) -> None:  # type: ignore[no-untyped-def]
    q = _one(
        quotes_of("Maria Lopez told reporters: «The reform is finished for this year.»"), "reform"
    )
    assert q.kind == "direct"
    assert q.source is not None and "Lopez" in q.source.text


def test_partial_quote_is_mixed(quotes_of) -> None:  # type: ignore[no-untyped-def]
    text = "Maria Lopez accused the council of having “sold the city to developers.”"
    q = _one(quotes_of(text), "developers")
    assert q.kind == "mixed"
    assert q.cue is not None and q.cue.text == "accused"


def test_quote_without_verb_takes_the_speaker_from_context(quotes_of) -> None:  # type: ignore[no-untyped-def]
    text = (
        "Maria Lopez said the port would reopen next week. The harbour has been closed "
        "since March. “There is simply no alternative to trade with our neighbours.”"
    )
    quotes = quotes_of(text)
    said = _one(quotes, "port")
    orphan = _one(quotes, "no alternative")
    assert orphan.cue is None
    assert orphan.speaker is not None and orphan.speaker == said.speaker
    assert orphan.confidence < said.confidence


def test_passive_pointing_back_takes_the_previous_sentence(quotes_of) -> None:  # type: ignore[no-untyped-def]
    text = "The border will stay closed until spring. This was said by Minister Maria Lopez."
    q = _one(quotes_of(text), "border")
    assert q.content.text == "The border will stay closed until spring"
    assert q.source is not None and "Maria Lopez" in q.source.text


def test_according_to_alone_is_the_attribution(quotes_of) -> None:  # type: ignore[no-untyped-def]
    q = _one(quotes_of("According to the ministry, the dam is safe."), "dam")
    assert q.cue is not None and q.cue.text == "According to"
    assert q.source is not None and q.source.text == "the ministry"
    assert q.content.text == "the dam is safe"


def test_according_to_after_a_speaker_is_a_channel(quotes_of) -> None:  # type: ignore[no-untyped-def]
    text = "There is a crisis, Maria Lopez said, according to local newspapers."
    quotes = quotes_of(text)
    q = _one(quotes, "crisis")
    assert q.source is not None and "Maria Lopez" in q.source.text
    assert q.channel_span is not None and q.channel_span.text == "local newspapers"
    assert not any(x.cue and x.cue.text.lower() == "according to" for x in quotes)


def test_beliefs_and_intentions_are_attributions(quotes_of) -> None:  # type: ignore[no-untyped-def]
    quotes = quotes_of("The mayor believes the reform is wrong. The union wants to strike in May.")
    assert _one(quotes, "reform").cue.text == "believes"  # type: ignore[union-attr]
    assert _one(quotes, "strike").cue.text == "wants"  # type: ignore[union-attr]


def test_attributions_inside_a_quotation_are_the_quote_itself(quotes_of) -> None:  # type: ignore[no-untyped-def]
    text = "“I think the plan failed completely,” Maria Lopez said."
    quotes = quotes_of(text)
    assert len(quotes) == 1
    assert quotes[0].cue is not None and quotes[0].cue.text == "said"


def test_scare_quotes_alone_are_not_quotations(quotes_of) -> None:  # type: ignore[no-untyped-def]
    assert quotes_of("The so-called “reform” passed on Tuesday after a long night.") == []


def test_nothing_is_taken_from_excluded_boilerplate(analyzer) -> None:  # type: ignore[no-untyped-def]
    from stancemap.records import Excluded

    text = "Maria Lopez said the port would reopen.\n\nReaders said “this site is great” often."
    document = make_document(text, doc_id="t", strip_boilerplate=False)
    cut = text.index("Readers")
    document.excluded = [Excluded(start=cut, end=len(text), reason="test")]
    doc = next(parse_documents(analyzer.nlp, [text], analyzer.settings.nlp))
    quotes = analyzer.quotes(doc, document, analyzer.actors(doc, document))
    assert quotes and all(q.content.end <= cut for q in quotes)


def test_quotation_right_after_reported_speech_continues_it(quotes_of) -> None:  # type: ignore[no-untyped-def]
    text = (
        "Maria Lopez said the port would reopen next week. "
        "“There is simply no alternative to trade with our neighbours.”"
    )
    quotes = quotes_of(text)
    said, quote = _one(quotes, "port"), _one(quotes, "no alternative")
    assert said.kind == "indirect" and quote.kind == "direct"
    assert quote.cue == said.cue and quote.speaker == said.speaker


def test_any_framing_verb_next_to_a_quotation_is_its_cue(quotes_of) -> None:  # type: ignore[no-untyped-def]
    q = _one(quotes_of("“That is the worst deal in history,” Maria Lopez quipped."), "worst deal")
    assert q.cue is not None and q.cue.text == "quipped"
    assert q.source is not None and q.source.text == "Maria Lopez"


def test_a_sentence_after_a_closed_quotation_is_not_its_frame(quotes_of) -> None:  # type: ignore[no-untyped-def]
    text = "“The reform will pass in the autumn session.” Maria Lopez left the room."
    q = _one(quotes_of(text), "reform")
    assert q.cue is None or q.cue.text != "left"


def test_reporting_noun_with_that_clause(quotes_of) -> None:  # type: ignore[no-untyped-def]
    q = _one(quotes_of("Maria Lopez repeated her claim that the count was rigged."), "rigged")
    assert q.content.text == "that the count was rigged"
    assert q.kind == "indirect"


def test_in_his_view_names_the_source(quotes_of) -> None:  # type: ignore[no-untyped-def]
    q = _one(quotes_of("In his view, the treaty is already dead."), "treaty")
    assert q.source is not None and q.source.text == "his"
    assert q.content.text == "the treaty is already dead"


def test_headline_name_colon_claim(quotes_of) -> None:  # type: ignore[no-untyped-def]
    q = _one(
        quotes_of("Senator Lopez: Port Will Reopen Before Winter\n\nThe story follows."), "Reopen"
    )
    assert q.cue is not None and q.cue.text == ":"
    assert q.source is not None and q.source.text == "Senator Lopez"


def test_attribution_in_mid_sentence_splits_the_content(quotes_of) -> None:  # type: ignore[no-untyped-def]
    text = "The plan, Maria Lopez said, would ruin the harbour towns."
    quotes = quotes_of(text)
    pieces = [q for q in quotes if q.cue is not None and q.cue.text == "said"]
    assert [q.content.text for q in pieces] == ["The plan", "would ruin the harbour towns"]
    assert all(q.source is not None and q.source.text == "Maria Lopez" for q in pieces)


def test_cue_ending_in_a_colon_takes_the_next_paragraph(quotes_of) -> None:  # type: ignore[no-untyped-def]
    text = "The Daily Record reports:\n\nThe council will vote on the budget in May.\n\nOther news."
    q = _one(quotes_of(text), "council")
    assert q.content.text == "The council will vote on the budget in May"
    assert q.cue is not None and q.cue.text == "reports"
    assert q.source is not None and q.source.text == "The Daily Record"


def test_owned_stance_noun_takes_its_topic(quotes_of) -> None:  # type: ignore[no-untyped-def]
    q = _one(quotes_of("Maria Lopez repeated her support for the new harbour tax."), "harbour")
    assert q.cue is not None and q.cue.text == "support"
    assert q.source is not None and q.source.text == "her"
    assert q.content.text == "the new harbour tax"


def test_clause_verb_with_a_noun_object_reports_the_object(quotes_of) -> None:  # type: ignore[no-untyped-def]
    q = _one(quotes_of("Several reporters noted the sudden change in the slogan."), "slogan")
    assert q.cue is not None and q.cue.text == "noted"
    assert q.source is not None and q.source.text == "Several reporters"
    assert q.content.text == "the sudden change in the slogan"


def test_the_addressee_of_told_is_not_the_content(quotes_of) -> None:  # type: ignore[no-untyped-def]
    quotes = quotes_of("Maria Lopez told the reporters outside the hall.")
    assert not [q for q in quotes if "reporters" in q.content.text]


def test_a_won_object_is_not_reported_content(quotes_of) -> None:  # type: ignore[no-untyped-def]
    assert not quotes_of("Maria Lopez claimed victory in the second round.")


def test_short_answers_are_the_content(quotes_of) -> None:  # type: ignore[no-untyped-def]
    quotes = quotes_of("Most of the delegates said yes, and the rest said no.")
    assert sorted(q.content.text for q in quotes) == ["no", "yes"]
    assert all(q.cue is not None and q.cue.text == "said" for q in quotes)


def test_the_first_clause_after_the_cue_is_the_content(quotes_of) -> None:  # type: ignore[no-untyped-def]
    text = (
        "Lopez said she saw no reason to resign, telling the board that the audit was "
        "fair and that the books were clean."
    )
    quotes = quotes_of(text)
    said = [q for q in quotes if q.cue is not None and q.cue.text == "said"]
    assert len(said) == 1
    assert said[0].content.text.startswith("she saw no reason to resign")


def test_predicate_adjective_with_that_clause(quotes_of) -> None:  # type: ignore[no-untyped-def]
    q = _one(quotes_of("The mayor is confident that the bridge will open in May."), "bridge")
    assert q.cue is not None and q.cue.text == "confident"
    assert q.source is not None and q.source.text == "The mayor"
    assert q.content.text == "that the bridge will open in May"


def test_predicate_adjective_with_its_preposition(quotes_of) -> None:  # type: ignore[no-untyped-def]
    q = _one(quotes_of("The senator was sharply critical of the new tariff plan."), "tariff")
    assert q.cue is not None and q.cue.text == "critical of"
    assert q.content.text == "the new tariff plan"


def test_likelihood_adjective_is_not_a_view(quotes_of) -> None:  # type: ignore[no-untyped-def]
    assert not quotes_of("The new tariff is certain to be challenged in the courts.")


def test_headline_with_a_title_and_a_place(quotes_of) -> None:  # type: ignore[no-untyped-def]
    text = "Former Governor Lopez at Harbour Forum: Tax Plan Will Sink The Port\n\nThe story."
    q = _one(quotes_of(text), "Sink")
    assert q.cue is not None and q.cue.text == ":"
    assert q.source is not None and q.source.text == "Former Governor Lopez at Harbour Forum"
    assert q.content.text == "Tax Plan Will Sink The Port"


def test_a_title_opening_on_an_article_is_no_speaker(quotes_of) -> None:  # type: ignore[no-untyped-def]
    quotes = quotes_of("A Harbour at War: The Long Story of the Port Strike\n\nThe story.")
    assert not [q for q in quotes if q.cue is not None and q.cue.text == ":"]


def test_quotation_after_the_closing_cue_goes_on_with_that_speaker(quotes_of) -> None:  # type: ignore[no-untyped-def]
    text = "“We will fight this law,” said Maria Lopez.\n\n“And we will win in the end.”"
    quotes = quotes_of(text)
    assert [q.content.text for q in quotes] == [
        "We will fight this law",
        "And we will win in the end",
    ]
    cue_spans = {(q.cue.start, q.cue.end) for q in quotes if q.cue is not None}
    assert len(cue_spans) == 1 and all(q.cue is not None for q in quotes)


def test_a_sentence_opening_on_a_poll_reports_its_finding(quotes_of) -> None:  # type: ignore[no-untyped-def]
    q = _one(quotes_of("In a new harbour poll, Lopez held a clear lead over Brown."), "lead")
    assert q.cue is not None and q.cue.text == "In"
    assert q.source is not None and q.source.text == "a new harbour poll"
    assert q.content.text == "Lopez held a clear lead over Brown"


def test_calling_for_someone_to_act(quotes_of) -> None:  # type: ignore[no-untyped-def]
    q = _one(quotes_of("Maria Lopez is calling for her rivals to drop out of the race."), "drop")
    assert q.cue is not None and q.cue.text == "calling for"
    assert q.content.text == "her rivals to drop out of the race"


def test_a_time_opening_is_not_a_finding(quotes_of) -> None:  # type: ignore[no-untyped-def]
    assert not quotes_of("In the morning, the port stayed closed for repairs.")


def test_a_known_fact_is_not_an_attribution(quotes_of) -> None:  # type: ignore[no-untyped-def]
    assert not quotes_of("Everyone in the harbour town knew that the bridge had closed.")


def test_asked_about_takes_the_topic(quotes_of) -> None:  # type: ignore[no-untyped-def]
    q = _one(quotes_of("Lopez was asked about her work for the harbour campaign."), "harbour")
    assert q.cue is not None and q.cue.text == "asked about"
    assert q.content.text == "her work for the harbour campaign"


def test_newer_lexicon_verbs_frame_their_object(quotes_of) -> None:  # type: ignore[no-untyped-def]
    q = _one(quotes_of("The mayor decried the new harbour tax on Monday."), "harbour")
    assert q.cue is not None and q.cue.text == "decried"
    assert q.content.text == "the new harbour tax"
