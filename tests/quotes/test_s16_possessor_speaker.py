"""Session 16: the possessor of a source's people noun does not speak
(``quotes.speaker.possessor_not_speaker``). Sentences written for the test.

"Her running mate, Tom Grady, agreed that P": Tom Grady speaks, not the woman "Her" refers
to; "Whitfield's lawyer said": not Whitfield. A body ("Whitfield's campaign said") and a
spokesperson ("Whitfield's spokeswoman said") still speak for their owner.
"""

from __future__ import annotations

RULE = "quotes.speaker.possessor_not_speaker"


def _speaker_of(quotes, cue: str, layer_names) -> str | None:  # type: ignore[no-untyped-def]
    quote = next(q for q in quotes if q.cue is not None and q.cue.text == cue)
    return layer_names.get(quote.speaker) if quote.speaker else None


def _run(analyzer, text: str, disable: tuple[str, ...] = ()):  # type: ignore[no-untyped-def]
    from rule_settings import with_rules
    from stancemap.pipeline import Pipeline

    settings = with_rules(analyzer.settings, disable=disable)
    analysis = Pipeline(settings).analyze(text, doc_id="t")
    return analysis.quotes, {a.id: a.name for a in analysis.actors}


def test_the_appositive_name_of_a_possessed_noun_speaks(analyzer) -> None:  # type: ignore[no-untyped-def]
    text = (
        "Senator Dana Whitfield called the water plan reckless on Monday. "
        "Her running mate, Tom Grady, agreed that it was dangerous."
    )
    quotes, names = _run(analyzer, text)
    assert _speaker_of(quotes, "agreed", names) == "Tom Grady"
    quotes, names = _run(analyzer, text, (RULE,))
    assert _speaker_of(quotes, "agreed", names) != "Tom Grady"


def test_a_possessed_noun_with_no_name_is_not_its_possessor(analyzer) -> None:  # type: ignore[no-untyped-def]
    text = (
        "Senator Dana Whitfield spoke in Dayton on Monday. "
        "Whitfield's lawyer said the charges were false."
    )
    quotes, names = _run(analyzer, text)
    assert _speaker_of(quotes, "said", names) != "Dana Whitfield"
    quotes, names = _run(analyzer, text, (RULE,))
    assert _speaker_of(quotes, "said", names) == "Dana Whitfield"


def test_a_body_and_a_spokesperson_speak_for_their_owner(analyzer) -> None:  # type: ignore[no-untyped-def]
    for noun in ("campaign", "spokeswoman"):
        text = (
            "Senator Dana Whitfield spoke in Dayton on Monday. "
            f"Whitfield's {noun} said the charges were false."
        )
        quotes, names = _run(analyzer, text)
        assert _speaker_of(quotes, "said", names) == "Dana Whitfield"
