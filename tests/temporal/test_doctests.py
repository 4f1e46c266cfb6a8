"""The examples in the temporal modules' docstrings run (icalendar's test_with_doctest)."""

from __future__ import annotations

import doctest
import importlib

import pytest

MODULES = ["", ".dates", ".grammar", ".openings"]


@pytest.mark.parametrize("name", MODULES)
def test_docstring_examples(name):
    module = importlib.import_module(f"timeline.temporal{name}")
    failed, attempted = doctest.testmod(module)
    assert attempted and not failed
