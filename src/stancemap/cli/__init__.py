"""Command line front end (Typer + Rich). Fronts depend on the core, never the reverse."""

from .main import app

__all__ = ["app"]
