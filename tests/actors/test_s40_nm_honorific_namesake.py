"""Two people of one surname and a gendered honorific (session 40, engineer NM, issue 12/14):
"Tarsem and Zubaida Nadeem ... Mr. Nadeem ... Ms. Nadeem". Rule
``actors.names.honorific_namesake``: among the people of the document who share the surname,
the one of the honorific's gender comes first (the gender the text gave them, else their first
name's, else the usual gender of first names with the same ending), then the most recent.
Sentences written for these tests; the names are invented."""

from __future__ import annotations

from typing import Any

from .rule_twins import actors_of as _actors
from .rule_twins import twin_fixtures
from .test_real_news_actors import _at

RULE = "actors.names.honorific_namesake"


on, off = twin_fixtures(RULE)


def _name(pipeline: Any, text: str, surface: str, nth: int = 0) -> str | None:
    actor = _at(_actors(pipeline, text), text, surface, nth)
    return None if actor is None else actor.name


# the father named first, the mother nearer: "Mr." must not take the nearer one
COUPLE = (
    "Tarsem and Zubaida Nadeem spoke at the convention on Thursday. "
    "Mr. Nadeem criticized the candidate. Ms. Nadeem said she had been hurt."
)
# a first name the table keeps ("Linda"), the man named nearer
TABLE_COUPLE = (
    "Linda and Robert Kessler met the governor on Monday. "
    "Mrs. Kessler asked him for help. Mr. Kessler said nothing."
)


def test_the_honorific_picks_the_person_of_its_gender(on: Any) -> None:
    assert _name(on, COUPLE, "Nadeem", 1) == "Tarsem Nadeem"
    assert _name(on, COUPLE, "Nadeem", 2) == "Zubaida Nadeem"


def test_off_the_nearest_takes_the_first_honorific(off: Any) -> None:
    # the session 39 reading: "Mr. Nadeem" went to Zubaida, "Ms. Nadeem" then to Tarsem
    assert _name(off, COUPLE, "Nadeem", 1) == "Zubaida Nadeem"
    assert _name(off, COUPLE, "Nadeem", 2) == "Tarsem Nadeem"


def test_a_first_name_of_the_table_decides(on: Any, off: Any) -> None:
    assert _name(on, TABLE_COUPLE, "Kessler", 1) == "Linda Kessler"
    assert _name(on, TABLE_COUPLE, "Kessler", 2) == "Robert Kessler"
    assert _name(off, TABLE_COUPLE, "Kessler", 1) == "Robert Kessler"


def test_nothing_said_of_either_changes_nothing(on: Any, off: Any) -> None:
    # neither "Tarsem" nor "Jorvik" gives a gender: read as with the rule off
    text = "Tarsem Bakshi and Jorvik Bakshi met the mayor. Mr. Bakshi said the talks went well."
    assert _name(on, text, "Bakshi", 2) == _name(off, text, "Bakshi", 2)
    assert _name(on, text, "Bakshi", 2) in ("Tarsem Bakshi", "Jorvik Bakshi")


def test_one_person_of_the_surname_is_taken_as_before(on: Any, off: Any) -> None:
    # the rule only orders several people: a lone namesake is not dropped for its first name
    text = "Zubaida Nadeem spoke on Thursday. Mr. Nadeem later praised the speech."
    assert _name(on, text, "Nadeem", 1) == _name(off, text, "Nadeem", 1) == "Zubaida Nadeem"


def test_ending_gender_reads_the_table() -> None:
    from stancemap.actors.first_names import ending_gender

    assert ending_gender("Linda") == "f"  # kept by the table
    assert ending_gender("Zubaida") == "f"  # "-ida": the table's names of that ending
    assert ending_gender("Tarsem") is None  # no ending that decides
    assert ending_gender("J.") is None
