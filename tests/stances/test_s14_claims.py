"""Session 14's WordNet signs (``data/stances/wordnet_signs.tsv`` from
``wordnet_sign_import``), read by ``stances.relations.naming_wordnet_sign``. (The session-14
claim rules wordnet_sign, nothing_about, country_issue and demonym_owner shipped off and
were removed in session 21.)
"""

from __future__ import annotations

from stancemap.stances import claims
from stancemap.stances.wordnet_sign_import import _agree, build


def test_wordnet_signs_are_read_from_the_generated_file() -> None:
    signs = claims.wordnet_signs()
    assert signs["historic"][0] == 1  # a satellite of "important"
    assert signs["turning point"][0] == 1  # a collocation, a synonym of "landmark"
    assert signs["baseless"][0] == -1  # a satellite of "unsupported"
    assert signs["legitimate"][0] == 1  # the antonym of "illegitimate"


def test_the_importer_signs_only_what_its_sources_agree_on() -> None:
    signed = {"good": (1, 0.8), "bad": (-1, 0.8), "fine": (1, 0.6)}
    assert _agree(["good", "fine", "odd"], signed) == (1, 0.7, "good")
    assert _agree(["good", "bad"], signed) is None  # two signs: nothing
    adj = {
        "001": (False, ["good"], [("&", "002", 0, 0), ("!", "003", 1, 1)]),
        "002": (True, ["grand"], [("&", "001", 0, 0)]),
        "003": (False, ["bad"], [("!", "001", 1, 1)]),
        "004": (False, ["plain"], [("!", "005", 1, 1)]),
        "005": (False, ["fancy"], [("!", "004", 1, 1)]),
    }
    index = {w: [o] for o, (_s, ws, _l) in adj.items() for w in ws}
    rows = {w: (s, src) for w, s, _wt, src in build(signed, adj, index, {}, {})}
    assert rows["grand"] == (1, "head=good")  # a satellite takes its head's sign
    assert "plain" not in rows and "fancy" not in rows  # no signed word reached
