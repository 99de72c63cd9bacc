"""Quotes: direct, indirect and mixed attributions with resolved speakers."""

from .stage import QuoteStage

__all__ = ["QuoteStage"]
