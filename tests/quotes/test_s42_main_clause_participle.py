"""Session 42 (QB): a participle set off by a comma that the parse hangs inside an
embedded clause speaks as the main clause's subject (``quotes.verb.main_clause_participle``).

Sentences written for the tests; the rule is switched on and off explicitly.
"""

from __future__ import annotations

RULE = "quotes.verb.main_clause_participle"


def _source(quotes, words: str) -> str | None:  # type: ignore[no-untyped-def]
    found = [q for q in quotes if q.cue is not None and q.cue.text == words]
    assert found, words
    return found[0].source.text if found[0].source is not None else None


def test_a_comma_participle_after_a_complement_is_the_main_speakers(quotes_without) -> None:  # type: ignore[no-untyped-def]
    text = (
        "Senator Maria Lopez said Governor John Carter did not expect the new tax plan to pass "
        "this year, arguing that the party lacked the votes."
    )
    on = quotes_without(text, enable=(RULE,))
    assert _source(on, "arguing") == "Senator Maria Lopez"
    off = quotes_without(text, disable=(RULE,))
    # off, the participle borrows the nearest subject: the complement's
    assert _source(off, "arguing") == "Governor John Carter"


def test_a_participle_after_a_relative_clause(quotes_without) -> None:  # type: ignore[no-untyped-def]
    text = (
        "Mayor Anna Berg criticized a contractor who said the city had never paid him for the "
        "bridge, saying that the work had been poor."
    )
    on = quotes_without(text, enable=(RULE,))
    assert _source(on, "saying") == "Mayor Anna Berg"
    off = quotes_without(text, disable=(RULE,))
    assert _source(off, "saying") != "Mayor Anna Berg"


def test_a_group_of_people_after_a_dash_clause(quotes_without) -> None:  # type: ignore[no-untyped-def]
    text = (
        "Hundreds of nurses marched through the streets around City Hall - where Governor John "
        'Carter met the union leaders - while chanting, "Pay us what we are worth."'
    )
    on = quotes_without(text, enable=(RULE,))
    assert _source(on, "chanting") == "Hundreds of nurses"
    off = quotes_without(text, disable=(RULE,))
    assert _source(off, "chanting") == "Governor John Carter"


def test_a_coordinated_clause_with_its_own_subject_keeps_it(quotes_without) -> None:  # type: ignore[no-untyped-def]
    text = (
        "Governor John Carter praised the mayor, and the mayor left the hall, saying that the "
        "budget was fair."
    )
    on = quotes_without(text, enable=(RULE,))
    off = quotes_without(text, disable=(RULE,))
    assert _source(on, "saying") == _source(off, "saying") == "the mayor"
