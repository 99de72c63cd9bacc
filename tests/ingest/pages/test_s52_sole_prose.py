"""A page's one line of running prose is its story, never chrome (session 52, lead).

A story pasted as one paragraph - a wire text, a line of a news corpus - was read whole as a
photo credit by the line classifier (a Lee corpus story about a photograph: every word of it
excluded). ``ingest.pages.sole_prose``: when a page has exactly one prose line, the classifier
does not judge it. Pages written for this test."""

from __future__ import annotations

from stancemap.ingest.pages import read_page
from stancemap.rules import RuleSwitches

from .line_models import one_class_model

RULE = "ingest.pages.sole_prose"
PARAGRAPH = "ingest.pages.prose_paragraph_body"
STORY = (
    "A firefighter told the court how he took a photograph of the flood as it swept down the "
    "gorge. He said the picture was the only proof he had that the wave was real. The trial "
    "of the tour operators continues on Monday."
)
OTHER = (
    "The tour company said in a statement that it would appeal against any verdict and that "
    "its guides had followed the rules of the day."
)


def test_the_only_prose_line_is_kept() -> None:
    model = one_class_model("credit")
    on = read_page(STORY, model=model, switches=RuleSwitches.shipped(on=[RULE]))
    # prose_paragraph_body (on since session 70) would keep this three-sentence story too
    off = read_page(STORY, model=model, switches=RuleSwitches.shipped(off=[RULE, PARAGRAPH]))
    assert on.kinds == ["body"] and on.excluded == []
    assert off.kinds == ["credit"]
    assert [(e.start, e.end) for e in off.excluded] == [(0, len(STORY))]


def test_a_chrome_line_beside_it_is_still_judged() -> None:
    page = f"Photo: Jane Roe / Agency Images.\n{STORY}\n"
    on = read_page(page, model=one_class_model("credit"))
    assert on.kinds == ["credit", "body"]


def test_two_prose_lines_are_left_to_the_classifier() -> None:
    page = f"{STORY}\n{OTHER}\n"
    # session 70 CH: ingest.pages.prose_paragraph_body would keep STORY (three sentences)
    switches = RuleSwitches.shipped(off=["ingest.pages.prose_paragraph_body"])
    on = read_page(page, model=one_class_model("credit"), switches=switches)
    assert on.kinds == ["credit", "credit"]  # first and last prose lines: the classifier's
