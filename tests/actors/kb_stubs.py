"""Stand-ins for KB people with only the fields the name sources read (type, name,
country, roles, curated), shared by the nationality-list and name-model tests."""

from __future__ import annotations

from dataclasses import dataclass, field


@dataclass
class StubRole:
    country: str | None


@dataclass
class StubPerson:
    name: str
    country: str | None
    curated: bool = False
    type: str = "person"
    roles: list[StubRole] = field(default_factory=list)

    def names(self) -> list[str]:
        return [self.name]
