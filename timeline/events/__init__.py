"""Events: dated happenings extracted from documents (:mod:`.extract`) and merged across
documents into one event per real happening (:mod:`.merge`)."""

from __future__ import annotations

from typing import Any

__all__ = ["extract_events"]


def __getattr__(name: str) -> Any:
    """Load the extractor on first use: the store and the web read :mod:`.merge` and
    :mod:`.identity` without paying for the extraction rules."""
    if name == "extract_events":
        from .extract import extract_events

        return extract_events
    raise AttributeError(f"module {__name__!r} has no attribute {name!r}")
