"""Renderers: pure functions from stored events to bytes or JSON-ready data."""
