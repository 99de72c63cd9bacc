"""Organisation names the parse split at a country, joined again (session 50, engineer PG,
issue 12: "Bank of" and "Japan" read as two arguments).

The entity ruler writes the KB's country names into the Doc before NER, so NER tags the
rest of a longer name that holds one ("The Central Bank of" + "Nigeria").
``actors.names.kb_name_join``: the longest run of name words around an entity that the
actor KB knows as one name is that name. ``actors.names.truncated_org_join``: an ORG
entity ending in "of"/"for" and the entity right after it are one organisation. Both ship
off; each is tested on and off. Sentences written for these tests."""

from __future__ import annotations

from typing import Any

import pytest

from .late_groups import event_at, events_by_trigger, on_off_fixtures

KB_JOIN = "actors.names.kb_name_join"
TRUNCATED = "actors.names.truncated_org_join"

# a Phoenix organisation (generated list: no ruler pattern) whose name holds a country
KB_BANK = "The Agricultural Bank of China sued the developer in a Beijing court."
CENTRAL = "The Central Bank of Nigeria criticized the finance ministry on Friday."
UNION = "The Communications Workers of America endorsed the senator last week."
TITLE = "The President of France met the Prime Minister of Japan in Paris."
THANKS = "The mayor thanked the senator for Ohio's help with the bridge."
# "Secretary of State" is a KB alias and an agents-lexicon role: a title before a name
TITLED = "The ruling dealt a blow to Democratic Secretary of State Maria Lopez on Friday."
KNOWN_SHORTER = "Human Rights Watch for Asia condemned the arrests in Bangkok."

INSIDE = "actors.names.country_inside_name"
MID = "On Monday the senator was criticized by Freedom for America in a statement."
AROUND = "A new super PAC, Liberty USA Fund, attacked the governor in an ad."
OPENING = "Freedom for America criticized the senator. Its head is Ann Cole of Freedom for America."
ROLE = "On Monday the Embassy of Russia denied the report about the talks."

kb_on, kb_off = on_off_fixtures(KB_JOIN, also_off=[TRUNCATED])
tr_on, tr_off = on_off_fixtures(TRUNCATED, also_off=[KB_JOIN])


def _parties(pipeline: Any, text: str, verb: str) -> tuple[list[Any], list[Any]]:
    """(sources, targets) of the event at ``verb`` as actor records."""
    result = pipeline.analyze(text, date="2016-10-01")
    actors = {a.id: a for a in result.actors}
    event = event_at(events_by_trigger(pipeline, text), text, verb)
    return [actors[i] for i in event.source], [actors[i] for i in event.target]


def test_kb_join_reads_the_name_the_kb_knows(kb_on: Any, kb_off: Any) -> None:
    off_src, _ = _parties(kb_off, KB_BANK, "sued")
    assert [a.name for a in off_src] != ["Agricultural Bank of China"]
    on_src, _ = _parties(kb_on, KB_BANK, "sued")
    assert len(on_src) == 1
    assert on_src[0].name.lower() == "agricultural bank of china"
    assert on_src[0].type == "organization" and on_src[0].country == "CHN"
    mention = on_src[0].mentions[0]
    assert KB_BANK[mention.start : mention.end] == "Agricultural Bank of China"


def test_kb_join_leaves_a_name_the_kb_knows_no_longer(kb_on: Any) -> None:
    """'Human Rights Watch for Asia': the KB knows 'Human Rights Watch' only."""
    src, _ = _parties(kb_on, KNOWN_SHORTER, "condemned")
    assert [a.name for a in src] == ["Human Rights Watch"]


@pytest.mark.parametrize(
    ("text", "verb", "name", "country"),
    [
        (CENTRAL, "criticized", "Central Bank of Nigeria", "NGA"),
        (UNION, "endorsed", "Communications Workers of America", "USA"),
        (MID, "criticized", "Freedom for America", "USA"),
    ],
)
def test_a_truncated_organisation_takes_the_country_after_it(
    tr_on: Any, tr_off: Any, text: str, verb: str, name: str, country: str
) -> None:
    off_src, _ = _parties(tr_off, text, verb)
    assert name not in [a.name for a in off_src]
    on_src, _ = _parties(tr_on, text, verb)
    assert [a.name for a in on_src] == [name]
    assert on_src[0].type == "organization" and on_src[0].country == country
    mention = on_src[0].mentions[0]
    assert text[mention.start : mention.end] == name


@pytest.mark.parametrize("pipeline", ["kb_on", "tr_on"])
def test_titles_and_objects_of_for_stay_apart(pipeline: str, request: Any) -> None:
    """No ORG entity ends in 'of' in a title; 'thanked X for Ohio's help' is no name."""
    on = request.getfixturevalue(pipeline)
    src, tgt = _parties(on, TITLE, "met")
    assert [a.country for a in src] == ["FRA"] and [a.country for a in tgt] == ["JPN"]
    src, tgt = _parties(on, THANKS, "thanked")
    assert all("Ohio" not in a.name for a in src + tgt)


@pytest.mark.parametrize(("on", "off"), [("kb_on", "kb_off"), ("tr_on", "tr_off")])
def test_a_title_before_a_name_is_no_organisation(on: str, off: str, request: Any) -> None:
    """'Democratic Secretary of State Maria Lopez': the KB knows 'Secretary of State' (an
    agents-lexicon role, and a person's name follows): no join, the actors as off."""
    with_rule = request.getfixturevalue(on).analyze(TITLED, date="2016-10-01")
    without = request.getfixturevalue(off).analyze(TITLED, date="2016-10-01")
    assert [(a.id, a.name) for a in with_rule.actors] == [(a.id, a.name) for a in without.actors]


in_on, in_off = on_off_fixtures(INSIDE, also_off=[KB_JOIN, TRUNCATED])


@pytest.mark.parametrize(
    ("text", "verb", "name"),
    [
        (AROUND, "attacked", "Liberty USA Fund"),
    ],
)
def test_name_words_around_a_country_are_one_organisation(
    in_on: Any, in_off: Any, text: str, verb: str, name: str
) -> None:
    off_src, _ = _parties(in_off, text, verb)
    assert name not in [a.name for a in off_src]
    on_src, _ = _parties(in_on, text, verb)
    assert [(a.name, a.type, a.country) for a in on_src] == [(name, "organization", "USA")]


def test_a_sentence_opening_name_the_document_repeats_is_joined(in_on: Any, in_off: Any) -> None:
    """'Freedom for America criticized ...': capitalised by its place, but the document
    writes 'Freedom for America' again inside a sentence."""

    def first_words(pipeline: Any) -> list[str]:
        actors = pipeline.analyze(OPENING, date="2016-10-01").actors
        return [a.name for a in actors if any(m.start == 0 for m in a.mentions)]

    assert first_words(in_on) == ["Freedom for America"]
    assert first_words(in_off) != ["Freedom for America"]


def test_a_sentence_opening_name_the_document_does_not_repeat_stays(in_on: Any) -> None:
    text = "Freedom for America backed the senator on Monday."
    names = [a.name for a in in_on.analyze(text, date="2016-10-01").actors]
    assert "Freedom for America" not in names


def test_an_agents_noun_before_the_country_is_read_as_before(in_on: Any, in_off: Any) -> None:
    """'the Embassy of Russia': the agents lexicon's phrase, not a new organisation."""
    with_rule = in_on.analyze(ROLE, date="2016-10-01")
    without = in_off.analyze(ROLE, date="2016-10-01")
    assert [(a.id, a.name) for a in with_rule.actors] == [(a.id, a.name) for a in without.actors]
    with_title = in_on.analyze(TITLE, date="2016-10-01")
    assert "President of France" not in [a.name for a in with_title.actors]
