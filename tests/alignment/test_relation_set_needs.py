"""An item of the relation set that specifies a rule (``needs``) is skipped, and counted,
when the run has that rule off: a shipped-off rule's own passages do not count against the
shipped tree, and they still test the rule when it is switched on (session 17)."""

from __future__ import annotations

from pathlib import Path
from typing import Any

from stancemap.config import load_settings
from stancemap.evaluate.relation_set import evaluate_relation_set
from stancemap.records import Analysis, DocumentInfo

RULE = "alignment.score.co_sources"

SET = f'''
[[item]]
id = "rel-t1"
needs = ["{RULE}"]
text = """Ann Lee met Bob Roe."""
no_relation = [["Lee", "Roe"]]

[[item]]
id = "rel-t2"
text = """Ann Lee met Bob Roe."""
no_relation = [["Lee", "Roe"]]
'''


class _Analyzer:
    """Analyses nothing: every item comes back with no actors and no relations."""

    def __init__(self, off: list[str]) -> None:
        base = load_settings()
        rules = base.rules.model_copy(update={"disable": [*base.rules.disable, *off]})
        self.settings = base.model_copy(update={"rules": rules})
        self.seen: list[str] = []

    def analyze_text(self, text: str, doc_id: str, date: Any = None) -> Analysis:
        self.seen.append(doc_id)
        return Analysis(document=DocumentInfo(id=doc_id, sha256="0" * 64), text=text)


def test_an_item_needing_a_rule_that_is_off_is_skipped(tmp_path: Path) -> None:
    path = tmp_path / "set.toml"
    path.write_text(SET, encoding="utf-8")
    off = _Analyzer([RULE])
    result = evaluate_relation_set(path, off)
    assert off.seen == ["rel-t2"] and result.skipped == ["rel-t1"]
    assert result.summary()["skipped_rule_off"] == 1
    on = _Analyzer([])
    assert evaluate_relation_set(path, on).skipped == [] and on.seen == ["rel-t1", "rel-t2"]
