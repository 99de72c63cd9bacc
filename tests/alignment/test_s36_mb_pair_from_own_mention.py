"""Session 36 (engineer MB): a relation resting on a merged event cites, for its pair, the
mention whose own sentence names both ends (``alignment.relations.pair_from_own_mention``),
not the first mention, which took a party from a later one. Sentences written for these
tests."""

from __future__ import annotations

from stancemap.alignment.relations import relate_document
from stancemap.config import Settings
from stancemap.records import Event, MentionParties, Span
from stancemap.rules import RuleSwitches

RULE = "alignment.relations.pair_from_own_mention"
WEIGHT = "alignment.relations.own_mention_weight"
TEXT = (
    "Novak criticized the new tax plan on Monday. The plan would raise fuel prices. "
    "Later Novak criticized Haddad over the budget."
)


def _ends_named(relation, text: str) -> list[bool]:
    return [
        "Novak" in r.span.text and "Haddad" in r.span.text
        for r in relation.evidence_spans
        if r.kind == "event"
    ]


def test_the_relation_cites_the_sentence_naming_both(analyzer):
    # both rules ship off (session 36): switched on here to see them
    base = [n for n in Settings().rules.disable if n not in (RULE, WEIGHT)]
    on_pipe = analyzer.derive(Settings.model_validate({"rules": {"disable": base}}))
    off_pipe = analyzer.derive(Settings.model_validate({"rules": {"disable": [*base, RULE]}}))
    on = on_pipe.analyze(TEXT, date="2023-03-01")
    merged = [e for e in on.events if e.type == "ACCUSE" and len(e.mention_parties) == 2]
    assert merged, on.events  # one act told twice, merged
    (relation,) = [
        r for r in on.relations if {r.a, r.b} >= set(merged[0].source + merged[0].target)
    ]
    assert relation.score < 0
    assert _ends_named(relation, on.text) == [True]
    off = off_pipe.analyze(TEXT, date="2023-03-01")
    (before,) = [r for r in off.relations if (r.a, r.b) == (relation.a, relation.b)]
    assert _ends_named(before, off.text) == [False]  # the first mention never names Haddad


def _span(text: str, start: int, end: int) -> Span:
    return Span(start=start, end=end, text=text[start:end])


def test_relate_document_weighs_the_naming_mentions_confidence():
    text = "A criticized the plan. " + "x" * 2000 + " Later A criticized B over the budget."
    first = (0, 22)
    later = (2024, len(text))
    event = Event(
        id="e1",
        type="ACCUSE",
        trigger=_span(text, 2, 12),
        source=["p:A"],
        target=["p:B"],
        confidence=0.4,
        evidence=_span(text, *first),
        mentions=[_span(text, 2032, 2042)],
        mention_parties=[
            MentionParties(
                trigger=_span(text, 2, 12),
                evidence=_span(text, *first),
                source=["p:A"],
                confidence=0.4,
            ),
            MentionParties(
                trigger=_span(text, 2032, 2042),
                evidence=_span(text, *later),
                source=["p:A"],
                target=["p:B"],
                confidence=0.8,
            ),
        ],
    )
    settings = Settings()
    switches = RuleSwitches.from_settings(settings)

    class Only:
        def __init__(self, off: set[str]) -> None:
            self.off = off

        def enabled(self, name: str) -> bool:
            return name not in self.off and (name in (RULE, WEIGHT) or switches.enabled(name))

    (on,) = relate_document([], [event], switches=Only(set()))
    (off,) = relate_document([], [event], switches=Only({RULE}))
    assert [r.span.start for r in on.evidence_spans] == [later[0]]
    assert [r.span.start for r in off.evidence_spans] == [first[0]]
    assert on.confidence > off.confidence  # the naming mention's 0.8 against the first's 0.4
