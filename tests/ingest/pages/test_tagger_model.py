"""The page reader's tagger is the pipeline ``[nlp] model`` names, not always the
installed default: a user who runs another English pipeline gets its tags for the
name-dense lines (``ingest.pages.finite_prose``). The tagger is recorded here, not
loaded, so the test needs no second model."""

from __future__ import annotations

from dataclasses import dataclass
from pathlib import Path

import pytest

from stancemap.config import load_settings
from stancemap.errors import ConfigError
from stancemap.ingest import IngestOptions, make_document
from stancemap.ingest.pages import lines as lines_module
from stancemap.ingest.readers import ingest

NAMES_LINE = (
    "Chilean Foreign Minister Alberto van Klaveren backs the Amazon fund. "
    "Peruvian Prime Minister Alberto Otarola backs the Amazon fund."
)
PAGE = (
    "Ministers back the Amazon fund\n"
    "The ministers said that they would meet again in the spring to discuss what the "
    "fund should pay for and when it would start.\n"
    f"{NAMES_LINE}\nIt snowed in Cusco on Tuesday.\n"
)


@dataclass
class _Token:
    tag_: str


def _recording(asked: list[str]):  # type: ignore[no-untyped-def]
    """A stand-in for ``page_tagger``: notes the model asked for, reads a finite verb."""

    def page_tagger(model: str = "auto"):  # type: ignore[no-untyped-def]
        asked.append(model)
        return lambda text: [_Token("VBZ")]

    return page_tagger


def test_ingest_tags_with_the_configured_model(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    asked: list[str] = []
    monkeypatch.setattr(lines_module, "page_tagger", _recording(asked))
    settings = load_settings(overrides={"nlp": {"model": "en_users_own_pipeline"}})
    options = IngestOptions.from_settings(settings)
    assert options.nlp_model == "en_users_own_pipeline"
    path = tmp_path / "page.txt"
    path.write_text(PAGE, "utf-8")
    _ingester, stream = ingest([str(path)], options)
    [document] = list(stream)
    assert asked and set(asked) == {"en_users_own_pipeline"}
    kept = [e for e in document.excluded if PAGE.index(NAMES_LINE) >= e.start]
    assert not [e for e in kept if e.end > PAGE.index(NAMES_LINE)]  # the line stays body


def test_a_document_made_for_the_pipeline_passes_its_model(
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    asked: list[str] = []
    monkeypatch.setattr(lines_module, "page_tagger", _recording(asked))
    make_document(PAGE, tagger="en_users_own_pipeline")
    assert asked and set(asked) == {"en_users_own_pipeline"}


def test_only_the_ingest_section_keeps_the_installed_default() -> None:
    settings = load_settings(overrides={"nlp": {"model": "en_users_own_pipeline"}})
    assert IngestOptions.from_settings(settings.ingest).nlp_model == "auto"


def test_a_model_that_is_not_installed_is_a_config_error() -> None:
    with pytest.raises(ConfigError, match=r"no_such_pipeline_xyz.*\[nlp\] model"):
        lines_module.page_tagger("no_such_pipeline_xyz")


@pytest.mark.slow  # builds a Pipeline (the session's spaCy pipeline, cached)
def test_the_pipeline_reads_pasted_text_with_its_configured_model(
    analyzer, monkeypatch: pytest.MonkeyPatch
) -> None:  # type: ignore[no-untyped-def]
    """``stancemap.analyze`` on a text: the page reader is asked for ``[nlp] model`` as
    configured (here the installed model by its own name, not "auto")."""
    from stancemap.nlp.pipeline import resolve_model_name
    from stancemap.pipeline import Pipeline

    name = resolve_model_name("auto")
    pipeline = Pipeline(load_settings(overrides={"nlp": {"model": name}}))
    asked: list[str] = []
    monkeypatch.setattr(lines_module, "page_tagger", _recording(asked))
    pipeline.analyze(PAGE)
    assert asked and set(asked) == {name}
