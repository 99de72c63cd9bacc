"""The compiled attribute ruler against spaCy's own, on every PolNeAR article.

Each article is parsed paragraph by paragraph (as stancemap parses) up to the
attribute ruler once; then spaCy's ruler and the rest of the pipeline run on
one copy, the compiled ruler and the same rest on another, and every token's
tag, pos, morph, lemma, dep, head and entity are compared. Also times the two
rulers alone on the same parsed paragraphs (best of --repeat, alternated).

    .venv/bin/python bench/ruler_identity.py [--docs N] [--repeat R]
"""

from __future__ import annotations

import argparse
import json
import os
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
POLNEAR = ROOT.parent / "shared" / "gold" / "polnear"


def rows(doc):  # type: ignore[no-untyped-def]
    return [
        (t.tag, t.pos, t.morph.key, t.lemma, t.dep, t.head.i, t.ent_iob, t.ent_type) for t in doc
    ]


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    parser.add_argument("--docs", type=int, default=0, help="0 = every article")
    parser.add_argument("--repeat", type=int, default=3)
    args = parser.parse_args()

    import spacy

    from stancemap.nlp import resolve_model_name
    from stancemap.nlp.attribute_ruler import compile_ruler
    from stancemap.nlp.pipeline import split_paragraphs

    files = sorted(POLNEAR.glob("*/text/*.txt"))
    if args.docs:
        files = files[: args.docs]
    if not files:
        raise SystemExit(f"no PolNeAR texts under {POLNEAR}")
    nlp = spacy.load(resolve_model_name("auto"))
    names = nlp.pipe_names
    cut = names.index("attribute_ruler")
    stock = nlp.get_pipe("attribute_ruler")
    compiled = compile_ruler(stock)
    assert compiled is not None
    rest = [nlp.get_pipe(n) for n in names[cut + 1 :]]
    docs_checked = tokens = differing_tokens = differing_docs = 0
    timing_docs = []
    for path in files:
        pieces = split_paragraphs(path.read_text("utf-8"), 100_000)
        with nlp.select_pipes(enable=names[:cut]):
            parsed = list(nlp.pipe(pieces))
        theirs_all, ours_all = [], []
        for doc in parsed:
            theirs, ours = stock(doc.copy()), compiled(doc.copy())
            for component in rest:
                theirs, ours = component(theirs), component(ours)
            theirs_all.extend(rows(theirs))
            ours_all.extend(rows(ours))
        if len(timing_docs) < 400:
            timing_docs.extend(parsed)
        docs_checked += 1
        tokens += len(theirs_all)
        bad = sum(a != b for a, b in zip(theirs_all, ours_all, strict=True))
        differing_tokens += bad
        differing_docs += bool(bad)
    best = {"spacy": float("inf"), "compiled": float("inf")}
    for _ in range(args.repeat):
        for name, ruler in (("spacy", stock), ("compiled", compiled)):
            copies = [d.copy() for d in timing_docs]
            t0 = time.perf_counter()
            for doc in copies:
                ruler(doc)
            best[name] = min(best[name], time.perf_counter() - t0)
    print(
        json.dumps(
            {
                "bench": "ruler_identity",
                "articles": docs_checked,
                "tokens": tokens,
                "differing_tokens": differing_tokens,
                "differing_articles": differing_docs,
                "timed_paragraphs": len(timing_docs),
                "spacy_ruler_s": round(best["spacy"], 3),
                "compiled_ruler_s": round(best["compiled"], 3),
                "speedup": round(best["spacy"] / best["compiled"], 2),
                "load_average": round(os.getloadavg()[0], 2),
            }
        )
    )


if __name__ == "__main__":
    main()
