"""Session 12 speed changes (engineer S): each fast path gives exactly what the code it
replaces gave. Sentences written for these tests."""

from __future__ import annotations

from dataclasses import replace

import pytest

from stancemap.actors import names
from stancemap.actors.linker import Resolution
from stancemap.events.matching import (
    PREPOSITION_NO_PARTICLE,
    TIME_IS_NO_PARTICLE,
    TriggerMatcher,
    particles,
)
from stancemap.events.parts import Tuning
from stancemap.nlp import parse_documents
from stancemap.nlp.text import doc_text, joined_text
from stancemap.rules import RuleSwitches

TEXTS = [
    "Ruritania turned down the offer on Tuesday and called for Borduria to halt its drills.",
    "The envoy was called on by the council in March, then pulled out of the talks.",
    "Officials met in January.  They backed off   after the vote\n\nand walked out of it.",
    "Protesters called on the minister to resign, but he was tied in the polls.",
]


@pytest.fixture(scope="module")
def docs(analyzer):
    return list(parse_documents(analyzer.nlp, TEXTS, analyzer.settings.nlp))


def test_joined_text_is_doc_text(analyzer, docs):
    for doc, text in zip(docs, TEXTS, strict=True):
        assert joined_text(doc) == doc.text == text
    empty = next(parse_documents(analyzer.nlp, [""], analyzer.settings.nlp))
    assert joined_text(empty) == empty.text == ""
    blank = analyzer.nlp.make_doc("  two  spaces \n")
    assert joined_text(blank) == blank.text


def test_doc_text_caches_the_joined_text(docs):
    doc = docs[2]
    doc.user_data.pop("stancemap.text", None)
    assert doc_text(doc) == doc.text
    assert doc.user_data["stancemap.text"] == doc.text


def _matcher(disable: tuple[str, ...] = ()) -> TriggerMatcher:
    switches = RuleSwitches(disable)
    return TriggerMatcher(None, Tuning(switches))  # type: ignore[arg-type]


@pytest.mark.parametrize("disable", [(), (TIME_IS_NO_PARTICLE, PREPOSITION_NO_PARTICLE)])
def test_view_reads_of_a_verb_are_the_token_reads(docs, disable):
    matcher = _matcher(disable)
    verbs = [t for doc in docs for t in doc if t.pos_ in ("VERB", "AUX")]
    assert len(verbs) >= 8
    seen_time = seen_prep = seen_particle = False
    for tok in verbs:
        old_like = [c.lower_ for c in matcher._particle_like(tok)]
        assert matcher._particle_words(tok) == old_like
        for lemma in ("x", tok.lemma_.lower()):
            old = matcher._prepositions_with_objects(tok, lemma)
            new = {f"{lemma} {w}" for w in matcher._preposition_words_with_objects(tok)}
            assert new == old
        assert particles(tok) == [c.lower_ for c in tok.children if c.dep_ == "prt"]
        passive = any(c.dep_ in ("nsubjpass", "auxpass") for c in tok.children)
        objects = matcher.objects(tok)
        if not passive:
            assert all(o.dep_ != "nsubjpass" for o in objects)
        seen_prep = seen_prep or bool(matcher._preposition_words_with_objects(tok))
        seen_particle = seen_particle or bool(particles(tok))
        preps = [c for c in tok.children if c.dep_ == "prep"]
        seen_time = seen_time or any(
            o.ent_type_ in ("DATE", "TIME") for p in preps for o in p.children
        )
    assert seen_time and seen_particle  # the sentences test what they should
    assert seen_prep == (not disable)


class _CountingLinker:
    def __init__(self, answer: Resolution | None) -> None:
        self.answer = answer
        self.calls = 0

    def link(
        self, mention: str, date: str | None = None, *, known_only: bool = False
    ) -> Resolution | None:
        self.calls += 1
        return replace(self.answer) if self.answer is not None else None


class _Resolver:
    def __init__(self, linker: _CountingLinker) -> None:
        self.linker = linker
        self.date = "2016-10-01"


def test_titled_asks_the_linker_once_per_mention_and_hands_out_copies(docs):
    from stancemap.actors.kb import KbActor

    doc = docs[0]
    span = doc[0:1]  # "Ruritania"
    kb = KbActor(id="country:RUR", name="Ruritania", type="country")
    linker = _CountingLinker(Resolution("country:RUR", "Ruritania", "country", kb=kb))
    resolver = _Resolver(linker)
    name = names.Name(span, span.text, "GPE", None)
    first = names.titled(resolver, name)  # type: ignore[arg-type]
    assert first is not None and first.id == "country:RUR"
    first.confidence = 0.1  # a caller changes what it got
    second = names.titled(resolver, name)  # type: ignore[arg-type]
    assert linker.calls == 1
    assert second is not None and second is not first and second.confidence == 1.0
    # another document (resolver) asks again; an answer titled refuses is kept as None
    other = _Resolver(_CountingLinker(Resolution("new:x", "Ruritania", "person", how="new")))
    assert names.titled(other, name) is None  # type: ignore[arg-type]
    assert names.titled(other, name) is None  # type: ignore[arg-type]
    assert other.linker.calls == 1


def test_the_link_rules_titled_skips_come_last_and_make_only_new_people():
    """``titled`` asks ``link(known_only=True)``: skipping the new-person rules gives
    titled's old answer only while no rule that can answer a KB actor comes after them."""
    from stancemap.actors import linker
    from stancemap.rules import RuleSwitches

    # every link rule, the shipped-off ones too: the registry's order, all on on purpose
    names_in_order = [r.name for r in RuleSwitches.all_on().active("actors.link.") if r.func]
    first = min(names_in_order.index(n) for n in linker._NEW_ONLY)
    assert set(names_in_order[first:]) == set(linker._NEW_ONLY)
