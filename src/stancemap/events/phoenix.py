"""Read a Phoenix / PETRARCH CAMEO verb dictionary (``CAMEO.2.0.txt``).

The dictionary (openeventdata/petrarch2, MIT) is a list of verb blocks::

    ---  HALT   [---]  ---          block name and default code
    HALT                            verbs of the block (synonyms)
    +CALL_OFF                       a multi-word verb
    - * TALKS            [160]      the block's verbs with that object
    - * {TRADE TALKS}    [046]      a noun phrase (modifier + head)
    - * &MILITARY        [154]      an object from a synonym set (``&NAME`` + ``+WORD`` lines)
    - * POLICE (TO BORDER) [153]    an object and a preposition's object
    - * OFF (FOR)        [042]      a particle ("set off") and a bare preposition
    - AID *              [162]      a subject

Only what maps onto our coder is read: one object (word, phrase or synonym
set), one preposition, one particle, one subject word. Longer patterns keep
their first parts, which is what PETRARCH would also need to see. Codes the
PLOVER table does not know and CAMEO 01x (public statements, not PLOVER
events) are dropped. ``{...}`` after a verb lists its inflections; our parser
lemmatises, so they are skipped.

``dictionary_rows`` gives the rows; ``bin/import_cameo_verbs`` (via
``cameo_import.py``) writes them to ``data/events/cameo_verbs.tsv``, the
derived data file the coder loads by default. A user may still list a newer
dictionary in ``[events] extra_lexicons``.
"""

from __future__ import annotations

import re
from collections.abc import Callable, Iterator
from dataclasses import dataclass

from ..datafiles import constants
from .lexicon import Lexicon, parse_rows
from .ontology import Ontology

_BLOCK = re.compile(r"^---\s+(\S+)\s+\[([^\]]*)\]\s+---")
_CODE = re.compile(r"\[([^\]]*)\]\s*$")
_PARTICLES = {
    "UP",
    "OUT",
    "OFF",
    "DOWN",
    "BACK",
    "AWAY",
    "ON",
    "OVER",
    "IN",
    "FORWARD",
    "ASIDE",
    "AROUND",
    "ALONG",
    "THROUGH",
}
_WORD = re.compile(r"^\+?[A-Z][A-Z_\-']*$")


@dataclass(frozen=True)
class DictionaryRow:
    """One verb (or verb + pattern) of the dictionary, in the trigger lexicon's terms."""

    lemma: str
    cameo: str
    requires: str  # "obj=a|b;prep:to=c" in the triggers.tsv syntax, or "-"
    line: int


def _code(raw: str, ontology: Ontology) -> str | None:
    """ "042:043" -> "042"; "---" and unknown or 01x codes -> None."""
    parts = [p.strip() for p in raw.split(":") if p.strip()]
    if not parts:
        return None
    code = parts[0]
    if not code.isdigit() or ontology.lookup(code) is None or code.startswith("01"):
        return None
    return code


def _word(raw: str) -> str:
    return raw.strip("+_$^").replace("_", " ").lower()


def _noun_forms(phrase: str) -> list[str]:
    """A phrase and its singular ("trade talks" -> "trade talk"): requirements match
    either the surface word or the lemma."""
    out = [phrase]
    if phrase.endswith("s") and not phrase.endswith("ss") and len(phrase) > 3:
        out.append(phrase[:-1])
    return out


def synonym_sets(text: str, whole: bool = False) -> dict[str, list[str]]:
    """``&NAME`` -> its ``+WORD`` members (lower-case, underscores as spaces). A blank
    line ends a set; so does a line holding only a comment unless ``whole``: the reading
    before session 34, under which ``&CURRENCY`` (a comment after its name) had no member
    and its 34 patterns ("GIVE * &CURRENCY": aid) none either."""
    sets: dict[str, list[str]] = {}
    current: list[str] | None = None
    for raw in text.splitlines():
        if "VERB PATTERNS" in raw:
            break
        line = raw.split("#", 1)[0].strip()
        if line.startswith("&"):
            current = sets.setdefault(line.split()[0].upper(), [])
        elif line.startswith("+") and current is not None:
            current.append(_word(line.split()[0]))
        elif not (raw.strip() if whole else line):
            current = None
    return sets


def _expand(item: str, sets: dict[str, list[str]]) -> list[str]:
    """One object item ("TALKS", "{TRADE TALKS}", "&FOOD", "{&MILITARY COOPERATION}")."""
    words = item.strip("{}").split()
    if not words:
        return []
    options: list[list[str]] = []
    for w in words:
        if w.startswith("&"):
            members = sets.get(w.upper().rstrip("_")) or sets.get(w.upper()) or []
            if not members:
                return []
            options.append(members)
        elif _WORD.match(w.lstrip("+")):
            options.append([_word(w)])
        else:
            return []
    phrases = [""]
    for choice in options:
        phrases = [f"{p} {c}".strip() for p in phrases for c in choice]
    # a requirement matches a head noun with at most one modifier ("trade talk")
    return [f for p in phrases if 0 < len(p.split()) <= 2 for f in _noun_forms(p)]


def _tokens(pattern: str) -> list[str]:
    """Pattern body -> items: words, ``{...}`` groups and ``(...)`` groups."""
    return re.findall(r"\{[^}]*\}|\([^)]*\)|\S+", pattern)


def _requirements(verb: str, pattern: str, sets: dict[str, list[str]]) -> tuple[str, str] | None:
    """(lemma, requires) for one pattern on one verb, or None when it cannot be read."""
    read = _read(verb, pattern, sets)
    return None if read is None else read[:2]


def read_in_full(pattern: str, sets: dict[str, list[str]]) -> bool:
    """Whether every word of a pattern is in the conditions it is read as: "* KENTUCKY
    DERBY" keeps "kentucky", "* (OF {NATURAL CAUSES})" "of natural", "* FOR LESSER" the
    object "for" - what is left out made the pattern narrower than its reading."""
    read = _read("verb", pattern, sets)
    return read is not None and read[2]


def _read(verb: str, pattern: str, sets: dict[str, list[str]]) -> tuple[str, str, bool] | None:
    """``_requirements`` and whether the pattern was read in full (``read_in_full``)."""
    items = [t for t in _tokens(pattern) if t not in ("$", "^", "%")]
    if "*" not in items:
        return None
    star = items.index("*")
    before, after = items[:star], items[star + 1 :]
    lemma = verb
    conditions: list[str] = []
    if len(before) == 1 and not before[0].startswith("("):
        subjects = _expand(before[0], sets)
        if not subjects:
            return None
        conditions.append("subj=" + "|".join(dict.fromkeys(subjects)))
    elif before:
        return None
    if after and after[0] in _PARTICLES and " " not in verb:
        lemma = f"{verb} {after[0].lower()}"
        after = after[1:]
    if after and not after[0].startswith("("):
        objects = _expand(after[0], sets)
        if not objects:
            return None
        conditions.append("obj=" + "|".join(dict.fromkeys(objects)))
        after = after[1:]
    if after and after[0].startswith("("):
        inner = after[0].strip("()").split()
        inner = [w for w in inner if w not in ("$", "^", "%")]
        if not inner or not _WORD.match(inner[0]):
            return None
        prep = inner[0].lower()
        rest = inner[1:]
        if rest:
            if rest[0].upper() in ("A", "AN", "THE"):
                rest = rest[1:]
            objects = _expand(" ".join(rest[:1]), sets) if rest else []
            if rest and not objects:
                return None
            words = "|".join(dict.fromkeys(objects)) if objects else "*"
        else:
            words = "*"
        conditions.append(f"prep:{prep}={words}")
        whole = len(rest) <= 1
        after = after[1:]
    else:
        whole = True
    whole = whole and not after  # "* FOR LESSER": "lesser" is not read
    if not conditions:
        return lemma, "-", whole
    return lemma, ";".join(conditions), whole


NO_INFINITIVE = "!inf"
NO_EVENT_CODE = "---"  # a pattern the dictionary codes as no event
CONSULT_FAMILY = "04"  # CAMEO's consultations


def bare_requires(verb: str, code: str) -> str:
    """The condition on a verb's bare code: none for codes that name what the verb's
    infinitive asks, refuses or threatens ("urged X to", "refused to", "threatened to");
    otherwise no infinitive complement, whose verb carries the act: "is expected to
    meet" is a meeting, not an intent on "expected"; "failed to agree" a negated
    agreement (``modality.FAILURE_VERBS``), not a rejection."""
    from ..nlp.modality import FAILURE_VERBS

    families = constants("events")["infinitive_code_families"]
    if verb not in FAILURE_VERBS and any(code.startswith(f) for f in families):
        return "-"
    return NO_INFINITIVE


def verb_part(text: str) -> Iterator[tuple[int, str, str]]:
    """(line number, raw line, line without its comment) of each line that is not blank
    once its comment is cut, after the dictionary's VERB PATTERNS heading."""
    in_verbs = False
    for number, raw in enumerate(text.splitlines(), start=1):
        if "VERB PATTERNS" in raw:
            in_verbs = True
            continue
        line = raw.split("#", 1)[0].rstrip()
        if in_verbs and line.strip():
            yield number, raw, line


def dictionary_rows(
    text: str,
    ontology: Ontology,
    *,
    infinitive_guard: bool = True,
    statement_events: bool = False,
    whole_sets: bool = False,
    no_event: bool = False,
    keep: Callable[[str, int], bool] | None = None,
) -> list[DictionaryRow]:
    """Every verb and verb pattern of a CAMEO verb dictionary that maps to a PLOVER event,
    narrow patterns before the bare verb (the lexicon tries rows top to bottom).
    ``infinitive_guard``: bare verbs get ``bare_requires``'s condition (off: as PETRARCH
    reads the dictionary, which is what the dictionary-coder baseline keeps).
    ``statement_events``: instead, only the patterns that the rows above leave out with
    a block of public-statement verbs (CAMEO 01x) and that code a consultation (CAMEO 04:
    "SPEAK * (WITH)": 046, "TALK * (BY TELEPHONE)": 041). What a speaker says is a quote,
    coded on its own; whom one talks with is no part of what is said.
    ``whole_sets``: synonym sets read past a comment line (``synonym_sets``).
    ``no_event``: instead, only the patterns coded ``[---]`` (no event: "AVOID * ATTACK"),
    each with ``NO_EVENT_CODE`` for its code; patterns that set no condition are left out,
    and so are those read in part (``read_in_full``): a no-event pattern cut short stops
    more than the dictionary's.
    ``keep``: (verb, pattern line) -> whether a block's event pattern is read for that verb
    of the block (``events.own_verb_rows``: only for the verb it was written for); the
    verbs' own bare rows are always read."""
    sets = synonym_sets(text, whole_sets)
    rows: list[DictionaryRow] = []
    block_code: str | None = None
    statement = False  # a block of public-statement verbs (CAMEO 01x: "say", "comment")
    verbs: list[tuple[str, str | None, int]] = []
    patterns: list[tuple[str, str, int]] = []
    none_patterns: list[tuple[str, int]] = []

    def flush() -> None:
        if no_event:
            for verb, _, _ in verbs:
                for pattern, pline in none_patterns:
                    read = _requirements(verb, pattern, sets)
                    if not read_in_full(pattern, sets):
                        continue
                    if read is not None and read[1] != "-":
                        rows.append(DictionaryRow(read[0], NO_EVENT_CODE, read[1], pline))
            verbs.clear()
            patterns.clear()
            none_patterns.clear()
            return
        for verb, own_code, line in verbs:
            for pattern, code, pline in patterns:
                if keep is not None and not keep(verb, pline):
                    continue
                read = _requirements(verb, pattern, sets)
                left_out = read is not None and statement and not read[1].startswith("obj=")
                if statement_events:
                    if left_out and code.startswith(CONSULT_FAMILY):
                        rows.append(DictionaryRow(read[0], code, read[1], pline))  # type: ignore[index]
                    continue
                if left_out:
                    continue  # "critics say": what they say is a quote, coded on its own
                if read is not None and read[1] != "-":
                    rows.append(DictionaryRow(read[0], code, read[1], pline))
            if statement_events:
                continue
            verb_code = own_code or block_code
            if verb_code is not None:
                bare = bare_requires(verb, verb_code) if infinitive_guard else "-"
                rows.append(DictionaryRow(verb, verb_code, bare, line))
        verbs.clear()
        patterns.clear()

    for number, _raw, line in verb_part(text):
        block = _BLOCK.match(line)
        if block:
            flush()
            block_code = _code(block.group(2), ontology)
            statement = block.group(2).strip().startswith("01")
            continue
        if line.startswith("-"):
            code_match = _CODE.search(line)
            code = _code(code_match.group(1), ontology) if code_match else None
            if code is not None:
                patterns.append((line[1 : code_match.start()].strip(), code, number))  # type: ignore[union-attr]
            elif code_match and code_match.group(1).strip() == NO_EVENT_CODE:
                none_patterns.append((line[1 : code_match.start()].strip(), number))
            continue
        word = line.split()[0]
        if line[0] in "&{(~" or not _WORD.match(word):
            continue
        own = _CODE.search(line)
        verbs.append((_word(word), _code(own.group(1), ontology) if own else None, number))
    flush()
    first: dict[str, int] = {}
    for index, row in enumerate(rows):
        first.setdefault(row.lemma, index)
    # per verb: patterns that name their words, then those that take any word ("come
    # from *" after "come under fire"), then the bare verb
    rows.sort(
        key=lambda r: (first[r.lemma], r.requires in ("-", NO_INFINITIVE), "=*" in r.requires)
    )
    return _unique(rows)


def _unique(rows: list[DictionaryRow]) -> list[DictionaryRow]:
    """The first row for each (lemma, requires), and one bare row per lemma: later
    duplicates never match."""
    seen: set[tuple[str, str]] = set()
    out = []
    for row in rows:
        key = (row.lemma, "-" if row.requires == NO_INFINITIVE else row.requires)
        if key not in seen:
            seen.add(key)
            out.append(row)
    return out


def parse_phoenix_verbs(
    text: str,
    ontology: Ontology,
    file: str,
    weight: float = 0.6,
    *,
    infinitive_guard: bool = False,
) -> Lexicon:
    """A CAMEO verb dictionary as lexicon rows (a user's ``extra_lexicons`` entry, and
    the dictionary coder that ``stancemap eval plover`` scores beside ours: read as
    PETRARCH reads it unless ``infinitive_guard``)."""
    table = [
        {
            "lemma": row.lemma,
            "pos": "V",
            "role": "event",
            "cameo": row.cameo,
            "requires": row.requires,
            "type": "-",
            "_line": str(row.line),
        }
        for row in dictionary_rows(text, ontology, infinitive_guard=infinitive_guard)
    ]
    return parse_rows(table, ontology, file, weight=weight)
