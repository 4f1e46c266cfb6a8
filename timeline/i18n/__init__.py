"""Interface text in Turkish and English: messages, date formatting, language choice.

The catalogs are ``<code>.tsv`` files beside this module (``key<TAB>text``); a key missing
from a catalog falls back to Turkish, then to the key itself.
"""

from __future__ import annotations

from datetime import date
from functools import lru_cache
from importlib import resources

LANGUAGES = ("tr", "en")
DEFAULT = "tr"


@lru_cache(maxsize=None)
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
    """
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
        if code in LANGUAGES and q > best_q:
            best, best_q = code, q
    return best
