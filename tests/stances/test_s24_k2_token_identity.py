"""spaCy makes a new Token object on every access, so ``a is b`` between tokens is almost
never true even for the same word (session 24, engineer K2). Token comparisons are by
``==`` or ``.i``; these tests hold the one behaviour the identity tests broke and guard
``src`` against new identity comparisons."""

from __future__ import annotations

import ast
import threading
from pathlib import Path
from types import SimpleNamespace

from spacy.tokens import Doc
from spacy.vocab import Vocab

import stancemap
from stancemap.stances.claims import conceded, unasserted

SRC = Path(stancemap.__file__).parent

# Identity comparisons in src that are meant (none is between spaCy tokens or spans):
# (file under src/stancemap, the comparison as ``ast.unparse`` writes it).
INTENDED = {
    ("actors/kb.py", "x is not latest"),  # a (actor, term) tuple of one list
    ("actors/kbbuild.py", "p is person"),  # a KB person record
    ("actors/coref.py", "kept[0] is not doc"),  # a Doc memo (the person-noun subjects)
    (
        "actors/described_links.py",
        "m is not mention",
    ),  # a Mention of the resolver list (session 65 AC)
    ("actors/linker.py", "cached.keys is keys"),  # a memo's key object
    ("actors/sentence_country.py", "mentions is not self.seen"),  # the resolver's list
    ("actors/supporters.py", "last_doc is doc"),  # a Doc (one object per document)
    ("budget.py", "threading.current_thread() is threading.main_thread()"),
    ("events/matching.py", "self._multiwords_of is not tok.doc"),  # a Doc memo
    ("events/matching.py", "self._nouns_of is not tok.doc"),
    ("events/matching.py", "memo_of[0] is not tok.doc"),
    ("events/matching.py", "memo_of[1] is not actors"),
    ("events/non_events.py", "self._doc is not tok.doc"),
    ("events/non_events.py", "self._contrast_doc is not tok.doc"),
    ("events/specific_rows.py", "r is not row"),  # a lexicon row of one list (session 59 EV)
    ("ingest/feeds.py", "child is element"),  # an XML element
    ("nlp/view.py", "last[0]() is doc"),  # a weak reference to a Doc
    ("quotes/relatives.py", "content is a.content"),  # unchanged by the cut
    ("quotes/relatives.py", "rest is a.rest"),
    ("quotes/stage.py", "other is not item"),  # a quote item of one list
    ("quotes/continuing.py", "other is not a"),  # an attribution of one list (session 42 QS)
    ("rules.py", "known[0] is not group"),  # the registry's ordered group
    ("stances/claims.py", "other is mine"),  # a Finding of one list
    ("stances/headline.py", "nlp.vocab is doc.vocab"),
}


def _identity_comparisons() -> set[tuple[str, str]]:
    found: set[tuple[str, str]] = set()
    for path in sorted(SRC.rglob("*.py")):
        tree = ast.parse(path.read_text(encoding="utf-8"))
        for node in ast.walk(tree):
            if not isinstance(node, ast.Compare):
                continue
            left = node.left
            for op, right in zip(node.ops, node.comparators, strict=True):
                if isinstance(op, ast.Is | ast.IsNot) and not any(
                    isinstance(side, ast.Constant) for side in (left, right)
                ):
                    name = path.relative_to(SRC).as_posix()
                    found.add((name, ast.unparse(ast.Compare(left, [op], [right]))))
                left = right
    return found


def test_no_new_identity_comparison_in_src() -> None:
    """Every ``is`` / ``is not`` between two non-constants in src is one judged above
    (not between tokens); a new one is compared by ``==`` / ``.i`` or judged and listed."""
    found = _identity_comparisons()
    assert found - INTENDED == set()
    assert INTENDED - found == set()  # the list follows the code


def test_no_head_identity_in_src() -> None:
    """The root test is ``tok.head.i == tok.i``; ``tok.head is tok`` is never true."""
    for name, text in _identity_comparisons():
        assert ".head is" not in text and "head is " not in text, (name, text)


def _root_not_labelled_root() -> Doc:
    """ "Critics say it failed" with its root labelled ``dep``, not ``ROOT`` (a parse or
    a hand-built document whose root carries another label)."""
    words = ["Critics", "say", "it", "failed"]
    return Doc(
        Vocab(),
        words=words,
        heads=[1, 1, 3, 1],
        deps=["nsubj", "dep", "nsubj", "ccomp"],
        pos=["NOUN", "VERB", "PRON", "VERB"],
    )


def _returns(call) -> list[bool]:  # type: ignore[no-untyped-def]
    """Run ``call`` in a thread; its answer, or nothing if it has not returned in 10 s."""
    out: list[bool] = []
    worker = threading.Thread(target=lambda: out.append(call()), daemon=True)
    worker.start()
    worker.join(10)
    return out


def test_clause_walks_stop_at_a_root_not_labelled_root() -> None:
    """The walks up to the sentence's root in ``unasserted`` and ``conceded`` stop at
    the root by its index; the identity test never matched, so a root not labelled
    ``ROOT`` looped for ever."""
    doc = _root_not_labelled_root()
    lexicon = SimpleNamespace(has=lambda kind, word: False, weight=lambda kind, word: 1.0)
    ctx = SimpleNamespace(
        lexicon=lexicon,
        table={
            "claim_asserted_modal_weight": 0.5,
            "claim_conditional_marks": ["if"],
            "claim_concessive_marks": ["although"],
        },
    )
    failed = doc[3]
    assert _returns(lambda: unasserted(failed, failed, ctx)) == [False]
    assert _returns(lambda: conceded(failed, failed, ctx)) == [False]
