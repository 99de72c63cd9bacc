"""Runners: the same per-document pipeline on several cores or a Dask cluster.

``analyze_stream(documents, settings, workers=N)`` yields one result per
document in input order, whatever the number of worker processes; each worker
loads the pipeline once. ``dask_cluster.analyze_partitions`` does the same on a
Dask distributed cluster and writes one output file per partition.
"""

from .local import analyze_stream, default_workers

__all__ = ["analyze_stream", "default_workers"]
