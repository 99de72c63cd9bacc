"""Session 17: a trigger verb heading a WordNet multiword verb its clause realises
(events/multiwords.py, data/events/multiword_verbs.tsv).

Sentences written for these tests, in pairs: the idiom (no event) and a literal use of
the same verb (the event stays). Actors are fixed by hand (test_sense_pairs.CAST), so the
test measures the events stage's rules, not the actor linker.
"""

from __future__ import annotations

import pytest
from misread_helpers import StageRunner

from stancemap.datafiles import read_table
from stancemap.events import wordnet_import
from stancemap.events.multiwords import EVENT_LEXNAMES, multiword_table

# session 24 (N): bare CAMEO 04/06 rows with no counterpart are no event too: that rule must be off as well
BARE_PARTNER = "events.sense.bare_partner_code_needs_partner"
MULTIWORD = "events.trigger.multiword_no_event"
NO_PARTY = "events.sense.no_political_party"  # session 55: on; it drops these on its own too


@pytest.fixture(scope="module")
def types_of(analyzer):
    """Event types on a trigger's first word, with every rule on or with some switched off."""
    runner = StageRunner(analyzer)

    def run(text: str, trigger: str, disable: tuple[str, ...] = ()) -> list[str]:
        events = runner.events(text, disable, date="2016-06-17")
        return [e.type for e in events if e.trigger.text.split()[0] == trigger]

    return run


# (idiom, its verb) - (literal use of the same verb, its verb, the type it keeps)
PAIRS = [
    (
        ("Young voters made up half of the crowd in Ohio.", "made"),
        ("Russia made an offer to Ukraine on the islands.", "made", None),
    ),
    (
        ("Novak has not made up his mind about the treaty.", "made"),
        ("Russia made an offer to Ukraine on the islands.", "made", None),
    ),
    (
        ("Haddad made up the quote about Novak.", "made"),
        ("Russia made an offer to Ukraine on the islands.", "made", None),
    ),
    (
        ("Christians make up less than half of the refugees in Ohio.", "make"),
        ("Russia made an offer to Ukraine on the islands.", "made", None),
    ),
    (
        ("The talks took place in Khartoum last week.", "took"),
        ("Russia took the city of Aleppo.", "took", "COERCE"),
    ),
    (
        ("The war took place in Syria.", "took"),
        ("Syria took over the town.", "took", "COERCE"),
    ),
    (
        ("Novak is sizing up the field of candidates.", "sizing"),
        ("Israel broke off talks with Syria.", "broke", "SANCTION"),
    ),
    (
        ("Haddad hit the roof when he saw the figures.", "hit"),
        ("Russian troops hit Ukraine's army near the border.", "hit", "ASSAULT"),
    ),
    (
        ("Novak dressed up as a pirate for the rally.", "dressed"),
        ("Novak met with Haddad in Warsaw.", "met", "CONSULT"),
    ),
    (
        ("Haddad played up his strength in the polls.", "played"),
        ("Russia turned down the offer from Ukraine.", "turned", "REJECT"),
    ),
    (
        ("Novak ticked off a list of issues.", "ticked"),
        ("Novak called off the meeting with Haddad.", "called", None),
    ),
    (
        ("The plan was set back by the storm.", "set"),
        ("Russia set up a base in Syria.", "set", None),
    ),
    (
        ("Novak checked out the website.", "checked"),
        ("Russia pulled out of the treaty with Ukraine.", "pulled", "RETREAT"),
    ),
    (
        ("The rally churned up new supporters for Novak.", "churned"),
        ("Novak came to Khartoum on Tuesday.", "came", "CONSULT"),
    ),
    (
        ("Novak broke through with young voters.", "broke"),
        ("Israel broke off talks with Syria.", "broke", "SANCTION"),
    ),
    (
        ("Haddad bore out the claim in his report.", "bore"),
        ("Russia backed out of the deal with Ukraine.", "backed", None),
    ),
]

# idioms the rule alone keeps out (coded with it off)
RULE_DECIDES = [idiom for idiom, _ in PAIRS]

# idioms that are no event whatever the rule (other rules or no lexicon row)
ALSO_NO_EVENT = [
    ("The movement came of age during the war.", "came"),
    ("The law took effect in January.", "took"),
    ("The reform took root in Ohio.", "took"),
    ("Haddad took his place as leader of the party.", "took"),
    ("Novak made sense of the figures.", "made"),
]

# literal uses of multiword verbs whose most frequent sense is an act: they stay
LITERAL_MULTIWORDS = [
    ("Israel took part in the talks with Syria.", "took"),
    ("Russia gave up its claim to the islands.", "gave"),
    ("Russia stepped up its attacks on Ukraine.", "stepped"),
    ("Protests broke out in Cairo after the vote.", "Protests"),
    ("Fighting broke out in Aleppo.", "broke"),
]


@pytest.mark.parametrize(("text", "trigger"), RULE_DECIDES)
def test_an_idiom_of_no_act_is_no_event(types_of, text, trigger):
    assert types_of(text, trigger) == []
    # the rule makes the difference: switched off, a word of the idiom is coded (and kept:
    # "has not made up his mind" read as a negated COOPERATE scores 0.203, which session 34's
    # marked threshold for the low types, events.reality.mode_thresholds, would drop)
    # (session 60: events.sense.thing_doer_no_force also reads "The talks took place" as no
    # force - a doer that is an act noun's thing; off here to show this rule's part)
    off = (
        MULTIWORD,
        BARE_PARTNER,
        "events.reality.mode_thresholds",
        NO_PARTY,
        "events.sense.thing_doer_no_force",
    )
    assert types_of(text, trigger, off) != []


@pytest.mark.parametrize(("idiom", "literal"), PAIRS)
def test_the_literal_use_of_the_verb_stays(types_of, idiom, literal):
    text, trigger, expect = literal
    found = types_of(text, trigger)
    if expect is None:
        assert types_of(text, trigger) == types_of(text, trigger, (MULTIWORD,))
    else:
        assert expect in found


@pytest.mark.parametrize(("text", "trigger"), ALSO_NO_EVENT)
def test_other_idioms_are_no_event(types_of, text, trigger):
    assert types_of(text, trigger) == []


@pytest.mark.parametrize(("text", "trigger"), LITERAL_MULTIWORDS)
def test_a_multiword_of_an_act_keeps_its_event(types_of, text, trigger):
    assert types_of(text, trigger) != []
    assert types_of(text, trigger) == types_of(text, trigger, (MULTIWORD,))


def test_a_preposition_alone_is_no_multiword(types_of):
    # "come to" is a WordNet verb (its first sense: to occur to someone), but "to Kyiv"
    # is the verb's place: the visit stays
    assert "CONSULT" in types_of("Novak came to Khartoum on Tuesday.", "came")
    # a hyphened word is part of a compound, never a particle ("held a sit-in")
    assert types_of("Protesters held a sit-in outside the ministry.", "held") != []


def test_the_table_holds_the_multiwords_and_their_lexnames():
    table = multiword_table()
    by_phrase = {" ".join(e.words): e for entries in table.values() for e in entries}
    assert by_phrase["make up"].lexnames[0] == "stative"
    assert by_phrase["come of age"].lexnames == ("social",)
    assert by_phrase["make up one's mind"].lexnames[0] == "cognition"
    assert by_phrase["take part"].synonyms == ("participate",)
    assert "social" in EVENT_LEXNAMES and "stative" not in EVENT_LEXNAMES
    # longest first: "make up one's mind" is tried before "make up"
    makes = [" ".join(e.words) for e in table["make"]]
    assert makes.index("make up one's mind") < makes.index("make up")


@pytest.mark.skipif(not (wordnet_import.WORDNET / "data.verb").exists(), reason="no WordNet")
def test_the_importer_reproduces_the_multiword_table():
    rows = wordnet_import.multiword_verbs(wordnet_import.WORDNET)
    shipped = read_table("events/multiword_verbs.tsv", required=("phrase", "lexnames", "synonyms"))
    assert [(p, ",".join(n), " ".join(s) or "-") for p, n, s in rows] == [
        (r["phrase"], r["lexnames"], r["synonyms"]) for r in shipped
    ]


CONSULT_RULE = "events.trigger.consult_needs_party"
PATIENT_NO_OWN_CODE = "events.frame.patient_support_no_own_code"


@pytest.mark.parametrize(
    ("text", "trigger"),
    [
        ("Novak will discuss his new book on the radio.", "discuss"),
        ("Novak faces a huge challenge in Ohio.", "faces"),
        ("Novak consulted the report before the vote.", "consulted"),
    ],
)
def test_a_consultation_with_no_party_is_no_event(types_of, text, trigger):
    assert "CONSULT" not in types_of(text, trigger)
    assert "AGREE" not in types_of(text, trigger)
    # session 28: a verb of undergoing over a noun naming no one has no bare reading either
    # ("faces a huge challenge": events.frame.patient_support_no_own_code)
    assert types_of(text, trigger, (CONSULT_RULE, BARE_PARTNER, PATIENT_NO_OWN_CODE)) != []


@pytest.mark.parametrize(
    ("text", "trigger"),
    [
        ("Novak discussed the crisis with Haddad.", "discussed"),
        ("Russia and Ukraine discussed the crisis.", "discussed"),
        ("The two leaders discussed the crisis in Warsaw.", "discussed"),
        ("Novak met with voters in Ohio.", "met"),
        ("Novak met Haddad in Warsaw.", "met"),
        ("Novak consulted his advisers before the vote.", "consulted"),
        ("Novak visited Khartoum on Tuesday.", "visited"),
    ],
)
def test_a_consultation_with_a_party_stays(types_of, text, trigger):
    assert "CONSULT" in types_of(text, trigger)


def test_backing_out_of_a_deal_is_no_support(types_of):
    # session 24: it was kept as the bare verb's SUPPORT 050; the bare CAMEO 05 row with no
    # one supported is now no event (events.sense.bare_support_code_needs_counterpart) - a
    # withdrawal (RETREAT) is still not read, a missed event, not a wrong one
    text = "Russia backed out of the deal with Ukraine."
    assert "SUPPORT" not in types_of(text, "backed")
    off = ("events.sense.bare_support_code_needs_counterpart",)
    assert "SUPPORT" in types_of(text, "backed", off)
