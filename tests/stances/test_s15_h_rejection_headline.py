"""Session 15 (engineer H, issue 14): a rejection answers whose claims they are
(``stances.relations.claim_owner``), a claim named by a word only WordNet signs
(``stances.relations.naming_wordnet_sign``, with the shipped-off
``stances.relations.response_naming``), and a title-case headline parsed again in lower case
(``stances.relations.headline_second_parse``). Passages written for these tests (real office
holders, invented events); each rule switched off loses what it reads.
"""

from __future__ import annotations

from relation_probe import relation_score

OWNER = "stances.relations.claim_owner"
NAMING = "stances.relations.response_naming"
WORDNET = "stances.relations.naming_wordnet_sign"
SECOND = "stances.relations.headline_second_parse"


_score = relation_score


ACCUSED = (
    "Congolese President Felix Tshisekedi accused Rwandan President Paul Kagame on Sunday "
    "of arming the rebels in the east. Kenyan President William Ruto said the region could "
    "not afford another war. Kagame rejected the accusations in a statement on Monday."
)


def test_a_rejection_answers_the_accuser_not_the_speaker_nearest(analyzer) -> None:  # type: ignore[no-untyped-def]
    # off: the nearest earlier speaker (Ruto, who accused nobody) is taken for the claimant
    off = _score(analyzer, ACCUSED, "Kagame", "Ruto", disable=[OWNER])
    assert off is not None and off < 0
    assert _score(analyzer, ACCUSED, "Kagame", "Ruto") is None
    on = _score(analyzer, ACCUSED, "Kagame", "Tshisekedi")
    assert on is not None and on < 0


SAID_WORDS = (
    "Zambian opposition leader Hakainde Hichilema said on Monday that the copper "
    "contracts had been signed in secret. South African President Cyril Ramaphosa said trade "
    "between the two countries would grow. "
    "President Edgar Lungu denied the copper allegations on Tuesday."
)


def test_a_rejection_answers_who_said_the_claims_own_words(analyzer) -> None:  # type: ignore[no-untyped-def]
    on = _score(analyzer, SAID_WORDS, "Lungu", "Hichilema")
    assert on is not None and on < 0
    assert _score(analyzer, SAID_WORDS, "Lungu", "Hichilema", disable=[OWNER]) is None


GROUNDLESS = (
    "Ghanaian opposition leader John Mahama said on Wednesday that the cocoa board had "
    "hidden its losses. President Nana Akufo-Addo called the claims groundless on Thursday."
)


def test_a_claim_named_groundless_answers_its_author(analyzer) -> None:  # type: ignore[no-untyped-def]
    on = _score(analyzer, GROUNDLESS, "Akufo", "Mahama", enable=[NAMING, WORDNET])
    assert on is not None and on < 0
    off = _score(analyzer, GROUNDLESS, "Akufo", "Mahama", enable=[NAMING], disable=[WORDNET])
    assert off is None


UNFOUNDED = (
    "Zimbabwean opposition leader Nelson Chamisa said on Monday that ballots had been "
    "printed twice. President Emmerson Mnangagwa called the allegations unfounded in a "
    "speech on Tuesday."
)


def test_a_claim_named_unfounded_after_the_noun_answers_its_author(analyzer) -> None:  # type: ignore[no-untyped-def]
    on = _score(analyzer, UNFOUNDED, "Mnangagwa", "Chamisa", enable=[NAMING, WORDNET])
    assert on is not None and on < 0
    off = _score(analyzer, UNFOUNDED, "Mnangagwa", "Chamisa", enable=[NAMING], disable=[WORDNET])
    assert off is None


TITLE_CASE = """Bukele Berates Petro Over Migrant Flights

SAN SALVADOR, May 2 - Salvadoran President Nayib Bukele spoke at a graduation on Thursday. Colombian President Gustavo Petro was in Bogota for a cabinet meeting."""

SENTENCE_CASE_VISIT = """Bukele Visits Petro In Bogota

BOGOTA, May 2 - Salvadoran President Nayib Bukele arrived in Bogota on Thursday. Colombian President Gustavo Petro met him at the airport."""


def test_a_title_case_headline_is_read_from_a_lower_case_parse(analyzer) -> None:  # type: ignore[no-untyped-def]
    on = _score(analyzer, TITLE_CASE, "Bukele", "Petro")
    assert on is not None and on < 0
    assert _score(analyzer, TITLE_CASE, "Bukele", "Petro", disable=[SECOND]) is None


def test_a_title_case_headline_of_no_judgment_relates_nobody_against(analyzer) -> None:  # type: ignore[no-untyped-def]
    score = _score(analyzer, SENTENCE_CASE_VISIT, "Bukele", "Petro")
    assert score is None or score > 0


SAID = "stances.relations.claimant_said"
ACT_BETWEEN = (
    "Zambian opposition leader Hakainde Hichilema said on Monday that the mine sale had been "
    "rigged. Botswana President Mokgweetsi Masisi welcomed the new railway. President Edgar "
    "Lungu rejected the claims on Tuesday."
)


def test_an_act_told_between_is_no_claim_a_rejection_answers(analyzer) -> None:  # type: ignore[no-untyped-def]
    # "welcomed the new railway" reports an act: off, its doer is taken for the claimant
    off = _score(analyzer, ACT_BETWEEN, "Lungu", "Masisi", disable=[SAID])
    assert off is not None and off < 0
    assert _score(analyzer, ACT_BETWEEN, "Lungu", "Masisi") is None
    on = _score(analyzer, ACT_BETWEEN, "Lungu", "Hichilema")
    assert on is not None and on < 0
