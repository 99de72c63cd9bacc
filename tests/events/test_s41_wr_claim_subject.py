"""Session 41 (engineer WR): ``events.args.claim_subject_no_target``.

The subject of a finite, indicative complement clause (a claim: "learned that Russia no
longer ...", "recognized that Haddad would not ...") is no target of an event whose verb is
one of knowing, perceiving or feeling (WordNet's first sense), unless the event is ACCUSE,
THREATEN or REJECT; a speech verb keeps it ("suggested that Haddad posed a threat"), and a
hostile verbal event too ("alleged that Russia was
behind", "warned that Ukraine would pay"), and so does a request's subjunctive or
should-clause ("demanded that Russia withdraw", "urged that Haddad should resign").

Sentences written for these tests, with the hand-fixed actors of
``test_sense_pairs.cast_layer`` (Novak, Haddad, Moreau, Russia, Ukraine ...)."""

from __future__ import annotations

import pytest
from misread_helpers import StageRunner

from stancemap.events.claim_subjects import claim_clause, keeps_claim_subject

RULE = "events.args.claim_subject_no_target"


@pytest.fixture(scope="module")
def runner(analyzer):
    return StageRunner(analyzer)


def _targets(runner, text, word, off=()):
    found = runner.on(text, word, off)
    assert len(found) == 1, runner.events(text, off)
    return found[0].target


@pytest.mark.parametrize(
    ("text", "word"),
    [
        ("Novak recognized that Haddad would not back down.", "recognized"),
        ("Novak recognized that Russia would not back down on the border.", "recognized"),
    ],
)
def test_a_known_claims_subject_is_no_target(runner, text, word):
    off = runner.on(text, word, (RULE,))
    assert len(off) == 1 and off[0].target  # the rule off: the claim's subject is the target
    assert all(not e.target for e in runner.on(text, word))


def test_a_speech_verbs_claim_keeps_its_subject(runner):
    # "suggest" is a verb of communication: what is suggested of Haddad is about him
    text = "Novak suggested that Haddad posed a threat to the party."
    assert "p:Haddad" in _targets(runner, text, "suggested")


@pytest.mark.parametrize(
    ("text", "word", "target"),
    [
        ("Novak alleged that Russia was behind the release of the emails.", "alleged", "c:RUS"),
        ("Novak warned that Ukraine would pay a heavy price.", "warned", "c:UKR"),
        ("Novak demanded that Russia withdraw its troops from Ukraine.", "demanded", "c:RUS"),
        ("Novak urged that Haddad should resign at once.", "urged", "p:Haddad"),
    ],
)
def test_charges_threats_and_demands_keep_the_clause_subject(runner, text, word, target):
    assert target in _targets(runner, text, word)
    assert _targets(runner, text, word) == _targets(runner, text, word, (RULE,))


def test_claim_clause_reads_tense_and_modals(analyzer):
    nlp = analyzer.nlp

    def ccomp(text):
        return next(t for t in nlp(text) if t.dep_ == "ccomp")

    assert claim_clause(ccomp("He said that Russia was behind it."))
    assert claim_clause(ccomp("He suggested that Russia could default."))
    assert not claim_clause(ccomp("He demanded that Russia withdraw its troops."))
    assert not claim_clause(ccomp("He urged that Haddad should resign."))
    assert keeps_claim_subject("ACCUSE", "recognize")
    assert not keeps_claim_subject("SUPPORT", "recognize")  # verb.cognition
    assert not keeps_claim_subject(None, "learn")
    assert keeps_claim_subject("REQUEST", "suggest")  # verb.communication
