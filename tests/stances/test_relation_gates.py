"""The relation reader's per-token gates (``stances.relations.RULE_GATES``) turn away
only tokens on which the gated rule finds nothing: every rule is asked of every token
here, and a finding on a token its gate turns away fails the test."""

from __future__ import annotations

import pytest
from stance_builders import layer_for

from stancemap.ingest import make_document
from stancemap.nlp import parse_documents
from stancemap.records import Actor
from stancemap.stances import StanceStage, relations
from stancemap.stances.relations import RULE_GATES, RelationReader

ARIN = Actor(id="arin", name="Lena Arin", type="person", country="EST", sector="GOV")
BOSK = Actor(id="bosk", name="Piotr Bosk", type="person", country="LVA", sector="GOV")
PEOPLE = {"arin": (ARIN, ["Lena Arin", "Arin"]), "bosk": (BOSK, ["Piotr Bosk", "Bosk"])}

# one sentence or more for each gated rule (written for this test)
TEXTS = [
    "Lena Arin and Piotr Bosk clashed over the budget on Monday.",
    "A rift between Lena Arin and Piotr Bosk deepened on Friday.",
    "Arin's endorsement of Piotr Bosk surprised the party.",
    "Lena Arin lashed out at Piotr Bosk on Tuesday.",
    "Lena Arin, a fierce critic of Piotr Bosk, spoke first.",
    "Lena Arin was critical of Piotr Bosk.",
    "Lena Arin called Piotr Bosk a liar.",
    "Lena Arin slammed Bosk's plan. Piotr Bosk was mocked by Lena Arin.",
    "Lena Arin chided Piotr Bosk, mocking him for the delay.",
    "Lena Arin unleashed attacks on Piotr Bosk.",
    "Lena Arin and Piotr Bosk join the war against the smugglers.",
    "Lena Arin accused Piotr Bosk of lying. Bosk rejected the accusations.",
    # session 39 CV's contest readings
    "The battle between Lena Arin and Piotr Bosk grew bitter.",
    "Lena Arin's opponent, Piotr Bosk, spoke on Monday.",
    "Lena Arin praised rival Piotr Bosk. Arin made her case vs. Piotr Bosk.",
    # session 40 RM's "against" readings
    "Lena Arin raised money for her campaign against Piotr Bosk.",
    "Lena Arin's case against Piotr Bosk rests on the budget.",
]


@pytest.fixture(scope="module")
def stage(analyzer):  # type: ignore[no-untyped-def]
    return StanceStage(analyzer.settings), analyzer


def test_no_rule_finds_anything_on_a_token_its_gate_turns_away(stage, monkeypatch) -> None:  # type: ignore[no-untyped-def]
    stances, analyzer = stage
    gated = relations.passes
    turned_away: list[tuple[str, str, str, str]] = []  # (rule, word, pos, dep) asked anyway
    wrong: list[tuple[str, str]] = []
    found: dict[str, int] = {}
    steps = RelationReader._steps

    def every_step(self, ctx, on, last):  # type: ignore[no-untyped-def]
        def watched(name, call):  # type: ignore[no-untyped-def]
            def step(tok):  # type: ignore[no-untyped-def]
                out = call(tok)
                if not gated(name, tok.pos_, tok.dep_):
                    turned_away.append((name, tok.text, tok.pos_, tok.dep_))
                    if out:
                        wrong.append((name, tok.text))
                elif out:
                    found[name] = found.get(name, 0) + len(out)
                return out

            return step

        return [(name, watched(name, call)) for name, call in steps(self, ctx, on, last)]

    monkeypatch.setattr(relations, "passes", lambda *_: True)
    monkeypatch.setattr(RelationReader, "_steps", every_step)
    for text in TEXTS:
        document = make_document(text, doc_id="t", strip_boilerplate=False)
        doc = next(parse_documents(analyzer.nlp, [text], analyzer.settings.nlp))
        stances(doc, document, layer_for(text, PEOPLE), [], [])
    assert wrong == []
    # not vacuous: the gates turned tokens away, and gated rules found things on the rest
    assert len({name for name, *_ in turned_away}) >= 10
    assert len(set(found) & set(RULE_GATES)) >= 5


def test_a_gate_passes_its_part_of_speech_or_dependency() -> None:
    assert relations.passes("stances.campaign.noun", "NOUN", "dobj")
    assert not relations.passes("stances.campaign.noun", "VERB", "ROOT")
    assert relations.passes("stances.against.joined", "ADP", "prep")
    assert not relations.passes("stances.against.joined", "ADP", "agent")
    assert relations.passes("stances.claims.judged_act", "PRON", "attr")
    assert relations.passes("stances.relations.claim_antecedent", "PUNCT", "punct")  # no gate
