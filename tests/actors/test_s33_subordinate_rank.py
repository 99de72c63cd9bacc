"""Session 33 (engineer PT): ``actors.agent.subordinate_no_office``.

A role noun with a subordinate modifier ("the deputy chief of X", "the vice minister",
"the assistant secretary") names someone under the office, never the office holder.
The modifiers come from WordNet (``actors/subordinate_import.py``). Sentences written
for these tests."""

from __future__ import annotations

import sys
from pathlib import Path

import pytest

sys.path.insert(0, str(Path(__file__).resolve().parents[1] / "events"))
from s33_pt_pipelines import analysis  # noqa: E402

from stancemap.actors import subordinate_import  # noqa: E402
from stancemap.datafiles import word_list  # noqa: E402

RULE = "actors.agent.subordinate_no_office"


def people(text, off=()):
    """(mention text, actor id) of each person actor's mentions."""
    found = analysis(text, off, date="2001-06-10")
    return {(m.text, a.id) for a in found.actors if a.type == "person" for m in a.mentions}


def held_by_kb_person(text, words, off=()):
    """The ids of KB office holders (ids that are no generic agent) behind ``words``."""
    return {i for m, i in people(text, off) if words in m and not i.startswith("agent:")}


@pytest.mark.parametrize(
    ("text", "words"),
    [
        ("Gunmen killed the deputy chief of Israel's militia ally on Sunday.", "deputy chief"),
        ("Gunmen threatened the Israeli deputy prime minister on Sunday.", "deputy prime"),
    ],
)
def test_a_subordinate_is_not_the_office_holder(text, words):
    assert held_by_kb_person(text, words) == set()


def test_the_office_itself_is_still_its_holder():
    text = "Gunmen threatened the Israeli prime minister on Sunday."
    assert held_by_kb_person(text, "prime minister") != set()


def test_the_rule_off_gives_the_holder_back():
    for text, words in (
        ("Gunmen killed the deputy chief of Israel's militia ally on Sunday.", "deputy chief"),
        ("Gunmen threatened the Israeli deputy prime minister on Sunday.", "deputy prime"),
    ):
        assert held_by_kb_person(text, words, (RULE,)) != set()


def test_the_modifiers_are_the_shipped_list():
    listed = word_list("lexicon/subordinate_modifiers.txt")
    assert {"deputy", "vice", "assistant", "under", "lieutenant"} <= listed
    assert "chief" not in listed and "president" not in listed


def test_the_modifiers_come_from_wordnet():
    if not (subordinate_import.WORDNET / "data.adj").exists():
        pytest.skip("WordNet 3.0 database files not installed")
    listed = word_list("lexicon/subordinate_modifiers.txt")
    assert set(subordinate_import.subordinate_modifiers(subordinate_import.WORDNET)) == listed
