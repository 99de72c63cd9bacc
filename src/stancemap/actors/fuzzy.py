"""Fuzzy search over the KB's folded names, pruned by an exact bound so that most names
are never scored.

Two searches, each giving exactly what a scan of every KB name would give:

* ``fuzz.ratio`` at the threshold ("Tokajew" ~ "Tokayev");
* ``fuzz.token_set_ratio`` >= 90, the best eight ("George Dubya Bush" ~
  "George W. Bush"): names sharing a word with the query come from a word
  index; a name sharing none scores the plain ratio of the two sorted word
  sets (ties go to the earlier name, as in a scan).

Both ratio scans score only the names that can reach the cutoff (``_GramIndex``).
``fuzz.ratio`` is 100 * (1 - d / (la + lb)) with d the insert/delete distance, so a
score >= c needs d <= D = (la + lb) * (100 - c) / 100; the lengths then differ by at
most D, and (the q-gram lemma: one edit breaks at most two bigrams) the two strings
share at least max(la, lb) - 1 - 2 * D bigrams, counted with repeats. One bincount over
the query's bigram postings gives every name's shared count; the few names that pass
are scored by rapidfuzz as the scan would, in the same order. About a tenth of the
scan's time on the KB (bench: the names of 40 PolNeAR articles).

Names repeat within and across documents: each folded query's answer is
remembered (bounded, so a long-running worker keeps flat memory).
"""

from __future__ import annotations

from array import array
from collections.abc import Sequence
from functools import lru_cache
from typing import Any

import numpy as np
from rapidfuzz import fuzz, process

Match = tuple[str, float, int]  # (key, score, index into the keys)
_MEMO = 50_000  # folded names whose fuzzy match is remembered
_SET_CUTOFF = 90  # token_set_ratio a one-word-apart name must reach
_SET_LIMIT = 8


class FuzzyNames:
    """Pruned fuzzy search over a fixed list of folded names."""

    def __init__(self, keys: Sequence[str], threshold: int) -> None:
        self.keys = keys
        self.threshold = threshold
        self._word_sets = [" ".join(sorted(set(k.split()))) for k in keys]
        # plain data (bytes, dicts): the KB index stores this state with marshal
        self._key_grams = _gram_index(keys)
        self._set_grams = _gram_index(self._word_sets)
        self._by_word: dict[str, list[int]] = {}
        for i, key in enumerate(keys):
            for word in set(key.split()):
                self._by_word.setdefault(word, []).append(i)
        self._seen: dict[str, Match | None] = {}

    def best(self, key: str, accept: Any) -> Match | None:
        """The best name for ``key`` (remembered): a ratio match at the threshold (one
        word asks more), else among the eight best one-word-apart names the first
        that ``accept(key, option)`` takes."""
        if key in self._seen:
            return self._seen[key]
        found = self._search(key, accept)
        if len(self._seen) >= _MEMO:
            self._seen.clear()
        self._seen[key] = found
        return found

    def _search(self, key: str, accept: Any) -> Match | None:
        # one word is easily near another ("Marine" ~ "Marin"): ask more of it
        cutoff = self.threshold if " " in key else max(self.threshold, 92)
        best = self.ratio_best(key, cutoff)
        if best is None and 1 < len(key.split()) <= 4:
            for option in self.set_best(key):
                if accept(key, option):
                    return option
        return best

    def ratio_best(self, key: str, cutoff: float) -> Match | None:
        """The first best ``fuzz.ratio`` match at ``cutoff``: ``process.extractOne`` over
        every key, scoring only those that can reach ``cutoff``."""
        rows = _candidates(self._key_grams, key, cutoff)
        found = process.extractOne(
            key, [self.keys[i] for i in rows], scorer=fuzz.ratio, score_cutoff=cutoff
        )
        return (found[0], found[1], int(rows[found[2]])) if found is not None else None

    def set_best(self, key: str) -> list[Match]:
        """``process.extract(key, keys, scorer=fuzz.token_set_ratio, score_cutoff=90,
        limit=8)``: best first, ties in key order."""
        words = set(key.split())
        sharing = sorted({i for w in words for i in self._by_word.get(w, ())})
        found: list[tuple[float, int]] = []
        shared_keys = [self.keys[i] for i in sharing]
        for _, score, j in process.extract(
            key, shared_keys, scorer=fuzz.token_set_ratio, score_cutoff=_SET_CUTOFF, limit=None
        ):
            found.append((score, sharing[j]))
        shared = set(sharing)
        query = " ".join(sorted(words))
        # no shared word: token_set_ratio is the ratio of the sorted word sets; a little
        # under the cutoff, then scored by token_set_ratio itself (same float as a scan)
        rows = _candidates(self._set_grams, query, _SET_CUTOFF - 1)
        choices = [self._word_sets[i] for i in rows]
        for _, _, j in process.extract(
            query, choices, scorer=fuzz.ratio, score_cutoff=_SET_CUTOFF - 1, limit=None
        ):
            index = int(rows[j])
            if index in shared:
                continue
            score = fuzz.token_set_ratio(key, self.keys[index])
            if score >= _SET_CUTOFF:
                found.append((score, index))
        found.sort(key=lambda item: (-item[0], item[1]))
        return [(self.keys[i], score, i) for score, i in found[:_SET_LIMIT]]


# bigram postings and lengths (int32 arrays), the longest length
GramIndex = tuple[dict[str, bytes], bytes, int]


def _gram_index(strings: Sequence[str]) -> GramIndex:
    """For each bigram and each count n: the rows of the strings holding it at least n
    times (so one bincount counts the shared bigrams with repeats); and every length."""
    postings: dict[str, array[int]] = {}
    for row, text in enumerate(strings):
        counts: dict[str, int] = {}
        for i in range(len(text) - 1):
            gram = text[i : i + 2]
            counts[gram] = counts.get(gram, 0) + 1
            postings.setdefault(f"{gram}{counts[gram]}", array("i")).append(row)
    lengths = array("i", (len(text) for text in strings))
    grams = {key: rows.tobytes() for key, rows in postings.items()}
    return grams, lengths.tobytes(), max(lengths, default=0)


def _candidates(index: GramIndex, query: str, cutoff: float) -> Any:
    """The rows (ascending) whose ``fuzz.ratio`` with ``query`` can reach ``cutoff``."""
    postings, length_bytes, longest = index
    lengths = np.frombuffer(length_bytes, dtype=np.int32)
    counts: dict[str, int] = {}
    rows = []
    for i in range(len(query) - 1):
        gram = query[i : i + 2]
        counts[gram] = counts.get(gram, 0) + 1
        found = postings.get(f"{gram}{counts[gram]}")
        if found is not None:
            rows.append(np.frombuffer(found, dtype=np.int32))
    shared = (
        np.bincount(np.concatenate(rows), minlength=len(lengths))
        if rows
        else np.zeros(len(lengths), dtype=np.int64)
    )
    return np.flatnonzero(shared >= _needed(len(query), cutoff, longest)[lengths])


@lru_cache(maxsize=1024)
def _needed(size: int, cutoff: float, longest: int) -> Any:
    """By length of a name (up to ``longest``): the bigrams it must share with a query of
    ``size`` chars to reach ``cutoff`` (more than it can share when the lengths alone rule
    it out)."""
    lengths = np.arange(longest + 1)
    # the most edits a score of ``cutoff`` allows (a hair over, against float rounding)
    edits = np.floor((lengths + size) * ((100.0 - cutoff) / 100.0) + 1e-6)
    need = np.maximum(lengths, size) - 1 - 2 * edits
    return np.where(np.abs(lengths - size) <= edits, need, size + 1).astype(np.int64)
