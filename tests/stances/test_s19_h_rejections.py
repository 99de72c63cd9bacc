"""Session 19 (engineer H, issue 14): rejections linked to the claimant through a claim set
aside by a particle (``stances.relations.dismiss_particle``) or judged in a quote
(``stances.relations.judged_claim``); headline rivalries named by a WordNet noun of conflict
(``stances.relations.headline_rivalry_noun``). Passages written for these tests (real office
holders, invented events); each rule switched off loses what it reads. response_prep is on
since the blind W5 set (+1 pair on its tune part). (speech_nouns and wordnet_judging were
removed in session 21: shipped off, no gain on any blind set.)
"""

from __future__ import annotations

from relation_probe import relation_score

PARTICLE = "stances.relations.dismiss_particle"
JUDGED = "stances.relations.judged_claim"
RIVALRY = "stances.relations.headline_rivalry_noun"
PREP = "stances.relations.response_prep"
NAMING_WORDNET = "stances.relations.naming_wordnet_sign"


_score = relation_score


REMARKS_FROM = (
    "President William Ruto waved away the remarks from opposition leader Raila Odinga "
    "about the port deal on Friday."
)


def test_remarks_set_aside_answer_their_named_author(analyzer) -> None:  # type: ignore[no-untyped-def]
    on = _score(analyzer, REMARKS_FROM, "Ruto", "Odinga", enable=[PARTICLE])
    assert on is not None and on < 0
    assert _score(analyzer, REMARKS_FROM, "Ruto", "Odinga", disable=[PARTICLE]) is None


def test_a_plan_set_aside_is_no_rejection_of_a_claimant(analyzer) -> None:  # type: ignore[no-untyped-def]
    text = (
        "Kenyan opposition leader Raila Odinga said on Monday that the port deal was too "
        "expensive. President William Ruto set the budget plan aside on Friday."
    )
    assert _score(analyzer, text, "Ruto", "Odinga", enable=[PARTICLE]) is None


JUDGED_FALSE = (
    "Ghanaian opposition leader John Mahama said on Wednesday that the cocoa board had "
    "hidden its losses. President Nana Akufo-Addo said on Thursday that the claims were false."
)


def test_a_claim_said_to_be_false_answers_its_author(analyzer) -> None:  # type: ignore[no-untyped-def]
    on = _score(analyzer, JUDGED_FALSE, "Akufo", "Mahama")
    assert on is not None and on < 0
    assert _score(analyzer, JUDGED_FALSE, "Akufo", "Mahama", disable=[JUDGED]) is None


def test_a_claim_said_to_be_true_is_no_rejection(analyzer) -> None:  # type: ignore[no-untyped-def]
    text = JUDGED_FALSE.replace("were false", "were accurate")
    rel = _score(analyzer, text, "Akufo", "Mahama")
    assert rel is None or rel > 0


ROW = (
    "Ruto and Museveni in new row over lake fishing\n\n"
    "NAIROBI, May 2 - Kenyan President William Ruto opened a fish market in Kisumu on "
    "Monday. Ugandan President Yoweri Museveni toured a dairy in Mbarara."
)


def test_a_headline_row_sets_the_parties_before_it_apart(analyzer) -> None:  # type: ignore[no-untyped-def]
    on = _score(analyzer, ROW, "Ruto", "Museveni")
    assert on is not None and on < 0
    assert _score(analyzer, ROW, "Ruto", "Museveni", disable=[RIVALRY]) is None


def test_a_headline_war_they_discuss_is_no_rivalry(analyzer) -> None:  # type: ignore[no-untyped-def]
    text = ROW.replace("in new row over lake fishing", "discuss war in Sudan")
    rel = _score(analyzer, text, "Ruto", "Museveni")
    assert rel is None or rel > 0


def test_a_headline_war_of_words_between_two(analyzer) -> None:  # type: ignore[no-untyped-def]
    text = ROW.replace(
        "Ruto and Museveni in new row over lake fishing", "War of words between Ruto and Museveni"
    )
    on = _score(analyzer, text, "Ruto", "Museveni")
    assert on is not None and on < 0
    assert _score(analyzer, text, "Ruto", "Museveni", disable=[RIVALRY]) is None


SCOFFED = (
    "Ugandan opposition leader Bobi Wine said on Monday that the election commission had "
    "rigged the count. President Yoweri Museveni scoffed at the claim on Tuesday."
)


def test_a_claim_scoffed_at_answers_its_nearest_author(analyzer) -> None:  # type: ignore[no-untyped-def]
    on = _score(analyzer, SCOFFED, "Museveni", "Wine", enable=[PREP])
    assert on is not None and on < 0
    assert _score(analyzer, SCOFFED, "Museveni", "Wine", disable=[PREP]) is None


def test_a_claim_looked_at_is_no_rejection(analyzer) -> None:  # type: ignore[no-untyped-def]
    text = SCOFFED.replace("scoffed at the claim", "looked at the claim")
    assert _score(analyzer, text, "Museveni", "Wine", enable=[PREP]) is None
