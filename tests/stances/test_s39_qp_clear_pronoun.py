"""Session 39 (QP): rules ``stances.claims.judged_pronoun`` and ``events.quotes.judged_pronoun``
(``actors/clear_pronouns.py``) - the judged rules take a
he/she/him/her as the person the actors stage resolved it to only when that person is
named in its sentence or the one before and no other person named there agrees in gender
(an honorific, the stage's he/she links), the speaker excepted. Sentences written for
these tests."""

from __future__ import annotations

from stancemap.config import load_settings
from stancemap.pipeline import Analyzer

RULES = ("stances.claims.judged_pronoun", "events.quotes.judged_pronoun")
JUDGED = (
    "stances.claims.judged_party",
    "stances.claims.judged_deed",
    "events.quotes.content_judgement",
)


def analyzer(*, on: bool, only: str | None = None) -> Analyzer:
    settings = load_settings()
    off = [r for r in settings.rules.disable if r not in (*RULES, *JUDGED)]
    off += [r for r in RULES if not on or (only is not None and r != only)]
    rules = settings.rules.model_copy(update={"disable": off, "enable": []})
    return Analyzer(settings.model_copy(update={"rules": rules}))


ON, OFF = analyzer(on=True), analyzer(on=False)
EVENTS_ONLY = analyzer(on=True, only="events.quotes.judged_pronoun")


def read(text: str, *, on: bool) -> tuple[dict[frozenset[str], float], set[tuple[str, str, str]]]:
    result = (ON if on else OFF).analyze_text(text, doc_id="s39qp", date="2016-03-02")
    names = {a.id: a.name for a in result.actors}
    pairs = {frozenset((names[r.a], names[r.b])): r.score for r in result.relations}
    events = {
        (e.type, names.get(s, s), names.get(t, t))
        for e in result.events
        for s in e.source
        for t in e.target
    }
    return pairs, events


CLEAR = (
    "Senator Mary Smith spoke in Albany on Tuesday. "
    '"She has been a disgrace to this state," Governor John Brown said.'
)


def test_a_clear_pronoun_is_the_judged_party() -> None:
    pair = frozenset(("John Brown", "Mary Smith"))
    off_pairs, off_events = read(CLEAR, on=False)
    assert pair not in off_pairs
    assert ("ACCUSE", "John Brown", "Mary Smith") not in off_events
    on_pairs, on_events = read(CLEAR, on=True)
    assert on_pairs[pair] < 0
    assert ("ACCUSE", "John Brown", "Mary Smith") in on_events


def test_praise_through_a_clear_pronoun_is_support() -> None:
    text = (
        "Senator Mary Smith spoke in Albany on Tuesday. "
        '"She is an honest and wonderful leader," Governor John Brown said.'
    )
    pair = frozenset(("John Brown", "Mary Smith"))
    assert pair not in read(text, on=False)[0]
    assert read(text, on=True)[0][pair] > 0


def test_two_people_of_one_gender_named_before_give_nothing() -> None:
    text = 'John Brown met Paul White on Monday. "He is a liar," said Mary Smith.'
    for other in ("John Brown", "Paul White"):
        assert frozenset(("Mary Smith", other)) not in read(text, on=True)[0]


def test_an_honorific_tells_the_other_person_apart() -> None:
    ambiguous = 'John Brown met Paula White on Monday. "She is a liar," said Governor Tom Green.'
    told = 'Mr. John Brown met Ms. Paula White on Monday. "She is a liar," said Governor Tom Green.'
    pair = frozenset(("Tom Green", "Paula White"))
    assert pair not in read(ambiguous, on=True)[0]
    assert read(told, on=True)[0][pair] < 0


def test_a_pronoun_named_two_sentences_back_is_not_clear() -> None:
    text = (
        "Senator Mary Smith spoke in Albany on Tuesday. The hall was full. "
        'The weather was cold. "She has been a disgrace to this state," Governor John Brown said.'
    )
    assert frozenset(("John Brown", "Mary Smith")) not in read(text, on=True)[0]


def test_each_rule_acts_in_its_own_stage() -> None:
    """The events rule alone makes the ACCUSE event (a reported event, which the relation
    scorer weighs); the stances rule alone makes the statement."""
    result = EVENTS_ONLY.analyze_text(CLEAR, doc_id="s39qp", date="2016-03-02")
    names = {a.id: a.name for a in result.actors}
    events = {(e.type, names[e.source[0]], names[e.target[0]]) for e in result.events}
    assert ("ACCUSE", "John Brown", "Mary Smith") in events
    assert not any(names.get(s.target or "") == "Mary Smith" for s in result.statements)
