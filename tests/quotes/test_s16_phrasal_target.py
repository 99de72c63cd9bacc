"""Session 16, round 2: campaign attacks between people from WordNet's two-word verbs
(issue 14). Sentences written for the test.

``quotes.cue.wordnet_phrasal``: a two-word WordNet verb of judging ("lash out", "make
fun") or one whose most frequent sense is in verb.communication ("take issue", "bristle
at"), matched on the parse as the verb with its particle, its preposition or its noun
object; a speaker subject; the person after the preposition is the target and the content.
"""

from __future__ import annotations

from stancemap.quotes.wordnet_cues import load_wordnet_cues

PHRASAL = "quotes.cue.wordnet_phrasal"


def _cues(quotes) -> dict[str, str]:  # type: ignore[no-untyped-def]
    return {q.cue.text: q.content.text for q in quotes if q.cue is not None}


def test_a_particle_verb_of_judging_targets_a_person(quotes_without) -> None:  # type: ignore[no-untyped-def]
    text = "Senator Marla Voss lashed out at Governor Dean Pruitt on Tuesday."
    assert _cues(quotes_without(text)).get("lashed out at") == "Governor Dean Pruitt"
    assert "lashed out at" not in _cues(quotes_without(text, (PHRASAL,)))


def test_a_verb_with_a_noun_object_targets_a_person(quotes_without) -> None:  # type: ignore[no-untyped-def]
    text = "The governor made fun of Senator Marla Voss in a speech."
    assert _cues(quotes_without(text)).get("made fun of") == "Senator Marla Voss"
    assert "made fun of" not in _cues(quotes_without(text, (PHRASAL,)))


def test_a_verb_and_its_preposition_target_a_person(quotes_without) -> None:  # type: ignore[no-untyped-def]
    text = "Councilman Abel Ferro bristled at the mayor during the debate."
    assert _cues(quotes_without(text)).get("bristled at") == "the mayor"
    assert "bristled at" not in _cues(quotes_without(text, (PHRASAL,)))


def test_a_thing_after_the_preposition_is_no_target(quotes_without) -> None:  # type: ignore[no-untyped-def]
    text = "Governor Dean Pruitt lashed out at the weather all week."
    assert "lashed out at" not in _cues(quotes_without(text))


def test_the_list_holds_two_word_verbs_by_their_first_word() -> None:
    cues = load_wordnet_cues()
    assert "out" in cues.multiword["lash"]
    assert "issue" in cues.multiword["take"]
    assert "at" in cues.multiword["bristle"]
    assert "out" not in cues.multiword.get("put", frozenset())  # "put out": mostly no speech


def test_a_verb_of_addressing_a_person_is_no_judgment(quotes_without) -> None:  # type: ignore[no-untyped-def]
    # "turn to" is first "address" (WordNet frames it with somebody, never something)
    text = "The senators turned to Governor Dean Pruitt for an answer."
    assert "turned to" not in _cues(quotes_without(text))
    assert "to" not in load_wordnet_cues().multiword.get("turn", frozenset())


def test_a_particle_verb_of_telling_has_a_recipient_not_a_target(quotes_without) -> None:  # type: ignore[no-untyped-def]
    # "pass along" is a verb.communication verb, but "to Y" after its particle is who got it
    text = "Mr. Hale passed along to Senator Marla Voss a note from the donors."
    assert "passed along to" not in _cues(quotes_without(text))


def test_a_verb_whose_object_names_no_words_is_no_judgment(quotes_without) -> None:  # type: ignore[no-untyped-def]
    # "shake hands" is verb.communication in WordNet, but "hands" names no words or view
    text = "Senator Marla Voss shook hands with Governor Dean Pruitt after the debate."
    assert "shook hands with" not in _cues(quotes_without(text))
    assert "issue" in load_wordnet_cues().objects
    assert "hands" not in load_wordnet_cues().objects
