"""Logging: every module logs to a child of the ``timeline`` logger; the CLI shows it on stderr.

Library modules call ``logging.getLogger(__name__)`` (``timeline.ingest``, ``timeline.watch``,
``timeline.serving``…) and never configure handlers, so an application embedding Timeline
decides what is shown. The command line calls :func:`configure`: a handler on stderr at the
level of ``-v`` (INFO), ``-vv`` (DEBUG) or ``TIMELINE_LOG_LEVEL`` (default WARNING).
"""

from __future__ import annotations

import logging
import sys
from typing import TextIO

from . import config

LOGGER = "timeline"
FORMAT = "timeline: %(levelname)s %(name)s: %(message)s"


class _StderrHandler(logging.StreamHandler):
    """Writes to the ``sys.stderr`` of the moment (a test may have replaced it since)."""

    def __init__(self) -> None:
        super().__init__()
        self.setFormatter(logging.Formatter(FORMAT))

    @property
    def stream(self) -> TextIO:  # the current stderr, always
        return sys.stderr

    @stream.setter
    def stream(self, value: TextIO) -> None:
        pass


def level(verbosity: int = 0) -> int:
    """The level for ``verbosity`` ``-v`` flags: 1 INFO, 2 or more DEBUG, else the setting.

    :raises timeline.config.SettingError: when ``TIMELINE_LOG_LEVEL`` is not a level name.
    """
    if verbosity >= 2:
        return logging.DEBUG
    if verbosity == 1:
        return logging.INFO
    return config.log_level()


def configure(verbosity: int = 0) -> logging.Logger:
    """Show the ``timeline`` logger's records on stderr at :func:`level`; idempotent.

    :raises timeline.config.SettingError: when ``TIMELINE_LOG_LEVEL`` is not a level name.
    """
    logger = logging.getLogger(LOGGER)
    logger.setLevel(level(verbosity))
    if not any(isinstance(h, _StderrHandler) for h in logger.handlers):
        logger.addHandler(_StderrHandler())
    return logger
