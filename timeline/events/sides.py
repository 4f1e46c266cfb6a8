"""The two sides of a match told by its verb (issue 13, point 1).

* :func:`comitative_side`: ``Trabzonspor, 12 Nisan'da Konyaspor ile karşılaşacak``, ``A Milli
  Takım 28 Mart'ta Almanya'yla karşılaşacak`` — a match verb whose nearest name before it is in
  the comitative (``Konyaspor ile``, ``Almanya'yla``) is a match between the sentence's subject
  and that side;
  a match noun played with a side (``Macaristan ile hazırlık maçı yapacak``) too, and the
  host may open the sentence before its first comma or be the national team (``Milli takım,``);
  :func:`needs_side`: a verb of playing is a match only with its two sides;
* :func:`match_context`: ``Galatasaray, ligin 25. haftasında Fenerbahçe'yi ağırlayacak`` — a
  hosting verb in a sentence with a word of football (``match_context`` in ``event_words.tsv``:
  ``sahasında``, ``ligin``, ``stadyumunda``) is a match, not a meeting;
* :func:`chaired_subject`: ``Milli Güvenlik Kurulu dün Cumhurbaşkanı Erdoğan başkanlığında
  toplandı`` — the body before a chair's name and ``başkanlığında`` (``chair`` in
  ``event_words.tsv``) is the subject of a meeting verb, and names the meeting;
* :func:`holder_subject`: ``TFF Yönetim Kurulu bugün yaptığı toplantıda`` — the body before
  a participle of holding (``held_participle``: ``yaptığı``, ``düzenlediği``) right before a
  meeting noun holds it, and names it;
* :func:`country_sides`: ``Türkiye ile Yunanistan arasındaki toplantı`` — two countries joined
  by ``ile`` before ``arasındaki`` are the sides of the event, and :func:`side_is_no_place`:
  not its place.

The words are language data; this module holds only the rules.
"""

from __future__ import annotations

from dataclasses import replace
from typing import TYPE_CHECKING

from ..text import fold
from .lexicon import Lexicon
from .tokens import Token

if TYPE_CHECKING:  # the candidate of a sentence's trigger
    from .clauses import SubjectReader
    from .sentence import Candidate
    from .triggers import TriggerMatch

SIDE_REACH = 4  # words before a match verb in which its opponent is looked for


def comitative_side(cand: Candidate, free: list[Token], text: str, lex: Lexicon) -> None:
    """Name the two sides of a match verb (``cand.names``): the sentence's subject in
    capitals (else the run of capitalised words that opens it) and the name joined to the
    verb by ``ile`` or a comitative ending after an apostrophe."""
    tm = cand.tm
    if tm.trigger.type != "match" or cand.names or tm.name:
        return
    if tm.trigger.form != "verb" and not _played_noun(tm, free, lex):
        return
    before = [t for t in free if t.end <= tm.opening][-SIDE_REACH:]
    guest = tm.trigger.stem in lex.phrases("guest_verb")
    opponent = _host_side(before, lex) if guest else _opponent(before, text, lex)
    if not opponent:
        return
    first = opponent[0].start
    opening = [t for t in free if t.end <= first]
    host = _national(
        cand.subject
        or _opening_name(opening)
        or _fronted_name(opening, text)
        or _genitive_host(opening, lex)
        or [t.raw for t in opening[: _national_reach(opening, text)]],
        lex,
    )
    if not host or not all(w[:1].isupper() for w in host):
        return  # "Bordo-mavili takım": a common noun names no side
    side = " ".join(t.stem if t.suffix else t.raw for t in opponent)
    names = [" ".join(host), side]
    if guest and not _sporting(names, host, free, lex):
        return  # "Bakan, Ankara'da Büyükelçi'ye konuk olacak": a visit, no match
    if (
        tm.trigger.form == "verb"
        and _two_cities(names, lex)
        and not _sporting(names, host, free, lex)
    ):
        return  # "Sivas, Tokat ile turizmde karşılaşacak": two cities, no teams
    if guest or any(t.folded.startswith(tuple(lex.phrases("match_away"))) for t in free):
        names.reverse()  # "… ile deplasmanda oynayacak", "… Y'ye konuk olacak": Y hosts
    cand.names, cand.subject, cand.participants = names, None, []


def _played_noun(tm: TriggerMatch, free: list[Token], lex: Lexicon) -> bool:
    """Whether a match noun is the object of a verb of playing right after it (``İzlanda ile
    hazırlık maçı yapacak``; ``match_play_verb`` in ``event_words.tsv``) or follows its
    participle (``Bandırmaspor ile oynayacağı maç``; ``match_play_participle``)."""
    nxt = next((t for t in free if t.start >= tm.end), None)
    prev = next((t for t in reversed(free) if t.end <= tm.opening), None)
    if prev is not None and prev.folded in lex.phrases("match_play_participle"):
        return True
    verbs = tuple(lex.phrases("match_play_verb"))
    return nxt is not None and not nxt.is_capital and nxt.folded.startswith(verbs)


def _genitive_host(words: list[Token], lex: Lexicon) -> list[str]:
    """The capitalised name in the genitive right before a match's opponent
    (``Kocaelispor'un Bandırmaspor ile oynayacağı maç``), without its ending."""
    genitive = lex.phrases("genitive_person")
    if not words or not words[-1].is_capital or words[-1].suffix not in genitive:
        return []
    run = [words[-1]]
    for tok in reversed(words[:-1]):
        if not tok.is_capital or tok.suffix:
            break
        run.insert(0, tok)
    return [*(t.raw for t in run[:-1]), run[-1].stem]


def _host_side(before: list[Token], lex: Lexicon) -> list[Token]:
    """The name in the dative right before a verb of being a guest (``Sivasspor'a konuk
    olacak``): one capitalised word with a dative ending after an apostrophe, nothing but
    lower-case words between it and the verb."""
    for tok in reversed(before):
        if tok.suffix:
            return [tok] if tok.is_capital and lex.case_of(tok.suffix) == "dative" else []
        if tok.is_capital:
            return []
    return []


def _sporting(names: list[str], host: list[str], free: list[Token], lex: Lexicon) -> bool:
    """Whether two sides are teams: one is a club (``club_ending``), the host a national
    team told by a common noun, or the sentence has a word of football."""
    clubs = tuple(lex.phrases("club_ending"))
    national = fold(" ".join(host)) in lex.phrases("national_team")
    return national or any(fold(n).endswith(clubs) for n in names) or match_context(free, lex)


CITY_KINDS = ("province", "capital")  # places that name no team on their own


def _two_cities(names: list[str], lex: Lexicon) -> bool:
    """Whether both sides are a province or a capital (``Sivas``, ``Ankara``): a city meets
    a city in a contest of other kinds; clubs are named by more (``Sivasspor``), and a
    country is its national team."""
    places = [lex.place(n) for n in names]
    return all(p is not None and p.kind in CITY_KINDS for p in places)


def needs_side(cand: Candidate, lex: Lexicon) -> bool:
    """Whether a verb that is a match only against a named side (``oynayacak``:
    ``match_play_verb`` stems among the triggers) was left without its two sides: ``önemli
    bir rol oynayacak`` is no match."""
    tm = cand.tm
    if tm.trigger.type != "match" or tm.trigger.form != "verb" or cand.names:
        return False
    return tm.trigger.stem.startswith(tuple(lex.phrases("match_play_verb")))


def _fronted_name(words: list[Token], text: str) -> list[str]:
    """The capitalised words without an ending that open a sentence and end at a comma or a
    date (``A Milli Futbol Takımı, 6 Haziran'da Budapeşte'de …``, ``Bandırmaspor 15 Şubat'ta
    sahasında …``), whatever follows."""
    for n, t in enumerate(words):
        if not t.is_capital or t.suffix:
            return []
        if n + 1 < len(words) and text[t.end : words[n + 1].start].strip():
            return [w.raw for w in words[: n + 1]]
    return []


def _national_reach(words: list[Token], text: str) -> int:
    """How many words open the sentence before its first comma (``Milli takım,``)."""
    for n, t in enumerate(words[:4]):
        if "," in text[t.end : t.end + 2]:
            return n + 1
    return 0


def _national(words: list[str], lex: Lexicon) -> list[str]:
    """A side's words, or the national team told by a common noun (``Milli takım``;
    ``national_team`` in ``event_words.tsv``) written with a capital as a side's name."""
    said = " ".join(words)
    if said and fold(said) in lex.phrases("national_team"):
        return [said[:1].upper() + said[1:]]
    return words


def _opponent(before: list[Token], text: str, lex: Lexicon) -> list[Token]:
    """The words of the name right before a match verb that is in the comitative: the
    capitalised words right before ``ile`` (with only spaces between them) or one capitalised
    word with a comitative ending after an apostrophe; nothing else may stand between it and
    the verb but lower-case words."""
    endings = tuple(lex.phrases("manner_ending"))
    for k in range(len(before) - 1, -1, -1):
        tok = before[k]
        if tok.folded in lex.phrases("pair_link"):
            names: list[Token] = []
            for prev in reversed(before[:k]):
                after = names[0] if names else tok
                if not prev.is_capital or prev.suffix or text[prev.end : after.start].strip():
                    break
                names.insert(0, prev)
            return names
        if tok.suffix:
            return [tok] if tok.is_capital and tok.suffix.endswith(endings) else []
        if tok.is_capital:
            return []
    return []


def _opening_name(words: list[Token]) -> list[str]:
    """The capitalised words without an ending that open a sentence (``A Milli Futbol
    Takımı``), when only they stand before the given point."""
    if not words or not all(t.is_capital and not t.suffix for t in words):
        return []
    return [t.raw for t in words]


def match_context(free: list[Token], lex: Lexicon) -> bool:
    """Whether a sentence has a word of football (``sahasında``, ``ligin``): a hosting verb
    in it hosts a match."""
    words = tuple(lex.phrases("match_context"))
    return any(t.folded.startswith(words) for t in free)


def country_sides(before: list[Token], k: int, lex: Lexicon) -> bool:
    """``Türkiye ile Yunanistan arasındaki toplantı``: two countries joined by the link at
    ``k`` and followed by a word of ``between`` are the sides, not the place."""
    sides = (before[k - 1], before[k + 1])
    if k + 2 >= len(before) or before[k + 2].folded not in lex.phrases("between"):
        return False
    return all((p := lex.place(t.stem)) is not None and p.kind == "country" for t in sides)


def side_is_no_place(cand: Candidate) -> None:
    """A place named as one of the event's sides (``Türkiye ile Yunanistan arasındaki
    görüşmeler``) is who takes part, not where it is held."""
    if (
        cand.place is not None
        and cand.place.case != "locative"
        and cand.place.place.name in cand.names
    ):
        cand.place = None


def chaired_subject(
    tm: TriggerMatch, free: list[Token], text: str, lex: Lexicon, subject: SubjectReader
) -> list[str] | None:
    """The subject of a meeting verb told before its chair (``Kurul, Bakan Kaya başkanlığında
    toplandı``): the noun phrase ``subject`` reads before the capitalised words of the chair's
    name (which a person's title opens), else before the sentence's first comma, when the
    word right before the verb is a ``chair`` word."""
    if tm.trigger.type != "meeting" or tm.trigger.form != "verb":
        return None
    before = [t for t in free if t.end <= tm.opening]
    if not before or before[-1].folded not in lex.phrases("chair"):
        return None
    k = len(before) - 1
    while k > 0 and before[k - 1].is_capital and not before[k - 1].suffix:
        if text[before[k - 1].end : before[k].start].strip():
            break  # a date or a comma ends the name
        k -= 1
        if before[k].folded in lex.titles:
            break  # "Cumhurbaşkanı Erdoğan": the title opens the chair's name
    if k == len(before) - 1 or k == 0:
        return None  # no name before the chair word, or nothing before the name
    words = subject(replace(tm, first=before[k]), free, text, lex)
    comma = text.find(",", free[0].start, before[k].start)
    if not words and comma >= 0:  # "Kabine, 12 Mart'ta Bakan Kaya başkanlığında toplanacak"
        words = subject(replace(tm, first=Token(comma, comma + 1, ",", ",", "")), free, text, lex)
    return words if words and all(w[:1].isupper() for w in words) else None


def holder_subject(
    tm: TriggerMatch, free: list[Token], text: str, lex: Lexicon, subject: SubjectReader
) -> list[str] | None:
    """Who holds a meeting told as a noun after a participle of holding (``Kurulu dün
    yaptığı toplantıda``): the capitalised noun phrase ``subject`` reads before the
    participle (a date between them skipped)."""
    if tm.trigger.type != "meeting" or tm.trigger.form != "noun":
        return None
    before = [t for t in free if t.end <= tm.opening]
    if not before or before[-1].folded not in lex.phrases("held_participle"):
        return None
    if text[before[-1].end : tm.opening].strip():
        return None
    words = subject(replace(tm, first=before[-1]), free, text, lex)
    if not words or not all(w[:1].isupper() for w in words):
        return None
    return words if _whole_name(words, before, text) else None


def _whole_name(words: list[str], before: list[Token], text: str) -> bool:
    """Whether the words read as a subject are a whole name: no capitalised word right
    before the first (``Türkiye Futbol Federasyonu Yönetim Kurulu`` read from
    ``Federasyonu`` is cut)."""
    k = max((i for i, t in enumerate(before) if t.raw == words[0]), default=-1)
    if k <= 0:
        return True
    prev = before[k - 1]
    return not (prev.is_capital and not text[prev.end : before[k].start].strip())
