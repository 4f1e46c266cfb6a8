"""What the readers of every format share: the suffixes of each format, the signatures of
binary files, and ``Item``, one article of a file or the reason it was refused.
"""

from __future__ import annotations

from zoneinfo import ZoneInfo

from ..errors import InputError
from ..model import Document

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


Item = Document | InputError  # one article of a file, or the reason it was refused
