"""A lone family name is the one person the document names in full family name first."""

from __future__ import annotations

import rule_settings


def _ids(layer, document, words: str) -> list[str]:
    return [m.actor_id for m in layer.mentions if document.text[m.start : m.end] == words]


def _full_id(layer, document, words: str) -> str:
    ids = set(_ids(layer, document, words))
    assert len(ids) == 1, (words, ids)
    return ids.pop()


def test_a_lone_chinese_family_name_is_the_minister_named_in_full(layer_of) -> None:
    text = (
        "Wang warns Washington over tariffs\n\n"
        "Chinese Foreign Minister Wang Yi criticised the United States on Tuesday. "
        "Wang said the tariffs would hurt both countries."
    )
    layer, document = layer_of(text, date="2025-05-06")
    minister = _full_id(layer, document, "Wang Yi")
    assert _ids(layer, document, "Wang") == [minister, minister]  # headline and body
    assert not any(a.startswith("new:person:") for a in layer.actors)


def test_a_lone_korean_family_name_is_the_president_named_in_full(layer_of) -> None:
    text = (
        "South Korean President Lee Jae-myung praised Japan on Monday. "
        "Lee said the two neighbours must cooperate on trade."
    )
    layer, document = layer_of(text, date="2025-09-01")
    president = _full_id(layer, document, "Lee Jae-myung")
    assert _ids(layer, document, "Lee") == [president]


def test_a_vietnamese_person_the_kb_lacks_is_joined_too(layer_of) -> None:
    text = (
        "Vietnamese trade negotiator Nguyen Van Khoa met European officials in Hanoi. "
        "Nguyen said the talks had made progress."
    )
    layer, document = layer_of(text, date="2025-03-10")
    negotiator = _full_id(layer, document, "Nguyen Van Khoa")
    assert _ids(layer, document, "Nguyen") == [negotiator]


def test_two_people_sharing_the_family_name_leave_it_alone(layer_of) -> None:
    text = (
        "Chinese Vice Premier Wang Huning and trade negotiator Wang Jiazhen met officials "
        "in Beijing. Wang said the talks went well."
    )
    layer, document = layer_of(text, date="2025-03-10")
    both = {_full_id(layer, document, "Wang Huning"), _full_id(layer, document, "Wang Jiazhen")}
    assert len(both) == 2
    assert not set(_ids(layer, document, "Wang")) & both


def test_a_western_given_name_does_not_take_the_surname(layer_of) -> None:
    text = (
        "British lawmaker Lee Anderson criticised the government on Monday. "
        "Anderson said ministers had failed voters."
    )
    layer, document = layer_of(text, date="2025-03-10")
    assert _ids(layer, document, "Anderson") == [_full_id(layer, document, "Lee Anderson")]


def test_switched_off_the_lone_family_name_stays_apart(analyzer) -> None:
    from stancemap.actors.family_names import FAMILY_NAME_FIRST
    from stancemap.actors.resolve import DocumentResolver
    from stancemap.ingest import make_document
    from stancemap.nlp import parse_documents

    text = (
        "South Korean President Lee Jae-myung praised Japan on Monday. "
        "Lee said the two neighbours must cooperate on trade."
    )
    doc = next(parse_documents(analyzer.nlp, [text], analyzer.settings.nlp))
    document = make_document(text, date="2025-09-01")
    off = rule_settings.switches([FAMILY_NAME_FIRST])
    layer = DocumentResolver(analyzer.actors.linker, doc, document, off).run()
    president = _full_id(layer, document, "Lee Jae-myung")
    assert _ids(layer, document, "Lee") != [president]
