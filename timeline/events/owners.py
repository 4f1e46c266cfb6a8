"""An owner-less kind title takes its owner from the article (issue 13, point 3).

A title that says not whose event it is (``Faiz toplantısı``, ``İşçilerin grevi``, ``Davanın
duruşması``: :func:`.confidence.owner_less`) is often owned by a name the article gives
elsewhere: the headline or the lede (``Merkez Bankası faiz kararını açıkladı`` …), the
paragraph before (``Metal-İş Sendikası …``), a named case (``Ergenekon davası …``). The owner
is a name ending in a head noun that can own such an event (``owners.tsv``: a strike a
``Sendikası``, a hearing a ``davası``), or an organisation of a kind that owns it (a rate
meeting a central bank). It is taken only when it is the one such owner named in the headline,
the lede, the event's paragraph and the paragraph before it, outside quotations; the title
then says it (``Merkez Bankası'nın faiz toplantısı``, ``Ergenekon davasının duruşması``) and
is no longer ``generic-name``.
"""

from __future__ import annotations

import re
from functools import cache

from ..lang import read_table
from ..model import Document, Event
from ..text import fold
from .confidence import owner_less
from .lexicon import Lexicon, Organisation

WORD = re.compile(r"[\w’'.&-]+")
QUOTED = re.compile(r"[\"“«][^\"”»\n]*[\"”»]")
SENTENCE_END = ".!?:\n"
NAME_WORDS = 5  # most capitalised words before a head read as an owner's name
LEAD_PARAGRAPHS = 2  # the headline and the lede
OWNER_REASON = "article-owner"


@cache
def _cues(lang: str) -> tuple[tuple[str, tuple[str, ...], tuple[str, ...]], ...]:
    """The rows of ``owners.tsv``: a title word's start, its owners' heads, their org kinds."""
    return tuple(
        (
            fold(r["cue"]),
            tuple(fold(h) for h in r["heads"].split("|") if h),
            tuple(k for k in r["orgs"].split("|") if k),
        )
        for r in read_table(lang, "owners.tsv")
    )


def owner_from_article(events: list[Event], document: Document, lex: Lexicon) -> None:
    """Give each owner-less event the one owner of its kind the article names near it."""
    blocks = _paragraphs(document)
    for event in events:
        if not event.title or not owner_less(event, lex):
            continue
        heads, kinds = _owner_kinds(event.title, document.lang)
        if not heads and not kinds:
            continue
        scope = _scope(blocks, event.quote_start, document.text)
        owners = _named_owners(scope, heads, kinds, lex)
        if len(owners) == 1:
            event.title = _owned(event.title, next(iter(owners.values())), lex, heads)
            event.confidence_reasons = [*event.confidence_reasons, OWNER_REASON]


def kind_owner(title: str, orgs: list[str], lex: Lexicon) -> bool:
    """Whether the one organisation that titles an event is of a kind that owns an event so
    titled (``owners.tsv``): a central bank its rate decision (``Fed'in açıklayacağı faiz
    kararı``), who holds it rather than who reports it. Two organisations (``Fed`` told
    beside ``BoJ``) leave it open whose it is."""
    if len(orgs) != 1:
        return False
    _, kinds = _owner_kinds(title, lex.lang)
    found = lex.organisation(orgs[0])
    return found is not None and found.kind in kinds


def _owner_kinds(title: str, lang: str) -> tuple[set[str], set[str]]:
    """The head nouns and organisation kinds that can own an event so titled."""
    heads: set[str] = set()
    kinds: set[str] = set()
    for word in fold(title).split():
        for cue, cue_heads, cue_kinds in _cues(lang):
            if word.startswith(cue):
                heads.update(cue_heads)
                kinds.update(cue_kinds)
    return heads, kinds


# A paragraph: up to a blank line (runs of other letters taken whole, not one by one).
_PARAGRAPH = re.compile(r"\S(?:[^\n]+|\n(?!\s*\n))*")


def _paragraphs(document: Document) -> list[tuple[int, int]]:
    """The paragraphs of the body (blocks between blank lines), in order."""
    blocks = []
    for a, b in document.body:
        for m in _PARAGRAPH.finditer(document.text[a:b]):
            blocks.append((a + m.start(), a + m.end()))
    return blocks


def _scope(blocks: list[tuple[int, int]], at: int, text: str) -> str:
    """The headline, the lede, the paragraph at ``at`` and the one before it, quotations
    blanked out (an owner said only by someone quoted is not the article's)."""
    own = next((n for n, (a, b) in enumerate(blocks) if a <= at < b), None)
    chosen = set(range(min(LEAD_PARAGRAPHS, len(blocks))))
    if own is not None:
        chosen |= {own, max(0, own - 1)}
    parts = [text[blocks[n][0] : blocks[n][1]] for n in sorted(chosen)]
    return "\n".join(QUOTED.sub(lambda m: " " * len(m.group()), p) for p in parts)


def _named_owners(scope: str, heads: set[str], kinds: set[str], lex: Lexicon) -> dict[str, str]:
    """The distinct owners named in ``scope`` (their key -> their name as first written): a
    name before a head noun, or an organisation of one of ``kinds``."""
    found: dict[str, str] = {}
    words = list(WORD.finditer(scope))
    for n, m in enumerate(words):
        head = _head(m.group(), heads)
        if head is not None and n:
            name = _name_before(words, n, head, scope, lex)
            org = _organisation(name, lex) if name else None
            if org is not None and kinds and org.kind not in kinds:
                continue
            if name:
                _add(found, org.short if org else fold(name), name)
        org = lex.organisation(_bare(m.group())) if kinds else None
        if org is not None and org.kind in kinds:
            _add(found, org.short, _bare(m.group()))
    return found


def _add(found: dict[str, str], key: str, name: str) -> None:
    """Add an owner unless it is one already found: a name and its last words are one owner
    (``Birleşik Metal İş Sendikası``, ``Metal İş Sendikası``), the longer first written kept,
    not in a heading's capitals when the text writes it too."""
    for known in list(found):
        if known == key and found[known].isupper() and not name.isupper():
            found[known] = name  # a heading in capitals names it, the text writes it
            return
        if known == key or known.endswith(f" {key}"):
            return
        if key.endswith(f" {known}"):
            del found[known]
            break
    found[key] = name


def _bare(word: str) -> str:
    """A word without its ending after an apostrophe or a final full stop."""
    return re.split(r"[’']", word, maxsplit=1)[0].rstrip(".")


def _head(word: str, heads: set[str]) -> str | None:
    """The head noun a word is, as written without its case ending (``Sendikası'nın`` ->
    ``Sendikası``; ``davasının`` -> ``davası``), or None."""
    bare = _bare(word)
    folded = fold(bare)
    for head in heads:
        if folded.startswith(head) and len(folded) - len(head) <= 3:
            return bare[: len(head)]
    return None


def _name_before(words: list[re.Match], n: int, head: str, scope: str, lex: Lexicon) -> str | None:
    """The capitalised words right before the head at ``n`` with the head (``Metal-İş
    Sendikası``); a first word that opens a sentence and is written in lower case elsewhere
    in the scope, or a determiner or connective (``Bir``, ``Ayrıca``), is no part of the name."""
    run: list[re.Match] = []
    for m in reversed(words[max(0, n - NAME_WORDS) : n]):
        gap = scope[m.end() : (run[0] if run else words[n]).start()]
        if not m.group()[:1].isupper() or gap != " " or "'" in m.group() or "’" in m.group():
            break
        run.insert(0, m)
    while run and (
        fold(run[0].group()) in _openers(lex)
        or _opens_sentence(run[0], scope)
        and _lower_elsewhere(run[0].group(), scope)
    ):
        run.pop(0)
    if not run:
        return None
    return " ".join([*(m.group() for m in run), head])


def _openers(lex: Lexicon) -> frozenset[str]:
    """Words that open a noun phrase or a clause, never a name (``Bir``, ``Ayrıca``)."""
    return lex.phrases("determiner") | lex.phrases("particle") | lex.phrases("connective")


def _opens_sentence(m: re.Match, scope: str) -> bool:
    """Whether a word opens a sentence of the scope."""
    before = scope[: m.start()].rstrip()
    return not before or before[-1] in SENTENCE_END


def _lower_elsewhere(word: str, scope: str) -> bool:
    """Whether the scope writes the word's start in lower case somewhere."""
    low = fold(word)[:4]
    return any(w[:1].islower() and fold(w).startswith(low) for w in WORD.findall(scope))


def _organisation(name: str, lex: Lexicon) -> Organisation | None:
    """The known organisation a whole name stands for (``Türkiye Cumhuriyet Merkez
    Bankası``, ``Merkez Bankası``: TCMB); ``Rusya Merkez Bankası`` is none of them."""
    return lex.organisation(name)


def _owned(title: str, owner: str, lex: Lexicon, heads: set[str] | None = None) -> str:
    """The title with its owner: the owner's genitive in place of a common genitive that
    opens it (``Davanın duruşması`` -> ``Ergenekon davasının duruşması``; the genitive of the
    owner's own head noun, ``Festivalin açılış töreni`` -> ``… Film Festivali'nin açılış
    töreni``), else before it (``Faiz toplantısı`` -> ``Merkez Bankası'nın faiz
    toplantısı``)."""
    proper = owner.split()[-1][:1].isupper()
    genitive = lex.attach(owner, "genitive", apostrophe=proper)
    first, _, rest = title.partition(" ")
    endings = tuple(lex.phrases("common_genitive"))
    if rest and (fold(first).endswith(endings) or _head_genitive(first, heads or set(), lex)):
        return f"{genitive} {rest}"
    return f"{genitive} {fold(first[:1])}{first[1:]} {rest}".strip()


def _head_genitive(word: str, heads: set[str], lex: Lexicon) -> bool:
    """Whether a word is the bare genitive of an owner's head noun (``festivalin`` of
    ``Festivali``): the common noun that points back at the owner."""
    folded = fold(word)
    return any(
        folded.endswith(g) and len(head) > 3 and folded[: -len(g)] == head[:-1]
        for head in heads
        for g in lex.case_endings("genitive")
    )
