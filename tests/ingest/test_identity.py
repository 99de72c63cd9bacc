"""Identity: stable content ids, exact and near duplicates."""

from __future__ import annotations

from stancemap.ingest.identity import (
    DuplicateIndex,
    content_id,
    content_sha256,
    decode_minhash,
    encode_minhash,
    minhash_of,
)

from .conftest import ARTICLE_A, ARTICLE_B, ARTICLE_C


def test_content_id_is_stable_and_content_based() -> None:
    assert content_id(ARTICLE_A) == content_id(str(ARTICLE_A))
    assert content_id(ARTICLE_A) != content_id(ARTICLE_A + " ")
    assert len(content_sha256("x")) == 64


def test_syndicated_copy_is_found_and_unrelated_stories_are_not() -> None:
    index = DuplicateIndex()
    for doc_id, text in (("a", ARTICLE_A), ("b", ARTICLE_B)):
        signature = minhash_of(text)
        index.add(doc_id, content_sha256(text), signature, index.near(signature))
    copy = "Reuters via Example Wire\n" + ARTICLE_A.replace("next week", "next Tuesday")
    assert index.near(minhash_of(copy)) == "a"
    assert index.near(minhash_of(ARTICLE_C)) is None


def test_group_root_is_the_first_copy_seen() -> None:
    index = DuplicateIndex()
    first_text, second_text = ARTICLE_A, ARTICLE_A + "\nUpdated."
    first, second = minhash_of(first_text), minhash_of(second_text)
    index.add("first", content_sha256(first_text), first, None)
    index.add("second", content_sha256(second_text), second, index.near(second))
    assert index.exact(content_sha256(second_text)) == "second"
    third = minhash_of(ARTICLE_A + "\nUpdated again later.")
    assert index.near(third) == "first"


def test_short_texts_have_no_signature() -> None:
    assert minhash_of("Breaking news: talks collapse.") is None


def test_signature_survives_encoding() -> None:
    signature = minhash_of(ARTICLE_B)
    restored = decode_minhash(encode_minhash(signature))
    assert restored.jaccard(signature) == 1.0
    assert restored.jaccard(minhash_of(ARTICLE_C)) < 0.2
