"""Build ``data/stances/wordnet_signs.tsv``: judging words AFINN and VADER leave unsigned,
signed through WordNet 3.0 from the words they do sign.

A claim "the agreement was historic" or "the summit was a turning point" judges its
subject with a word neither AFINN-165 nor VADER lists (``claim_words.tsv``). WordNet
relates many such words to one they do sign. For a word's most frequent sense only
(the first in ``index.adj`` / ``index.noun``), in this order:

- ``head=<w>``: an adjective satellite takes the sign of its cluster's head adjective
  ("historic" -> "important", +);
- ``antonym=<w>``: a word takes the opposite sign of its WordNet antonym
  ("legitimate" <- "illegitimate", +);
- ``synonym=<w>``: a word takes the sign of the other words of its first sense
  ("turning point" <- "landmark", +); collocations are written with spaces;
- ``satellites=<n>/<m>``: a head adjective none of the above signs takes the sign that
  at least ``SATELLITE_SHARE`` of its signed satellites' words share ("abnormal" from
  "aberrant", "anomalous", "freakish"...), ``n`` of ``m`` signed words agreeing.

A row is written only when every signed word it is read from has one sign. Weight:
the mean weight of those words in ``claim_words.tsv``. Nothing is signed by hand; the
pipeline reads the file only with rule ``stances.claims.wordnet_sign``.

    apt-get install wordnet-base        # only the importer needs it
    .venv/bin/python -m stancemap.stances.wordnet_sign_import
"""

from __future__ import annotations

import re
import sys
from pathlib import Path

from ..wordnet_files import WORDNET, lexical_pointers, satellites, senses
from .judgment_import import write_sign_table

OUT = Path(__file__).resolve().parents[1] / "data" / "stances" / "wordnet_signs.tsv"
CLAIM_WORDS = OUT.with_name("claim_words.tsv")
VERSION = 1
SATELLITE_SHARE = 0.75
ALL_SENSES = True  # a clear majority of a head's signed satellite words
_MARKER = re.compile(r"\([a-z]+\)$")  # adjective position markers: "galore(ip)"

Signed = dict[str, tuple[int, float]]
# offset -> (satellite?, words, [(symbol, target offset, source word no., target word no.)])
Synsets = dict[str, tuple[bool, list[str], list[tuple[str, str, int, int]]]]


def base_signs(path: Path = CLAIM_WORDS) -> Signed:
    """AFINN's and VADER's signs, as ``claim_import`` wrote them (not its WordNet rows)."""
    out: Signed = {}
    for line in path.read_text("utf-8").splitlines():
        if not line or line.startswith("#") or line.startswith("word\t"):
            continue
        word, sign, weight, source = line.split("\t")
        if not source.startswith("wordnet="):
            out[word] = (int(sign), float(weight))
    return out


def read_synsets(data: Path) -> Synsets:
    """offset -> (satellite?, words without position markers, [(symbol, target offset,
    source word number, target word number)]): ``wordnet_files.lexical_pointers`` with the
    satellite flag adjectives need."""
    satellite = satellites(data) if data.name == "data.adj" else set()
    return {
        offset: (
            offset in satellite,
            [_MARKER.sub("", w) for w in words],
            [(symbol, target, a, b) for symbol, target, _pos, a, b in links],
        )
        for offset, (_lexfile, words, links) in lexical_pointers(data).items()
    }


def _agree(words: list[str], signed: Signed) -> tuple[int, float, str] | None:
    """The one sign the signed ones of ``words`` share, their mean weight, the first."""
    hits = [(w, signed[w]) for w in words if w in signed]
    if not hits or len({s for _, (s, _w) in hits}) != 1:
        return None
    weight = round(sum(wt for _, (_s, wt) in hits) / len(hits), 2)
    return hits[0][1][0], weight, hits[0][0]


def _antonyms(
    synset: tuple[bool, list[str], list[tuple[str, str, int, int]]], word: str, graph: Synsets
) -> list[str]:
    _sat, words, links = synset
    me = words.index(word) + 1
    return [
        graph[offset][1][target - 1]
        for symbol, offset, source, target in links
        if symbol == "!" and source == me and target
    ]


def _derive(
    word: str, offset: str, graph: Synsets, signed: Signed, is_adj: bool
) -> tuple[int, float, str] | None:
    """The sign one sense of ``word`` gets, by the first step that gives one."""
    synset = graph[offset]
    satellite, words, links = synset
    if word not in words:
        return None
    if is_adj and satellite:
        heads = [o for s, o, _a, _b in links if s == "&"]
        hit = _agree(graph[heads[0]][1], signed) if heads else None
        if hit:
            return hit[0], hit[1], f"head={hit[2]}"
    hit = _agree(_antonyms(synset, word, graph), signed)
    if hit:
        return -hit[0], hit[1], f"antonym={hit[2]}"
    hit = _agree([w.replace("_", " ") for w in words if w != word], signed)
    if hit:
        return hit[0], hit[1], f"synonym={hit[2].replace(' ', '_')}"
    if is_adj and not satellite:
        sats = [o for s, o, _a, _b in links if s == "&"]
        signs = [signed[w] for o in sats for w in graph[o][1] if w in signed]
        pos = sum(1 for s, _ in signs if s > 0)
        if len(signs) >= 2 and max(pos, len(signs) - pos) / len(signs) >= SATELLITE_SHARE:
            sign = 1 if pos * 2 > len(signs) else -1
            agreeing = [wt for s, wt in signs if s == sign]
            weight = round(sum(agreeing) / len(agreeing), 2)
            return sign, weight, f"satellites={len(agreeing)}/{len(signs)}"
    return None


def build(
    signed: Signed,
    adj: Synsets,
    adj_index: dict[str, list[str]],
    noun: Synsets,
    noun_index: dict[str, list[str]],
    all_senses: bool = ALL_SENSES,
) -> list[tuple[str, int, float, str]]:
    """Rows (word, sign, weight, source) for the words ``signed`` lacks. A word's senses are
    read most frequent first; with ``all_senses`` an adjective takes the first sense that
    gives a sign when no other sense gives the opposite one; a noun (whose rarer senses
    stray: \"summit\" as \"top\", \"point\" as \"stop\") only its first sense."""
    rows: dict[str, tuple[int, float, str]] = {}
    for graph, index, is_adj in ((adj, adj_index, True), (noun, noun_index, False)):
        for word, offsets in sorted(index.items()):
            name = word.replace("_", " ")
            if (
                name in signed
                or name in rows
                or not word.replace("_", "").replace("-", "").isalpha()
            ):
                continue
            read = offsets if all_senses and is_adj else offsets[:1]
            found = [hit for o in read if (hit := _derive(word, o, graph, signed, is_adj))]
            if found and len({hit[0] for hit in found}) == 1:
                rows[name] = found[0]
    return sorted((w, s, wt, src) for w, (s, wt, src) in rows.items())


def main() -> None:
    wordnet = Path(sys.argv[1]) if len(sys.argv) > 1 else WORDNET
    rows = build(
        base_signs(),
        read_synsets(wordnet / "data.adj"),
        senses(wordnet / "index.adj"),
        read_synsets(wordnet / "data.noun"),
        senses(wordnet / "index.noun"),
    )
    header = [
        f"# stancemap WordNet signs, version {VERSION}: judging words AFINN-165 and VADER leave",
        "# unsigned, signed through WordNet 3.0 (Copyright 2006 by Princeton University) from",
        "# words claim_words.tsv signs: head=<w> a satellite adjective's head, antonym=<w> the",
        "# opposite of its antonym, synonym=<w> its first sense's other words, satellites=n/m a",
        "# head adjective's signed satellites. Generated by",
        "# `python -m stancemap.stances.wordnet_sign_import`: do not edit by hand.",
        "word\tsign\tweight\tsource",
    ]
    write_sign_table(OUT, header, rows)
    print(f"{len(rows)} words written to {OUT}")


if __name__ == "__main__":
    main()
