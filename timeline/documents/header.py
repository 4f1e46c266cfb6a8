"""Text files: the publication date in their header (a leading ``date`` line or a labelled
line), header lines left out of the body, and the dates and offsets a header may carry.
"""

from __future__ import annotations

import re
from collections.abc import Iterable
from datetime import date, datetime, time, timedelta
from functools import cache

from ..errors import InputError
from ..lang import DEFAULT_LANG, read_table
from ..model import NAME_MAX, TITLE_MAX, Document, cap
from ..text import fold
from .common import NEWS_ZONE
from .decoding import normalise


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
    folded = fold(_head(text, HEADER_LINES * 2 + 1))
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


def _head(text: str, lines: int) -> str:
    """The first ``lines`` lines of ``text`` with their line ends (all of it when shorter):
    the part the header's lines can be in, folded without folding a long article whole."""
    cut = -1
    for _ in range(lines):
        cut = text.find("\n", cut + 1)
        if cut < 0:
            return text
    return text[: cut + 1]


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


def _published_label(lang: str = DEFAULT_LANG) -> str:
    """The first publication-date label of header.tsv, as a heading: ``Yayın Tarihi``."""
    rows = read_table(lang, "header.tsv")
    return next(r["label"] for r in rows if r["field"] == "published").title()
