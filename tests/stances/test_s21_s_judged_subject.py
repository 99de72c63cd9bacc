"""Session 21 (S, second task): rule ``stances.claims.judged_subject`` - a quoted clause
whose subject is another named party is the speaker's position towards that party, signed
by the learned claim model at its threshold. Sentences written for these tests."""

from __future__ import annotations

from stancemap.config import load_settings
from stancemap.pipeline import Analyzer
from stancemap.stances.judged_gates import GATES

RULE = "stances.claims.judged_subject"
PRAISE = (
    "Kenyan President William Ruto said Ugandan President Yoweri Museveni was a reliable "
    "partner who had helped bring peace to the region."
)


def analyzer(*, on: bool) -> Analyzer:
    settings = load_settings()
    off = [r for r in settings.rules.disable if r != RULE]
    if not on:
        off.append(RULE)
    off += GATES  # session 37's gates off: this file reads the rule alone
    off.append("stances.claims.judged_subject_defers")  # session 45: the rule alone, too
    off.append("stances.claims.judged_party")  # on since session 37: it reads copular praise too
    # session 38: the events stage reads the same quoted judgements as ACCUSE/SUPPORT events
    off.append("events.quotes.content_judgement")
    rules = settings.rules.model_copy(update={"disable": off})
    return Analyzer(settings.model_copy(update={"rules": rules}))


def pairs(text: str, *, on: bool) -> dict[frozenset[str], float]:
    result = analyzer(on=on).analyze_text(text, doc_id="s21s2", date="2025-03-02")
    names = {a.id: a.name for a in result.actors}
    return {frozenset((names[r.a], names[r.b])): r.score for r in result.relations}


def test_praised_subject_is_the_speakers_ally() -> None:
    pair = frozenset(("William Ruto", "Yoweri Museveni"))
    assert pair not in pairs(PRAISE, on=False)
    assert pairs(PRAISE, on=True)[pair] > 0


def test_a_conditional_judges_no_one() -> None:
    text = (
        "Kenyan President William Ruto said that if Ugandan President Yoweri Museveni "
        "stayed away, the summit would be a reliable failure."
    )
    assert pairs(text, on=True) == pairs(text, on=False)


def test_the_speaker_on_himself_is_no_relation() -> None:
    text = (
        "Kenyan President William Ruto said he was a reliable partner who had helped bring "
        "peace to the region."
    )
    assert all(len(p) == 2 for p in pairs(text, on=True))
    assert not any("William Ruto" in p for p in pairs(text, on=True))


def test_a_prescription_judges_no_one() -> None:
    text = (
        "Kenyan President William Ruto said Ugandan President Yoweri Museveni should be a "
        "reliable partner who helps bring peace to the region."
    )
    assert pairs(text, on=True) == pairs(text, on=False)


def test_a_finding_is_no_position(monkeypatch) -> None:  # type: ignore[no-untyped-def]
    """Session 21 (S, third task): a cue the reporting lexicon files as evidence ("found",
    "showed") reports a finding, not the speaker's position."""
    import stancemap.stances.judged_subject as judged

    text = (
        "Kenyan economist James Mwangi found that Ugandan President Yoweri Museveni was a "
        "reliable partner who had helped bring peace to the region."
    )
    pair = frozenset(("James Mwangi", "Yoweri Museveni"))
    assert pair not in pairs(text, on=True)
    monkeypatch.setattr(judged, "_reports_position", lambda doc, quote: True)
    assert pairs(text, on=True)[pair] > 0


def test_a_news_outlet_holds_no_position(monkeypatch) -> None:  # type: ignore[no-untyped-def]
    """Session 21 (S, third task): a newspaper reporting a judgement does not side."""
    import stancemap.stances.judged_subject as judged

    text = (
        "The Kenyan newspaper Daily Nation reported that Ugandan President Yoweri Museveni "
        "was a reliable partner who had helped bring peace to the region."
    )
    assert not pairs(text, on=True)
    monkeypatch.setattr(judged, "_voice", lambda speaker, actors: True)
    assert pairs(text, on=True)
