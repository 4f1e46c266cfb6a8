"""Run the examples in every module's docstrings, so they cannot drift out of date."""

from __future__ import annotations

import doctest
import importlib
import pkgutil

import pytest

import timeline
import web


def _modules():
    for package in (timeline, web):
        yield package.__name__
        for info in pkgutil.walk_packages(package.__path__, package.__name__ + "."):
            if not info.name.endswith("__main__"):
                yield info.name


@pytest.mark.parametrize("name", sorted(_modules()))
def test_docstring_examples(name):
    module = importlib.import_module(name)
    result = doctest.testmod(module, optionflags=doctest.ELLIPSIS)
    assert result.failed == 0
