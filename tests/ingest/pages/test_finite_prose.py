"""A news sentence full of names is prose (its finite verb), never a byline or credit;
real credit and byline lines stay chrome. Every page here is written for this test."""

from __future__ import annotations

import pytest

from stancemap.ingest.pages import lines as lines_module
from stancemap.ingest.pages import read_page
from stancemap.ingest.pages.lines import has_finite_verb, prose_reading
from stancemap.rules import RuleSwitches

from .line_models import one_class_model

# Two sentences, 20 words, two stopwords: jusText's density reads no prose here.
NAMES_LINE = (
    "Chilean Foreign Minister Alberto van Klaveren backs the Amazon fund. "
    "Peruvian Prime Minister Alberto Otarola backs the Amazon fund."
)
PROSE_LINE = (
    "The ministers said that they would meet again in the spring to discuss what the "
    "fund should pay for and when it would start."
)
SHORT_LINE = "It snowed in Cusco on Tuesday."


def _kept(text: str, switches: RuleSwitches | None = None) -> list[str]:
    reading = read_page(text, switches=switches)
    return [
        line.text
        for line in reading.lines
        if not any(e.start <= line.start and line.end <= e.end for e in reading.excluded)
    ]


def test_a_sentence_of_names_with_a_finite_verb_is_prose() -> None:
    assert prose_reading(NAMES_LINE) == "finite-verb"
    assert prose_reading(PROSE_LINE) == "stopwords"
    assert has_finite_verb("Peruvian Prime Minister Alberto Otarola backs the Amazon fund.")


@pytest.mark.parametrize(
    "line",
    [
        "Reporting by Aigerim Seitkali and Pavel Drozdov; Editing by Mark Heinrich and Tom Hogue.",
        "Photo: AFP / Getty Images / Pool / Vyacheslav Oseledko / Sputnik / Kremlin.",
        "By Jane Doe and John Roe, Reuters correspondents in Lima, Bogota and Quito.",
        "Additional reporting by Olzhas Auyezov in Almaty and Mariya Gordeyeva in Astana.",
    ],
)
def test_a_credit_line_has_no_finite_verb_and_stays_chrome(line: str) -> None:
    assert not has_finite_verb(line)
    assert prose_reading(line) != "finite-verb"
    page = f"{PROSE_LINE}\n{line}\n{SHORT_LINE}\n"
    kept = _kept(page)
    assert line not in kept
    assert PROSE_LINE in kept


@pytest.mark.parametrize("follower", ["", f"\n{SHORT_LINE}", f"\n{SHORT_LINE}\n{SHORT_LINE}"])
def test_a_sentence_of_names_is_kept_wherever_it_stands(follower: str) -> None:
    page = f"{PROSE_LINE}\n{NAMES_LINE}{follower}\n"
    assert NAMES_LINE in _kept(page)


def test_the_density_reading_alone_drops_it(monkeypatch: pytest.MonkeyPatch) -> None:
    # the bug: without the finite-verb reading the line is no prose, and a stopword-poor
    # line after the body with another line under it is read as a credit
    page = f"{PROSE_LINE}\n{NAMES_LINE}\n{SHORT_LINE}\n"
    monkeypatch.setattr(lines_module, "has_finite_verb", lambda _text, _tagger="auto": False)
    assert NAMES_LINE not in _kept(page)


def test_the_rule_overrules_the_classifier_and_switches_off() -> None:
    page = f"{PROSE_LINE}\n{NAMES_LINE}\n{SHORT_LINE}\n"
    rule, model = "ingest.pages.finite_prose", one_class_model("credit")
    on = read_page(page, model=model, switches=RuleSwitches.shipped(on=[rule]))
    off = read_page(page, model=model, switches=RuleSwitches.shipped(off=[rule]))
    assert on.kinds[1] == "body"
    assert off.kinds[1] == "credit"
    assert on.kinds[2] == off.kinds[2] == "credit"  # a short line is no prose: not overruled


def test_a_very_long_line_is_never_tagged(monkeypatch: pytest.MonkeyPatch) -> None:
    def refuse(_text: str, _tagger: str = "auto") -> bool:
        raise AssertionError("the tagger read a line longer than TAGGED_CHARS")

    monkeypatch.setattr(lines_module, "has_finite_verb", refuse)
    long_line = " ".join([NAMES_LINE] * (lines_module.TAGGED_CHARS // len(NAMES_LINE) + 1))
    assert prose_reading(long_line) is None
