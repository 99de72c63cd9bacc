"""Session 23 (Q): rule ``stances.claims.judged_party`` - a quoted copular predicate or a
verb of naming judging another named party, signed only by an open lexicon (AFINN/VADER,
WordNet signs); a predicate no lexicon signs, or one of suffering or feeling, gives
nothing. Sentences written for these tests."""

from __future__ import annotations

from pathlib import Path

import pytest

from stancemap.config import load_settings
from stancemap.pipeline import Analyzer
from stancemap.stances.judged_gates import GATES

RULE = "stances.claims.judged_party"
OTHER = "stances.claims.judged_subject"  # the learned-model rule stays off in these tests
# Session 34's event rule reads a bad name ("called X a liar") as ACCUSE; it stays off here
# so that the statement rule is seen alone.
NAMING_EVENT = "events.sense.naming_judgment"
# session 38: the events stage's reading of the same quoted judgements as ACCUSE/SUPPORT
QUOTED_EVENT = "events.quotes.content_judgement"


def analyzer(*, on: bool) -> Analyzer:
    settings = load_settings()
    off = [r for r in settings.rules.disable if r != RULE]
    for always_off in (OTHER, NAMING_EVENT, QUOTED_EVENT):
        if always_off not in off:
            off.append(always_off)
    if not on:
        off.append(RULE)
    off += GATES  # session 37's gates off: this file reads the rule alone
    rules = settings.rules.model_copy(update={"disable": off, "enable": []})
    return Analyzer(settings.model_copy(update={"rules": rules}))


ON, OFF = analyzer(on=True), analyzer(on=False)


def pairs(text: str, *, on: bool) -> dict[frozenset[str], float]:
    result = (ON if on else OFF).analyze_text(text, doc_id="s23q", date="2016-03-02")
    names = {a.id: a.name for a in result.actors}
    return {frozenset((names[r.a], names[r.b])): r.score for r in result.relations}


def test_an_insulting_predicate_sets_the_speaker_against_its_subject() -> None:
    text = '"Hillary Clinton is corrupt and dishonest," Bernie Sanders said on Tuesday.'
    pair = frozenset(("Hillary Clinton", "Bernie Sanders"))
    assert pair not in pairs(text, on=False)
    assert pairs(text, on=True)[pair] < 0


def test_praise_aligns_the_speaker_with_its_subject() -> None:
    text = '"Vladimir Putin is a great leader," Donald Trump told reporters on Tuesday.'
    pair = frozenset(("Vladimir Putin", "Donald Trump"))
    assert pair not in pairs(text, on=False)
    assert pairs(text, on=True)[pair] > 0


def test_a_good_thing_for_a_bad_one_is_bad() -> None:
    text = (
        "India's foreign ministry said on Thursday that Canada had become a safe haven for "
        "extremists."
    )
    found = pairs(text, on=True)
    assert any("Canada" in p and "India" in p for p in found)
    assert all(s < 0 for p, s in found.items() if "Canada" in p and "India" in p)


def test_naming_in_a_relative_clause_is_its_heads() -> None:
    text = (
        "The statement singled out Argentine President Javier Milei, who called Venezuelan "
        'President Nicolas Maduro a "liar" after the vote.'
    )
    pair = frozenset(("Javier Milei", "Nicolás Maduro"))
    assert pair not in pairs(text, on=False)
    assert pairs(text, on=True)[pair] < 0


def test_a_description_no_lexicon_signs_judges_no_one() -> None:
    text = '"Barack Obama is the president of the United States," Mitt Romney said on Tuesday.'
    assert pairs(text, on=True) == pairs(text, on=False)


def test_a_word_of_suffering_judges_no_one() -> None:
    text = '"Donald Trump is the victim of a smear," Chris Christie said on Tuesday.'
    assert not any(s < 0 for s in pairs(text, on=True).values())


def test_a_conditional_or_a_modal_judges_no_one() -> None:
    text = '"If Hillary Clinton wins, she could be a disaster," Bernie Sanders said on Tuesday.'
    assert pairs(text, on=True) == pairs(text, on=False)


def test_experiencer_words_are_read_from_wordnet() -> None:
    from stancemap.stances.judged_party import experiencer_words

    words = experiencer_words()
    assert {"victim", "afraid", "casualty"} <= words
    assert not {"corrupt", "liar", "great", "terrible", "friend"} & words


def test_experiencer_list_is_what_the_importer_writes() -> None:
    wordnet = Path("/usr/share/wordnet")
    if not (wordnet / "data.adj").exists():
        pytest.skip("WordNet 3.0 (wordnet-base) is not installed")
    from stancemap.stances.experiencer_import import OUT, experiencers

    listed = [w for w in OUT.read_text("utf-8").splitlines() if w and not w.startswith("#")]
    assert listed == experiencers(wordnet)


def test_a_quoted_name_the_parser_hangs_elsewhere_still_names() -> None:
    text = (
        "Italian Prime Minister Giorgia Meloni distanced herself on Friday from her deputy "
        'Matteo Salvini, who had called French President Emmanuel Macron "a danger to peace" '
        "for floating the idea of sending Western troops to Ukraine."
    )
    found = pairs(text, on=True)
    macron = [s for p, s in found.items() if "Emmanuel Macron" in p and "Giorgia Meloni" not in p]
    assert macron and all(s < 0 for s in macron)
    assert not any("Emmanuel Macron" in p for p in pairs(text, on=False))


def test_a_states_condition_is_no_stance_towards_it() -> None:
    text = '"Libya today is a complete mess," Hillary Clinton said on Tuesday.'
    assert pairs(text, on=True) == pairs(text, on=False)


def test_another_persons_thought_is_not_the_speakers() -> None:
    text = '"Everybody thought Hillary Clinton was dishonest," Bill Clinton said on Tuesday.'
    assert pairs(text, on=True) == pairs(text, on=False)


def test_praise_whose_worth_is_its_complements_is_no_praise() -> None:
    text = (
        '"Donald Trump is responsible for what happens at his rallies," Hillary Clinton said '
        "on Tuesday."
    )
    assert not any(s > 0 for s in pairs(text, on=True).values())


def test_a_pronoun_is_not_read_as_the_judged_party() -> None:
    text = (
        "Donald Trump spoke about Sheldon Adelson on Tuesday. "
        '"He is an amazing man," Mitt Romney said.'
    )
    assert pairs(text, on=True) == pairs(text, on=False)
