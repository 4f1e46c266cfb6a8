"""A named event whose owner the text tells by a common noun.

``Birliğin 12. Yüksek Konsey Zirvesi``: the genitive of an organisation's head noun right
before an event's name points back at the organisation the article named before (``Avrasya
Ekonomik Birliği``, or its acronym); the title names it (``Avrasya Ekonomik Birliği 12.
Yüksek Konsey Zirvesi``). The heads and their
forms are ``owner_anaphor`` rows of ``event_words.tsv``.
"""

from __future__ import annotations

from ..text import fold
from .lexicon import Lexicon
from .tokens import Token

MAX_ORG_WORDS = 4  # words of an unknown organisation's name before its head noun
MAX_RUN = 8  # capitalised words read back from a head noun
QUOTES = "'\u2019"  # the apostrophes that set a suffix off a name


def _stem(word: str) -> str:
    """A word without trailing punctuation and without the suffix after an apostrophe."""
    word = word.strip('.,;:!?"()[]\u201c\u201d')
    for q in QUOTES:
        word = word.split(q, 1)[0]
    return word


def _heads(lex: Lexicon) -> dict[str, str]:
    """The genitive of each head noun -> its form in a name (``örgütün`` -> ``örgütü``)."""
    return dict(row.split(" ", 1) for row in lex.phrases("owner_anaphor"))


def owned_name(name: str, name_start: int, tokens: list[Token], text: str, lex: Lexicon) -> str:
    """An event's name with the organisation a genitive head noun before it (or opening it, at
    the start of a sentence: ``Örgütün Liderler Zirvesi``) refers to; without that noun when
    no organisation of its head was named before it in the article."""
    first, _, rest = name.partition(" ")
    heads = _heads(lex)
    if rest and fold(first) in heads:
        at = text.find(first, name_start)
        owner = _named_before(text[:at], heads[fold(first)], lex) if at >= 0 else None
        return f"{owner} {rest}" if owner else rest
    before = [t for t in tokens if t.end <= name_start]
    if not before or name_start - before[-1].end > 1 or before[-1].suffix:
        return name
    head = heads.get(before[-1].folded)
    owner = _named_before(text[: before[-1].start], head, lex) if head else None
    return f"{owner} {name}" if owner else name


def _named_before(text: str, head: str, lex: Lexicon) -> str | None:
    """The last organisation with the head noun ``head`` the text names: by its acronym, by
    its long form, or by the capitalised words ending in the head (``Ege Çiftçileri
    Birliği``) when they are few and no person's title opens them."""
    words = text.split()
    stops = lex.phrases("not_person_name")
    for i in range(len(words) - 1, -1, -1):
        stem = _stem(words[i])
        org = lex.acronyms.get(stem)
        if org and fold(org.name.split()[-1]) == head:
            return org.name
        if not stem[:1].isupper() or fold(stem) != head:
            continue
        j = i
        while (
            j > 0
            and i - j < MAX_RUN
            and words[j - 1][:1].isupper()
            and _stem(words[j - 1]) == words[j - 1]
            and fold(words[j - 1]) not in stops  # "Dün Ege …", "Ayrıca Ege …": no name's
        ):
            j -= 1  # the capitalised words right before, no comma or suffix between
        for k in range(j, i):  # the longest known name first
            org = lex.organisation(" ".join([*words[k:i], stem]))
            if org:
                return org.name
        run = words[j:i]
        if not run or len(run) > MAX_ORG_WORDS or any(fold(w) in lex.title_firsts for w in run):
            return None  # "Başkan Ayla Demir … Birliği": whose name opens it is unsure
        return " ".join([*run, stem])
    return None
