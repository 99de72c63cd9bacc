"""What the text says about a person comes first (descriptors) and pronouns/descriptive
subjects resolve in the actor layer (coref). Sentences and names written for these tests."""

from __future__ import annotations

import re


def _actor(layer, text: str, surface: str, nth: int = 0):  # type: ignore[no-untyped-def]
    match = list(re.finditer(rf"\b{re.escape(surface)}\b", text))[nth]
    actor_id = layer.actor_at(match.start(), match.end())
    return layer.actor(actor_id) if actor_id else None


def test_premodifier_gives_an_unknown_person_country_sector_and_role(layer_of) -> None:
    text = "British Foreign Secretary Jeremy Quillfeather met reporters on Monday."
    layer, _ = layer_of(text, "2008-03-01")
    person = _actor(layer, text, "Quillfeather")
    assert person is not None and person.type == "person"
    assert (person.country, person.sector) == ("GBR", "GOV")
    assert person.role and "secretary" in person.role.lower()


def test_appositive_describes_the_name_and_is_one_actor(layer_of) -> None:
    text = (
        "Marguerite Delanoix, the French foreign minister, said the talks would go on. "
        "Later the French foreign minister left for Brussels."
    )
    layer, _ = layer_of(text, "2012-03-01")
    person = _actor(layer, text, "Delanoix")
    assert person is not None and (person.country, person.sector) == ("FRA", "GOV")
    later = layer.actor_at(text.rindex("foreign minister"), text.rindex("foreign minister") + 16)
    assert later == person.id, "the later title is carried to the named person"


def test_representative_then_name_is_a_single_actor(layer_of) -> None:
    text = "The official representative of the ministry, Olek Varnavsky, rejected the claim."
    layer, _ = layer_of(text, "2015-01-01")
    person = _actor(layer, text, "Varnavsky")
    assert person is not None and person.sector == "GOV"
    ids = {m.actor_id for m in layer.mentions}
    assert not any(i.startswith("agent:") for i in ids), ids


def test_text_beats_the_kb_and_records_the_disagreement(layer_of) -> None:
    # on this date the KB has him as president; the text calls him prime minister of Spain
    text = "Spanish Prime Minister Vladimir Putin spoke on Monday."
    layer, _ = layer_of(text, "2022-06-17")
    person = _actor(layer, text, "Putin")
    assert person is not None and person.country == "ESP"
    assert person.kb_conflict and "RUS" in person.kb_conflict


def test_descriptive_subject_is_the_person_meant(layer_of) -> None:
    text = (
        "Olaf Scholz met union leaders in Berlin. The chancellor said the plan would hold. "
        "Annalena Baerbock flew to Kyiv. The minister said Germany would help."
    )
    layer, _ = layer_of(text, "2022-06-17")
    minister = layer.actor_at(text.index("The minister"), text.index("The minister") + 12)
    assert minister == "person:annalena-baerbock"


def test_it_for_a_body_but_not_an_agentless_passive(layer_of) -> None:
    text = (
        "NATO met in Brussels on Tuesday. It said the alliance would stay united. "
        "It was agreed that talks would resume."
    )
    layer, _ = layer_of(text, "2022-06-17")
    first = text.index("It said")
    assert layer.actor_at(first, first + 2) == "igo:nato"
    passive = text.index("It was")
    assert layer.actor_at(passive, passive + 2) is None


def test_they_as_a_subject_is_the_last_group(layer_of) -> None:
    text = "Ukrainian farmers blocked the road on Monday. They said prices were too low."
    layer, _ = layer_of(text, "2022-06-17")
    they = text.index("They")
    assert layer.actor_at(they, they + 4) == "agent:ukr:agr"


def test_layer_answers_a_pronoun_the_stage_left_open(layer_of) -> None:
    text = "Kassym-Jomart Tokayev spoke in Astana. Then he left."
    layer, _ = layer_of(text, "2022-06-17")
    he = text.index("he left")
    found = layer.referent(he, he + 2)
    assert found is not None and found.actor_id == "person:kassym-jomart-tokayev"


def test_title_with_an_unknown_name_is_not_the_office_holder(linker) -> None:
    found = linker.link("UK Defence Secretary Zebedee Quarrington", "2021-01-01")
    assert found is not None and found.type == "person"
    assert found.name == "Zebedee Quarrington" and (found.country, found.sector) == ("GBR", "GOV")
    assert found.kb is None


def test_credit_and_byline_names_are_no_actors(layer_of) -> None:
    text = (
        "Talks on the border resumed on Monday, officials said.\n"
        "Reporting by Ottilie Brandsma; Editing by Casimir Vantongeren\n"
        "Photo: Leopold Wessendorf/Gazette"
    )
    layer, _ = layer_of(text, "2022-06-17")
    names = {layer.actor(m.actor_id).name for m in layer.mentions if layer.actor(m.actor_id)}
    assert not names & {"Ottilie Brandsma", "Casimir Vantongeren", "Leopold Wessendorf"}, names


def test_a_name_in_a_story_sentence_stays_an_actor(layer_of) -> None:
    text = "The plan was written by Ottilie Brandsma, who chairs the committee."
    layer, _ = layer_of(text, "2022-06-17")
    assert any(m.text == "Ottilie Brandsma" for m in layer.mentions)


def test_by_and_video_in_a_story_sentence_are_no_credit_cue(layer_of) -> None:
    text = (
        "By Friday, Angela Merkel had agreed.\n"
        "Video footage released by the army shows Volodymyr Zelensky in Kyiv."
    )
    layer, _ = layer_of(text, "2022-06-17")
    ids = {m.actor_id for m in layer.mentions}
    assert {"person:angela-merkel", "person:volodymyr-zelensky"} <= ids, ids
