"""nlp.tokens.glued_punctuation: punctuation and dashes glued to their neighbours are tokens of
their own ('Amadou,-Keller', 'Tuesday.-Nigeria', '(XYZ)Nigeria'), the text unchanged; shipped off.
The sentences are written for these tests."""

from __future__ import annotations

import re

import pytest
import spacy

import rule_settings
from stancemap.config import load_settings
from stancemap.nlp import load_pipeline, resolve_model_name
from stancemap.nlp.glued_punctuation import GLUED_PUNCTUATION, install
from stancemap.nlp.pipeline import glued_punctuation_on, tokenizes_glued_punctuation
from stancemap.rules import RuleSwitches

pytestmark = pytest.mark.slow

# text -> the tokens the rule gives (each shape of the census)
SPLIT = {
    "The envoy Amadou,-Keller said": ["The", "envoy", "Amadou", ",", "-", "Keller", "said"],
    "was opened.-Nobody came": ["was", "opened", ".", "-", "Nobody", "came"],
    "Source:-Gazette staff": ["Source", ":", "-", "Gazette", "staff"],
    "we refused;-they left": ["we", "refused", ";", "-", "they", "left"],
    "Lagos (XYZ)Governor Adeyemi spoke": ["Lagos", "(", "XYZ", ")", "Governor", "Adeyemi", "spoke"],
    "(XYZ)Ruritania's army": ["(", "XYZ", ")", "Ruritania", "'s", "army"],
    "the Alliance (PLA)-and its allies": [
        "the",
        "Alliance",
        "(",
        "PLA",
        ")",
        "-",
        "and",
        "its",
        "allies",
    ],
    'he lied,"-Okafor said': ["he", "lied", ",", '"', "-", "Okafor", "said"],
    'it ended.-"We lost': ["it", "ended", ".", "-", '"', "We", "lost"],
    'rather than-"hidden" costs': ["rather", "than", "-", '"', "hidden", '"', "costs"],
    "the region (NRA).-Then rain": ["the", "region", "(", "NRA", ")", ".", "-", "Then", "rain"],
    "in 1998,-when the war began": ["in", "1998", ",", "-", "when", "the", "war", "began"],
    "we --the farmers-- voted": ["we", "--", "the", "farmers", "--", "voted"],
    "the vote was close.-": ["the", "vote", "was", "close", ".", "-"],
}
# text -> tokens the rule leaves as spaCy cuts them
KEPT = [
    "al-Rashid and the Vice-Chair met",
    "first- and second-tier towns",
    "a score of 3,-4 and a price of EUR 5,- only",
    "J.-P. Lambert and the U.S.-led group",
    "smiling :-) and winking ;-) here",
    "see http://example.org/a-b or write to mia.r-k@example.org",
    "a (r)ather odd edit, and figures 1.-2",
]


@pytest.fixture(scope="module")
def tokenizers():
    """The tokenizers of a blank English pipeline without and with the rule's affixes, and
    of the model's."""
    on, off = spacy.blank("en"), spacy.blank("en")
    assert install(on)
    model, model_on = (spacy.load(resolve_model_name()) for _ in range(2))
    install(model_on)
    return {
        "blank": (off.tokenizer, on.tokenizer),
        "model": (model.tokenizer, model_on.tokenizer),
    }


@pytest.mark.parametrize("which", ["blank", "model"])
@pytest.mark.parametrize("text", list(SPLIT))
def test_each_glued_shape_is_cut_and_offsets_index_the_text(tokenizers, which, text) -> None:
    off, on = tokenizers[which]
    doc = on(text)
    assert [t.text for t in doc] == SPLIT[text]
    assert doc.text == text
    assert all(text[t.idx : t.idx + len(t)] == t.text for t in doc)
    # off: spaCy's own cut keeps the shape glued in one token
    assert [t.text for t in off(text)] != SPLIT[text]
    assert any(re.search(r"[,.:;)\"][\-)]|\)[A-Z]|-[\"]|--[a-z]", t.text) for t in off(text))


@pytest.mark.parametrize("which", ["blank", "model"])
@pytest.mark.parametrize("text", KEPT)
def test_hyphened_words_numbers_initials_emoticons_links_stay_as_spacy_cuts_them(
    tokenizers, which, text
) -> None:
    off, on = tokenizers[which]
    assert [t.text for t in on(text)] == [t.text for t in off(text)]


def test_a_custom_tokenizer_keeps_its_own_affixes_after_ours() -> None:
    nlp = spacy.blank("en")
    own_prefix = nlp.tokenizer.prefix_search
    nlp.tokenizer.prefix_search = lambda s: own_prefix(s)  # no compiled pattern's method
    own_infix = nlp.tokenizer.infix_finditer
    nlp.tokenizer.infix_finditer = lambda s: own_infix(s)
    assert install(nlp)
    assert [t.text for t in nlp("(one,-Two)Three x-y --z")] == [
        "(", "one", ",", "-", "Two", ")", "Three", "x", "-", "y", "--", "z",
    ]  # fmt: skip


def test_a_tokenizer_without_affix_hooks_is_left_alone() -> None:
    nlp = spacy.blank("en")
    nlp.tokenizer = lambda text: spacy.tokens.Doc(nlp.vocab, words=text.split())
    assert not install(nlp)


def test_the_rule_is_part_of_the_loaded_pipeline_s_identity() -> None:
    settings = load_settings()
    on_switches = RuleSwitches.shipped(on=[GLUED_PUNCTUATION])
    assert not glued_punctuation_on()  # shipped off
    assert glued_punctuation_on(on_switches)
    off = load_pipeline(settings.nlp, switches=RuleSwitches.shipped())
    on = load_pipeline(settings.nlp, switches=on_switches)
    assert off is not on and on is load_pipeline(settings.nlp, switches=on_switches)
    assert tokenizes_glued_punctuation(on) and not tokenizes_glued_punctuation(off)
    assert [t.text for t in off.tokenizer("Tuesday.-Nigeria")] == ["Tuesday.-Nigeria"]
    assert [t.text for t in on.tokenizer("Tuesday.-Nigeria")] == ["Tuesday", ".", "-", "Nigeria"]


STORY = "Talks ended on Tuesday.-Nigeria accused Ghana of sabotage."
QUOTE = '"We will not sign this deal,"-Mark Weston said.'


@pytest.fixture(scope="module")
def pipelines(analyzer):
    from stancemap.pipeline import Pipeline

    off = Pipeline(rule_settings.with_rules(disable=[GLUED_PUNCTUATION]), nlp=analyzer.nlp)
    # handed the defaults' parser, the rule's pipeline loads its own: never re-cut in place
    on = Pipeline(rule_settings.with_rules(enable=[GLUED_PUNCTUATION]), nlp=analyzer.nlp)
    return off, on


def test_an_on_pipeline_never_shares_the_defaults_tokenizer(analyzer, pipelines) -> None:
    off, on = pipelines
    assert off.nlp is analyzer.nlp and on.nlp is not analyzer.nlp
    assert tokenizes_glued_punctuation(on.nlp)
    assert off.derive(on.settings).nlp is on.nlp
    assert on.derive(off.settings).nlp is not on.nlp
    assert on.derive().nlp is on.nlp


def test_the_subject_glued_to_the_previous_sentence_is_read(pipelines) -> None:
    off, on = pipelines
    before = off.analyze(STORY, date="2017-02-10")
    after = on.analyze(STORY, date="2017-02-10")
    assert [(e.type, e.source, e.target) for e in before.events] == [
        ("ACCUSE", [], ["country:GHA"])
    ]
    accuse = [e for e in after.events if e.type == "ACCUSE"]
    assert [(e.source, e.target) for e in accuse] == [(["country:NGA"], ["country:GHA"])]
    assert STORY[accuse[0].trigger.start : accuse[0].trigger.end] == "accused"
    assert [(r.a, r.b, r.score < 0) for r in after.relations] == [
        ("country:GHA", "country:NGA", True)
    ]


def test_a_quote_ends_at_its_closing_mark_not_in_the_speaker_s_name(pipelines) -> None:
    off, on = pipelines
    before = off.analyze(QUOTE, date="2017-02-10").quotes
    after = on.analyze(QUOTE, date="2017-02-10").quotes
    assert len(before) == 1 and before[0].content.text.endswith('"-Mark')
    assert len(after) == 1 and after[0].content.text == "We will not sign this deal"
    assert after[0].speaker is not None and after[0].speaker.startswith("new:person:")
