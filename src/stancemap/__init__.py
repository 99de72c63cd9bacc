"""stancemap: who said what, who did what to whom, where actors stand.

    import stancemap
    analysis = stancemap.analyze(text, date="2024-11-14")        # one text
    pipeline = stancemap.Pipeline(stancemap.load_settings("my.toml"))
    for result in pipeline.pipe(documents, batch_size=32):       # Analysis | Failure
        ...

The heavy names (``Pipeline``, ``Failure``) load spaCy on first use, so that
importing the package, its records or its settings stays fast.
"""

from __future__ import annotations

import logging
from datetime import date as _Date
from typing import TYPE_CHECKING, Any

# The compatibility module ``stancemap/analyze.py`` is imported first, so that the
# import system binds it to ``stancemap.analyze`` now; the function defined below
# then takes that name, and later ``import stancemap.analyze`` finds the module in
# sys.modules without rebinding the attribute.
from . import analyze as _compat_module  # noqa: F401
from .config import Settings, load_settings
from .errors import ConfigError, InputError, StageError, StancemapError
from .records import Analysis

if TYPE_CHECKING:
    from .pipeline import Failure, Pipeline

__version__ = "0.1.0"

logging.getLogger(__name__).addHandler(logging.NullHandler())

__all__ = [
    "Analysis",
    "ConfigError",
    "Failure",
    "InputError",
    "Pipeline",
    "Settings",
    "StageError",
    "StancemapError",
    "__version__",
    "analyze",
    "load_settings",
]


def analyze(
    text: str,
    *,
    date: str | _Date | None = None,
    doc_id: str | None = None,
    title: str | None = None,
) -> Analysis:
    """Analyse one text with the default settings; ``InputError`` on bad input.

    ``text`` is a str (bytes are refused: decode them first); ``date`` is a
    YYYY-MM-DD string or a ``datetime.date``. The pipeline loads once per process.
    """
    from .pipeline import analyze as _analyze

    return _analyze(text, date=date, doc_id=doc_id, title=title)


def __getattr__(name: str) -> Any:
    if name in ("Pipeline", "Failure"):
        from . import pipeline

        return getattr(pipeline, name)
    raise AttributeError(f"module {__name__!r} has no attribute {name!r}")
