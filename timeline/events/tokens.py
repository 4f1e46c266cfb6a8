"""Words and sentences of a document, as the event extractor sees them.

News text mixes several writing styles that change what a capital letter means: normal
sentences (a capital marks a name), headlines in Title Case (``Kazakistan İlk Nükleer Enerji
Santrali İçin Referandumda Oy Kullanıyor``) and headings in capitals (``AVRUPA'DA BU HAFTA
BOE'NİN FAİZ KARARI TAKİP EDİLECEK``), sometimes run into the next sentence by the scraper.
:func:`segment` splits a document into :class:`Sentence` spans (joining sentences broken by a
line end, splitting off run-in capital headings) and :func:`tokenize` marks each token
``cap`` only when its capital says it is a name.
"""

from __future__ import annotations

import re
import threading
from dataclasses import dataclass

from ..lang import DEFAULT_LANG, read_table
from ..model import Document
from ..text import APOSTROPHES, fold, search_key, sentences

_TOKEN = re.compile(rf"[\w{APOSTROPHES}.\-]+")
_ORDINAL = re.compile(r"\d{1,3}\.")
# "25'inci", "20’nci": an ordinal written with its suffix (event_forms.tsv ordinal_suffix).
_FORMS = {r["name"]: r["pattern"] for r in read_table(DEFAULT_LANG, "event_forms.tsv")}
_SUFFIXED_ORDINAL = re.compile(rf"\d{{1,3}}[{APOSTROPHES}]?{_FORMS['ordinal_suffix']}")
_APOSTROPHE = re.compile(f"[{APOSTROPHES}]")
_ORDINAL_END = re.compile(r"(?<!\d)\d{1,3}\.$")
_ORDINAL_END_REACH = 6  # characters: "103." and a line end (five), and the one before it
_TERMINAL = tuple(".!?…:;\"”’'»)")


@dataclass(slots=True, init=False)
class Token:
    """A word: its span, the word as written, the part before an apostrophe and the (folded)
    suffix after it. ``cap`` says whether its capital marks a name."""

    start: int
    end: int
    raw: str  # as written, trailing full stop removed unless an ordinal
    stem: str  # before the apostrophe
    suffix: str  # after the apostrophe (folded), "" if none
    cap: bool
    in_run: bool  # part of a heading in capitals
    folded: str  # the word by Turkish case folding
    shouting: bool  # its stem in capitals, two letters or more (set from the stem)

    def __init__(  # one call per word (a dataclass's __init__ and __post_init__ are two)
        self,
        start: int,
        end: int,
        raw: str,
        stem: str,
        suffix: str,
        cap: bool = False,
        in_run: bool = False,
        folded: str = "",
        shouting: bool = False,
    ) -> None:
        self.start = start
        self.end = end
        self.raw = raw
        self.stem = stem
        self.suffix = suffix
        self.cap = cap
        self.in_run = in_run
        self.folded = folded or fold(raw)
        # else no letter in capitals, or one in lower case
        self.shouting = _is_shouting(stem) if stem.isupper() else shouting

    @property
    def is_capital(self) -> bool:
        return self.cap

    @property
    def is_ordinal(self) -> bool:
        return bool(_ORDINAL.fullmatch(self.raw) or _SUFFIXED_ORDINAL.fullmatch(fold(self.raw)))

    @property
    def ordinal_text(self) -> str:
        """``25'inci`` -> ``25.``"""
        digits = "".join(c for c in self.raw if c.isdigit())
        return f"{digits}." if digits else self.raw


def _is_shouting(stem: str) -> bool:
    """Whether a word's stem is written in capitals: two letters or more, none in lower case."""
    letters = [c for c in stem if c.isalpha()]
    return len(letters) >= 2 and all(c.isupper() for c in letters)


@dataclass(slots=True)
class Sentence:
    """A sentence of a document's body."""

    start: int
    end: int
    index: int = 0
    heading: bool = False  # a line of its own without closing punctuation
    title_case: bool = False  # capitals carry no information (Title Case or all capitals)
    question: bool = False


class _Words(threading.local):
    """The words of the last document seen (per thread), found once: the spans of a text are
    tokenised again and again (segmenting, capitals, each sentence), and folding the whole
    text once gives every word's folded form by slicing (``fold`` keeps lengths, letter by
    letter)."""

    def __init__(self) -> None:
        self.text: str | None = None
        self.folded = ""
        self.spans: dict[tuple[int, int], list[Token]] = {}
        self.runs: dict[tuple[int, int], list[tuple[int, int]]] = {}

    def runs_of(self, text: str, a: int, b: int) -> list[tuple[int, int]]:
        """:func:`_shouting_runs` of the words of ``text[a:b]``, found once."""
        words = self.of(text, a, b)
        found = self.runs.get((a, b))
        if found is None:
            found = self.runs[(a, b)] = _shouting_runs(words)
        return found

    def of(self, text: str, a: int, b: int) -> list[Token]:
        if text is not self.text:
            self.text, self.folded, self.spans, self.runs = text, fold(text), {}, {}
        found = self.spans.get((a, b))
        if found is None:
            found = self.spans[(a, b)] = _scan_words(text, self.folded, a, b)
        return found


_WORDS = _Words()


def _scan_words(text: str, folded: str, a: int, b: int) -> list[Token]:
    """The words of ``text[a:b]``: trailing full stops and hyphens dropped (not an ordinal's
    full stop), leading hyphens too; the stem cut at the first apostrophe."""
    out: list[Token] = []
    append = out.append
    apostrophe = _APOSTROPHE.search
    is_ordinal = _ORDINAL.fullmatch
    for m in _TOKEN.finditer(text, a, b):
        raw = m.group()
        start, end = m.span()
        if raw.isalnum():  # most words: no full stop, hyphen or apostrophe to look at
            low = folded[start:end]
            if low == raw:
                low = raw
            append(Token(start, end, raw, raw, "", raw[:1].isupper(), False, low))
            continue
        if raw[-1] in ".-" and not is_ordinal(raw):
            raw = raw.rstrip(".-")
            end = start + len(raw)
        if raw[:1] == "-":
            raw = raw.lstrip("-")
        if not raw:
            continue
        start = end - len(raw)
        low = folded[start:end]
        if low == raw:
            low = raw  # one string, not two alike (a document's words are kept to its end)
        cut = apostrophe(raw)
        if cut is None:
            append(Token(start, end, raw, raw, "", raw[:1].isupper(), False, low))
        else:
            at = cut.start()
            stem, suffix = raw[:at], low[at + 1 :]
            append(Token(start, end, raw, stem, suffix, raw[:1].isupper(), False, low))
    return out


def _raw_tokens(text: str, a: int, b: int) -> list[Token]:
    """The words of ``text[a:b]``, shared by every caller for the same span: read them, do
    not change them (:func:`tokenize` hands out copies)."""
    return _WORDS.of(text, a, b)


def _fresh_tokens(text: str, a: int, b: int) -> list[Token]:
    """Copies of the shared words of ``text[a:b]``, for a caller that marks them."""
    return [
        Token(t.start, t.end, t.raw, t.stem, t.suffix, t.cap, False, t.folded, t.shouting)
        for t in _WORDS.of(text, a, b)
    ]


def _shouting_runs(tokens: list[Token]) -> list[tuple[int, int]]:
    """Index ranges of runs of two or more words in capitals (a heading, not acronyms)."""
    runs = []
    i, n = 0, len(tokens)
    while i < n:
        if not tokens[i].shouting:
            i += 1
            continue
        j = i + 1
        while j < n and tokens[j].shouting:
            j += 1
        if j - i >= 2 and any(len(t.stem) >= 4 for t in tokens[i:j]):
            runs.append((i, j))
        i = j
    return runs


def tokenize(
    text: str, a: int, b: int, proper: frozenset[str] = frozenset(), title_case: bool = False
) -> list[Token]:
    """The words of ``text[a:b]``. In capitals or Title Case, a word counts as a name only when
    the document writes it with a capital elsewhere (``proper``: search keys).

    >>> [t.raw for t in tokenize("Tokayev'in 2. Zirve'ye katıldı.", 0, 31)]
    ["Tokayev'in", '2.', "Zirve'ye", 'katıldı']
    """
    runs = _WORDS.runs_of(text, a, b)
    if not title_case and not runs:
        # Every capital as written: the words shared with the other readers of the span (a
        # caller reads them and does not change them).
        return _raw_tokens(text, a, b)
    tokens = _fresh_tokens(text, a, b)
    shouted = {i for x, y in runs for i in range(x, y)}
    for i, tok in enumerate(tokens):
        if title_case or i in shouted:
            tok.cap = search_key(tok.stem) in proper
            tok.in_run = i in shouted
    return tokens


def _is_title_case(tokens: list[Token]) -> bool:
    """``Kazakistan İlk Nükleer Enerji Santrali İçin Referandumda Oy Kullanıyor``: most words
    and the last one (the verb, in Turkish) capitalised."""
    last = next((t for t in reversed(tokens) if t.stem.isalpha() and len(t.stem) >= 3), None)
    if last is None or not last.raw[:1].isupper():
        return False  # most sentences end with a verb in lower case: no need to count
    words = [t for t in tokens if t.stem.isalpha() and len(t.stem) >= 3]
    if len(words) < 4:
        return False
    upper = sum(1 for t in words if t.raw[:1].isupper())
    return upper / len(words) >= 0.75


def segment(document: Document) -> list[Sentence]:
    """The sentences of a document's body, in order.

    A sentence broken by a line end (the line does not close it and the next starts in lower
    case) is joined again; a heading in capitals run into the next sentence is split off.
    """
    text = document.text
    spans: list[tuple[int, int]] = []
    for a, b in document.body:
        spans.extend(sentences(text, a, b))
    joined: list[list[int]] = []
    for a, b in spans:
        if joined:
            pa, pb = joined[-1]
            gap = text[pb:a]
            broken_line = gap.count("\n") == 1 and not text[pa:pb].endswith(_TERMINAL)
            # "Zafer Bayramı'nın 103. yılı": an ordinal's full stop does not end a sentence.
            ordinal = "\n" not in gap and _ends_with_ordinal(text, pa, pb)
            if (broken_line or ordinal) and not gap.strip() and text[a : a + 1].islower():
                joined[-1][1] = b
                continue
        joined.append([a, b])
    out: list[Sentence] = []
    for a, b in joined:
        pieces = [p for chunk in _chunks(text, a, b) for p in _split_run_in_headings(text, *chunk)]
        for x, y in pieces:
            whole_line = _blank_to_line_start(text, x) and _blank_to_line_end(text, y)
            tokens = _raw_tokens(text, x, y)
            heading = (
                whole_line
                and not text[x:y].rstrip().endswith((".", "!", "?", "…"))
                and len(tokens) <= 14
            )
            out.append(
                Sentence(
                    x,
                    y,
                    len(out),
                    heading,
                    _is_title_case(tokens) or _all_shouting(tokens),
                    text[x:y].rstrip().endswith("?"),
                )
            )
    return out


def _ends_with_ordinal(text: str, a: int, b: int) -> bool:
    """Whether ``text[a:b]`` ends in a number of one to three digits and a full stop (``103.``).

    Only the last characters can hold such an ending (five with a final line end, and the one
    before them for the lookbehind), so only they are searched, not the whole sentence.
    """
    return _ORDINAL_END.search(text[max(a, b - _ORDINAL_END_REACH) : b]) is not None


def _blank_to_line_start(text: str, x: int) -> bool:
    """Whether only blanks stand between the start of the line and ``x`` (looked at from
    ``x`` back, so a long line costs no more than its blanks)."""
    while x > 0 and text[x - 1] != "\n":
        if not text[x - 1].isspace():
            return False
        x -= 1
    return True


def _blank_to_line_end(text: str, y: int) -> bool:
    """Whether only blanks stand between ``y`` and the end of the line."""
    while y < len(text) and text[y] != "\n":
        if not text[y].isspace():
            return False
        y += 1
    return True


MAX_SENTENCE = 800  # characters; a longer "sentence" is a scraping artefact


def _chunks(text: str, a: int, b: int) -> list[tuple[int, int]]:
    """A sentence cut into pieces of at most ``MAX_SENTENCE`` characters, at a comma or space
    (real sentences are shorter; this bounds the work on pasted tables and lists)."""
    out = []
    while b - a > MAX_SENTENCE:
        cut = max(text.rfind(", ", a, a + MAX_SENTENCE), text.rfind(" ", a, a + MAX_SENTENCE))
        cut = cut + 1 if cut > a else a + MAX_SENTENCE
        out.append((a, _rstrip(text, a, cut)))
        a = cut
        while a < b and text[a].isspace():
            a += 1
    out.append((a, b))
    return out


def _all_shouting(tokens: list[Token]) -> bool:
    """Whether every word with a letter is in capitals, two words at least."""
    shouting = 0
    for t in tokens:
        if t.shouting:
            shouting += 1
        elif any(c.isalpha() for c in t.stem):
            return False
    return shouting >= 2


def _split_run_in_headings(text: str, a: int, b: int) -> list[tuple[int, int]]:
    """``NEW YORK BORSASI CUMA GÜNÜ KARIŞIK SEYRETTİ New York borsasında …`` -> the heading and
    the sentence after it."""
    tokens = _raw_tokens(text, a, b)
    cuts = []
    for x, y in _WORDS.runs_of(text, a, b):
        if y < len(tokens) and y - x >= 3:
            nxt = tokens[y]
            if nxt.raw[:1].isupper() and any(c.islower() for c in nxt.stem):
                cuts.append(nxt.start)
        if x > 0 and y - x >= 3 and text[tokens[x - 1].end : tokens[x].start].strip() == "":
            prev = tokens[x - 1]
            if any(c.islower() for c in prev.stem):
                cuts.append(tokens[x].start)
    if not cuts:
        return [(a, b)]
    out, cur = [], a
    for cut in sorted(set(cuts)):
        if cut > cur:
            out.append((cur, _rstrip(text, cur, cut)))
            cur = cut
    out.append((cur, b))
    return [(x, y) for x, y in out if y > x]


def _rstrip(text: str, a: int, b: int) -> int:
    while b > a and text[b - 1].isspace():
        b -= 1
    return b


def proper_words(text: str, sents: list[Sentence]) -> frozenset[str]:
    """Search keys of the words a document writes with a capital where capitals mean names:
    inside normal sentences, not first in them, and acronyms anywhere."""
    keys = set()
    for s in sents:
        tokens = _raw_tokens(text, s.start, s.end)
        shouted = {i for x, y in _WORDS.runs_of(text, s.start, s.end) for i in range(x, y)}
        for i, tok in enumerate(tokens):
            if not tok.raw[:1].isupper():
                continue
            acronym = tok.shouting and len(tok.stem) <= 6
            if acronym and i not in shouted:
                keys.add(search_key(tok.stem))
            elif (
                not s.title_case
                and i not in shouted
                and i > 0
                and any(c.islower() for c in tok.stem)
            ):
                prev_gap = text[tokens[i - 1].end : tok.start]
                if not any(q in prev_gap for q in "\"“'‘:("):
                    keys.add(search_key(tok.stem))
    return frozenset(keys)


def inner_sentence_break(between: str) -> bool:
    """Whether a stretch of a sentence holds the end of another (a full stop, then a space
    and a capital: ``planlamalıyız. Bu hedefle``), as a quotation inside a sentence does; a stop
    inside a word or a code (``A.Ş.'nin``, ``x.y``) or an ellipsis is none."""
    for k, ch in enumerate(between):
        if ch not in ".!?" or between[k - 1 : k] == "." or between[k + 1 : k + 2] == ".":
            continue
        rest = between[k + 1 :]
        stripped = rest.lstrip()
        if len(stripped) < len(rest) and stripped[:1].isupper():
            return True
    return False
