"""Session 23 (engineer A): a he/him/his inside a quotation is not the quotation's
speaker (``actors.coref.quoted_pronoun_not_speaker``, actors/quoted_pronouns.py).
Sentences written for these tests."""

from __future__ import annotations

import re
from typing import Any

import pytest

RULE = "actors.coref.quoted_pronoun_not_speaker"


def _ids_at(layer: Any, text: str, word: str) -> list[str | None]:
    return [layer.actor_at(m.start(), m.end()) for m in re.finditer(rf"\b{word}\b", text)]


OTHER = 'President William Ruto met Raila Odinga on Monday. "I believed in him, and he betrayed that trust," Ruto said.'


def test_a_quoted_pronoun_goes_to_the_other_person(layer_off):
    layer = layer_off(OTHER, [])
    speaker = layer.actor_at(OTHER.index("Ruto said"), OTHER.index("Ruto said") + 4)
    assert speaker is not None
    for word in ("him", "he"):
        found = _ids_at(layer, OTHER, word)
        assert found and all(f is not None and f != speaker for f in found), (word, found)
        assert "odinga" in str(found[0]), found


def test_without_the_rule_the_quoted_pronoun_is_the_speaker(layer_off):
    layer = layer_off(OTHER, [RULE])
    speaker = layer.actor_at(OTHER.index("Ruto said"), OTHER.index("Ruto said") + 4)
    assert _ids_at(layer, OTHER, "him") == [speaker]


def test_with_no_other_person_the_pronoun_stays_unresolved(layer_off):
    text = 'Kenyan President William Ruto spoke on Monday. "I trusted him," Ruto said.'
    layer = layer_off(text, [])
    assert _ids_at(layer, text, "him") == [None]


@pytest.mark.parametrize(
    "text",
    [
        # not quoted: the reported "he" is the speaker himself
        "President William Ruto met Raila Odinga on Monday. Ruto said he would run again.",
        # quoted, but the speaker is someone else: the pronoun may be Ruto
        'President William Ruto met Raila Odinga on Monday. "He lied to us," Odinga said.',
    ],
)
def test_other_readings_are_left_alone(layer_off, text):
    on = layer_off(text, [])
    off = layer_off(text, [RULE])
    word = "he" if " he " in text else "He"
    assert _ids_at(on, text, word) == _ids_at(off, text, word)
