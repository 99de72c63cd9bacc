"""Exact duplicates are skipped; near-duplicates are kept and grouped; ids stay unique."""

from __future__ import annotations

from .conftest import ARTICLE_A, ARTICLE_B, docs, run, skips


def test_exact_duplicate_is_skipped_naming_the_first(write) -> None:  # type: ignore[no-untyped-def]
    items = run([write("a.txt", ARTICLE_A), write("copy.txt", ARTICLE_A)])
    assert [d.id for d in docs(items)] == ["a"]
    [skip] = skips(items)
    assert skip.kind == "duplicate" and "'a'" in skip.reason


def test_near_duplicate_is_kept_and_points_at_the_first(write) -> None:  # type: ignore[no-untyped-def]
    syndicated = "By Wire Staff\n" + ARTICLE_A.replace("six months", "half a year")
    items = run(
        [write("a.txt", ARTICLE_A), write("b.txt", ARTICLE_B), write("wire.txt", syndicated)]
    )
    by_id = {d.id: d for d in docs(items)}
    assert by_id["wire"].duplicate_of == "a"
    assert by_id["a"].duplicate_of is None and by_id["b"].duplicate_of is None
    assert by_id["wire"].info().duplicate_of == "a"


def test_keep_duplicates_turns_both_off(write) -> None:  # type: ignore[no-untyped-def]
    items = run([write("a.txt", ARTICLE_A), write("copy.txt", ARTICLE_A)], dedup=False)
    assert [d.id for d in docs(items)] == ["a", "copy"]
    assert all(d.duplicate_of is None for d in docs(items))


def test_same_file_name_in_two_folders_gets_distinct_ids(write) -> None:  # type: ignore[no-untyped-def]
    items = run([write("x/story.txt", ARTICLE_A), write("y/story.txt", ARTICLE_B)])
    first, second = docs(items)
    assert first.id == "story"
    assert second.id.startswith("story-") and second.id != first.id
