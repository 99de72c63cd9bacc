"""Claims judged by their predicate (stances.claims.predicate, state_targets) and
headline rivalries read by word order (stances.relations.headline)."""

from __future__ import annotations

import pytest
from stance_builders import layer_for, quote

from rule_settings import with_rules
from stancemap.alignment import relate_document
from stancemap.ingest import make_document
from stancemap.nlp import parse_documents
from stancemap.records import Actor, Quote, Statement
from stancemap.stances import StanceStage
from stancemap.stances.headline import headline_lines

ARIN = Actor(id="arin", name="Lena Arin", type="person", country="EST", sector="GOV")
BOSK = Actor(id="bosk", name="Piotr Bosk", type="person", country="LVA", sector="GOV")
FORCES = Actor(id="rus-mil", name="Russian forces", type="group", country="RUS", sector="MIL")
PEACE = Actor(id="rus-igo", name="Russian peacekeepers", type="group", country="RUS", sector="IGO")
PEOPLE = {
    "arin": (ARIN, ["Lena Arin", "Arin"]),
    "bosk": (BOSK, ["Piotr Bosk", "Bosk"]),
    "forces": (FORCES, ["the forces"]),
    "peace": (PEACE, ["the Russian peacekeepers"]),
}


def _with_claims(settings):  # type: ignore[no-untyped-def]
    """The settings with stances.claims.predicate on, whatever the shipped off-list says."""
    off = [r for r in settings.rules.disable if r != "stances.claims.predicate"]
    return settings.model_copy(update={"rules": settings.rules.model_copy(update={"disable": off})})


@pytest.fixture(scope="module")
def run(analyzer):  # type: ignore[no-untyped-def]
    stage = StanceStage(_with_claims(analyzer.settings))

    def go(
        text: str, quotes: list[Quote] | None = None, people: dict | None = None
    ) -> list[Statement]:
        document = make_document(text, doc_id="t", strip_boilerplate=False)
        doc = next(parse_documents(analyzer.nlp, [text], analyzer.settings.nlp))
        return stage(doc, document, layer_for(text, people or PEOPLE), quotes or [], [])

    return go


def _claims(statements: list[Statement]) -> dict[tuple[str, str], int]:
    return {(s.actor, s.issue.id): s.polarity for s in statements if s.target_kind != "actor"}


def _said(text: str, *pairs: tuple[str, str]) -> list[Quote]:
    return [quote(f"q{i}", text, content, who) for i, (content, who) in enumerate(pairs, 1)]


def test_two_speakers_judging_one_vote_oppositely_disagree(run) -> None:  # type: ignore[no-untyped-def]
    text = "Lena Arin said the vote was rigged. Piotr Bosk said the election was free and fair."
    quotes = _said(
        text, ("the vote was rigged", "arin"), ("the election was free and fair", "bosk")
    )
    statements = run(text, quotes)
    claims = _claims(statements)
    # "vote" and "election" trigger one issue frame: the claim is on that issue
    assert claims[("arin", "election")] == -1
    assert claims[("bosk", "election")] == 1
    rel = next(r for r in relate_document(statements, []) if {r.a, r.b} == {"arin", "bosk"})
    assert rel.score < 0 and rel.evidence


def test_a_negated_or_compound_judgement_keeps_its_sense(run) -> None:  # type: ignore[no-untyped-def]
    text = (
        "Piotr Bosk said the deal was not acceptable. "
        "Lena Arin said the treaty was a reward for terrorism."
    )
    quotes = _said(
        text, ("the deal was not acceptable", "bosk"), ("the treaty was a reward", "arin")
    )
    quotes[1] = quote("q2", text, "the treaty was a reward for terrorism", "arin")
    claims = _claims(run(text, quotes))
    assert claims[("bosk", "claim-deal")] == -1
    # a good thing for a bad one is bad (the matter may be bridged to "the deal" just before:
    # stances.claims.definite_bridge; the sign is what this test is about)
    assert [sign for (who, _), sign in claims.items() if who == "arin"] == [-1]


def test_a_claim_outside_a_quote_or_about_an_actor_is_not_read(run) -> None:  # type: ignore[no-untyped-def]
    assert _claims(run("The vote was rigged, observers wrote.")) == {}
    text = "Lena Arin said Piotr Bosk's decision was a mistake."
    claims = _claims(run(text, _said(text, ("Piotr Bosk's decision was a mistake", "arin"))))
    assert claims == {}


def test_a_state_s_forces_are_one_target_whatever_the_noun(run) -> None:  # type: ignore[no-untyped-def]
    text = (
        "Lena Arin said the Russian peacekeepers had failed. "
        "Piotr Bosk said the forces had fulfilled their mission."
    )
    quotes = _said(
        text,
        ("the Russian peacekeepers had failed", "arin"),
        ("the forces had fulfilled their mission", "bosk"),
    )
    claims = _claims(run(text, quotes))
    assert claims[("arin", "claim-state.RUS")] == -1
    assert claims[("bosk", "claim-state.RUS")] == 1


def test_a_headline_rivalry_is_read_by_word_order(run) -> None:  # type: ignore[no-untyped-def]
    text = (
        "World | Europe\n\nArin and Bosk trade insults over border\n\n"
        "TALLINN - The two leaders met on Monday in the capital.\n"
    )
    statements = run(text)
    towards = {(s.actor, s.target): s.polarity for s in statements if s.target_kind == "actor"}
    assert towards[("arin", "bosk")] == -1 and towards[("bosk", "arin")] == -1
    headline = next(s for s in statements if s.actor == "arin" and s.target == "bosk")
    assert headline.text is not None and "trade insults" in headline.text.text


def test_a_headline_surname_the_actors_stage_left_unread_is_the_person_named_in_full(run) -> None:  # type: ignore[no-untyped-def]
    text = (
        "Arin and Bosk clash over border\n\n"
        "TALLINN - Lena Arin met Piotr Bosk on Monday in the capital.\n"
    )
    full_names_only = {"arin": (ARIN, ["Lena Arin"]), "bosk": (BOSK, ["Piotr Bosk"])}
    statements = run(text, people=full_names_only)
    towards = {(s.actor, s.target): s.polarity for s in statements if s.target_kind == "actor"}
    assert towards[("arin", "bosk")] == -1


def test_a_headline_without_a_rivalry_word_or_a_sentence_gives_nothing(run) -> None:  # type: ignore[no-untyped-def]
    text = "Arin and Bosk meet in Riga\n\nArin and Bosk are rivals, trade insults say.\n"
    towards = [s for s in run(text) if s.target_kind == "actor"]
    assert towards == []


def test_headline_lines_are_the_first_lines_without_a_full_stop() -> None:
    text = "Home > News\n\nX and Y clash over gas\nBy A Writer\n\nX said on Monday it would act.\n"
    found = [text[a:b] for a, b in headline_lines(text, first_lines=8, max_words=16)]
    assert found == ["Home > News", "X and Y clash over gas", "By A Writer"]
    assert list(headline_lines(text, first_lines=1, max_words=16)) == [(0, 11)]


def test_naming_a_thing_with_a_judging_word_is_a_claim(run) -> None:  # type: ignore[no-untyped-def]
    text = "Lena Arin called the treaty a fraud. Piotr Bosk declared the treaty clean and fair."
    statements = run(text, _said(text, ("the treaty clean and fair", "bosk")))
    claims = _claims(statements)
    assert claims[("arin", "claim-treaty")] == -1  # told by the narrator: the subject judges
    assert claims[("bosk", "claim-treaty")] == 1  # a small clause after "declared"
    rel = next(r for r in relate_document(statements, []) if {r.a, r.b} == {"arin", "bosk"})
    assert rel.score < 0


def test_claims_are_shipped_on_and_silent_when_switched_off(analyzer) -> None:  # type: ignore[no-untyped-def]
    # off from session 10 to 12 (false agreements on real news); on since session 13, with
    # the conceded / generic_apart / modifier_clause guards (docs/benchmarks.md)
    assert "stances.claims.predicate" not in analyzer.settings.rules.disable
    text = "Lena Arin said the vote was rigged."
    document = make_document(text, doc_id="t", strip_boilerplate=False)
    doc = next(parse_documents(analyzer.nlp, [text], analyzer.settings.nlp))
    quotes = _said(text, ("the vote was rigged", "arin"))
    shipped = StanceStage(analyzer.settings)
    assert _claims(shipped(doc, document, layer_for(text, PEOPLE), quotes, [])) != {}
    off = StanceStage(with_rules(analyzer.settings, disable=["stances.claims.predicate"]))
    assert off(doc, document, layer_for(text, PEOPLE), quotes, []) == []


def test_a_headline_relation_noun_reads_its_parties_after_between(run) -> None:  # type: ignore[no-untyped-def]
    text = "Rift grows between Arin and Bosk\n\nTALLINN - The two leaders met on Monday.\n"
    towards = {(s.actor, s.target): s.polarity for s in run(text) if s.target_kind == "actor"}
    assert towards[("arin", "bosk")] == -1


def _towards(statements: list[Statement]) -> dict[tuple[str, str], int]:
    return {(s.actor, s.target or ""): s.polarity for s in statements if s.target_kind == "actor"}


def test_a_judged_act_of_an_actor_is_a_position_towards_the_actor(run) -> None:  # type: ignore[no-untyped-def]
    text = "Lena Arin said Piotr Bosk's decision was a mistake."
    quotes = _said(text, ("Piotr Bosk's decision was a mistake", "arin"))
    assert _towards(run(text, quotes)).get(("arin", "bosk")) == -1
    text = "Lena Arin said the remarks by Piotr Bosk were very helpful."
    quotes = _said(text, ("the remarks by Piotr Bosk were very helpful", "arin"))
    assert _towards(run(text, quotes)).get(("arin", "bosk")) == 1


def test_a_judged_state_of_an_actor_that_is_no_act_says_nothing_of_the_actor(run) -> None:  # type: ignore[no-untyped-def]
    # "losses" and "economy" name no deed of Bosk's: no position towards him
    for content in (
        "Piotr Bosk's losses were terrible",
        "Piotr Bosk's economy was weak",
        "Piotr Bosk's arrest was unlawful",  # an act of force: its possessor undergoes it
    ):
        text = f"Lena Arin said {content}."
        assert ("arin", "bosk") not in _towards(run(text, _said(text, (content, "arin"))))
    # nor is the narrator's own judgement anyone's position
    assert _towards(run("Piotr Bosk's decision was a mistake.")) == {}


def _switched(analyzer, off: str, people: dict | None = None, on: str = ""):  # type: ignore[no-untyped-def]
    """A runner with the claims on, one more rule off (and a shipped-off one on)."""
    settings = _with_claims(analyzer.settings)
    kept = [r for r in settings.rules.disable if r != on]
    rules = settings.rules.model_copy(update={"disable": [*kept, off]})
    stage = StanceStage(settings.model_copy(update={"rules": rules}))

    def go(text: str, quotes: list[Quote]) -> list[Statement]:
        document = make_document(text, doc_id="t", strip_boilerplate=False)
        doc = next(parse_documents(analyzer.nlp, [text], analyzer.settings.nlp))
        return stage(doc, document, layer_for(text, people or PEOPLE), quotes, [])

    return go


_HYPOTHETICAL = (
    "Lena Arin said the deal was a good compromise. Piotr Bosk said the deal could be a disaster."
)
_CONDITIONAL = (
    "Lena Arin said the deal was a good compromise. "
    "Piotr Bosk said that if the vote is delayed, the deal is a disaster."
)


def test_a_hypothetical_or_conditional_claim_is_not_the_speaker_s_assertion(run, analyzer) -> None:  # type: ignore[no-untyped-def]
    hypothetical = _said(
        _HYPOTHETICAL,
        ("the deal was a good compromise", "arin"),
        ("the deal could be a disaster", "bosk"),
    )
    claims = _claims(run(_HYPOTHETICAL, hypothetical))
    assert claims[("arin", "claim-deal")] == 1
    assert ("bosk", "claim-deal") not in claims  # "could be": not asserted, no disagreement
    conditional = _said(
        _CONDITIONAL,
        ("the deal was a good compromise", "arin"),
        ("if the vote is delayed, the deal is a disaster", "bosk"),
    )
    assert ("bosk", "claim-deal") not in _claims(run(_CONDITIONAL, conditional))
    # the rule is what drops them: off, both are read as claims against the deal
    off = _switched(analyzer, "stances.claims.asserted")
    assert _claims(off(_HYPOTHETICAL, hypothetical))[("bosk", "claim-deal")] == -1
    assert _claims(off(_CONDITIONAL, conditional))[("bosk", "claim-deal")] == -1


_NEAR = "Lena Arin said the summit was a success. Piotr Bosk said it was a disaster."
_FAR = (
    "Lena Arin said the summit was a success. The leaders met for two days in Riga. "
    "Officials from nine countries attended the dinner on Tuesday. Trade and energy were "
    "discussed at length. Piotr Bosk said on Friday: this is a disaster."
)


def test_a_pronoun_claim_reaches_back_one_sentence_only(run, analyzer) -> None:  # type: ignore[no-untyped-def]
    near = _said(_NEAR, ("the summit was a success", "arin"), ("it was a disaster", "bosk"))
    claims = _claims(run(_NEAR, near))
    assert claims[("arin", "claim-summit")] == 1
    assert claims[("bosk", "claim-summit")] == -1  # "it", one sentence on: the summit
    far = _said(_FAR, ("the summit was a success", "arin"), ("this is a disaster", "bosk"))
    assert ("bosk", "claim-summit") not in _claims(run(_FAR, far))
    off = _switched(analyzer, "stances.claims.near_antecedent")
    assert _claims(off(_FAR, far))[("bosk", "claim-summit")] == -1


LULA = Actor(id="lula", name="Luiz Inácio Lula da Silva", type="person", country="BRA")
_HIT_BACK = (
    "Lula hits back at Bosk over border\n\n"
    "RIGA - Luiz Inácio Lula da Silva met Piotr Bosk on Monday in the capital.\n"
)
_FULL_NAMES = {
    "lula": (LULA, ["Luiz Inácio Lula da Silva"]),
    "bosk": (BOSK, ["Piotr Bosk"]),
}


def test_a_headline_verb_phrase_is_read_by_word_order_towards_the_one_named_after(
    run, analyzer
) -> None:  # type: ignore[no-untyped-def]
    towards = _towards(run(_HIT_BACK, people=_FULL_NAMES))
    assert towards[("lula", "bosk")] == -1  # "hits back at": the lexicon's phrase
    assert ("bosk", "lula") not in towards  # directed: Bosk did nothing in the headline
    for off in ("stances.relations.headline_directed", "stances.relations.headline_name_words"):
        assert ("lula", "bosk") not in _towards(
            _switched(analyzer, off, _FULL_NAMES)(_HIT_BACK, [])
        )


def test_a_reciprocal_word_opening_a_headline_reads_its_parties_after_between(run) -> None:  # type: ignore[no-untyped-def]
    text = "Feud between Arin and Bosk escalates\n\nTALLINN - The two leaders met on Monday.\n"
    assert _towards(run(text))[("arin", "bosk")] == -1


def test_a_wordnet_noun_of_conflict_between_two_parties_opposes_them(run, analyzer) -> None:  # type: ignore[no-untyped-def]
    from stancemap.stances.headline import conflict_nouns

    assert {"showdown", "controversy", "altercation"} <= conflict_nouns()
    assert "friendship" not in conflict_nouns() and "meeting" not in conflict_nouns()
    text = "The controversy between Lena Arin and Piotr Bosk over the border grew on Monday."
    assert _towards(run(text))[("arin", "bosk")] == -1  # "controversy" is in no hand list
    off = _switched(analyzer, "stances.relations.between_wordnet")
    assert ("arin", "bosk") not in _towards(off(text, []))
    headline = "Showdown between Arin and Bosk looms\n\nTALLINN - The two leaders meet on Monday.\n"
    assert _towards(run(headline))[("arin", "bosk")] == -1


def test_a_primary_showdown_between_two_candidates_opposes_them(analyzer) -> None:  # type: ignore[no-untyped-def]
    # the shape of a real-news sentence (a PolNeAR tune article, 2016 primaries: "a
    # showdown between former secretary of state Hillary Clinton and Sen. Bernie
    # Sanders"), in our own words; without stances.relations.between_wordnet it gave no pair
    text = (
        "The debate in New Hampshire turned into a showdown between former secretary of "
        "state Hillary Clinton and Sen. Bernie Sanders over health care."
    )
    found = analyzer.analyze(text).to_json_dict()
    names = {a["id"]: a["name"] for a in found["actors"]}
    pair = next(
        r
        for r in found["relations"]
        if {names[r["a"]], names[r["b"]]} == {"Hillary Clinton", "Bernie Sanders"}
    )
    assert pair["score"] < 0
    assert any("showdown between" in e["span"]["text"] for e in pair["evidence_spans"])


def test_an_outcome_told_under_could_or_if_is_no_claim(run, analyzer) -> None:  # type: ignore[no-untyped-def]
    text = "Lena Arin said the mission had failed. Piotr Bosk said the mission could fail."
    quotes = _said(text, ("the mission had failed", "arin"), ("the mission could fail", "bosk"))
    claims = _claims(run(text, quotes))
    assert claims[("arin", "claim-mission")] == -1
    assert ("bosk", "claim-mission") not in claims  # a possibility, not his assertion
    off = _switched(analyzer, "stances.claims.asserted")
    assert _claims(off(text, quotes))[("bosk", "claim-mission")] == -1
