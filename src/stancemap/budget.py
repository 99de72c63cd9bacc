"""A per-document time and memory budget (``[ingest] max_seconds``, ``max_memory_mb``).

A runaway document (a pathological text, a stage gone quadratic) must fail on
its own, reported, while the batch goes on. How it is stopped:

- In the main thread on Unix (the CLI, a worker process), an interval timer
  (``signal.setitimer``) ticks every ``TICK_S`` seconds while the stages run; at
  each tick the elapsed time and the process's resident memory growth since
  the document started are checked, and ``BudgetExceeded`` is raised inside
  whatever Python code is running, which really stops it. Code inside one C
  call (a spaCy parse of one window) is stopped when that call returns.
- Elsewhere (other threads, Windows, where ``/proc`` is missing for memory)
  ``Budget.check()`` is called at stage and window boundaries instead: a
  document is stopped at the next boundary after it ran over.

The parse itself (spaCy, linear in the text) runs before the budget starts.
A value of 0 switches the limit off.
"""

from __future__ import annotations

import os
import signal
import threading
import time
from collections.abc import Iterator
from contextlib import contextmanager
from types import FrameType

TICK_S = 0.25
_PAGE = os.sysconf("SC_PAGE_SIZE") if hasattr(os, "sysconf") else 4096


class BudgetExceeded(Exception):
    """A document ran over its time or memory budget."""


def resident_mb() -> float | None:
    """This process's resident memory in MB (Linux ``/proc``), else None."""
    try:
        with open("/proc/self/statm", "rb") as handle:
            return int(handle.read().split()[1]) * _PAGE / 1e6
    except (OSError, ValueError, IndexError):
        return None


class Budget:
    """The limits for one document and the checks against them."""

    def __init__(self, max_seconds: float, max_memory_mb: float) -> None:
        self.max_seconds = max_seconds
        self.max_memory_mb = max_memory_mb
        self.started = time.monotonic()
        self.base_mb = resident_mb() if max_memory_mb > 0 else None

    def check(self) -> None:
        """Raise ``BudgetExceeded`` when the document ran over a limit."""
        elapsed = time.monotonic() - self.started
        if self.max_seconds > 0 and elapsed > self.max_seconds:
            raise BudgetExceeded(
                f"document took more than {self.max_seconds:g} s to analyse "
                "(raise [ingest] max_seconds, or 0 for no limit)"
            )
        if self.base_mb is not None:
            now = resident_mb()
            if now is not None and now - self.base_mb > self.max_memory_mb:
                raise BudgetExceeded(
                    f"document needed more than {self.max_memory_mb:g} MB of memory "
                    f"({now - self.base_mb:.0f} MB; raise [ingest] max_memory_mb, or 0 for no limit)"
                )


_active = threading.local()


def check_budget() -> None:
    """Check the budget of the document being analysed in this thread (if any)."""
    budget = getattr(_active, "budget", None)
    if budget is not None:
        budget.check()


@contextmanager
def document_budget(max_seconds: float, max_memory_mb: float) -> Iterator[Budget]:
    """Run the block under a budget; ``BudgetExceeded`` stops it when a limit is passed."""
    budget = Budget(max_seconds, max_memory_mb)
    outer = getattr(_active, "budget", None)
    _active.budget = budget
    use_timer = (
        (max_seconds > 0 or budget.base_mb is not None)
        and hasattr(signal, "setitimer")
        and threading.current_thread() is threading.main_thread()
        and signal.getitimer(signal.ITIMER_REAL) == (0.0, 0.0)  # nobody else's timer
    )
    previous = None
    if use_timer:

        def tick(signum: int, frame: FrameType | None) -> None:
            budget.check()

        previous = signal.signal(signal.SIGALRM, tick)
        signal.setitimer(signal.ITIMER_REAL, TICK_S, TICK_S)
    try:
        yield budget
    finally:
        if use_timer:
            signal.setitimer(signal.ITIMER_REAL, 0, 0)
            signal.signal(signal.SIGALRM, previous)
        _active.budget = outer
