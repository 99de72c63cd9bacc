"""Build ``data/stances/feeling_words.txt``: adjectives that name a feeling the speaker has
about a that-clause ("I am glad that ...", "we are angry that ..."), read by
``stances.claims.felt_clause`` (session 71 JS) beside ``experiencer_words.txt``.

Only words AFINN-165 / VADER sign (``claim_words.tsv``, without its WordNet rows) are
candidates, so that each has a sign; a word is written when its most frequent WordNet 3.0
sense is an adjective with an attribute ("=") or a derivational ("+") pointer to a noun of
feeling (``noun.feeling``: glad -> gladness, angry -> anger, grateful -> gratitude, sad ->
sadness), or the -ed participle of a verb whose most frequent sense is a verb of emotion
(``verb.emotion``: disappointed, outraged). Not "terrible" or "hostile" (what causes or
shows a feeling: no such pointer), nor "proud" (its attribute, pride, is a noun.attribute).

Nothing is listed by hand. WordNet 3.0 Copyright 2006 by Princeton University.

    apt-get install wordnet-base        # only the importer needs it
    .venv/bin/python -m stancemap.stances.feeling_import
"""

from __future__ import annotations

from pathlib import Path

from ..wordnet_files import WORDNET, first_senses, lexical_pointers, write_word_list
from .wordnet_sign_import import CLAIM_WORDS, base_signs

OUT = Path(__file__).resolve().parents[1] / "data" / "stances" / "feeling_words.txt"
FEELING_NOUNS = "12"  # noun.feeling
EMOTION_VERBS = "37"  # verb.emotion


def feelings(wordnet: Path = WORDNET, claim_words: Path = CLAIM_WORDS) -> list[str]:
    signed = base_signs(claim_words)
    noun_lex = {k: v[0] for k, v in lexical_pointers(wordnet / "data.noun").items()}
    verb_lex = {k: v[0] for k, v in lexical_pointers(wordnet / "data.verb").items()}
    adjs = lexical_pointers(wordnet / "data.adj")
    adj_first = first_senses(wordnet / "index.adj")
    verb_first = first_senses(wordnet / "index.verb")

    def emotion_participle(word: str) -> bool:
        if not word.endswith("ed"):
            return False
        stems = (word[:-1], word[:-2], word[:-3] + "y" if word.endswith("ied") else "")
        return any(s and verb_lex.get(verb_first.get(s, "")) == EMOTION_VERBS for s in stems)

    out = []
    for word in sorted(signed):
        if " " in word:
            continue
        if emotion_participle(word):
            out.append(word)
            continue
        offset = adj_first.get(word)
        if offset is None or offset not in adjs:
            continue
        _lex, words, links = adjs[offset]
        number = words.index(word) + 1 if word in words else 0
        for symbol, target, pos, source, _target_word in links:
            if pos != "n" or symbol not in ("=", "+") or source not in (0, number):
                continue
            if noun_lex.get(target) == FEELING_NOUNS:
                out.append(word)
                break
    return out


def main() -> None:
    header = [
        "# Adjectives AFINN-165 / VADER sign whose most frequent WordNet 3.0 sense has an",
        "# attribute or derivational pointer to a noun.feeling synset (glad, angry, grateful),",
        "# or -ed participles of a verb whose most frequent sense is a verb.emotion.",
        "# Built by stancemap.stances.feeling_import; do not edit.",
        "# WordNet 3.0 Copyright 2006 by Princeton University (WordNet licence).",
    ]
    write_word_list(OUT, header, feelings())


if __name__ == "__main__":
    main()
