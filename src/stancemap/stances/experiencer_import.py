"""Build ``data/stances/experiencer_words.txt``: signed words that say what someone
suffers or feels, not what they are worth ("X was a victim", "X is afraid", "X is unhappy"),
read by ``stances.claims.judged_party`` so that such a predicate judges no one.

Only words AFINN-165 / VADER sign (``claim_words.tsv``, without its WordNet rows) are
candidates; a word is written when its most frequent WordNet 3.0 sense is:

- a noun at or under the first sense of ``unfortunate`` or ``sufferer`` ("a person who
  suffers misfortune": victim, casualty, martyr);
- an adjective with an attribute pointer, or a participle in -ed whose satellite head has one,
  to a noun of feeling (``noun.feeling``) or a verb of emotion (``verb.emotion``): afraid
  (fear), happy (happiness), alarmed and horrified (in afraid's cluster); not "terrible" or
  "hostile" (what causes or shows a feeling judges);
- a participle in -ed of a verb whose most frequent sense is a verb of emotion
  (``verb.emotion``): worried, concerned, disappointed, frustrated.

Nothing is listed by hand. WordNet 3.0 Copyright 2006 by Princeton University.

    apt-get install wordnet-base        # only the importer needs it
    .venv/bin/python -m stancemap.stances.experiencer_import
"""

from __future__ import annotations

from pathlib import Path

from ..wordnet_files import WORDNET, first_senses, lexical_pointers, synsets, under, write_word_list
from .wordnet_sign_import import CLAIM_WORDS, base_signs

OUT = Path(__file__).resolve().parents[1] / "data" / "stances" / "experiencer_words.txt"
NOUN_ROOTS = ("unfortunate", "sufferer")
FEELING = {("n", "12"), ("v", "37")}  # noun.feeling, verb.emotion


def experiencers(wordnet: Path = WORDNET, claim_words: Path = CLAIM_WORDS) -> list[str]:
    signed = base_signs(claim_words)
    nouns = synsets(wordnet / "data.noun")
    noun_first = first_senses(wordnet / "index.noun")
    roots = {noun_first[w] for w in NOUN_ROOTS if w in noun_first}
    suffering = under(nouns, roots, instances=False)
    lex = {
        "n": {k: v[0] for k, v in lexical_pointers(wordnet / "data.noun").items()},
        "v": {k: v[0] for k, v in lexical_pointers(wordnet / "data.verb").items()},
    }
    adjs = lexical_pointers(wordnet / "data.adj")
    verb_first = first_senses(wordnet / "index.verb")

    def emotion_participle(word: str) -> bool:
        """ "worried", "concerned", "disappointed": the -ed form of a verb whose most
        frequent sense is a verb of emotion (one feels it; "X was worried" judges no X)."""
        if not word.endswith("ed"):
            return False
        for stem in (word[:-1], word[:-2], word[:-3] + "y" if word.endswith("ied") else ""):
            offset = verb_first.get(stem)
            if stem and offset is not None and lex["v"].get(offset) == "37":
                return True
        return False

    adj_first = first_senses(wordnet / "index.adj")

    def feeling(offset: str) -> bool:
        for symbol, target, pos, _a, _b in adjs[offset][2]:
            if symbol == "=" and (pos, lex.get(pos, {}).get(target)) in FEELING:
                return True
        return False

    out = []
    for word in sorted(signed):
        key = word.replace(" ", "_")
        if key in noun_first and noun_first[key] in suffering:
            out.append(word)
            continue
        if emotion_participle(key):
            out.append(word)
            continue
        offset = adj_first.get(key)
        if offset is None:
            continue
        heads = [t for s, t, _p, _a, _b in adjs[offset][2] if s == "&"]
        # a head adjective of feeling itself ("afraid", "happy"), or a psych participle
        # of its cluster ("alarmed", "horrified"); not "terrible" (what causes fear)
        if feeling(offset) or (word.endswith("ed") and any(feeling(h) for h in heads if h in adjs)):
            out.append(word)
    return out


def main() -> None:
    words = experiencers()
    header = [
        "# Words AFINN-165 / VADER sign that say what someone suffers or feels, not what they",
        "# are worth: the first WordNet 3.0 sense is a noun under unfortunate/sufferer, or an",
        "# adjective (or its head) whose attribute is a noun.feeling / verb.emotion synset, or",
        "# the -ed participle of a verb whose first sense is a verb.emotion.",
        "# Built by stancemap.stances.experiencer_import; do not edit.",
        "# WordNet 3.0 Copyright 2006 by Princeton University (WordNet licence).",
    ]
    write_word_list(OUT, header, words)


if __name__ == "__main__":
    main()
