"""``timeline watch DIR``: ingest articles as they appear or change in a folder (watchdog).

A file is read only once it has settled: its size and modification time unchanged for
``settle`` seconds, so a file still being written (a download, a slow copy) is never read half
written. Hidden files and folders, editors' and browsers' temporary files (``~``, ``.tmp``,
``.part``, ``.crdownload``, ``.swp``, ``#…#``) and unsupported suffixes are ignored. Files
created, modified or moved into the folder are ingested (through :mod:`timeline.ingest`, one
article per transaction); a deleted file withdraws nothing. A file with a refused article (or
one that could not be read at all) is not read again until it changes: its size or
modification time.
"""

from __future__ import annotations

import logging
import os
import threading
import time
from collections.abc import Callable
from datetime import datetime
from pathlib import Path

from .documents import SUPPORTED, iter_paths
from .errors import StoreUnavailable
from .ingest import Result, Summary, ingest_tasks

logger = logging.getLogger(__name__)

TEMPORARY_SUFFIXES = (
    ".tmp",
    ".temp",
    ".part",
    ".partial",
    ".crdownload",
    ".download",
    ".swp",
    ".swx",
    ".lock",
    "~",
)


def ignored(path: str | os.PathLike, root: str | os.PathLike) -> bool:
    """Whether a path under ``root`` is not an article to ingest.

    >>> [ignored(p, "in") for p in ("in/a.txt", "in/.a.txt", "in/.git/x.txt", "in/a.txt~",
    ...                             "in/a.html.part", "in/#a.txt#", "in/a.pdf", "in/sub/b.json")]
    [False, True, True, True, True, True, True, False]
    """
    try:
        rel = Path(path).relative_to(root)
    except ValueError:
        rel = Path(path)
    name = rel.name
    if not name or any(part.startswith(".") for part in rel.parts):
        return True
    if name.lower().endswith(TEMPORARY_SUFFIXES) or (name.startswith("#") and name.endswith("#")):
        return True
    return Path(name).suffix.lower() not in SUPPORTED


class Settler:
    """Files waiting to settle: :meth:`touch` when something happens to one (any thread),
    :meth:`ready` returns those whose size and modification time stayed the same for
    ``settle`` seconds (a file that disappeared is forgotten)."""

    def __init__(self, settle: float = 1.0, clock: Callable[[], float] = time.monotonic):
        self.settle = settle
        self.clock = clock
        self._pending: dict[str, tuple[tuple[int, int] | None, float]] = {}
        self._lock = threading.Lock()

    def touch(self, path: str) -> None:
        with self._lock:
            self._pending[path] = (None, self.clock())

    def __len__(self) -> int:
        return len(self._pending)

    def ready(self) -> list[str]:
        now = self.clock()
        out = []
        with self._lock:
            for path, (seen, since) in list(self._pending.items()):
                try:
                    info = os.stat(path)
                except OSError:
                    del self._pending[path]
                    continue
                signature = (info.st_size, info.st_mtime_ns)
                if signature != seen:
                    self._pending[path] = (signature, now)
                elif now - since >= self.settle:
                    del self._pending[path]
                    out.append(path)
        return sorted(out)


def _handler(root: str, settler: Settler):
    from watchdog.events import FileSystemEventHandler

    def note(path: str, is_directory: bool) -> None:
        if is_directory:  # a folder moved in: its files will not each report an event
            for file, error in iter_paths([path]):
                if error is None and not ignored(file, root):
                    settler.touch(file)
        elif not ignored(path, root):
            settler.touch(path)

    class Handler(FileSystemEventHandler):
        def on_created(self, event):
            note(os.fsdecode(event.src_path), event.is_directory)

        def on_modified(self, event):
            if not event.is_directory:
                note(os.fsdecode(event.src_path), False)

        def on_closed(self, event):
            note(os.fsdecode(event.src_path), False)

        def on_moved(self, event):
            note(os.fsdecode(event.dest_path), event.is_directory)

    return Handler()


def file_line(path: str, results: list[Result]) -> str:
    """One log line for a file: its one article's outcome, or the counts of its articles."""
    if len(results) == 1:
        return results[0].line()
    summary = Summary()
    for result in results:
        summary.add(result)
    reasons = "; ".join(r.reason or "" for r in summary.refusals[:3])
    return f"{path}: {summary.counts()}" + (f" ({reasons})" if reasons else "")


def _signature(path: str) -> tuple[int, int] | None:
    try:
        info = os.stat(path)
    except OSError:
        return None
    return info.st_size, info.st_mtime_ns


def _ingest_file(store, path: str, published: datetime | None) -> list[Result]:
    """Ingest one settled file: each article's result. An unexpected error (a bug met on
    this file) refuses the file with the error named, and the watcher goes on."""
    results: list[Result] = []
    try:
        ingest_tasks(store, [(path, None)], published=published, on_result=results.append)
    except StoreUnavailable:
        raise  # the store, not the file: no other file could be stored either
    except Exception as e:  # noqa: BLE001 - one file must not stop the watcher
        results.append(Result(path, "refused", f"could not be ingested ({type(e).__name__}: {e})"))
    return results


def watch_folder(
    store,
    folder: str,
    *,
    published: datetime | None = None,
    settle: float = 1.0,
    poll: float = 0.2,
    existing: bool = True,
    stop: threading.Event | None = None,
    log: Callable[[str], None] = print,
) -> Summary:
    """Watch ``folder`` (recursively) and ingest each settled file until ``stop`` is set.

    :param existing: first ingest the files already there (stored ones are unchanged, a no-op).
    :return: the counts of everything ingested.
    """
    from watchdog.observers import Observer

    stop = stop or threading.Event()
    settler = Settler(settle)
    observer = Observer()
    observer.schedule(_handler(folder, settler), folder, recursive=True)
    observer.start()
    logger.info("watching %s (settle %.1f s)", folder, settle)
    total = Summary()
    try:
        if existing:  # after the observer starts, so that nothing written meanwhile is missed
            for path, error in iter_paths([folder]):
                if error is None and not ignored(path, folder):
                    settler.touch(path)
        refused: dict[str, tuple[int, int] | None] = {}  # path -> its signature when refused
        while not stop.is_set():
            for path in settler.ready():
                logger.debug("%s settled", path)
                signature = _signature(path)
                if path in refused and refused[path] == signature:
                    continue  # refused as it is: read again only once it changes
                refused.pop(path, None)
                results = _ingest_file(store, path, published)
                for result in results:
                    total.add(result)
                if any(r.status == "refused" for r in results):
                    refused[path] = signature
                if results:
                    log(file_line(path, results))
            stop.wait(poll)
    finally:
        observer.stop()
        observer.join(timeout=10)
        logger.info("stopped watching %s: %s", folder, total.counts())
    return total
