"""Named rules: every stage is an ordered list of small rules registered here.

A rule is one decision a stage makes that can be switched off and measured on
its own ("events.args.nationality_adjective", "quotes.cue.reporting_verb").
Stages register their rules at import time, the way spaCy registers factories:

    @rule("events.args.passive_agent", order=20,
          doc="'was attacked by X': X is the source")
    def passive_agent(tok, ctx): ...

and ask which are on for the current settings:

    switches = RuleSwitches.from_settings(settings)
    for r in switches.active("events.args."):
        r.func(tok, ctx)

A decision that is a branch inside a function rather than a function of its
own is declared with ``declare(name, doc)`` and tested with
``switches.enabled(name)``. ``stancemap rules`` lists every rule, whether it
is on and why; in a settings file ``[rules] disable = [...]`` (names or fnmatch
patterns such as ``"events.sense.*"``) switches rules off on top of the shipped
off-list and ``[rules] enable = [...]`` switches shipped-off rules on
(``config.load_settings`` layers them into ``settings.rules.disable``, the one
list ``RuleSwitches`` reads); ``stancemap eval ablate`` scores the pipeline with
each switched off in turn.

The signature of a rule's function is fixed per group (each stage documents
the signature of its groups); the registry only names, orders and switches.
"""

from __future__ import annotations

import importlib
import re
import sys
from collections.abc import Callable, Iterable
from dataclasses import dataclass
from fnmatch import fnmatchcase
from typing import Any, TypeVar

from .errors import ConfigError

F = TypeVar("F", bound=Callable[..., Any])

_NAME = re.compile(r"^[a-z][a-z0-9_]*(\.[a-z0-9_]+)+$")

# The packages whose import registers rules, in pipeline order.
STAGE_MODULES = (
    "stancemap.ingest",
    "stancemap.nlp",
    "stancemap.actors",
    "stancemap.quotes",
    "stancemap.events",
    "stancemap.stances",
    "stancemap.alignment",
)


@dataclass(frozen=True)
class Rule:
    """One named, documented, switchable decision of a stage."""

    name: str
    doc: str
    order: float
    func: Callable[..., Any] | None = None
    module: str = ""  # where the rule acts ("stancemap.events.matching"): docs/rules.md says it

    @property
    def stage(self) -> str:
        return self.name.split(".", 1)[0]

    @property
    def group(self) -> str:
        return self.name.rsplit(".", 1)[0]


class Registry:
    """Every rule of every stage, by name."""

    def __init__(self) -> None:
        self._rules: dict[str, Rule] = {}
        # group prefix -> its rules in order; stages ask for the same groups for every
        # token, so sorting once per prefix (until a rule is added) matters
        self._groups: dict[str, list[Rule]] = {}

    def _add(self, item: Rule) -> None:
        if not _NAME.match(item.name):
            raise ValueError(
                f"rule name {item.name!r}: use dotted lower-case words, stage first "
                "(e.g. 'events.args.passive_agent')"
            )
        if not item.doc.strip():
            raise ValueError(f"rule {item.name!r} needs a line of doc")
        old = self._rules.get(item.name)
        if old is not None and _origin(old.func) != _origin(item.func):
            raise ValueError(f"rule {item.name!r} is registered twice")
        self._rules[item.name] = item
        self._groups.clear()

    def register(
        self, name: str, *, doc: str | None = None, order: float = 100
    ) -> Callable[[F], F]:
        """Decorator: register ``func`` as rule ``name`` (doc defaults to its docstring)."""

        def wrap(func: F) -> F:
            text = doc or _first_line(func.__doc__)
            self._add(Rule(name=name, doc=text, order=order, func=func, module=func.__module__))
            return func

        return wrap

    def declare(self, name: str, doc: str, *, order: float = 100) -> str:
        """Register a decision that lives inside a function; returns ``name``."""
        module = sys._getframe(1).f_globals.get("__name__", "")  # the declaring module
        self._add(Rule(name=name, doc=doc, order=order, module=module))
        return name

    def get(self, name: str) -> Rule:
        try:
            return self._rules[name]
        except KeyError:
            raise KeyError(f"no rule named {name!r}") from None

    def all(self) -> list[Rule]:
        return sorted(
            self._rules.values(), key=lambda r: (_stage_index(r.stage), r.group, r.order, r.name)
        )

    def group(self, prefix: str) -> list[Rule]:
        """The rules whose name starts with ``prefix``, in their order."""
        return list(self._ordered(prefix))

    def _ordered(self, prefix: str) -> list[Rule]:
        """``group`` without the copy: the cached list itself (a new list object
        whenever a rule was added since), not to be modified."""
        found = self._groups.get(prefix)
        if found is None:
            found = self._groups[prefix] = sorted(
                (r for r in self._rules.values() if r.name.startswith(prefix)),
                key=lambda r: (r.order, r.name),
            )
        return found

    def names(self) -> list[str]:
        return [r.name for r in self.all()]


def _origin(func: Callable[..., Any] | None) -> str | None:
    if func is None:
        return None
    return f"{func.__module__}.{func.__qualname__}"


def _first_line(text: str | None) -> str:
    lines = (text or "").strip().splitlines()
    return lines[0] if lines else ""


def _stage_index(stage: str) -> int:
    stages = [m.rsplit(".", 1)[1] for m in STAGE_MODULES]
    return stages.index(stage) if stage in stages else len(stages)


registry = Registry()
rule = registry.register
declare = registry.declare


def load_all() -> Registry:
    """Import every stage so that all rules are registered; returns the registry."""
    for module in STAGE_MODULES:
        importlib.import_module(module)
    return registry


class RuleSwitches:
    """Which rules are on for one pipeline (from ``settings.rules.disable``, the whole
    off-list: a user's enable has already been applied to it)."""

    def __init__(self, disabled: Iterable[str] = ()) -> None:
        self.patterns = tuple(disabled)
        self._cache: dict[str, bool] = {}
        # prefix -> (the registry's group list it was built from, enabled rules)
        self._active: dict[str, tuple[list[Rule], list[Rule]]] = {}

    @classmethod
    def from_settings(cls, settings: Any) -> RuleSwitches:
        rules = getattr(settings, "rules", None)
        return cls(getattr(rules, "disable", ()) if rules is not None else ())

    @classmethod
    def shipped(cls, on: Iterable[str] = (), off: Iterable[str] = ()) -> RuleSwitches:
        """The shipped configuration (default_config.toml's off-list) with ``off``
        switched off too and the shipped-off rules ``on`` matches switched on, layered as
        a user's ``[rules] enable`` / ``disable`` are (``config.layer_rules``). Each name
        or pattern must match a registered rule and none may be in both lists
        (``ConfigError``). What a rule's test compares: shipped + the rule on against
        shipped + the rule off, so a rule shipped off later changes neither side."""
        from .config import layer_rules, shipped_off_list  # config imports this module

        table = {"enable": list(on), "disable": list(off)}
        both = sorted(set(table["enable"]) & set(table["disable"]))
        if both:
            raise ConfigError(f"RuleSwitches.shipped: {both[0]!r} is in both on and off")
        cls([*table["enable"], *table["disable"]]).validate()  # a misspelt name fails
        layered = layer_rules(
            shipped_off_list(), [("RuleSwitches.shipped", table)], load_all().names()
        )
        return cls(layered["disable"])

    @classmethod
    def all_on(cls) -> RuleSwitches:
        """Every registered rule on, the shipped-off ones too: no user's configuration;
        for tests of the registry itself, or ones that mean every rule on, on purpose."""
        return cls(())

    def validate(self) -> None:
        """Fail on a pattern that matches no registered rule (a misspelt name)."""
        names = load_all().names()
        for pattern in self.patterns:
            if not any(fnmatchcase(n, pattern) for n in names):
                raise ConfigError(
                    f"[rules] disable: {pattern!r} matches no rule (see `stancemap rules`)"
                )

    def enabled(self, name: str) -> bool:
        hit = self._cache.get(name)
        if hit is None:
            hit = not any(fnmatchcase(name, p) for p in self.patterns)
            self._cache[name] = hit
        return hit

    def active(self, prefix: str) -> list[Rule]:
        """The enabled rules of a group, in order (computed once per prefix while the
        registry is unchanged; a fresh list each call, so callers may modify it)."""
        group = registry._ordered(prefix)
        known = self._active.get(prefix)
        if known is None or known[0] is not group:
            known = self._active[prefix] = (group, [r for r in group if self.enabled(r.name)])
        return list(known[1])
