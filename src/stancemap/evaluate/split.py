"""The tune/check split of every dev set, by a hash of the record id.

Errors are read only in ``tune`` (about two thirds); ``check`` (one third) is
scored but never read while writing rules. A gain on tune that does not show
on check is overfitting and is reverted. The split is a pure function of the
id, so every evaluator, test and session agrees on it.
"""

from __future__ import annotations

import hashlib
from collections.abc import Callable, Iterable
from typing import Literal, TypeVar

Part = Literal["tune", "check"]
PARTS: tuple[str, ...] = ("all", "tune", "check")
T = TypeVar("T")


def part_of(record_id: str) -> Part:
    """'check' for about one id in three, 'tune' for the rest; stable across runs."""
    digest = hashlib.sha256(record_id.encode("utf-8")).digest()
    return "check" if digest[0] % 3 == 0 else "tune"


def select(items: Iterable[T], key: Callable[[T], str], part: str) -> list[T]:
    """The items of one part ('all', 'tune' or 'check')."""
    if part not in PARTS:
        raise ValueError(f"part must be one of {', '.join(PARTS)}, not {part!r}")
    if part == "all":
        return list(items)
    return [item for item in items if part_of(key(item)) == part]
