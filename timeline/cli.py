"""The ``timeline`` command.

Every command that touches the store reads its path from ``--db`` or ``TIMELINE_DB``. Errors
the user can act on are printed as ``Error: …`` without a traceback (exit 1 for bad data, 2 for
bad usage); ``ingest`` and ``extract`` report each refused file on stderr and go on with the
others.
"""

from __future__ import annotations

import json
import logging
import os
import signal
import sys
import threading

import click

from . import __version__, clock, config
from .cli_common import Context, _db_override, _published, db_option
from .cli_event import event as event_group
from .errors import InputError, StoreError, TimelineError


@click.group(context_settings={"help_option_names": ["-h", "--help"]})
@click.version_option(__version__, prog_name="timeline")
@db_option
@click.option(
    "-v",
    "--verbose",
    count=True,
    help="Log on stderr what ingest, watch and serve do: -v INFO, -vv DEBUG "
    "(default: $TIMELINE_LOG_LEVEL or WARNING).",
)
@click.pass_context
def cli(ctx: click.Context, db: str | None, verbose: int) -> None:
    """Timeline: dated events from news articles, as a calendar feed and a timeline page."""
    from . import log

    log.configure(verbose)
    ctx.obj = Context(db)


def _analyse_paths(paths, published, on_error):
    """``(input, its analyses)`` per input; each refused input or article goes to
    ``on_error``."""
    from .documents import iter_paths
    from .ingest import extract_inputs

    for path, items in extract_inputs(iter_paths(paths), published, 1, None):
        batch = []
        for item in items:
            if isinstance(item, InputError):
                on_error("<stdin>" if path == "-" else path, item)
            else:
                batch.append(item)
        if batch:
            yield path, batch


def _refused(path: str, error: InputError) -> None:
    message = error.message if error.message.startswith(path) else f"{path}: {error.message}"
    click.echo(f"refused {message}", err=True)


PROGRESS_MIN_INPUTS = 20  # a progress bar on a terminal from this many inputs on


def progress_option(what: str):
    """``--progress/--no-progress`` of a long command (default: on a terminal, for
    :data:`PROGRESS_MIN_INPUTS` or more ``what``)."""
    return click.option(
        "--progress/--no-progress",
        default=None,
        help="Show a progress bar on stderr (default: when stderr is a terminal and "
        f"there are {PROGRESS_MIN_INPUTS} {what} or more).",
    )


def _show_progress(asked: bool | None, count: int) -> bool:
    if asked is not None:
        return asked
    return sys.stderr.isatty() and count >= PROGRESS_MIN_INPUTS


@cli.command()
@click.argument("paths", nargs=-1, required=True)
@click.option(
    "--published",
    callback=_published,
    metavar="ISO_DATETIME",
    help="Publication time to use instead of the articles' own (plain text with no header).",
)
@click.option(
    "-j",
    "--jobs",
    default=1,
    show_default=True,
    type=click.IntRange(1, 64),
    help="Processes that read and analyse articles in parallel (this one alone writes the store).",
)
@click.option(
    "--progress/--no-progress",
    default=None,
    help="Show a progress bar on stderr (default: when stderr is a terminal and "
    f"there are {PROGRESS_MIN_INPUTS} inputs or more).",
)
@db_option
@click.pass_context
def ingest(
    ctx: click.Context,
    paths: tuple[str, ...],
    published,
    jobs: int,
    progress: bool | None,
    db: str | None,
) -> None:
    """Read articles into the store and update its events.

    PATHS are files, folders (read recursively), http(s):// addresses (an RSS/Atom feed, a
    page, a JSON file) or - for standard input. Each article is stored in its own
    transaction: a refused article is named with the reason and the others are still
    ingested; an interrupted run keeps what it stored and can simply be run again (articles
    already stored are unchanged).
    """
    from .documents import iter_paths
    from .ingest import ingest_tasks

    obj = _db_override(ctx, db)
    store = obj.store
    store.fix_uid_domain(config.base_url(), fallback=False)  # UIDs: the deployment's own
    tasks = list(iter_paths(paths))
    show = (
        progress
        if progress is not None
        else (sys.stderr.isatty() and len(tasks) >= PROGRESS_MIN_INPUTS)
    )
    held = []

    def on_result(result) -> None:
        if result.status == "refused":
            if show:
                held.append(result)  # printed after the bar, which owns the line meanwhile
            else:
                click.echo(result.line(), err=True)

    if show:
        with click.progressbar(
            length=len(tasks), label="Ingesting", file=sys.stderr, show_pos=True
        ) as bar:
            summary = ingest_tasks(
                store,
                tasks,
                published=published,
                jobs=jobs,
                on_result=on_result,
                on_input=lambda _path: bar.update(1),
            )
        for result in held:
            click.echo(result.line(), err=True)
    else:
        summary = ingest_tasks(store, tasks, published=published, jobs=jobs, on_result=on_result)
    stats = store.stats()
    click.echo(
        f"{summary.counts()}; the store {obj.db_path} holds {stats['documents']} "
        f"documents and {stats['events']} events"
    )
    if summary.refused and not summary.accepted:
        sys.exit(1)


@cli.command()
@click.argument("folder", type=click.Path(exists=True, file_okay=False))
@click.option(
    "--published",
    callback=_published,
    metavar="ISO_DATETIME",
    help="Publication time to use instead of the articles' own.",
)
@click.option(
    "--settle",
    default=1.0,
    show_default=True,
    type=click.FloatRange(0.05, 600),
    help="Seconds a file's size must stay unchanged before it is read.",
)
@click.option(
    "--existing/--no-existing",
    default=True,
    show_default=True,
    help="First ingest the files already in the folder.",
)
@db_option
@click.pass_context
def watch(
    ctx: click.Context, folder: str, published, settle: float, existing: bool, db: str | None
) -> None:
    """Ingest articles as they appear or change in FOLDER (and its subfolders).

    A file is read once its size has stopped changing; hidden and temporary files are
    ignored. One line is logged per file. Ctrl-C (or SIGTERM) stops after the current file.
    """
    from .watch import watch_folder

    obj = _db_override(ctx, db)
    stop = threading.Event()

    def request_stop(signum, frame) -> None:
        stop.set()
        signal.signal(signal.SIGINT, signal.default_int_handler)  # a second Ctrl-C: at once

    signal.signal(signal.SIGINT, request_stop)
    signal.signal(signal.SIGTERM, request_stop)
    click.echo(f"Watching {folder} for articles into {obj.db_path} (Ctrl-C to stop)", err=True)
    try:
        summary = watch_folder(
            obj.store,
            folder,
            published=published,
            settle=settle,
            existing=existing,
            stop=stop,
            log=lambda line: click.echo(line, err=False),
        )
    except KeyboardInterrupt:
        click.echo("Stopped.", err=True)
        return
    click.echo(f"Stopped: {summary.counts()}.", err=True)


@cli.command()
@click.argument("paths", nargs=-1, required=True)
@click.option(
    "--published",
    callback=_published,
    metavar="ISO_DATETIME",
    help="Publication time to use instead of the one in the file's header.",
)
def extract(paths: tuple[str, ...], published) -> None:
    """Print the dates and events found in articles as JSON, without touching the store.

    The output is {"documents": [...], "events": [...]}: per document its timexes and events,
    then the events merged across documents (see the README for the contract).
    """
    from .config import feed_min_confidence
    from .events.merge import Mention, cluster
    from .model import Source, StoredEvent

    failures = []
    documents, mentions = [], []
    for path, batch in _analyse_paths(
        paths, published, lambda p, e: (failures.append(p), _refused(p, e))
    ):
        for analysis in batch:
            data = analysis.to_json()
            data["source"] = path if len(batch) == 1 else analysis.document.source
            documents.append(data)
            for timex in analysis.timexes:
                if timex.warning:
                    click.echo(
                        f"warning: {data['source']}: {timex.text!r} at {timex.start}: "
                        f"{timex.warning}",
                        err=True,
                    )
            doc = analysis.document
            for idx, event in enumerate(analysis.events):
                src = Source(
                    doc.id,
                    data["source"],
                    doc.title,
                    doc.published_json(),
                    event.quote,
                    doc.url,
                    doc.outlet,
                    event.status,
                )
                mentions.append(Mention(event, src, idx))
    merged = [
        StoredEvent(id=m.id, event=m.event, sources=m.sources, changes=m.changes).to_json()
        for m in sorted(cluster(mentions), key=lambda m: (m.event.date, m.id))
    ]
    threshold = feed_min_confidence()
    for item in merged:
        for name in ("sequence", "updated", "history", "edited"):
            item.pop(name, None)
        item["feed"] = bool(item["calendar"]) and item["confidence"] >= threshold
    click.echo(json.dumps({"documents": documents, "events": merged}, ensure_ascii=False, indent=2))
    if failures and not documents:
        sys.exit(1)


@cli.command()
@click.option("--host", default="127.0.0.1", show_default=True, help="Address to listen on.")
@click.option("--port", default=8000, show_default=True, type=click.IntRange(1, 65535))
@click.option(
    "--server",
    type=click.Choice(["gunicorn", "waitress"]),
    default="gunicorn",
    show_default=True,
    help="gunicorn (gevent worker processes: slow clients hold no thread, connections stay "
    "open on 304s) or waitress (one process, also runs where fork does not).",
)
@click.option(
    "--workers",
    type=click.IntRange(1, 64),
    default=None,
    help="gunicorn worker processes (default: one per CPU core).",
)
@click.option(
    "--threads",
    default=8,
    show_default=True,
    type=click.IntRange(1, 64),
    help="Threads of waitress (gunicorn's gevent workers need none).",
)
@click.option(
    "--access-log",
    metavar="FILE",
    default=None,
    help="Write one line per request (combined log format) to FILE, or - for stderr "
    "(default: no access log).",
)
@db_option
@click.pass_context
def serve(
    ctx: click.Context,
    host: str,
    port: int,
    server: str,
    workers: int | None,
    threads: int,
    access_log: str | None,
    db: str | None,
) -> None:
    """Serve the timeline page, feeds and API with a production WSGI server."""
    from web import create_app

    obj = _db_override(ctx, db)
    # Open (and create) the store now, so errors show before serving; fix its UID domain.
    obj.store.fix_uid_domain(config.base_url())
    if access_log and access_log != "-":
        from .accesslog import open_log

        try:
            open_log(access_log).close()
        except OSError as e:
            raise click.UsageError(f"--access-log {access_log}: {e.strerror or e}") from e
    click.echo(f"Serving {obj.db_path} on http://{host}:{port}/ with {server} (Ctrl-C to stop)")
    if server == "gunicorn":
        from .serving import serve_gunicorn

        obj.store.close()  # no SQLite connection may cross the workers' fork
        serve_gunicorn(
            lambda: create_app({"DATABASE": obj.db_path, "JOB_WORKER": True}),
            host,
            port,
            workers or os.cpu_count() or 1,
            access_log,
        )
        return
    import signal

    import waitress

    app = create_app({"DATABASE": obj.db_path, "JOB_WORKER": True})
    logging.getLogger("timeline.serve").info("waitress on %s:%d, %d thread(s)", host, port, threads)
    # Stop cleanly on SIGTERM (a service manager's stop), as on Ctrl-C.
    signal.signal(signal.SIGTERM, lambda *_: sys.exit(0))
    # waitress buffers a request body before the app sees it: refuse oversized ones there.
    largest = max(app.config["MAX_CONTENT_LENGTH"] or 0, app.config["UPLOAD_MAX_BYTES"])
    served = app
    if access_log:
        from .accesslog import AccessLog, open_log

        served = AccessLog(app, open_log(access_log))
    # Its asynchronous front reads whole requests before a thread sees them; idle or slow
    # connections are closed after channel_timeout, and many may wait at once.
    waitress.serve(
        served,
        host=host,
        port=port,
        threads=threads,
        ident="timeline",
        max_request_body_size=largest,
        channel_timeout=30,
        connection_limit=1000,
    )


def _pin_exported(store, ids: list[str]) -> None:
    """Pin the ids an export names: they are served from now on (a store that cannot be
    written exports all the same, with a warning)."""
    try:
        store.pin(ids)
    except StoreError as e:
        click.echo(f"warning: the exported ids could not be pinned: {e}", err=True)


@cli.command()
@click.option(
    "--format", "fmt", type=click.Choice(["ics", "json"]), default="ics", show_default=True
)
@click.option("--base-url", metavar="URL", help="Base URL of links (default $TIMELINE_BASE_URL).")
@click.option("--lang", type=click.Choice(["tr", "en"]), default="tr", show_default=True)
@click.option(
    "--filter",
    "filters",
    multiple=True,
    metavar="NAME=VALUE",
    help="A filter of the feeds (who=, where=, type=, status=, from=, to=…); repeatable.",
)
@db_option
@click.pass_context
def export(ctx, fmt: str, base_url: str | None, lang: str, filters, db: str | None) -> None:
    """Write the events to stdout as an iCalendar feed or JSON."""
    from . import filters as flt
    from .render.ics import render_feed
    from .render.json import dumps, events_document

    obj = _db_override(ctx, db)
    params: dict[str, list[str]] = {}
    for item in filters:
        name, sep, value = item.partition("=")
        if not sep or name not in flt.PARAMS:
            raise click.BadParameter(
                f"{item!r}: use NAME=VALUE with NAME one of {', '.join(flt.PARAMS)}",
                param_hint="--filter",
            )
        params.setdefault(name, []).append(value)
    obj.store.fix_uid_domain(base_url or config.base_url())
    try:
        f = flt.parse(params)
        # The served feed's selection (its past window included), so both give the same bytes.
        past_days = config.feed_past_days() if fmt == "ics" else None
        selection = flt.select(obj.store, f, clock.today(), past_days, calendar_only=fmt == "ics")
        if fmt == "ics":  # events of withdrawn articles stay in the feed, cancelled
            selection = flt.with_withdrawn(selection, obj.store, f, clock.today(), past_days)
    except InputError as e:
        raise click.BadParameter(e.message, param_hint="--filter") from e
    _pin_exported(obj.store, [it.id for it in selection.chosen])
    if fmt == "json":
        click.echo(dumps(events_document(selection.chosen)))
        return
    base = base_url or config.base_url() or "http://127.0.0.1:8000"
    for note in flt.notes(selection.universe, f):
        click.echo(f"note: {note}", err=True)
    sys.stdout.buffer.write(render_feed(selection, f, base, lang))
    sys.stdout.flush()


@cli.command()
@click.argument("out_dir", type=click.Path(file_okay=False))
@click.option(
    "--base-url",
    metavar="URL",
    help="Public URL the site is served from (default $TIMELINE_BASE_URL); feeds and "
    "subscribe links are absolute.",
)
@click.option(
    "--lang",
    type=click.Choice(["tr", "en"]),
    default="tr",
    show_default=True,
    help="Language of the published site.",
)
@click.option("--list", "show", is_flag=True, help="Name every file written or deleted.")
@progress_option("files")
@db_option
@click.pass_context
def publish(
    ctx,
    out_dir: str,
    base_url: str | None,
    lang: str,
    show: bool,
    progress: bool | None,
    db: str | None,
) -> None:
    """Write the whole site as static files into OUT_DIR (index.html, calendar.ics, event and
    source pages, feeds per participant, place and type, JSON); only changed files are
    rewritten."""
    from web.publish import publish as publish_site

    obj = _db_override(ctx, db)
    base = base_url or config.base_url()
    if not base:
        raise click.UsageError(
            "give --base-url URL (or set TIMELINE_BASE_URL): the public "
            "address of the site, for the feeds' absolute links"
        )
    # A store that cannot be opened is reported before anything runs; fix its UID domain.
    obj.store.fix_uid_domain(base)
    # A site has many more files than PROGRESS_MIN_INPUTS: on a terminal, a bar by default.
    if _show_progress(progress, PROGRESS_MIN_INPUTS):
        with click.progressbar(length=1, label="Publishing", file=sys.stderr, show_pos=True) as bar:

            def on_file(done: int, total: int) -> None:
                # The number of files grows as pages link new ones: the bar follows it.
                bar.length = max(total, 1)
                bar.update(done - bar.pos)

            result = publish_site(obj.db_path, out_dir, base, lang, on_file=on_file)
    else:
        result = publish_site(obj.db_path, out_dir, base, lang)
    if show:
        for path in result.written:
            click.echo(f"written {path}")
        for path in result.deleted:
            click.echo(f"deleted {path}")
    click.echo(f"{out_dir}: {result.summary()}")


@cli.command("eval")
@click.argument("gold", type=click.Path(exists=True, dir_okay=False))
@click.option("--json", "as_json", is_flag=True, help="Print the whole report as JSON.")
@click.option("-v", "--verbose", is_flag=True, help="List every mismatch.")
@click.option(
    "--part",
    type=click.Choice(["tune", "check"]),
    default=None,
    help="Score only the tuning or the check part of the dev corpus.",
)
def evaluate_command(gold: str, as_json: bool, verbose: bool, part: str | None) -> None:
    """Score extraction against a gold file (the format of shared/corpus): precision, recall
    and F1 for date expressions and for calendar events.

    With --part, only the tuning or the check part of the dev corpus is scored (the split
    shared/corpus/README.md fixes: the check part is every even-numbered document from d12)."""
    from .evaluate import evaluate, format_report
    from .pipeline import analyse_file

    def extract_one(path: str) -> dict:
        return analyse_file(path)[0].to_json()

    report = evaluate(gold, extract_one, part)
    click.echo(
        json.dumps(report, ensure_ascii=False, indent=2)
        if as_json
        else format_report(report, verbose)
    )


@cli.command()
@progress_option("stored articles")
@db_option
@click.pass_context
def reextract(ctx: click.Context, progress: bool | None, db: str | None) -> None:
    """Analyse every stored article again and update the events.

    Run it after upgrading Timeline (a better tagger or extractor): the stored texts are
    tagged and their events extracted anew. Editors' corrections and event ids (calendar
    UIDs) are kept; events whose story changed get a higher SEQUENCE.
    """
    from .pipeline import analyse

    obj = _db_override(ctx, db)
    documents = obj.store.stored_documents()
    if _show_progress(progress, len(documents)):
        with click.progressbar(
            documents, label="Re-extracting", file=sys.stderr, show_pos=True
        ) as bar:
            counts = obj.store.replace_analyses(analyse(doc) for doc in bar)
    else:
        counts = obj.store.replace_analyses(analyse(doc) for doc in documents)
    stats = obj.store.stats()
    click.echo(
        f"{counts['documents']} documents analysed again, {counts['changed']} changed; "
        f"the store {obj.db_path} holds {stats['events']} events"
    )


@cli.command("list")
@click.option("--all", "show_all", is_flag=True, help="Include hidden events.")
@db_option
@click.pass_context
def list_events(ctx, show_all: bool, db: str | None) -> None:
    """List the stored events, one line each (id, date, status, title)."""
    obj = _db_override(ctx, db)
    for item in obj.store.events(include_hidden=show_all):
        e = item.event
        clock = (e.time or "") + (f"-{e.end_time}" if e.time and e.end_time else "")
        when = e.date + (f"..{e.end}" if e.end else "") + (f" {clock}" if clock else "")
        flags = " [hidden]" if item.hidden else ""
        click.echo(f"{item.id}  {when:<24} {e.status:<9} {e.title}{flags}")


cli.add_command(event_group)  # timeline event …: corrections, in cli_event.py


def main(argv: list[str] | None = None) -> None:
    """Entry point: run the CLI, turning Timeline errors into one-line messages."""
    try:
        config.check()  # a malformed TIMELINE_* setting is reported before anything runs
        cli.main(args=argv, prog_name="timeline", standalone_mode=False)
    except click.exceptions.Abort:
        click.echo("Aborted.", err=True)
        sys.exit(1)
    except click.ClickException as e:
        e.show()
        sys.exit(e.exit_code)
    except TimelineError as e:
        click.echo(f"Error: {e.message}", err=True)
        sys.exit(1)
    except BrokenPipeError:
        sys.exit(0)
