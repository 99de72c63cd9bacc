"""Build ``data/stances/attitude_nouns.tsv`` and ``data/stances/feeling_verbs.txt`` for
``stances.campaign.attitude_noun`` (session 72 PP, issue 14).

"Germany's distrust of France", "his contempt for Y", "X voiced its frustration with Y":
a noun that names a feeling or an attitude held TOWARDS someone. Which nouns do is read
from Princeton WordNet 3.0: a one-word noun one of whose two most frequent senses is, or
lies under, a synset of feeling or attitude towards others -

- liking.n.01, love.n.01, affection.n.01, gratitude.n.01 (admiration, fondness, devotion,
  loyalty), dislike.n.01 and dislike.n.02 (disapproval, contempt, disdain, scorn,
  aversion), hate.n.01 (animosity, resentment, bitterness), anger.n.01 (outrage, fury,
  indignation), dissatisfaction.n.01 (frustration, disappointment, displeasure), the
  dispositions friendliness.n.02 and unfriendliness.n.02 and the state hostility.n.02
  (hostility, enmity, antagonism), and the attitudes of belief about someone: doubt.n.01 (distrust,
  misgiving, skepticism) and reliance/trust (trust.n.02, faith.n.02) -

and whose sign AFINN-165 / VADER give (``claim_words.tsv``, without its WordNet rows;
a noun with no sign is not written). Feelings that are not held towards anyone (fear,
sadness, joy, hope, shame, surprise) lie under none of these roots. The noun's lexicographer
file is written too: a noun of belief (``noun.cognition``: trust, faith, doubt) takes its
party with "in" ("trust in Y"), a feeling does not ("anger in Germany" places it).

``feeling_verbs.txt``: the one-word verbs whose most frequent sense is express.v.01 /
express.v.02 ("give expression to") or feel.v.01, or a direct hyponym of one (voice, vent,
harbour; deeper lie verbs of speech and judgement): "X voiced its frustration with Y" - the verb's subject holds the
feeling its object names.

Nothing is listed by hand. WordNet 3.0 Copyright 2006 by Princeton University.

    apt-get install wordnet-base        # only the importer needs it
    .venv/bin/python -m stancemap.stances.attitude_import
"""

from __future__ import annotations

from pathlib import Path

from ..wordnet_files import LEXNAMES, WORDNET, first_senses, lexfiles, senses, synsets, under
from .wordnet_sign_import import CLAIM_WORDS, base_signs

DATA = Path(__file__).resolve().parents[1] / "data" / "stances"
NOUNS_OUT = DATA / "attitude_nouns.tsv"
VERBS_OUT = DATA / "feeling_verbs.txt"

# WordNet 3.0 noun synsets of a feeling or attitude held towards someone (offsets)
ATTITUDE_ROOTS = (
    "07497473",  # liking.n.01
    "07543288",  # love.n.01
    "07544647",  # affection.n.01
    "07504343",  # gratitude.n.01
    "06200741",  # dislike.n.01 (disfavor, disapproval)
    "07501545",  # dislike.n.02
    "07546465",  # hate.n.01
    "07516354",  # anger.n.01
    "07539511",  # dissatisfaction.n.01
    "04654337",  # friendliness.n.02 (a disposition to be friendly)
    "04657876",  # unfriendliness.n.02 (hostility, ill will as a disposition)
    "13980288",  # hostility.n.02 (enmity, antagonism: a state)
    "05698247",  # doubt.n.01 (distrust, misgiving, skepticism beneath it)
    "05697976",  # reliance, trust.n.02
    "05943066",  # faith.n.02 (faith, trust)
)
# verb synsets of giving a feeling expression or having it
FEELING_VERB_ROOTS = (
    "00943855",  # express.v.01 (express, show, evince)
    "00940402",  # express.v.02 (verbalize, utter)
    "01771553",  # feel.v.01 (feel, experience)
)
SENSES = 2  # a noun counts where one of its two most frequent senses is of the roots
# ... and where that is its second sense, the first is the same attitude read as a trait,
# a state or a belief ("hostility": unfriendliness; "esteem": regard), not an act, an
# event or a thing ("defeat", "goodwill", "a trust")
TRAIT_FILES = frozenset({"07", "09", "12", "26"})  # noun.attribute/cognition/feeling/state


def attitude_nouns(
    wordnet: Path = WORDNET, claim_words: Path = CLAIM_WORDS
) -> list[tuple[str, str, int, float]]:
    """(noun, lexicographer file name, sign, weight) of each attitude noun, sorted."""
    graph = synsets(wordnet / "data.noun")
    lex = lexfiles(wordnet / "data.noun")
    ranked = senses(wordnet / "index.noun")
    below = under(graph, ATTITUDE_ROOTS, instances=False)
    signed = base_signs(claim_words)
    out = []
    for word, offsets in sorted(ranked.items()):
        if "_" in word or "-" in word or word not in signed or signed[word][0] == 0:
            continue
        hits = [o for o in offsets[:SENSES] if o in below]
        if not hits or (hits[0] != offsets[0] and lex[offsets[0]] not in TRAIT_FILES):
            continue  # "defeat", "goodwill", "worship": the most frequent sense is no attitude
        sign, weight = signed[word]
        out.append((word, LEXNAMES[lex[hits[0]]], sign, weight))
    return out


def feeling_verbs(wordnet: Path = WORDNET) -> list[str]:
    """The one-word verbs whose most frequent sense is a feeling root or a direct hyponym."""
    graph = synsets(wordnet / "data.verb")
    # the roots and their direct hyponyms only: deeper lie verbs of speech and judgement
    # ("criticize", "condemn") whose object is no feeling their subject holds
    below = set(FEELING_VERB_ROOTS) | {
        target for root in FEELING_VERB_ROOTS for symbol, target in graph[root][1] if symbol == "~"
    }
    return sorted(
        word
        for word, offset in first_senses(wordnet / "index.verb").items()
        if offset in below and "_" not in word and "-" not in word
    )


def main() -> None:
    rows = attitude_nouns()
    header = [
        "# Nouns of a feeling or attitude held towards someone (stances.campaign.attitude_noun).",
        "# Written by stances/attitude_import.py from WordNet 3.0 (one of the two most frequent",
        "# senses under liking, love, affection, gratitude, dislike, hate, anger, dissatisfaction,",
        "# (un)friendliness, hostility, doubt, trust, faith) and the AFINN-165 / VADER sign.",
        "# Do not edit: run the importer.",
        "# WordNet 3.0 Copyright 2006 by Princeton University.",
        "noun\tlexname\tsign\tweight",
    ]
    lines = [f"{w}\t{lexname}\t{sign}\t{weight}" for w, lexname, sign, weight in rows]
    NOUNS_OUT.write_text("\n".join(header + lines) + "\n", "utf-8")
    print(f"{len(rows)} nouns -> {NOUNS_OUT}")
    verbs = feeling_verbs()
    verb_header = [
        "# Verbs whose subject holds the feeling their object names ('voiced its anger at Y').",
        "# Written by stances/attitude_import.py: one-word verbs whose most frequent WordNet 3.0",
        "# sense is express.v.01, express.v.02 or feel.v.01 or a direct hyponym; do not edit.",
        "# WordNet 3.0 Copyright 2006 by Princeton University.",
    ]
    VERBS_OUT.write_text("\n".join(verb_header + verbs) + "\n", "utf-8")
    print(f"{len(verbs)} verbs -> {VERBS_OUT}")


if __name__ == "__main__":
    main()
