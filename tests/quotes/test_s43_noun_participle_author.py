"""Session 43 (QP): a participle modifying a noun (``acl``) speaks as the noun when it can
speak, else as the noun's owner or name modifier, else as the subject of the verb whose
object the noun is (``quotes.verb.noun_participle_author``).

Sentences written for the tests; the rule is switched on and off explicitly.
"""

from __future__ import annotations

RULE = "quotes.verb.noun_participle_author"


def _source(quotes, words: str) -> str | None:  # type: ignore[no-untyped-def]
    found = [q for q in quotes if q.cue is not None and q.cue.text == words]
    assert found, words
    return found[0].source.text if found[0].source is not None else None


def test_the_author_of_the_object_speaks(quotes_without) -> None:  # type: ignore[no-untyped-def]
    text = (
        "Mayor Anna Berg met reporters on Friday after Governor John Carter posted a series of "
        "messages criticizing the new budget."
    )
    on = quotes_without(text, enable=(RULE,))
    assert _source(on, "criticizing") == "Governor John Carter"
    off = quotes_without(text, disable=(RULE,))
    assert _source(off, "criticizing") != "Governor John Carter"


def test_a_name_before_the_noun_is_its_author(quotes_without) -> None:  # type: ignore[no-untyped-def]
    text = "Senator Maria Lopez called a John Carter letter attacking the union unfair."
    on = quotes_without(text, enable=(RULE,))
    assert _source(on, "attacking") is not None and "Carter" in _source(on, "attacking")  # type: ignore[operator]
    off = quotes_without(text, disable=(RULE,))
    assert _source(off, "attacking") is None or "Carter" not in _source(off, "attacking")  # type: ignore[operator]


def test_a_noun_of_people_speaks_itself(quotes_without) -> None:  # type: ignore[no-untyped-def]
    text = "The senator met nurses criticizing the new plan."
    on = quotes_without(text, enable=(RULE,))
    assert _source(on, "criticizing") == "nurses"
    off = quotes_without(text, disable=(RULE,))
    # off, the participle borrows no subject of its own: the noun is not its source
    assert _source(off, "criticizing") != "nurses"
