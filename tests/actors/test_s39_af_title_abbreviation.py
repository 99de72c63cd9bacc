"""Session 39 (AF): the table of abbreviated titles (``lexicon/title_abbreviations.tsv``, the
GPO Style Manual's), read since session 40 by ``actors.names.abbreviated_title_alone`` (session
40 CV removed AF's ``actors.link.title_abbreviation``, which lost right items on the blind
checks)."""

from __future__ import annotations


def test_the_table_lists_titles_only() -> None:
    from stancemap.actors.titles import title_abbreviations

    table = title_abbreviations()
    assert table["sen"] == "senator" and table["gov"] == "governor"
    assert "dr" not in table  # a physician's and a doctorate's title alike: no sector
    assert all(" " not in k and k.isalpha() and k == k.lower() for k in table)
