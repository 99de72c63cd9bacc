"""Session 29: page furniture told by its shape (photo credits, widget rows that lost
their spaces), rule ingest.pages.chrome_shapes."""

from __future__ import annotations

import rule_settings
from stancemap.ingest.pages.reading import read_page
from stancemap.ingest.pages.shapes import CHROME_SHAPES, chrome_shapes

WIDGET = (
    "Igor BobicFlagShareLikeReplyAni Vrabel 5ptsmoderatorFeaturedFebruary 6, 2016 "
    "10:57PMJeb Bush Hits Marco Rubio On Rape Exception For Abortions"
)


def _cut(text: str) -> list[str]:
    return [text[e.start : e.end] for e in chrome_shapes(text)]


def test_a_photo_credit_line_is_furniture() -> None:
    assert _cut("Paras Griffin via Getty Images.") == ["Paras Griffin via Getty Images."]
    assert _cut("John Moore/Getty Images.") == ["John Moore/Getty Images."]


def test_sentences_with_via_or_slashes_are_not_credits() -> None:
    assert _cut("He said it via Twitter.") == []
    assert _cut("Supporters turned out via buses.") == []
    assert _cut("Thank you Iowa! #MakeAmericaGreatAgain #TrumpTrainNow") == []
    assert _cut("Sen. John McCain and Ron DeSantis met at McDonald's in LaGrange.") == []


def test_a_widget_row_is_cut_up_to_its_time_stamp_keeping_the_post_headline() -> None:
    cut = _cut(WIDGET)
    assert cut == [WIDGET[: WIDGET.index("Jeb")]]


def test_read_page_excludes_the_credit_only_with_the_rule_on() -> None:
    text = (
        "Trump wins big in Iowa.\n\nPhoto of the rally.\n\nParas Griffin via Getty Images.\n\n"
        "Donald Trump criticized Jeb Bush on Monday in Des Moines, and he said he would win."
    )
    at = text.index("Paras")

    def covered(reading) -> bool:
        return any(e.start <= at < e.end for e in reading.excluded)

    assert covered(read_page(text))
    off = read_page(
        text, switches=rule_settings.switches([CHROME_SHAPES, "ingest.pages.classifier"])
    )
    assert not covered(off)
    on = read_page(text, switches=rule_settings.switches(["ingest.pages.classifier"]))
    assert covered(on)


def test_a_sentence_naming_camel_case_brands_is_no_widget_row() -> None:
    # two brand names with two glued capitals each are prose, not buttons (session 29 lead:
    # the first version cut such a sentence from a PolNeAR tune article)
    text = (
        "Polling averages show Clinton ahead, with RealClearPolitics showing her ahead 3 "
        "points and FiveThirtyEight 4 points."
    )
    assert _cut(text) == []
