"""The fuzzy name search prunes with a bound (actors/fuzzy.py): it must return exactly
what rapidfuzz's scan of every name returns, on the shipped KB's names and on strings
built to sit at the edges of the bound (repeated bigrams, very short and long names)."""

from __future__ import annotations

import random

from rapidfuzz import fuzz, process

from stancemap.actors.fuzzy import FuzzyNames, _candidates
from stancemap.actors.linker import Linker

_LETTERS = "abcdefghijklmnopqrstuvwxyz "


def _edit(rnd: random.Random, name: str, edits: int) -> str:
    """``name`` with ``edits`` random inserts, deletes, substitutions or swaps."""
    chars = list(name)
    for _ in range(edits):
        i = rnd.randrange(max(1, len(chars)))
        kind = rnd.randrange(4)
        if kind == 0:
            chars.insert(i, rnd.choice(_LETTERS))
        elif kind == 1 and len(chars) > 1:
            del chars[i]
        elif kind == 2 and chars:
            chars[i] = rnd.choice(_LETTERS)
        elif i + 1 < len(chars):
            chars[i], chars[i + 1] = chars[i + 1], chars[i]
    return "".join(chars).strip() or name


def _variants(rnd: random.Random, name: str) -> str:
    words = name.split()
    roll = rnd.random()
    if roll < 0.15 and len(words) > 1:
        rnd.shuffle(words)  # word order (token set)
        return " ".join(words)
    if roll < 0.3 and len(words) > 2:
        del words[rnd.randrange(len(words))]
        return " ".join(words)
    if roll < 0.4:
        return " ".join(_edit(rnd, w, 1) for w in words)  # no word shared
    return _edit(rnd, name, rnd.choice((1, 1, 2, 3, 4)))


def _assert_same_as_a_scan(
    index: FuzzyNames, keys: list[str], queries: list[str], cutoffs: tuple[int, ...]
) -> int:
    """Both searches against the full scans; returns how many queries found something."""
    hits = 0
    for query in queries:
        for cutoff in cutoffs:
            expected = process.extractOne(query, keys, scorer=fuzz.ratio, score_cutoff=cutoff)
            got = index.ratio_best(query, cutoff)
            assert got == (tuple(expected) if expected is not None else None), (query, cutoff)
            hits += got is not None
        expected_set = process.extract(
            query, keys, scorer=fuzz.token_set_ratio, score_cutoff=90, limit=8
        )
        assert index.set_best(query) == [tuple(x) for x in expected_set], query
    return hits


def test_the_bound_keeps_every_name_that_reaches_the_cutoff() -> None:
    rnd = random.Random(11)
    keys = ["aaaa", "aaaaaaaa", "anana", "banana", "ab", "a", "abab", "baba", "x y", "y x"]
    keys += ["".join(rnd.choice("ab ") for _ in range(rnd.randint(1, 12))) for _ in range(300)]
    keys += ["".join(rnd.choice(_LETTERS) for _ in range(rnd.randint(20, 60))) for _ in range(50)]
    index = FuzzyNames(keys, 88)
    for query in keys[:120] + [_edit(rnd, k, 2) for k in keys] + ["", "q", "zzzz", "a" * 200]:
        for cutoff in (0, 50, 75, 88, 92, 100):
            rows = set(_candidates(index._key_grams, query, cutoff).tolist())
            for row, key in enumerate(keys):
                if fuzz.ratio(query, key) >= cutoff:
                    assert row in rows, (query, key, cutoff)
    queries = [_edit(rnd, k, 1) for k in keys[:150]]
    assert _assert_same_as_a_scan(index, keys, queries, (60, 88, 92)) > 0


def test_search_on_the_shipped_kb_equals_a_scan(linker: Linker) -> None:
    index = linker._fuzzy
    keys = list(index.keys)
    assert len(keys) > 10_000
    rnd = random.Random(5)
    queries = [_variants(rnd, name) for name in rnd.sample(keys, 120)]
    queries += ["vladimir putin", "kassym jomart tokayev", "george dubya bush", "nobody at all"]
    hits = _assert_same_as_a_scan(index, keys, queries, (88, 92))
    assert hits > len(queries) // 2  # most variants are still found
