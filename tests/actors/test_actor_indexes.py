"""The actor stage's indexes give what a plain scan gives (they only make it faster)."""

from __future__ import annotations

import random
from types import SimpleNamespace

from rapidfuzz import fuzz, process

from stancemap.actors.candidates import Excluded
from stancemap.actors.fuzzy import FuzzyNames
from stancemap.actors.layer import ActorLayer
from stancemap.records import ActorMention

_FIRST = ["george", "anna", "vladimir", "jean", "li", "abdel", "maria", "olaf", "boris"]
_LAST = ["bush", "putin", "smith", "schmidt", "wei", "fattah", "lopez", "scholz", "johnson"]


def _names(rnd: random.Random, n: int) -> list[str]:
    names = []
    for _ in range(n):
        words = [rnd.choice(_FIRST)]
        if rnd.random() < 0.4:
            words.append(rnd.choice(["w", "de", "al", "jr", "van", "el"]))
        words.append(rnd.choice(_LAST) + rnd.choice(["", "a", "ov", "son", "i"]))
        names.append(" ".join(words))
    return list(dict.fromkeys(names))


def _misspell(rnd: random.Random, name: str) -> str:
    i = rnd.randrange(len(name))
    return name[:i] + rnd.choice("aeioxz") + name[i + 1 :]


def test_fuzzy_search_equals_a_scan() -> None:
    rnd = random.Random(7)
    keys = _names(rnd, 400) + ["george dubya bush", "bush george", "putin"]
    index = FuzzyNames(keys, 88)
    # every word misspelt: no word shared, so only the length band finds the near names
    all_words = [" ".join(_misspell(rnd, w) for w in k.split()) for k in rnd.sample(keys, 80)]
    queries = (
        all_words
        + [_misspell(rnd, k) for k in rnd.sample(keys, 150)]
        + [
            "george w bush",
            "vladimir vladimirovich putin",
            "smith anna",
            "nobody at all",
        ]
    )
    for query in queries:
        for cutoff in (88, 92):
            expected = process.extractOne(query, keys, scorer=fuzz.ratio, score_cutoff=cutoff)
            assert index.ratio_best(query, cutoff) == (
                tuple(expected) if expected is not None else None
            ), query
        expected_set = process.extract(
            query, keys, scorer=fuzz.token_set_ratio, score_cutoff=90, limit=8
        )
        assert index.set_best(query) == [tuple(x) for x in expected_set], query


def test_fuzzy_search_remembers_and_takes_the_accepted_option() -> None:
    keys = ["george w bush", "george h w bush", "laura bush"]
    index = FuzzyNames(keys, 88)
    asked: list[str] = []

    def accept(key: str, option: tuple[str, float, int]) -> bool:
        asked.append(option[0])
        return option[0] == "george w bush"

    assert index.best("george dubya bush", accept)[0] == "george w bush"
    n = len(asked)
    assert index.best("george dubya bush", accept)[0] == "george w bush"
    assert len(asked) == n  # remembered, not searched again


def _mention(start: int, end: int, confidence: float = 0.9) -> ActorMention:
    return ActorMention(
        start=start, end=end, text="x" * (end - start), actor_id=f"a{start}", how="name",
        confidence=confidence,
    )  # fmt: skip


def _scan_mention_at(mentions: list[ActorMention], start: int, end: int) -> ActorMention | None:
    inside = [m for m in mentions if start <= m.start and m.end <= end]
    if inside:
        return max(inside, key=lambda m: (m.end - m.start, m.confidence))
    return next((m for m in mentions if m.start < end and start < m.end), None)


def test_mention_at_equals_a_scan() -> None:
    rnd = random.Random(3)
    for _ in range(60):
        mentions = []
        for _ in range(rnd.randrange(0, 25)):
            start = rnd.randrange(0, 300)
            mentions.append(_mention(start, start + rnd.randrange(1, 40), rnd.random()))
        layer = ActorLayer(mentions=mentions)
        for _ in range(40):
            start = rnd.randrange(0, 320)
            end = start + rnd.randrange(1, 30)
            assert layer.mention_at(start, end) == _scan_mention_at(layer.mentions, start, end)


def test_excluded_stretches_equal_a_scan() -> None:
    rnd = random.Random(5)
    for _ in range(40):
        stretches = []
        for _ in range(rnd.randrange(0, 6)):
            start = rnd.randrange(0, 200)
            stretches.append(SimpleNamespace(start=start, end=start + rnd.randrange(1, 50)))
        excluded = Excluded(SimpleNamespace(excluded=stretches))  # type: ignore[arg-type]
        for _ in range(60):
            start = rnd.randrange(0, 260)
            end = start + rnd.randrange(1, 20)
            expected = any(
                ex.start <= start < ex.end or ex.start < end <= ex.end for ex in stretches
            )
            assert excluded(start, end) == expected


def test_the_actor_stage_reads_the_shared_word_lists() -> None:
    """One list per concept: speech verbs from the reporting lexicon, pronouns from
    data/lexicon/pronouns.tsv (no copies of their own in the actor stage)."""
    from stancemap.actors import coref, spans
    from stancemap.nlp.reporting import speech_verbs
    from stancemap.nlp.words import pronoun_table

    assert speech_verbs() == spans.SPEECH_VERBS
    table = pronoun_table()
    for word, gender in coref.PERSON_PRONOUNS.items():
        assert (table[word].person, table[word].gender) == (3, gender)
    assert {"he", "him", "his", "she", "her", "hers"} <= set(coref.PERSON_PRONOUNS)
    assert all(table[w].number == "pl" for w in coref.GROUP_PRONOUNS)
    assert all(table[w].gender == "n" for w in coref.BODY_PRONOUNS)
