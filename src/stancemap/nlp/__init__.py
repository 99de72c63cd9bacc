"""NLP: the one place that loads spaCy and turns Documents into parsed Docs."""

from .pipeline import load_pipeline, parse_documents, resolve_model_name

__all__ = ["load_pipeline", "parse_documents", "resolve_model_name"]
