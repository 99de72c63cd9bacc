"""The in-text actor scorer: which gold actors it scores and which mention it reads."""

from __future__ import annotations

from types import SimpleNamespace

from stancemap.evaluate.actors_in_text import _actor_at, _locate, gold_actors


def test_gold_actors_keep_coded_sectors_by_their_first_three_letters() -> None:
    record = {
        "source": [
            {"actorText": "Turkish Kurd refugees", "code": "TUR", "sector": "REFKUR"},
            {"actorText": "Ayatollah Khomeini", "code": "IRN", "sector": "***"},
        ],
        "target": "",
    }
    assert gold_actors(record) == [("Turkish Kurd refugees", "TUR", "REF")]


def test_the_actor_overlapping_the_gold_words_most_is_read() -> None:
    text = "German Foreign Minister Oskar Fischer met them."
    start, end = _locate(text, "german foreign minister oskar fischer") or (0, 0)
    assert (start, end) == (0, 37)
    germany = SimpleNamespace(id="country:DEU", mentions=[SimpleNamespace(start=0, end=6)])
    fischer = SimpleNamespace(id="person:x", mentions=[SimpleNamespace(start=24, end=37)])
    elsewhere = SimpleNamespace(id="y", mentions=[SimpleNamespace(start=38, end=41)])
    analysis = SimpleNamespace(actors=[germany, fischer, elsewhere])
    assert _actor_at(analysis, start, end) is fischer
    assert _actor_at(analysis, 0, 6) is germany
    assert _actor_at(analysis, 42, 46) is None
