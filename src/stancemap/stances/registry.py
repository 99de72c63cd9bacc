"""The user's issue decisions: names, merges and splits, kept in a JSON file.

Automatic merging (``issues.cluster_issues``) is a first guess; analysts
correct it with ``stancemap issues name|merge|split``, which edit this file:

    {"version": 1,
     "labels": {"war:UKR": "Russia's war against Ukraine"},
     "merges": {"war": "war:UKR"},            # issue -> the issue it is part of
     "splits": {"recognition:TWN": "recognition-taiwan"}}  # raw issue -> its own issue

The corpus loader applies splits first (a split raw issue never merges
automatically), then the automatic merge, then merges, then labels.
"""

from __future__ import annotations

import json
from dataclasses import dataclass, field
from pathlib import Path

from ..errors import InputError

DEFAULT_REGISTRY = "stancemap-issues.json"


@dataclass
class IssueRegistry:
    labels: dict[str, str] = field(default_factory=dict)
    merges: dict[str, str] = field(default_factory=dict)
    splits: dict[str, str] = field(default_factory=dict)

    @classmethod
    def load(cls, path: str | Path | None) -> IssueRegistry:
        """The registry at ``path``; an empty one when the file does not exist yet."""
        if path is None or not Path(path).exists():
            return cls()
        try:
            data = json.loads(Path(path).read_text("utf-8"))
        except json.JSONDecodeError as exc:
            raise InputError(str(path), f"not valid JSON (line {exc.lineno}): {exc.msg}") from None
        if not isinstance(data, dict):
            raise InputError(str(path), "must be a JSON object")
        out = cls()
        for name in ("labels", "merges", "splits"):
            value = data.get(name, {})
            if not isinstance(value, dict) or not all(
                isinstance(k, str) and isinstance(v, str) and k and v for k, v in value.items()
            ):
                raise InputError(str(path), f"field '{name}' must map issue ids to strings")
            setattr(out, name, dict(value))
        return out

    def save(self, path: str | Path) -> None:
        data = {"version": 1, "labels": self.labels, "merges": self.merges, "splits": self.splits}
        Path(path).write_text(json.dumps(data, indent=2, sort_keys=True) + "\n", "utf-8")

    def name(self, issue: str, label: str) -> None:
        """Give an issue a label of the user's choosing."""
        self.labels[issue] = label

    def merge(self, issues: list[str], into: str) -> None:
        """Make every issue in ``issues`` part of ``into``."""
        for issue in issues:
            if issue == into:
                continue
            if self.resolve(into) == issue:
                raise ValueError(f"merging '{issue}' into '{into}' would make a cycle")
            self.merges[issue] = into

    def split(self, raw_issues: list[str], new_id: str) -> None:
        """Take raw (per-document) issue ids out of their merged issue into ``new_id``."""
        for raw in raw_issues:
            self.splits[raw] = new_id
            self.merges.pop(raw, None)

    def resolve(self, issue: str) -> str:
        """Follow merges to the issue an id ends up in."""
        seen = {issue}
        while issue in self.merges:
            issue = self.merges[issue]
            if issue in seen:
                break
            seen.add(issue)
        return issue
