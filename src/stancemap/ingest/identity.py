"""Document identity: content hashes, exact duplicates and near-duplicates.

Exact duplicates (same ``sha256`` of the text) are skipped. Near-duplicates -
syndicated copies with a changed headline, byline or footer - are kept but
marked ``duplicate_of`` the first copy seen, so corpus counts can count their
events once. Near-duplicates are found with MinHash over word 5-grams and an
LSH index (datasketch), which costs a few hundred bytes per document rather
than the document itself.
"""

from __future__ import annotations

import base64
import hashlib
import re

import numpy as np

NUM_PERM = 64
SHINGLE_WORDS = 5
# Syndicated copies share their opening; hashing the first part keeps a 50 MB
# text from costing millions of shingles.
_MAX_SHINGLE_CHARS = 30_000
_WORD = re.compile(r"\w+")


def content_sha256(text: str) -> str:
    """The content identity of a text (contract: ``document.sha256``)."""
    return hashlib.sha256(text.encode("utf-8", errors="surrogatepass")).hexdigest()


def content_id(text: str) -> str:
    """A short stable id for a document with no name of its own."""
    return content_sha256(text)[:16]


def _minhash(**kwargs: object):  # type: ignore[no-untyped-def]
    """A MinHash with a fixed permutation scheme, so saved signatures stay comparable.

    datasketch 2 names its schemes (and insists on one for saved values);
    datasketch 1.x has a single scheme and no such argument.
    """
    from datasketch import MinHash

    try:
        return MinHash(num_perm=NUM_PERM, scheme="affine32", **kwargs)
    except TypeError:
        return MinHash(num_perm=NUM_PERM, **kwargs)


def minhash_of(text: str):  # type: ignore[no-untyped-def]
    """The MinHash signature of ``text``'s word 5-grams, or None for very short texts."""
    words = _WORD.findall(text[:_MAX_SHINGLE_CHARS].lower())
    if len(words) < SHINGLE_WORDS * 4:
        return None  # too short: any two headlines would look alike
    shingles = {
        " ".join(words[i : i + SHINGLE_WORDS]).encode()
        for i in range(len(words) - SHINGLE_WORDS + 1)
    }
    signature = _minhash()
    signature.update_batch(list(shingles))
    return signature


def encode_minhash(signature) -> str:  # type: ignore[no-untyped-def]
    """A MinHash as text, for the resume state file."""
    return base64.b64encode(np.asarray(signature.hashvalues, dtype=np.uint64).tobytes()).decode()


def decode_minhash(value: str):  # type: ignore[no-untyped-def]
    """The inverse of ``encode_minhash``."""
    values = np.frombuffer(base64.b64decode(value), dtype=np.uint64)
    if len(values) != NUM_PERM:
        raise ValueError(f"MinHash of {len(values)} permutations, expected {NUM_PERM}")
    return _minhash(hashvalues=values)


class DuplicateIndex:
    """Remembers documents seen in a batch (and earlier runs, via the state file)."""

    def __init__(self, *, near_threshold: float = 0.7) -> None:
        from datasketch import MinHashLSH

        self._sha_to_id: dict[str, str] = {}
        self._root: dict[str, str] = {}
        self._order: dict[str, int] = {}
        self._lsh = MinHashLSH(threshold=near_threshold, num_perm=NUM_PERM)

    def exact(self, sha256: str) -> str | None:
        """The id of an earlier document with exactly this text, if any."""
        return self._sha_to_id.get(sha256)

    def near(self, signature) -> str | None:  # type: ignore[no-untyped-def]
        """The id of the first document of the group this signature falls into."""
        if signature is None:
            return None
        matches = self._lsh.query(signature)
        if not matches:
            return None
        roots = {self._root.get(m, m) for m in matches}
        return min(roots, key=lambda r: self._order.get(r, 0))

    def add(self, doc_id: str, sha256: str, signature, duplicate_of: str | None) -> None:  # type: ignore[no-untyped-def]
        """Record a document so later copies of it are found."""
        self._sha_to_id.setdefault(sha256, doc_id)
        self._order.setdefault(doc_id, len(self._order))
        if duplicate_of is not None:
            self._root[doc_id] = duplicate_of
        if signature is not None and doc_id not in self._lsh:
            self._lsh.insert(doc_id, signature)
