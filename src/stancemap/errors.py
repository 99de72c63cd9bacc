"""Errors stancemap raises on purpose.

    StancemapError
     +-- ConfigError        a setting or config file is wrong
     +-- InputError         a document or data file cannot be read (names the input)
     |    +-- KnowledgeBaseError   a KB / lexicon file is malformed (file, line, field)
     +-- StageError         a stage failed on one document (stage name, document id)
     +-- StorageError       the store refused or failed an operation
          +-- NotFoundError

Messages name the input and say how to fix it.
"""

from __future__ import annotations

import traceback as _traceback


class StancemapError(Exception):
    """Root of every error stancemap raises deliberately."""


class ConfigError(StancemapError):
    pass


class InputError(StancemapError):
    def __init__(self, source: str, problem: str) -> None:
        self.source = source
        self.problem = problem
        super().__init__(f"{source}: {problem}")


class KnowledgeBaseError(InputError):
    def __init__(self, path: str, line: int | None, field: str | None, problem: str) -> None:
        self.path = path
        self.line = line
        self.field = field
        where = path + (f":{line}" if line is not None else "")
        what = f"field '{field}': {problem}" if field else problem
        super().__init__(where, what)


class StageError(StancemapError):
    """A stage failed on one document; ``cause`` is the original exception, with
    its traceback (raise it ``from cause`` so that ``__cause__`` shows it too)."""

    def __init__(self, stage: str, doc_id: str, cause: BaseException) -> None:
        self.stage = stage
        self.doc_id = doc_id
        self.cause = cause
        super().__init__(f"stage '{stage}' failed on document '{doc_id}': {cause!r}")

    @property
    def traceback(self) -> str:
        """The cause's traceback as text, down to the line that failed."""
        return "".join(_traceback.format_exception(self.cause))


class StorageError(StancemapError):
    pass


class NotFoundError(StorageError):
    pass
