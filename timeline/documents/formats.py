"""HTML pages, JSON records and RSS/Atom feeds: each article of such a file read into a
:class:`~timeline.model.Document`, or refused on its own.
"""

from __future__ import annotations

import json
import re
from datetime import UTC, date, datetime, time

from ..errors import InputError
from ..lang import DEFAULT_LANG, read_table
from .common import NEWS_ZONE, Item
from .decoding import normalise
from .header import (
    _parse_datetime,
    parse_header,
    parse_text,
    real_offset,
    surrogate_problem,
)

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
