"""Read articles: text files with a header, HTML pages, JSON records and RSS/Atom feeds.

``read_documents(path)`` returns one :class:`~timeline.model.Document` per article found. Every
refusal is an :class:`~timeline.errors.InputError` that names the file and the reason (empty,
binary, too large, undecodable, no publication date…); nothing is half-read.

Text files carry their publication date in a header, in one of these shapes::

     date 2025-10-22 Rusya Dışişleri Bakanı …     (leading "date", the lede on the same line)
    date 2025-09-15                                (a first line of its own, as in the corpus)
    Yayın Tarihi: 09.10.2025 20:22                 (a labelled line; labels in lang/tr/header.tsv)

Header lines are metadata: they are kept in ``Document.text`` (offsets stay exact) but left out
of ``Document.body``, the spans that later stages analyse.
"""

from __future__ import annotations

import codecs
import json
import os
import re
from collections.abc import Iterable
from datetime import date, datetime, time
from functools import cache
from pathlib import Path
from zoneinfo import ZoneInfo

from .errors import InputError
from .lang import DEFAULT_LANG, read_table
from .model import Document
from .text import fold

NEWS_ZONE = ZoneInfo("Europe/Istanbul")
MAX_BYTES = int(os.environ.get("TIMELINE_MAX_BYTES", str(5 * 1024 * 1024)))
TEXT_SUFFIXES = {".txt", ".text", ".md", ""}
HTML_SUFFIXES = {".html", ".htm", ".xhtml"}
JSON_SUFFIXES = {".json", ".jsonl", ".ndjson"}
FEED_SUFFIXES = {".rss", ".atom", ".xml"}
SUPPORTED = TEXT_SUFFIXES | HTML_SUFFIXES | JSON_SUFFIXES | FEED_SUFFIXES

_MAGIC = (
    (b"%PDF", "a PDF document"),
    (b"\x89PNG", "a PNG image"),
    (b"\xff\xd8\xff", "a JPEG image"),
    (b"GIF8", "a GIF image"),
    (b"PK\x03\x04", "a ZIP archive (or Office document)"),
    (b"\x1f\x8b", "a gzip archive"),
    (b"SQLite format 3", "an SQLite database"),
    (b"\x7fELF", "an executable"),
)


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
    :raises InputError: when the file cannot be read as articles (the message says why).
    """
    source = os.fspath(path)
    p = Path(source)
    if not p.exists():
        raise InputError(f"{source}: no such file")
    if p.is_dir():
        raise InputError(f"{source}: is a folder, not a file")
    size = p.stat().st_size
    if size > MAX_BYTES:
        raise InputError(
            f"{source}: too large ({size:,} bytes; the limit is {MAX_BYTES:,}, "
            "set TIMELINE_MAX_BYTES to raise it)"
        )
    try:
        data = p.read_bytes()
    except OSError as e:
        raise InputError(f"{source}: cannot be read ({e.strerror})") from e
    key = f"file:{p.resolve()}"
    return parse_bytes(data, source, key=key, published=published, lang=lang, suffix=p.suffix)


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
    if len(data) > MAX_BYTES:
        raise InputError(f"{source}: too large ({len(data):,} bytes; the limit is {MAX_BYTES:,})")
    if not data.strip():
        raise InputError(f"{source}: the file is empty")
    for magic, what in _MAGIC:
        if data.startswith(magic):
            raise InputError(f"{source}: this is {what}, not an article")
    text = decode(data, source)
    if _is_binary(text):
        raise InputError(f"{source}: binary data, not text")
    kind = _kind(suffix.lower(), text)
    key = key or f"file:{source}"
    if kind == "html":
        docs = [_from_html(text, source, key, published, lang)]
    elif kind == "json":
        docs = _from_json(text, source, key, published, lang)
    elif kind == "feed":
        docs = _from_feed(text, source, key, published, lang)
    else:
        docs = [parse_text(text, source, key=key, published=published, lang=lang)]
    if not docs:
        raise InputError(f"{source}: no article found")
    return docs


def parse_text(
    text: str,
    source: str,
    *,
    key: str | None = None,
    published: datetime | None = None,
    title: str | None = None,
    url: str | None = None,
    outlet: str | None = None,
    lang: str = DEFAULT_LANG,
) -> Document:
    """Build a document from article text with an optional header (see the module docstring).

    :raises InputError: when no publication date is given nor found in the header, or the
        header's date is malformed.
    """
    header = parse_header(text, lang)
    pub = published or header.published
    has_time = header.has_time if published is None else True
    if pub is None:
        raise InputError(
            f"{source}: no publication date (expected a 'date YYYY-MM-DD' first line or a "
            "'Yayın Tarihi: DD.MM.YYYY HH:MM' line; or pass --published)"
        )
    if published is not None and published.time() == time(0) and published.tzinfo is None:
        has_time = False
    pub = _aware(pub)
    body = _body_spans(text, header.metadata)
    found_title = title or header.title or _first_line(text, body)
    if not any(text[a:b].strip() for a, b in body):
        raise InputError(f"{source}: the article has no text besides its header")
    return Document(
        source=source,
        text=text,
        published=pub,
        title=" ".join(found_title.split())[:500],
        body=tuple(body),
        updated=_aware(header.updated) if header.updated else None,
        url=url,
        outlet=outlet,
        lang=lang,
        key=key or f"file:{source}",
        published_has_time=has_time,
    )


# ---------------------------------------------------------------------------------------------
# Decoding


def decode(data: bytes, source: str) -> str:
    """Decode bytes as text: a BOM, else UTF-8, else a declared charset, else Turkish
    Windows-1254, else the best guess of ``charset-normalizer``.

    :raises InputError: when no encoding gives plausible text.
    """
    for bom, codec in (
        (codecs.BOM_UTF32_LE, "utf-32"),
        (codecs.BOM_UTF32_BE, "utf-32"),
        (codecs.BOM_UTF8, "utf-8-sig"),
        (codecs.BOM_UTF16_LE, "utf-16"),
        (codecs.BOM_UTF16_BE, "utf-16"),
    ):
        if data.startswith(bom):
            try:
                return data.decode(codec)
            except UnicodeDecodeError as e:
                raise InputError(f"{source}: broken {codec} text at byte {e.start}") from e
    if b"\x00" in data[:4096] and data.count(b"\x00") > len(data) // 4:
        for codec in ("utf-16-le", "utf-16-be"):
            try:
                text = data.decode(codec)
            except UnicodeDecodeError:
                continue
            if not _is_binary(text):
                return text
        raise InputError(f"{source}: binary data, not text")
    head = data[:8192]
    controls = sum(1 for byte in head if byte < 32 and byte not in b"\t\n\r\f\v\x1b")
    if b"\x00" in head or controls > max(8, len(head) // 50):
        raise InputError(f"{source}: binary data, not text")
    try:
        return data.decode("utf-8")
    except UnicodeDecodeError as utf8_error:
        declared = _declared_charset(data)
        if declared:
            try:
                return data.decode(declared)
            except (LookupError, UnicodeDecodeError):
                pass
        legacy = _turkish_legacy(data)
        if legacy is not None:
            return legacy
        guess = _guess(data)
        if guess is not None:
            return guess
        raise InputError(
            f"{source}: not UTF-8 (invalid byte at offset {utf8_error.start}) and no other "
            "encoding fits; convert it to UTF-8"
        ) from utf8_error


def _declared_charset(data: bytes) -> str | None:
    head = data[:2048].decode("ascii", "replace")
    m = re.search(r"""(?:charset|encoding)\s*=\s*["']?([A-Za-z0-9_.:-]+)""", head, re.I)
    if not m:
        return None
    try:
        name = codecs.lookup(m.group(1)).name
    except LookupError:
        return None
    return None if name == "utf-8" else name


_TURKISH_LETTERS = set("çğıöşüÇĞİÖŞÜ")


def _turkish_legacy(data: bytes) -> str | None:
    """Windows-1254 (a superset of ISO-8859-9) when it yields Turkish letters and no C1 codes."""
    try:
        text = data.decode("cp1254")
    except UnicodeDecodeError:
        return None
    if any("\x80" <= c <= "\x9f" for c in text):
        return None
    non_ascii = [c for c in text if ord(c) > 127]
    if non_ascii and sum(c in _TURKISH_LETTERS for c in non_ascii) / len(non_ascii) >= 0.6:
        return text
    return None


def _guess(data: bytes) -> str | None:
    from charset_normalizer import from_bytes

    best = from_bytes(data).best()
    if best is None or best.chaos > 0.2:
        return None
    return str(best)


def _is_binary(text: str) -> bool:
    sample = text[:8192]
    if "\x00" in sample:
        return True
    controls = sum(1 for c in sample if ord(c) < 32 and c not in "\t\n\r\f\v")
    return controls > max(8, len(sample) // 50)


def _kind(suffix: str, text: str) -> str:
    if suffix in HTML_SUFFIXES:
        return "html"
    if suffix in JSON_SUFFIXES:
        return "json"
    head = text.lstrip()[:512].lower()
    if suffix in FEED_SUFFIXES or head.startswith("<?xml"):
        if "<rss" in head or "<feed" in head or "<rdf" in head or suffix in FEED_SUFFIXES:
            return "feed"
        return "html"
    if head.startswith(("<!doctype html", "<html")):
        return "html"
    if suffix not in TEXT_SUFFIXES and head.startswith(("{", "[")):
        return "json"
    return "text"


# ---------------------------------------------------------------------------------------------
# Text header


class Header:
    """What a text header says: publication and update times, title, metadata spans."""

    __slots__ = ("published", "updated", "has_time", "title", "metadata")

    def __init__(self) -> None:
        self.published: datetime | None = None
        self.updated: datetime | None = None
        self.has_time = False
        self.title: str | None = None
        self.metadata: list[tuple[int, int]] = []


_DATE_LINE = re.compile(
    r"\A[ \t\ufeff]*date[ \t]+(?P<iso>\d{4}-\d{2}-\d{2}(?:[T ]\d{2}:\d{2}(?::\d{2})?"
    r"(?:Z|[+-]\d{2}:?\d{2})?)?)(?=\s|\Z)"
)
_NUMERIC_DT = re.compile(
    r"(?P<d>\d{1,2})[./-](?P<m>\d{1,2})[./-](?P<y>\d{4})"
    r"(?:[ ,T]+(?P<H>\d{1,2})[:.](?P<M>\d{2})(?::\d{2})?)?"
)
_ISO_DT = re.compile(r"\d{4}-\d{2}-\d{2}(?:[T ]\d{2}:\d{2}(?::\d{2})?(?:Z|[+-]\d{2}:?\d{2})?)?")
HEADER_LINES = 40


@cache
def _header_labels(lang: str) -> tuple[re.Pattern, dict[str, str]]:
    rows = read_table(lang, "header.tsv")
    labels = {fold(r["label"]): r["field"] for r in rows}
    alt = "|".join(re.escape(label) for label in sorted(labels, key=len, reverse=True))
    return re.compile(rf"[ \t]*(?P<label>{alt})[ \t]*:[ \t]*(?P<value>[^\n]*)"), labels


def parse_header(text: str, lang: str = DEFAULT_LANG) -> Header:
    """Find the publication metadata at the top of an article text.

    >>> h = parse_header(" date 2025-10-22 Lavrov, Köşerbayev ile görüştü.\\n\\nGövde")
    >>> h.published.isoformat(), h.title, h.metadata
    ('2025-10-22T00:00:00', 'Lavrov, Köşerbayev ile görüştü.', [(0, 16)])
    >>> h = parse_header("Başlık\\n\\nYayın Tarihi: 09.10.2025 20:22\\nGövde")
    >>> h.published.isoformat(), h.metadata
    ('2025-10-09T20:22:00', [(8, 38)])
    """
    header = Header()
    m = _DATE_LINE.match(text)
    if m:
        header.published, header.has_time = _parse_datetime(m["iso"])
        header.metadata.append((0, m.end()))
        rest = text[m.end() : text.find("\n") if "\n" in text else len(text)]
        if rest.strip():
            header.title = rest.strip()
    pattern, labels = _header_labels(lang)
    folded = fold(text)
    for number, line in enumerate(re.finditer(r"[^\n]*", folded)):
        if number >= HEADER_LINES * 2:  # finditer yields an empty match after each line
            break
        lm = pattern.fullmatch(line.group())
        if not lm:
            continue
        value = text[line.start() + lm.start("value") : line.start() + lm.end("value")]
        parsed, with_time = _parse_datetime(value.strip())
        if parsed is None:
            continue
        field = labels[lm["label"]]
        if field == "published" and header.published is None:
            header.published, header.has_time = parsed, with_time
        elif field == "updated" and header.updated is None:
            header.updated = parsed
        header.metadata.append((line.start(), line.end()))
    header.metadata.sort()
    return header


def _parse_datetime(value: str) -> tuple[datetime | None, bool]:
    """``09.10.2025 20:22``, ``2025-10-22``, ``2025-10-22T09:52+03:00`` -> (datetime, has_time)."""
    value = value.strip()
    m = _ISO_DT.fullmatch(value)
    if m:
        try:
            parsed = datetime.fromisoformat(value.replace(" ", "T"))
        except ValueError:
            return None, False
        return parsed, len(value) > 10
    m = _NUMERIC_DT.match(value)
    if m:
        try:
            d = date(int(m["y"]), int(m["m"]), int(m["d"]))
            t = time(int(m["H"]), int(m["M"])) if m["H"] else time(0)
        except ValueError:
            return None, False
        return datetime.combine(d, t), bool(m["H"])
    return None, False


def parse_published(value: str) -> datetime:
    """Parse a user-given publication time (``--published``).

    >>> parse_published("2025-10-22").isoformat()
    '2025-10-22T00:00:00'
    >>> parse_published("09.10.2025 20:22").isoformat()
    '2025-10-09T20:22:00'

    :raises InputError: when the value is not a date or date-time.
    """
    parsed, _ = _parse_datetime(value)
    if parsed is None:
        raise InputError(
            f"{value!r} is not a publication date; use YYYY-MM-DD or YYYY-MM-DDTHH:MM[+03:00]"
        )
    return parsed


def _aware(value: datetime) -> datetime:
    return value.replace(tzinfo=NEWS_ZONE) if value.tzinfo is None else value


def _body_spans(text: str, metadata: list[tuple[int, int]]) -> list[tuple[int, int]]:
    spans, pos = [], 0
    for a, b in metadata:
        if a > pos:
            spans.append((pos, a))
        pos = max(pos, b)
    if pos < len(text):
        spans.append((pos, len(text)))
    return spans


def _first_line(text: str, body: Iterable[tuple[int, int]]) -> str:
    for a, b in body:
        for line in text[a:b].splitlines():
            if line.strip():
                return line.strip()
    return ""


# ---------------------------------------------------------------------------------------------
# HTML, JSON, feeds


def _html_to_text(html: str) -> tuple[str, dict]:
    """Main article text and metadata of an HTML page (trafilatura), falling back to all text."""
    import trafilatura

    meta: dict = {}
    doc = trafilatura.bare_extraction(html, with_metadata=True, include_comments=False)
    text = ""
    if doc is not None:
        text = doc.text or ""
        meta = {"title": doc.title, "date": doc.date, "url": doc.url, "outlet": doc.sitename}
    if not text.strip():
        text = _plain_text(html)
    precise = _meta_published(html)
    if precise:
        meta["date"] = precise
    return text, meta


def _plain_text(html: str) -> str:
    import lxml.html

    try:
        root = lxml.html.fromstring(html)
    except (ValueError, lxml.etree.ParserError):
        return ""
    for bad in root.xpath("//script|//style|//noscript"):
        bad.drop_tree()
    return "\n".join(line.strip() for line in root.text_content().splitlines() if line.strip())


_META_DATE = re.compile(
    r"""<meta[^>]+(?:property|name|itemprop)=["'](?:article:published_time|datePublished|"""
    r"""pubdate|publish-date|date)["'][^>]*content=["']([^"']+)["']""",
    re.I,
)
_LD_DATE = re.compile(r'"datePublished"\s*:\s*"([^"]+)"')


def _meta_published(html: str) -> str | None:
    for pattern in (_META_DATE, _LD_DATE):
        m = pattern.search(html)
        if m:
            return m.group(1)
    return None


def _from_html(text: str, source: str, key: str, published, lang: str) -> Document:
    body, meta = _html_to_text(text)
    title = (meta.get("title") or "").strip()
    pub = published or _loose_datetime(meta.get("date"))
    if pub is None:
        header = parse_header(body, lang)
        pub = header.published
    if pub is None:
        raise InputError(f"{source}: no publication date in the page's metadata; pass --published")
    content = f"{title}\n\n{body}" if title and not body.startswith(title) else body
    url = meta.get("url")
    return parse_text(
        content,
        source,
        key=f"url:{url}" if url else key,
        published=pub,
        title=title or None,
        url=url,
        outlet=meta.get("outlet"),
        lang=lang,
    )


def _loose_datetime(value) -> datetime | None:
    if not value:
        return None
    if isinstance(value, datetime):
        return value
    if isinstance(value, date):
        return datetime.combine(value, time(0))
    value = str(value).strip()
    parsed, _ = _parse_datetime(value)
    if parsed is not None:
        return parsed
    from dateutil import parser as dateutil_parser

    try:
        return dateutil_parser.parse(value)
    except (ValueError, OverflowError):
        return None


_JSON_TITLE = ("title", "headline", "baslik", "başlık")
_JSON_TEXT = ("content", "text", "body", "articleBody", "article", "icerik", "içerik", "summary")
_JSON_DATE = ("published", "date", "datePublished", "pubDate", "published_at", "publishedAt",
              "created_at", "time", "tarih")
_JSON_URL = ("url", "link", "original_url", "canonical_url")
_JSON_OUTLET = ("outlet", "source", "site", "sitename", "publisher")


def _from_json(text: str, source: str, key: str, published, lang: str) -> list[Document]:
    records = _json_records(text, source)
    docs = []
    for index, record in enumerate(records):
        if not isinstance(record, dict):
            raise InputError(f"{source}: record {index + 1} is not a JSON object")
        body = _first_str(record, _JSON_TEXT)
        if not body or not body.strip():
            raise InputError(
                f"{source}: record {index + 1} has no article text (one of: "
                f"{', '.join(_JSON_TEXT)})"
            )
        title = _first_str(record, _JSON_TITLE) or ""
        url = _first_str(record, _JSON_URL)
        outlet = _first_str(record, _JSON_OUTLET)
        pub = published or _loose_datetime(_first_str(record, _JSON_DATE))
        if "<" in body and re.search(r"</?(p|div|br|span|a)\b", body, re.I):
            body = _plain_text(body) or body
        content = f"{title}\n\n{body}" if title else body
        rec_source = source if len(records) == 1 else f"{source}#{index + 1}"
        rec_key = f"url:{url}" if url else (key if len(records) == 1 else f"{key}#{index + 1}")
        try:
            docs.append(
                parse_text(content, rec_source, key=rec_key, published=pub, title=title or None,
                           url=url, outlet=outlet, lang=lang)
            )
        except InputError as e:
            raise InputError(f"{e.message} (record {index + 1})") from e
    return docs


def _json_records(text: str, source: str) -> list:
    try:
        data = json.loads(text)
    except json.JSONDecodeError as e:
        lines = [line for line in text.splitlines() if line.strip()]
        try:
            return [json.loads(line) for line in lines]
        except json.JSONDecodeError:
            raise InputError(
                f"{source}: invalid JSON at line {e.lineno}, column {e.colno}: {e.msg}"
            ) from e
    if isinstance(data, dict):
        for name in ("articles", "items", "documents", "data", "results"):
            if isinstance(data.get(name), list):
                return data[name]
        return [data]
    if isinstance(data, list):
        return data
    raise InputError(f"{source}: JSON holds a {type(data).__name__}, not articles")


def _first_str(record: dict, names: tuple[str, ...]) -> str | None:
    for name in names:
        value = record.get(name)
        if isinstance(value, str) and value.strip():
            return value
        if isinstance(value, dict):
            for inner in ("name", "href", "value", "text"):
                if isinstance(value.get(inner), str):
                    return value[inner]
    return None


def _from_feed(text: str, source: str, key: str, published, lang: str) -> list[Document]:
    import feedparser

    feed = feedparser.parse(text)
    if feed.bozo and not feed.entries:
        reason = getattr(feed.bozo_exception, "getMessage", lambda: str(feed.bozo_exception))()
        raise InputError(f"{source}: not a readable RSS/Atom feed ({reason})")
    outlet = feed.feed.get("title")
    docs, errors = [], []
    for index, entry in enumerate(feed.entries):
        html = ""
        if entry.get("content"):
            html = entry.content[0].get("value", "")
        html = html or entry.get("summary", "")
        body = _plain_text(html) if "<" in html else html
        title = entry.get("title", "")
        if not body.strip() and not title.strip():
            continue
        stamp = entry.get("published_parsed") or entry.get("updated_parsed")
        pub = published
        if pub is None and stamp:
            from datetime import UTC

            pub = datetime(*stamp[:6], tzinfo=UTC).astimezone(NEWS_ZONE)
        link = entry.get("link")
        ident = link or entry.get("id")
        try:
            docs.append(
                parse_text(
                    f"{title}\n\n{body}" if body.strip() else title,
                    f"{source}#{index + 1}",
                    key=f"url:{ident}" if ident else f"{key}#{index + 1}",
                    published=pub,
                    title=title or None,
                    url=link,
                    outlet=outlet,
                    lang=lang,
                )
            )
        except InputError as e:
            errors.append(e.message)
    if not docs and errors:
        raise InputError(errors[0])
    return docs


def iter_paths(paths: Iterable[str]) -> Iterable[tuple[str, InputError | None]]:
    """Expand files and folders (recursively, sorted, hidden files skipped) into file paths.

    Yields ``(path, None)`` for each file to read, or ``(path, error)`` for a path that cannot be.
    """
    for given in paths:
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
