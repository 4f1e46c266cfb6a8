"""Book signings: ``Yazar Deniz Arman 18 Mayıs'ta okurlarıyla buluşacak ve kitaplarını
imzalayacak`` and ``Romancı Ece Kurt'un imza günü 7 Haziran'da yapılacak``.

A sentence with one day that holds the words of a book signing (``signing_day``: ``imza
günü``; or a ``book_word`` right before a ``signing_verb``: ``kitaplarını imzalayacak``) and
one author named after a word of their trade (``profession``: ``Yazar``, ``Şair``), the name
two or three capitalised words, tells that author's signing on that day, titled by the name
(``Deniz Arman imza günü``, ``signing_title``). Without a trade word before a name (``Kadıköy
Belediyesi``, ``Yeni romanının``), or with two authors or two days, nothing is told.
"""

from __future__ import annotations

from datetime import date
from typing import TYPE_CHECKING

from .lexicon import Lexicon
from .slots import timex_span
from .tokens import Token
from .told_event import told_event

if TYPE_CHECKING:
    from ..model import Event
    from .sentence import SentenceView

NAME_WORDS = (2, 3)  # a given name and a surname, or two given names and a surname


def signing_days(
    views: list[SentenceView], text: str, published: date, lex: Lexicon
) -> list[Event]:
    """The book signings the views tell (see the module)."""
    out: list[Event] = []
    for view in views:
        tokens = view.tokens
        if view.sent.question or len(view.timexes) != 1 or not _signing(tokens, lex):
            continue
        authors = {a for k in range(len(tokens)) if (a := _author_at(tokens, k, lex))}
        span = timex_span(view.timexes[0])
        if len(authors) != 1 or span is None or span.granularity != "day":
            continue
        if span.first != span.last:
            continue
        out.append(
            told_event(
                view,
                span,
                text,
                f"{authors.pop()} {lex.word('signing_title')}",
                "conference",
                "planned" if span.first >= published else "held",
            )
        )
    return out


def _signing(tokens: list[Token], lex: Lexicon) -> bool:
    """Whether the words of a book signing stand in the sentence."""
    for first, second in (p.split() for p in lex.phrases("signing_day")):
        if any(
            a.folded == first and b.folded.startswith(second)
            for a, b in zip(tokens, tokens[1:], strict=False)
        ):
            return True
    books, verbs = tuple(lex.phrases("book_word")), tuple(lex.phrases("signing_verb"))
    return any(
        a.folded.startswith(books) and b.folded.startswith(verbs)
        for a, b in zip(tokens, tokens[1:], strict=False)
    )


def _author_at(tokens: list[Token], k: int, lex: Lexicon) -> str | None:
    """The name after the trade word ``k`` (``Yazar Deniz Arman``), else None."""
    if tokens[k].folded not in lex.phrases("profession"):
        return None
    name: list[Token] = []
    for tok in tokens[k + 1 : k + 1 + max(NAME_WORDS)]:
        if not tok.cap or (name and tok.start > name[-1].end + 1):
            break
        name.append(tok)
        if tok.suffix:
            break  # "Ece Kurt'un": the name ends with its case ending
    if len(name) not in NAME_WORDS:
        return None
    return " ".join([*(t.raw for t in name[:-1]), name[-1].stem])
