"""Text helpers that know about Turkish letters: case folding, search keys, sentences.

All functions that return a transformed string keep its length, so offsets found in the
transformed text are offsets in the original (a regex can run on ``fold(text)`` and its spans
used on ``text``).
"""

from __future__ import annotations

import re
import unicodedata
from functools import lru_cache

from .lang import DEFAULT_LANG, read_list, read_table

# Letters whose case differs from Unicode's default (case.tsv): Turkish dotted/dotless i,
# İ -> i and I -> ı (Python's str.lower() gives "i̇" and "i"), and back.
_CASE = read_table(DEFAULT_LANG, "case.tsv")
_LOWER = str.maketrans({r["upper"]: r["lower"] for r in _CASE})
_LOWER_PAIRS = tuple((r["upper"], r["lower"]) for r in _CASE if len(r["upper"]) == 1)
_UPPER = {r["lower"]: r["upper"] for r in _CASE}
# Letters reduced for diacritic-insensitive search keys ("Köşerbayev" ~ "koserbayev"): each
# non-ASCII letter of letters.tsv to its ASCII spelling (ı -> i, ş -> s…); other accents are
# dropped by Unicode decomposition.
_ASCII_FOLD = str.maketrans(
    {
        r["letter"]: ascii_variants[0]
        for r in read_table(DEFAULT_LANG, "letters.tsv")
        if not r["letter"].isascii()
        and (ascii_variants := [v for v in r["variants"].split() if v.isascii()])
    }
)


@lru_cache(maxsize=4096)
def _lower_char(ch: str) -> str:
    low = ch.lower()
    return low if len(low) == 1 else ch


def fold(text: str) -> str:
    """Lower-case ``text`` by Turkish rules, keeping its length.

    >>> fold("İSTANBUL'DA KIŞ")
    "istanbul'da kış"
    """
    if text.isascii():
        return text.translate(_LOWER).lower() if "I" in text else text.lower()
    for upper_char, lower_char in _LOWER_PAIRS:
        if upper_char in text:
            text = text.replace(upper_char, lower_char)
    low = text.lower()
    # str.lower() in C is letter by letter unless a letter grows (as "İ" would, replaced
    # above) or a final sigma is met; then fall back to one letter at a time.
    if len(low) == len(text) and "Σ" not in text:
        return low
    return "".join(_lower_char(c) for c in text)


def upper(text: str) -> str:
    """Upper-case ``text`` by Turkish rules: ``upper("istanbul") == "İSTANBUL"``."""
    return "".join(_UPPER.get(c) or c.upper() for c in text)


def search_key(text: str) -> str:
    """A key for matching user input against names: Turkish case folding, no diacritics,
    apostrophes and punctuation ignored, spaces collapsed.

    >>> search_key("  Moskova ") == search_key("MOSKOVA") == "moskova"
    True
    >>> search_key("Köşerbayev") == search_key("koserbayev")
    True
    >>> search_key("İSTANBUL") == search_key("istanbul") == search_key("Istanbul")
    True
    """
    if " " not in text:
        return _word_key(text)
    # Word by word: each word's key is cached (names of several words are looked up as every
    # group of a sentence's words), and the key of words joined by spaces is their keys
    # joined by spaces, the empty ones left out.
    return " ".join(key for word in text.split(" ") if (key := _word_key(word)))


def _word_key(word: str) -> str:
    if len(word) <= 120:  # names, places, titles: met again and again
        return _short_search_key(word)
    return _search_key(word)


@lru_cache(maxsize=65536)
def _short_search_key(text: str) -> str:
    return _search_key(text)


_NOT_WORD_RE = re.compile(r"[\W_]+")


def _search_key(text: str) -> str:
    if not text.isascii():  # plain ASCII is its own NFC and NFKD form, with no combining mark
        text = unicodedata.normalize("NFC", text)
    text = fold(text).translate(_ASCII_FOLD)
    if not text.isascii():
        text = "".join(
            c for c in unicodedata.normalize("NFKD", text) if not unicodedata.combining(c)
        )
    text = _NOT_WORD_RE.sub(" ", text)
    return " ".join(text.split())


APOSTROPHES = "'’‘`´ʼ"
_APOS_RE = re.compile(f"[{APOSTROPHES}]")


def strip_suffix(word: str) -> str:
    """Drop a Turkish case suffix written after an apostrophe: ``Duşanbe'de`` -> ``Duşanbe``."""
    m = _APOS_RE.search(word)
    return word[: m.start()] if m else word


_OPEN_QUOTES = "“«‘"
_CLOSE_QUOTES = "”»’"
_SENTENCE_END = re.compile(r"[.!?…]+[\"”»’']*(?=\s)")
_ABBREVIATIONS = frozenset(read_list(DEFAULT_LANG, "abbreviations.txt"))


def sentences(text: str, start: int = 0, end: int | None = None) -> list[tuple[int, int]]:
    """Split ``text[start:end]`` into sentences; return ``(start, end)`` spans, stripped.

    Lines always end a sentence. Within a line a sentence ends at ``.``, ``!``, ``?`` or ``…``
    followed by white space, except after an ordinal number (``2. Orta Asya``), a known
    abbreviation (``Dr.``) or inside a quotation that closes later on the same line.

    >>> t = "Zirve 2. Orta Asya'da yapıldı. Dr. Ali geldi.\\nYeni satır"
    >>> [t[a:b] for a, b in sentences(t)]
    ["Zirve 2. Orta Asya'da yapıldı.", 'Dr. Ali geldi.', 'Yeni satır']
    """
    end = len(text) if end is None else end
    spans: list[tuple[int, int]] = []
    for line in re.finditer(r"[^\n]+", text[start:end]):
        spans.extend(_split_line(text, start + line.start(), start + line.end()))
    return [(a, b) for a, b in spans if b > a]


def _split_line(text: str, ls: int, le: int) -> list[tuple[int, int]]:
    out: list[tuple[int, int]] = []
    cur = ls
    quotes = _Quotes(text, ls, le)
    for m in _SENTENCE_END.finditer(text, ls, le):
        cut = m.end()
        if _is_false_end(text, m.start(), cur):
            continue
        if quotes.inside(cur, m.start()):
            continue
        out.append(_strip(text, cur, cut))
        cur = cut
    out.append(_strip(text, cur, le))
    return out


def _is_false_end(text: str, dot: int, sent_start: int) -> bool:
    if text[dot] != ".":
        return False
    start = dot  # the word before the full stop (letters, digits, "_"), back to sent_start
    while start > sent_start and (text[start - 1].isalnum() or text[start - 1] == "_"):
        start -= 1
    if start == dot:
        return False
    word = text[start:dot]
    if word.isdigit() and len(word) <= 3:
        nxt = text[dot + 1 : dot + 3]
        return len(nxt) == 2 and nxt[0] == " " and (nxt[1].isupper() or nxt[1].isdigit())
    return fold(word) in _ABBREVIATIONS or (len(word) == 1 and word.isupper())


class _Quotes:
    """Whether a full stop lies inside a quotation opened in its sentence and closed later on
    the line. The quotes of the sentence so far are counted as the sentence and the scan move
    forward (each character once), so a long line costs linear time."""

    _CLOSING = tuple(q for q in _CLOSE_QUOTES if q != "’")

    def __init__(self, text: str, ls: int, le: int) -> None:
        self.text = text
        self.start = self.end = ls  # the counts below are those of text[start:end]
        self.depth = self.straight = 0
        self.last_straight = text.rfind('"', ls, le)
        self.last_close = max(text.rfind(q, ls, le) for q in self._CLOSING)

    def _counts(self, a: int, b: int) -> tuple[int, int]:
        piece = self.text[a:b]
        depth = sum(piece.count(q) for q in _OPEN_QUOTES) - sum(
            piece.count(q) for q in self._CLOSING
        )
        return depth, piece.count('"')

    def inside(self, start: int, pos: int) -> bool:
        """True when ``pos`` lies inside a quotation opened in ``text[start:pos]`` and closed
        later on the line (``start`` and ``pos`` never move back between calls)."""
        if start >= self.end:
            self.start = self.end = start
            self.depth = self.straight = 0
        elif start > self.start:
            depth, straight = self._counts(self.start, start)
            self.depth, self.straight, self.start = (
                self.depth - depth,
                self.straight - straight,
                start,
            )
        depth, straight = self._counts(self.end, pos)
        self.depth, self.straight, self.end = self.depth + depth, self.straight + straight, pos
        if self.straight % 2 == 1 and self.last_straight >= pos + 1:
            return True
        return self.depth > 0 and self.last_close >= pos


def _strip(text: str, a: int, b: int) -> tuple[int, int]:
    while a < b and text[a].isspace():
        a += 1
    while b > a and text[b - 1].isspace():
        b -= 1
    return a, b
