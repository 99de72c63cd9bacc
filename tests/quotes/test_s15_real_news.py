"""Session 15: misreads found on a hand-judged sample of real news (PolNeAR tune
articles), each fixed by a general rule. Sentences written for the test.

* ``quotes.cue.without_no_report``: "campaigning without mentioning X" reports nothing.
* ``quotes.speaker.pronoun_outside_content``: "Also, Lee is no reformer, he said" after
  another person spoke: "he" is not Lee, whom the content names.
* ``quotes.verb.demonstrative_no_speaker``: "She said that is unfair, describing Y": "that"
  does not describe; the reporting verb above lends its subject.
* ``quotes.verb.passive_agent_things``: "X will be continued by the foundation" reports
  nothing (a second, fresh sample).
* ``quotes.speaker.salient_outside_quotations``: "“... Mayor Ortiz is a fraud,” read one.
  “Anyone but Ortiz,” was another.": Ortiz, named in a quotation, is not its speaker.
* ``quotes.content.object_not_words``: "wrote a $250,000 check" reports no words.
"""

from __future__ import annotations

WITHOUT = "quotes.cue.without_no_report"
PRONOUN = "quotes.speaker.pronoun_outside_content"


def _cues(quotes) -> list[str]:  # type: ignore[no-untyped-def]
    return [q.cue.text for q in quotes if q.cue is not None]


def test_a_cue_under_without_reports_nothing(quotes_without) -> None:  # type: ignore[no-untyped-def]
    text = "Marta Rios toured the northern provinces for a week without mentioning her rival."
    assert "mentioning" not in _cues(quotes_without(text))
    assert "mentioning" in _cues(quotes_without(text, (WITHOUT,)))


def test_a_tag_pronoun_is_not_the_name_in_its_content(quotes_without) -> None:  # type: ignore[no-untyped-def]
    text = (
        "Tomas Brandt, a retired teacher from Ohio, said he would not vote this year. "
        "Also, Peter Lee is no reformer, he said."
    )
    tags = [q for q in quotes_without(text) if q.content.text.startswith("Also")]
    assert tags and tags[0].speaker is not None
    brandt = [q for q in quotes_without(text) if q.source and q.source.text == "Tomas Brandt"]
    assert brandt and tags[0].speaker == brandt[0].speaker
    off = [q for q in quotes_without(text, (PRONOUN,)) if q.content.text.startswith("Also")]
    assert off and off[0].speaker != brandt[0].speaker


def test_a_clause_verb_still_reports_a_thing(quotes_without) -> None:  # type: ignore[no-untyped-def]
    text = "The minister confirmed the closure of the northern border crossing."
    assert "confirmed" in _cues(quotes_without(text))


DEMONSTRATIVE = "quotes.verb.demonstrative_no_speaker"
THINGS = "quotes.verb.passive_agent_things"
# session 42 QB: the main clause's subject reaches "She" too; off here to show this rule alone
MAIN_CLAUSE = "quotes.verb.main_clause_participle"


def test_a_demonstrative_lends_no_speaker(quotes_without) -> None:  # type: ignore[no-untyped-def]
    text = (
        "The report blames Dana Whitfield for the delay. She said that is unfair, "
        "describing the engineers as very careful."
    )
    on = [q for q in quotes_without(text) if q.cue and q.cue.text == "describing"]
    assert on and on[0].source is not None and on[0].source.text == "She"
    off = [
        q
        for q in quotes_without(text, (DEMONSTRATIVE, MAIN_CLAUSE))
        if q.cue and q.cue.text == "describing"
    ]
    assert off and (off[0].source is None or off[0].source.text != "She")


def test_a_thing_carried_on_by_someone_is_no_report(quotes_without) -> None:  # type: ignore[no-untyped-def]
    text = "The school's reading program will be continued by the Ortiz Family Foundation."
    assert "continued" not in _cues(quotes_without(text))
    assert "continued" in _cues(quotes_without(text, (THINGS,)))


SALIENT = "quotes.speaker.salient_outside_quotations"


def test_a_name_inside_a_quotation_does_not_speak_the_next(quotes_without) -> None:  # type: ignore[no-untyped-def]
    text = (
        "Banners flew over the stadium. “Our town is proud! Mayor Ortiz is a fraud,” "
        "read one. “Anyone but Ortiz,” was another."
    )
    last = [q for q in quotes_without(text) if q.content.text == "Anyone but Ortiz"]
    assert last and last[0].speaker is None
    off = [q for q in quotes_without(text, (SALIENT,)) if q.content.text == "Anyone but Ortiz"]
    assert off and off[0].speaker is not None


THING_OBJECT = "quotes.content.object_not_words"


def test_money_written_is_no_content(quotes_without) -> None:  # type: ignore[no-untyped-def]
    text = "Last spring the developer wrote a $250,000 check to the mayor's campaign."
    # shipped off: check content F1 -0.0003, source +0.0016
    assert "wrote" not in _cues(quotes_without(text, enable=(THING_OBJECT,)))
    assert "wrote" in _cues(quotes_without(text, (THING_OBJECT,)))


def test_a_letter_written_stays_content(quotes_without) -> None:  # type: ignore[no-untyped-def]
    text = "Last spring the developer wrote a long letter to the mayor's campaign."
    assert "wrote" in _cues(quotes_without(text, enable=(THING_OBJECT,)))
