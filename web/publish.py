"""``timeline publish``: the whole site as static files, for any static host, object store or CDN.

The files are the live app's own responses: each is rendered through the Flask app (its test
client) with ``STATIC_SITE`` set, which makes every link point to a file (the URL scheme is in
:mod:`web.links`). Publishing starts from the pages everybody needs — the timeline, the
lists, every event and source, the whole feed and one per participant, place, country, type,
status and outlet, the JSON — and then renders every page those link to, until none is left,
so no link leads nowhere.

Whole or not at all: the site is written into a temporary folder beside the output folder
and swapped in when every page rendered, so a failure half-way leaves the previous site as
it was (and no partial site with broken links).

Incremental: a manifest (``.timeline-publish.json`` in the output folder) keeps the hash of
every file written. A file whose bytes did not change is the previous file, linked into the
new site (same inode and modification time, so a static server's ``ETag`` stays); the files
of pages that no longer exist (a hidden or merged event, a window that went away) are left
out; other files in the folder (that no publish wrote) are carried over. An
unchanged store gives the same bytes (feeds and pages carry no "now"), so publishing again
writes nothing — except on a new day, when the "today" line and the windows of the timeline
move.
"""

from __future__ import annotations

import json
import os
import shutil
import tempfile
import time
from collections.abc import Callable, Iterable
from dataclasses import dataclass, field
from hashlib import sha256
from pathlib import Path

from timeline.errors import InputError
from timeline.model import StoredEvent

from .links import StaticSite, file_of
from .openweb import robots_txt, sitemap_files

MANIFEST = ".timeline-publish.json"
MANIFEST_VERSION = 1


@dataclass
class Published:
    """What one publish did: the files written and deleted (site-relative paths), how many
    were already current, and how long it took."""

    written: list[str] = field(default_factory=list)
    deleted: list[str] = field(default_factory=list)
    unchanged: int = 0
    seconds: float = 0.0

    @property
    def total(self) -> int:
        return len(self.written) + self.unchanged

    def summary(self) -> str:
        return (
            f"{len(self.written)} written, {self.unchanged} unchanged, "
            f"{len(self.deleted)} deleted ({self.total} files) in {self.seconds:.1f} s"
        )


def seeds(items: Iterable[StoredEvent], documents: Iterable[dict], site: StaticSite) -> None:
    """Register the pages every published site has, whatever links to them: the timeline, its
    upcoming order and the lists; each event (page, ``.ics``, JSON) and document (page, JSON);
    the whole feed and the page and feed of every participant, place, country, type, status
    and outlet; the JSON exports."""
    for endpoint in (
        "pages.index",
        "pages.lists",
        "feeds.calendar",
        "openweb.atom",
        "api.events",
        "api.documents",
        "timelinejs.export",
    ):
        site.add(endpoint)
    site.add("pages.index", [("order", "upcoming")])
    for name in ("style.css", "app.js", "icon.svg"):
        site.add("static", filename=name)
    for doc in documents:
        site.add("pages.document_page", doc_id=doc["id"])
        site.add("api.document", doc_id=doc["id"])
    for item in items:
        e = item.event
        site.add("pages.event_page", event_id=item.id)
        site.add("api.event", event_id=item.id)
        if e.granularity == "day" or e.calendar:
            site.add("feeds.event_ics", event_id=item.id)
        wanted = [("who", p) for p in e.participants]
        wanted += [("where", p) for p in (e.location, e.country) if p]
        wanted += [("type", e.type), ("status", e.status)]
        wanted += [("source", s.outlet) for s in item.sources if s.outlet]
        for pair in wanted:
            site.add("pages.index", [pair])
            site.add("feeds.calendar", [pair])


def _check_out_dir(out: Path) -> dict[str, str]:
    """The previous manifest's files, after checking that ``out`` may be written.

    :raises InputError: when ``out`` is a file, or a folder with other content that an
        earlier publish did not write (publishing there could overwrite someone's files).
    """
    if out.exists() and not out.is_dir():
        raise InputError(f"{out} is not a folder")
    manifest = out / MANIFEST
    if manifest.exists():
        try:
            data = json.loads(manifest.read_text("utf-8"))
            files = data["files"]
            if data.get("version") != MANIFEST_VERSION or not isinstance(files, dict):
                raise ValueError("unknown manifest version")
        except (ValueError, KeyError, TypeError) as e:
            raise InputError(
                f"{manifest} is not a manifest of timeline publish ({e}); publish into a new folder"
            ) from e
        return {str(k): str(v) for k, v in files.items()}
    if out.is_dir() and any(out.iterdir()):
        raise InputError(
            f"{out} is not empty and no earlier 'timeline publish' wrote it "
            f"(no {MANIFEST}); publish into an empty or new folder"
        )
    return {}


def _inside(out: Path, relative: str) -> Path:
    """The file of a site path, refusing any path that would leave ``out``."""
    target = (out / relative).resolve()
    root = out.resolve()
    if root not in target.parents:
        raise InputError(f"refusing to write {relative!r} outside {out}")
    return target


def _current(path: Path, digest: str, previous: str | None, data: bytes) -> bool:
    """Whether the file on disk already holds ``data`` (by the manifest when it knows the
    file, else by reading it)."""
    if not path.is_file():
        return False
    if previous is not None:
        return previous == digest and path.stat().st_size == len(data)
    return path.read_bytes() == data


def _render(
    app,
    site: StaticSite,
    out: Path,
    stage: Path,
    previous: dict[str, str],
    lang: str,
    base: str,
    on_file: Callable[[int, int], None] | None = None,
):
    """Render every page the site links to into ``stage``, then the sitemap of the pages and
    ``robots.txt``; a file whose bytes did not change is the previous one, linked (same inode
    and time: a static server's ``ETag`` stays).

    :raises InputError: for a page the app cannot render.
    """
    result = Published()
    files: dict[str, str] = {}
    client = app.test_client()
    headers = {"Accept-Language": lang}
    done: set[str] = set()
    while len(done) < len(site.targets):
        for path in sorted(set(site.targets) - done):
            done.add(path)
            response = client.get(
                site.targets[path],
                headers=headers,
                environ_overrides={"timeline.static_path": path},
            )
            data = response.get_data()
            response.close()  # static files are streamed from an open file
            if response.status_code != 200:
                raise InputError(
                    f"cannot publish {path} ({site.targets[path][:300]}): "
                    f"{response.status_code} {data[:300].decode('utf-8', 'replace')}"
                )
            _stage_file(file_of(path), data, out, stage, previous, files, result)
            if on_file is not None:
                on_file(len(done), len(site.targets))
    # The sitemap lists every page written; robots.txt points to it.
    pages = [f"{base}/{p}" for p in sorted(done) if file_of(p).endswith(".html")]
    for relative, data in {**sitemap_files(base, pages), "robots.txt": robots_txt(base)}.items():
        _stage_file(relative, data, out, stage, previous, files, result)
    return result, dict(sorted(files.items()))


def _stage_file(
    relative: str,
    data: bytes,
    out: Path,
    stage: Path,
    previous: dict[str, str],
    files: dict[str, str],
    result: Published,
) -> None:
    """Put one file of the site into ``stage``: the previous one linked when its bytes are the
    same, else written."""
    digest = sha256(data).hexdigest()
    files[relative] = digest
    old = _inside(out, relative)
    if _current(old, digest, previous.get(relative), data):
        _link(old, _inside(stage, relative))
        result.unchanged += 1
    else:
        _write(_inside(stage, relative), data)
        result.written.append(relative)


def _write(path: Path, data: bytes) -> None:
    path.parent.mkdir(parents=True, exist_ok=True)
    path.write_bytes(data)
    os.chmod(path, 0o644)


def _link(old: Path, new: Path) -> None:
    """``new`` as the same file as ``old`` (a hard link; a copy with its time elsewhere)."""
    new.parent.mkdir(parents=True, exist_ok=True)
    try:
        os.link(old, new)
    except OSError:
        shutil.copy2(old, new)


def _keep_or_write(old: Path, new: Path, data: bytes) -> None:
    if _current(old, "", None, data):
        _link(old, new)
    else:
        _write(new, data)


def _carry_over(out: Path, stage: Path, ours: set[str]) -> None:
    """Files in ``out`` that no publish wrote (someone's ``robots.txt``) go with the site."""
    if not out.is_dir():
        return
    for path in out.rglob("*"):
        relative = path.relative_to(out).as_posix()
        if path.is_file() and relative not in ours and relative != MANIFEST:
            _link(path, stage / relative)


def _swap(stage: Path, out: Path) -> None:
    """Put the staged site in place of ``out`` (two renames; the old one is removed after)."""
    if not out.exists():
        os.rename(stage, out)
        return
    old = Path(tempfile.mkdtemp(prefix=f".{out.name}.previous-", dir=out.parent))
    os.rename(out, old / "site")
    os.rename(stage, out)
    shutil.rmtree(old, ignore_errors=True)


def publish(
    db_path: str | os.PathLike,
    out_dir: str | os.PathLike,
    base_url: str,
    lang: str = "tr",
    page_size: int | None = None,
    on_file: Callable[[int, int], None] | None = None,
) -> Published:
    """Write the static site of the store at ``db_path`` into ``out_dir``.

    :param base_url: the public URL the site will be served from
        (``https://events.example.org`` or ``…/timeline``): feeds and subscribe links must be
        absolute.
    :param lang: the site's language (one per published site).
    :param on_file: called after each file with the number done and the number known so far
        (it grows as pages link new ones), for a progress bar.
    :raises InputError: for a bad base URL or output folder, or a page the app cannot render.
    """
    from timeline import i18n

    from . import create_app

    base = (base_url or "").strip().rstrip("/")
    if not base.startswith(("http://", "https://")) or any(c in base for c in " ?#\"'<>"):
        raise InputError(
            f"--base-url {base_url!r} must be an http:// or https:// URL without "
            "a query (feeds and subscribe links need absolute URLs)"
        )
    if lang not in i18n.LANGUAGES:
        raise InputError(f"language {lang!r} is not known; use one of {', '.join(i18n.LANGUAGES)}")
    started = time.perf_counter()
    out = Path(out_dir)
    previous = _check_out_dir(out)
    config = {"DATABASE": str(db_path), "BASE_URL": base, "STATIC_SITE": True}
    if page_size:
        config["PAGE_SIZE"] = page_size
    app = create_app(config)
    site = app.extensions["timeline.static"] = StaticSite(app)
    store = app.extensions["timeline.store"]
    out.parent.mkdir(parents=True, exist_ok=True)
    stage = Path(tempfile.mkdtemp(prefix=f".{out.name}.publishing-", dir=out.parent))
    try:
        seeds(store.events(), store.documents(), site)
        result, files = _render(app, site, out, stage, previous, lang, base, on_file)
        result.deleted = sorted(set(previous) - set(files))
        _carry_over(out, stage, set(previous) | set(files))
        manifest = json.dumps(
            {"version": MANIFEST_VERSION, "base_url": base, "lang": lang, "files": files},
            ensure_ascii=False,
            indent=0,
        ).encode()
        _keep_or_write(out / MANIFEST, stage / MANIFEST, manifest)
        stage.chmod(0o755)
        _swap(stage, out)
    except BaseException:
        shutil.rmtree(stage, ignore_errors=True)
        raise
    finally:
        store.close()
    result.seconds = time.perf_counter() - started
    return result
