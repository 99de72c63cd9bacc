"""spaCy's rule lemmatizer with its answers remembered per (word, POS, morphology).

spaCy's ``Lemmatizer`` visits every token in Python, builds a Token object and
a cache key from it, and sets ``token.lemma_`` one by one (7% of the parse in
the profile). For the "rule" and "lookup" modes of spaCy's own ``Lemmatizer``
and ``EnglishLemmatizer`` the lemma is a function of the token's ORTH, POS and
MORPH alone (the rules read the text, the POS tables and ``is_base_form``,
which reads POS and MORPH), so this component reads those three columns with
``Doc.to_array``, looks each triple up in a dictionary (in C, over the whole
column), asks spaCy's own lemmatizer only for triples not seen before, and
writes the LEMMA column back with ``Doc.from_array``. Tokens that already have
a lemma keep it unless the lemmatizer overwrites, as in spaCy.

A lemmatizer of another class or mode (a subclass may read anything) is left
as it is.
"""

from __future__ import annotations

from itertools import compress
from typing import Any, cast

import numpy
from spacy.attrs import LEMMA, MORPH, ORTH, POS
from spacy.errors import Errors
from spacy.lang.en.lemmatizer import EnglishLemmatizer
from spacy.language import Language
from spacy.pipeline import Lemmatizer
from spacy.tokens import Doc

_PURE_CLASSES = (Lemmatizer, EnglishLemmatizer)
_PURE_MODES = ("rule", "lookup")
_MEMO = 500_000  # remembered triples; cleared beyond, so a long stream keeps flat memory


class MemoLemmatizer:
    """Gives the lemmas of the spaCy lemmatizer it wraps, each distinct triple asked once."""

    def __init__(self, lemmatizer: Lemmatizer) -> None:
        self.name = lemmatizer.name
        self.wrapped = lemmatizer
        self.strings = lemmatizer.vocab.strings
        self.overwrite = lemmatizer.overwrite
        self.memo: dict[tuple[int, int, int], int] = {}
        if not lemmatizer._validated:  # what spaCy checks on its first call
            lemmatizer._validate_tables(Errors.E1004)
        _index_as_sets(lemmatizer)

    def __call__(self, doc: Doc) -> Doc:
        length = len(doc)
        if not length:
            return doc
        table: Any = doc.to_array([ORTH, POS, MORPH, LEMMA]).reshape(length, 4)
        columns: list[list[int]] = table.T.tolist()  # type: ignore[assignment]
        keys = list(zip(columns[0], columns[1], columns[2], strict=True))
        lemmas: list[int | None] = list(map(self.memo.get, keys))
        if not self.overwrite:
            # as spaCy: a token with a lemma already (from the attribute ruler) keeps it
            lemmas = [old or new for old, new in zip(columns[3], lemmas, strict=True)]
        missing = [lemma is None for lemma in lemmas]
        if any(missing):
            if len(self.memo) > _MEMO:
                self.memo.clear()
            for i in compress(range(length), missing):
                lemma = self.strings.add(self.wrapped.lemmatize(doc[i])[0])
                self.memo[keys[i]] = lemma
                lemmas[i] = lemma
            # spaCy's own cache of the same answers has no bound: a long stream grew it
            self.wrapped.cache.clear()
        column: Any = numpy.asarray(lemmas, dtype=numpy.uint64)
        doc.from_array([LEMMA], column)
        return doc


def _index_as_sets(lemmatizer: Lemmatizer) -> None:
    """The rule lemmatizer asks ``form in index`` of each POS's word list (57,528 nouns
    in en_core_web_sm: a list scan per rule, most of a new word's lemmatizing time);
    the lists are only ever tested for membership, so sets give the same answers. The
    lemmatizer is this wrapper's alone once it is replaced in the pipeline."""
    if not lemmatizer.lookups.has_table("lemma_index"):
        return
    table = lemmatizer.lookups.get_table("lemma_index")
    for key, words in list(table.items()):
        if isinstance(words, list):
            table[key] = frozenset(words)


def is_memoisable(component: Any) -> bool:
    """Whether the component is spaCy's lemmatizer in a mode whose lemma depends on
    ORTH, POS and MORPH only."""
    return type(component) in _PURE_CLASSES and component.mode in _PURE_MODES


COMPONENT = "stancemap_memo_lemmatizer"


def install(nlp: Language) -> list[str]:
    """Wrap each memoisable lemmatizer of ``nlp`` in place; returns their names."""
    replaced = []
    for name, component in list(nlp.pipeline):
        if is_memoisable(component):
            nlp.replace_pipe(name, _wrapping_factory(cast(Lemmatizer, component)))
            replaced.append(name)
    return replaced


def _wrapping_factory(component: Lemmatizer) -> str:
    """A one-off registered component (spaCy's ``replace_pipe`` takes a factory
    name) that returns the wrapper of this very lemmatizer and its loaded tables."""
    name = f"{COMPONENT}_{id(component)}"
    if name not in Language.factories:
        Language.component(name, func=MemoLemmatizer(component))
    return name
