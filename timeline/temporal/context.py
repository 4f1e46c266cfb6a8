"""What surrounds a mention: its sentence, its paragraph, the quotation it sits in, and the
tense of its clause.

The tense of a clause is read from the first tense cue after the mention in its sentence
(Turkish puts the verb last: ``12 Kasım'da Rusya'yı ziyaret edeceğini duyurdu`` is future
for 12 Kasım), else from the nearest cue before it in the same clause. The cues are data
(``tense.tsv``); so are the words that only look like verbs (``tense_exceptions.txt``).
"""

from __future__ import annotations

import bisect
import re
from collections.abc import Iterator
from functools import lru_cache

from .grammar import Grammar

# a sentence ends at . ! ? … followed by blank space (not after a one-to-three digit ordinal
# such as "2. Orta Asya") and at every line end
_SENTENCE_END = re.compile(
    r"\n|[.!?…](?<!\s\d\.)(?<!\s\d\d\.)(?<!\s\d\d\d\.)[.!?…]*[\"”»’']*(?=\s)"
)
_CLAUSE_BREAK = re.compile(r"[:;]")
_CLAUSE_COMMA = re.compile(r"[,:;]")
_LINE_END = re.compile(r"\n")
CLAUSE_REACH = 400  # characters
PARTICIPLE_REACH = 2  # words between a date and a participle that tells its tense
_WORD = re.compile(r"(?<![\w'])\w+")
_QUOTE = re.compile(r"“[^”]*”|«[^»]*»|\"[^\"\n]*\"|‘(?:[^’\n]|’(?=\w))*’(?!\w)")


class DocumentContext:
    """Sentences, paragraphs, quotations and clause tenses of one document."""

    def __init__(self, grammar: Grammar, text: str, folded: str):
        self.grammar = grammar
        self.text = text
        self.folded = folded
        self._ends = [m.end() for m in _SENTENCE_END.finditer(text)]
        self._lines = [m.end() for m in _LINE_END.finditer(text)]
        self._quotes: list[tuple[int, int]] | None = None
        self._quote_starts: list[int] = []
        self._cues: dict[str, str | None] = {}

    def sentence_index(self, pos: int) -> int:
        """The index of the sentence holding ``pos``."""
        return bisect.bisect_right(self._ends, pos)

    def sentence(self, pos: int) -> tuple[int, int]:
        """``(start, end)`` of the sentence holding ``pos``."""
        i = bisect.bisect_right(self._ends, pos)
        start = self._ends[i - 1] if i else 0
        end = self._ends[i] if i < len(self._ends) else len(self.text)
        return start, end

    def paragraph_index(self, pos: int) -> int:
        """The index of the line holding ``pos`` (a blank line does not count as a paragraph
        of its own: consecutive lines of text are separate paragraphs too)."""
        return bisect.bisect_right(self._lines, pos)

    def _quotations(self) -> list[tuple[int, int]]:
        """The quotations of the text, in order (found on first use); they do not overlap."""
        if self._quotes is None:
            self._quotes = [(m.start(), m.end()) for m in _QUOTE.finditer(self.text)]
            self._quote_starts = [a for a, _ in self._quotes]
        return self._quotes

    def quote(self, pos: int) -> tuple[int, int] | None:
        """The quotation (“…”, «…», "…", ‘…’) holding ``pos``, if any."""
        quotes = self._quotations()
        i = bisect.bisect_right(self._quote_starts, pos) - 1  # the last one opened by pos
        if i >= 0 and quotes[i][0] < pos < quotes[i][1]:
            return quotes[i]
        return None

    def _quoted_in(self, a: int, b: int) -> bool:
        """Whether some quotation holds a position of ``[a, b)``."""
        quotes = self._quotations()
        i = max(bisect.bisect_right(self._quote_starts, a) - 1, 0)
        while i < len(quotes) and quotes[i][0] < b - 1:
            if quotes[i][1] > a and quotes[i][1] - quotes[i][0] > 1:
                return True
            i += 1
        return False

    def tense(self, start: int, end: int) -> str | None:
        """``past``, ``present``, ``future``, ``participle`` (a relative participle right after
        the date: ``Salı günü yapılan toplantı``) or None for the clause holding ``[start, end)``;
        a participle before the date describes another noun and is passed over."""
        s_start, s_end = self._sentence_past_quotation(start)
        # a clause is short: look at most CLAUSE_REACH characters either way (this also keeps
        # the work linear on text without sentence ends)
        s_start, s_end = max(s_start, start - CLAUSE_REACH), min(s_end, end + CLAUSE_REACH)
        if self._announced_as_new_slot(s_start, start):
            return "future"
        words = self._outside_quotations(start, end, s_end)
        if self._names_past_happening(start, end):
            return "past"
        for index, m in enumerate(words):
            cue = self._cue(m)
            if cue == "participle" and index > PARTICIPLE_REACH:
                continue  # a participle further on describes another noun
            if cue == "participle":
                return self._participle_clause(m.group(), words)
            if cue == "nominal":
                cue = self._after_nominal(m.end(), next(words, None))
            if cue is not None:
                retargeted = self._retargeted(start, end, m.group())
                if retargeted is not None:
                    return retargeted or None
                return cue or None
        clause = s_start
        for brk in _CLAUSE_BREAK.finditer(self.folded, s_start, start):
            clause = brk.end()
        for m in reversed(list(_WORD.finditer(self.folded, clause, start))):
            cue = self._cue(m)
            if cue is not None and cue not in ("nominal", "participle"):
                return cue or None
        return None

    def _participle_clause(self, participle: str, rest: Iterator[re.Match]) -> str:
        """The reading of a date before a relative participle, by the verbs after it: a
        sentence that turns future leaves the date free to lie ahead (``Ocak ayında başlayan
        yeni dönemde vergiler artacak``); a past main verb (``Aralık ayında yapılan toplantıda
        karar alındı``) or a participle of a thing begun (``Şubat'ta başlayan grev sürüyor``)
        makes it past; else the participle reading (the last one or one shortly ahead)."""
        tenses = [c for c in map(self._cue, rest) if c in ("past", "present", "future")]
        begun = _starts_with(self.grammar, "begun_verb", participle)
        if "future" in tenses:
            return "future" if begun else "participle"
        if tenses[-1:] == ["past"] or begun:
            return "past"
        return "participle"

    def _sentence_past_quotation(self, start: int) -> tuple[int, int]:
        """The sentence holding ``start``; when it ends inside a quotation opened after
        ``start`` (``… paylaşan Musk, "… olacağım. …" ifadelerini kullandı``), it runs on to
        the end of the sentence that closes the quotation, where the reporting verb is."""
        s_start, s_end = self.sentence(start)
        quote = self.quote(s_end - 1)
        if quote is not None and quote[0] > start:
            s_end = max(s_end, self.sentence(quote[1])[1])
        return s_start, s_end

    def _outside_quotations(self, start: int, end: int, s_end: int) -> Iterator[re.Match]:
        """The words from ``end`` to ``s_end``, but those of a quotation that does not hold the
        mention (``Pazartesi günü paylaşan bakan, "… olacağım" dedi``: the quoted verb is
        another clause's)."""
        own = self.quote(start)
        if own is None and not self._quoted_in(end, s_end):
            yield from _WORD.finditer(self.folded, end, s_end)  # no quotation to pass over
            return
        for m in _WORD.finditer(self.folded, end, s_end):
            quote = self.quote(m.start())
            if quote is None or quote == own:
                yield m

    def _cue(self, m: re.Match) -> str | None:
        """The tense a word signals: a tense, "nominal", "" for a stop without a tense, None
        for a word that is no cue."""
        word = m.group()
        cue = self._cues.get(word, 0)
        if cue == 0:
            cue = self._cues[word] = _word_tense(self.grammar, word)
        if cue is not None and self.text[m.start()].isupper():
            if not self.text[m.start() : m.end()].isupper():
                return None  # a capitalised word: a name, not a verb
        return cue

    def _after_nominal(self, nominal_end: int, following: re.Match | None) -> str | None:
        # yapılması planlanıyor (future), anlaşması imzalandı (past), yükselmesi nedeniyle
        if following is None or self.folded[nominal_end : following.start()].strip():
            return ""
        if self.grammar.lexicon.get("coordinator", following.group()):
            return None  # gelmesi ve yaklaşmasıyla … başladı: coordinated, the verb comes later
        if _starts_with(self.grammar, "wish_verb", following.group()):
            return "future"  # haziranda yapılmasını istedi: asked for, so still to come
        cue = self._cue(following)
        if cue in (None, "", "nominal", "participle"):
            return ""  # yapılması planlanan: a plan whose time the participle does not tell
        if _starts_with(self.grammar, "plan_verb", following.group()):
            return "future"
        return cue

    def closes_on_aorist(self, end: int) -> bool:
        """The clause after ``end`` (to the next comma, colon or sentence end) holds no tense
        cue and closes on a verb in the aorist (``10 gün sonra sona erer,``): a general truth."""
        s_end = min(self.sentence(end)[1], end + CLAUSE_REACH)
        brk = _CLAUSE_COMMA.search(self.folded, end, s_end)
        words = list(_WORD.finditer(self.folded, end, brk.start() if brk else s_end))
        if not words or any(self._cue(m) for m in words):
            return False
        last = words[-1].group()
        if len(last) < 4 or last in self.grammar.tense_exceptions:
            return False
        if not self.text[words[-1].start()].islower():
            return False  # 3 gün sonra İzmir: a name, not a verb
        lexicon = self.grammar.lexicon
        last = lexicon.key(last)
        if any(last.endswith(e) for e in lexicon.words("plural_end")) and last[-4:-3] != "r":
            return False
        return any(last.endswith(e) for e in lexicon.words("aorist_end"))

    def tells_done(self, end: int) -> bool:
        """The first verb in the past after ``end`` in its sentence says that a happening took
        place or was attended (``Cumartesi günkü mitinge katıldı``, ``… toplantıda karar
        alındı``): a date before it lies behind, not shortly ahead."""
        s_end = min(self.sentence(end)[1], end + CLAUSE_REACH)
        for m in self._outside_quotations(end, end, s_end):
            if self._cue(m) == "past":
                return _starts_with(self.grammar, "done_verb", m.group())
        return False

    def rhetorical_opening(self, start: int, end: int) -> bool:
        """The mention opens its sentence, capitalised and set off by a comma, and the sentence
        closes on a verb in the present after a future participle (``Yarın, … üretecek
        gençlerimizi görüyoruz``): a word for a time in general (the future), not a day."""
        s_start, s_end = self.sentence(start)
        if self.text[s_start:start].strip(" \n\"“'‘«") or not self.text[start].isupper():
            return False
        if self.text[end : end + 1] != ",":
            return False
        words = self._outside_quotations(start, end, min(s_end, end + CLAUSE_REACH))
        cues = [self._cue(m) for m in words]
        tenses = [c for c in cues if c in ("past", "present", "future")]
        return tenses[-1:] == ["present"] and "future" in tenses

    def _names_past_happening(self, start: int, end: int) -> bool:
        """``6 Şubat depremleri``, ``15 Temmuz darbe girişimi``: a date without a case ending
        right before a noun of a happening names one that took place."""
        following = _WORD.match(self.folded, end + 1) if self.folded[end : end + 1] == " " else None
        if following is None or "'" in self.folded[start:end]:
            return False
        return _starts_with(self.grammar, "named_past_noun", following.group())

    def _announced_as_new_slot(self, clause_start: int, start: int) -> bool:
        """``Yeni tarih 15-16 Eylül olarak açıklandı``: a date named as the new slot of a moved
        happening lies ahead, whatever the tense of the verb that announces it."""
        for brk in _CLAUSE_BREAK.finditer(self.folded, clause_start, start):
            clause_start = brk.end()
        before = " ".join(self.folded[clause_start:start].split())
        return any(
            before.endswith(cue) or f"{cue} " in f"{before} "
            for cue in self.grammar.lexicon.words("new_slot_cue")
        )

    def _retargeted(self, start: int, end: int, verb: str) -> str | None:
        """``9-12 Haziran tarihlerine ertelendi``: moved *to* a date, which lies ahead ("future");
        ``12 Mayıs'tan … ertelendi``: moved *from* a date, either side of now (""); else None."""
        if not _starts_with(self.grammar, "retarget_verb", verb):
            return None
        written = self.grammar.lexicon.key(self.folded[start:end])
        lexicon = self.grammar.lexicon
        if any(written.endswith(e) for e in lexicon.words("dative_end")):
            return "future"
        if any(written.endswith(e) for e in lexicon.words("ablative_end")):
            return ""
        return None


@lru_cache(maxsize=65536)
def _starts_with(grammar: Grammar, name: str, word: str) -> bool:
    """``word`` begins with a word of lexicon class ``name`` (a stem: ``ertelen``…); the
    lexicon does not change once read, so the answer is kept per word."""
    key = grammar.lexicon.key(word)
    return any(key.startswith(stem) for stem in grammar.lexicon.words(name))


@lru_cache(maxsize=65536)
def _word_tense(grammar: Grammar, word: str) -> str | None:
    """The cue of a folded word by ``tense.tsv`` (first matching line), ignoring the listed
    exceptions: a tense, "nominal", "" (a stop without a tense) or None."""
    if len(word) < 3 or word in grammar.tense_exceptions or word[0].isdigit():
        return None
    for pattern, tense in grammar.tense_cues:
        if pattern.fullmatch(word):
            if tense == "skip":
                return None
            return "" if tense == "none" else tense
    return None
