"""Events: dated happenings extracted from documents (:mod:`.extract`) and merged across
documents into one event per real happening (:mod:`.merge`)."""

from __future__ import annotations

from .extract import extract_events

__all__ = ["extract_events"]
