"""Whose a company's report or book-building is, from the sentence (issue 13).

A company's report told with its name opening the sentence: ``Yıldız Holding,
ikinci çeyrek bilançosunu 12 Ağustos'ta açıklayacak`` is ``Yıldız Holding'in ikinci çeyrek
bilançosu``; ``Kartal Otomotiv ilk çeyrek finansal sonuçlarını … paylaşacak`` too. A report
whose sentence opens with a common word (``Şirket ilk çeyrek bilançosunu …``) says not whose
it is and stays untitled. The report words and the generic holders are the language's
(``report_kind``, ``report_verb``, ``report_period``, ``report_generic`` in
``event_words.tsv``).

A public offering's book-building (``talep toplama``) is titled by the company named right
before the offering's words: ``Kaya Enerji'nin halka arzında talep toplama 12-13 Mart'ta
yapılacak`` is ``Kaya Enerji halka arzı talep toplama`` (``offering_word``,
``offering_title``)."""

from __future__ import annotations

from dataclasses import replace

from ..text import fold
from .lexicon import Lexicon
from .sentence import Candidate
from .titles import common_noun, lowered
from .tokens import Token

NAME_WORDS = 4  # capitalised words of the company's name, at most
MODIFIERS = 3  # lower-case words between the name and the report ("ikinci çeyrek"), at most


def report_owner(cand: Candidate, free: list[Token], text: str, lex: Lexicon) -> bool:
    """Give a report (``report_kind``) with no owner of its own the name that opens its
    sentence, with the words between them (``ikinci çeyrek``), as its possessor; False when
    no verb right after it makes it public (``report_verb``: ``açıklayacak``), or when
    the sentence says not whose report it is (``Şirket ilk çeyrek bilançosunu …``,
    ``çeyreklik bilanço tartışması``): no event. Other candidates are left as they are."""
    tm = cand.tm
    if fold(tm.trigger.stem) not in lex.phrases("report_kind"):
        return True
    after = [t for t in free if t.start >= tm.end][:1]
    if not after or not after[0].folded.startswith(tuple(lex.phrases("report_verb"))):
        return False  # "bilanço tartışması", "bilançoda kâr arttı": no report made public
    if tm.name or cand.possessor or (cand.compound and cand.compound[:1].isupper()):
        return True
    return _opening_owner(cand, free, text, lex)


def _opening_owner(cand: Candidate, free: list[Token], text: str, lex: Lexicon) -> bool:
    """Whether the name that opens the sentence, with the report's period words after it,
    owns the report; it then becomes the report's possessor."""
    tm = cand.tm
    before = [t for t in free if t.end <= tm.first.start]
    run: list[Token] = []
    for tok in before:
        gap = text[run[-1].end : tok.start] if run else ""
        if gap.strip() or not tok.raw[:1].isupper() or tok.suffix or tok.is_ordinal:
            break
        run.append(tok)
    if not run or len(run) > NAME_WORDS:
        return False
    name = " ".join(t.raw for t in run)
    if lex.place(name) or _generic(run, text, lex):
        return False
    mods = before[len(run) :]
    periods = tuple(lex.phrases("report_period"))
    if len(mods) > MODIFIERS or not all(
        tok.is_ordinal or tok.folded in lex.ordinals or tok.folded.startswith(periods)
        for tok in mods
    ):
        return False  # "Yıldız Holding yatırımcılarına bilançosunu …": more than its period
    dates = [(t.start, t.end) for t in cand.view.timexes]
    for a, b in zip(run[-1:] + mods, [*mods, tm.first], strict=True):
        gap = "".join(
            c for i, c in enumerate(text[a.end : b.start], a.end) if not _inside(i, dates)
        )
        if gap.strip(" ,"):
            return False  # only a comma or a date may stand between the name and the report
    cand.possessor = " ".join([lex.attach(name, "genitive"), *(t.raw for t in mods)])
    cand.compound = None
    return True


def demand_gathering(cand: Candidate, free: list[Token], lex: Lexicon) -> None:
    """``Talepler 5-7 Şubat tarihlerinde toplanacak``: a gathering verb right after the
    investors' demands (``offering_subject``, a date between them) is a book-building, not a
    meeting."""
    tm = cand.tm
    if tm.trigger.type == "offering" or tm.trigger.form != "verb":
        return
    if not fold(tm.token.raw).startswith(tuple(lex.phrases("offering_verb"))):
        return
    before = [t for t in free if t.end <= tm.start][-1:]
    if not before or before[0].folded not in lex.phrases("offering_subject"):
        return
    cand.tm = replace(tm, trigger=lex.triggers[lex.word("offering_trigger")])
    cand.subject = None


def offering_owner(cand: Candidate, free: list[Token], text: str, lex: Lexicon) -> None:
    """Give a book-building (type ``offering``) the company's offering named before it in its
    sentence (``Kaya Enerji halka arzı``) as its possessor; none when no capitalised name
    stands right before the offering's words."""
    tm = cand.tm
    if tm.trigger.type != "offering" or tm.name or cand.possessor:
        return
    owner = offering_name([t for t in free if t.end <= tm.first.start], text, lex)
    if owner:
        cand.possessor = owner


def offering_name(tokens: list[Token], text: str, lex: Lexicon) -> str | None:
    """The last offering the words name with the company right before it (``Kaya
    Enerji'nin halka arzını`` -> ``Kaya Enerji halka arzı``); None when no capitalised name
    stands there (``Halka arzda …``, ``Şirketin halka arzı``)."""
    words = lex.word("offering_word").split()
    k = next(
        (
            i
            for i in range(len(tokens) - len(words), -1, -1)
            if [t.folded for t in tokens[i : i + len(words) - 1]] == words[:-1]
            and tokens[i + len(words) - 1].folded.startswith(words[-1])
        ),
        None,
    )
    if not k:
        return None  # "Halka arzda talep toplama …": whose is told elsewhere
    run: list[Token] = []
    for tok in reversed(tokens[:k]):
        nxt = run[0] if run else tokens[k]
        if text[tok.end : nxt.start].strip() or not tok.raw[:1].isupper():
            break
        if run and tok.suffix:
            break
        run.insert(0, tok)
        if len(run) == NAME_WORDS:
            break
    if not run or (run[-1].suffix and run[-1].suffix not in lex.phrases("genitive_person")):
        return None
    name = " ".join([*(t.raw for t in run[:-1]), run[-1].stem if run[-1].suffix else run[-1].raw])
    if lex.place(name) or _generic(run, text, lex):
        return None
    return f"{name} {lex.word('offering_title')}"


def _generic(run: list[Token], text: str, lex: Lexicon) -> bool:
    """A one-word opener that is a common word (``Şirket``, ``Banka``; an event noun; a word
    the article writes in lower case too) names no company."""
    if len(run) > 1:
        return False
    word = run[0].raw
    return (
        fold(word).startswith(tuple(lex.phrases("report_generic")))
        or common_noun(word, lex)
        or lowered(word, text)
    )


def _inside(i: int, spans: list[tuple[int, int]]) -> bool:
    return any(a <= i < b for a, b in spans)
