"""``[rules] disable`` really switches a rule off; a misspelt rule fails at start."""

from __future__ import annotations

from typing import Any

import pytest

from stancemap import ConfigError, load_settings
from stancemap.ingest import make_document

pytestmark = pytest.mark.slow  # the session's spaCy pipeline


def _quotes(pipeline: Any, disable: list[str], text: str) -> list[Any]:
    settings = load_settings(overrides={"rules": {"disable": disable}})
    parsed = pipeline.parse([make_document(text, doc_id="t")])
    (analysis,) = pipeline.run(parsed, settings)
    return list(analysis.quotes)


@pytest.mark.parametrize(
    ("rule", "text", "cue"),
    [
        (
            "quotes.cue.according_to",
            "The bridge over the river will open in May, according to the city council.\n",
            "according to",
        ),
        (
            "quotes.cue.reportedly",
            "The company reportedly hired three former officials last year.\n",
            "reportedly",
        ),
        (
            "quotes.cue.predicate_adjective",
            "Mayor Lee Morgan is confident that the bridge will open in May.\n",
            "confident",
        ),
    ],
)
def test_one_rule_switched_off_removes_its_attribution(
    pipeline: Any, rule: str, text: str, cue: str
) -> None:
    on = [q.cue.text for q in _quotes(pipeline, [], text) if q.cue is not None]
    assert cue in on
    off = [q.cue.text for q in _quotes(pipeline, [rule], text) if q.cue is not None]
    assert cue not in off


def test_a_pattern_switches_a_whole_group_off(pipeline: Any) -> None:
    text = "Officials said the bridge would open in May, according to the city.\n"
    assert _quotes(pipeline, [], text)
    assert _quotes(pipeline, ["quotes.cue.*"], text) == []


def test_a_misspelt_rule_is_a_config_error(pipeline: Any) -> None:
    # read from settings layers: refused as they are read
    with pytest.raises(ConfigError, match="reportng_verb"):
        load_settings(overrides={"rules": {"disable": ["quotes.cue.reportng_verb"]}})
    # set in code, past the layers: refused when a pipeline starts with them
    settings = load_settings()
    rules = settings.rules.model_copy(update={"disable": ["quotes.cue.reportng_verb"]})
    with pytest.raises(ConfigError, match="reportng_verb"):
        pipeline.derive(settings.model_copy(update={"rules": rules}))
