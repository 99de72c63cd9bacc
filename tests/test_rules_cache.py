"""RuleSwitches.active is computed once per group, yet follows the registry."""

from __future__ import annotations

from stancemap.rules import RuleSwitches, registry


def test_active_follows_rules_added_after_it_was_asked():
    # a bare off-list, every other rule on, on purpose: the cache of RuleSwitches itself is
    # tested, on rules registered here (RuleSwitches.shipped would refuse the pattern)
    switches = RuleSwitches(["zztest.cache.off_*"])
    assert switches.active("zztest.cache.") == []

    @registry.register("zztest.cache.second", order=2, doc="second")
    def second() -> None: ...

    registry.declare("zztest.cache.first", "first", order=1)
    registry.declare("zztest.cache.off_one", "switched off", order=0)
    try:
        names = [r.name for r in switches.active("zztest.cache.")]
        assert names == ["zztest.cache.first", "zztest.cache.second"]
        # callers get their own list: changing it does not change the next answer
        switches.active("zztest.cache.").clear()
        assert len(switches.active("zztest.cache.")) == 2
        assert [r.name for r in registry.group("zztest.cache.")][0] == "zztest.cache.off_one"
    finally:
        for name in ("zztest.cache.second", "zztest.cache.first", "zztest.cache.off_one"):
            registry._rules.pop(name)
        registry._groups.clear()
    assert switches.active("zztest.cache.") == []
