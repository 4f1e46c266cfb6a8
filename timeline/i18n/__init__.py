"""Interface text in Turkish and English: messages, date formatting, language choice.

The catalogs are ``<code>.tsv`` files beside this module (``key<TAB>text``); a key missing
from a catalog falls back to Turkish, then to the key itself. Both catalogs have the same keys
(a test checks it). A text with a ``{count}`` may have a singular form under ``<key>.one``.
"""

from __future__ import annotations

import re
from datetime import date
from functools import cache
from importlib import resources

LANGUAGES = ("tr", "en")
DEFAULT = "tr"


@cache
def catalog(lang: str) -> dict[str, str]:
    if lang not in LANGUAGES:
        lang = DEFAULT
    text = resources.files(__package__).joinpath(f"{lang}.tsv").read_text(encoding="utf-8")
    out = {}
    for line in text.splitlines():
        if not line.strip() or line.startswith("#"):
            continue
        key, _, value = line.partition("\t")
        out[key.strip()] = value.strip()
    return out


def gettext(lang: str, key: str, **values) -> str:
    """The text of ``key`` in ``lang``, with ``{name}`` placeholders filled.

    >>> gettext("en", "status.postponed")
    'postponed'
    >>> gettext("tr", "status.postponed")
    'ertelendi'
    >>> gettext("en", "ui.sources_count", count=1), gettext("en", "ui.sources_count", count=2)
    ('1 source', '2 sources')
    """
    if values.get("count") == 1:
        # Singular forms are separate keys: "ui.sources_count.one" = "{count} source".
        one = catalog(lang).get(f"{key}.one")
        if one:
            return one.format(**values)
    text = catalog(lang).get(key) or catalog(DEFAULT).get(key) or key
    return text.format(**values) if values else text


def month_name(lang: str, month: int) -> str:
    return gettext(lang, f"month.{month}")


def format_date(lang: str, value: str, end: str | None = None) -> str:
    """A date written at its precision: ``2025-11-12`` -> ``12 Kasım 2025`` / ``12 November
    2025``; ``2025-11`` -> ``Kasım 2025``; ``2022`` -> ``2022``; a range -> ``15–16 Haziran 2026``.

    >>> format_date("tr", "2025-11-12"), format_date("en", "2025-11"), format_date("tr", "2022")
    ('12 Kasım 2025', 'November 2025', '2022')
    >>> format_date("tr", "2026-06-15", "2026-06-16")
    '15–16 Haziran 2026'
    >>> format_date("en", "2026-06-30", "2026-07-02")
    '30 June – 2 July 2026'
    """
    if len(value) == 4:
        return value
    if len(value) == 7:
        return f"{month_name(lang, int(value[5:7]))} {value[:4]}"
    d = date.fromisoformat(value[:10])
    one = f"{d.day} {month_name(lang, d.month)} {d.year}"
    if not end or end == value:
        return one
    e = date.fromisoformat(end)
    if (e.year, e.month) == (d.year, d.month):
        return f"{d.day}–{e.day} {month_name(lang, d.month)} {d.year}"
    if e.year == d.year:
        return f"{d.day} {month_name(lang, d.month)} – {e.day} {month_name(lang, e.month)} {d.year}"
    return f"{one} – {e.day} {month_name(lang, e.month)} {e.year}"


def format_clock(lang: str, start: str, end: str | None = None) -> str:
    """A clock time (``HH:MM``) as the language writes it, or a clock range.

    >>> format_clock("tr", "14:00", "16:00"), format_clock("en", "22:00", "02:00")
    ('14.00–16.00', '22:00–02:00')
    >>> format_clock("tr", "09:30")
    '09.30'
    """

    def one(value: str) -> str:
        hour, _, minute = value.partition(":")
        return gettext(lang, "clock", hour=hour, minute=minute)

    if not end:
        return one(start)
    return gettext(lang, "clock.range", start=one(start), end=one(end))


def format_when(
    lang: str, value: str, end: str | None, time: str | None, end_time: str | None = None
) -> str:
    """An event's date at its precision with its clock time or range: ``12 Mart 2026,
    14.00–16.00``.

    >>> format_when("tr", "2026-03-12", None, "14:00", "16:00")
    '12 Mart 2026, 14.00–16.00'
    >>> format_when("en", "2026-06-15", "2026-06-16", None)
    '15–16 June 2026'
    """
    label = format_date(lang, value, end)
    return f"{label}, {format_clock(lang, time, end_time)}" if time else label


_DAY = r"\d{4}-\d{2}-\d{2}"
_PLAIN = re.compile(r"\d{4}(?:-\d{2}(?:-\d{2})?)?$")
_TIMED = re.compile(rf"({_DAY})T(\d{{2}}:\d{{2}})$")
_PART_OF_DAY = re.compile(rf"({_DAY})T(MO|AF|EV|NI)$")
_WEEK = re.compile(r"(\d{4})-W(\d{2})$")
_DURATION = re.compile(r"P(?:(\d+)([YMWD])|T(\d+)([HM]))$")


def describe_value(lang: str, value: str, mod: str | None = None) -> str:
    """A TIMEX3 value in words, for readers checking what a date expression was resolved to.
    Values it does not know are returned as they are.

    >>> describe_value("tr", "2025-11-12"), describe_value("en", "2025-11-12T14:00")
    ('12 Kasım 2025', '12 November 2025, 14:00')
    >>> describe_value("tr", "2026-06-15/2026-06-16"), describe_value("en", "2025-W46")
    ('15–16 Haziran 2026', 'week 46 of 2025')
    >>> describe_value("tr", "P3Y"), describe_value("en", "2025-11", "END")
    ('3 yıl', 'end of November 2025')
    >>> describe_value("en", "XXXX-XX-XX")
    'XXXX-XX-XX'
    """
    text = _describe(lang, value.strip())
    if text is None:
        return value
    if mod and f"mod.{mod}" in catalog(lang):
        text = gettext(lang, f"mod.{mod}", value=text)
    return text


def _describe(lang: str, value: str) -> str | None:
    try:
        if _PLAIN.match(value):
            if len(value) >= 7 and not 1 <= int(value[5:7]) <= 12:
                return None
            if len(value) == 10:
                date.fromisoformat(value)
            return format_date(lang, value)
        if "/" in value:
            first, _, last = value.partition("/")
            if re.fullmatch(_DAY, first) and re.fullmatch(_DAY, last) and last >= first:
                return format_date(lang, first, last)
            a, b = _describe(lang, first), _describe(lang, last)
            return f"{a} – {b}" if a and b else None
        if "," in value:
            parts = [_describe(lang, v) for v in value.split(",")]
            return ", ".join(parts) if all(parts) else None
        if m := _TIMED.match(value):
            return f"{format_date(lang, m.group(1))}, {m.group(2)}"
        if m := _PART_OF_DAY.match(value):
            part = gettext(lang, f"part_of_day.{m.group(2)}")
            return f"{format_date(lang, m.group(1))}, {part}"
        if m := _WEEK.match(value):
            return gettext(lang, "week_of_year", week=int(m.group(2)), year=m.group(1))
        if m := _DURATION.match(value):
            n, unit = (m.group(1), m.group(2)) if m.group(1) else (m.group(3), "T" + m.group(4))
            return gettext(lang, f"duration.{unit}", n=int(n))
    except ValueError:  # an impossible date such as 2025-02-30
        pass
    return None


def choose(accept_language: str | None, cookie: str | None = None, param: str | None = None) -> str:
    """The interface language: an explicit ``?lang=``, else the remembered cookie, else the
    best of ``Accept-Language``, else Turkish.

    >>> choose("en-US,en;q=0.9,tr;q=0.8"), choose("de, tr;q=0.5"), choose(None)
    ('en', 'tr', 'tr')
    >>> choose("en", cookie="tr"), choose("tr", param="en")
    ('tr', 'en')
    """
    for explicit in (param, cookie):
        if explicit in LANGUAGES:
            return explicit
    best, best_q = DEFAULT, -1.0
    for part in (accept_language or "").split(","):
        code, _, params = part.strip().partition(";")
        code = code.strip().lower().split("-")[0]
        q = 1.0
        if params.strip().startswith("q="):
            try:
                q = float(params.strip()[2:])
            except ValueError:
                q = 0.0
        if code in LANGUAGES and q > 0 and q > best_q:  # q=0: "not acceptable"
            best, best_q = code, q
    return best
