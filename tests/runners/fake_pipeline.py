"""A stand-in pipeline for runner tests: cheap to load in every worker process.

Importable from worker processes (spawned workers inherit ``sys.path``). A
document whose text starts with ``KILL`` ends its worker process the way a
segfault or the OOM killer would; one starting with ``FAIL`` is a reported
failure. Every other document gets a result naming the worker's process id,
so tests can see that work was spread.
"""

from __future__ import annotations

import os
from collections.abc import Iterable, Iterator
from dataclasses import dataclass
from typing import Any


@dataclass
class FakeResult:
    doc_id: str
    words: int
    pid: int

    def model_dump_json(self) -> str:
        return f'{{"doc_id": "{self.doc_id}", "words": {self.words}}}'


class FakePipeline:
    def __init__(self, settings: Any) -> None:
        self.settings = settings

    def pipe(self, documents: Iterable[Any], batch_size: int = 8) -> Iterator[Any]:
        from stancemap.pipeline import Failure

        for document in documents:
            if document.text.startswith("KILL"):
                os._exit(9)
            if document.text.startswith("FAIL"):
                yield Failure(document.id, "asked to fail")
                continue
            yield FakeResult(document.id, len(document.text.split()), os.getpid())


class BrokenPipeline:
    def __init__(self, settings: Any) -> None:
        raise ValueError("the knowledge base is malformed")
