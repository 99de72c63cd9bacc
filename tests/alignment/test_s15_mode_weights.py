"""Session 15 (E), issue 14: background, historical and hypothetical evidence weighs less
than the story's own, read end to end on sentences written here (the events stage reads
the mode, ``alignment.score.mode_weight`` weighs it; ``alignment.relations.source_mode_weight``
names an event a statement rests on with its mode's share). Invented events."""

from __future__ import annotations

from stancemap.alignment import relate_document
from stancemap.rules import RuleSwitches

MODE = "alignment.score.mode_weight"
SOURCE_MODE = "alignment.relations.source_mode_weight"
DATE = "2025-03-03"


def _analyse(analyzer, text: str):  # type: ignore[no-untyped-def]
    return analyzer.analyze_text(text, doc_id="s15-mode", date=DATE)


def _pair(relations, a: str, b: str):  # type: ignore[no-untyped-def]
    found = [r for r in relations if {r.a, r.b} == {a, b}]
    assert found, f"no relation {a} ~ {b}"
    return found[0]


def _weights(relation) -> dict[str, float]:  # type: ignore[no-untyped-def]
    return {e.id: e.weight for e in relation.evidence_spans}


def _event_of(analysis, trigger: str, mode: str):  # type: ignore[no-untyped-def]
    found = [e for e in analysis.events if e.trigger.text == trigger]
    assert found and found[0].mode == mode, [(e.trigger.text, e.mode) for e in analysis.events]
    return found[0].id


def _relate_off(analysis, *off: str):  # type: ignore[no-untyped-def]
    # session 56 SP: the story-time rules leave a dated act of another year out of a pair
    # with an act of the story's own time (shipped off): this test weighs it, so off too;
    # session 64: over the shipped rules, not every rule on but these
    others = (
        "alignment.sides.voice_speaks_for_state",
        "alignment.time.background_behind_story",
        "alignment.carry.background_stays",
    )
    return relate_document(
        analysis.statements,
        analysis.events,
        actors=analysis.actors,
        quotes=analysis.quotes + analysis.embedded_quotes,
        switches=RuleSwitches.shipped(off=[*others, *off]),
    )


def _check(analyzer, text: str, now: str, then: str, mode: str, sign: int) -> None:  # type: ignore[no-untyped-def]
    result = _analyse(analyzer, text)
    story = [e for e in result.events if e.trigger.text == now]
    assert story and story[0].mode not in ("historical", "hypothetical", "future")
    story, old = story[0].id, _event_of(result, then, mode)
    pair = _pair(result.relations, "country:CHL", "country:PER")
    weights = _weights(pair)
    assert weights[old] < weights[story] / 2
    assert pair.score * sign > 0  # the story's own act decides the sign
    off = _weights(_pair(_relate_off(result, MODE), "country:CHL", "country:PER"))
    assert off[old] >= off[story] / 2  # the rule off: the old act weighs as much


def test_a_historical_act_weighs_less_than_the_story_s(analyzer) -> None:  # type: ignore[no-untyped-def]
    text = "Chile condemned Peru on Monday. In 1998, Chile signed a trade agreement with Peru."
    _check(analyzer, text, "condemned", "signed", "historical", -1)


def test_a_background_act_weighs_less_than_the_story_s(analyzer) -> None:  # type: ignore[no-untyped-def]
    text = (
        "Chile accused Peru of blocking the talks on Monday. "
        "Chile had previously signed a trade agreement with Peru."
    )
    _check(analyzer, text, "accused", "signed", "historical", -1)


def test_a_hypothetical_act_weighs_less_than_the_story_s(analyzer) -> None:  # type: ignore[no-untyped-def]
    text = "Chile praised Peru on Monday. If the talks fail, Chile would impose sanctions on Peru."
    _check(analyzer, text, "praised", "impose sanctions", "hypothetical", 1)


def test_an_old_act_under_a_statement_is_named_with_its_mode_s_share(analyzer) -> None:  # type: ignore[no-untyped-def]
    text = (
        "Chilean Foreign Minister Alberto van Klaveren criticised Peru on Monday. "
        "Last year, he praised Peru for its help."
    )
    result = _analyse(analyzer, text)
    now, then = (
        _event_of(result, "criticised", "disapprove"),
        _event_of(result, "praised", "historical"),
    )
    pair = _pair(result.relations, "country:CHL", "country:PER")
    assert pair.score < 0
    weights = _weights(pair)
    assert weights[then] < weights[now] / 2
    off = _weights(_pair(_relate_off(result, SOURCE_MODE), "country:CHL", "country:PER"))
    assert off[then] == off[now]  # the rule off: named with the whole statement's weight
