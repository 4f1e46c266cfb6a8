"""Bytes to text: the encoding of a file (declared, UTF-8, Turkish legacy code pages), binary
files refused, the format of a text, and the normalisation every reader relies on.
"""

from __future__ import annotations

import codecs
import re
import unicodedata

from ..errors import InputError
from ..lang import DEFAULT_LANG, read_list
from .common import FEED_SUFFIXES, HTML_SUFFIXES, JSON_SUFFIXES, TEXT_SUFFIXES


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
    text = text.replace("\r\n", "\n")
    if _CHANGED_BY_CONTROLS.search(text):
        # Only the characters that change are visited (a str.translate() with a dict costs a
        # look-up for every character of the text: 0.25 s for 2 MB; this, 0.02 s).
        text = _CHANGED_BY_CONTROLS.sub(_replace_control, text)
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
_CHANGED_BY_CONTROLS = re.compile(
    "[" + "".join(re.escape(chr(c)) for c, to in _CONTROLS.items() if to != c) + "]"
)
_CONTROL_TO = {chr(c): "" if to is None else chr(to) for c, to in _CONTROLS.items() if to != c}


def _replace_control(m: re.Match) -> str:
    return _CONTROL_TO[m.group()]


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
    controls = len(_CONTROL_BYTES.findall(head))
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


# Control bytes other than tab, line feed, vertical tab, form feed, return and escape.
_CONTROL_BYTES = re.compile(rb"[\x00-\x08\x0e-\x1a\x1c-\x1f]")
# Control characters other than the blanks (tab, line feed, vertical tab, form feed, return).
_BINARY_CONTROLS = re.compile(r"[\x00-\x08\x0e-\x1f]")


def _is_binary(text: str) -> bool:
    sample = text[:8192]
    controls = len(_BINARY_CONTROLS.findall(sample))
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
