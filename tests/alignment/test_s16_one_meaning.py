"""One meaning of a relation wherever it is made (session 16): a long document's window
path and a store's re-resolution compute relations with the pipeline's rule switches, so
they keep and drop the same relations with the same learned confidence as the ordinary
path (``alignment.relations.learned_confidence``, on since session 17: on here, and off for
the other meaning)."""

from __future__ import annotations

from typing import Any

import pytest

from stancemap.config import load_settings
from stancemap.records import Actor, Analysis, Relation
from stancemap.store import Store
from stancemap.store.reader import load_analysis
from stancemap.store.reresolve import relink, reresolve

# one actor pair per paragraph, so cutting the text between paragraphs loses nothing
PARAGRAPHS = [
    "President Ana Lopez of Chile accused Argentina of stealing water from the river on Monday.",
    "Senator Mark Holt praised Governor Lisa Grant for her plan to cut taxes, calling it brave.",
    "The French foreign minister met his German counterpart in Berlin to sign a trade agreement.",
    "Activists criticised the police for arresting journalists at the rally in the capital.",
    "Prime Minister Tomas Berg of Norway thanked Sweden for sending firefighters to the north.",
    "The mayor of Lyon, Paul Marchand, said the new stadium would bring jobs to the city.",
    "Rebels in the east attacked an army convoy near the border, killing three soldiers.",
    "Kenya and Tanzania agreed to build a railway linking their two largest ports by 2030.",
    "The opposition leader Maria Costa rejected the budget and called on voters to protest.",
    "Officials in Ottawa said Canada would impose new tariffs on steel from Brazil next month.",
    "The union chief Peter Wall warned the airline that pilots would strike over pay cuts.",
    "Japan condemned North Korea for firing a missile over its northern island on Sunday.",
]
TEXT = "\n\n".join(PARAGRAPHS) + "\n"
DISABLE = ["alignment.relations.learned_confidence"]
# the shipped switches with the two learned rules on (as a user's [rules] enable would)
LEARNED_ON = [r for r in load_settings().rules.disable if r not in DISABLE]


def _key(relation: Relation) -> tuple[Any, ...]:
    """A relation without its record ids (windows number statements in another order)."""
    pieces = sorted(
        (p.kind, p.span.start if p.span else -1, p.span.end if p.span else -1, p.weight, p.via)
        for p in relation.evidence_spans
    )
    carried = relation.carried.model_dump() if relation.carried is not None else None
    return (
        relation.a,
        relation.b,
        relation.agree,
        relation.disagree,
        relation.cooperation,
        relation.conflict,
        relation.score,
        relation.confidence,
        carried,
        pieces,
    )


@pytest.fixture(scope="module")
def whole(analyzer: Any) -> Analysis:
    over = {"ingest": {"window_chars": 1_000_000}, "rules": {"enable": DISABLE}}
    pipeline = analyzer.derive(load_settings(None, over))
    result: Analysis = pipeline.analyze(TEXT, doc_id="one-meaning", date="2024-05-02")
    return result


def _windowed(
    analyzer: Any, enable: list[str] = DISABLE, disable: tuple[str, ...] = ()
) -> Analysis:
    rules = {"enable": enable, "disable": list(disable)}
    over: dict[str, Any] = {"ingest": {"window_chars": 1000}, "rules": rules}
    pipeline = analyzer.derive(load_settings(None, over))
    result: Analysis = pipeline.analyze(TEXT, doc_id="one-meaning", date="2024-05-02")
    return result


@pytest.mark.slow
def test_a_long_document_has_the_relations_of_the_ordinary_path(analyzer, whole) -> None:  # type: ignore[no-untyped-def]
    windowed = _windowed(analyzer)
    assert len(TEXT) > 1000  # the window path ran
    assert len(whole.relations) >= 3
    assert [_key(r) for r in windowed.relations] == [_key(r) for r in whole.relations]


@pytest.mark.slow
def test_the_window_path_follows_the_rule_switches(analyzer, whole) -> None:  # type: ignore[no-untyped-def]
    # with the learned rules off the window path gives the other meaning (the noisy-or and
    # every relation), so the equality above is the switches', not a coincidence
    off = _windowed(analyzer, [], disable=tuple(DISABLE))  # the learned rule off
    assert [_key(r) for r in off.relations] != [_key(r) for r in whole.relations]


def _role_changer(analysis: Analysis) -> Any:
    """A KB update that gives one actor of ``analysis`` a role (its id stays)."""
    target = next(a for a in analysis.actors if a.id.startswith("country:"))

    def resolve(name: str, when: str | None) -> Actor | None:
        if name == target.name:
            return target.model_copy(update={"role": "a role the KB learnt", "mentions": []})
        return None

    return resolve


@pytest.mark.slow
def test_relink_recomputes_the_relations_the_pipeline_made(whole) -> None:  # type: ignore[no-untyped-def]
    from stancemap.rules import RuleSwitches

    relinked, changed = relink(whole, _role_changer(whole), RuleSwitches(LEARNED_ON))
    assert changed == 1
    assert relinked.relations == whole.relations


@pytest.mark.slow
def test_a_reresolved_store_keeps_the_pipeline_relations(whole, tmp_path) -> None:  # type: ignore[no-untyped-def]
    with Store(str(tmp_path / "store.db")) as store:
        store.write(whole)
        from stancemap.rules import RuleSwitches

        counts = reresolve(store, _role_changer(whole), RuleSwitches(LEARNED_ON))
        assert counts.changed_documents == 1
        back = load_analysis(store, whole.document.id)
    assert back is not None
    assert sorted(map(_key, back.relations)) == sorted(map(_key, whole.relations))


@pytest.mark.slow
def test_reresolve_follows_the_switches_it_is_given(whole, tmp_path) -> None:  # type: ignore[no-untyped-def]
    from stancemap.rules import RuleSwitches

    # the shipped rules with the learned confidence off (session 64: not every rule on but it)
    relinked, _ = relink(whole, _role_changer(whole), RuleSwitches.shipped(off=DISABLE))
    assert [_key(r) for r in relinked.relations] != [_key(r) for r in whole.relations]
