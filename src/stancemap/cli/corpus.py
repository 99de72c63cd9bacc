"""Corpus-level commands: relations, shifts, networks, issues (owned by stances/alignment work)."""

from __future__ import annotations

import typer


def register_corpus_commands(app: typer.Typer) -> None:
    """Add corpus commands to the root app."""
    return None
