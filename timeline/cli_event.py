"""``timeline event``: the corrections an editor makes to the calendar (hide, show, edit, merge,
split), kept across re-ingestion; registered on the ``timeline`` group by :mod:`timeline.cli`.
"""

from __future__ import annotations

import json

import click

from .cli_common import Context, _db_override, db_option
from .errors import InputError


@click.group()
@db_option
@click.pass_context
def event(ctx: click.Context, db: str | None) -> None:
    """Correct the calendar: hide, edit, merge or split events (kept across re-ingestion)."""
    _db_override(ctx, db)


def _correct(ctx: click.Context, event_id: str, action: str, data: dict | None = None) -> None:
    obj: Context = ctx.find_object(Context)
    obj.store.add_correction(event_id, action, data)
    click.echo(f"{action}: {event_id}")


@event.command("hide")
@click.argument("event_id")
@click.pass_context
def event_hide(ctx, event_id: str) -> None:
    """Hide a wrong event from the page and the feeds."""
    _correct(ctx, event_id, "hide")


@event.command("show")
@click.argument("event_id")
@click.pass_context
def event_show(ctx, event_id: str) -> None:
    """Show a hidden event again."""
    _correct(ctx, event_id, "show")


@event.command("edit")
@click.argument("event_id")
@click.option("--title")
@click.option("--date", "date_", metavar="YYYY[-MM[-DD]]")
@click.option("--end", metavar="YYYY-MM-DD", help="Inclusive last day of a multi-day event.")
@click.option("--time", "time_", metavar="HH:MM")
@click.option("--end-time", metavar="HH:MM", help="The time it ends (a clock range).")
@click.option("--location")
@click.option("--country")
@click.option(
    "--status", type=click.Choice(["planned", "proposed", "held", "postponed", "cancelled"])
)
@click.pass_context
def event_edit(
    ctx, event_id, title, date_, end, time_, end_time, location, country, status
) -> None:
    """Correct an event's title, date, time, place or status."""
    from .corrections import validate_edit

    data = {
        k: v
        for k, v in dict(
            title=title,
            date=date_,
            end=end,
            time=time_,
            end_time=end_time,
            location=location,
            country=country,
            status=status,
        ).items()
        if v is not None
    }
    if not data:
        raise click.UsageError(
            "give at least one of --title, --date, --end, --time, --end-time, --location, "
            "--country, --status"
        )
    try:
        data = validate_edit(data)
    except InputError as e:
        raise click.BadParameter(e.message) from e
    _correct(ctx, event_id, "edit", data)


@event.command("merge")
@click.argument("event_id")
@click.argument("into_id")
@click.pass_context
def event_merge(ctx, event_id: str, into_id: str) -> None:
    """Merge EVENT_ID into INTO_ID (the same happening, reported twice)."""
    obj: Context = ctx.find_object(Context)
    obj.store.event(into_id, include_hidden=True)
    _correct(ctx, event_id, "merge", {"into": into_id})


@event.command("split")
@click.argument("event_id")
@click.option("--document", required=True, help="Id of the document whose report to split off.")
@click.pass_context
def event_split(ctx, event_id: str, document: str) -> None:
    """Split one document's report out of an event into an event of its own."""
    _correct(ctx, event_id, "split", {"document": document})


@event.command("corrections")
@click.pass_context
def event_corrections(ctx) -> None:
    """List the corrections editors made, oldest first."""
    obj: Context = ctx.find_object(Context)
    for c in obj.store.corrections():
        data = {k: v for k, v in c["data"].items() if not k.startswith("_")}
        shown = json.dumps(data, ensure_ascii=False) if data else ""
        click.echo(f"{c['seq']:>4}  {c['created'][:19]}  {c['event']}  {c['action']:<5} {shown}")
