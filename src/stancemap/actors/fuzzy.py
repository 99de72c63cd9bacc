"""Fuzzy search over the KB's folded names, blocked so that most names are never scored.

Two searches, each giving exactly what a scan of every KB name would give:

* ``fuzz.ratio`` at the threshold ("Tokajew" ~ "Tokayev"): a plain scan;
* ``fuzz.token_set_ratio`` >= 90, the best eight ("George Dubya Bush" ~
  "George W. Bush"): names sharing a word with the query come from a word
  index; a name sharing none scores the plain ratio of the two sorted word
  sets, which needs lengths within a factor (200 - c) / c of each other, so
  only the word sets of those lengths are scored (ties go to the earlier name,
  as in a scan). About seven times faster than scoring every name.

Names repeat within and across documents: each folded query's answer is
remembered (bounded, so a long-running worker keeps flat memory).
"""

from __future__ import annotations

import math
from collections.abc import Sequence
from typing import Any

from rapidfuzz import fuzz, process

Match = tuple[str, float, int]  # (key, score, index into the keys)
_MEMO = 50_000  # folded names whose fuzzy match is remembered
_SET_CUTOFF = 90  # token_set_ratio a one-word-apart name must reach
_SET_LIMIT = 8


class FuzzyNames:
    """Blocked fuzzy search over a fixed list of folded names."""

    def __init__(self, keys: Sequence[str], threshold: int) -> None:
        self.keys = keys
        self.threshold = threshold
        self._word_sets = [" ".join(sorted(set(k.split()))) for k in keys]
        self._by_set_length = _buckets(self._word_sets)
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
        """The first best ``fuzz.ratio`` match at ``cutoff`` (a plain scan: rapidfuzz's own
        length pruning already beats blocking by length here)."""
        found = process.extractOne(key, self.keys, scorer=fuzz.ratio, score_cutoff=cutoff)
        return (found[0], found[1], found[2]) if found is not None else None

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
        for indices, choices in _in_band(self._by_set_length, len(query), _SET_CUTOFF - 1):
            for _, _, j in process.extract(
                query, choices, scorer=fuzz.ratio, score_cutoff=_SET_CUTOFF - 1, limit=None
            ):
                if indices[j] in shared:
                    continue
                score = fuzz.token_set_ratio(key, self.keys[indices[j]])
                if score >= _SET_CUTOFF:
                    found.append((score, indices[j]))
        found.sort(key=lambda item: (-item[0], item[1]))
        return [(self.keys[i], score, i) for score, i in found[:_SET_LIMIT]]


def _buckets(strings: Sequence[str]) -> dict[int, tuple[list[int], list[str]]]:
    """Length -> (indices, strings) of that length, in list order."""
    out: dict[int, tuple[list[int], list[str]]] = {}
    for i, text in enumerate(strings):
        indices, texts = out.setdefault(len(text), ([], []))
        indices.append(i)
        texts.append(text)
    return out


def _in_band(
    buckets: dict[int, tuple[list[int], list[str]]], length: int, cutoff: float
) -> list[tuple[list[int], list[str]]]:
    """The buckets whose length allows a ratio of ``cutoff`` with a string of ``length``
    (ratio <= 200 * shorter / (sum of lengths)); one length of slack each way."""
    if cutoff <= 0:
        return list(buckets.values())
    low = math.floor(length * cutoff / (200 - cutoff)) - 1
    high = math.ceil(length * (200 - cutoff) / cutoff) + 1
    return [buckets[n] for n in range(max(low, 0), high + 1) if n in buckets]
