"""A low-confidence country guess from the spelling of a person's name.

When a full personal name is in no source (KB, nationality list) and the text says
nothing, the letters still hint at a country ("-enko", "Nguyen", "-sson"). A
multinomial naive Bayes over character n-grams of the name's words, trained on the
KB's *imported* office holders (``leaders.jsonl`` etc.: tens of thousands of heads of
state and government and cabinet members of every country, never the hand-written
files, which were written with the dev cases in view), gives a country when its
(tempered) posterior is at least ``[actors.name_model] min_posterior``, with the confidence
``confidence_scale`` times that posterior, marked ``country_source = "name-model"``.
It never overrides the KB or the text (rule ``actors.link.name_model``, tried last).

The model is data: ``data/kb/name_model.json.gz`` (the counts are plain integers,
readable and versioned). ``stancemap kb name-model`` rebuilds it from the KB
(``rebuild``: ``write_model(train(training_names(kb people), min_count), path)`` with
``[actors.name_model] min_count``); the same KB gives the same bytes.
"""

from __future__ import annotations

import gzip
import json
import math
from collections import Counter, defaultdict
from collections.abc import Iterable
from dataclasses import dataclass
from functools import lru_cache
from importlib import resources
from pathlib import Path
from typing import Any

import numpy as np

from ..datafiles import constants
from .normalize import fold

MODEL = "data/kb/name_model.json.gz"
SOURCE = "name-model"
_SETTINGS = constants("actors")["name_model"]
_MEMO_NAMES = 50_000  # names whose best country is kept (a few MB)


@dataclass(frozen=True)
class Guess:
    country: str
    posterior: float
    confidence: float


def features(name: str) -> list[str]:
    """Character 2-4-grams of each word of the folded name, with word boundaries."""
    out: list[str] = []
    for word in fold(name).split():
        padded = f"^{word}$"
        for n in (2, 3, 4):
            out.extend(padded[i : i + n] for i in range(len(padded) - n + 1))
    return out


def training_names(people: Iterable[Any]) -> list[tuple[str, str]]:
    """(name, country) of imported people with one country over all their roles."""
    out = []
    for actor in people:
        if actor.type != "person" or actor.curated:
            continue
        countries = {r.country for r in actor.roles if r.country}
        if actor.country:
            countries.add(actor.country)
        if len(countries) == 1 and len(actor.name.split()) >= 2:
            out.append((actor.name, next(iter(countries))))
    return out


def train(examples: list[tuple[str, str]], min_count: int) -> dict[str, Any]:
    """Counts of a multinomial naive Bayes: per country, names and n-gram tokens; per
    n-gram seen at least ``min_count`` times, its count in each country."""
    names: Counter[str] = Counter()
    grams: dict[str, Counter[str]] = defaultdict(Counter)
    for name, country in examples:
        names[country] += 1
        for gram in features(name):
            grams[gram][country] += 1
    kept = {g: c for g, c in grams.items() if sum(c.values()) >= min_count}
    countries = sorted(names)
    tokens: Counter[str] = Counter()
    for counts in kept.values():
        tokens.update(counts)
    return {
        "countries": countries,
        "names": [names[c] for c in countries],
        "tokens": [tokens[c] for c in countries],
        "grams": {
            g: {c: n for c, n in sorted(counts.items())} for g, counts in sorted(kept.items())
        },
    }


class NameModel:
    def __init__(self, data: dict[str, Any]) -> None:
        self.countries: list[str] = data["countries"]
        total = sum(data["names"])
        self._prior = [math.log(n / total) for n in data["names"]]
        vocabulary = len(data["grams"])
        alpha = float(_SETTINGS["smoothing"])
        self._denominator = [math.log(t + alpha * vocabulary) for t in data["tokens"]]
        self._alpha = alpha
        self._index = {c: i for i, c in enumerate(self.countries)}
        self._grams: dict[str, dict[str, int]] = data["grams"]
        # per n-gram, its countries' rows and log counts as arrays, made when first asked
        self._gram_rows: dict[str, tuple[Any, Any]] = {}
        # name -> its best country and posterior: a name recurs in every article about
        # its bearer, and the posterior (a numpy pass over every country per n-gram)
        # never changes; the thresholds are applied afresh on every call
        self._best: dict[str, tuple[str, float] | None] = {}

    def posterior(self, name: str) -> list[tuple[str, float]]:
        """Countries by posterior probability, best first."""
        # whole-array steps, each country's score taking the same float operations in the
        # same order as a loop over countries would (so the same bits): 200 countries a
        # gram in Python cost 8 ms a name
        vector = np.array(self._prior, dtype=np.float64)
        denominators = np.array(self._denominator, dtype=np.float64)
        log_alpha = math.log(self._alpha)
        for gram in features(name):
            rows = self._rows_of(gram)
            if rows is None:
                continue  # an n-gram never seen in training says nothing
            vector -= denominators
            vector[rows[0]] += rows[1]
            vector += log_alpha
        scores: list[float] = vector.tolist()
        # naive Bayes counts every n-gram as independent evidence, so its raw posteriors
        # are far too sure; a temperature (fitted on held-out KB names) softens them
        temperature = float(_SETTINGS["temperature"])
        top = max(scores)
        weights = [math.exp((s - top) / temperature) for s in scores]
        total = sum(weights)
        ranked = sorted(zip(self.countries, weights, strict=True), key=lambda x: -x[1])
        return [(c, w / total) for c, w in ranked]

    def _rows_of(self, gram: str) -> tuple[Any, Any] | None:
        found = self._gram_rows.get(gram)
        if found is None:
            counts = self._grams.get(gram)
            if counts is None:
                return None
            alpha = self._alpha
            log_alpha = math.log(alpha)
            rows = np.array([self._index[c] for c in counts], dtype=np.intp)
            logs = np.array([math.log(n + alpha) - log_alpha for n in counts.values()])
            found = self._gram_rows[gram] = (rows, logs)
        return found

    def guess(self, name: str) -> Guess | None:
        """The best country, when its posterior reaches ``min_posterior``."""
        best = self._best_of(name)
        if best is None:
            return None
        country, posterior = best
        if posterior < float(_SETTINGS["min_posterior"]):
            return None
        scale = float(_SETTINGS["confidence_scale"])
        return Guess(country, round(posterior, 3), round(scale * posterior, 3))

    def _best_of(self, name: str) -> tuple[str, float] | None:
        """The top of ``posterior(name)``, None for a name without n-grams (memoised)."""
        if name in self._best:
            return self._best[name]
        if len(self._best) >= _MEMO_NAMES:  # a long stream: start again, bounded
            self._best.clear()
        found = self._best[name] = self.posterior(name)[0] if features(name) else None
        return found


@lru_cache(maxsize=1)
def shipped_model() -> NameModel | None:
    path = resources.files("stancemap").joinpath(MODEL)
    if not path.is_file():
        return None
    return NameModel(json.loads(gzip.decompress(path.read_bytes())))


def write_model(model: dict[str, Any], out: Path) -> None:
    text = json.dumps(model, ensure_ascii=False, separators=(",", ":"), sort_keys=True)
    out.write_bytes(gzip.compress(text.encode(), compresslevel=9, mtime=0))


def rebuild(people: Iterable[Any], out: Path, min_count: int | None = None) -> dict[str, int]:
    """Train on ``people`` (``training_names``: the imported ones) and write the model to
    ``out``; ``min_count`` defaults to ``[actors.name_model] min_count``. Returns counts
    of names, countries and n-grams kept."""
    examples = training_names(people)
    model = train(examples, int(_SETTINGS["min_count"]) if min_count is None else min_count)
    write_model(model, out)
    return {
        "names": len(examples),
        "countries": len(model["countries"]),
        "grams": len(model["grams"]),
    }
