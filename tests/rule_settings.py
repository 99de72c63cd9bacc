"""Rule settings for tests, as users get them: the shipped off-list of
default_config.toml plus what a test switches off, minus what it switches on.

A test that wrote ``rules.disable = [X]`` replaced the shipped list and so ran with
every rule the project ships off switched ON, testing a pipeline no user runs.
``with_rules`` layers a test's lists the way a user's ``[rules]`` table is layered
(``config.layer_rules``): ``disable`` adds, ``enable`` names a shipped-off rule the
test needs on, on purpose.
"""

from __future__ import annotations

from collections.abc import Iterable

from stancemap.config import Settings, layer_rules
from stancemap.rules import RuleSwitches, load_all

# rules switched on by the session 68 lead that read firm and private parties first; older
# rule tests of such sentences keep them off on both sides to measure their own rule
S68_PRIVATE = ("events.sense.private_ends", "events.sense.private_modifiers")


def off_list(disable: Iterable[str] = (), enable: Iterable[str] = ()) -> list[str]:
    """The shipped off-list plus ``disable``, minus what ``enable`` matches."""
    table = {"disable": list(disable), "enable": list(enable)}
    shipped = list(Settings().rules.disable)
    return layer_rules(shipped, [("the test", table)], load_all().names())["disable"]


def with_rules(
    settings: Settings | None = None, disable: Iterable[str] = (), enable: Iterable[str] = ()
) -> Settings:
    """``settings`` (default: the shipped ``Settings()``) with the shipped off-list plus
    ``disable``, minus ``enable``; every other section as given."""
    base = settings if settings is not None else Settings()
    rules = base.rules.model_copy(
        update={"disable": off_list(disable, enable), "enable": list(enable)}
    )
    return base.model_copy(update={"rules": rules})


def switches(disable: Iterable[str] = (), enable: Iterable[str] = ()) -> RuleSwitches:
    """``RuleSwitches`` of the shipped off-list plus ``disable``, minus ``enable``."""
    return RuleSwitches(off_list(disable, enable))
