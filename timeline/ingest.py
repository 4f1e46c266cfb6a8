"""Batch ingestion: files, folders, URLs or standard input into the store, one article at a time.

Used by ``timeline ingest``, ``timeline watch`` and the benchmarks::

    summary = ingest_paths(store, ["articles/", "https://example.org/feed.xml"], jobs=2)

Guarantees:

* **one article, one transaction** — each article is committed on its own
  (:meth:`timeline.store.Store.add_analyses` with one analysis), so a crash or a kill in the
  middle of a batch keeps every article committed before it, and rerunning the batch completes
  the rest (articles already stored are unchanged, a no-op);
* **one bad article refuses that article only** — a refused file, a bad record of a JSON list or
  feed, even an unexpected error while analysing one article, is reported with its reason and
  the batch goes on;
* **bounded memory** — with ``jobs > 1`` articles are read and analysed in worker *processes*
  (:class:`concurrent.futures.ProcessPoolExecutor`) while the parent alone writes to the store,
  storing each result as it arrives; at most ``2 × jobs`` inputs are in flight, so the corpus is
  never held in memory.
"""

from __future__ import annotations

import logging
import sys
from collections.abc import Callable, Iterable, Iterator
from dataclasses import dataclass, field
from datetime import datetime
from typing import TYPE_CHECKING, BinaryIO

from . import config
from .documents import Item, is_url, iter_paths, parse_items, read_items, read_url
from .errors import InputError, StoreError, StoreUnavailable
from .pipeline import Analysis, analyse

if TYPE_CHECKING:
    from concurrent.futures import Future

    from .store import Store

logger = logging.getLogger(__name__)

STDIN = "-"
OUTCOMES = ("added", "updated", "unchanged", "refused")  # what storing one article did
Extracted = Analysis | InputError  # one article analysed, or the reason it was refused


@dataclass(frozen=True, slots=True)
class Result:
    """What became of one article (or of an input refused as a whole)."""

    source: str
    status: str  # added | updated | unchanged | refused
    reason: str | None = None  # why it was refused
    document: str | None = None  # the stored document's id
    events: int = 0  # events extracted from it

    def line(self) -> str:
        """One line for a log: ``added path (3 events)`` or ``refused path: reason``."""
        if self.status == "refused":
            reason = self.reason or ""
            named = reason if reason.startswith(self.source) else f"{self.source}: {reason}"
            return f"refused {named}"
        noun = "event" if self.events == 1 else "events"
        return f"{self.status} {self.source} ({self.events} {noun})"


@dataclass(slots=True)
class Summary:
    """Counts of a run, and each refusal with its reason."""

    added: int = 0
    updated: int = 0
    unchanged: int = 0
    refused: int = 0
    refusals: list[Result] = field(default_factory=list)

    def add(self, result: Result) -> None:
        setattr(self, result.status, getattr(self, result.status) + 1)
        if result.status == "refused":
            self.refusals.append(result)

    @property
    def accepted(self) -> int:
        return self.added + self.updated + self.unchanged

    def counts(self) -> str:
        return (
            f"{self.added} added, {self.updated} updated, {self.unchanged} unchanged, "
            f"{self.refused} refused"
        )


# ---------------------------------------------------------------------------------------------
# Extraction (in the parent or in a worker process)


def extract(path: str, published: datetime | None = None) -> list[Extracted]:
    """Read and analyse one input (a file or an ``http(s)://`` address): each article's
    analysis, or the reason it was refused. Never raises for bad input, nor for a bug met on
    one article (that article is refused with the error named)."""
    try:
        items = read_url(path, published) if is_url(path) else read_items(path, published)
    except InputError as e:
        return [e]
    except Exception as e:  # noqa: BLE001 - a reader bug refuses this input, not the batch
        return [InputError(f"{path}: could not be read ({type(e).__name__}: {e})")]
    return analyse_items(items)


def extract_bytes(
    data: bytes, source: str, published: datetime | None = None, suffix: str = ""
) -> list[Extracted]:
    """Like :func:`extract` for bytes already read (standard input, an upload); articles with
    no URL are identified by their content hash."""
    return analyse_items(read_bytes(data, source, published, suffix))


def read_bytes(
    data: bytes, source: str, published: datetime | None = None, suffix: str = ""
) -> list[Item]:
    """The articles in bytes already read, not analysed yet: each one, or the reason it was
    refused (a whole input refused is one reason). Never raises for bad input."""
    try:
        return list(parse_items(data, source, published=published, suffix=suffix))
    except InputError as e:
        return [e]
    except Exception as e:  # noqa: BLE001 - a reader bug refuses this input, not the server
        return [InputError(f"{source}: could not be read ({type(e).__name__}: {e})")]


def analyse_items(items: Iterable[Item]) -> list[Extracted]:
    """Analyse each article; a refused one stays refused, with its reason."""
    out: list[Extracted] = []
    for item in items:
        if isinstance(item, InputError):
            out.append(item)
            continue
        try:
            out.append(analyse(item))
        except Exception as e:  # noqa: BLE001 - one article's bug must not end the batch
            out.append(
                InputError(f"{item.source}: could not be analysed ({type(e).__name__}: {e})")
            )
    return out


def read_stream(stream: BinaryIO, source: str = "<stdin>") -> bytes:
    """Read a stream (standard input) up to the size limit.

    :raises InputError: when it is larger than ``TIMELINE_MAX_BYTES``.
    """
    limit = config.max_bytes()
    data = stream.read(limit + 1)
    if len(data) > limit:
        raise InputError(
            f"{source}: too large (over {limit:,} bytes; the limit is "
            f"{limit:,}, set TIMELINE_MAX_BYTES to raise it)"
        )
    return data


def extract_inputs(
    tasks: Iterable[tuple[str, InputError | None]],
    published: datetime | None,
    jobs: int,
    stdin: BinaryIO | None,
) -> Iterator[tuple[str, list[Extracted]]]:
    """``(input, its articles)`` for every input, in input order with one job, else in the
    order workers finish; never more than ``2 × jobs`` inputs in flight."""

    def local(path: str) -> list[Extracted]:
        if path == STDIN:
            try:
                data = read_stream(stdin or sys.stdin.buffer)
            except InputError as e:
                return [e]
            return extract_bytes(data, "<stdin>", published)
        return extract(path, published)

    if jobs <= 1:
        for path, error in tasks:
            yield path, [error] if error else local(path)
        return
    # Imported only here: one job (the CLI's default) needs no pool, and the import costs
    # start-up time (multiprocessing).
    from concurrent.futures import FIRST_COMPLETED, ProcessPoolExecutor, wait
    from concurrent.futures.process import BrokenProcessPool

    pending: dict[Future, str] = {}
    todo = iter(tasks)
    pool = ProcessPoolExecutor(max_workers=jobs)
    try:
        while True:
            while len(pending) < 2 * jobs:
                task = next(todo, None)
                if task is None:
                    break
                path, error = task
                if error or path == STDIN:
                    yield path, [error] if error else local(path)
                    continue
                pending[pool.submit(extract, path, published)] = path
            if not pending:
                return
            done, _ = wait(pending, return_when=FIRST_COMPLETED)
            for future in done:
                path = pending.pop(future)
                try:
                    yield path, future.result()
                except BrokenProcessPool:
                    # A worker died (killed, out of memory): refuse what it held, go on with a
                    # new pool.
                    yield path, [InputError(f"{path}: the extracting process died")]
                    pool.shutdown(wait=False, cancel_futures=True)
                    for lost in list(pending):
                        yield (
                            pending.pop(lost),
                            [InputError(f"{path}: the extracting process died")],
                        )
                    pool = ProcessPoolExecutor(max_workers=jobs)
    finally:
        pool.shutdown(wait=True, cancel_futures=True)


# ---------------------------------------------------------------------------------------------
# Storing


def store_one(store: Store, item: Extracted, source: str) -> Result:
    """Store one analysed article in its own transaction (or report its refusal).

    :raises StoreUnavailable: when the store cannot be written (disk full, read-only): the
        article is not at fault, and no other one could be stored either.
    """
    if isinstance(item, InputError):
        logger.info("refused %s", item.message)
        return Result(source, "refused", item.message)
    doc = item.document
    try:
        counts = store.add_analyses([item])
    except StoreUnavailable:
        raise
    except StoreError as e:  # nothing of it was written
        logger.info("%s could not be stored: %s", doc.source, e.message)
        return Result(doc.source, "refused", f"could not be stored ({e.message})")
    status = next(name for name in ("added", "updated", "unchanged") if counts[name])
    logger.info("%s %s (%s, %d events)", status, doc.source, doc.id, len(item.events))
    return Result(doc.source, status, None, doc.id, len(item.events))


def ingest_paths(
    store: Store,
    paths: Iterable[str],
    *,
    published: datetime | None = None,
    jobs: int = 1,
    on_result: Callable[[Result], None] | None = None,
    on_input: Callable[[str], None] | None = None,
    stdin: BinaryIO | None = None,
) -> Summary:
    """Ingest files, folders (recursively), ``http(s)://`` addresses and ``-`` (standard
    input), committing each article on its own.

    :param jobs: worker processes that read and analyse (1: all in this process).
    :param on_result: called with each article's :class:`Result`, as soon as it is stored.
    :param on_input: called with each input once all its articles are handled (progress).
    :param stdin: the stream ``-`` reads (default: the process's standard input).
    """
    return ingest_tasks(
        store,
        iter_paths(paths),
        published=published,
        jobs=jobs,
        on_result=on_result,
        on_input=on_input,
        stdin=stdin,
    )


def ingest_tasks(
    store: Store,
    tasks: Iterable[tuple[str, InputError | None]],
    *,
    published: datetime | None = None,
    jobs: int = 1,
    on_result: Callable[[Result], None] | None = None,
    on_input: Callable[[str], None] | None = None,
    stdin: BinaryIO | None = None,
) -> Summary:
    """:func:`ingest_paths` on inputs already expanded by :func:`timeline.documents.iter_paths`
    (the CLI expands them first to size its progress bar)."""
    summary = Summary()
    logger.debug("ingesting with %d job(s)", jobs)
    for path, items in extract_inputs(tasks, published, jobs, stdin):
        source = "<stdin>" if path == STDIN else path
        for item in items:
            result = store_one(store, item, source)
            summary.add(result)
            if on_result:
                on_result(result)
        if on_input:
            on_input(path)
    return summary
