"""Session 23 (S3): rule ``stances.claims.judged_subject_lexicon_veto`` - with
``stances.claims.judged_subject`` on, a quoted clause whose object or predicate word the
open lexicon signs against the learned model's sign judges no one. Sentences written for
these tests."""

from __future__ import annotations

from stancemap.config import load_settings
from stancemap.pipeline import Analyzer

SUBJECT = "stances.claims.judged_subject"
VETO = "stances.claims.judged_subject_lexicon_veto"
DEED = "stances.claims.judged_deed"  # reads the same attack as a charge (session 38): apart here
ATTACK = (
    "Peruvian foreign ministry spokeswoman Ana Ruiz said on Monday that Bolivia had "
    "launched an unprovoked attack on Peruvian border posts."
)
PRAISE = (
    "Kenyan President William Ruto said Ugandan President Yoweri Museveni was a reliable "
    "partner who had helped bring peace to the region."
)


def pairs(text: str, *, veto: bool) -> dict[frozenset[str], float]:
    settings = load_settings()
    off = [r for r in settings.rules.disable if r not in (SUBJECT, VETO)] + [DEED]
    off.append("stances.claims.judged_subject_defers")  # session 45: the veto read alone
    if not veto:
        off.append(VETO)
    rules = settings.rules.model_copy(update={"disable": off})
    result = Analyzer(settings.model_copy(update={"rules": rules})).analyze_text(
        text, doc_id="s23s3", date="2025-03-02"
    )
    names = {a.id: a.name for a in result.actors}
    return {frozenset((names[r.a], names[r.b])): r.score for r in result.relations}


def test_an_attack_the_model_reads_as_praise_is_no_alliance() -> None:
    pair = frozenset(("Ana Ruiz", "Bolivia"))
    assert pairs(ATTACK, veto=False)[pair] > 0  # the model's misread, without the veto
    assert pair not in pairs(ATTACK, veto=True)


def test_a_sign_the_lexicon_shares_stays() -> None:
    pair = frozenset(("William Ruto", "Yoweri Museveni"))
    assert pairs(PRAISE, veto=True)[pair] > 0
    assert pairs(PRAISE, veto=True) == pairs(PRAISE, veto=False)


def test_the_attack_is_read_as_a_charge_by_the_deed_rule_shipped_on() -> None:
    settings = load_settings()
    result = Analyzer(settings).analyze_text(ATTACK, doc_id="s23s3", date="2025-03-02")
    names = {a.id: a.name for a in result.actors}
    scores = {frozenset((names[r.a], names[r.b])): r.score for r in result.relations}
    assert scores[frozenset(("Ana Ruiz", "Bolivia"))] < 0
