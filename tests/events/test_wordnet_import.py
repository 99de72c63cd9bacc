"""The WordNet tables are what the importer makes from WordNet 3.0 (skips where the
Debian package wordnet-base is not installed)."""

from __future__ import annotations

import pytest

from stancemap.datafiles import data_path, read_table
from stancemap.events import wordnet_import


def test_the_shipped_tables_hold_the_expected_rows():
    rows = {
        r["phrase"]: r["synonyms"]
        for r in read_table("events/particle_verbs.tsv", required=("phrase", "synonyms"))
    }
    assert rows["turn down"].split()[:2] == ["refuse", "reject"]


@pytest.mark.skipif(not (wordnet_import.WORDNET / "data.verb").exists(), reason="no WordNet")
def test_the_importer_reproduces_the_shipped_tables():
    verbs = wordnet_import.particle_verbs(wordnet_import.WORDNET)
    shipped = read_table("events/particle_verbs.tsv", required=("phrase", "synonyms"))
    assert [(p, " ".join(s) or "-") for p, s in verbs] == [
        (r["phrase"], r["synonyms"]) for r in shipped
    ]
    assert data_path("events/particle_verbs.tsv").exists()
