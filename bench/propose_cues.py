"""Propose reporting words for the quotes lexicon from PolNeAR train.

Every verb (``--kind verbs``) or noun (``--kind nouns``) not in the lexicon is
treated as a cue (verbs as ``stance``/``object``, nouns as ``stance``), the
quotes stage runs over the split, and each proposed word is scored by how many
of its top-level attributions match a gold attribution. Words at or above
``--min-precision`` with at least ``--min-count`` attributions are printed as
JSON lines for a person to review and, if they read as reporting words, add to
``src/stancemap/data/quotes/`` with a comment naming this run. Never run it on dev:
that half measures the result.

    .venv/bin/python bench/propose_cues.py --kind verbs [--split PATH] [--limit N]
"""

from __future__ import annotations

import argparse
import json
from collections import Counter
from pathlib import Path
from typing import Any

ROOT = Path(__file__).resolve().parents[1]
TRAIN = ROOT.parent / "shared" / "gold" / "polnear" / "train"
# verbs too general to propose: they take objects in every sentence
_TOO_GENERAL = frozenset(
    {"be", "have", "do", "get", "go", "take", "give", "come", "make", "put", "let", "become"}
)


class _AnyNoun(dict):  # type: ignore[type-arg]
    """The lexicon's nouns, answering "stance" for every other noun."""

    def get(self, key: str, default: Any = None) -> Any:
        found = dict.get(self, key)
        return found if found is not None else ("stance" if key.isalpha() else default)


def _open_lexicon(kind: str) -> tuple[Any, set[str]]:
    """Widen the shipped lexicon in place; return it and the words it already knew."""
    from stancemap.quotes import lexicon as lexicon_module

    lexicon = lexicon_module.load_lexicon()
    known = set(lexicon.verbs) | set(lexicon.nouns) | {"accord"}  # "according to" is a phrase
    known |= {w for phrase in lexicon.phrases for w in phrase.words}
    if kind == "nouns":
        object.__setattr__(lexicon, "nouns", _AnyNoun(lexicon.nouns))
        return lexicon, known
    verb_class = lexicon_module.Lexicon.verb_class
    verb_frame = lexicon_module.Lexicon.verb_frame

    def any_class(self: Any, lemma: str) -> str | None:
        found = verb_class(self, lemma)
        open_word = lemma.isalpha() and lemma.lower() not in _TOO_GENERAL
        return found if found is not None else ("stance" if open_word else None)

    def any_frame(self: Any, lemma: str) -> str | None:
        return verb_frame(self, lemma) or ("object" if lemma.isalpha() else None)

    lexicon_module.Lexicon.verb_class = any_class  # type: ignore[method-assign]
    lexicon_module.Lexicon.verb_frame = any_frame  # type: ignore[method-assign]
    return lexicon, known


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--kind", choices=("verbs", "nouns"), default="verbs")
    parser.add_argument("--split", type=Path, default=TRAIN)
    parser.add_argument("--limit", type=int, default=None)
    parser.add_argument("--min-precision", type=float, default=0.6)
    parser.add_argument("--min-count", type=int, default=8)
    args = parser.parse_args()
    if not (args.split / "text").exists():
        print(json.dumps({"skipped": f"no PolNeAR split at {args.split}"}))
        return
    lexicon, known = _open_lexicon(args.kind)

    from stancemap.analyze import Analyzer, Failure
    from stancemap.config import load_settings
    from stancemap.evaluate.polnear import _Skipped, _trimmed, group_quotes, pair_greedy
    from stancemap.evaluate.polnear_gold import load_split
    from stancemap.ingest import make_document

    articles = load_split(args.split, args.limit)
    analyzer = Analyzer(load_settings(None))
    analyzer.quotes.lexicon = lexicon
    analyzer.events = _Skipped()  # type: ignore[assignment]
    analyzer.stances = _Skipped()  # type: ignore[assignment]
    documents = [make_document(a.text, doc_id=a.name) for a in articles]
    matched: Counter[str] = Counter()
    proposed: Counter[str] = Counter()
    for article, result in zip(articles, analyzer.analyze_documents(documents), strict=True):
        if isinstance(result, Failure):
            continue
        cues = {(q.cue.start, q.cue.end): q.cue for q in result.quotes if q.cue}
        predicted = group_quotes(result.quotes)
        gold = [_trimmed(article.text, g.content) for g in article.attributions]
        ours = [_trimmed(article.text, p.content) for p in predicted]
        hits = {p for _, p, _ in pair_greedy(gold, ours)}
        for index, p in enumerate(predicted):
            if p.cue is None:
                continue
            word = _lemma(analyzer, cues[p.cue].text)
            first = cues[p.cue].text.split()[0].lower()
            if word and word not in known and lexicon.verb_lemma(word, first) not in known:
                proposed[word] += 1
                matched[word] += index in hits
    for word, count in proposed.most_common():
        precision = matched[word] / count
        if count >= args.min_count and precision >= args.min_precision:
            row = {"word": word, "kind": args.kind, "attributions": count}
            print(json.dumps(row | {"precision": round(precision, 3)}))


def _lemma(analyzer: Any, cue_text: str) -> str | None:
    """The lemma of a cue's first word, read in a neutral frame ("They X it.")."""
    words = cue_text.split()
    if not words or not words[0].isalpha():
        return None
    doc = analyzer.nlp(f"They {words[0].lower()} it.")
    return str(doc[1].lemma_.lower())


if __name__ == "__main__":
    main()
