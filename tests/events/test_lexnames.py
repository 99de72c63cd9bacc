"""The WordNet lexicographer file of a verb or trigger noun (``events/lexnames.py``,
``data/events/trigger_lexnames.tsv``): a feature of the learned event reality and a test of
``thing_subjects.py`` and ``stances/relations.py``. (Session 16 wrote it for the event-ness
model, retired in session 27: the learned reality supersedes it.)"""

from __future__ import annotations

from pathlib import Path

import pytest

from stancemap.events import lexnames


def test_the_table_is_read():
    table = lexnames.lexnames()
    assert table[("go", "V")] == "verb.motion"
    assert table[("criticize", "V")] == "verb.communication"


def test_the_lexname_table_is_what_the_importer_writes():
    if not Path("/usr/share/wordnet/index.verb").exists():
        pytest.skip("WordNet (Debian wordnet-base) is absent")
    written = {(lemma, pos): name for lemma, pos, name in lexnames.rows()}
    assert written == lexnames.lexnames()


def test_the_retired_event_ness_rules_are_gone():
    from stancemap.rules import load_all

    names = set(load_all().names())
    assert "events.reality.drop" in names
    assert not any(name.startswith("events.eventness.") for name in names)
