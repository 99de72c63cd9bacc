"""The judge's pair names read as the tree's actors (evaluate/pair_names.py, session 43):
the strict pair recall through the KB, beside the word match it never replaces."""

from __future__ import annotations

from types import SimpleNamespace
from typing import Any

from stancemap.actors import ActorStage
from stancemap.config import load_settings
from stancemap.evaluate import news_score, pair_names

TEXT = "The GOP establishment attacked Mrs. Clinton. Hillary Clinton laughed."
GOP = "org:republican-party-us"
HRC = "person:hillary-clinton"


def _analysis() -> dict[str, Any]:
    return {
        "actors": [
            {"id": GOP, "name": "Republican Party", "mentions": [{"start": 4, "end": 21}]},
            {
                "id": HRC,
                "name": "Hillary Clinton",
                "mentions": [{"start": 31, "end": 43}, {"start": 45, "end": 60}],
            },
        ]
    }


def _relation(sign: str, pair: list[str] | None = None) -> dict[str, Any]:
    return {
        "article": "a",
        "pair": pair or sorted([GOP, HRC]),
        "names": ["Republican Party", "Hillary Clinton"],
        "read_as": sign,
        "evidence": [{"start": 0, "end": 43}],
    }


def _missed(names: list[str], sign: str = "-") -> dict[str, Any]:
    return {"missed": True, "article": "a", "start": 0, "end": 43, "names": names, "sign": sign}


def _no_linker() -> Any:
    return SimpleNamespace(link=lambda name, date: None)


def test_a_gloss_in_parentheses_is_read_apart_and_determiners_do_not_count() -> None:
    assert pair_names.forms("United Mine Workers (miners' union)") == [
        "United Mine Workers",
        "miners' union",
    ]
    assert pair_names.forms("Hillary Clinton") == ["Hillary Clinton"]
    assert pair_names.bare("The  GOP establishment") == "gop establishment"
    assert pair_names.bare("the Republicans’s") == "republicans"
    assert pair_names.bare("the") == "the"


def test_a_phrase_the_judge_copied_is_the_actor_the_stage_linked_there() -> None:
    ids = pair_names.name_ids("the GOP establishment", _analysis(), TEXT, _no_linker(), None)
    assert ids == {GOP}
    assert pair_names.name_ids("Mrs. Clinton", _analysis(), TEXT, _no_linker(), None) == {HRC}
    # a phrase no mention is written as, and no linker reading: no actor
    assert pair_names.name_ids("the establishment", _analysis(), TEXT, _no_linker(), None) == set()


def test_the_linker_reads_an_alias_and_only_an_actor_of_the_article_counts() -> None:
    linker = ActorStage(load_settings()).linker
    ids = pair_names.name_ids("Hillary Rodham Clinton", _analysis(), TEXT, linker, "2016-03-01")
    assert ids == {HRC}
    ids = pair_names.name_ids("the GOP", _analysis(), TEXT, linker, "2016-03-01")
    assert ids == {GOP}
    # the linker reads "Barack Obama", but this article has no such actor
    assert pair_names.name_ids("Barack Obama", _analysis(), TEXT, linker, "2016-03-01") == set()


def test_a_pair_the_word_match_misses_is_found_through_the_kb_with_its_sign() -> None:
    missed = _missed(["the GOP establishment", "Hillary Rodham Clinton"])
    name_ids = {
        ("a", "the GOP establishment"): frozenset({GOP}),
        ("a", "Hillary Rodham Clinton"): frozenset({HRC}),
    }
    assert news_score.missed_pair_found(missed, [_relation("-")]) == (False, False)
    assert news_score.missed_pair_found_kb(missed, [_relation("-")], name_ids) == (True, True)
    assert news_score.missed_pair_found_kb(missed, [_relation("+")], name_ids) == (True, False)
    # another pair, or another article: not found
    other = _relation("-", pair=[GOP, "person:x"])
    assert news_score.missed_pair_found_kb(missed, [other], name_ids) == (False, False)
    elsewhere = {**_relation("-"), "article": "b"}
    assert news_score.missed_pair_found_kb(missed, [elsewhere], name_ids) == (False, False)
    # a name read as no actor: only the word match can find the pair
    assert news_score.missed_pair_found_kb(missed, [_relation("-")], {}) == (False, False)


def test_the_kb_fields_are_added_and_the_word_match_fields_stay() -> None:
    misses = [_missed(["the GOP establishment", "Hillary Clinton"]), _missed(["GOP", "Clinton"])]
    analyses = {"a_2016-03-01_x": (_analysis(), TEXT)}
    misses = [{**m, "article": "a_2016-03-01_x"} for m in misses]
    now = [{**_relation("-"), "article": "a_2016-03-01_x"}]
    name_ids = pair_names.judged_name_ids(misses, analyses, _no_linker())
    plain = news_score.report(misses, now)
    kb = news_score.report(misses, now, name_ids=name_ids)
    assert "found_pair_kb" not in plain["missed"]
    for key in ("pair_items", "found_pair", "found_pair_signed", "recall_pair_signed"):
        assert kb["missed"][key] == plain["missed"][key]
    # "Clinton" meets "Hillary Clinton" word by word; "GOP" meets no word of "Republican
    # Party" and no mention is written so: the word match finds neither pair
    assert plain["missed"]["found_pair"] == 0
    assert (kb["missed"]["found_pair_kb"], kb["missed"]["found_pair_signed_kb"]) == (1, 1)
    assert kb["missed"]["recall_pair_signed_kb"] == 0.5
