"""Session 20 (engineer H, issue 14): a thing named untrue or senseless is someone's words
(``stances.relations.falsity_claim``, WordNet's false/untrue/incorrect/illogical adjectives and
the nouns under falsehood and nonsense, data/stances/falsity_words.txt), and a noun of
contradicting owned by a speaker answers the nearest claimant
(``stances.relations.refutation_noun``, data/stances/refutation_nouns.txt). Passages written
for these tests (real office holders, invented events); each rule switched off loses what it
reads.
"""

from __future__ import annotations

from relation_probe import relation_score

FALSITY = "stances.relations.falsity_claim"
REFUTATION = "stances.relations.refutation_noun"

_score = relation_score


FIGURES = (
    "Kenyan opposition leader Raila Odinga said on Monday that the treasury had lost 40 "
    "billion shillings on the port deal. On Tuesday President William Ruto described "
    "Odinga's numbers as fictitious."
)


def test_numbers_named_fictitious_answer_their_owner(analyzer) -> None:  # type: ignore[no-untyped-def]
    on = _score(analyzer, FIGURES, "Ruto", "Odinga")
    assert on is not None and on < 0
    assert _score(analyzer, FIGURES, "Ruto", "Odinga", disable=[FALSITY]) is None


def test_a_thing_named_only_bold_is_no_rejection(analyzer) -> None:  # type: ignore[no-untyped-def]
    text = FIGURES.replace("fictitious", "ambitious")
    assert _score(analyzer, text, "Ruto", "Odinga") is None


ACCOUNT_FALSE = (
    "Zambian opposition leader Hakainde Hichilema told supporters in Lusaka that the "
    "government had sold two copper mines in secret. Speaking in parliament on Thursday, "
    "President Edgar Lungu said the tale was untrue."
)


def test_a_tale_said_to_be_untrue_answers_the_claimant(analyzer) -> None:  # type: ignore[no-untyped-def]
    on = _score(analyzer, ACCOUNT_FALSE, "Lungu", "Hichilema")
    assert on is not None and on < 0
    assert _score(analyzer, ACCOUNT_FALSE, "Lungu", "Hichilema", disable=[FALSITY]) is None


def test_a_tale_said_to_be_long_is_no_answer(analyzer) -> None:  # type: ignore[no-untyped-def]
    text = ACCOUNT_FALSE.replace("was untrue", "was long")
    assert _score(analyzer, text, "Lungu", "Hichilema") is None


REBUTTAL = (
    "Ghanaian opposition leader John Mahama said on Monday that the new levy had doubled "
    "the price of bread. President Nana Akufo-Addo's rebuttal followed the next morning on "
    "state radio."
)


def test_a_rebuttal_owned_by_a_speaker_answers_the_claimant(analyzer) -> None:  # type: ignore[no-untyped-def]
    on = _score(analyzer, REBUTTAL, "Akufo-Addo", "Mahama")
    assert on is not None and on < 0
    assert _score(analyzer, REBUTTAL, "Akufo-Addo", "Mahama", disable=[REFUTATION]) is None


def test_a_rebuttal_with_no_earlier_claim_answers_no_one(analyzer) -> None:  # type: ignore[no-untyped-def]
    text = (
        "Ghanaian opposition leader John Mahama visited a market in Accra on Monday. "
        "President Nana Akufo-Addo's rebuttal followed the next morning on state radio."
    )
    assert _score(analyzer, text, "Akufo-Addo", "Mahama") is None


def test_an_idea_said_to_be_absurd_is_no_one_s_words(analyzer) -> None:  # type: ignore[no-untyped-def]
    text = (
        "Zambian opposition leader Hakainde Hichilema told supporters in Lusaka that the "
        "government should sell two copper mines. Speaking in parliament on Thursday, "
        "President Edgar Lungu said the idea was absurd."
    )
    # "idea" names no thing said (WordNet's communication): a judgement of a proposal,
    # which the claim rules read, not an answer to its author by falsity_claim
    on = relation_score(analyzer, text, "Lungu", "Hichilema")
    off = relation_score(analyzer, text, "Lungu", "Hichilema", disable=[FALSITY])
    assert on == off


ANTECEDENT = "stances.relations.claim_antecedent"

THAT_REPORT = (
    "Kenyan opposition leader Raila Odinga said on Monday that the vote had been stolen. On "
    "Tuesday a report by Amnesty International said that police had shot protesters in "
    "Kisumu. Interior minister Kithure Kindiki called that report a fabrication."
)


def test_that_report_is_the_one_a_named_author_wrote(analyzer) -> None:  # type: ignore[no-untyped-def]
    on = _score(analyzer, THAT_REPORT, "Kindiki", "Amnesty")
    assert on is not None and on < 0
    assert _score(analyzer, THAT_REPORT, "Kindiki", "Odinga") is None
    # off, the nearest earlier speaker is taken for the report's author
    off = _score(analyzer, THAT_REPORT, "Kindiki", "Odinga", disable=[ANTECEDENT])
    assert off is not None and off < 0


PACK = (
    "Zambian opposition leader Hakainde Hichilema said on Monday that the government had sold "
    "two copper mines in secret. On Tuesday President Edgar Lungu branded the allegations a "
    "pack of lies."
)


def test_allegations_branded_a_pack_of_lies_answer_the_claimant(analyzer) -> None:  # type: ignore[no-untyped-def]
    on = _score(analyzer, PACK, "Lungu", "Hichilema")
    assert on is not None and on < 0
    assert _score(analyzer, PACK, "Lungu", "Hichilema", disable=[FALSITY]) is None


def test_charges_described_as_fabricated_answer_the_claimant(analyzer) -> None:  # type: ignore[no-untyped-def]
    text = PACK.replace(
        "branded the allegations a pack of lies", "described the charges as fabricated"
    )
    on = _score(analyzer, text, "Lungu", "Hichilema")
    assert on is not None and on < 0
    assert _score(analyzer, text, "Lungu", "Hichilema", disable=[FALSITY]) is None
