"""Session 30: a word in capitals is no person's surname folded to it ("FICO" is not
Robert Fico), and a lone surname whose KB bearer the document has not introduced is the
person named here in full with it ("Bush said" after "Jeb Bush")."""

from __future__ import annotations

ACRONYM = "actors.names.acronym_not_person"
INTRODUCED = "actors.names.surname_introduced"

FICO = (
    "Yes, a FICO score is the gold standard for lenders, the report said. "
    "Banks use FICO to decide who gets credit."
)


def _ids(layer, text: str, words: str) -> list[str]:
    return [m.actor_id for m in layer.mentions if text[m.start : m.end] == words]


def test_an_acronym_is_no_person_of_that_surname(layer_of) -> None:
    layer, _ = layer_of(FICO, date="2016-07-11")
    found = _ids(layer, FICO, "FICO")
    assert len(found) == 2 and len(set(found)) == 1
    assert found[0].startswith("new:organization:")
    assert "person:robert-fico" not in layer.actors
    assert layer.actors[found[0]].type == "organization"


def test_switched_off_the_acronym_is_the_kb_person(layer_off) -> None:
    layer = layer_off(FICO, [ACRONYM], date="2016-07-11")
    assert _ids(layer, FICO, "FICO")[0] == "person:robert-fico"


def test_capitals_of_a_headline_or_a_speaker_label_say_nothing(layer_of) -> None:
    headline = "SANDERS HAS ADVANTAGE IN NEW HAMPSHIRE - Since the start the race was close."
    layer, _ = layer_of(headline, date="2016-02-03")
    assert _ids(layer, headline, "SANDERS") == ["person:bernie-sanders"]
    label = "CLINTON: Honestly, I mean, I just believe that we should."
    layer, _ = layer_of(label, date="2016-03-29")
    assert _ids(layer, label, "CLINTON") == ["person:hillary-clinton"]


def test_a_person_named_otherwise_keeps_the_capitals(layer_of) -> None:
    text = "Vote for TRUMP, the sign said. Donald Trump spoke in Iowa on Monday."
    layer, _ = layer_of(text, date="2016-01-20")
    assert _ids(layer, text, "TRUMP") == ["person:donald-trump"]


JEB = (
    "Bush was the first to speak.\n\n"
    "Jeb Bush criticized Marco Rubio for opposing legal abortion. "
    '"I believe there should be exceptions," Bush said. '
    "Former President George W. Bush was not in the hall."
)


def test_a_surname_goes_to_the_bearer_the_document_introduced(layer_of) -> None:
    layer, _ = layer_of(JEB, date="2016-02-07")
    found = _ids(layer, JEB, "Bush")
    assert found[0] == "person:george-w-bush"  # before anyone is named in full: the KB
    jeb = _ids(layer, JEB, "Jeb Bush")[0]
    assert jeb.startswith("new:person:")
    assert found[1] == jeb


def test_switched_off_the_surname_stays_with_the_kb_bearer(layer_off) -> None:
    layer = layer_off(JEB, [INTRODUCED], date="2016-02-07")
    assert _ids(layer, JEB, "Bush")[1] == "person:george-w-bush"


def test_an_introduced_kb_bearer_keeps_the_surname(layer_of) -> None:
    text = (
        "Former President George W. Bush spoke first. Jeb Bush spoke next, in Miami. "
        "Later that day the former president returned. Bush said the war was right."
    )
    layer, _ = layer_of(text, date="2016-02-07")
    assert "person:george-w-bush" in _ids(layer, text, "Bush")


def test_an_office_of_the_bearers_roles_introduces_them(layer_of) -> None:
    text = (
        "President Bush was mentioned once.\n\nJeb Bush spoke in Miami. "
        "Some voters said Bush was to blame for the war."
    )
    layer, _ = layer_of(text, date="2016-02-07")
    assert _ids(layer, text, "Bush")[-1] == "person:george-w-bush"
