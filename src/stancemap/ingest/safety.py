"""Small guards for what the command line writes: output paths, terminal text, JSON.

- ``check_writable``: an ``--errors``/``--resume`` file in a missing or read-only
  directory is refused before a batch starts, not after its first document.
- ``terminal_safe``: text from documents (titles, quotes, names, file names) may
  hold ESC sequences that retitle a window or recolour a terminal; tables show
  them as visible ``\\x1b`` escapes instead.
- ``JsonDocuments``: ``--json`` over several documents prints one JSON array
  (a single document stays one object), so the output always parses.
"""

from __future__ import annotations

import json
import os
import re
from pathlib import Path
from typing import IO, Any

from ..errors import InputError

# C0 controls but tab and newline, DEL, C1 controls, and the bidi overrides
# that can make a terminal line read backwards.
_UNSAFE = re.compile("[\x00-\x08\x0b-\x1f\x7f-\x9f\u202a-\u202e\u2066-\u2069]")


def terminal_safe(text: str) -> str:
    """``text`` with control characters shown as escapes (``\\x1b``), never sent raw."""
    return _UNSAFE.sub(lambda m: m.group().encode("unicode_escape").decode("ascii"), text)


def check_writable(path: Path, flag: str) -> None:
    """Raise ``InputError`` (naming ``flag``) unless ``path`` can be created or appended to."""
    name = f"{flag} {path}"
    if path.is_dir():
        raise InputError(name, "is a directory; give a file name")
    parent = path.parent if str(path.parent) else Path(".")
    if not parent.is_dir():
        raise InputError(name, f"directory '{parent}' does not exist; create it first")
    target = path if path.exists() else parent
    if not os.access(target, os.W_OK):
        raise InputError(name, f"cannot write to '{target}' (permission denied)")


class JsonDocuments:
    """Writes ``--json`` output: one object for one document, an array for several."""

    def __init__(self, out: IO[str]) -> None:
        self._out = out
        self._held: str | None = None
        self._count = 0

    def write(self, data: dict[str, Any]) -> None:
        text = json.dumps(data, ensure_ascii=False, indent=2)
        self._count += 1
        if self._count == 1:
            self._held = text  # one document or several? known at the second
            return
        if self._held is not None:
            self._out.write("[\n" + self._held)
            self._held = None
        self._out.write(",\n" + text)
        self._out.flush()

    def close(self) -> None:
        if self._held is not None:
            self._out.write(self._held + "\n")
            self._held = None
        elif self._count > 1:
            self._out.write("\n]\n")
            self._count = 0
        self._out.flush()
