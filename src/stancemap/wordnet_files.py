"""Readers of Princeton WordNet 3.0's database files (``data.*`` and ``index.*``, the
Debian package ``wordnet-base``), shared by the importers that build the project's
WordNet word lists (``events.wordnet_import``, ``stances.act_import``,
``stances.between_import``, ``stances.claim_import``, ``stances.wordnet_sign_import``,
``stances.ties_import``,
``actors.opponents_import``). Only the importers read WordNet; the pipeline reads the
lists they write.
"""

from __future__ import annotations

from pathlib import Path

WORDNET = Path("/usr/share/wordnet")

# WordNet's lexicographer file numbers (``lexnames``) -> their names, as ``data.*`` records carry them
LEXNAMES = {
    "03": "noun.Tops", "04": "noun.act", "05": "noun.animal", "06": "noun.artifact",
    "07": "noun.attribute", "08": "noun.body", "09": "noun.cognition",
    "10": "noun.communication", "11": "noun.event", "12": "noun.feeling", "13": "noun.food",
    "14": "noun.group", "15": "noun.location", "16": "noun.motive", "17": "noun.object",
    "18": "noun.person", "19": "noun.phenomenon", "20": "noun.plant", "21": "noun.possession",
    "22": "noun.process", "23": "noun.quantity", "24": "noun.relation", "25": "noun.shape",
    "26": "noun.state", "27": "noun.substance", "28": "noun.time", "29": "verb.body",
    "30": "verb.change", "31": "verb.cognition", "32": "verb.communication",
    "33": "verb.competition", "34": "verb.consumption", "35": "verb.contact",
    "36": "verb.creation", "37": "verb.emotion", "38": "verb.motion", "39": "verb.perception",
    "40": "verb.possession", "41": "verb.social", "42": "verb.stative", "43": "verb.weather",
}  # fmt: skip

Synsets = dict[str, tuple[list[str], list[tuple[str, str]]]]
Pointers = dict[str, tuple[str, list[str], list[tuple[str, str, str, int, int]]]]


def _records(path: Path) -> list[str]:
    """The lines of a database file, less its licence header (lines that open with a space)."""
    return [x for x in path.read_text("latin-1").splitlines() if x and not x.startswith(" ")]


def synsets(data: Path) -> Synsets:
    """offset -> (words, [(pointer symbol, target offset)]) of a ``data.*`` file."""
    out: Synsets = {}
    for line in _records(data):
        fields = line.split(" | ", 1)[0].split()
        count = int(fields[3], 16)
        words = [fields[4 + 2 * n].lower() for n in range(count)]
        at = 4 + 2 * count
        pointers = int(fields[at])
        links = [(fields[at + 1 + 4 * n], fields[at + 2 + 4 * n]) for n in range(pointers)]
        out[fields[0]] = (words, links)
    return out


def lexical_pointers(data: Path) -> Pointers:
    """offset -> (lexicographer file, words, [(symbol, target offset, target pos,
    source word number, target word number)]) of a ``data.*`` file: ``synsets`` with the
    word-to-word detail that derivational pointers need ("provocation" -> "provoke")."""
    out: Pointers = {}
    for line in _records(data):
        fields = line.split(" | ", 1)[0].split()
        count = int(fields[3], 16)
        words = [fields[4 + 2 * n].lower() for n in range(count)]
        at = 4 + 2 * count
        links = []
        for n in range(int(fields[at])):
            symbol, offset, pos, numbers = fields[at + 1 + 4 * n : at + 5 + 4 * n]
            links.append((symbol, offset, pos, int(numbers[:2], 16), int(numbers[2:], 16)))
        out[fields[0]] = (fields[1], words, links)
    return out


def derived_nouns(
    verb: str, verbs: Pointers, nouns: Pointers, meanings: dict[str, list[str]]
) -> list[tuple[str, str]]:
    """(lexicographer file, noun) of each noun a derivational pointer ("+") leads to from the
    most frequent sense of ``verb`` (``meanings``: ``senses`` of index.verb), from that
    verb's own word or the whole synset ("provoke" -> "provocation"); none for an unknown
    verb."""
    if verb not in meanings:
        return []
    _lex, words, links = verbs[meanings[verb][0]]
    number = words.index(verb) + 1 if verb in words else 0
    out = []
    for symbol, target, pos, source, word in links:
        if symbol != "+" or pos != "n" or source not in (0, number) or not word:
            continue
        lex, noun_words, _links = nouns[target]
        out.append((lex, noun_words[word - 1]))
    return out


def satellites(data: Path) -> set[str]:
    """The offsets of satellite adjective synsets (type "s") in a ``data.adj`` file."""
    return {
        fields[0]
        for fields in (line.split(maxsplit=3) for line in _records(data))
        if fields[2] == "s"
    }


def senses(index: Path) -> dict[str, list[str]]:
    """lemma -> its synset offsets, most frequent sense first (as index files list them)."""
    out: dict[str, list[str]] = {}
    for line in _records(index):
        fields = line.split()
        out[fields[0]] = fields[-int(fields[2]) :]
    return out


def frequent_sense_verbs(root: Path, roots: tuple[str, ...], top: int) -> list[str]:
    """The one-word verbs of the ``roots`` synsets for which that synset is one of their
    ``top`` most frequent senses (base forms, sorted)."""
    graph = synsets(root / "data.verb")
    ranked = senses(root / "index.verb")
    words = set()
    for offset in roots:
        for word in graph[offset][0]:
            word = word.split("(")[0].lower()
            if "_" in word or "-" in word:
                continue
            if offset in ranked.get(word, [])[:top]:
                words.add(word)
    return sorted(words)


def first_senses(index: Path) -> dict[str, str]:
    """lemma -> the offset of its most frequent sense."""
    return {lemma: offsets[0] for lemma, offsets in senses(index).items()}


def lexfiles(data: Path) -> dict[str, str]:
    """offset -> lexicographer file number ("04" is noun.act) of a ``data.*`` file."""
    return {line.split(" ", 2)[0]: line.split(" ", 2)[1] for line in _records(data)}


def under(graph: Synsets, roots: tuple[str, ...] | set[str], instances: bool = True) -> set[str]:
    """The offsets of the roots and of everything below them: hyponyms, and instances
    unless ``instances`` is false (kinds only: "prince", not "Diana")."""
    below = ("~", "~i") if instances else ("~",)
    seen, todo = set(roots), list(roots)
    while todo:
        for symbol, target in graph[todo.pop()][1]:
            if symbol in below and target not in seen:
                seen.add(target)
                todo.append(target)
    return seen


def sense_numbers(root: Path, pairs: tuple[tuple[str, str], ...]) -> tuple[tuple[str, int], ...]:
    """(lemma, WordNet 3.0 offset) pairs as (lemma, sense index in index.noun order), the
    form ``first_sense_nouns`` takes."""
    index = senses(root / "index.noun")
    return tuple((lemma, index[lemma].index(offset)) for lemma, offset in pairs)


def first_sense_nouns(
    root: Path,
    kinds: tuple[tuple[str, int], ...],
    not_kinds: tuple[tuple[str, int], ...],
    any_sense_excluded: bool = True,
    also: tuple[tuple[str, int], ...] = (),
    instances: bool = True,
) -> list[str]:
    """One-word nouns whose most frequent sense lies under one of ``kinds`` (or is one of
    ``also``) - each a (lemma, sense index in index.noun order) - and none of whose senses
    (only the first, with ``any_sense_excluded`` false) lies under ``not_kinds``; with
    ``instances`` false, instance links are not followed below ``kinds``."""
    graph = synsets(root / "data.noun")
    index = senses(root / "index.noun")
    below = under(graph, {index[w][i] for w, i in kinds}, instances=instances)
    wanted = below | {index[w][i] for w, i in also}
    excluded = under(graph, {index[w][i] for w, i in not_kinds})
    return sorted(
        w
        for w, offsets in index.items()
        if offsets[0] in wanted
        and w.isalpha()
        and not any(o in excluded for o in (offsets if any_sense_excluded else offsets[:1]))
    )


def verb_frames(fields: list[str]) -> dict[str, set[int]]:
    """word -> the generic verb frames a ``data.verb`` record (its fields before " | ")
    lists for that word (a frame of word number 0 holds for every word of the sense)."""
    count = int(fields[3], 16)
    words = [fields[4 + 2 * n].lower() for n in range(count)]
    at = 4 + 2 * count
    at += 1 + 4 * int(fields[at])
    out: dict[str, set[int]] = {}
    if at >= len(fields):
        return out
    listed = fields[at + 1 : at + 1 + 3 * int(fields[at])]
    for n in range(0, len(listed), 3):
        frame, number = int(listed[n + 1]), int(listed[n + 2], 16)
        for word in words if number == 0 else [words[number - 1]]:
            out.setdefault(word, set()).add(frame)
    return out


def verb_records(data: Path) -> dict[str, list[str]]:
    """offset -> the fields of its ``data.verb`` record before the gloss."""
    return {f[0]: f for f in (line.split(" | ", 1)[0].split() for line in _records(data))}


def verbs_with_frame(data: Path, frame: int) -> list[str]:
    """One-word verbs of a ``data.verb`` file with a sense (or a word of a sense) that
    lists the generic verb frame ``frame`` (24: "Somebody ----s somebody to INFINITIVE")."""
    out: set[str] = set()
    for fields in verb_records(data).values():
        out.update(word for word, frames in verb_frames(fields).items() if frame in frames)
    return sorted(w for w in out if "_" not in w and "-" not in w)


def write_word_list(out: Path, header: list[str], words: list[str]) -> None:
    """Write an importer's list: its comment header, then one word a line."""
    out.write_text("\n".join(header + words) + "\n", "utf-8")
    print(f"{len(words)} nouns -> {out}")
