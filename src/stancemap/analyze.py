"""Compatibility: the orchestrator now lives in ``stancemap.pipeline``.

``from stancemap.analyze import Analyzer, Failure`` keeps working for existing
callers; new code uses ``stancemap.Pipeline`` and ``stancemap.analyze(...)``.
The names load on first use so that ``import stancemap`` stays light (the
package imports this module early, then binds ``stancemap.analyze`` to the
function; see ``stancemap/__init__.py``).
"""

from __future__ import annotations

from typing import TYPE_CHECKING, Any

if TYPE_CHECKING:
    from .pipeline import Analyzer, Failure

__all__ = ["Analyzer", "Failure"]


def __getattr__(name: str) -> Any:
    if name in __all__:
        from . import pipeline

        return getattr(pipeline, name)
    raise AttributeError(f"module {__name__!r} has no attribute {name!r}")
