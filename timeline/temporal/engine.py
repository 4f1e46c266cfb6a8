"""The tagging pipeline: fold the text, scan for mentions, drop metadata, resolve.

Tagging is a single pass of one compiled trigger pattern over the text; where it fires, only the
rules that can open with the word found there run, as one compiled alternation. The grammar of
each language is compiled once per process.
"""

from __future__ import annotations

import re
from bisect import bisect_right
from datetime import date, timedelta

from ..model import Timex
from ..patterncache import compile_late
from .context import DocumentContext
from .grammar import Grammar, load_grammar
from .mention import Mention
from .resolve import Resolver
from .scanner import scan_mentions

STAMP_LINES = 8  # publication stamps sit within this many non-empty lines of the top
STAMP_LENGTH = 120  # characters of a stamp line at most
STAMP_WORDS = 3  # words besides the date and time on a stamp line at most
LIST_ITEM_LENGTH = 160  # characters of a headline in a list under a banner heading at most
_STAMP_FIELDS = frozenset(("year", "month", "day", "weekday", "hour", "minute", "suffix"))
_STAMP_GAP = re.compile(r"[\s,|•\-–—/]*")
# a tweet footer before the date it was posted: "(@ajans) ", "— Ali Veli (AliVeli) ", or with
# the date in the embed's own month-first form ("(@ajans) June 25, ")
_TWEET_FOOTER = re.compile(
    r"(?:\(@\w+\)|(?:—|&mdash;)[^\n—]{1,60}\(\w+\))[ \t]*(?:[A-Z][a-z]+\.?[ \t]+\d{1,2},[ \t]*)?\Z"
)
TWEET_REACH = 100  # characters of a tweet footer before its date at most
DATELINE_LENGTH = 60  # characters of a dateline's place before its date at most
_DATELINE_PREFIX = re.compile(
    r"[ \t]*[^\W\d_][^\W\d_'’.-]*(?:[ '’.-]+[^\W\d_]+){0,3}[ \t]*"
    r"(?:\([^)\n]{1,30}\)[ \t]*)?,[ \t]*"
)
_DATELINE_SUFFIX = re.compile(r"[ \t]*(?:[.(\-–—]|$)", re.M)
_LETTERS = re.compile(r"[^\W\d_]+")


def tag_spans(text: str, reference: date, spans: list[tuple[int, int]], lang: str) -> list[Timex]:
    """Tag the ``spans`` of ``text`` against the publication date ``reference``.

    :return: timexes in text order, non-overlapping, each inside one span.
    """
    grammar = load_grammar(lang)
    folded = grammar.fold(text)
    clean = _clean_spans(spans, len(text))
    mentions = scan_mentions(grammar, text, folded, clean, reference)
    mentions = _drop_metadata(grammar, text, folded, mentions, reference)
    doc = DocumentContext(grammar, text, folded)
    return Resolver(grammar, doc, reference).run(mentions)


def _clean_spans(spans: list[tuple[int, int]], size: int) -> list[tuple[int, int]]:
    """The spans clamped to the text, sorted, empty ones dropped, overlapping ones merged."""
    out: list[tuple[int, int]] = []
    for start, end in sorted((max(0, int(a)), min(size, int(b))) for a, b in spans):
        if end <= start:
            continue
        if out and start < out[-1][1]:
            out[-1] = (out[-1][0], max(out[-1][1], end))
        else:
            out.append((start, end))
    return out


def _top_end(text: str) -> int:
    """Where the first ``STAMP_LINES`` non-empty lines of ``text`` end."""
    pos = seen = 0
    while seen < STAMP_LINES and pos < len(text):
        end = text.find("\n", pos)
        end = len(text) if end < 0 else end
        seen += bool(text[pos:end].strip())
        pos = end + 1
    return pos


def _drop_metadata(
    grammar: Grammar, text: str, folded: str, mentions: list[Mention], reference: date
) -> list[Mention]:
    """The mentions that belong to the story: those of stamp lines (``Eylül 11, 2023 16:35``,
    ``• 10:55`` under the headline), of labelled lines (``Yayınlanma: 09.02.2022 - 04:00``), of
    tweet footers (``— Ajans (@ajans) 25 Haziran 2015``), of banner lines (``Son dakika``) and
    of the headline lists that follow a banner heading (``Çok okunanlar``) are left out."""
    if not mentions:
        return mentions
    top = _top_end(text)
    chrome = _chrome_lines(grammar, text, folded)
    out: list[Mention] = []
    line_of: dict[int, list[Mention]] = {}
    starts = [0] + [n.end() for n in _NEWLINE.finditer(text)]  # bisected: linear on one line
    for m in mentions:
        line_of.setdefault(starts[bisect_right(starts, m.start) - 1], []).append(m)
    for line_start, group in line_of.items():
        if line_start in chrome or _is_stamp_line(text, line_start, group, reference, top):
            continue
        previous: Mention | None = None
        for m in group:
            dropped = _is_metadata(grammar, text, folded, m, reference, top) or (
                previous is not None
                and _STAMP_GAP.fullmatch(text, previous.end, m.start) is not None
                and _is_publication_point(m, reference)
            )
            if dropped:
                previous = m
            else:
                out.append(m)
    out.sort(key=lambda m: m.start)
    return out


def _is_stamp_line(
    text: str, line_start: int, group: list[Mention], reference: date, top: int
) -> bool:
    """A short line near the top made of the publication's date and time only (with at most
    ``STAMP_WORDS`` capitalised words: a site name, a month or weekday the rules did not
    read)."""
    if line_start >= top:
        return False
    line_end = text.find("\n", line_start)
    line_end = len(text) if line_end < 0 else line_end
    if line_end - line_start > STAMP_LENGTH:
        return False
    rest, pos = [], line_start
    for m in group:
        rest.append(text[pos : m.start])
        pos = m.end
    rest.append(text[pos:line_end])
    words = _LETTERS.findall(" ".join(rest))
    if len(words) > STAMP_WORDS or any(w[0].islower() for w in words):
        return False
    if not any("day" in m.fields or "hour" in m.fields for m in group):
        return False  # a bare year is a heading ("2025'in bilançosu"), not a stamp
    if words and not any(k in m.fields for m in group for k in ("year", "month", "day")):
        return False  # a time with words is a programme line ("10.00 Açılış"), not a stamp
    return all(_is_publication_point(m, reference) for m in group)


def _is_publication_point(m: Mention, reference: date) -> bool:
    """A point whose written parts (year, month, day, weekday) are those of the publication
    date (a clock time alone qualifies)."""
    if m.kind != "point":
        return False
    f = m.fields
    written = [(f.get(k), getattr(reference, k)) for k in ("year", "month", "day") if k in f]
    if "weekday" in f:
        written.append((f["weekday"], reference.isoweekday()))
    if not written and "hour" not in f:
        return False
    if set(f) - _STAMP_FIELDS:
        return False
    return all(value == expected for value, expected in written)


def _chrome_lines(grammar: Grammar, text: str, folded: str) -> set[int]:
    """Starts of the lines that are page chrome: a line opening with a banner word (``Son
    dakika``) and the short lines of a list under a heading such as
    ``Çok okunanlar``. The headline (the first line) is never one."""
    out: set[int] = set()
    banner, heading, anywhere = _banner_patterns(grammar)
    if not anywhere.search(folded):
        return out
    first = True
    in_list = False
    pos = 0
    size = len(text)
    while pos < size:
        end = text.find("\n", pos)
        end = size if end < 0 else end
        line = text[pos:end]
        if line.strip():
            if in_list and len(line) <= LIST_ITEM_LENGTH and not heading.match(folded, pos, end):
                out.add(pos)
            else:
                in_list = False
            if not first:
                if heading.match(folded, pos, end):
                    out.add(pos)
                    in_list = True
                elif banner.match(folded, pos, end):
                    out.add(pos)
            first = False
        pos = end + 1
    return out


_BANNERS: dict[int, tuple[re.Pattern, re.Pattern, re.Pattern]] = {}


def _banner_patterns(grammar: Grammar) -> tuple[re.Pattern, re.Pattern, re.Pattern]:
    """A banner word opening a line, a list heading standing alone on its line, and either
    one at the start of any line of a text (cached)."""
    key = id(grammar)
    if key not in _BANNERS:
        lead = r"[ \t•*|>#\-]*"
        banner = grammar.lexicon.pattern("banner")
        heading = grammar.lexicon.pattern("list_heading")
        _BANNERS[key] = (
            compile_late(lead + "(?:" + banner + r")(?![\w])"),
            compile_late("(?m)" + lead + "(?:" + heading + r")[ \t:|]*$"),
            compile_late("(?m)^" + lead + "(?:" + banner + "|" + heading + ")"),
        )
    return _BANNERS[key]


# How far a line is looked for around a mention: every test in _is_metadata on the line's
# extent is about lines shorter than this (a longer line gives a stand-in extent just beyond
# it, so a text of one long line costs no more per mention than a short one).
_LINE_REACH = max(STAMP_LENGTH, DATELINE_LENGTH, 60) + 1
_NEWLINE = re.compile("\n")


def _line_around(text: str, start: int, end: int) -> tuple[int, int]:
    """``(start, end)`` of the line holding ``text[start:end]``, or where the line is longer
    than ``_LINE_REACH`` either way, a point ``_LINE_REACH`` beyond."""
    floor = max(0, start - _LINE_REACH)
    line_start = text.rfind("\n", floor, start) + 1 or (floor if floor == 0 else floor - 1)
    ceiling = min(len(text), end + _LINE_REACH)
    line_end = text.find("\n", end, ceiling)
    if line_end < 0:
        line_end = ceiling if ceiling == len(text) else ceiling + 1
    return line_start, line_end


def _is_metadata(
    grammar: Grammar, text: str, folded: str, m: Mention, reference: date, top: int
) -> bool:
    """Publication metadata that is not part of the story: a labelled line (``Yayın Tarihi:
    09.10.2025 20:22``), a stamp under the headline (``11 Mayıs 2022 Çarşamba 20:29``,
    ``KRONOS 27 Mart 2023 GÜNDEM``) or a dateline (``İSTANBUL, 2 Haziran.``)."""
    line_start, line_end = _line_around(text, m.start, m.end)
    if grammar.header_label.search(folded, max(line_start, m.start - 40), m.start):
        return True  # Yayın Tarihi: 09.10.2025, … Güncelleme: 15 Eylül 2025, Pazartesi 15:33
    if _TWEET_FOOTER.search(text, max(line_start, m.start - TWEET_REACH), m.start):
        return True  # — Ajans (@ajans) 25 Haziran 2015: the date a tweet was posted
    f = m.fields
    if m.kind != "point" or "day" not in f or "month" not in f:
        return False
    is_reference = (f.get("year"), f["month"], f["day"]) == (
        reference.year,
        reference.month,
        reference.day,
    )
    if is_reference and line_start < top and line_end - line_start <= STAMP_LENGTH:
        rest = text[line_start : m.start] + " " + text[m.end : line_end]
        words = _LETTERS.findall(rest)
        if len(words) <= 3 and not any(w[0].islower() for w in words):
            return True
    prefix = text[line_start : m.start] if m.start - line_start <= DATELINE_LENGTH else ""
    if prefix.strip() and prefix.strip()[0].isupper() and _DATELINE_PREFIX.fullmatch(prefix):
        if _DATELINE_SUFFIX.match(text, m.end) and f.get("year", reference.year) == reference.year:
            try:
                written = date(reference.year, f["month"], f["day"])
            except ValueError:
                return False
            return timedelta(0) <= reference - written <= timedelta(days=3)
    return False
