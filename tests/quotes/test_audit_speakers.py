"""Quote speakers a new user saw wrong (session 10 audit), on sentences written here.

* a dateline the parse made a second subject of the verb hands the source to the
  other subject, also for a speech verb conjoined to it (never the subject of a
  relative clause inside its object): ``quotes.speaker.dateline_co_subject``;
* a plural subject ("the two leaders said") is the people just named together, one
  quote each, never one of them: ``quotes.speaker.plural_group``;
* a possessive phrase ("a statement from his ministry") is never an actor named by
  the pronoun phrase.
"""

from __future__ import annotations

from stancemap.ingest import make_document
from stancemap.nlp import parse_documents

# a headline line first: the page reader lists the dateline as an excluded stretch
DATELINE = (
    "Scholz criticises new Chinese sanctions\n"
    "BERLIN, May 5 (Northern Wire) - German Chancellor Olaf Scholz on Friday criticised the "
    "sanctions that Chinese President Xi Jinping announced on German firms, and said Germany "
    "would respond with measures of its own."
)
PAIR = (
    "Spanish Prime Minister Pedro Sanchez and Italian Prime Minister Giorgia Meloni agreed on "
    "Monday to open a joint migration office in Rome, the two leaders said after a meeting."
)
POSSESSIVE = (
    "Indian Foreign Minister Subrahmanyam Jaishankar dismissed the report as baseless, "
    "according to a statement from his ministry."
)


def _run(analyzer, text: str, stage=None):  # type: ignore[no-untyped-def]
    document = make_document(text, doc_id="t", strip_boilerplate=True)
    doc = next(parse_documents(analyzer.nlp, [text], analyzer.settings.nlp))
    layer = analyzer.actors(doc, document)
    stage = stage or analyzer.quotes
    return stage(doc, document, layer), layer


def _by_cue(quotes, cue: str):  # type: ignore[no-untyped-def]
    return [q for q in quotes if q.cue is not None and q.cue.text == cue]


def _name(layer, actor_id):  # type: ignore[no-untyped-def]
    actor = layer.actor(actor_id) if actor_id else None
    return actor.name if actor is not None else None


def test_a_conjoined_speech_verb_after_a_dateline_is_the_first_verbs_subject(analyzer) -> None:  # type: ignore[no-untyped-def]
    quotes, layer = _run(analyzer, DATELINE)
    assert any(
        ex.reason == "dateline"
        for ex in make_document(DATELINE, doc_id="t", strip_boilerplate=True).excluded
    )
    (said,) = _by_cue(quotes, "said")
    assert said.content.text.startswith("Germany would respond")
    assert _name(layer, said.speaker) == "Olaf Scholz"
    assert said.source is not None and "Scholz" in said.source.text
    (criticised,) = _by_cue(quotes, "criticised")
    assert _name(layer, criticised.speaker) == "Olaf Scholz"


# "OTTAWA, April 3 - Minister Ann Lee condemned the tariffs that President Bo Chen
# imposed, and said Canada would answer": the audit's parse, built by hand, where the
# dateline's place and the name are both subjects of "condemned"
_WORDS = [
    "OTTAWA",
    ",",
    "April",
    "3",
    "-",
    "Minister",
    "Ann",
    "Lee",
    "condemned",
    "the",
    "tariffs",
    "that",
    "President",
    "Bo",
    "Chen",
    "imposed",
    ",",
    "and",
    "said",
    "Canada",
    "would",
    "answer",
    ".",
]
_DEPS = [
    "nsubj",
    "punct",
    "npadvmod",
    "nummod",
    "punct",
    "compound",
    "compound",
    "nsubj",
    "ROOT",
    "det",
    "dobj",
    "dobj",
    "compound",
    "compound",
    "nsubj",
    "relcl",
    "punct",
    "cc",
    "conj",
    "nsubj",
    "aux",
    "ccomp",
    "punct",
]


def _hand_parse(analyzer):  # type: ignore[no-untyped-def]
    from spacy.tokens import Doc

    heads = [8, 0, 0, 2, 0, 7, 7, 8, 8, 8, 10, 15, 14, 14, 15, 10, 8, 8, 8, 21, 21, 18, 8]
    doc = Doc(analyzer.nlp.vocab, words=_WORDS, heads=heads, deps=_DEPS)
    return doc


def test_a_dateline_subject_hands_over_to_the_verbs_other_subject(analyzer) -> None:  # type: ignore[no-untyped-def]
    from stancemap.quotes import rulebook as R
    from stancemap.quotes.excluded import clear_of_excluded
    from stancemap.quotes.reported import Attribution
    from stancemap.records import Excluded

    doc = _hand_parse(analyzer)
    text = doc.text
    said = doc[18]
    assert said.text == "said" and said.dep_ == "conj" and said.head.text == "condemned"
    ottawa = (doc[0].idx, doc[0].idx + len(doc[0]))
    dateline = [Excluded(start=0, end=doc[4].idx + 1, reason="dateline")]
    a = Attribution(
        content=(doc[19].idx, len(text) - 2),
        cue=(said.idx, said.idx + 4),
        source=ottawa,  # what the borrowed subject of the conjoined "said" gives
        cls="speech",
        lemma="say",
        confidence=0.9,
        via="verb",
    )
    cleared = clear_of_excluded(doc, text, a, dateline)
    assert cleared is not None and cleared.source is not None
    assert text[cleared.source[0] : cleared.source[1]] == "Minister Ann Lee"
    off = clear_of_excluded(doc, text, a, dateline, lambda name: name != R.DATELINE_CO_SUBJECT)
    assert off is not None and off.source is None  # without the rule the source is lost


def test_the_two_leaders_are_both_named_leaders(analyzer) -> None:  # type: ignore[no-untyped-def]
    quotes, layer = _run(analyzer, PAIR)
    said = _by_cue(quotes, "said")
    assert {_name(layer, q.speaker) for q in said} == {"Pedro Sánchez", "Giorgia Meloni"} or {
        _name(layer, q.speaker) for q in said
    } == {"Pedro Sanchez", "Giorgia Meloni"}
    assert len({q.content.text for q in said}) == 1  # the same words, once per speaker


def test_a_plural_subject_with_no_group_before_it_is_no_one_person(analyzer) -> None:  # type: ignore[no-untyped-def]
    text = (
        "Spanish Prime Minister Pedro Sanchez met farmers in Seville on Monday. "
        "The three ministers said the subsidies would continue."
    )
    quotes, layer = _run(analyzer, text)
    (said,) = _by_cue(quotes, "said")
    speaker = layer.actor(said.speaker) if said.speaker else None
    assert speaker is None or speaker.type != "person"


def test_a_possessive_speaker_is_never_named_by_its_pronoun(analyzer) -> None:  # type: ignore[no-untyped-def]
    quotes, layer = _run(analyzer, POSSESSIVE)
    (according,) = _by_cue(quotes, "according to")
    assert according.source is not None and "his ministry" in according.source.text
    # the possessor's body (India's government) or no one; never a new actor of its own.
    # (The actor's display name is the actors stage's: it reads "his ministry" today.)
    if according.speaker is not None:
        actor = layer.actor(according.speaker)
        assert actor is not None
        assert not actor.id.startswith("new:")
        assert actor.type != "person" and actor.country == "IND"
