"""Attribution shapes beyond "X said Y": title-case headlines, the writer's "seems",
"sees X as Y", decisions, mis-lemmatised verbs, and poll openings that frame a speaker."""

from __future__ import annotations

from stancemap.quotes.lexicon import inflections, load_lexicon
from stancemap.quotes.titles import title_attributions


def _cues(quotes) -> list[str]:  # type: ignore[no-untyped-def]
    return [q.cue.text for q in quotes if q.cue and q.within is None]


def test_inflected_forms_lead_back_to_the_lexicon_lemma() -> None:
    lexicon = load_lexicon()
    assert lexicon.verb_lemma("hop", "hoping") == "hope"  # the tagger's lemma is wrong
    assert lexicon.verb_lemma("say", "said") == "say"
    assert lexicon.verb_lemma("hop", "hopped") is None
    assert lexicon.inflected_verb("Praises") == "praise"
    assert lexicon.inflected_verb("SAID") == "say"
    assert lexicon.inflected_verb("praise") is None  # a base form may be a noun in a title
    assert lexicon.inflected_verb("praising") is None
    assert {"planned", "plans", "planning"} <= inflections("plan")
    assert {"denies", "denied"} <= inflections("deny")


def test_a_title_case_line_splits_at_its_reporting_verb() -> None:
    text = "Veteran Senator Praises New Trade Deal With Canada\nBy Ana Ruiz\n"
    (found,) = title_attributions(text, load_lexicon())
    assert text[found.cue[0] : found.cue[1]] == "Praises"
    assert text[found.source[0] : found.source[1]] == "Veteran Senator"  # type: ignore[index]
    assert text[found.content[0] : found.content[1]] == "New Trade Deal With Canada"  # type: ignore[index]


def test_prose_and_titles_without_a_verb_give_nothing() -> None:
    text = (
        "The senator praises the deal and says it is fair.\n"
        "Rules For Voting In The Primary\n"
        "Ballots Counted Again In Three Counties\n"
    )
    assert title_attributions(text, load_lexicon()) == []


def test_the_writer_s_seems_has_no_source_and_borrows_no_speaker(quotes_of) -> None:  # type: ignore[no-untyped-def]
    quotes = quotes_of(
        "Maria Lopez said the tax would rise. The governor seemed to waver on the bill."
    )
    seemed = next(q for q in quotes if q.cue and q.cue.text == "seemed")
    assert seemed.content.text == "The governor seemed to waver on the bill"
    assert seemed.source is None and seemed.speaker is None


def test_sees_x_as_y_and_decided_to(quotes_of) -> None:  # type: ignore[no-untyped-def]
    quotes = quotes_of(
        "Farmers see the tariff as a betrayal. Maria Lopez decided to run again. "
        "Visitors saw the river."
    )
    see = next(q for q in quotes if q.cue and q.cue.text == "see")
    assert see.content.text == "the tariff as a betrayal" and see.source.text == "Farmers"  # type: ignore[union-attr]
    decided = next(q for q in quotes if q.cue and q.cue.text == "decided")
    assert decided.content.text == "to run again"
    assert "saw" not in _cues(quotes)  # no "as": seeing, not a view


def test_an_interview_opening_is_the_occasion_not_the_source(quotes_of) -> None:  # type: ignore[no-untyped-def]
    quotes = quotes_of("In an interview, Maria Lopez said the tax would rise next year.")
    assert _cues(quotes) == ["said"]
    quotes = quotes_of("In a new poll, the governor holds a ten-point lead over his rival.")
    assert _cues(quotes) == ["In"]


def test_an_unclosed_quotation_ends_at_its_cue_clause(quotes_of) -> None:  # type: ignore[no-untyped-def]
    quotes = quotes_of(
        "“We are ready to talk. We will not wait forever, Maria Lopez said.\n\nShe left."
    )
    top = [q for q in quotes if q.within is None]
    assert len(top) == 1
    assert top[0].content.text == "We are ready to talk. We will not wait forever"
    assert top[0].source is not None and top[0].source.text == "Maria Lopez"


def test_the_topic_after_an_addressee_is_the_content(quotes_of) -> None:  # type: ignore[no-untyped-def]
    quotes = quotes_of(
        "Maria Lopez complained to the mayor about the noise. Critics called for a recount."
    )
    complained = next(q for q in quotes if q.cue and q.cue.text.startswith("complained"))
    assert complained.content.text == "the noise"
    assert complained.cue is not None and complained.cue.text == "complained"  # not "to"
    called = next(q for q in quotes if q.cue and q.cue.text.startswith("called"))
    assert called.cue is not None and called.cue.text == "called for"
    assert called.content.text == "a recount"


def test_said_a_and_said_b_are_two_attributions_of_one_speaker(quotes_of) -> None:  # type: ignore[no-untyped-def]
    quotes = quotes_of(
        "Maria Lopez said the new tax has hurt farmers and said that the mayor ignored them."
    )
    top = [q for q in quotes if q.within is None and q.cue and q.cue.text == "said"]
    assert [q.content.text for q in top] == [
        "the new tax has hurt farmers",
        "that the mayor ignored them",
    ]
    assert all(q.source is not None and q.source.text == "Maria Lopez" for q in top)


def test_reportedly_marks_a_report_with_no_speaker(quotes_of) -> None:  # type: ignore[no-untyped-def]
    quotes = quotes_of(
        "Maria Lopez said taxes must fall. The agency reportedly hired him last year."
    )
    reported = next(q for q in quotes if q.cue and q.cue.text == "reportedly")
    assert reported.content.text == "The agency reportedly hired him last year"
    assert reported.source is None and reported.speaker is None  # not the previous speaker


def test_a_clause_placed_in_a_poll_is_the_poll_s_finding(quotes_of) -> None:  # type: ignore[no-untyped-def]
    quotes = quotes_of("Mr. Lee is ahead in recent polls of Ohio voters. He was in Ohio on Monday.")
    (poll,) = [q for q in quotes if q.cue and q.cue.text == "in"]
    assert poll.content.text == "Mr. Lee is ahead"
    assert poll.source is not None and poll.source.text.startswith("recent polls")


def test_is_seen_as_has_an_unnamed_viewer_unless_one_is_named(quotes_of) -> None:  # type: ignore[no-untyped-def]
    quotes = quotes_of(
        "Maria Lopez said taxes must fall. The senator is widely seen as a moderate. "
        "The tariff is viewed by farmers as a betrayal."
    )
    seen = next(q for q in quotes if q.cue and q.cue.text == "seen")
    assert seen.content.text == "The senator is widely seen as a moderate"
    assert seen.source is None and seen.speaker is None
    viewed = next(q for q in quotes if q.cue and q.cue.text == "viewed")
    assert viewed.source is not None and viewed.source.text == "farmers"


def test_a_new_attribution_after_a_comma_ends_the_reported_content(quotes_of) -> None:  # type: ignore[no-untyped-def]
    quotes = quotes_of(
        "Maria Lopez said the deal was dead, echoing a memo from the treasurer. "
        "Pedro Sanchez left the room, saying he was tired."
    )
    said = next(q for q in quotes if q.cue and q.cue.text == "said")
    assert said.content.text == "the deal was dead"
    echoing = next(q for q in quotes if q.cue and q.cue.text == "echoing")
    assert echoing.within is None and echoing.content.text == "a memo from the treasurer"
    # "echoing" hangs from "was", whose subject (the deal) cannot echo: the speaker's
    assert echoing.source is not None and echoing.source.text == "Maria Lopez"
    saying = next(q for q in quotes if q.cue and q.cue.text == "saying")
    assert saying.source is not None and saying.source.text == "Pedro Sanchez"


def test_a_comma_inside_a_quotation_does_not_cut_it(quotes_of) -> None:  # type: ignore[no-untyped-def]
    quotes = quotes_of("“The deal is dead, and I said so in May,” Maria Lopez told reporters.")
    (told,) = [q for q in quotes if q.within is None]
    assert told.content.text == "The deal is dead, and I said so in May"


def test_an_imperative_is_no_one_s_statement(quotes_of) -> None:  # type: ignore[no-untyped-def]
    quotes = quotes_of(
        "Read the rest of the story at the Daily Ledger. Maria Lopez read the report."
    )
    assert [q.content.text for q in quotes if q.cue and q.cue.text == "Read"] == []
