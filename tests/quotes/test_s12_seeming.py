"""A verb of seeming over a reporting verb (``quotes.verb.seeming_report``).

"The governor appeared to suggest that Y": the writer's "appeared" used to be the
attribution (no source, the whole clause as content) and "suggest" was embedded in
it. The reporting verb is the governor's attribution; "seemed to waver" (no
reporting verb under it) stays the writer's. Sentences written for the test.
"""

from __future__ import annotations

TEXT = (
    "The governor appeared to suggest that veterans were weak. "
    "The senator seemed to waver on the bill."
)


def _cues(quotes_without, disable: tuple[str, ...] = ()):  # type: ignore[no-untyped-def]
    return {q.cue.text: q for q in quotes_without(TEXT, disable) if q.cue is not None}


def test_the_reporting_verb_under_seeming_is_the_attribution(quotes_without) -> None:  # type: ignore[no-untyped-def]
    cues = _cues(quotes_without)
    assert "appeared" not in cues
    assert cues["suggest"].within is None
    suggest = cues["suggest"]
    assert suggest.source is not None and suggest.source.text == "The governor"
    assert suggest.content.text == "that veterans were weak"
    assert cues["seemed"].source is None  # "seemed to waver": the writer's, as before
    off = _cues(quotes_without, ("quotes.verb.seeming_report",))
    # the misread: the writer's "appeared" is the attribution, "suggest" embedded in it
    assert off["appeared"].source is None and off["appeared"].within is None
    assert off["suggest"].within == off["appeared"].id
