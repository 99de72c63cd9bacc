"""A name is not the KB person the text rules out (session 65, engineer AC, issues 12 and
14). Sentences written for these tests.

* ``actors.link.description_rules_out`` (shipped off): a KB person named only by a surname
  whose title words place the bearer in another country than any of the person's
  ("Lord Ashcroft, the former Tory treasurer" is not John Ashcroft of the USA);
* ``actors.names.firm_described_person`` (shipped off): a KB person named only by one word
  that the text reads as a firm ("store group May", "May Department Stores ... May's
  sales") is that firm;
* ``actors.link.hyphened_surname`` (shipped off): "Mr Kilroy-Silk" is not John Silk of the
  Marshall Islands, "Cardinal Cormac Murphy-O'Connor" no KB O'Connor;
* ``actors.names.party_subset_foreign_name`` (shipped off): "the Liberal Democrats", NER
  tagging "Democrats", in a British story is no subset group of the US Democratic Party.
"""

from __future__ import annotations

from typing import Any

import pytest

import rule_settings

DESCRIBED = "actors.link.description_rules_out"
FIRM = "actors.names.firm_described_person"
PARTY = "actors.names.party_subset_foreign_name"
HYPHEN = "actors.link.hyphened_surname"
BRITISH = (
    "Tony Blair told the Labour conference in Brighton that Britain would stay the course. "
    "The Conservatives attacked the British government in London. "
)


@pytest.fixture(scope="module")
def off(analyzer: Any) -> Any:
    return analyzer.derive(rule_settings.with_rules())


@pytest.fixture(scope="module")
def on(analyzer: Any) -> Any:
    return analyzer.derive(rule_settings.with_rules(enable=[DESCRIBED, FIRM, PARTY, HYPHEN]))


UK_YEARS = ("2004-01-01", "2005-12-31")


def _links(pipeline: Any, text: str) -> dict[str, tuple[str, str | None, str]]:
    """Each capitalised mention's text -> (its actor's name, country, id), read as a story
    of 2004-2005 (John Ashcroft in office)."""
    result = pipeline.analyze(text, period=UK_YEARS)
    return {
        text[m.start : m.end]: (a.name, a.country, a.id)
        for a in result.actors
        for m in a.mentions
        if text[m.start : m.end][:1].isupper()
    }


def test_the_rules_ship_off() -> None:
    switches = rule_settings.switches()
    for name in (DESCRIBED, FIRM, PARTY, HYPHEN):
        assert not switches.enabled(name)


LORD = (
    BRITISH + "The party repaid £500,000 to Lord Ashcroft after he predicted an election "
    "defeat. Michael Howard said he had a warm relationship with Lord Ashcroft."
)


def test_a_peer_is_not_the_us_namesake(off: Any, on: Any) -> None:
    before = [v for k, v in _links(off, LORD).items() if k.endswith("Ashcroft")]
    assert before and all(v[0] == "John Ashcroft" for v in before)
    after = [v for k, v in _links(on, LORD).items() if k.endswith("Ashcroft")]
    assert after and all(v[0] != "John Ashcroft" for v in after)
    assert len({v[2] for v in after}) == 1  # one person, of the story's country
    assert after[0][1] == "GBR"


def test_a_full_name_keeps_the_link(on: Any) -> None:
    text = BRITISH + "Lord Smith met John Ashcroft in Washington. Ashcroft said he was pleased."
    assert _links(on, text)["John Ashcroft"][0] == "John Ashcroft"


def test_a_title_of_his_own_country_changes_nothing(off: Any, on: Any) -> None:
    text = "Senator Smith told Congress the law would stand. Ashcroft smiled in Washington."
    assert _links(on, text) == _links(off, text)


MAY = (
    "US retail giant Federated Department Stores is to buy rival May Department Stores. "
    "May has struggled to compete against larger groups. Federated will assume May's debt, "
    "and May's yearly sales are $14bn."
)


def test_a_firm_is_not_the_kb_person(off: Any, on: Any) -> None:
    assert _links(off, MAY)["May"][0] == "Theresa May"
    name, _, actor_id = _links(on, MAY)["May"]
    assert actor_id.startswith("new:organization:") and name.startswith("May")


def test_a_firm_description_before_the_name(on: Any) -> None:
    text = "The department store group May said its sales fell. May will close shops."
    assert _links(on, text)["May"][2].startswith("new:organization:")


def test_a_person_named_in_full_stays_a_person(on: Any) -> None:
    text = (
        BRITISH + "Theresa May attacked the plan. May said the Conservatives would scrap it, "
        "and May's sales pitch to voters was clear."
    )
    assert _links(on, text)["May"][0] == "Theresa May"


def _parsed(words: list[str], heads: list[int], deps: list[str]) -> Any:
    import spacy
    from spacy.tokens import Doc

    starts = [i == 0 for i in range(len(words))]
    return Doc(spacy.blank("en").vocab, words=words, heads=heads, deps=deps, sent_starts=starts)


def test_a_capitalised_qualifier_is_a_name_word() -> None:
    from stancemap.actors.party_subsets import _name_qualifier

    # "The Liberal Democrats say ...": "Liberal" a capitalised amod of the party word
    doc = _parsed(
        ["The", "Liberal", "Democrats", "say"], [2, 2, 3, 3], ["det", "amod", "nsubj", "ROOT"]
    )
    assert _name_qualifier(doc[2])
    # "squishy Democrats": lower case, a subset's qualifier
    doc = _parsed(
        ["The", "squishy", "Democrats", "say"], [2, 2, 3, 3], ["det", "amod", "nsubj", "ROOT"]
    )
    assert not _name_qualifier(doc[2])
    # the sentence's first word is capitalised whatever it is
    doc = _parsed(["Angry", "Democrats", "say"], [1, 2, 2], ["amod", "nsubj", "ROOT"])
    assert not _name_qualifier(doc[1])


def test_a_double_barrelled_surname_is_not_half_a_kb_name(off: Any, on: Any) -> None:
    text = (
        "The party leader said he was glad to see the back of Mr Kilroy-Silk. "
        "Mr Kilroy-Silk promised a firm policy on immigration."
    )
    assert any(v[0] == "John Silk" for v in _links(off, text).values())
    after = {k: v for k, v in _links(on, text).items() if "Silk" in k}
    assert after and all(v[0] != "John Silk" for v in after.values())
    assert all(k == "Kilroy-Silk" for k in after)


def test_a_double_barrelled_surname_after_a_given_name_stays_one(off: Any, on: Any) -> None:
    text = "The head of the Catholic Church, Cardinal Cormac Murphy-O'Connor, has said poverty must be reduced."
    assert "O'Connor" in _links(off, text)
    links = _links(on, text)
    assert "O'Connor" not in links and "Murphy" not in links
    assert links["Murphy-O'Connor"][2].startswith("new:person:")


def test_a_pair_of_two_leaders_is_left_to_its_rule(off: Any, on: Any) -> None:
    text = "The Blair-Bush talks ended without a deal. Both leaders left Washington."
    assert _links(on, text) == _links(off, text)
