"""The tagging pipeline: fold the text, scan for mentions, drop metadata, resolve.

Tagging is a single pass of one compiled trigger pattern over the text; where it fires, only the
rules that can open with the word found there run, as one compiled alternation. The grammar of
each language is compiled once per process.
"""

from __future__ import annotations

import re
from datetime import date, timedelta

from ..model import Timex
from .context import DocumentContext
from .grammar import Grammar, load_grammar
from .mention import Mention
from .resolve import Resolver
from .scanner import scan_mentions

STAMP_LINES = 8  # publication stamps sit within this many non-empty lines of the top
STAMP_LENGTH = 120  # characters of a stamp line at most
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
    top = _top_end(text)
    mentions = [m for m in mentions if not _is_metadata(grammar, text, folded, m, reference, top)]
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


# How far a line is looked for around a mention: every test below on the line's extent is
# about lines shorter than this (a longer line gives a stand-in extent just beyond it, so a
# text of one long line costs no more per mention than a short one).
_LINE_REACH = max(STAMP_LENGTH, DATELINE_LENGTH, 40) + 1


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
