"""The late pass done cheaply (session 47, engineer LP, issue 12 throughput): a resolution
read late (``actors.agent.subject_group_source_only``,
``definite_body_sole_country_source_only``) needs the actor layer without it and the
document coded on both layers. The actors stage now runs the passes before the first late
one once and forks the resolver (``actors/fork.py``); the events stage codes again only the
sentences whose reads of the layer differ (``events/layer_reads.py``). These tests pin that
both give exactly what the full second run gave. Sentences written for these tests."""

from __future__ import annotations

from typing import Any

import pytest

import rule_settings
from stancemap.actors.fork import fork
from stancemap.actors.resolve import DocumentResolver
from stancemap.events.dates import parse_iso
from stancemap.events.layer_reads import RecordingLayer, same_reads
from stancemap.events.parts import DocContext
from stancemap.events.stage import _Sentence
from stancemap.ingest import make_document

GROUP = "actors.agent.subject_group_source_only"
BODY = "actors.agent.definite_body_sole_country_source_only"

# a late group ("Nurses", "Teachers"), pronouns after it, a quote, a named person
STRIKE = (
    "Nurses walked out of the county hospital on Tuesday. They accused the board of "
    'cutting their wages. "We will not go back," said Maria Lopez, a union organiser. '
    "Teachers rallied outside the hospital, and Lopez thanked them. The board blamed "
    "the state for the cuts."
)
# a late body: the one country named, then "the government" with no country of its own
ELECTION = (
    "Kenya held elections on Monday. The government criticized the opposition and "
    'urged the unions to end the strike. "The vote was fair," the ministry said.'
)


def _pipeline(analyzer: Any, enable: list[str]) -> Any:
    off = [r for r in (GROUP, BODY) if r not in enable]
    return analyzer.derive(rule_settings.with_rules(enable=enable, disable=off))


@pytest.fixture(scope="module")
def group_on(analyzer: Any) -> Any:
    return _pipeline(analyzer, [GROUP])


@pytest.fixture(scope="module")
def body_on(analyzer: Any) -> Any:
    return _pipeline(analyzer, [BODY])


@pytest.fixture(scope="module")
def both_off(analyzer: Any) -> Any:
    return _pipeline(analyzer, [])


def _parsed(pipeline: Any, text: str) -> Any:
    return pipeline.parse([make_document(text, doc_id="t", date="2016-10-01")])[0]


def _resolved(pipeline: Any, parsed: Any, hold: bool) -> Any:
    """The layer a fresh resolver of the whole document gives (the former second run)."""
    stage = pipeline.actors
    resolver = DocumentResolver(stage.linker, parsed.doc, parsed.document, stage.switches)
    resolver.hold_late = hold
    return resolver.run()


def _mentions(layer: Any) -> list[tuple[int, int, str, str, str, float]]:
    return [(m.start, m.end, m.text, m.actor_id, m.how, m.confidence) for m in layer.mentions]


@pytest.mark.parametrize(("rule", "text"), [(GROUP, STRIKE), (BODY, ELECTION)])
def test_the_forked_layers_are_the_two_whole_resolutions(
    request: Any, rule: str, text: str
) -> None:
    pipeline = request.getfixturevalue("group_on" if rule == GROUP else "body_on")
    parsed = _parsed(pipeline, text)
    layer = pipeline.actors(parsed.doc, parsed.document)
    assert layer.before is not None and layer.late_ids  # the rule read something late
    whole, held = _resolved(pipeline, parsed, False), _resolved(pipeline, parsed, True)
    assert _mentions(layer) == _mentions(whole)
    assert layer.actors == whole.actors
    assert _mentions(layer.before) == _mentions(held)
    # the late actors' records are added to the held layer for the filled sources only
    assert {k: v for k, v in layer.before.actors.items() if k not in layer.late_ids} == {
        k: v for k, v in held.actors.items() if k not in layer.late_ids
    }
    assert not set(layer.late_ids) & {m.actor_id for m in layer.before.mentions}


def test_no_late_reading_no_held_layer(group_on: Any) -> None:
    parsed = _parsed(group_on, "Maria Lopez thanked the board on Tuesday.")
    layer = group_on.actors(parsed.doc, parsed.document)
    assert layer.before is None and not layer.late_ids
    assert _mentions(layer) == _mentions(_resolved(group_on, parsed, False))


def test_a_fork_shares_no_state_a_pass_writes(group_on: Any) -> None:
    parsed = _parsed(group_on, STRIKE)
    stage = group_on.actors
    resolver = DocumentResolver(stage.linker, parsed.doc, parsed.document, stage.switches)
    resolver.run_common()
    twin = fork(resolver)
    before = _mentions(resolver)
    assert _mentions(twin) == before and twin.mentions is not resolver.mentions
    twin.mentions[0].actor_id = "someone:else"  # a later pass may edit a mention in place
    twin.taken.add(10_000)
    twin.late_ids.add("late")
    assert _mentions(resolver) == before
    assert 10_000 not in resolver.taken and not resolver.late_ids
    assert twin.doc is resolver.doc and twin.linker is resolver.linker  # the parse is shared


def test_a_fork_refuses_state_it_cannot_copy(group_on: Any) -> None:
    parsed = _parsed(group_on, STRIKE)
    stage = group_on.actors
    resolver = DocumentResolver(stage.linker, parsed.doc, parsed.document, stage.switches)
    resolver.unknown_state = object()  # type: ignore[attr-defined]
    with pytest.raises(TypeError):
        fork(resolver)


@pytest.mark.parametrize(("rule", "text"), [(GROUP, STRIKE), (BODY, ELECTION)])
def test_the_second_coding_reuses_only_what_reads_the_same(
    request: Any, rule: str, text: str
) -> None:
    pipeline = request.getfixturevalue("group_on" if rule == GROUP else "body_on")
    parsed = _parsed(pipeline, text)
    doc, document = parsed.doc, parsed.document
    layer = pipeline.actors(doc, document)
    stage = pipeline.events
    record: list[_Sentence] = []
    stage._coded(doc, document, layer.before, [], record)
    assert record and any(r.log.reads for r in record)

    def ctx() -> DocContext:
        # the stage's own context: the same document date on both codings
        return DocContext(actors=layer, quotes=[], reference=parse_iso(document.date))

    again = stage._merged_again(document, layer, ctx(), record)
    whole = stage._merged(doc, document, layer, ctx())  # the former second coding
    assert again == whole
    reused = [same_reads(r.log, layer) for r in record]
    assert any(reused) and not all(reused)  # only the sentences the late reading touches
    # and the late actor is read somewhere: at least one sentence was coded again
    assert any(set(item.source) & layer.late_ids for item in whole)


def test_late_sources_filled_and_nothing_else_moves(group_on: Any, both_off: Any) -> None:
    on = group_on.analyze(STRIKE, date="2016-10-01")
    off = both_off.analyze(STRIKE, date="2016-10-01")
    late = {a.id for a in on.actors if a.id.startswith("new:group:")}
    assert late  # "Nurses", "Teachers"
    assert [(e.trigger.start, e.type, e.target, e.confidence) for e in on.events] == [
        (e.trigger.start, e.type, e.target, e.confidence) for e in off.events
    ]
    filled = [e for e, f in zip(on.events, off.events, strict=True) if e.source != f.source]
    assert filled and all(
        not f.source for f in off.events if f.trigger.start in {e.trigger.start for e in filled}
    )
    assert all(set(e.source) <= late for e in filled)
    assert [(q.content.start, q.speaker) for q in on.quotes] == [
        (q.content.start, q.speaker) for q in off.quotes
    ]


def test_a_read_the_log_cannot_replay_or_a_write_codes_again(group_on: Any) -> None:
    parsed = _parsed(group_on, STRIKE)
    layer = group_on.actors(parsed.doc, parsed.document)
    held = layer.before
    recording = RecordingLayer(held)
    first = held.mentions[0]
    assert recording.mention_at(first.start, first.end) == first
    assert recording.actors.get(first.actor_id) == held.actors[first.actor_id]
    assert "no:such" not in recording.actors
    assert same_reads(recording.log, held)  # the same layer answers the same
    late = next(m for m in layer.mentions if m.actor_id in layer.late_ids)
    recording.mentions_in(late.start, late.end)  # nothing there without the late group
    assert same_reads(recording.log, held) and not same_reads(recording.log, layer)
    recording.log.reads.clear()
    recording.mentions  # noqa: B018  (the raw list: any of it may differ)
    assert not same_reads(recording.log, held)
    recording.log = type(recording.log)()
    recording.add(first.model_copy(update={"start": 0, "end": 1}))
    assert recording.log.wrote and not same_reads(recording.log, held)
