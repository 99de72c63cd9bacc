"""The store: analysed documents in SQLite (default ``./stancemap.db``) or PostgreSQL.

``Store(url)`` opens (and migrates) one; ``ingest`` fills it; ``queries``,
``timeline`` and ``search`` answer questions as typed records; ``exports``
writes the formats analysts' tools read; ``reader.corpus_rows`` feeds the
corpus commands the same objects they read from JSON Lines.
"""

from .core import Store
from .engine import DEFAULT_URL, StoreError, normalize_url

__all__ = ["DEFAULT_URL", "Store", "StoreError", "normalize_url"]
