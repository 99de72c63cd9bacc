"""The stances stage on short texts with hand-made actors, quotes and events."""

from __future__ import annotations

import pytest
from stance_builders import DPR, KAZ, LPR, PUTIN, RUS, TOKAYEV, UKR, event, layer_for, quote

import rule_settings
from stancemap.actors import ActorLayer
from stancemap.ingest import make_document
from stancemap.nlp import parse_documents
from stancemap.records import Actor, Event, Excluded, Quote, Statement
from stancemap.stances import StanceStage

PERSON_A = Actor(id="marsh", name="Helen Marsh", type="person")
PERSON_B = Actor(id="berg", name="Tomas Berg", type="person")
PEOPLE = {"a": (PERSON_A, ["Helen Marsh"]), "b": (PERSON_B, ["Tomas Berg"])}


@pytest.fixture(scope="module")
def run(analyzer):  # type: ignore[no-untyped-def]
    stage = StanceStage(analyzer.settings)

    def go(
        text: str,
        actors: ActorLayer,
        quotes: list[Quote] | None = None,
        events: list[Event] | None = None,
        excluded: list[tuple[int, int]] | None = None,
    ) -> list[Statement]:
        document = make_document(text, doc_id="t", strip_boilerplate=False)
        document.excluded = [Excluded(start=a, end=b) for a, b in excluded or []]
        doc = next(parse_documents(analyzer.nlp, [text], analyzer.settings.nlp))
        out = stage(doc, document, actors, quotes or [], events or [])
        for st in out:  # every statement carries an exact evidence span
            assert st.text is not None and text[st.text.start : st.text.end] == st.text.text
        return out

    return go


def by_actor(statements: list[Statement]) -> dict[str, Statement]:
    return {s.actor: s for s in statements}


def test_recognition_phrasings_are_one_issue_with_opposite_polarity(run) -> None:  # type: ignore[no-untyped-def]
    text = (
        "Kazakhstan will not recognize Donetsk and Luhansk as independent states. "
        "Russia has recognized the DPR and LPR."
    )
    layer = layer_for(
        text,
        {
            "k": (KAZ, ["Kazakhstan"]),
            "r": (RUS, ["Russia"]),
            "d": (DPR, ["Donetsk", "DPR"]),
            "l": (LPR, ["Luhansk", "LPR"]),
        },
    )
    got = by_actor(run(text, layer))
    assert got["KAZ"].issue.id == got["RUS"].issue.id == "recognition:DPR+LPR"
    assert got["KAZ"].polarity == -1 and got["RUS"].polarity == 1
    assert "Luhansk" in got["KAZ"].issue.label


@pytest.mark.parametrize(
    ("sentence", "polarity"),
    [
        ("Tomas Berg did not fully support the war.", -1),
        ("Tomas Berg supports the war.", 1),
        ("Tomas Berg refused to back the war.", -1),
        ("Tomas Berg opposes the war.", -1),
        ("Tomas Berg never opposed the war.", 1),
        ("Tomas Berg does not believe in the war.", -1),
        ("Tomas Berg was not ready to support the war.", -1),
        ("Tomas Berg did not want to back the war.", -1),
        ("Tomas Berg was ready to support the war.", 1),
    ],
)
def test_polarity_of_attitude_verbs(run, sentence: str, polarity: int) -> None:  # type: ignore[no-untyped-def]
    (st,) = run(sentence, layer_for(sentence, PEOPLE))
    assert st.actor == "berg" and st.issue.id == "war" and st.polarity == polarity


def test_partial_support_is_less_certain_than_plain_opposition(run) -> None:  # type: ignore[no-untyped-def]
    partial = "Tomas Berg did not fully support the war."
    plain = "Tomas Berg did not support the war."
    (a,) = run(partial, layer_for(partial, PEOPLE))
    (b,) = run(plain, layer_for(plain, PEOPLE))
    assert a.polarity == b.polarity == -1
    assert a.confidence < b.confidence


def test_modal_hedges_lower_confidence_but_keep_the_sign(run) -> None:  # type: ignore[no-untyped-def]
    sure = "Tomas Berg will support the carbon tax."
    maybe = "Tomas Berg might support the carbon tax."
    (a,) = run(sure, layer_for(sure, PEOPLE))
    (b,) = run(maybe, layer_for(maybe, PEOPLE))
    assert a.polarity == b.polarity == 1 and a.issue.id == "climate"
    assert b.confidence < a.confidence


def test_evaluation_in_a_quote_is_the_speakers(run) -> None:  # type: ignore[no-untyped-def]
    text = '"The decision to conduct a special military operation was forced and necessary," Tomas Berg said.'
    layer = layer_for(text, PEOPLE)
    q = quote(
        "q1",
        text,
        "The decision to conduct a special military operation was forced and necessary",
        "berg",
    )
    (st,) = run(text, layer, [q])
    assert (
        st.actor == "berg" and st.issue.id == "war" and st.polarity == 1 and st.evidence == ["q1"]
    )


def test_negated_evaluation_flips(run) -> None:  # type: ignore[no-untyped-def]
    text = '"The war was not necessary," Tomas Berg said.'
    q = quote("q1", text, "The war was not necessary", "berg")
    (st,) = run(text, layer_for(text, PEOPLE), [q])
    assert st.polarity == -1


def test_the_authors_own_words_are_nobodys_stance(run) -> None:  # type: ignore[no-untyped-def]
    text = "The illegal war goes on. The carbon tax is necessary."
    assert run(text, layer_for(text, PEOPLE)) == []


def test_concession_lowers_confidence_of_the_conceded_clause_only(run) -> None:  # type: ignore[no-untyped-def]
    text = "Although Helen Marsh supports the carbon tax, Tomas Berg opposes the trade agreement."
    got = by_actor(run(text, layer_for(text, PEOPLE)))
    assert got["marsh"].polarity == 1 and got["berg"].polarity == -1
    assert got["marsh"].confidence < got["berg"].confidence


def test_speaker_speaks_for_own_country_but_not_for_others(run) -> None:  # type: ignore[no-untyped-def]
    text = "Kazakhstan will not recognize Donetsk as a state, Tokayev said. Russia has recognized Donetsk, Tokayev added."
    layer = layer_for(
        text,
        {
            "k": (KAZ, ["Kazakhstan"]),
            "r": (RUS, ["Russia"]),
            "d": (DPR, ["Donetsk"]),
            "t": (TOKAYEV, ["Tokayev"]),
        },
    )
    quotes = [
        quote("q1", text, "Kazakhstan will not recognize Donetsk as a state", "tokayev"),
        quote("q2", text, "Russia has recognized Donetsk", "tokayev"),
    ]
    got = by_actor(run(text, layer, quotes))
    assert got["tokayev"].polarity == -1 and got["KAZ"].polarity == -1
    assert got["RUS"].polarity == 1  # what Tokayev reports of Russia is Russia's position
    assert got["tokayev"].evidence == ["q1"]


def test_country_position_is_read_as_its_leaders(run) -> None:  # type: ignore[no-untyped-def]
    text = "Russia has recognized Donetsk. Putin spoke in St. Petersburg."
    layer = layer_for(
        text, {"r": (RUS, ["Russia"]), "d": (DPR, ["Donetsk"]), "p": (PUTIN, ["Putin"])}
    )
    got = by_actor(run(text, layer))
    assert got["putin"].polarity == 1 and got["putin"].issue.id == got["RUS"].issue.id
    assert got["putin"].confidence < got["RUS"].confidence


def test_events_give_statements_and_cite_their_ids(run) -> None:  # type: ignore[no-untyped-def]
    text = "Russia invaded Ukraine. Russia has recognized Donetsk."
    layer = layer_for(
        text, {"r": (RUS, ["Russia"]), "u": (UKR, ["Ukraine"]), "d": (DPR, ["Donetsk"])}
    )
    events = [
        event("e1", text, "invaded", "ASSAULT", ["RUS"], ["UKR"]),
        event("e2", text, "recognized", "AGREE", ["RUS"], ["DPR"]),
    ]
    got = {s.issue.id: s for s in run(text, layer, events=events)}
    assert got["war:UKR"].polarity == 1 and "e1" in got["war:UKR"].evidence
    assert got["recognition:DPR"].evidence == ["e2"]


def test_negated_recognition_event_is_against(run) -> None:  # type: ignore[no-untyped-def]
    text = "Officials met. The recognition of Donetsk by Kazakhstan was ruled out."
    layer = layer_for(text, {"k": (KAZ, ["Kazakhstan"]), "d": (DPR, ["Donetsk"])})
    events = [event("e1", text, "recognition", "AGREE", ["KAZ"], ["DPR"], mode="negated")]
    (st,) = run(text, layer, events=events)
    assert st.actor == "KAZ" and st.polarity == -1 and st.issue.id == "recognition:DPR"


def test_a_negated_hostile_act_is_no_position(run, analyzer) -> None:  # type: ignore[no-untyped-def]
    """An offensive that was not launched says nothing for or against the war; with the
    rule off it read as a position against it."""
    text = "Officials met. Russia did not launch the offensive against Ukraine."
    layer = layer_for(text, {"r": (RUS, ["Russia"]), "u": (UKR, ["Ukraine"])})
    events = [event("e1", text, "offensive", "ASSAULT", ["RUS"], ["UKR"], mode="negated")]
    held = [s for s in run(text, layer, events=events) if s.actor == "RUS"]
    assert held and all(s.polarity == 0 for s in held)  # read, but as no position
    off = StanceStage(rule_settings.with_rules(disable=["stances.polarity.negation_asymmetry"]))
    document = make_document(text, doc_id="t", strip_boilerplate=False)
    doc = next(parse_documents(analyzer.nlp, [text], analyzer.settings.nlp))
    before = [s for s in off(doc, document, layer, [], events) if s.actor == "RUS"]
    assert [s.polarity for s in before] == [-1]


def test_nothing_from_boilerplate(run) -> None:  # type: ignore[no-untyped-def]
    text = "Tomas Berg supports the war.\n\nComments\n\nTomas Berg opposes the carbon tax."
    layer = layer_for(text, PEOPLE)
    assert {s.issue.id for s in run(text, layer)} == {"war", "climate"}
    cut = text.index("Comments")
    assert {s.issue.id for s in run(text, layer, excluded=[(cut, len(text))])} == {"war"}


def test_conjoined_subjects_both_hold_the_position(run) -> None:  # type: ignore[no-untyped-def]
    text = "Helen Marsh and Tomas Berg welcomed the ceasefire."
    got = by_actor(run(text, layer_for(text, PEOPLE)))
    assert got["marsh"].polarity == got["berg"].polarity == 1
    assert got["marsh"].issue.id == got["berg"].issue.id == "ceasefire"


def test_free_text_topic_skips_vague_nouns_and_possessors(run) -> None:  # type: ignore[no-untyped-def]
    text = "Tomas Berg criticized the cabinet's decision to close the harbour."
    (st,) = run(text, layer_for(text, PEOPLE))
    assert st.issue.id == "topic-harbour" and st.polarity == -1


def test_a_shifted_cue_says_less_than_a_plain_one(run) -> None:  # type: ignore[no-untyped-def]
    shifted = "Tomas Berg refused to condemn the war."
    plain = "Tomas Berg supports the war."
    (a,) = run(shifted, layer_for(shifted, PEOPLE))
    (b,) = run(plain, layer_for(plain, PEOPLE))
    assert a.polarity == b.polarity == 1
    assert a.confidence < b.confidence


def test_a_longer_trigger_wins_over_the_word_inside_it(run) -> None:  # type: ignore[no-untyped-def]
    text = '"The carbon tax is essential," Tomas Berg said.'
    q = quote("q1", text, "The carbon tax is essential", "berg")
    (st,) = run(text, layer_for(text, PEOPLE), [q])
    assert st.issue.id == "climate"  # "carbon tax", not the taxation frame's "tax"


@pytest.mark.parametrize(
    ("sentence", "issue", "polarity"),
    [
        ("Tomas Berg called for an end to the war.", "war", -1),
        ("Tomas Berg criticized the lack of a ceasefire.", "ceasefire", 1),
        ("Tomas Berg backed the repeal of the carbon tax.", "climate", -1),
    ],
)
def test_privative_nouns_reverse_the_topic(run, sentence: str, issue: str, polarity: int) -> None:  # type: ignore[no-untyped-def]
    (st,) = run(sentence, layer_for(sentence, PEOPLE))
    assert (st.issue.id, st.polarity) == (issue, polarity)


@pytest.mark.parametrize(
    "sentence",
    [
        "Tomas Berg supporters criticized the war.",  # the supporters, not Berg
        "The war was backed in parliament.",  # a passive names no holder
        "Tomas Berg met people accused of backing the war.",  # a participle describes
        "We must recognize that Tomas Berg is tired.",  # acknowledging, not recognizing a state
    ],
)
def test_no_holder_no_statement(run, sentence: str) -> None:  # type: ignore[no-untyped-def]
    assert run(sentence, layer_for(sentence, PEOPLE)) == []


def test_a_passive_with_an_agent_is_the_agents(run) -> None:  # type: ignore[no-untyped-def]
    text = "The war was backed by Tomas Berg."
    (st,) = run(text, layer_for(text, PEOPLE))
    assert st.actor == "berg" and st.issue.id == "war" and st.polarity == 1


def test_a_gerund_in_a_quote_is_not_the_speakers(run) -> None:  # type: ignore[no-untyped-def]
    text = '"Others were in the lead in advocating the war," Tomas Berg said.'
    q = quote("q1", text, "Others were in the lead in advocating the war", "berg")
    assert run(text, layer_for(text, PEOPLE), [q]) == []


def test_an_assault_between_persons_is_no_war_position(run) -> None:  # type: ignore[no-untyped-def]
    """Campaign language: "attacked" between people is a position towards the person."""
    text = "Tomas Berg attacked Helen Marsh in a tweet."
    events = [event("e1", text, "attacked", "ASSAULT", ["berg"], ["marsh"])]
    out = run(text, layer_for(text, PEOPLE), events=events)
    assert [(s.actor, s.issue.id, s.polarity, s.target, s.target_kind) for s in out] == [
        ("berg", "alignment:marsh", -1, "marsh", "actor")
    ]


def test_no_leader_reading_when_several_government_persons_are_named(run) -> None:  # type: ignore[no-untyped-def]
    from stancemap.records import Actor

    lavrov = Actor(id="lavrov", name="Sergei Lavrov", type="person", country="RUS", sector="GOV")
    text = "Russia has recognized Donetsk. Putin and Lavrov spoke in St. Petersburg."
    layer = layer_for(
        text,
        {
            "r": (RUS, ["Russia"]),
            "d": (DPR, ["Donetsk"]),
            "p": (PUTIN, ["Putin"]),
            "l": (lavrov, ["Lavrov"]),
        },
    )
    assert {s.actor for s in run(text, layer)} == {"RUS"}


@pytest.mark.parametrize(
    ("sentence", "polarity"),
    [
        ("Tomas Berg distanced himself from Helen Marsh.", -1),
        ("Tomas Berg will break away from Helen Marsh.", -1),
        ("Tomas Berg stood in clear contrast to Helen Marsh.", -1),
        ("Tomas Berg sided with Helen Marsh.", 1),
        # restraint: a weak sign (stances.polarity.negation_asymmetry)
        ("Tomas Berg did not distance himself from Helen Marsh.", 1),
        ("Tomas Berg did not criticize Helen Marsh.", 1),
        ("Tomas Berg did not support Helen Marsh.", -1),
        ("Tomas Berg criticized Helen Marsh.", -1),
        ("Tomas Berg praised Helen Marsh.", 1),
    ],
)
def test_positions_towards_another_actor(run, sentence: str, polarity: int) -> None:  # type: ignore[no-untyped-def]
    (st,) = run(sentence, layer_for(sentence, PEOPLE))
    assert st.actor == "berg" and st.issue.id == "alignment:marsh" and st.polarity == polarity
    assert st.issue.label == "alignment with Helen Marsh"


def test_negation_towards_an_actor_is_asymmetric(run, analyzer) -> None:  # type: ignore[no-untyped-def]
    """Not backing someone is against them, but less than opposing them; not attacking
    someone is restraint, a weak sign that does not outweigh an attack beside it."""

    def towards(text: str, stage: StanceStage | None = None) -> Statement:
        if stage is None:
            found = run(text, layer_for(text, PEOPLE))
        else:
            document = make_document(text, doc_id="t", strip_boilerplate=False)
            doc = next(parse_documents(analyzer.nlp, [text], analyzer.settings.nlp))
            found = stage(doc, document, layer_for(text, PEOPLE), [], [])
        (st,) = [s for s in found if s.issue.id == "alignment:marsh"]
        return st

    opposed = towards("Tomas Berg opposed Helen Marsh.")
    not_backed = towards("Tomas Berg did not support Helen Marsh.")
    assert opposed.polarity == not_backed.polarity == -1
    assert not_backed.confidence < opposed.confidence
    alone = towards("Tomas Berg criticized Helen Marsh.")
    both = towards("Tomas Berg criticized Helen Marsh. Tomas Berg did not attack Helen Marsh.")
    assert both.polarity == -1 and both.confidence < alone.confidence
    restraint = towards("Tomas Berg did not criticize Helen Marsh.")
    praise = towards("Tomas Berg praised Helen Marsh.")
    assert restraint.polarity == 1 and restraint.confidence < 0.5 * praise.confidence
    # switched off, the old reading: a negated attack reads as full support
    off = StanceStage(rule_settings.with_rules(disable=["stances.polarity.negation_asymmetry"]))
    full = towards("Tomas Berg did not criticize Helen Marsh.", off)
    assert full.polarity == 1 and full.confidence > restraint.confidence


def test_a_phrasal_verb_is_not_its_bare_verb(run) -> None:  # type: ignore[no-untyped-def]
    text = "Tomas Berg backed off the carbon tax."
    assert run(text, layer_for(text, PEOPLE)) == []


def test_a_government_body_stands_for_its_country_as_an_argument(run) -> None:  # type: ignore[no-untyped-def]
    from stancemap.records import Actor

    kremlin = Actor(
        id="kremlin", name="the Kremlin", type="organization", country="RUS", sector="GOV"
    )
    text = "Tomas Berg backs sanctions on the Kremlin. Tomas Berg backs sanctions on Russia."
    layer = layer_for(text, {**PEOPLE, "k": (kremlin, ["the Kremlin"]), "r": (RUS, ["Russia"])})
    (st,) = run(text, layer)
    assert st.issue.id == "sanctions:RUS"


def test_a_position_from_a_historical_act_weighs_less(run) -> None:  # type: ignore[no-untyped-def]
    """The same act told as the story's and as background: the background one weighs less."""
    text = "Russia invaded Ukraine."
    layer = layer_for(text, {"r": (RUS, ["Russia"]), "u": (UKR, ["Ukraine"])})
    now = by_actor(
        run(text, layer, events=[event("e1", text, "invaded", "ASSAULT", ["RUS"], ["UKR"])])
    )
    old = by_actor(
        run(
            text,
            layer,
            events=[event("e1", text, "invaded", "ASSAULT", ["RUS"], ["UKR"], "historical")],
        )
    )
    assert now["RUS"].issue.id == old["RUS"].issue.id and now["RUS"].polarity == old["RUS"].polarity
    assert old["RUS"].confidence < now["RUS"].confidence


def test_a_state_act_is_not_read_as_its_leaders_position(run) -> None:  # type: ignore[no-untyped-def]
    """'Russia moved tanks into Ukraine. Putin spoke': the act (an event only) is
    Russia's; only positions read from words are also its leader's."""
    text = "Russia moved tanks into Ukraine. Putin spoke in Moscow."
    layer = layer_for(
        text, {"r": (RUS, ["Russia"]), "u": (UKR, ["Ukraine"]), "p": (PUTIN, ["Putin"])}
    )
    events = [event("e1", text, "moved", "ASSAULT", ["RUS"], ["UKR"])]
    got = by_actor(run(text, layer, events=events))
    assert got["RUS"].evidence == ["e1"] and "putin" not in got
