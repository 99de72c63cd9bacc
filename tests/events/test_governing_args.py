"""Arguments read from the grammar around a predicate that names none itself: the
subject of a governing adjective, the doer and patient of an event noun, the parties
after "between", and objects that belong to the source (sentences written for these
tests; actors fixed by hand with test_coder.build_layer, so the events stage alone is
tested). Each rule is also switched off, so each test shows what the rule does."""

from __future__ import annotations

import pytest
from test_coder import build_layer, by_type, names

from stancemap.config import RuleSettings, Settings
from stancemap.events.stage import EventStage
from stancemap.ingest import make_document
from stancemap.nlp import parse_documents


@pytest.fixture(scope="module")
def code(analyzer):
    stages: dict[tuple[str, ...], EventStage] = {}

    def run(
        text: str,
        actors: dict[str, str | None],
        disable: tuple[str, ...] = (),
        groups: tuple[str, ...] = (),
    ):
        document = make_document(text, doc_id="t", date="2022-06-17", strip_boilerplate=False)
        doc = next(parse_documents(analyzer.nlp, [text], analyzer.settings.nlp))
        layer = build_layer(text, actors)
        for name in groups:  # build_layer makes every actor a country
            actor_id = "t:" + name.lower().replace(" ", "-")
            layer.actors[actor_id] = layer.actors[actor_id].model_copy(update={"type": "group"})
        if disable not in stages:
            # the shipped off-list stays off (rules added off by default later must not
            # switch on here), plus the rules this test switches off
            off = [*RuleSettings().disable, *disable]
            settings = Settings.model_validate({"rules": {"disable": off}})
            stages[disable] = analyzer.events if not disable else EventStage(settings)
        return stages[disable](doc, document, layer, [])

    return run


@pytest.mark.parametrize(
    "text",
    [
        "Iran is prepared to attack Israel.",
        "Iran is ready to attack Israel, the minister said.",
    ],
)
def test_an_adjectives_infinitive_has_the_copulas_subject(code, text):
    actors = {"Iran": "IRN", "Israel": "ISR"}
    # on by default since session 8 (gains on tune and the unseen third wire set)
    attack = by_type(code(text, actors), "ASSAULT")
    assert names(attack.source) == {"iran"} and names(attack.target) == {"israel"}
    off = by_type(code(text, actors, ("events.args.adjective_chain",)), "ASSAULT")
    assert off.source == []  # without the rule the act is sourceless


@pytest.mark.parametrize("adjective", ["hard", "difficult", "easy"])
def test_a_tough_adjectives_subject_is_its_infinitives_object_not_its_doer(code, adjective):
    # "Iran is hard to attack": Iran would be attacked; the chain does not climb here
    text = f"Iran is {adjective} to attack, Israel said."
    events = code(text, {"Iran": "IRN", "Israel": "ISR"})
    assert all("iran" not in names(e.source) for e in events if e.type == "ASSAULT")
    ready = code(
        "Iran is ready to attack, Israel said.",
        {"Iran": "IRN", "Israel": "ISR"},
    )
    assert any(names(e.source) == {"iran"} for e in ready if e.type == "ASSAULT")


@pytest.mark.parametrize(
    "text", ["Iran is too weak to attack Israel.", "Iran is not strong enough to attack Israel."]
)
def test_a_degree_adjectives_infinitive_is_no_act_of_the_subject(code, text):
    # "too weak to attack": Iran does not attack; the chain does not climb here
    events = code(text, {"Iran": "IRN", "Israel": "ISR"})
    assert all("iran" not in names(e.source) for e in events if e.type == "ASSAULT")


def test_a_pronoun_copula_subject_of_a_reported_clause_is_the_speaker(code):
    text = "Russia said it is willing to resume talks with Ukraine."
    # through the adjective chain
    event = by_type(code(text, {"Russia": "RUS", "Ukraine": "UKR"}), "CONSULT")
    assert names(event.source) == {"russia"} and names(event.target) == {"ukraine"}


def test_an_event_nouns_of_object_is_its_patient_once_the_doer_is_named(code):
    text = "Russia's invasion of Ukraine began in February."
    actors = {"Russia": "RUS", "Ukraine": "UKR"}
    invasion = by_type(code(text, actors), "ASSAULT")
    assert names(invasion.source) == {"russia"} and names(invasion.target) == {"ukraine"}
    off = by_type(code(text, actors, ("events.args.noun_of_patient",)), "ASSAULT")
    assert off.target == []


def test_the_of_object_of_an_event_noun_with_no_doer_is_not_its_target(code):
    # "the visit of X": X is the visitor, not the visited
    text = "The visit of Macron to Algeria ended on Monday."
    events = code(text, {"Macron": "FRA", "Algeria": "DZA"})
    assert all("t:macron" not in e.target for e in events), [
        (e.type, e.source, e.target) for e in events
    ]


def test_an_object_owned_by_the_source_is_not_the_target(code):
    text = "Russia withdrew its ambassador from Lithuania."
    actors = {"Russia": "RUS", "its ambassador": None, "Lithuania": "LTU"}
    events = code(text, actors)
    withdrawal = next(e for e in events if e.trigger.text.startswith("withdrew"))
    assert names(withdrawal.source) == {"russia"}
    assert names(withdrawal.target) == {"lithuania"}
    off = code(text, actors, ("events.args.own_object",))
    assert names(next(e for e in off if e.trigger.text.startswith("withdrew")).target) == {
        "its ambassador"
    }


def test_a_possessive_another_noun_could_own_stays_a_target(code):
    # "its" may stand for Ukraine here: the object is not the source's own
    text = "Ukraine said Russia shelled its positions near Kharkiv."
    actors = {"Ukraine": "UKR", "Russia": "RUS", "its positions": None}
    shelling = by_type(code(text, actors), "ASSAULT")
    assert names(shelling.source) == {"russia"}
    assert shelling.target != []


def test_an_infinitive_on_an_object_noun_has_the_verbs_subject(code):
    text = "Japan made a decision to withdraw its troops from Iraq."
    actors = {"Japan": "JPN", "Iraq": "IRQ"}
    withdrawal = by_type(code(text, actors), "RETREAT")
    assert names(withdrawal.source) == {"japan"} and names(withdrawal.target) == {"iraq"}
    off = by_type(code(text, actors, ("events.args.noun_infinitive",)), "RETREAT")
    assert "t:japan" not in off.source


def test_an_infinitive_after_a_dative_is_not_the_subjects_act(code):
    # "gave Y permission to strike": Y would strike, not the giver
    text = "The United States gave Israel permission to strike Iran."
    events = code(text, {"United States": "USA", "Israel": "ISR", "Iran": "IRN"})
    for event in events:
        if "t:iran" in event.target:
            assert "t:united-states" not in event.source, event


def test_they_of_a_reported_clause_is_a_plural_speaker_only(code):
    actors = {"Afghan army": "AFG", "Kandahar": "AFG", "Taliban fighters": "AFG"}
    text = "They attacked the convoy near Kandahar, the Afghan army said."
    attack = by_type(code(text, actors), "ASSAULT")
    assert attack.source == []  # "they" is not the army that reports it
    off = by_type(code(text, actors, ("events.args.plural_speaker",)), "ASSAULT")
    assert names(off.source) == {"afghan army"}
    text = "Taliban fighters said they attacked the convoy near Kandahar."
    assert names(by_type(code(text, actors), "ASSAULT").source) == {"taliban fighters"}


def test_its_owner_agrees_in_number(code):
    text = "Azerbaijan said Armenian forces had shelled its positions."
    actors = {"Azerbaijan": "AZE", "Armenian forces": "ARM"}
    groups = ("Armenian forces",)
    shelling = by_type(code(text, actors, groups=groups), "ASSAULT")
    assert names(shelling.source) == {"armenian forces"}
    assert names(shelling.target) == {"azerbaijan"}
    off = code(text, actors, ("events.args.owner_number",), groups=groups)
    assert "t:azerbaijan" not in by_type(off, "ASSAULT").target


def test_their_is_not_a_single_country_named_before(code):
    # "their arms" are the rebels', whom no actor names: no target, not Colombia
    text = "Colombia's president called on the rebels to lay down their arms."
    actors = {"Colombia": "COL"}
    request = by_type(code(text, actors), "REQUEST")
    assert "t:colombia" not in request.target
