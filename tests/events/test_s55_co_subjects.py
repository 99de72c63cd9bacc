"""Session 55 (PA): co-subjects of a joint act are all its sources and none its target
(events/co_subject_args.py, rule ``events.args.co_subject_parties``, shipped off; the
convention in docs/judging.md, "Events"). The sentences were written for this test; each
runs the whole pipeline with the rule on and off."""

from __future__ import annotations

import pytest
from party_runner import on_off_pipelines

from stancemap.config import Settings

RULE = "events.args.co_subject_parties"

Reading = tuple[str, list[str], list[str]]


@pytest.fixture(scope="module")
def read(analyzer):
    """(text, trigger word, rule on?) -> (type, source countries, target countries) of the
    events there."""
    pipelines = on_off_pipelines(analyzer, RULE)

    def run(text: str, trigger: str, on: bool) -> list[Reading]:
        analysis = pipelines["on" if on else "off"].analyze(text, date="2021-03-04")
        country = {a.id: a.country for a in analysis.actors}
        return [
            (
                e.type,
                sorted({str(country.get(s)) for s in e.source}),
                sorted({str(country.get(t)) for t in e.target}),
            )
            for e in analysis.events
            if trigger in e.trigger.text
        ]

    return run


def test_the_rule_ships_off():
    assert RULE in Settings().rules.disable


@pytest.mark.parametrize(
    ("text", "trigger", "off", "on"),
    [
        # 'by telephone' read as a headline passive's agent: the co-subjects became the
        # target, the source empty
        (
            "The Kenyan and Ugandan presidents conferred by telephone on Sunday about the "
            "disputed island.",
            "conferred",
            [("CONSULT", [], ["KEN", "UGA"])],
            [("CONSULT", ["KEN", "UGA"], [])],
        ),
        (
            "Egypt and Jordan conferred by phone about the crisis in Gaza.",
            "conferred",
            [("CONSULT", [], ["EGY", "JOR"])],
            [("CONSULT", ["EGY", "JOR"], [])],
        ),
        # a co-subject's own capital, where the pact was reached, is no counterpart
        (
            "The Estonian and Latvian leaders reached a pact on energy between their "
            "countries in Riga.",
            "reached",
            [("AGREE", ["EST", "LVA"], ["LVA"])],
            [("AGREE", ["EST", "LVA"], [])],
        ),
        # a generic group of a co-subject's people, in the clause under the act
        (
            "Kenya and Tanzania agreed to open the border to Tanzanian traders.",
            "agreed",
            [("AGREE", ["KEN", "TZA"], ["TZA"])],
            [("AGREE", ["KEN", "TZA"], [])],
        ),
    ],
)
def test_co_subjects_are_the_sources_and_no_target(read, text, trigger, off, on):
    assert read(text, trigger, on=False) == off
    assert read(text, trigger, on=True) == on


@pytest.mark.parametrize(
    ("text", "trigger"),
    [
        # already both sources, no target
        ("Norway and Sweden reached a deal on fishing quotas in Oslo on Friday.", "reached"),
        ("Malawi and Zambia signed a trade treaty at a ceremony in Lusaka.", "signed"),
        # a partner of another side named by 'with' stays the target
        ("Germany and France agreed with Italy on the plan.", "agreed"),
        # a partner of a co-subject's own country named as the act's partner stays
        ("Merkel and Macron met with German union leaders.", "met"),
        ("Merkel and Macron signed a deal with the German unions in Berlin.", "signed"),
        # no joint act: both attack the target
        ("Russia and China attacked Ukraine.", "attacked"),
        # a real passive: the subjects are its patients
        ("Iran and Syria were condemned by the UN.", "condemned"),
        # one subject: no co-subjects
        ("Poland agreed with Lithuania on the plan.", "agreed"),
    ],
)
def test_what_the_rule_leaves_alone(read, text, trigger):
    off = read(text, trigger, on=False)
    assert off
    assert read(text, trigger, on=True) == off
