"""The article view model: flat segments that rebuild the text, marks and hover records."""

from __future__ import annotations

from web_builders import actor, analysis, span, summit

from stancemap.web.article import article_view


def test_segments_rebuild_the_text_exactly():
    doc = summit()
    view = article_view(doc)
    assert "".join(s.text for s in view.segments) == doc.text


def test_quote_content_is_coloured_by_its_speaker_and_mentions_link_to_actors():
    doc = summit()
    view = article_view(doc)
    by_text = {s.text: s for s in view.segments}
    ann_quote = by_text["the tariff must go"]
    bob_quote = by_text["we will never agree to that"]
    assert "qc" in ann_quote.classes.split()
    ann_colour = next(c for c in ann_quote.classes.split() if c.startswith("spk-"))
    bob_colour = next(c for c in bob_quote.classes.split() if c.startswith("spk-"))
    assert ann_colour != bob_colour
    assert ann_quote.refs == "q:q1"
    mention = by_text["Ann Lee"]
    assert mention.href == "/actors/person%3Aann-lee"
    assert "qsrc" in mention.classes.split()  # the mention is also the quote's source
    assert set(mention.refs.split()) == {"q:q1", "a:person:ann-lee"}
    assert "trg" in by_text["rejected"].classes.split()
    assert "ex" in by_text["Share this article"].classes.split()
    legend = {s.name: s.colour for s in view.speakers}
    assert legend == {"Ann Lee": ann_colour, "Bob Roe": bob_colour}


def test_hover_records_carry_speaker_confidence_and_evidence():
    view = article_view(summit())
    quote = dict(view.records["q:q1"]["fields"])
    assert quote["speaker"] == "Ann Lee"
    assert quote["confidence"] == "0.90"
    assert quote["content"] == "the tariff must go"
    event = dict(view.records["e:e1"]["fields"])
    assert event["source"] == "Bob Roe" and event["target"] == "Ann Lee"
    assert view.records["a:person:ann-lee"]["href"] == "/actors/person%3Aann-lee"


def test_nested_spans_take_the_innermost_for_link_and_colour():
    text = 'Ann said Bob thinks "Cy Doe is right" today.'
    ann = actor("ann", "Ann", text, "Ann")
    cy = actor("cy", "Cy Doe", text, "Cy Doe")
    bob = actor("bob", "Bob", text, "Bob")
    outer = {
        "id": "q1",
        "kind": "indirect",
        "content": span(text, 'Bob thinks "Cy Doe is right"'),
        "speaker": "ann",
        "confidence": 0.5,
    }
    inner = {
        "id": "q2",
        "kind": "direct",
        "content": span(text, "Cy Doe is right"),
        "speaker": "bob",
        "confidence": 0.5,
        "within": "q1",
    }
    doc = analysis("n", text, actors=[ann, bob, cy], quotes=[outer])
    doc.embedded_quotes.append(type(doc.quotes[0]).model_validate(inner))
    view = article_view(doc)
    seg = next(s for s in view.segments if s.text == "Cy Doe")
    assert seg.href == "/actors/cy"
    assert seg.refs.split()[:2] == ["q:q2", "q:q1"]  # innermost first
    bob_colour = next(s.colour for s in view.speakers if s.id == "bob")
    assert bob_colour in seg.classes.split() and "qe" in seg.classes.split()


def test_spans_out_of_range_are_clipped_not_fatal():
    text = "short text"
    doc = analysis("x", text, excluded=[{"start": 6, "end": 999}])
    view = article_view(doc)
    assert "".join(s.text for s in view.segments) == text
    assert [s.text for s in view.segments if "ex" in s.classes] == ["text"]
