"""Write ``data/events/harm_nouns.txt``: nouns of an act that harms or wrongs the one it
is done to ("violation", "killing", "invasion", "persecution", "bombing"), from Princeton
WordNet 3.0, for rule ``events.args.harm_noun_victim_not_target`` (``victim_targets.py``).

    python -m stancemap.events.harm_noun_import [/usr/share/wordnet]

A one-word noun is listed where one of its two most frequent WordNet senses lies under
wrongdoing.n.02, mistreatment.n.01, attack.n.01, killing.n.02, aggression.n.03,
destruction.n.01, military_control.n.01, damage.n.03, punishment.n.01, banishment.n.02
or capture.n.01 (an act of harming, wronging, attacking, killing, destroying, occupying,
punishing, expelling or seizing), and that sense is derived (a "+" pointer)
from a verb sense, and formed from that verb's word ("violate" -> "violation"), whose
frames take a direct object ("Somebody ----s something" or
"Somebody ----s somebody"): the noun of a transitive act, whose "of" complement is the
one it is done to ("the violation of Georgia's sovereignty", "the killing of civilians"),
not its doer ("the crimes of X", "the sins of X" are no such noun). Where the harm is the
second sense, the first must be an act or an event (lexicographer files noun.act,
noun.event: "killing" is first a violent death), not a thing or a message; games of chance
(gambling.n.01: "toss") and falsification (falsification.n.01: "twisting") are no harm.

WordNet 3.0 Copyright 2006 by Princeton University (the WordNet licence; see
data/events/README.md).
"""

from __future__ import annotations

import sys
from pathlib import Path

from ..datafiles import data_path
from ..wordnet_files import (
    WORDNET,
    lexical_pointers,
    senses,
    synsets,
    under,
    verb_frames,
    verb_records,
    write_word_list,
)

# (lemma, sense index in index.noun order): the acts of harm
KINDS = (
    ("wrongdoing", 1),
    ("mistreatment", 0),
    ("attack", 0),
    ("killing", 1),
    ("aggression", 2),
    ("destruction", 0),
    ("military_control", 0),
    ("damage", 2),
    ("punishment", 0),
    ("banishment", 1),
    ("capture", 0),
)
# below them, no harm to anyone: games of chance ("toss", "raffle"), falsification ("twisting")
NOT_KINDS = (("gambling", 0), ("falsification", 0))
# generic verb frames with a direct object: "Somebody ----s something", "... somebody"
TRANSITIVE_FRAMES = frozenset({8, 9, 10, 11})
SENSES_READ = 2
# a noun whose second sense is the harm must be an act or an event in its first
# ("killing": a violent death first), not a thing or a message ("fire", "charge")
ACT_FILES = frozenset({"04", "11"})
FILE = "events/harm_nouns.txt"
HEADER = [
    "# Nouns of an act that harms or wrongs the one it is done to: one of the two most",
    "# frequent WordNet 3.0 senses under wrongdoing.n.02, mistreatment.n.01, attack.n.01,",
    "# killing.n.02, aggression.n.03, destruction.n.01, military_control.n.01, damage.n.03,",
    "# punishment.n.01, banishment.n.02 or capture.n.01,",
    "# derived from a transitive verb sense and formed from its word, the first sense an act or event where it is not the",
    "# harm; no game of chance or falsification",
    "# (events.args.harm_noun_victim_not_target).",
    "# Written by `python -m stancemap.events.harm_noun_import`: do not edit by hand. WordNet",
    "# 3.0 Copyright 2006 by Princeton University, WordNet licence (data/events/README.md).",
    "# version: 2026.12.7",
]


def formed_from(noun: str, verb: str) -> bool:
    """``noun`` is the verb's own word or formed from it by a suffix ("kill" -> "killing",
    "violate" -> "violation", "detain" -> "detention"): the same first three letters, and no shorter ("crime" is no
    noun of "criminate")."""
    return noun[:3] == verb[:3] and len(noun) >= len(verb)


def harm_nouns(root: Path) -> list[str]:
    graph = synsets(root / "data.noun")
    index = senses(root / "index.noun")
    harms = under(graph, {index[w][i] for w, i in KINDS})
    harms -= under(graph, {index[w][i] for w, i in NOT_KINDS})
    nouns = lexical_pointers(root / "data.noun")
    verbs = verb_records(root / "data.verb")
    out = []
    for word, offsets in index.items():
        if not word.isalpha():
            continue
        if offsets[0] not in harms and nouns[offsets[0]][0] not in ACT_FILES:
            continue  # "fire": mostly a thing
        for offset in offsets[:SENSES_READ]:
            if offset not in harms:
                continue
            _lex, words, links = nouns[offset]
            number = words.index(word) + 1 if word in words else 0
            for symbol, target, pos, source, target_word in links:
                if symbol != "+" or pos != "v" or source not in (0, number):
                    continue
                fields = verbs[target]
                frames = verb_frames(fields)
                count = int(fields[3], 16)
                verb_words = [fields[4 + 2 * n].lower() for n in range(count)]
                verb = verb_words[target_word - 1] if target_word else None
                held = frames.get(verb, set()) if verb else set().union(*frames.values())
                formed = verb is not None and formed_from(word, verb)
                if formed and held & TRANSITIVE_FRAMES:
                    out.append(word)
                    break
            else:
                continue
            break
    return sorted(set(out))


def main() -> None:
    root = Path(sys.argv[1]) if len(sys.argv) > 1 else WORDNET
    write_word_list(data_path(FILE), HEADER, harm_nouns(root))


if __name__ == "__main__":
    main()
