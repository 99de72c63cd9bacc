"""``[rules] disable`` reaches the page reader on every road a text takes in:
the ingester (``stancemap analyze``/``ingest`` build it from the settings) and
the library's ``Pipeline``.
"""

from __future__ import annotations

from pathlib import Path

import pytest

import rule_settings
from stancemap.config import Settings
from stancemap.ingest import Document, IngestOptions, ingest
from stancemap.ingest.pages import read_page
from stancemap.rules import RuleSwitches, load_all

# Written for these tests: a banner, a breadcrumb, a dated byline and a dateline.
PAGE = (
    "Tuesday, 26 September 2023 10:41 GMT\n"
    "Home » Politics » Abroad\n"
    "Kyrgyzstan and Tajikistan agree on water sharing\n"
    "By Aibek Osmonov | Updated: 23 September 2023, 14:05\n"
    "BISHKEK, Sept. 22 (Steppe Wire) - Kyrgyzstan and Tajikistan agreed on Friday to share "
    "the water of a reservoir on their border, the Kyrgyz foreign ministry said.\n"
    "\n"
    '"This is a step towards trust between our peoples," the minister told reporters in '
    "Bishkek after the talks, adding that a joint commission would meet in October.\n"
    "\n"
    "Share this article:\n"
)


def _settings(*disabled: str) -> Settings:
    return rule_settings.with_rules(disable=disabled)  # the shipped off-list plus these


def _document(path: Path, settings: Settings) -> Document:
    options = IngestOptions.from_settings(settings, languages=())
    _, stream = ingest([str(path)], options)
    (document,) = list(stream)
    assert isinstance(document, Document)
    return document


def _texts(document: Document) -> list[str]:
    return [document.text[e.start : e.end] for e in document.excluded]


def test_every_pages_rule_is_registered() -> None:
    names = [r.name for r in load_all().group("ingest.pages")]
    assert "ingest.pages.classifier" in names and "ingest.pages.dateline" in names


@pytest.mark.parametrize(
    ("already_off", "rule", "gone"),
    [
        ((), "ingest.pages.classifier", "Home » Politics » Abroad"),
        ((), "ingest.pages.dateline", "BISHKEK, Sept. 22 (Steppe Wire) -"),
        # the classifier drops the share bar too: the patterns are seen without it
        (("ingest.pages.classifier",), "ingest.pages.patterns", "Share this article:"),
    ],
)
def test_a_disabled_rule_changes_what_the_ingester_excludes(
    tmp_path: Path, already_off: tuple[str, ...], rule: str, gone: str
) -> None:
    path = tmp_path / "page.txt"
    path.write_text(PAGE, encoding="utf-8")
    on = _document(path, _settings(*already_off))
    off = _document(path, _settings(*already_off, rule))
    assert gone in _texts(on)
    assert gone not in _texts(off)


def test_the_dateline_rule_also_takes_the_dateline_metadata(tmp_path: Path) -> None:
    path = tmp_path / "page.txt"
    path.write_text(PAGE, encoding="utf-8")
    assert _document(path, _settings()).dateline is not None
    assert _document(path, _settings("ingest.pages.dateline")).dateline is None


def test_a_pattern_switches_every_pages_rule_off(tmp_path: Path) -> None:
    path = tmp_path / "page.txt"
    path.write_text(PAGE, encoding="utf-8")
    document = _document(path, _settings("ingest.pages.*"))
    assert document.excluded == [] and document.dateline is None


def test_the_ingest_section_alone_leaves_every_rule_on() -> None:
    options = IngestOptions.from_settings(_settings("ingest.pages.classifier").ingest)
    assert options.disabled_rules == ()
    assert options.switches().enabled("ingest.pages.classifier")


def test_keep_prose_off_lets_the_classifier_judge_every_line() -> None:
    # the same page with keep_prose off is read line by line: still the same chrome,
    # which shows that settling prose lines early changes no verdict here
    rule = "ingest.pages.keep_prose"
    on = read_page(PAGE, switches=RuleSwitches.shipped(on=[rule]))
    off = read_page(PAGE, switches=RuleSwitches.shipped(off=[rule]))
    assert on.kinds == off.kinds and on.excluded == off.excluded


@pytest.mark.slow
def test_the_pipeline_passes_its_rules_to_the_page_reader(analyzer) -> None:  # type: ignore[no-untyped-def]
    plain = analyzer.derive(_settings())
    without = analyzer.derive(_settings("ingest.pages.classifier"))
    on = plain.analyze(PAGE).document
    off = without.analyze(PAGE).document
    on_texts = [PAGE[e.start : e.end] for e in on.excluded]
    off_texts = [PAGE[e.start : e.end] for e in off.excluded]
    assert "Home » Politics » Abroad" in on_texts
    assert "Home » Politics » Abroad" not in off_texts
