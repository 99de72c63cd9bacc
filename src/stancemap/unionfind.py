"""One union-find (disjoint sets) for every stage that groups things transitively.

    groups = UnionFind(["a", "b", "c"])
    groups.union("a", "b")
    groups.find("b") == groups.find("a")
    groups.groups()  ->  [["a", "b"], ["c"]]

``key`` orders the members; the smallest member of a group is its root, so the
result does not depend on the order of the unions.
"""

from __future__ import annotations

from collections.abc import Callable, Hashable, Iterable
from typing import Any, Generic, TypeVar

T = TypeVar("T", bound=Hashable)


class UnionFind(Generic[T]):
    def __init__(self, items: Iterable[T] = (), key: Callable[[T], Any] | None = None) -> None:
        self.parent: dict[T, T] = {item: item for item in items}
        self._key: Callable[[T], Any] = key if key is not None else (lambda item: item)

    def add(self, item: T) -> None:
        self.parent.setdefault(item, item)

    def find(self, item: T) -> T:
        self.add(item)
        root = item
        while self.parent[root] != root:
            self.parent[root] = self.parent[self.parent[root]]  # path halving
            root = self.parent[root]
        return root

    def union(self, a: T, b: T) -> T:
        """Join the groups of ``a`` and ``b``; returns the new root (the smaller one)."""
        ra, rb = self.find(a), self.find(b)
        if ra == rb:
            return ra
        low, high = sorted((ra, rb), key=self._key)
        self.parent[high] = low
        return low

    def groups(self) -> list[list[T]]:
        """Every group, members in order, groups ordered by their root."""
        by_root: dict[T, list[T]] = {}
        for item in self.parent:
            by_root.setdefault(self.find(item), []).append(item)
        return [
            sorted(members, key=self._key)
            for _, members in sorted(by_root.items(), key=lambda kv: self._key(kv[0]))
        ]
