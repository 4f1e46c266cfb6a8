"""Read articles: text files with a header, HTML pages, JSON records and RSS/Atom feeds.

``read_documents(path)`` returns one :class:`~timeline.model.Document` per article found. Every
refusal is an :class:`~timeline.errors.InputError` that names the file and the reason (empty,
binary, too large, undecodable, no publication date…); nothing is half-read. ``read_items``
(and ``parse_items`` for bytes, ``read_url`` for an ``http(s)://`` address) give each article of
a file *or* the refusal of that one article, so one bad record of a JSON list or a feed refuses
that record only.

Decoded text is normalised before anything reads it (:func:`normalise`): Unicode NFC, CRLF and
lone CR as LF, other control characters dropped. Offsets refer to this normalised text.

Text files carry their publication date in a header, in one of these shapes::

     date 2025-10-22 Rusya Dışişleri Bakanı …     (leading "date", the lede on the same line)
    date 2025-09-15                                (a first line of its own, as in the corpus)
    Yayın Tarihi: 09.10.2025 20:22                 (a labelled line; labels in lang/tr/header.tsv)

Header lines are metadata: they are kept in ``Document.text`` (offsets stay exact) but left out
of ``Document.body``, the spans that later stages analyse.
"""

from __future__ import annotations

import os
import stat
from collections.abc import Iterable
from datetime import datetime
from pathlib import Path

from .. import config
from ..errors import InputError
from ..lang import DEFAULT_LANG
from ..model import Document
from .common import (
    _MAGIC,
    FEED_SUFFIXES,
    HTML_SUFFIXES,
    JSON_SUFFIXES,
    NEWS_ZONE,
    SUPPORTED,
    TEXT_SUFFIXES,
    URL_SCHEMES,
    Item,
)
from .decoding import _is_binary, _kind, decode, normalise
from .formats import _from_feed, _from_html, _from_json
from .header import (
    HEADER_LINES,
    OFFSETS,
    Header,
    parse_header,
    parse_published,
    parse_text,
    real_offset,
    surrogate_problem,
)

__all__ = [
    "FEED_SUFFIXES",
    "HEADER_LINES",
    "HTML_SUFFIXES",
    "JSON_SUFFIXES",
    "NEWS_ZONE",
    "OFFSETS",
    "SUPPORTED",
    "TEXT_SUFFIXES",
    "URL_SCHEMES",
    "Header",
    "Item",
    "decode",
    "documents_of",
    "is_url",
    "iter_paths",
    "normalise",
    "parse_bytes",
    "parse_header",
    "parse_items",
    "parse_published",
    "parse_text",
    "read_capped",
    "read_documents",
    "read_items",
    "read_url",
    "real_offset",
    "surrogate_problem",
]

# ---------------------------------------------------------------------------------------------
# Entry points


def read_documents(
    path: str | os.PathLike,
    published: datetime | None = None,
    lang: str = DEFAULT_LANG,
) -> list[Document]:
    """Read every article in one file.

    :param path: the file; its format is chosen by suffix, else by content.
    :param published: publication time to use instead of the one in the file.
    :param lang: language of the articles.
    :raises InputError: when the file cannot be read as articles (the message says why); a
        file of several articles is refused only when none of them can be read.
    """
    return documents_of(read_items(path, published, lang))


def read_items(
    path: str | os.PathLike,
    published: datetime | None = None,
    lang: str = DEFAULT_LANG,
) -> list[Item]:
    """Read one file: each article in it, or the refusal of that article.

    :raises InputError: when the whole file is refused (missing, empty, binary, too large…).
    """
    source = os.fspath(path)
    data = read_capped(source)
    key = f"file:{Path(source).resolve()}"
    return parse_items(
        data, source, key=key, published=published, lang=lang, suffix=Path(source).suffix
    )


def read_capped(source: str) -> bytes:
    """The bytes of a file, refused when over ``TIMELINE_MAX_BYTES`` *before* they are read: by
    its size for a regular file, else (a pipe, a file still growing) as soon as a read passes
    the limit.

    :raises InputError: missing, a folder, unreadable or too large.
    """
    try:
        info = os.stat(source)
    except FileNotFoundError:
        raise InputError(f"{source}: no such file") from None
    except OSError as e:
        raise InputError(f"{source}: cannot be read ({e.strerror})") from e
    if stat.S_ISDIR(info.st_mode):
        raise InputError(f"{source}: is a folder, not a file")
    limit = config.max_bytes()
    if stat.S_ISREG(info.st_mode) and info.st_size > limit:
        raise _too_large(source, info.st_size)
    try:
        with open(source, "rb") as f:
            data = f.read(limit + 1)
    except OSError as e:
        raise InputError(f"{source}: cannot be read ({e.strerror})") from e
    if len(data) > limit:
        raise _too_large(source, None)
    return data


def _too_large(source: str, size: int | None) -> InputError:
    limit = config.max_bytes()
    told = f"{size:,} bytes" if size is not None else f"over {limit:,} bytes"
    return InputError(
        f"{source}: too large ({told}; the limit is {limit:,}, set TIMELINE_MAX_BYTES to raise it)"
    )


def read_url(
    url: str,
    published: datetime | None = None,
    lang: str = DEFAULT_LANG,
    timeout: float | None = None,
) -> list[Item]:
    """Fetch an ``http(s)://`` address (an RSS/Atom feed, a page, a JSON file) and read it.

    The download has a timeout (``TIMELINE_FETCH_TIMEOUT``, 20 s) and stops as soon as it
    passes ``TIMELINE_MAX_BYTES``.

    :raises InputError: unreachable, an HTTP error, too slow or too large, or unreadable.
    """
    import urllib.error
    import urllib.request

    if not url.startswith(URL_SCHEMES):
        raise InputError(f"{url}: only http:// and https:// addresses can be fetched")
    request = urllib.request.Request(url, headers={"User-Agent": "timeline-ingest/1"})
    limit = config.max_bytes()
    try:
        with urllib.request.urlopen(request, timeout=timeout or config.fetch_timeout()) as response:
            length = response.headers.get("Content-Length")
            if length and length.isdigit() and int(length) > limit:
                raise _too_large(url, int(length))
            data = response.read(limit + 1)
            content_type = response.headers.get_content_type()
            final = response.geturl() or url
    except urllib.error.HTTPError as e:
        raise InputError(f"{url}: the server answered {e.code} {e.reason}") from e
    except urllib.error.URLError as e:
        raise InputError(f"{url}: cannot be fetched ({e.reason})") from e
    except (TimeoutError, OSError, ValueError) as e:
        raise InputError(f"{url}: cannot be fetched ({e})") from e
    if len(data) > limit:
        raise _too_large(url, None)
    suffix = _CONTENT_SUFFIX.get(content_type) or Path(final.split("?")[0]).suffix
    return parse_items(
        data,
        url,
        key=f"url:{final}",
        published=published,
        lang=lang,
        suffix=suffix if suffix.lower() in SUPPORTED else "",
    )


_CONTENT_SUFFIX = {
    "application/rss+xml": ".rss",
    "application/atom+xml": ".atom",
    "application/rdf+xml": ".rss",
    "application/xml": ".xml",
    "text/xml": ".xml",
    "text/html": ".html",
    "application/xhtml+xml": ".html",
    "application/json": ".json",
    "application/x-ndjson": ".jsonl",
    "application/jsonl": ".jsonl",
    "text/plain": ".txt",
}


def documents_of(items: list[Item]) -> list[Document]:
    """The articles of :func:`read_items`; the first refusal when there are none."""
    docs = [item for item in items if isinstance(item, Document)]
    if not docs:
        raise next(
            (item for item in items if isinstance(item, InputError)), InputError("no article found")
        )
    return docs


def parse_bytes(
    data: bytes,
    source: str,
    *,
    key: str | None = None,
    published: datetime | None = None,
    lang: str = DEFAULT_LANG,
    suffix: str = "",
) -> list[Document]:
    """Read the articles in ``data`` (the bytes of a file or an upload).

    :raises InputError: for empty, binary, oversized or undecodable data, or no usable article.
    """
    return documents_of(
        parse_items(data, source, key=key, published=published, lang=lang, suffix=suffix)
    )


def parse_items(
    data: bytes,
    source: str,
    *,
    key: str | None = None,
    published: datetime | None = None,
    lang: str = DEFAULT_LANG,
    suffix: str = "",
) -> list[Item]:
    """Each article in ``data``, or the refusal of that article (a bad record of a JSON list
    or a feed refuses that record only). Articles with no ``key`` (stdin, an upload) and no
    URL are identified by their content hash.

    :raises InputError: when the data as a whole is refused: empty, binary, oversized,
        undecodable, malformed JSON or feed, or no article in it.
    """
    if len(data) > config.max_bytes():
        raise _too_large(source, len(data))
    if not data.strip():
        raise InputError(f"{source}: the file is empty")
    for magic, what in _MAGIC:
        if data.startswith(magic):
            raise InputError(f"{source}: this is {what}, not an article")
    text = decode(data, source)
    if _is_binary(text):
        raise InputError(f"{source}: binary data, not text")
    text = normalise(text)
    if not text.strip():
        raise InputError(f"{source}: the file is empty")
    kind = _kind(suffix.lower(), text)
    base_key = key or f"file:{source}"
    items: list[Item]
    if kind == "html":
        items = [_from_html(text, source, base_key, published, lang)]
    elif kind == "json":
        items = _from_json(text, source, base_key, published, lang)
    elif kind == "feed":
        items = _from_feed(text, source, base_key, published, lang)
    else:
        items = [parse_text(text, source, key=base_key, published=published, lang=lang)]
    if not items:
        raise InputError(f"{source}: no article found")
    if key is None:
        items = [_by_content(item) for item in items]
    return items


def _by_content(item: Item) -> Item:
    """An article with no URL and no file of its own is identified by its content hash."""
    if isinstance(item, Document) and not item.url:
        from dataclasses import replace

        return replace(item, key=f"sha:{item.sha}")
    return item


def is_url(given: str) -> bool:
    """Whether a command-line argument is an address to fetch rather than a path."""
    return given.lower().startswith(URL_SCHEMES)


def iter_paths(paths: Iterable[str]) -> Iterable[tuple[str, InputError | None]]:
    """Expand files and folders (recursively, sorted, hidden files skipped) into file paths;
    ``http(s)://`` addresses and ``-`` (standard input) pass through as given.

    Yields ``(path, None)`` for each file to read, or ``(path, error)`` for a path that cannot be.
    """
    for given in paths:
        if given == "-" or is_url(given):
            yield given, None
            continue
        p = Path(given)
        if p.is_dir():
            for child in sorted(p.rglob("*")):
                rel = child.relative_to(p)
                if any(part.startswith(".") for part in rel.parts) or not child.is_file():
                    continue
                if child.suffix.lower() in SUPPORTED:
                    yield os.path.join(given, *rel.parts), None
        elif p.exists():
            yield given, None
        else:
            yield given, InputError(f"{given}: no such file or folder")
