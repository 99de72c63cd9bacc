"""bench/cameo_import_audit.py: pattern kinds and synonym sets of a hand-made dictionary."""

from __future__ import annotations

from pathlib import Path
from types import ModuleType

from bench_modules import load_bench

DICTIONARY = """\
&MILITARY
+TROOPS
+SOLDIERS

&CURRENCY
# money, a comment line: the importer ends the set here
+DOLLARS

####### VERB PATTERNS #######
---  AVOID   [---]  ---
AVOID
- * ATTACK        [---]
- * &MILITARY     [154]
- * &WEATHER      [154]
- * &CURRENCY     [071]
- * MONEY         [:071]
- * STATEMENT     [010]
- * TALKS         [999]
"""


def _bench() -> ModuleType:
    return load_bench("cameo_import_audit")


def test_each_pattern_gets_its_kind_and_unknown_sets_are_listed() -> None:
    result = _bench().audit(DICTIONARY)
    assert result["kinds"] == {
        "no_event": 1,
        "read": 1,
        "reversed": 1,
        "statement": 1,
        "unknown_code": 1,
        "unreadable": 2,  # &WEATHER never defined, &CURRENCY read empty
    }
    assert result["sets_used_undefined"] == {"&WEATHER": 1}
    assert result["sets_read_empty"] == {"&CURRENCY": 1}


def test_a_missing_dictionary_is_skipped(tmp_path: Path, capsys) -> None:  # type: ignore[no-untyped-def]
    assert _bench().main(["--dictionary", str(tmp_path / "absent.txt")]) == 0
    assert "skipped" in capsys.readouterr().out
