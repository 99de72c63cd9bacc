"""In-document resolution on sentences written for these tests."""

from __future__ import annotations

import re

import rule_settings


def _who(layer, text: str, surface: str, nth: int = 0) -> str | None:
    """The actor id of the nth whole-word occurrence of ``surface`` in ``text``."""
    match = list(re.finditer(rf"\b{re.escape(surface)}\b", text))[nth]
    return layer.actor_at(match.start(), match.end())


def test_offsets_index_the_text(layer_of) -> None:
    text = "Angela Merkel met Emmanuel Macron in Paris on Monday. She said the talks went well."
    layer, _ = layer_of(text, "2019-05-01")
    assert layer.mentions
    for m in layer.mentions:
        assert text[m.start : m.end] == m.text


def test_pronoun_follows_gender_and_subject(layer_of) -> None:
    text = (
        "Angela Merkel met Emmanuel Macron in Berlin on Monday. She said the talks went well. "
        "Later he flew back to Paris."
    )
    layer, _ = layer_of(text, "2019-05-01")
    assert _who(layer, text, "She") == "person:angela-merkel"
    assert _who(layer, text, "he") == "person:emmanuel-macron"


def test_pronoun_prefers_the_previous_subject(layer_of) -> None:
    text = "Recep Tayyip Erdogan criticised Vladimir Putin on Tuesday. He said the war must end."
    layer, _ = layer_of(text, "2022-06-17")
    assert _who(layer, text, "He") == "person:recep-tayyip-erdogan"


def test_role_and_short_name_join_the_earlier_actor(layer_of) -> None:
    text = (
        "Volodymyr Zelensky spoke to parliament. The Ukrainian president asked for weapons. "
        "Zelensky also thanked Poland."
    )
    layer, _ = layer_of(text, "2022-06-17")
    assert _who(layer, text, "Ukrainian president") == "person:volodymyr-zelensky"
    assert _who(layer, text, "Zelensky", 1) == "person:volodymyr-zelensky"
    assert _who(layer, text, "Poland") == "country:POL"
    zelensky = layer.actor("person:volodymyr-zelensky")
    assert zelensky.role == "President of Ukraine"


def test_bare_title_goes_to_the_last_holder_in_the_text(layer_of) -> None:
    text = (
        "Cyril Ramaphosa arrived in Nairobi. Kenyan officials met him at the airport. "
        "The president then left for the summit."
    )
    layer, _ = layer_of(text, "2022-06-17")
    assert _who(layer, text, "president") == "person:cyril-ramaphosa"


def test_misspelt_name_after_the_right_one(layer_of) -> None:
    text = "Jens Stoltenberg opened the meeting. Later Stoltenbreg said the alliance was united."
    layer, _ = layer_of(text, "2022-06-17")
    assert _who(layer, text, "Stoltenbreg") == "person:jens-stoltenberg"


def test_place_that_speaks_is_its_government(layer_of) -> None:
    text = "Moscow said the sanctions would fail. Beijing warned against escalation."
    layer, _ = layer_of(text, "2022-06-17")
    assert _who(layer, text, "Moscow") == "country:RUS"
    assert _who(layer, text, "Beijing") == "country:CHN"


def test_generic_agents_with_a_country(layer_of) -> None:
    text = "Russian troops shelled the city while Ukrainian farmers tried to save the harvest."
    layer, _ = layer_of(text)
    troops = layer.actor(_who(layer, text, "troops"))
    farmers = layer.actor(_who(layer, text, "farmers"))
    assert (troops.country, troops.sector) == ("RUS", "MIL")
    assert (farmers.country, farmers.sector) == ("UKR", "AGR")


def test_unknown_people_get_stable_ids_across_documents(layer_of) -> None:
    first, _ = layer_of("Marta Kowalczyk-Brandt said the vote was rigged.")
    second, _ = layer_of("Nobody expected that Marta Kowalczyk-Brandt would win.")
    ids_a = {m.actor_id for m in first.mentions if m.text.startswith("Marta")}
    ids_b = {m.actor_id for m in second.mentions if m.text.startswith("Marta")}
    assert ids_a and ids_a == ids_b
    assert next(iter(ids_a)).startswith("new:person:")


def test_nothing_is_taken_from_boilerplate(layer_of) -> None:
    text = (
        "Vladimir Putin spoke in Moscow.\n\nLeave a Reply\n\nAngela Merkel\n"
        "Your email address will not be published."
    )
    layer, document = layer_of(text)
    assert document.excluded, "the footer should be recognised as boilerplate"
    for m in layer.mentions:
        assert not any(ex.start <= m.start < ex.end for ex in document.excluded)
    assert layer.actor("person:vladimir-putin") is not None


def test_possessive_role_and_appositive_name(layer_of) -> None:
    text = "Russia's foreign minister, Sergey Lavrov, said the talks had failed."
    layer, _ = layer_of(text, "2022-06-17")
    assert _who(layer, text, "foreign minister") == "person:sergey-lavrov"
    assert _who(layer, text, "Sergey Lavrov") == "person:sergey-lavrov"


def test_capital_as_a_place_is_only_weakly_the_government(layer_of) -> None:
    text = "The ministers met in Paris. Paris rejected the proposal."
    layer, _ = layer_of(text, "2022-06-17")
    place = layer.mention_at(text.index("Paris"), text.index("Paris") + 5)
    actor = text.index("Paris rejected")
    government = layer.mention_at(actor, actor + 5)
    assert place.actor_id == government.actor_id == "country:FRA"
    assert place.confidence < government.confidence


def test_demonym_as_a_noun_is_that_country_s_people(layer_of) -> None:
    text = "Israel and the Palestinians reached a consensus. Thousands of Nigerians marched."
    layer, _ = layer_of(text, "2022-06-17")
    palestinians = layer.actor(_who(layer, text, "Palestinians"))
    assert (palestinians.type, palestinians.country) == ("group", "PSE")
    assert layer.actor(_who(layer, text, "Nigerians")).country == "NGA"


def test_unknown_titled_person_takes_country_and_sector_from_the_title(layer_of) -> None:
    text = "US Senator Jonathan Quarrington criticised the plan."
    layer, _ = layer_of(text, "2022-06-17")
    actor = layer.actor(_who(layer, text, "Quarrington"))
    assert actor is not None and actor.id.startswith("new:person:")
    assert (actor.country, actor.sector) == ("USA", "LEG")


def test_plural_and_future_roles_name_no_one(layer_of) -> None:
    text = "Joe Biden spoke first. The next president will face leaders who distrust him."
    layer, _ = layer_of(text, "2022-06-17")
    assert _who(layer, text, "president") is None
    assert _who(layer, text, "leaders") is None
    assert _who(layer, text, "him") == "person:joe-biden"


def test_honorific_gives_an_unknown_person_a_gender(layer_of) -> None:
    text = (
        "Ms. Quarrington and Tomasz Wielgosz met on Friday. "
        "Quarrington spoke first, and then she left."
    )
    layer, _ = layer_of(text, "2022-06-17")
    assert _who(layer, text, "she") == _who(layer, text, "Quarrington", 1)


def test_the_resolver_rules_can_be_switched_off(analyzer) -> None:
    """Each resolver rule is a registry rule: switched off, its decision is not made."""
    from stancemap.ingest import make_document
    from stancemap.nlp import parse_documents

    text = "Angela Merkel met Emmanuel Macron in Berlin on Monday. She said the talks went well."
    document = make_document(text, date="2019-05-01")
    doc = next(parse_documents(analyzer.nlp, [text], analyzer.settings.nlp))
    settings = rule_settings.with_rules(
        analyzer.settings, disable=["actors.coref.person_pronoun", "actors.names.*"]
    )
    on = analyzer.actors(doc, document)
    off = analyzer.derive(settings).actors(doc, document)
    she = text.index("She")
    assert _who(on, text, "She") == "person:angela-merkel"
    assert off.mention_at(she, she + 3) is None
    assert on.actor_at(0, 13) == "person:angela-merkel"
    assert off.actor_at(0, 13) is None  # no name rule left to read the name
