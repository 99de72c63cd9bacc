"""A copy of a ``DocumentResolver`` halfway through its passes (``fork``).

A resolution read late (``definite_bodies.SOURCE_ONLY``, ``subject_groups``) needs the
layer as it would be without it (``ActorLayer.before``). Every pass before the first
late one runs the same with or without it, so the actors stage runs those once, copies
the resolver's state here, and runs only the remaining passes twice (held back and not)
- instead of resolving the whole document a second time (session 46 lead: the second
resolution was about half of the late pass's cost). The copy keeps every mutable thing
a later pass may change (mentions, memory, taken tokens, actor records ...) apart and
shares only what no pass writes: the parse, the document, the linker, the rule lists.
Objects shared between two containers stay shared in the copy (one memo), so a pass that
edits a mention it found through the memory edits the one in the mention list.
"""

from __future__ import annotations

import copy
import dataclasses
from typing import TYPE_CHECKING, Any

from pydantic import BaseModel
from spacy.tokens import Doc, Span, Token

if TYPE_CHECKING:
    from .resolve import DocumentResolver

# set once in ``DocumentResolver.__init__`` and never written by a pass
SHARED = frozenset(
    {"linker", "switches", "doc", "document", "date", "sent_index", "name_rules", "pronoun_rules"}
)
_IMMUTABLE = (str, int, float, bool, bytes, type(None), Token, Span, Doc)


def _copy(value: Any, memo: dict[int, Any]) -> Any:
    if isinstance(value, _IMMUTABLE):
        return value  # a spaCy object is the parse's, read-only after the parse
    key = id(value)
    if key in memo:
        return memo[key]
    out: Any
    if isinstance(value, list):
        out = memo[key] = []
        out.extend(_copy(v, memo) for v in value)
    elif isinstance(value, dict):
        out = memo[key] = {}
        out.update((k, _copy(v, memo)) for k, v in value.items())
    elif isinstance(value, (set, frozenset)):
        out = memo[key] = type(value)(_copy(v, memo) for v in value)
    elif isinstance(value, tuple):
        out = memo[key] = tuple(_copy(v, memo) for v in value)
    elif isinstance(value, BaseModel):
        # a record's fields are values or lists of values: a shallow copy with its lists
        # copied (a deep copy cost more than the passes it spares)
        lists = {k: list(v) for k, v in value.__dict__.items() if isinstance(v, list)}
        out = memo[key] = value.model_copy(update=lists)
    elif dataclasses.is_dataclass(value) and not isinstance(value, type):
        out = memo[key] = copy.copy(value)
        for field in dataclasses.fields(value):
            setattr(out, field.name, _copy(getattr(value, field.name), memo))
    else:  # a new kind of state: say so rather than share it between the two runs
        raise TypeError(f"fork: no copy for {type(value).__name__}")
    return out


def fork(resolver: DocumentResolver) -> DocumentResolver:
    """An independent resolver in the same state as ``resolver`` (module doc)."""
    twin = object.__new__(type(resolver))
    memo: dict[int, Any] = {}
    for name, value in resolver.__dict__.items():
        twin.__dict__[name] = value if name in SHARED else _copy(value, memo)
    return twin
