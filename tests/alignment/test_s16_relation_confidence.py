"""Session 16 (E): a relation's confidence is learned from hand-judged real-news relations
(``alignment.relations.learned_confidence``, ``alignment/confidence.py``). (The rule that
dropped a relation under a threshold, ``alignment.relations.drop_unlikely``, shipped off and
was removed in session 21.) Records written by hand; invented people."""

from __future__ import annotations

from stancemap.alignment import relate_document
from stancemap.alignment.confidence import FEATURES, Doc, load_model, predict, relation_features
from stancemap.alignment.relations import LEARNED_CONFIDENCE
from stancemap.records import Actor, Event, Issue, Quote, Span, Statement
from stancemap.rules import RuleSwitches

TEXT = (
    "Senator Mara Quill praised Governor Ivo Brandt on Monday. "  # 0..57
    "The county schools received grants from the Orlen Fund. "  # 58..114
    'Quill said: "We need the new bridge." '
    'Brandt said: "The new bridge must be built."'
)


def _span(start: int, end: int) -> Span:
    return Span(start=start, end=end, text=TEXT[start:end])


def _at(word: str, nth: int = 0) -> Span:
    start = -1
    for _ in range(nth + 1):
        start = TEXT.index(word, start + 1)
    return _span(start, start + len(word))


QUILL = Actor(id="new:person:quill", name="Mara Quill", type="person",
              mentions=[_at("Mara Quill"), _at("Quill", 1)])  # fmt: skip
BRANDT = Actor(id="new:person:brandt", name="Ivo Brandt", type="person",
               mentions=[_at("Ivo Brandt"), _at("Brandt", 1)])  # fmt: skip
SCHOOLS = Actor(id="new:group:schools", name="county schools", type="group",
                mentions=[_at("county schools")])  # fmt: skip
FUND = Actor(id="new:organization:fund", name="Orlen Fund", type="organization",
             mentions=[_at("Orlen Fund")])  # fmt: skip
ACTORS = [QUILL, BRANDT, SCHOOLS, FUND]
FIRST, SECOND = _span(0, 57), _span(58, 113)


def _event(eid: str, etype: str, src: Actor, tgt: Actor, trigger: str, at: Span,
           confidence: float = 0.8) -> Event:  # fmt: skip
    return Event(id=eid, type=etype, trigger=_at(trigger), source=[src.id], target=[tgt.id],
                 confidence=confidence, evidence=at)  # fmt: skip


PRAISE = _event("e1", "SUPPORT", QUILL, BRANDT, "praised", FIRST)
GRANT = _event("e2", "AID", FUND, SCHOOLS, "received", SECOND)
# the same deed coded with little confidence
WEAK_GRANT = _event("e2", "AID", FUND, SCHOOLS, "received", SECOND, confidence=0.4)


def _switches(*off: str) -> RuleSwitches:
    # session 29: alignment.relations.confidence_floor would drop the weak relations these
    # tests compare (it has its own tests, test_s29_na_ends.py); session 38's
    # alignment.score.shared_alone_no_pair (shipped off) would drop a pair agreeing on one issue;
    # session 63's alignment.score.direct_evidence_weight (shipped off) scores on another
    # scale; session 64: the shipped rules with these off, not every other rule on
    return RuleSwitches.shipped(
        off=[
            *off,
            "alignment.relations.confidence_floor",
            "alignment.score.shared_alone_no_pair",
            "alignment.score.direct_evidence_weight",
        ]
    )


def _rel(rels, a, b):  # type: ignore[no-untyped-def]
    found = [r for r in rels if {r.a, r.b} == {a.id, b.id}]
    return found[0] if found else None


def test_the_model_has_a_weight_for_every_feature() -> None:
    model = load_model()
    assert set(model["weights"]) == set(FEATURES) and model["n"] >= 100


def test_confidence_is_the_model_s_chance_the_relation_is_right() -> None:
    rels = relate_document([], [PRAISE], actors=ACTORS, switches=_switches())
    praise = _rel(rels, QUILL, BRANDT)
    assert praise is not None and praise.score > 0
    doc = Doc(ACTORS, [PRAISE], [], [])
    assert praise.confidence == round(predict(relation_features(praise, doc)), 3)
    assert 0.0 < praise.confidence < 1.0


def test_one_deed_towards_a_common_noun_group_is_less_sure_than_between_named_people() -> None:
    # "Quill praised Brandt" against "The county schools received grants from the Orlen Fund":
    # the same weight of evidence, but one end is a group named by common nouns
    on = relate_document([], [PRAISE, GRANT], actors=ACTORS, switches=_switches())
    people, schools = _rel(on, QUILL, BRANDT), _rel(on, FUND, SCHOOLS)
    assert people is not None and schools is not None
    assert people.confidence is not None and schools.confidence is not None
    assert schools.confidence < people.confidence - 0.1
    # the witnesses' noisy-or, with the rule off, tells the two apart far less
    off = relate_document(
        [], [PRAISE, GRANT], actors=ACTORS, switches=_switches(LEARNED_CONFIDENCE)
    )
    p_off, s_off = _rel(off, QUILL, BRANDT), _rel(off, FUND, SCHOOLS)
    assert p_off is not None and s_off is not None
    assert abs((p_off.confidence or 0) - (s_off.confidence or 0)) < 0.1


def _said(n: int, who: Actor, words: str) -> tuple[Quote, Statement]:
    quote = Quote(id=f"q{n}", kind="direct", content=_at(words), speaker=who.id,
                  confidence=0.8)  # fmt: skip
    stance = Statement(id=f"s{n}", actor=who.id, issue=Issue(id="bridge", label="the bridge"),
                       polarity=1, evidence=[quote.id], confidence=0.7,
                       text=quote.content)  # fmt: skip
    return quote, stance


def test_two_quoted_words_of_position_stay() -> None:
    # both for the new bridge: a relation of agreement read from their own words
    q1, s1 = _said(1, QUILL, "We need the new bridge.")
    q2, s2 = _said(2, BRANDT, "The new bridge must be built.")
    rels = relate_document([s1, s2], [], actors=ACTORS, quotes=[q1, q2], switches=_switches())
    said = _rel(rels, QUILL, BRANDT)
    assert said is not None and (said.confidence or 0) >= 0.2


_TIED = """
from stancemap.alignment.confidence import Doc, relation_features
from stancemap.records import Actor, Event, EvidenceRef, Relation, Span
a = Actor(id="new:person:a", name="Ana Vell", type="person", mentions=[])
b = Actor(id="new:person:b", name="Bo Rusk", type="person", mentions=[])
span = Span(start=0, end=4, text="xxxx")
kinds = ["SUPPORT", "ACCUSE", "AID", "THREATEN", "AGREE", "ASSAULT"]
events = [Event(id=f"ev{n}", type=t, trigger=span, source=[a.id], target=[b.id],
                confidence=0.8, evidence=span) for n, t in enumerate(kinds)]
rel = Relation(a=a.id, b=b.id, score=0.2, confidence=0.5,
               evidence_spans=[EvidenceRef(id=e.id, kind="event", span=span, weight=0.5)
                               for e in events])
f = relation_features(rel, Doc([a, b], events, [], []))
print(sorted(k for k, v in f.items() if k.startswith("quad_") and v))
"""


def test_features_do_not_depend_on_the_process_s_string_hashing() -> None:
    # six events tied on weight: the top one used to be the first of a set of ids, whose
    # order PYTHONHASHSEED changes, so one relation's confidence differed between runs
    import os
    import subprocess
    import sys

    seen = set()
    for seed in range(6):
        env = {**os.environ, "PYTHONHASHSEED": str(seed)}
        out = subprocess.run([sys.executable, "-c", _TIED], env=env, capture_output=True,
                             text=True, check=True).stdout  # fmt: skip
        seen.add(out.strip())
    assert len(seen) == 1, seen
    assert seen == {"['quad_verbal_coop']"}  # the first event in evidence order
