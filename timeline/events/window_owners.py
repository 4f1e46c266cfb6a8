"""An application window whose owner the sentence before names (issue 13): ``Vakıf, yüksek
lisans öğrencileri için yeni bir araştırma bursu programı başlattı. Başvurular 15 Mart'ta
sona erecek.`` are the programme's applications (``Araştırma bursu programının başvurularının
sona ermesi``); ``Başvurular 15 Mart'a kadar sürecek`` likewise has its last day. Only a
sentence that opens with the applications, right after the sentence naming the programme in
the same paragraph, is read so; the owner's head words are the language's
(``window_owner`` in ``event_words.tsv``: ``programı``, ``hibesi`` …). A book-building with
no company in its sentence likewise takes the offering the sentence before names (``SPK,
Kaya Enerji'nin halka arzını onayladı. Talepler 5-7 Şubat'ta toplanacak.``)."""

from __future__ import annotations

from ..patterncache import compile_late
from .clauses import _is_genitive, _modifier
from .company_reports import offering_name
from .lexicon import Lexicon
from .sentence import Candidate, SentenceView
from .tokens import Token

REACH = 40  # characters between the sentence before and the applications', at most
MODIFIERS = 3  # lower-case words of the programme before its head, at most
NAME_WORDS = 5  # capitalised words of the body that owns it, at most


def previous_owners(
    candidates: list[Candidate], views: list[SentenceView], text: str, lex: Lexicon
) -> None:
    """Give an application that opens its sentence, with no owner of its own, the programme
    the sentence right before it in its paragraph names, as its possessor."""
    index = {id(v): i for i, v in enumerate(views)}
    for cand in candidates:
        tm = cand.tm
        sent = cand.view.sent
        offering = tm.trigger.type == "offering"
        if tm.trigger.type != "application" and not offering:
            continue
        if tm.name or cand.possessor or cand.subject or cand.compound or cand.topic:
            continue
        if not offering and (cand.phrase or text[sent.start : tm.start].strip()):
            continue
        i = index.get(id(cand.view), 0)
        if i == 0:
            continue
        prev = views[i - 1]
        if "\n\n" in text[prev.sent.end : sent.start] or sent.start - prev.sent.end > REACH:
            continue  # another paragraph
        dates = [(t.start, t.end) for t in prev.timexes]
        tokens = [t for t in prev.tokens if not any(a <= t.start < b for a, b in dates)]
        if offering:  # "SPK, Kaya Enerji'nin halka arzını onayladı. Talepler … toplanacak."
            cand.possessor = offering_name(tokens, text, lex)
            continue
        owner = _programme(text, tokens, lex)
        if owner:
            cand.possessor = lex.attach(owner, "genitive", apostrophe=False)


def _programme(text: str, tokens: list[Token], lex: Lexicon) -> str | None:
    """The last programme a sentence names, with its modifiers and the body that owns it
    (``Tarım Kredi Vakfı'nın genç çiftçi hibesi``), in the nominative."""
    heads = tuple(lex.phrases("window_owner"))
    k = next(
        (i for i in range(len(tokens) - 1, -1, -1) if tokens[i].folded.startswith(heads)), None
    )
    if k is None:
        return None
    head = next(h for h in sorted(heads, key=len, reverse=True) if tokens[k].folded.startswith(h))
    written = tokens[k].raw[: len(head)]
    words: list[str] = []
    oblique = compile_late(lex.forms["oblique"])
    j = k
    while j > 0 and len(words) < MODIFIERS and _joined(text, tokens[j - 1], tokens[j]):
        mod = tokens[j - 1]
        if not _modifier(mod, lex) or mod.is_capital or oblique.search(mod.folded):
            break  # "üniversite öğrencilerine destek bursu": for whom, not its name
        words.insert(0, tokens[j - 1].raw)
        j -= 1
    if not words:
        return None  # "yeni bir programı": what it is, no name
    name: list[str] = []
    if j > 0 and _joined(text, tokens[j - 1], tokens[j]) and _owner_name(tokens[j - 1], lex):
        while j > 0 and len(name) < NAME_WORDS and _joined(text, tokens[j - 1], tokens[j]):
            tok = tokens[j - 1]
            if not tok.is_capital or (name and tok.suffix):
                break
            name.insert(0, tok.raw)
            j -= 1
    phrase = " ".join([*name, *words, written])
    return phrase[:1].upper() + phrase[1:] if not name else phrase


def _owner_name(tok: Token, lex: Lexicon) -> bool:
    """A capitalised genitive right before the programme's words: the body that owns it."""
    return tok.is_capital and bool(tok.suffix) and _is_genitive(tok, lex)


def _joined(text: str, a: Token, b: Token) -> bool:
    return not text[a.end : b.start].strip()
