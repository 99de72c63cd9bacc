"""``stancemap rules`` and the rule registry: every rule listed once, with its doc."""

from __future__ import annotations

import json

from typer.testing import CliRunner

from stancemap.cli.main import app
from stancemap.rules import RuleSwitches, load_all, registry


def _listed(*args: str) -> list[dict[str, str]]:
    result = CliRunner().invoke(app, ["rules", *args, "--json"])
    assert result.exit_code == 0, result.output
    return json.loads(result.stdout)


def test_rules_lists_every_registered_rule_with_stage_and_doc() -> None:
    rows = _listed()
    names = [r["name"] for r in rows]
    assert names == load_all().names() and len(names) == len(set(names))
    assert all(r["doc"].strip() and r["name"].startswith(r["stage"] + ".") for r in rows)
    # the quotes stage's decisions are among them
    assert {
        "quotes.cue.reporting_verb",
        "quotes.link.adjacent_cue",
        "quotes.nesting.embedded",
    } <= set(names)


def test_rules_pattern_filters_and_the_table_shows_docs() -> None:
    rows = _listed("quotes.speaker.*")
    assert {r["name"] for r in rows} == {
        "quotes.speaker.agentless_passive",
        "quotes.speaker.dateline_co_subject",
        "quotes.speaker.first_person",
        "quotes.speaker.past_dateline",
        "quotes.speaker.plural_group",
        "quotes.speaker.plural_own_group",
        "quotes.speaker.relayed_principal",
        "quotes.speaker.salient",
        "quotes.speaker.salient_main_clause",
        "quotes.speaker.spokesperson",
        "quotes.speaker.spokesperson_body",
        "quotes.speaker.principal_described",
        "quotes.speaker.spokesperson_named_before",
        "quotes.speaker.head_mention",
        "quotes.speaker.unnamed_spokesperson",
        "quotes.speaker.compound_principal",
        "quotes.speaker.named_reduced_relative",
        "quotes.speaker.pronoun_outside_content",
        "quotes.speaker.salient_outside_quotations",
        "quotes.speaker.possessor_not_speaker",
        "quotes.speaker.appositive_antecedent",
        "quotes.speaker.plural_named",
        "quotes.speaker.dash_byline",
        "quotes.speaker.dash_byline_paragraph",
        "quotes.speaker.late_group",
    }
    table = CliRunner().invoke(app, ["rules", "quotes.cue.reportedly"], env={"COLUMNS": "200"})
    assert "quotes.cue.reportedly" in table.stdout and "unnamed source" in table.stdout


def test_switches_match_patterns_and_refuse_unknown_names() -> None:
    load_all()
    # RuleSwitches' own matching, on a bare off-list: every rule on but these, on purpose
    # (no rule's behaviour is tested here; RuleSwitches.shipped() starts from the shipped list)
    switches = RuleSwitches(["quotes.cue.*", "quotes.link.continuation"])
    assert not switches.enabled("quotes.cue.headline")
    assert not switches.enabled("quotes.link.continuation")
    assert switches.enabled("quotes.link.adjacent_cue")
    assert [r.name for r in RuleSwitches(["quotes.speaker.s*"]).active("quotes.speaker.")] == [
        r.name
        for r in registry.group("quotes.speaker.")
        if r.name
        not in (
            "quotes.speaker.salient",
            "quotes.speaker.salient_main_clause",
            "quotes.speaker.spokesperson",
            "quotes.speaker.spokesperson_body",
            "quotes.speaker.spokesperson_named_before",
            "quotes.speaker.salient_outside_quotations",
        )
    ]
