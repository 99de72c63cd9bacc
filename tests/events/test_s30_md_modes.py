"""Session 30 (engineer MD, issues 12 and 14): the mode marks of clauses, read by syntax.

Rules (each fails without itself; sentences written for these tests):
- ``nlp.mode.opinion_claim``: "I think Fox helped Trump" is a claim, not hypothetical;
- ``nlp.mode.habitual_would``: "at times X would meet Y" is the habitual past;
- ``nlp.mode.indirect_question``: "whether (or not) they supported X" is asked;
- ``nlp.mode.negative_subject``: "no country has recognised X" (quotes, statements);
- ``quotes.mode.negated_cue``: "have not said who they would vote for" says nothing.
"""

from __future__ import annotations

from pathlib import Path

import pytest

from mode_helpers import event_modes as _event_modes
from mode_helpers import parser
from mode_helpers import word as _word
from stancemap.nlp import modality as mod
from stancemap.nlp.clause_mode import ModeRules, clause_mode

OPINION = "nlp.mode.opinion_claim"
HABITUAL = "nlp.mode.habitual_would"
QUESTION = "nlp.mode.indirect_question"
NEG_SUBJECT = "nlp.mode.negative_subject"
NEG_CUE = "quotes.mode.negated_cue"
OFF = ModeRules(False, False, False, False)


@pytest.fixture(scope="module")
def parse(analyzer):  # type: ignore[no-untyped-def]
    return parser(analyzer)


# ---------------------------------------------------------------- opinion_claim


def test_opinion_claim_function(parse) -> None:  # type: ignore[no-untyped-def]
    doc = parse("I do think Fox News helped Trump enormously.")
    helped = _word(doc, "helped")
    assert mod.opinion_claim(helped)
    assert not mod.in_unreal_clause(helped, opinion=True)
    assert mod.in_unreal_clause(helped)  # without the rule: supposed
    # a modal of its own keeps it unreal; an opinion not told as such ("let them think") too
    assert not mod.opinion_claim(_word(parse("I think Fox News could help Trump."), "help"))
    doc = parse("The assistants let them think all women welcome their advances.")
    assert not mod.opinion_claim(_word(doc, "welcome"))
    # a verb of fearing is no verb of opinion
    assert not mod.opinion_claim(_word(parse("She fears Russia attacked them."), "attacked"))


def test_opinion_claim_event_and_statement(pipeline_off, parse) -> None:  # type: ignore[no-untyped-def]
    text = '"I think Russia attacked Ukraine," Smith said.'
    assert _event_modes(pipeline_off(text), text).get("attacked") is None
    assert _event_modes(pipeline_off(text, (OPINION,)), text).get("attacked") == "hypothetical"
    doc = parse("Smith thinks that Russia attacked Ukraine.")
    assert clause_mode(_word(doc, "attacked")) == "asserted"
    assert clause_mode(_word(doc, "attacked"), rules=OFF) == "hypothetical"


def test_opinion_verbs_are_cognition_verbs() -> None:
    """``OPINION_VERBS``: WordNet verb.cognition (lexicographer file 31) first senses."""
    from stancemap.wordnet_files import WORDNET, first_senses, lexfiles

    if not (WORDNET / "index.verb").exists():
        pytest.skip("WordNet is not installed")
    first = first_senses(WORDNET / "index.verb")
    files = lexfiles(WORDNET / "data.verb")
    assert all(files[first[v]] == "31" for v in mod.OPINION_VERBS)
    assert files[first["fear"]] != "31" and files[first["suppose"]] != "31"


# ---------------------------------------------------------------- habitual_would


@pytest.mark.parametrize(
    ("text", "word", "habitual"),
    [
        ("At times Axelrod would meet directly with Ailes.", "meet", True),
        ("He would often criticize Obama in his speeches.", "criticize", True),
        ("He would warn voters not to vote for them but did not name any.", "warn", True),
        ("When he was mayor, he would visit Kabul.", "visit", True),
        ("He would criticize Obama if he won.", "criticize", False),
        ("He would have criticized Obama.", "criticized", False),
        ("Workers would be released and hired back at lower wages.", "released", False),
    ],
)
def test_habitual_would(parse, text: str, word: str, habitual: bool) -> None:  # type: ignore[no-untyped-def]
    verb = _word(parse(text), word)
    assert mod.habitual_would(verb) is habitual
    assert mod.is_hypothetical([verb], habitual=True) is not habitual or "if" in text
    assert mod.is_hypothetical([verb]) or "have" in text  # without the rule: hypothetical


def test_habitual_would_event(pipeline_off) -> None:  # type: ignore[no-untyped-def]
    text = "At times the Russian president would meet directly with the Chinese president."
    on = _event_modes(pipeline_off(text), text)
    # session 36: a hypothetical two-sided meeting gets its type's drop threshold
    # (events.reality.type_thresholds_two_sided_kept_asserted_only); off here, the mode is read
    kept = "events.reality.type_thresholds_two_sided_kept_asserted_only"
    off = _event_modes(pipeline_off(text, (HABITUAL, kept)), text)
    assert on.get("meet") is None and off.get("meet") == "hypothetical"
    assert "meet" not in _event_modes(pipeline_off(text, (HABITUAL,)), text)


# ---------------------------------------------------------------- indirect_question


def test_indirect_question(parse) -> None:  # type: ignore[no-untyped-def]
    doc = parse("I didn't care whether they supported Ted Cruz.")
    assert mod.indirect_question(_word(doc, "supported"))
    assert clause_mode(_word(doc, "supported")) == "question"
    assert clause_mode(_word(doc, "supported"), rules=OFF) == "asserted"
    doc = parse("One criterion was whether or not they support Donald Trump.")
    assert clause_mode(_word(doc, "support")) == "question"
    assert clause_mode(_word(doc, "support"), rules=OFF) == "negated"
    # an adverbial "if" is a condition, not a question
    assert not mod.indirect_question(_word(parse("If they win, we will oppose them."), "win"))


def test_indirect_question_event(pipeline_off) -> None:  # type: ignore[no-untyped-def]
    text = "Putin did not say whether Russia had attacked Ukraine."
    # session 47's events.sense.open_question_no_act (shipped off) would drop the event
    asked = "events.sense.open_question_no_act"
    on = _event_modes(pipeline_off(text, (asked,)), text)
    off = _event_modes(pipeline_off(text, (QUESTION, asked)), text)
    assert on.get("attacked") == "hypothetical" and off.get("attacked") != "hypothetical"


# ---------------------------------------------------------------- negative subject, cue


def _quote_modes(analysis) -> dict[str, str | None]:  # type: ignore[no-untyped-def]
    return {q.content.text: q.mode for q in analysis.quotes}


def test_negative_subject_quote(pipeline_off) -> None:  # type: ignore[no-untyped-def]
    text = "Smith said no country has recognised Kosovo."
    assert _quote_modes(pipeline_off(text)) == {"no country has recognised Kosovo": "negated"}
    off = _quote_modes(pipeline_off(text, (NEG_SUBJECT,)))
    assert off == {"no country has recognised Kosovo": "asserted"}


def test_negated_cue_quote(pipeline_off) -> None:  # type: ignore[no-untyped-def]
    text = "Many delegates have not said who they would vote for."
    assert set(_quote_modes(pipeline_off(text)).values()) == {"negated"}
    assert set(_quote_modes(pipeline_off(text, (NEG_CUE,))).values()) == {"future"}


def test_rules_are_declared() -> None:
    from stancemap.rules import load_all

    names = set(load_all().names())
    assert {OPINION, HABITUAL, QUESTION, NEG_SUBJECT, NEG_CUE} <= names
    assert Path(mod.__file__).name == "modality.py"


def test_habitual_would_not_reported_clauses(parse) -> None:  # type: ignore[no-untyped-def]
    """Two reported clauses ("that X would need Y and that he planned Z"): the first's
    "would" is a future in the past, not a habit (a misfire found on unread real news)."""
    doc = parse("His point was that the nominee would need delegates and that he planned to win.")
    assert not mod.habitual_would(_word(doc, "need"))
