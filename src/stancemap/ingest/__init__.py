"""Ingest: files, archives, feeds and URLs in; clean, dated ``Document`` records out."""

from .document import Document, make_document
from .model import IngestOptions, RawDocument, Skip
from .readers import IngestReport, ingest, iter_documents
from .resume import ResumeState

__all__ = [
    "Document",
    "IngestOptions",
    "IngestReport",
    "RawDocument",
    "ResumeState",
    "Skip",
    "ingest",
    "iter_documents",
    "make_document",
]
