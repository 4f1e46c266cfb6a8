"""What the commands of ``timeline`` share: the context holding the store, the ``--db`` option
and its precedence, and the ``--published`` callback.
"""

from __future__ import annotations

import click

from . import config
from .errors import InputError


class Context:
    """What subcommands share: the store path, opened on first use."""

    def __init__(self, db: str | None):
        self.db_path = config.db_path(db)
        self._store = None

    @property
    def store(self):
        from .store import Store

        if self._store is None:
            self._store = Store(self.db_path)
        return self._store


def _published(ctx, param, value):
    if value is None:
        return None
    from .documents import parse_published

    try:
        return parse_published(value)
    except InputError as e:
        raise click.BadParameter(e.message) from e


db_option = click.option(
    "--db", "db", metavar="PATH", help="SQLite store (default: $TIMELINE_DB or ./timeline.db)."
)


def _db_override(ctx: click.Context, db: str | None) -> Context:
    """The shared context, with a subcommand's own ``--db`` taking precedence."""
    obj: Context = ctx.find_object(Context)
    if db:
        obj.db_path = db
        obj._store = None
    return obj
