"""The answer to a write, and the background jobs that store large uploads.

Every write is answered with a bounded listing (:class:`Listing`): the counts, then at most
:data:`LISTED_MAX` stored and :data:`LISTED_MAX` refused articles. An upload of more articles
than ``TIMELINE_JOB_ARTICLES`` is not stored while the client waits: ``POST /api/documents``
queues it in the store's ``jobs`` table and answers ``202`` with the job's URL, and the
:class:`JobWorker` of the serving process stores it, article by article, saving its progress
(so a job survives a restart: see :mod:`timeline.store.jobs`).

The worker is a thread (a greenlet under gunicorn's gevent workers, which patch
:mod:`threading`): it yields between articles, so requests are answered while it works.
"""

from __future__ import annotations

import logging
import threading
import time
from typing import Any

from flask import Flask, current_app, has_request_context

from timeline.errors import StoreError
from timeline.ingest import OUTCOMES, Result, analyse_items, read_bytes, store_one
from timeline.store import Store

from .served import serve

logger = logging.getLogger(__name__)

# The answer to a write is bounded whatever the upload holds: the counts, and at most this many
# stored and this many refused articles listed (each reason cut to REASON_MAX characters).
LISTED_MAX = 100
REASON_MAX = 300
JOB_LEASE = 60.0  # seconds a worker holds a job without saving progress before another takes it
JOB_POLL = 2.0  # seconds between looks for waiting jobs (queued by another process, left running)
SAVE_EVERY = 1.0  # seconds between saves of a running job's progress


def reason(text: str | None) -> str:
    """A refusal's reason, cut to :data:`REASON_MAX` characters."""
    text = text or ""
    return text if len(text) <= REASON_MAX else text[: REASON_MAX - 1] + "…"


class Listing:
    """What a write did, bounded: counts per outcome and the first :data:`LISTED_MAX` stored
    and refused articles (a stored one by its document id, a refused one with its reason)."""

    def __init__(self, counts: dict[str, int] | None = None, listed: list[dict] | None = None):
        self.counts = {status: (counts or {}).get(status, 0) for status in OUTCOMES}
        self.listed = list(listed or [])
        self._shown = {
            refused: sum((e["status"] == "refused") == refused for e in self.listed)
            for refused in (True, False)
        }

    def add(self, result: Result) -> None:
        """Count one article's outcome, and list it while there is room for its kind."""
        self.counts[result.status] += 1
        refused = result.status == "refused"
        if self._shown[refused] >= LISTED_MAX:
            return
        self._shown[refused] += 1
        if refused:
            self.listed.append(
                {"status": "refused", "source": result.source, "error": reason(result.reason)}
            )
        else:
            self.listed.append(
                {"status": result.status, "id": result.document, "source": result.source}
            )

    @property
    def accepted(self) -> int:
        """Articles stored (added, updated or unchanged)."""
        return sum(self.counts.values()) - self.counts["refused"]

    @property
    def unlisted(self) -> int:
        """Articles counted but not listed."""
        return sum(self.counts.values()) - len(self.listed)

    def documents(self, store: Store) -> list[dict[str, Any]]:
        """The listed articles as the API shows them: a stored one with its URL and events."""
        out = []
        for entry in self.listed:
            if entry["status"] == "refused":
                out.append(dict(entry))
                continue
            url = f"/api/documents/{entry['id']}"
            stored = store.document_events(entry["id"])
            if has_request_context():
                serve(e.id for e in stored)
            events = [e.to_json() for e in stored]
            out.append({**entry, "url": url, "events": events})
        return out

    def answer(self, store: Store) -> dict[str, Any]:
        """The body of the answer: ``ok``, the counts, ``unlisted`` and ``documents``."""
        return {
            "ok": self.accepted > 0,
            **self.counts,
            "unlisted": self.unlisted,
            "documents": self.documents(store),
        }


def job_answer(store: Store, job: dict[str, Any]) -> dict[str, Any]:
    """A job as ``GET /api/jobs/<id>`` shows it: its status and progress, and the bounded
    listing of what it stored so far."""
    listing = Listing(job["counts"], job["listed"])
    body = {
        "id": job["id"],
        "url": f"/api/jobs/{job['id']}",
        "status": job["status"],
        "items": job["items"],
        "handled": job["position"],
        "created": job["created"],
        "started": job["started"],
        "finished": job["finished"],
        **listing.answer(store),
    }
    if job["status"] == "failed":
        body.update(ok=False, error=job["error"])
    elif job["status"] != "done":
        body["ok"] = True  # nothing refused it yet
    return body


class JobWorker:
    """The thread of one serving process that stores queued jobs, one at a time."""

    def __init__(self, store: Store, lease: float = JOB_LEASE, poll: float = JOB_POLL) -> None:
        self.store = store
        self.lease = lease
        self.poll = poll
        self._wake = threading.Event()
        self._stopping = False
        self._thread: threading.Thread | None = None

    def start(self) -> None:
        """Start the thread (once; a read-only store has no jobs to do)."""
        if self._thread is None and not self.store.read_only:
            self._thread = threading.Thread(target=self._run, name="timeline-jobs", daemon=True)
            self._thread.start()

    def wake(self) -> None:
        """Tell the thread a job was queued."""
        self._wake.set()

    def stop(self, timeout: float = 10.0) -> None:
        """Stop the thread after the article it is storing (a job left running is resumed by
        the next worker whose lease allows)."""
        self._stopping = True
        self._wake.set()
        if self._thread is not None:
            self._thread.join(timeout)

    def _run(self) -> None:
        while not self._stopping:
            try:
                job = self.store.claim_job(self.lease)
            except StoreError as e:
                logger.error("background jobs: cannot read the store: %s", e.message)
                job = None
            if job is None:
                self._wake.wait(self.poll)
                self._wake.clear()
                continue
            self.run_job(job)

    def run_job(self, job: dict[str, Any]) -> None:
        """Store a claimed job's articles from its saved position; record it done, or failed
        when the store cannot be written."""
        listing = Listing(job["counts"], job["listed"])
        position = job["position"]
        try:
            items = read_bytes(job["body"] or b"", job["source"], suffix=job["suffix"])
            saved = time.monotonic()
            for position in range(job["position"], len(items)):
                if self._stopping:
                    self._save(job, position, listing)  # resumed from here after the lease
                    return
                (extracted,) = analyse_items([items[position]])
                listing.add(store_one(self.store, extracted, job["source"]))
                if time.monotonic() - saved >= SAVE_EVERY:
                    self._save(job, position + 1, listing)
                    saved = time.monotonic()
                time.sleep(0)  # let requests in (a greenlet under gevent)
            self._save(job, len(items), listing, status="done")
            logger.info("job %s done: %s", job["id"], listing.counts)
        except StoreError as e:
            logger.error("job %s failed: %s", job["id"], e.message)
            self._fail(job, position, listing, e.message)
        except Exception as e:  # noqa: BLE001 - a bug ends this job, not the worker
            logger.exception("job %s failed", job["id"])
            self._fail(job, position, listing, f"{type(e).__name__}: {e}")

    def _save(self, job: dict, position: int, listing: Listing, status: str = "running") -> None:
        self.store.save_job(
            job["id"], position, listing.counts, listing.listed, self.lease, status=status
        )

    def _fail(self, job: dict, position: int, listing: Listing, error: str) -> None:
        """Record a job as failed (when even that cannot be written, its lease runs out and
        another worker tries it again)."""
        try:
            self.store.save_job(
                job["id"],
                position,
                listing.counts,
                listing.listed,
                self.lease,
                status="failed",
                error=reason(error),
            )
        except StoreError as e:
            logger.error("job %s: cannot record its failure: %s", job["id"], e.message)


def init_app(app: Flask, store: Store) -> None:
    """Give the app its job worker: started now when ``JOB_WORKER`` is true (``timeline
    serve``: jobs left by an earlier run are resumed), else when the first job is queued;
    never when it is false."""
    worker = JobWorker(
        store,
        lease=app.config.get("JOB_LEASE_SECONDS", JOB_LEASE),
        poll=app.config.get("JOB_POLL_SECONDS", JOB_POLL),
    )
    app.extensions["timeline.jobs"] = worker
    if app.config.get("JOB_WORKER"):
        worker.start()


def queue_job(store: Store, body: bytes, source: str, suffix: str, items: int) -> str:
    """Queue a job (``items`` articles and refused records in ``body``) and wake this app's
    worker, starting it unless ``JOB_WORKER`` is false."""
    job_id = store.add_job(body, source, suffix, items)
    worker: JobWorker = current_app.extensions["timeline.jobs"]
    if current_app.config.get("JOB_WORKER") is not False:
        worker.start()
    worker.wake()
    return job_id
