"""The resume state file: one JSON line per document already processed.

A batch interrupted half-way is run again with the same ``--resume FILE``:
documents whose text hash is in the file are skipped, and their ids and
MinHash signatures are loaded back, so ids stay unique and near-duplicates of
earlier documents are still grouped. A line is appended (and flushed) only
after the document's result was written, so a crash loses at most the
document in flight; a torn last line is ignored on load.
"""

from __future__ import annotations

import json
from collections.abc import Iterator
from pathlib import Path
from typing import IO, Any

from ..errors import InputError
from .document import Document
from .identity import encode_minhash


class ResumeState:
    """Processed documents of earlier runs (``seen``) and a log to add to (``record``)."""

    def __init__(self, path: str | Path) -> None:
        self.path = Path(path)
        self.entries: dict[str, dict[str, Any]] = {}
        self._signatures: dict[str, Any] = {}
        self._out: IO[str] | None = None
        self._load()

    def _load(self) -> None:
        if not self.path.exists():
            return
        try:
            lines = self.path.read_text("utf-8", errors="replace").splitlines()
        except OSError as exc:
            raise InputError(str(self.path), f"cannot read resume state: {exc}") from None
        for number, line in enumerate(lines, start=1):
            if not line.strip():
                continue
            try:
                entry = json.loads(line)
                sha = entry["sha256"]
                entry["id"]
            except (json.JSONDecodeError, KeyError, TypeError):
                if number == len(lines):
                    continue  # the line being written when the last run was killed
                raise InputError(
                    f"{self.path}:{number}",
                    "not a stancemap resume state line (expected JSON with 'id' and 'sha256')",
                ) from None
            self.entries[sha] = entry

    def seen(self, sha256: str) -> bool:
        """True when a document with this text was processed in an earlier run."""
        return sha256 in self.entries

    def earlier(self) -> Iterator[dict[str, Any]]:
        """The entries of earlier runs, in the order they were written."""
        return iter(self.entries.values())

    def remember_signature(self, doc_id: str, signature: Any) -> None:
        """Keep a document's MinHash until it is recorded (written on ``record``)."""
        if signature is not None:
            self._signatures[doc_id] = signature

    def record(self, document: Document) -> None:
        """Append ``document`` as done; call after its result has been written out."""
        if self._out is None:
            self.path.parent.mkdir(parents=True, exist_ok=True)
            self._out = self.path.open("a", encoding="utf-8")
        signature = self._signatures.pop(document.id, None)
        entry: dict[str, Any] = {
            "id": document.id,
            "sha256": document.sha256,
            "source": document.source,
            "duplicate_of": document.duplicate_of,
        }
        if signature is not None:
            entry["minhash"] = encode_minhash(signature)
        self._out.write(json.dumps(entry, ensure_ascii=False) + "\n")
        self._out.flush()
        self.entries[entry["sha256"]] = entry

    def close(self) -> None:
        """Close the log file."""
        if self._out is not None:
            self._out.close()
            self._out = None

    def __enter__(self) -> ResumeState:
        return self

    def __exit__(self, *exc: object) -> None:
        self.close()
