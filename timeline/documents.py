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

import codecs
import json
import os
import re
import stat
import unicodedata
from collections.abc import Iterable
from datetime import UTC, date, datetime, time, timedelta
from functools import cache
from pathlib import Path
from zoneinfo import ZoneInfo

from . import config
from .errors import InputError
from .lang import DEFAULT_LANG, read_list, read_table
from .model import NAME_MAX, TITLE_MAX, Document, cap
from .text import fold

NEWS_ZONE = ZoneInfo("Europe/Istanbul")
TEXT_SUFFIXES = {".txt", ".text", ".md", ""}
HTML_SUFFIXES = {".html", ".htm", ".xhtml"}
JSON_SUFFIXES = {".json", ".jsonl", ".ndjson"}
FEED_SUFFIXES = {".rss", ".atom", ".xml"}
SUPPORTED = TEXT_SUFFIXES | HTML_SUFFIXES | JSON_SUFFIXES | FEED_SUFFIXES
URL_SCHEMES = ("http://", "https://")

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


Item = Document | InputError  # one article of a file, or the reason it was refused


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


def normalise(text: str) -> str:
    """NFC, LF line ends, no stray control characters (a form feed or vertical tab becomes a
    space; a BOM, NUL, bidirectional override or other control character goes).

    >>> normalise("a\\r\\nb\\rc\\x00\\x07\\ufeff\\x0cd\\te")
    'a\\nb\\nc d\\te'
    >>> normalise("I\\u0307stanbul") == "İstanbul"
    True
    >>> normalise("Ajans\\u202e Haber\\u2066")
    'Ajans Haber'

    """
    text = text.replace("\r\n", "\n").translate(_CONTROLS)
    return text if unicodedata.is_normalized("NFC", text) else unicodedata.normalize("NFC", text)


# Dropped too: the bidirectional embeddings, overrides and isolates (U+202A-U+202E,
# U+2066-U+2069), with which an outlet or a title could reverse the text after it on a page.
_BIDI = (*range(0x202A, 0x202F), *range(0x2066, 0x206A))
_CONTROLS = {c: None for c in (*range(0, 32), *range(0x7F, 0xA0), 0xFEFF, 0x200B, *_BIDI)}
_CONTROLS.update(
    {
        ord("\t"): ord("\t"),
        ord("\n"): ord("\n"),
        ord("\r"): ord("\n"),
        0x0B: ord(" "),
        0x0C: ord(" "),
        0x2028: ord("\n"),
        0x2029: ord("\n"),
    }
)


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
    for name, value in (("text", text), ("title", title), ("url", url), ("outlet", outlet)):
        problem = surrogate_problem(value)
        if problem:
            raise InputError(f"{source}: the {name} {problem}")
    header = parse_header(text, lang)
    pub = published or header.published
    has_time = header.has_time if published is None else True
    if pub is None and header.bad_date:
        raise InputError(
            f"{source}: no usable publication date: {header.bad_date!r} is not a "
            "real date (or not one this reader knows: DD.MM.YYYY [HH:MM], "
            "YYYY-MM-DD)"
        )
    if pub is None:
        raise InputError(
            f"{source}: no publication date (expected a 'date YYYY-MM-DD' first line or a "
            f"'{_published_label()}: DD.MM.YYYY HH:MM' line; or pass --published)"
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
        title=cap(found_title, TITLE_MAX),
        body=tuple(body),
        updated=_aware(header.updated) if header.updated else None,
        url=url,
        outlet=cap(normalise(outlet), NAME_MAX) if outlet else None,
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
        # UTF-16 without a BOM: mostly-Latin text has a NUL in every other byte, after the
        # letter (little-endian) or before it (big-endian).
        sample = data[:8192]
        odd_nuls = sample[1::2].count(0)
        even_nuls = sample[0::2].count(0)
        codecs_ = (
            ("utf-16-le", "utf-16-be") if odd_nuls >= even_nuls else ("utf-16-be", "utf-16-le")
        )
        for codec in codecs_:
            try:
                text = data.decode(codec)
            except UnicodeDecodeError:
                continue
            if not _is_binary(text):
                return text
        raise InputError(f"{source}: binary data, not text")
    head = data[:8192]
    # A few stray control bytes (even a NUL) are dropped later; many mean binary data.
    controls = sum(1 for byte in head if byte < 32 and byte not in b"\t\n\r\f\v\x1b")
    if controls > max(8, len(head) // 50):
        raise InputError(f"{source}: binary data, not text")
    try:
        return data.decode("utf-8")
    except UnicodeDecodeError as utf8_error:
        if _broken_utf8(data):
            raise InputError(
                f"{source}: invalid UTF-8 (a broken byte sequence at offset "
                f"{utf8_error.start}); the file is damaged or mixes encodings"
            ) from utf8_error
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


_UTF8_MULTIBYTE = re.compile(
    rb"[\xc2-\xdf][\x80-\xbf]|[\xe0-\xef][\x80-\xbf]{2}|[\xf0-\xf4][\x80-\xbf]{3}"
)
_NOT_ASCII = re.compile(rb"[\x80-\xff]")


def _broken_utf8(data: bytes) -> bool:
    """UTF-8 text with damaged bytes: most of its non-ASCII bytes form valid UTF-8 sequences
    (in a legacy single-byte text, like Windows-1254 Turkish, they almost never do).

    >>> _broken_utf8("Şişli'de güneş".encode() + b"\\xff")
    True
    >>> _broken_utf8("Şişli'de güneş".encode("cp1254"))
    False
    """
    valid = sum(len(m) for m in _UTF8_MULTIBYTE.findall(data))
    return valid > 0 and valid >= len(_NOT_ASCII.findall(data)) * 0.6


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


_TURKISH_LETTERS = set(read_list(DEFAULT_LANG, "legacy_letters.txt"))


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

    __slots__ = ("published", "updated", "has_time", "title", "metadata", "bad_date")

    def __init__(self) -> None:
        self.published: datetime | None = None
        self.bad_date: str | None = None  # a publication date given that is no real date
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
        if header.published is None:
            header.bad_date = m["iso"]
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
        field = labels[lm["label"]]
        if parsed is None:
            if field == "published" and value.strip() and header.bad_date is None:
                header.bad_date = value.strip()
            continue
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
        if not real_offset(parsed):
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


# The UTC offsets in use on Earth run from -12:00 to +14:00.
OFFSETS = (timedelta(hours=-12), timedelta(hours=14))


def real_offset(value: datetime) -> bool:
    """Whether a date-time's UTC offset (if any) is one a clock can show: a naive value, or an
    offset from -12:00 to +14:00 (``+99:00`` is no offset, and Python cannot even compute
    with one of a day or more).

    >>> real_offset(datetime.fromisoformat("2025-10-20T09:00+03:00"))
    True
    >>> from dateutil.tz import tzoffset
    >>> real_offset(datetime(2025, 10, 20, 9, tzinfo=tzoffset(None, 99 * 3600)))
    False
    """
    try:
        offset = value.utcoffset()
    except ValueError:  # dateutil builds offsets of a day or more; using them raises
        return False
    return offset is None or OFFSETS[0] <= offset <= OFFSETS[1]


_SURROGATE = re.compile("[\ud800-\udfff]")


def surrogate_problem(value: str | None) -> str | None:
    """Why a string is not text, when it holds an unpaired UTF-16 surrogate (JSON lets
    ``"\\ud800"`` through; no encoding can store it), else None.

    >>> surrogate_problem("a\\ud800b")
    'holds an unpaired surrogate (\\\\ud800 at character 2), which is not text'
    >>> surrogate_problem("İstanbul") is None
    True
    """
    m = _SURROGATE.search(value) if value else None
    if m is None:
        return None
    where = f"\\u{ord(m.group()):04x} at character {m.start() + 1}"
    return f"holds an unpaired surrogate ({where}), which is not text"


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
    # Dates from the page's metadata only: trafilatura's default "extensive" search takes the
    # first date in the text, often the event the article announces, for its publication.
    doc = trafilatura.bare_extraction(
        html, with_metadata=True, include_comments=False, date_extraction_params=_DATE_PARAMS
    )
    text = ""
    if doc is not None:
        text = doc.text or ""
        meta = {"title": doc.title, "date": doc.date, "url": doc.url, "outlet": doc.sitename}
    if not text.strip():
        text = _plain_text(html)
    precise = _page_published(html)
    if precise:
        meta["date"] = precise
    return text, meta


_DATE_PARAMS = {
    "extensive_search": False,
    "original_date": True,
    "outputformat": "%Y-%m-%dT%H:%M:%S%z",
}


def _page_published(html: str) -> str | None:
    """The page's own publication time, with its time of day when the page gives one, from
    its metadata (``article:published_time``, JSON-LD ``datePublished``, ``<time>``…) via
    ``htmldate``; the page's text is not searched (a date in the text is an event's)."""
    from htmldate import find_date

    try:
        return find_date(html, **_DATE_PARAMS)
    except (ValueError, TypeError, OverflowError):
        return None


def _plain_text(html: str) -> str:
    import lxml.html

    try:
        root = lxml.html.fromstring(html)
    except (ValueError, lxml.etree.ParserError):
        return ""
    for bad in root.xpath("//script|//style|//noscript"):
        bad.drop_tree()
    return "\n".join(line.strip() for line in root.text_content().splitlines() if line.strip())


def _from_html(text: str, source: str, key: str, published, lang: str) -> Item:
    body, meta = _html_to_text(text)
    body = normalise(body)
    title = normalise(meta.get("title") or "").strip()
    pub = published or _loose_datetime(meta.get("date"))
    if pub is None:
        header = parse_header(body, lang)
        pub = header.published
    if pub is None:
        raise InputError(f"{source}: no publication date in the page's metadata; pass --published")
    if not body.strip() and not title:
        raise InputError(f"{source}: the page has no text")
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
    """A publication time from a page's or a record's metadata, or None when it is no real
    date-time (an impossible UTC offset included)."""
    parsed = _loose_parse(value)
    return parsed if parsed is not None and real_offset(parsed) else None


def _loose_parse(value) -> datetime | None:
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
    except (ValueError, OverflowError, TypeError):
        return None


def _json_names(field: str, lang: str = DEFAULT_LANG) -> tuple[str, ...]:
    """The keys of a JSON article's field in a language (json_fields.tsv), in file order."""
    return tuple(r["name"] for r in read_table(lang, "json_fields.tsv") if r["field"] == field)


def _published_label(lang: str = DEFAULT_LANG) -> str:
    """The first publication-date label of header.tsv, as a heading: ``Yayın Tarihi``."""
    rows = read_table(lang, "header.tsv")
    return next(r["label"] for r in rows if r["field"] == "published").title()


_JSON_TITLE = ("title", "headline", *_json_names("title"))
_JSON_TEXT = ("content", "text", "body", "articleBody", "article", *_json_names("text"), "summary")
_JSON_DATE = (
    "published",
    "date",
    "datePublished",
    "pubDate",
    "published_at",
    "publishedAt",
    "created_at",
    "time",
    *_json_names("published"),
)
_JSON_URL = ("url", "link", "original_url", "canonical_url")
_JSON_OUTLET = ("outlet", "source", "site", "sitename", "publisher")


def _from_json(text: str, source: str, key: str, published, lang: str) -> list[Item]:
    records = _json_records(text, source)
    return [
        _from_record(record, index, len(records), source, key, published, lang)
        for index, record in enumerate(records)
    ]


def _from_record(
    record, index: int, count: int, source: str, key: str, published, lang: str
) -> Item:
    """One JSON record as an article, or the reason it is refused (naming the record)."""
    where = f"{source}: record {index + 1}"
    if not isinstance(record, dict):
        return InputError(f"{where} is not a JSON object")
    fields = {
        "text": _first_str(record, _JSON_TEXT),
        "title": _first_str(record, _JSON_TITLE),
        "url": _first_str(record, _JSON_URL),
        "outlet": _first_str(record, _JSON_OUTLET),
        "published": _first_str(record, _JSON_DATE),
    }
    for name, value in fields.items():
        problem = surrogate_problem(value)
        if problem:
            return InputError(f"{where}: its {name} {problem}")
    body = fields["text"]
    if not body or not body.strip():
        return InputError(f"{where} has no article text (one of: {', '.join(_JSON_TEXT)})")
    title = normalise(fields["title"] or "").strip()
    url, outlet, given_date = fields["url"], fields["outlet"], fields["published"]
    pub = published or _loose_datetime(given_date)
    if pub is None and given_date:
        return InputError(f"{where}: no usable publication date: {_date_reason(given_date)}")
    if "<" in body and re.search(r"</?(p|div|br|span|a)\b", body, re.I):
        body = _plain_text(body) or body
    body = normalise(body)
    content = f"{title}\n\n{body}" if title else body
    rec_source = source if count == 1 else f"{source}#{index + 1}"
    rec_key = f"url:{url}" if url else (key if count == 1 else f"{key}#{index + 1}")
    try:
        return parse_text(
            content,
            rec_source,
            key=rec_key,
            published=pub,
            title=title or None,
            url=url,
            outlet=outlet,
            lang=lang,
        )
    except InputError as e:
        return InputError(f"{e.message} (record {index + 1})")


_OFFSET = re.compile(r"(?:[T ]\d{1,2}[:.]\d{2}(?::\d{2}(?:\.\d+)?)?)\s*([+-]\d{2}):?(\d{2})\s*\Z")


def _date_reason(given: str) -> str:
    """Why a given publication date was not usable.

    >>> _date_reason("2025-10-20T09:00+99:00")[:53]
    "'2025-10-20T09:00+99:00' has an impossible UTC offset"
    >>> _date_reason("2025-02-31T09:00+03:00")
    "'2025-02-31T09:00+03:00' is not a real date (or not one this reader knows)"
    >>> _date_reason("31.02.2025")
    "'31.02.2025' is not a real date (or not one this reader knows)"
    """
    value = given.strip()[:100]
    m = _OFFSET.search(value)
    minutes = int(m[1]) * 60 + (int(m[2]) if m[1][0] == "+" else -int(m[2])) if m else 0
    if not -12 * 60 <= minutes <= 14 * 60:
        return (
            f"{value!r} has an impossible UTC offset ({m[1]}:{m[2]}; offsets run from "
            "-12:00 to +14:00)"
        )
    return f"{value!r} is not a real date (or not one this reader knows)"


def _json_records(text: str, source: str) -> list:
    try:
        data = json.loads(text)
    except RecursionError:
        raise InputError(f"{source}: JSON nested too deeply to be articles") from None
    except json.JSONDecodeError as e:
        lines = [line for line in text.splitlines() if line.strip()]
        try:
            return [json.loads(line) for line in lines]
        except (json.JSONDecodeError, RecursionError):
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


def _from_feed(text: str, source: str, key: str, published, lang: str) -> list[Item]:
    import feedparser

    text, refused = _refuse_bad_references(text)
    try:
        feed = feedparser.parse(text)
    except (ValueError, TypeError, RecursionError) as e:  # feedparser is lenient; rarely raises
        raise InputError(f"{source}: not a readable RSS/Atom feed ({e})") from e
    if feed.bozo and not feed.entries:
        reason = getattr(feed.bozo_exception, "getMessage", lambda: str(feed.bozo_exception))()
        raise InputError(f"{source}: not a readable RSS/Atom feed ({reason})")
    outlet = feed.feed.get("title")
    items: list[Item] = []
    for index, entry in enumerate(feed.entries):
        html = ""
        if entry.get("content"):
            html = entry.content[0].get("value", "")
        html = html or entry.get("summary", "")
        body = normalise(_plain_text(html) if "<" in html else html)
        title = normalise(entry.get("title", "")).strip()
        where = f"{source}#{index + 1}"
        if str(entry.get("id", "")).startswith(_REFUSED_ID):
            reason = refused.get(entry.id, "it could not be read")
            items.append(InputError(f"{where}: {reason}"))
            continue
        if not body.strip() and not title:
            items.append(InputError(f"{where}: the entry has neither title nor text"))
            continue
        stamp = entry.get("published_parsed") or entry.get("updated_parsed")
        pub = published
        if pub is None and stamp:
            try:
                pub = datetime(*stamp[:6], tzinfo=UTC).astimezone(NEWS_ZONE)
            except (ValueError, OverflowError):
                pub = None
        link = entry.get("link")
        ident = link or entry.get("id")
        try:
            items.append(
                parse_text(
                    f"{title}\n\n{body}" if body.strip() else title,
                    where,
                    key=f"url:{ident}" if ident else f"{key}#{index + 1}",
                    published=pub,
                    title=title or None,
                    url=link,
                    outlet=outlet,
                    lang=lang,
                )
            )
        except InputError as e:
            items.append(e)
    return items


_CHAR_REF = re.compile(r"&#(?:[xX]([0-9a-fA-F]{1,16})|([0-9]{1,20}));")
# An item's or entry's opening or closing tag (any namespace prefix); bounded, so that a
# hostile text of many "<item" without ">" stays linear.
_ENTRY_TAG = re.compile(r"<(/?)(?:[\w.-]{1,40}:)?(?:item|entry)\b[^<>]{0,4000}?(/?)>", re.I)
_REFUSED_ID = "urn:timeline:refused:"


def _bad_reference(m: re.Match) -> bool:
    """Whether a numeric character reference names no character (a UTF-16 surrogate such as
    ``&#xD800;``, or past U+10FFFF): the feed parser fails on the whole feed for one."""
    code = int(m[1], 16) if m[1] else int(m[2])
    return 0xD800 <= code <= 0xDFFF or code > 0x10FFFF


def _refuse_bad_references(text: str) -> tuple[str, dict[str, str]]:
    """A feed's text with every item or entry that holds a character reference naming no
    character emptied (its id marks it as refused), so that the parser reads the others; a
    bad reference outside the items becomes U+FFFD. Also the reason of each refused item, by
    its marking id.

    >>> text, why = _refuse_bad_references(
    ...     "<rss><item><title>a&#xD800;</title></item><item><title>b</title></item></rss>")
    >>> text
    '<rss><item><guid>urn:timeline:refused:1</guid><id>urn:timeline:refused:1</id></item><item><title>b</title></item></rss>'
    >>> why
    {'urn:timeline:refused:1': "invalid character reference '&#xD800;' (no Unicode character)"}
    """
    if not any(_bad_reference(m) for m in _CHAR_REF.finditer(text)):
        return text, {}
    refused: dict[str, str] = {}

    parts, pos, opened = [], 0, None
    for tag in _ENTRY_TAG.finditer(text):
        if not tag[1]:  # an opening tag (a self-closing one holds nothing)
            opened = None if tag[2] else tag
            continue
        if opened is None:
            continue
        inner = text[opened.end() : tag.start()]
        bad = next((r for r in _CHAR_REF.finditer(inner) if _bad_reference(r)), None)
        opened, start = None, opened.end()
        if bad is None:
            continue
        mark = f"{_REFUSED_ID}{len(refused) + 1}"
        refused[mark] = f"invalid character reference {bad[0][:30]!r} (no Unicode character)"
        parts += [text[pos:start], f"<guid>{mark}</guid><id>{mark}</id>"]
        pos = tag.start()
    text = "".join([*parts, text[pos:]])
    text = _CHAR_REF.sub(lambda m: "\ufffd" if _bad_reference(m) else m[0], text)
    return text, refused


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
