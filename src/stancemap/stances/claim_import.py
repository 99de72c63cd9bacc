"""Build ``data/stances/claim_words.tsv``: words that judge what a claim is about, signed by AFINN.

A speaker's claim "the vote was rigged", "the deal was a good compromise" or
"the strike was a crime" judges its subject with the predicate's word. The
sign of that word is its valence in AFINN-165 (Finn Årup Nielsen, ODbL 1.0),
shipped in the ``afinn`` package on PyPI: every single word AFINN lists with a
valence other than 0. Words AFINN lacks ("terrorism", "farce") come from the
VADER lexicon (Hutto and Gilbert 2014, MIT licence, the ``vaderSentiment``
package on PyPI) where its mean rating is at least ``VADER_MIN`` from neutral.
Weight: |valence| / 5 (VADER's -4 ... 4 scaled to AFINN's) mapped to 0.6 ...
1.0, so a mild word ("rigged", -1) weighs less than "fraud" (-4). No word is
added or signed by hand; the stance lexicon's own evaluative cues
(``cues.tsv``) come first where both list a word.

A noun of an act or a message that neither lexicon signs ("provocation",
"exaggeration", "persecution") takes the sign and weight of the verb it is
derived from, where AFINN signs that verb ("provoke", -1): the verb a
WordNet 3.0 derivational pointer ("+") links to the noun's most frequent
sense, when that sense lies in ``noun.act`` or ``noun.communication`` (the
lexicographer files of ``act_import``), and only when every such verb AFINN
signs has one sign. These rows carry ``wordnet=<verb>`` as their source, and
the pipeline reads them only with rule ``stances.claims.derived_noun_sign``.

    apt-get install wordnet-base        # only the importer needs it

    .venv/bin/pip install afinn vaderSentiment      # only the importer needs them
    .venv/bin/python -m stancemap.stances.claim_import
"""

from __future__ import annotations

import sys
from pathlib import Path

from ..wordnet_files import WORDNET, lexical_pointers, senses
from .judgment_import import afinn_table, write_sign_table

VADER_MIN = 1.0  # VADER rates -4 ... 4; a mean under 1 from neutral is no clear judgement
OUT = Path(__file__).resolve().parents[1] / "data" / "stances" / "claim_words.tsv"


def vader_table() -> dict[str, float]:
    import vaderSentiment  # type: ignore[import-untyped]

    path = Path(vaderSentiment.__file__).parent / "vader_lexicon.txt"
    table: dict[str, float] = {}
    for line in path.read_text("utf-8").splitlines():
        cells = line.split("\t")
        if len(cells) >= 2:
            table[cells[0]] = float(cells[1])
    return table


ACT_LEX_FILES = ("04", "10")  # noun.act, noun.communication (as ``act_import``)


def derived_verbs(wordnet: Path = WORDNET) -> dict[str, set[str]]:
    """act or message noun -> the verbs its most frequent sense is derived from
    (WordNet 3.0 derivational pointers of that very word)."""
    nouns = lexical_pointers(wordnet / "data.noun")
    verbs = lexical_pointers(wordnet / "data.verb")
    out: dict[str, set[str]] = {}
    for word, offsets in senses(wordnet / "index.noun").items():
        lexfile, words, links = nouns[offsets[0]]
        if not word.isalpha() or lexfile not in ACT_LEX_FILES or word not in words:
            continue
        me = words.index(word) + 1
        found = {
            verbs[offset][1][target - 1]
            for symbol, offset, pos, source, target in links
            if symbol == "+" and pos == "v" and source == me and target
        }
        if found:
            out[word] = found
    return out


def build(
    valence: dict[str, int],
    vader: dict[str, float] | None = None,
    derived: dict[str, set[str]] | None = None,
) -> list[tuple[str, int, float, str]]:
    rows = []
    for word, value in sorted(valence.items()):
        if value == 0 or not word.isalpha():
            continue  # phrases ("does not work"), hyphenated and emoticon entries
        weight = round(0.6 + 0.4 * min(abs(value), 5) / 5, 2)
        rows.append((word, 1 if value > 0 else -1, weight, f"afinn={value}"))
    for word, mean in sorted((vader or {}).items()):
        if word in valence or abs(mean) < VADER_MIN or not word.isalpha():
            continue
        weight = round(0.6 + 0.4 * min(abs(mean) * 5 / 4, 5) / 5, 2)
        rows.append((word, 1 if mean > 0 else -1, weight, f"vader={mean}"))
    signed = {row[0] for row in rows}
    for noun, verbs in sorted((derived or {}).items()):
        if noun in signed or noun in valence:
            continue
        values = {verb: valence[verb] for verb in sorted(verbs) if valence.get(verb)}
        if not values or len({value > 0 for value in values.values()}) != 1:
            continue  # no verb AFINN signs, or verbs of both signs
        verb, value = max(values.items(), key=lambda kv: (abs(kv[1]), kv[0]))
        weight = round(0.6 + 0.4 * min(abs(value), 5) / 5, 2)
        rows.append((noun, 1 if value > 0 else -1, weight, f"wordnet={verb}"))
    return sorted(rows)


def main() -> None:
    wordnet = Path(sys.argv[1]) if len(sys.argv) > 1 else WORDNET
    rows = build(afinn_table(), vader_table(), derived_verbs(wordnet))
    header = [
        "# Words that judge a claim's subject ('the vote was rigged'), signed by AFINN-165",
        "# (Finn Arup Nielsen, ODbL 1.0, from the 'afinn' package on PyPI), else by VADER",
        "# (C.J. Hutto and Eric Gilbert 2014, MIT licence, from the 'vaderSentiment' package);",
        "# an act noun neither signs takes the AFINN sign of its WordNet 3.0 derivational verb",
        "# (source 'wordnet=<verb>'; WordNet 3.0 Copyright 2006 by Princeton University).",
        "# Generated by `python -m stancemap.stances.claim_import`: do not edit by hand.",
        "word\tsign\tweight\tsource",
    ]
    write_sign_table(OUT, header, rows)
    print(f"{len(rows)} words written to {OUT}")


if __name__ == "__main__":
    main()
