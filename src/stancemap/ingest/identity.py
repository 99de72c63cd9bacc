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
from typing import TYPE_CHECKING

import numpy as np

if TYPE_CHECKING:  # datasketch imports scipy: about a second, in every analysis worker
    from datasketch import MinHash

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


def _minhash(**kwargs: object) -> MinHash:
    """A MinHash with a fixed permutation scheme, so saved signatures stay comparable.

    datasketch 2 names its schemes (and insists on one for saved values);
    datasketch 1.x has a single scheme and no such argument.
    """
    from datasketch import MinHash

    try:
        return MinHash(num_perm=NUM_PERM, scheme="affine32", **kwargs)
    except TypeError:
        return MinHash(num_perm=NUM_PERM, **kwargs)


def minhash_of(text: str) -> MinHash | None:
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


def encode_minhash(signature: MinHash) -> str:
    """A MinHash as text, for the resume state file."""
    return base64.b64encode(np.asarray(signature.hashvalues, dtype=np.uint64).tobytes()).decode()


def decode_minhash(value: str) -> MinHash:
    """The inverse of ``encode_minhash``."""
    values = np.frombuffer(base64.b64decode(value), dtype=np.uint64)
    if len(values) != NUM_PERM:
        raise ValueError(f"MinHash of {len(values)} permutations, expected {NUM_PERM}")
    return _minhash(hashvalues=values)


class DuplicateIndex:
    """Remembers documents seen in a batch (and earlier runs, via the state file).

    A compact LSH: the signature is cut into ``BANDS`` bands; a document whose
    band hash falls in a bucket another document filled is a candidate copy
    of it (at Jaccard 0.7 a copy shares a band with probability 0.98, at 0.4
    only 0.005). Buckets hold a small int per band, so the index costs well
    under a kilobyte per document and never the text.
    """

    BANDS = 8

    def __init__(self, *, near_threshold: float = 0.7) -> None:
        # The bands/rows split sets the threshold; this one is tuned for ~0.7
        # with 64 permutations and is kept for other values too: documented
        # rather than pretending to a precision LSH does not have.
        self.near_threshold = near_threshold
        self._ids: list[str] = []
        self._sha: dict[bytes, int] = {}
        self._buckets: dict[int, int] = {}
        self._root: dict[int, int] = {}  # index of a near-duplicate -> index of its group's first
        self._last_near: tuple[str, int] | None = None  # near()'s answer, for add()

    def exact(self, sha256: str) -> str | None:
        """The id of an earlier document with exactly this text, if any."""
        index = self._sha.get(bytes.fromhex(sha256[:32]))
        return None if index is None else self._ids[index]

    def near(self, signature: MinHash | None) -> str | None:
        """The id of the first document of the group this signature falls into."""
        if signature is None:
            return None
        hits = [self._buckets[k] for k in self._band_keys(signature) if k in self._buckets]
        if not hits:
            return None
        root = min(self._root.get(h, h) for h in hits)
        self._last_near = (self._ids[root], root)
        return self._ids[root]

    def add(
        self, doc_id: str, sha256: str, signature: MinHash | None, duplicate_of: str | None
    ) -> None:
        """Record a document so later copies of it are found."""
        index = len(self._ids)
        self._ids.append(doc_id)
        self._sha.setdefault(bytes.fromhex(sha256[:32]), index)
        if duplicate_of is not None:
            if self._last_near is not None and self._last_near[0] == duplicate_of:
                self._root[index] = self._last_near[1]
            elif duplicate_of in self._ids:  # loading a resume state: rare, may be slow
                self._root[index] = self._ids.index(duplicate_of)
        if signature is not None:
            for key in self._band_keys(signature):
                self._buckets.setdefault(key, index)

    def _band_keys(self, signature: MinHash) -> list[int]:
        values = np.asarray(signature.hashvalues, dtype=np.uint64)
        rows = len(values) // self.BANDS
        return [
            int.from_bytes(
                hashlib.blake2b(values[b * rows : (b + 1) * rows].tobytes(), digest_size=7).digest()
                + bytes([b]),
                "big",
            )
            for b in range(self.BANDS)
        ]
