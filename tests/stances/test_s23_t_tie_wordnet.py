"""Session 23 (engineer T, issue 14): the tie words of ``stances.ties.*`` from WordNet.

``stances.ties_import`` derives ``data/stances/ties_wordnet.tsv`` from WordNet 3.0 (tie
nouns under alliance/treaty/relationship/partnership/tie senses and derived from the
verbs of allying; verbs of ending and of making a tie from chosen senses and their
troponyms) with a small hand part (``ties_hand.tsv``) for what WordNet cannot say; rule
``stances.ties.wordnet_words`` reads it instead of the hand list ``ties.tsv``. Sentences
written for these tests (invented people, real states).
"""

from __future__ import annotations

import pytest

from relation_probe import relation_score
from stancemap.datafiles import read_table
from stancemap.stances import ties_import
from stancemap.stances.ties import tie_words

RULE = "stances.ties.wordnet_words"


def _shipped() -> set[tuple[str, str, int, float, str]]:
    return {
        (r["kind"], r["words"], int(r["sign"]), float(r["weight"]), r["source"])
        for r in read_table(ties_import.OUT, required=("kind", "words", "sign", "weight", "source"))
    }


def test_the_importer_reproduces_the_shipped_list() -> None:
    if not (ties_import.WORDNET / "data.noun").exists():
        pytest.skip("no WordNet (Debian package wordnet-base)")
    assert set(ties_import.build(ties_import.WORDNET)) == _shipped()


def test_the_derived_classes_come_from_wordnet_and_the_hand_part_says_why() -> None:
    words = tie_words(True)
    # tie nouns: hyponyms of treaty/agreement/alliance and nouns derived from "ally" & co
    for noun in ("alliance", "treaty", "pact", "deal", "covenant", "bloc", "collaboration"):
        assert words.get("tie", noun) is not None, noun
    assert words.get("tie", "sale") is None  # excluded: no standing tie
    assert words.get("end", "rescind") == (-1, 1.0)  # revoke.v.2
    assert words.get("end", "break off") is not None  # a verb + particle lemma
    assert words.get("end", "finalize") is None  # end.v.2's troponym makes a deal: not taken
    assert words.get("make", "ratify") == (1, 1.0)
    assert words.get("ended", "expire") is not None
    sources = {(r[0], r[1]): r[4] for r in _shipped()}
    assert sources[("end", "rescind")].startswith("wordnet:")
    hand = [s for s in sources.values() if s.startswith("hand:")]
    assert hand and all(len(s) > len("hand: ") + 10 for s in hand)
    # the hand part keeps only what WordNet lacks: prepositions, copula complements, idioms
    assert sources[("end_from", "withdraw from")].startswith("hand:")
    assert sources[("over", "finished")].startswith("hand:")
    # the hand list stays what the rule off reads
    assert tie_words(False).get("tie", "deal") is None


def test_ending_a_collaboration_is_against_the_partner_with_the_wordnet_words(
    analyzer,
) -> None:  # type: ignore[no-untyped-def]
    text = "Prime Minister Arben Kola said Albania would end its collaboration with Serbia."
    on = relation_score(analyzer, text, "Albania", "Serbia", enable=[RULE])
    off = relation_score(analyzer, text, "Albania", "Serbia", disable=[RULE])
    assert on is not None and on < 0
    assert off is None


def test_reinforcing_an_alliance_aligns_the_parties_with_the_wordnet_words(
    analyzer,
) -> None:  # type: ignore[no-untyped-def]
    text = "Prime Minister Arben Kola said Albania would reinforce its alliance with Serbia."
    on = relation_score(analyzer, text, "Albania", "Serbia", enable=[RULE])
    off = relation_score(analyzer, text, "Albania", "Serbia", disable=[RULE])
    assert on is not None and on > 0
    assert off is None
