"""A tag clause ("Y, X said") stands apart from its host (``quotes.verb.tag_set_off``).

The parser may label a verb's complement clause "ccomp" of the verb before it, as
it labels a tag: in "she believes we must continue to push", "continue" (a speech
verb for "“Y,” she continued") then read "she believes" as its content. A tag has
punctuation right before it or opens the sentence. Sentences written for the test.
"""

from __future__ import annotations

from rule_settings import with_rules
from stancemap.ingest import make_document
from stancemap.nlp import parse_documents
from stancemap.quotes.stage import QuoteStage

COMPLEMENT = (
    "The senator told the audience that she believes we must continue to push "
    "policies that help working families."
)
TAGS = "The deal, Lavrov said, is dead. The economy is strong, the minister said on Monday."


def _cues(analyzer, text: str, disable: tuple[str, ...] = ()) -> dict[str, list[str]]:  # type: ignore[no-untyped-def]
    document = make_document(text, doc_id="t")
    doc = next(parse_documents(analyzer.nlp, [text], analyzer.settings.nlp))
    layer = analyzer.actors(doc, document)
    quotes = QuoteStage(with_rules(analyzer.settings, disable=disable))(doc, document, layer)
    out: dict[str, list[str]] = {}
    for q in quotes:
        out.setdefault(q.cue.text if q.cue else "", []).append(q.content.text)
    return out


def test_a_complement_clause_is_no_tag(analyzer) -> None:  # type: ignore[no-untyped-def]
    cues = _cues(analyzer, COMPLEMENT)
    assert "continue" not in cues
    assert any(c.startswith("we must continue") for c in cues.get("believes", []))
    off = _cues(analyzer, COMPLEMENT, ("quotes.verb.tag_set_off",))
    assert "that she believes" in off.get("continue", [])  # the misread the rule removes


def test_tags_set_off_by_commas_stay(analyzer) -> None:  # type: ignore[no-untyped-def]
    said = _cues(analyzer, TAGS)["said"]
    assert "The deal" in said and "is dead" in said
    assert "The economy is strong" in said
