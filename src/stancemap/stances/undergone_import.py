"""Build ``data/stances/undergone_verbs.tsv``: verbs that tell what befalls or is held by
their subject rather than what it does to others, read by ``stances.claims.judged_deed``
so that "X lost", "X died", "X suffered", "X received threats" charge X with nothing.

A one-word verb is written with its class when its most frequent WordNet 3.0 sense is in
one of these lexicographer files:

- ``undergone``: verb.body (29), verb.change (30), verb.emotion (37), verb.perception (39),
  verb.possession (40) - the subject undergoes, feels, perceives or holds ("die", "lose",
  "fear", "suffer", "receive"): neither the verb's own sign nor its object's charges it;
- ``stative``: verb.stative (42) - the subject is in a state ("have", "remain", "lack"):
  the verb's own sign may charge it ("violated", "lied", "threatened" are stative first
  senses), its object's may not ("has problems");
- ``contest``: verb.competition (33) - the subject contends ("battle", "fight", "attack",
  "defeat"): a contest is no wrongdoing, so neither the verb's sign nor its object's
  charges it ("battled staunch opposition"); contending with a party is read by the events
  and the campaign rules.

Nothing is listed by hand. WordNet 3.0 Copyright 2006 by Princeton University.

    apt-get install wordnet-base        # only the importer needs it
    .venv/bin/python -m stancemap.stances.undergone_import
"""

from __future__ import annotations

from pathlib import Path

from ..wordnet_files import WORDNET, first_senses, lexfiles

OUT = Path(__file__).resolve().parents[1] / "data" / "stances" / "undergone_verbs.tsv"
UNDERGONE = {"29", "30", "37", "39", "40"}  # body, change, emotion, perception, possession
STATIVE = {"42"}
CONTEST = {"33"}  # verb.competition


def undergone(wordnet: Path = WORDNET) -> list[tuple[str, str]]:
    """(verb, class) for every one-word verb whose most frequent sense is undergone,
    stative or a contest."""
    first = first_senses(wordnet / "index.verb")
    files = lexfiles(wordnet / "data.verb")
    out = []
    for word, offset in sorted(first.items()):
        if not word.isalpha():
            continue
        lexfile = files.get(offset)
        if lexfile in UNDERGONE:
            out.append((word, "undergone"))
        elif lexfile in STATIVE:
            out.append((word, "stative"))
        elif lexfile in CONTEST:
            out.append((word, "contest"))
    return out


def main() -> None:
    rows = undergone()
    lines = [
        "# Verbs whose most frequent WordNet 3.0 sense tells what befalls or is held by the",
        "# subject (undergone: verb.body, verb.change, verb.emotion, verb.perception,",
        "# verb.possession), a state it is in (stative: verb.stative) or a contest it is in",
        "# (contest: verb.competition).",
        "# Built by stancemap.stances.undergone_import; do not edit.",
        "# WordNet 3.0 Copyright 2006 by Princeton University (WordNet licence).",
        "verb\tclass",
    ]
    lines += [f"{w}\t{c}" for w, c in rows]
    OUT.write_text("\n".join(lines) + "\n", "utf-8")
    print(f"{len(rows)} verbs -> {OUT}")


if __name__ == "__main__":
    main()
