"""The web workbench: ``stancemap serve`` (FastAPI, Jinja2 pages, JSON API).

Needs the ``web`` extra (``pip install 'stancemap[web]'``). Importing this
package without it raises an ``ImportError`` that says so.
"""

from __future__ import annotations

try:
    from .app import create_app
except ImportError as exc:  # pragma: no cover - depends on the installation
    if exc.name in {"fastapi", "starlette", "jinja2", "uvicorn", "multipart"}:
        raise ImportError(
            f"the web workbench needs the 'web' extra ({exc.name} is missing): "
            "pip install 'stancemap[web]'"
        ) from exc
    raise

__all__ = ["create_app"]
