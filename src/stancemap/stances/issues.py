"""Issue identity: a frame plus the actors it is about, and the rules that merge them.

An issue id is ``frame`` or ``frame:ARG+ARG`` (argument actor ids, sorted), so
"Serbia will not recognize Kosovo as an independent state" and "the United
States has recognized the Republic of Kosovo" both land on ``recognition:country:XKX``
once the actors stage resolves the names. Ids carry their frame and arguments
so that corpus tools can re-merge issues from the JSON alone.

Merging happens twice: within a document (a bare "the war" is the war the
document discusses) and across documents (issues of one frame whose arguments
overlap are one issue).
"""

from __future__ import annotations

from collections import Counter
from collections.abc import Iterable, Mapping
from dataclasses import dataclass

from ..unionfind import UnionFind
from .lexicon import Frame

IssueKey = tuple[str, frozenset[str]]  # (frame id, argument actor ids)


def issue_id(frame: str, args: Iterable[str]) -> str:
    """The id of an issue: ``frame`` or ``frame:a+b``."""
    args = sorted(set(args))
    return f"{frame}:{'+'.join(args)}" if args else frame


def parse_issue_id(value: str) -> IssueKey:
    """Inverse of ``issue_id`` (only the first ':' separates frame and arguments)."""
    frame, _, rest = value.partition(":")
    return frame, frozenset(a for a in rest.split("+") if a) if rest else frozenset()


def issue_label(frame: Frame | None, frame_id: str, arg_names: list[str]) -> str:
    """A readable label: the frame's template filled with the argument names."""
    if frame is None:
        base = frame_id.removeprefix("topic-").replace("_", " ")
        return f"{base} ({', '.join(arg_names)})" if arg_names else base
    if arg_names and frame.label_args:
        names = arg_names[0] if len(arg_names) == 1 else ", ".join(arg_names[:-1])
        if len(arg_names) > 1:
            names += f" and {arg_names[-1]}"
        return frame.label_args.replace("{args}", names)
    return frame.label


def _order(key: IssueKey) -> tuple[str, int, list[str]]:
    return key[0], len(key[1]), sorted(key[1])


@dataclass
class IssueClusters:
    """Which raw issue keys were merged into which canonical one."""

    canonical: dict[IssueKey, IssueKey]

    def __call__(self, key: IssueKey) -> IssueKey:
        return self.canonical.get(key, key)


def cluster_issues(
    counts: Mapping[IssueKey, int],
    frames: Mapping[str, Frame],
    *,
    scope: str = "document",
    keep_apart: Iterable[IssueKey] = (),
) -> IssueClusters:
    """Merge issue keys of one frame.

    ``scope="document"``: frames whose ``merge`` is "document" become one issue per
    document; others merge where their arguments overlap. The canonical key of a
    group carries the union of its arguments.
    ``scope="corpus"``: every frame merges on overlapping arguments only, and the
    canonical key is the group's most frequent raw key (so ids stay short and stable).
    Keys with no arguments join the biggest group of their frame instead of
    bridging unrelated groups. Frames whose ``merge`` is "exact" (alignment with a
    person) never merge keys with different arguments, in either scope.
    ``keep_apart`` keys are never merged (user splits).
    """
    apart = set(keep_apart)
    keys = [k for k in counts if k not in apart]
    uf = UnionFind(keys, key=_order)
    by_frame: dict[str, list[IssueKey]] = {}
    for key in keys:
        by_frame.setdefault(key[0], []).append(key)
    for frame_id, members in by_frame.items():
        frame = frames.get(frame_id)
        if frame is not None and frame.merge == "exact":
            # "X slammed Y and Z" shares Y with "X praised Y" but is a stance on Z too:
            # merged on overlap, chains of such sentences made one person's opponents and
            # allies into one issue (a corpus of campaign news: every rival one "alignment")
            continue
        whole = scope == "document" and frame is not None and frame.merge == "document"
        with_args = [k for k in members if k[1]]
        if whole:
            for other in with_args[1:]:
                uf.union(with_args[0], other)
        else:  # keys sharing an argument: one pass over an argument -> first key index
            first_with: dict[str, IssueKey] = {}
            for key in with_args:
                for arg in key[1]:
                    if arg in first_with:
                        uf.union(first_with[arg], key)
                    else:
                        first_with[arg] = key
        bare = [k for k in members if not k[1]]
        if bare and with_args:
            groups = {uf.find(grp[0]): grp for grp in uf.groups()}
            sizes = Counter({root: sum(counts[k] for k in grp) for root, grp in groups.items()})
            biggest = max(
                (r for r in sizes if r[0] == frame_id and r[1]),
                key=lambda r: (sizes[r], _neg(_order(r))),
            )
            for key in bare:
                uf.union(key, biggest)
    canonical: dict[IssueKey, IssueKey] = {}
    for group in uf.groups():
        if scope == "document":
            union: frozenset[str] = frozenset().union(*(k[1] for k in group))
            target: IssueKey = (group[0][0], union)
        else:
            target = max(group, key=lambda k: (counts[k], -len(k[1]), _neg(_order(k))))
        for key in group:
            canonical[key] = target
    for key in apart:
        canonical[key] = key
    return IssueClusters(canonical)


def _neg(order: tuple[str, int, list[str]]) -> tuple[int, ...]:
    """A sort key that prefers the smaller ``_order`` under ``max``."""
    text = f"{order[0]}\x00{order[1]:04d}\x00{'+'.join(order[2])}"
    return tuple(-ord(c) for c in text)
