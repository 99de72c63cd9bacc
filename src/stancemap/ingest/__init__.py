"""Ingest: bytes and files in, clean dated ``Document`` records out."""

from .document import Document, make_document
from .readers import iter_documents

__all__ = ["Document", "iter_documents", "make_document"]
