"""A compiled stand-in for spaCy's ``attribute_ruler``, with the same output.

spaCy's component runs a ``Matcher`` over every token with every pattern (179
in en_core_web_sm, 171 of them single-token patterns keyed on TAG), which cost
14% of the whole parse. Almost all of those patterns are plain tests of a
token's own attributes ("TAG is DT and LOWER is 'the'"), so they are compiled
here into dictionaries keyed by one attribute value: each token looks up only
the few patterns that can match it.

What stays exactly as spaCy does it:
- matching reads the Doc as it was before the component ran (spaCy matches
  first, then writes), with the same integer attribute values the Matcher
  reads (``Doc.to_array`` and the Matcher share one accessor) and the same
  string-to-id conversions;
- matches are applied in pattern order, so a later pattern overwrites an
  earlier one, and the target token is ``span[index]`` as in spaCy;
- only POS, TAG, MORPH, LEMMA and DEP are written (through ``Doc.from_array``,
  which sets the same token fields spaCy's ``set_token_attrs`` sets for these).

What is not compiled: a token pattern with an operator (``OP``), an extension
attribute, MORPH or sentence-start tests, or predicates other than IN, NOT_IN
and REGEX. Those patterns stay in a spaCy ``Matcher`` inside this component and
their matches are merged in pattern order with the compiled ones. A ruler that
writes anything but the five attributes above is not replaced at all
(``compile_ruler`` returns None and spaCy's own component stays).
"""

from __future__ import annotations

import re
from collections.abc import Iterable, Sequence
from dataclasses import dataclass, field
from itertools import compress, product
from typing import Any

from spacy.attrs import DEP, IDS, LEMMA, MORPH, POS, TAG
from spacy.language import Language
from spacy.matcher import Matcher
from spacy.pipeline import AttributeRuler
from spacy.strings import get_string_id
from spacy.tokens import Doc

# the attributes whose writes are plain token fields (set_token_attrs leaves the
# shared lexeme alone for these), so Doc.from_array sets them identically
WRITABLE = (POS, TAG, MORPH, LEMMA, DEP)
# attributes a compiled test may not read: the Matcher reads them differently
# from Doc.to_array (SENT_START), normalises values (MORPH), or maps strings
# (ENT_IOB)
_NOT_COMPILED_ATTRS = {"SENT_START", "IS_SENT_START", "MORPH", "ENT_IOB", "_", "OP"}


@dataclass(frozen=True)
class _Test:
    """One attribute test of one token: IN / NOT_IN a set of ids, or a regex."""

    column: int  # index into the per-document attribute columns
    kind: str  # "in", "not_in" or "regex"
    values: frozenset[int] = frozenset()
    regex: re.Pattern[str] | None = None
    # regex outcome per attribute value id, filled as values are met
    seen: dict[int, bool] = field(default_factory=dict, compare=False, hash=False)


@dataclass(frozen=True)
class _Sequence:
    """One token pattern (a list of token tests) of one ruler entry."""

    entry: int  # the ruler's pattern number: the order of application
    tokens: tuple[tuple[_Test, ...], ...]


class _Compiler:
    """Turns Matcher token patterns into ``_Test`` tuples over attribute columns."""

    def __init__(self, strings: Any) -> None:
        self.strings = strings
        self.columns: list[Any] = []  # attribute ids read, in column order

    def column(self, attr: int) -> int:
        if attr not in self.columns:
            self.columns.append(attr)
        return self.columns.index(attr)

    def token(self, spec: Any) -> tuple[_Test, ...] | None:
        if not isinstance(spec, dict) or not spec:
            return None
        tests: list[_Test] = []
        for key, value in spec.items():
            if not isinstance(key, str):
                return None
            name = "ORTH" if key.upper() == "TEXT" else key.upper()
            if name in _NOT_COMPILED_ATTRS or name not in IDS:
                return None
            test = self.test(self.column(IDS[name]), value)
            if test is None:
                return None
            tests.append(test)
        return tuple(tests)

    def test(self, column: int, value: Any) -> _Test | None:
        # the same conversions as spaCy's matcher: _get_attr_values for plain
        # values, _SetPredicate / _RegexPredicate for the dict forms
        if isinstance(value, str):
            return _Test(column, "in", frozenset({self.strings.add(value)}))
        if isinstance(value, bool | int):
            return _Test(column, "in", frozenset({int(value)}))
        if not isinstance(value, dict) or len(value) != 1:
            return None
        ((op, arg),) = value.items()
        op = str(op).upper()
        if op in ("IN", "NOT_IN") and isinstance(arg, list | tuple | set):
            if not all(isinstance(v, str | int) for v in arg):
                return None
            ids = frozenset(get_string_id(v) for v in arg)
            return _Test(column, "in" if op == "IN" else "not_in", ids)
        if op == "REGEX" and isinstance(arg, str):
            return _Test(column, "regex", regex=re.compile(arg))
        return None


class CompiledAttributeRuler:
    """Sets POS, TAG, MORPH, LEMMA and DEP exactly as the ruler it was compiled from."""

    def __init__(self, ruler: AttributeRuler) -> None:
        self.name = ruler.name
        self.vocab = ruler.vocab
        self.attrs = list(ruler.attrs)  # normalised {attr id: value id} per entry
        self.indices = list(ruler.indices)
        compiler = _Compiler(self.vocab.strings)
        self.leftover = Matcher(self.vocab)
        self.compiled_count = 0
        sequences: list[_Sequence] = []
        for entry, pattern in enumerate(ruler.patterns):
            token_patterns: Any = pattern["patterns"]
            compiled = _compile_entry(entry, token_patterns, compiler)
            if compiled is None:
                self.leftover.add(str(entry), token_patterns)
            else:
                sequences.extend(compiled)
                self.compiled_count += 1
        self.columns = compiler.columns
        self.index = _index(sequences)
        self.written: list[Any] = sorted({a for attrs in self.attrs for a in attrs})
        # per entry: (column in ``written``, value) to write on its target token
        self.writes = [
            [(self.written.index(attr), value) for attr, value in attrs.items()]
            for attrs in self.attrs
        ]

    def __call__(self, doc: Doc) -> Doc:
        length = len(doc)
        if not length:
            return doc
        matches = self._compiled_matches(doc, length)
        if len(self.leftover):
            for match_id, start, end in self.leftover(doc, allow_missing=True):
                matches.append((int(self.vocab.strings[match_id]), start, end))
        if not matches:
            return doc
        matches.sort()  # pattern order: a later pattern overwrites an earlier one
        table: Any = doc.to_array(self.written).reshape(length, len(self.written))
        for entry, start, end in matches:
            index = self.indices[entry]
            target = start + index if index >= 0 else end + index
            for column, value in self.writes[entry]:
                table[target, column] = value
        doc.from_array(self.written, table)
        return doc

    def _compiled_matches(self, doc: Doc, length: int) -> list[tuple[int, int, int]]:
        if not self.columns:
            return []
        array = doc.to_array(list(self.columns)).reshape(length, len(self.columns))
        rows: list[list[int]] = array.tolist()  # type: ignore[assignment]
        columns: list[list[int]] = array.T.tolist()  # type: ignore[assignment]
        matches: list[tuple[int, int, int]] = []
        for key_columns, table in self.index:
            # the lookups run in C (map over a column, compress to the hits); only
            # tokens that pass every equality test of some pattern reach Python
            if not key_columns:
                found: list[Any] = [table[()]] * length
            elif len(key_columns) == 1:
                found = list(map(table.get, columns[key_columns[0]]))
            else:
                keys = zip(*(columns[c] for c in key_columns), strict=True)
                found = list(map(table.get, keys))
            for i in compress(range(length), found):
                for seq in found[i]:
                    if seq.simple:  # one token, every test already passed by the key
                        matches.append((seq.entry, i, i + 1))
                        continue
                    end = i + len(seq.tokens)
                    if end <= length and self._rest_passes(rows, i, seq):
                        matches.append((seq.entry, i, end))
        return matches

    def _rest_passes(self, rows: list[list[int]], start: int, seq: _Keyed) -> bool:
        if seq.rest and not self._passes(rows[start], seq.rest):
            return False
        for k, tests in enumerate(seq.tokens[1:], start=1):
            if not self._passes(rows[start + k], tests):
                return False
        return True

    def _passes(self, row: list[int], tests: tuple[_Test, ...]) -> bool:
        for test in tests:
            value = row[test.column]
            if test.kind == "in":
                if value not in test.values:
                    return False
            elif test.kind == "not_in":
                if value in test.values:
                    return False
            else:
                known = test.seen.get(value)
                if known is None:
                    text = self.vocab.strings[value]
                    known = test.seen[value] = bool(test.regex and test.regex.search(text))
                if not known:
                    return False
        return True


def _compile_entry(
    entry: int, patterns: Sequence[Any], compiler: _Compiler
) -> list[_Sequence] | None:
    out = []
    for pattern in patterns:
        if not isinstance(pattern, list) or not pattern:
            return None
        tokens = [compiler.token(spec) for spec in pattern]
        if any(t is None for t in tokens):
            return None
        out.append(_Sequence(entry, tuple(t for t in tokens if t is not None)))
    return out


# a key over more columns than this many value combinations is cut back to its
# most selective column (an IN list of 40 words times one of 40 tags)
_MAX_KEYS = 2000


@dataclass(frozen=True)
class _Keyed:
    """A sequence filed under the values of its first token's IN tests; ``rest``
    are that token's other tests, still to check."""

    entry: int
    tokens: tuple[tuple[_Test, ...], ...]
    rest: tuple[_Test, ...]
    simple: bool  # one token whose every test is in the key: a hit is a match


Index = list[tuple[tuple[int, ...], dict[Any, list[_Keyed]]]]


def _index(sequences: Iterable[_Sequence]) -> Index:
    """Each sequence under the combination of values its first token's IN tests
    allow, so that a token looks up (one dictionary per combination of columns)
    only the sequences whose equality tests it already passes. A sequence
    without any IN test on its first token is under the empty key: tried on
    every token."""
    tables: dict[tuple[int, ...], dict[Any, list[_Keyed]]] = {}
    for seq in sequences:
        first = seq.tokens[0]
        keys = sorted((t for t in first if t.kind == "in"), key=lambda t: t.column)
        if len({t.column for t in keys}) != len(keys):
            keys = keys[:1]  # two IN tests on one column: key on one, check the other
        if _combinations(keys) > _MAX_KEYS:
            keys = [min(keys, key=lambda t: len(t.values))]
        rest = tuple(t for t in first if t not in keys)
        columns = tuple(t.column for t in keys)
        table = tables.setdefault(columns, {})
        keyed = _Keyed(seq.entry, seq.tokens, rest, not rest and len(seq.tokens) == 1)
        for combination in product(*(sorted(t.values) for t in keys)):
            # one column: keyed by the value itself (the lookup maps over a column)
            key = combination[0] if len(combination) == 1 else tuple(combination)
            table.setdefault(key, []).append(keyed)
    return sorted(tables.items())


def _combinations(tests: Sequence[_Test]) -> int:
    count = 1
    for test in tests:
        count *= len(test.values)
    return count


def compile_ruler(ruler: AttributeRuler) -> CompiledAttributeRuler | None:
    """The compiled ruler, or None where it could not give spaCy's exact output:
    a pattern writes something other than POS/TAG/MORPH/LEMMA/DEP, or a target
    index may fall outside its match."""
    if any(set(attrs) - set(WRITABLE) for attrs in ruler.attrs):
        return None
    for pattern, index in zip(ruler.patterns, ruler.indices, strict=True):
        token_patterns: Any = pattern["patterns"]
        for tokens in token_patterns:
            if not isinstance(tokens, list) or not -len(tokens) <= index < len(tokens):
                return None
    return CompiledAttributeRuler(ruler)


COMPONENT = "stancemap_attribute_ruler"


@Language.factory(COMPONENT)
def make_compiled_attribute_ruler(
    nlp: Language, name: str, patterns: list[dict[str, Any]]
) -> CompiledAttributeRuler:
    """spaCy factory: an ``attribute_ruler`` with these patterns, compiled. The
    patterns go through spaCy's own ``AttributeRuler.add_patterns`` first so
    that attribute values are normalised exactly as spaCy normalises them."""
    ruler = AttributeRuler(nlp.vocab, name)
    ruler.add_patterns(patterns)  # type: ignore[arg-type]
    compiled = compile_ruler(ruler)
    if compiled is None:
        raise ValueError(f"{name}: these attribute_ruler patterns do not compile")
    return compiled


def install(nlp: Language) -> list[str]:
    """Replace each ``attribute_ruler`` of ``nlp`` that compiles (same name, same
    place in the pipeline); returns the names replaced."""
    replaced = []
    for name, component in list(nlp.pipeline):
        if isinstance(component, AttributeRuler) and compile_ruler(component) is not None:
            patterns = component.patterns
            nlp.replace_pipe(name, COMPONENT, config={"patterns": patterns})
            replaced.append(name)
    return replaced
