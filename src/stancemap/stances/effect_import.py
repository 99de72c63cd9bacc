"""Build ``data/stances/effect_verbs.tsv``: verbs that tell what happens to a thing, in
classes read from Princeton WordNet 3.0's verb hierarchy.

The learned claim model (``claim_model``) reads, as features, a judgement told by a verb
phrase ("the operation had met its goals", "the truce was holding", "the ceasefire is collapsing",
"inflation is falling", "the measures damaged industry") by sentiment composition
(Moilanen & Pulman 2007; Choi & Cardie 2008; the +/-effect events of Choi & Wiebe 2014):
the sign is the verb's effect on its theme times the theme's own valence. Each class here
is the set of verb synsets under a few anchor synsets (``CLASSES``: at most five anchors a
class, named by a word and its WordNet sense number), with:

- ``effect``: +1 the verb brings about, keeps or adds to its theme (attain, continue,
  protect, increase, improve), -1 it ends, harms or lessens it (end, harm, decrease,
  worsen);
- ``valence``: how the theme's own sign enters: ``times`` (effect x the theme's sign, a
  theme the lexicons leave unsigned counted good: "the truce held", "damaged industry"),
  ``signed`` (only a signed theme: "inflation is falling" is good, "wages are falling"
  is said of a thing with no sign and is left unread), ``plain`` (the verb judges by
  itself: "the economy worsened").

A word belongs to a class when one of its first ``SENSES`` senses (most frequent first)
lies under the class's anchors, or when it is a word of an anchor synset itself and that
synset is one of its first ``MEMBER_RANK`` senses ("meet" is the sixth sense "satisfy";
"give" as the 26th sense "collapse" is not); a word two classes of opposite effect claim
is left out.
Multiword verbs of WordNet ("wipe_out", "break_down") are kept with the underscore: the
pipeline joins a verb and its particle so. No word is added or removed by hand.

    apt-get install wordnet-base        # only the importer needs it
    .venv/bin/python -m stancemap.stances.effect_import [/usr/share/wordnet]

Also ``data/stances/theme_signs.tsv``: a theme noun AFINN and VADER leave unsigned takes
the sign of its most frequent sense's direct hypernym, where AFINN/VADER sign that
hypernym's words one way ("shelling" <- "fire", "truce" <- "peace").

WordNet 3.0 Copyright 2006 by Princeton University (the WordNet licence, which permits
use, copying and distribution with its notice).
"""

from __future__ import annotations

import sys
from pathlib import Path

from ..wordnet_files import WORDNET, lexical_pointers, senses, synsets, under
from .wordnet_sign_import import base_signs

OUT = Path(__file__).resolve().parents[1] / "data" / "stances" / "effect_verbs.tsv"
THEMES = OUT.with_name("theme_signs.tsv")
CLAIM_WORDS = OUT.with_name("claim_words.tsv")
VERSION = 1
SENSES = 2  # a word's senses read for class membership, most frequent first
MEMBER_RANK = 6  # a word of an anchor synset counts when that is one of its first 6 senses
WEIGHT = 0.7  # a verb phrase's claim weight: below a plain judging word's (AFINN +-2: 0.76)

# class -> (effect, valence, anchors as (word, WordNet sense number))
CLASSES: dict[str, tuple[int, str, tuple[tuple[str, int], ...]]] = {
    "attain": (1, "times", (("succeed", 1), ("fulfil", 3), ("meet", 6))),
    "continue": (
        1,
        "times",
        (("continue", 1), ("continue", 3), ("keep", 1), ("last", 1), ("persist", 1)),
    ),
    "protect": (1, "times", (("protect", 1), ("protect", 2), ("help", 1), ("help", 2))),
    "improve": (1, "plain", (("improve", 1), ("improve", 2), ("recover", 3), ("thrive", 1))),
    "increase": (1, "signed", (("increase", 1), ("increase", 2))),
    "end": (
        -1,
        "times",
        (("end", 1), ("end", 4), ("fail", 2), ("collapse", 1), ("collapse", 4)),
    ),
    "harm": (-1, "times", (("destroy", 1), ("destroy", 2), ("damage", 1), ("harm", 1))),
    "worsen": (-1, "plain", (("worsen", 1), ("worsen", 2), ("stall", 2), ("stagnate", 1))),
    "decrease": (-1, "signed", (("decrease", 1), ("decrease", 2))),
}


def effect_verbs(wordnet: Path = WORDNET) -> list[tuple[str, str, int, str, str]]:
    """(verb, class, effect, valence, anchor) rows, sorted by verb."""
    graph = synsets(wordnet / "data.verb")
    index = senses(wordnet / "index.verb")
    tree: dict[str, tuple[str, str]] = {}  # synset offset -> (class, anchor word#sense)
    members: dict[str, set[str]] = {}  # word -> classes whose anchor synset lists it
    for name, (_, _, anchors) in CLASSES.items():
        for word, number in anchors:
            root = index[word][number - 1]
            for offset in under(graph, (root,)):
                tree.setdefault(offset, (name, f"{word}#{number}"))
            for member in graph[root][0]:
                if root in index.get(member, [])[:MEMBER_RANK]:
                    members.setdefault(member, set()).add(name)
    rows = []
    for word, offsets in sorted(index.items()):
        hits = [tree[o] for o in offsets[:SENSES] if o in tree]
        named = sorted(members.get(word, set()))
        classes = {c for c, _ in hits} | set(named)
        if not classes or len({CLASSES[c][0] for c in classes}) > 1:
            continue  # no class, or classes of opposite effect
        name, anchor = hits[0] if hits else (named[0], "member")
        effect, valence, _ = CLASSES[name]
        rows.append((word, name, effect, valence, anchor))
    return rows


def theme_signs(wordnet: Path = WORDNET) -> list[tuple[str, int, str]]:
    """(noun, sign, hypernym) for one-word nouns AFINN and VADER leave unsigned whose
    most frequent sense's direct hypernym has words of one sign there ("shelling" <-
    "fire" -, "truce" <- "peace" +): a theme's valence for ``claim_model``."""
    signed = base_signs(CLAIM_WORDS)
    graph = synsets(wordnet / "data.noun")
    rows = []
    for word, offsets in sorted(senses(wordnet / "index.noun").items()):
        if word in signed or not word.isalpha():
            continue
        for symbol, parent in graph[offsets[0]][1]:
            if symbol not in ("@", "@i"):
                continue
            words = [w for w in graph[parent][0] if w in signed]
            signs = {signed[w][0] for w in words}
            if len(signs) == 1:
                rows.append((word, signs.pop(), words[0]))
                break
    return rows


def main(argv: list[str] | None = None) -> None:
    args = sys.argv[1:] if argv is None else argv
    wordnet = Path(args[0]) if args else WORDNET
    rows = effect_verbs(wordnet)
    header = [
        f"# stancemap effect verbs, version {VERSION}: verbs WordNet 3.0 (Copyright 2006 by",
        "# Princeton University, WordNet licence) places under the anchor synsets of",
        "# stances.effect_import.CLASSES; effect +1/-1 on the theme, valence times|signed|plain",
        "# (features of stances.claim_model). Generated by stancemap.stances.effect_import;",
        "# do not edit.",
        "verb\tclass\teffect\tvalence\tweight\tsource",
    ]
    lines = [f"{w}\t{c}\t{e}\t{v}\t{WEIGHT}\t{s}" for w, c, e, v, s in rows]
    OUT.write_text("\n".join(header + lines) + "\n", "utf-8")
    print(f"{len(rows)} verbs -> {OUT}")
    print(f"{write_person_effects(wordnet)} person effects -> {PERSONS}")
    themes = theme_signs(wordnet)
    header = [
        f"# stancemap theme signs, version {VERSION}: nouns AFINN-165 and VADER leave unsigned",
        "# whose most frequent WordNet 3.0 sense (Copyright 2006 by Princeton University,",
        "# WordNet licence) has a direct hypernym AFINN/VADER sign one way; the theme's",
        "# valence for the features of stances.claim_model. Generated by",
        "# stancemap.stances.effect_import; do not edit.",
        "word\tsign\tsource",
    ]
    lines = [f"{w}\t{sign}\thypernym={h}" for w, sign, h in themes]
    THEMES.write_text("\n".join(header + lines) + "\n", "utf-8")
    print(f"{len(themes)} nouns -> {THEMES}")


# ---- what an act does to a person, group or state it is done to (rule
# stances.relations.request_effect): "called for Y to be arrested", "urged Y to resign",
# "called for the sacking of Y". A request takes the sign of the requested act's effect
# on the one it names. Classes as above, (word, sense) anchors; ``role`` says which of the
# act's parties fares so: ``object`` (the one acted on: removed, jailed, charged, freed,
# backed) or ``subject`` (the doer itself: resigns, drops out, runs for office).
PERSONS = OUT.with_name("person_effects.tsv")
PERSON_CLASSES: dict[str, tuple[int, str, tuple[tuple[str, int], ...]]] = {
    "remove": (-1, "object", (("remove", 2), ("fire", 4), ("oust", 1), ("depose", 1))),
    "punish": (-1, "object", (("punish", 1), ("confine", 1), ("imprison", 1), ("arrest", 1))),
    "charge": (
        -1,
        "object",
        (("prosecute", 1), ("prosecute", 2), ("accuse", 1), ("accuse", 2), ("indict", 1)),
    ),
    "condemn": (-1, "object", (("convict", 1), ("sentence", 1), ("expel", 1), ("defeat", 1))),
    "free": (1, "object", (("free", 1), ("acquit", 1), ("pardon", 1), ("pardon", 2))),
    "back": (1, "object", (("back", 1), ("support", 1), ("back", 3), ("elect", 1))),
    "leave": (
        -1,
        "subject",
        (("leave_office", 1), ("resign", 1), ("drop_out", 1), ("drop_out", 2), ("retire", 2)),
    ),
    "stand": (1, "subject", (("campaign", 1),)),
}
# classes read from their anchor synsets alone, not the hyponyms ("register" lies under
# campaign.v.01 and is mostly a voter's act), and classes with no nouns ("the campaign of
# Y" names Y's organisation more often than Y's running for office)
SYNSET_ONLY = frozenset({"stand"})
NO_NOUNS = frozenset({"stand"})
# the noun classes a request names as its content ("the impeachment of Y", "Y's release")
ACT_LEXFILES = ("04", "10", "11")  # noun.act, noun.communication ("resignation"), noun.event


def person_effects(wordnet: Path = WORDNET) -> list[tuple[str, str, int, str, str]]:
    """(word, pos, effect, role, class) rows: verbs any of whose senses lies under one
    class's anchors (the one acted on being a party gates the sense), and nouns of an act,
    a speech act or an event (every word of a synset) derivationally related to such a
    verb ("impeachment" <- impeach, "ouster" beside "ousting" <- oust); a word two classes
    of opposite effect or role claim is left out."""
    graph = synsets(wordnet / "data.verb")
    index = senses(wordnet / "index.verb")
    tree: dict[str, str] = {}  # verb synset offset -> class
    for name, (_, _, anchors) in PERSON_CLASSES.items():
        for word, number in anchors:
            root = index[word][number - 1]
            for offset in {root} if name in SYNSET_ONLY else under(graph, (root,)):
                tree.setdefault(offset, name)
    rows: list[tuple[str, str, int, str, str]] = []

    def keep(word: str, pos: str, classes: set[str]) -> None:
        kinds = {PERSON_CLASSES[c][:2] for c in classes}
        if len(kinds) == 1:
            effect, role = kinds.pop()
            rows.append((word, pos, effect, role, sorted(classes)[0]))

    verbs: dict[str, set[str]] = {}
    for word, offsets in sorted(index.items()):
        verbs[word] = {tree[o] for o in offsets if o in tree}
        keep(word, "v", verbs[word])
    targets = {o: words for o, (words, _) in graph.items()}
    derived: dict[str, set[str]] = {}
    shared: dict[str, set[str]] = {}
    for lexfile, words, links in lexical_pointers(wordnet / "data.noun").values():
        if lexfile not in ACT_LEXFILES:
            continue
        own: dict[str, set[str]] = {}
        for symbol, target, pos, source, number in links:
            if symbol != "+" or pos != "v" or source == 0 or number == 0:
                continue
            # the verb word the noun is made from, in any of its senses ("impeachment" <-
            # impeach, whose accusing sense is the one a party undergoes)
            classes = verbs.get(targets[target][number - 1], set()) - NO_NOUNS
            own.setdefault(words[source - 1], set()).update(classes)
        for word, classes in own.items():
            derived.setdefault(word, set()).update(classes)
        pooled = set().union(*own.values()) if own else set()
        for word in words if pooled else []:
            shared.setdefault(word, set()).update(pooled)
    # a word no pointer starts from takes its synsets' ("ouster" beside "ousting")
    for word, classes in shared.items():
        derived.setdefault(word, classes)
    for word in sorted(derived):
        keep(word, "n", derived[word])
    return sorted(rows, key=lambda r: (r[1], r[0]))


def write_person_effects(wordnet: Path = WORDNET) -> int:
    rows = person_effects(wordnet)
    header = [
        f"# stancemap person effects, version {VERSION}: what an act does to the party it",
        "# is done to (role object) or to its doer (role subject), from the verb classes of",
        "# stances.effect_import.PERSON_CLASSES over WordNet 3.0 (Copyright 2006 by Princeton",
        "# University, WordNet licence); nouns (pos n) of an act derived from such a verb",
        "# (rule stances.relations.request_effect). Generated by",
        "# stancemap.stances.effect_import; do not edit.",
        "word\tpos\teffect\trole\tclass",
    ]
    lines = [f"{w}\t{p}\t{e}\t{r}\t{c}" for w, p, e, r, c in rows]
    PERSONS.write_text("\n".join(header + lines) + "\n", "utf-8")
    return len(rows)


if __name__ == "__main__":
    main()
