"""One per-document view of token attributes as plain Python lists.

Every ``doc[i]``, ``tok.children`` or ``tok.head`` builds a new spaCy Token
object, and every ``tok.dep_`` looks a string up; in tight loops over tokens
(the stages ask the same questions of the same tokens many times) that object
creation is the largest item in the profile. ``doc_view(doc)`` reads each
attribute column once with ``Doc.to_array`` and keeps it, as lists indexed by
token position (one view per Doc, kept while the Doc lives, built on first
use, a column on its first read):

    view = doc_view(tok.doc)
    kids = [c for c in view.children[tok.i] if view.dep[c] == "mark"]

The values are exactly what the Token attributes give (``view.dep[i] ==
doc[i].dep_``, ``view.children[i]`` lists the positions ``doc[i].children``
yields, in the same order). A stage must not change the parse after reading a
view (no stage does: the Doc is read-only after the parse).
"""

from __future__ import annotations

import weakref
from bisect import bisect_left
from functools import cached_property
from typing import Any

from spacy.attrs import DEP, ENT_IOB, ENT_TYPE, HEAD, IDX, LEMMA, LOWER, ORTH, POS, TAG
from spacy.tokens import Doc

# Doc -> its view; weak so that a view goes with its Doc (not in doc.user_data,
# which Doc.copy deep-copies and serialisation writes out)
_VIEWS: weakref.WeakKeyDictionary[Doc, DocView] = weakref.WeakKeyDictionary()


class DocView:
    """Token attributes of one Doc as lists (strings as spaCy's ``*_`` attributes)."""

    def __init__(self, doc: Doc) -> None:
        self._doc = weakref.ref(doc)  # a strong one would keep the Doc in _VIEWS forever
        self.length = len(doc)

    @property
    def doc(self) -> Doc:
        doc = self._doc()
        if doc is None:
            raise ReferenceError("the Doc of this view is gone")
        return doc

    def _ids(self, attr: int) -> list[int]:
        column: Any = self.doc.to_array([attr]).reshape(self.length)
        return column.tolist()  # type: ignore[no-any-return]

    def _strings(self, attr: int) -> list[str]:
        strings = self.doc.vocab.strings
        seen: dict[int, str] = {}
        out = []
        for key in self._ids(attr):
            text = seen.get(key)
            if text is None:
                text = seen[key] = strings[key]
            out.append(text)
        return out

    @cached_property
    def text(self) -> list[str]:
        return self._strings(ORTH)

    @cached_property
    def lower(self) -> list[str]:
        return self._strings(LOWER)

    @cached_property
    def lemma(self) -> list[str]:
        return self._strings(LEMMA)

    @cached_property
    def pos(self) -> list[str]:
        return self._strings(POS)

    @cached_property
    def tag(self) -> list[str]:
        return self._strings(TAG)

    @cached_property
    def dep(self) -> list[str]:
        return self._strings(DEP)

    @cached_property
    def ent_type(self) -> list[str]:
        return self._strings(ENT_TYPE)

    @cached_property
    def ent_iob(self) -> list[int]:
        """0 no annotation, 1 inside, 2 outside, 3 begin (spaCy's ``ent_iob``)."""
        return self._ids(ENT_IOB)

    @cached_property
    def ents(self) -> list[tuple[int, int, str]]:
        """The named entities as (start, end, label): token positions, end exclusive, in
        ``doc.ents`` order (sorted, never overlapping). ``Span.ents`` builds every entity
        Span of the doc on each call."""
        return [(ent.start, ent.end, ent.label_) for ent in self.doc.ents]

    @cached_property
    def idx(self) -> list[int]:
        return self._ids(IDX)

    @cached_property
    def head(self) -> list[int]:
        """The position of each token's head (``tok.head.i``; a root is its own head)."""
        column: Any = self.doc.to_array([HEAD]).reshape(self.length).astype("int64")
        return [i + offset for i, offset in enumerate(column.tolist())]

    @cached_property
    def depth(self) -> list[int]:
        """How many ancestors each token has (``sum(1 for _ in tok.ancestors)``; like
        spaCy, a head chain is followed at most ``len(doc)`` steps)."""
        head, length = self.head, self.length
        out = []
        for i in range(length):
            j, steps = i, 0
            while head[j] != j and steps < length:
                j = head[j]
                steps += 1
            out.append(steps)
        return out

    @cached_property
    def sent_start(self) -> list[int]:
        """The position of the first word of each token's sentence (``tok.sent.start``, which
        builds two spans per call)."""
        out = [0] * self.length
        for sent in self.doc.sents:
            out[sent.start : sent.end] = [sent.start] * (sent.end - sent.start)
        return out

    @cached_property
    def children(self) -> list[list[int]]:
        """The positions of each token's children, in order (``tok.children``)."""
        out: list[list[int]] = [[] for _ in range(self.length)]
        for i, head in enumerate(self.head):
            if head != i:
                out[head].append(i)
        return out


def _no_doc() -> Doc | None:
    return None


# the last Doc asked about and its view, one tuple so that threads swap it whole: the
# stages ask about one document hundreds of thousands of times in a row, and a weak
# dictionary's lookup (a new weak reference each time) cost more than the answer
_last: tuple[Any, DocView | None] = (_no_doc, None)


def doc_view(doc: Doc) -> DocView:
    """The view of ``doc``, built once per Doc."""
    global _last
    last = _last
    if last[0]() is doc and last[1] is not None:
        return last[1]
    view = _VIEWS.get(doc)
    if view is None:
        view = _VIEWS[doc] = DocView(doc)
    _last = (weakref.ref(doc), view)
    return view


def positions_from(doc: Doc, start: int, end: int) -> range:
    """The positions of the tokens whose first character lies in [``start``, ``end``), in
    order (``[t.i for t in doc if start <= t.idx < end]``): two bisections on the view's
    offsets, which rise through the doc, instead of a walk that builds every Token."""
    idx = doc_view(doc).idx
    return range(bisect_left(idx, start), bisect_left(idx, end))
